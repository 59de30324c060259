// Predictable states made in this package: the time, math/rand/v2, a
// counter, through locals and helpers; and their safe counterparts.
package timebased

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
	"golang.org/x/oauth2"
)

var (
	a = &oauth2.Config{ClientID: "a"}
	b = &oauth2.Config{ClientID: "b"}
	c = &oauth2.Config{ClientID: "c"}
	d = &oauth2.Config{ClientID: "d"}
	e = &oauth2.Config{ClientID: "e"}
)

func nonce() string {
	return fmt.Sprintf("%d", time.Now().UnixNano())
}

var logins int64

func ByTime(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, a.AuthCodeURL(nonce()), http.StatusFound) // want `predictable OAuth state: the state comes from the time \(time.Now\)`
}

func ByRandV2(w http.ResponseWriter, r *http.Request) {
	s := strconv.FormatUint(rand.Uint64(), 36)
	http.Redirect(w, r, b.AuthCodeURL("st-"+s), http.StatusFound) // want `predictable OAuth state: the state comes from math/rand/v2.Uint64`
}

var counter int

func ByCounter(w http.ResponseWriter, r *http.Request) {
	counter++
	http.Redirect(w, r, c.AuthCodeURL(strconv.Itoa(counter)), http.StatusFound) // want `predictable OAuth state: the state comes from a counter \(counter\)`
}

func ByUUID(w http.ResponseWriter, r *http.Request) {
	atomic.AddInt64(&logins, 1)
	http.Redirect(w, r, d.AuthCodeURL(uuid.New().String()), http.StatusFound)
}

// FromCaller forwards the caller's state: judged where it is called.
func FromCaller(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, e.AuthCodeURL(state), http.StatusFound)
}
