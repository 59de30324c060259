// Package web starts logins through authz. One handler's state comes from
// a time-seeded math/rand source stored in a cookie, another's is a
// constant; a crypto/rand one is fine.
package web

import (
	"crypto/rand"
	"math/big"
	mrand "math/rand"
	"net/http"
	"strconv"
	"time"

	"example.com/fixtures/oauthstate/statearg2/authz"
)

var seeded = mrand.New(mrand.NewSource(time.Now().UnixNano()))

func newStateCookie(w http.ResponseWriter) string {
	c := &http.Cookie{Name: "login_state", Value: strconv.FormatInt(seeded.Int63(), 36), MaxAge: 600, HttpOnly: true}
	http.SetCookie(w, c)
	return c.Value
}

type Login struct{ Client *authz.Client }

func (l Login) Start(w http.ResponseWriter, r *http.Request) {
	st := newStateCookie(w)
	http.Redirect(w, r, l.Client.RedirectURL(st), http.StatusFound) // want `predictable OAuth state`
}

const legacyState = "v1-login"

func (l Login) Legacy(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, l.Client.RedirectURL(legacyState), http.StatusFound) // want `constant OAuth state`
}

func (l Login) Safe(w http.ResponseWriter, r *http.Request) {
	n, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 128))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	st := n.Text(36)
	http.SetCookie(w, &http.Cookie{Name: "login_state", Value: st, HttpOnly: true})
	http.Redirect(w, r, l.Client.RedirectURL(st), http.StatusFound)
}
