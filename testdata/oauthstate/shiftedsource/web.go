// A web app whose state is drawn from a math/rand source, six bits at a
// time out of one Int63 shifted down after each letter (reported); the
// same loop over a crypto/rand word is silent.
package shiftedsource

import (
	crand "crypto/rand"
	"encoding/binary"
	"math/rand"
	"net/http"
	"time"

	"golang.org/x/oauth2"
)

const (
	letters  = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	idxBits  = 6
	idxMask  = 1<<idxBits - 1
	idxCount = 63 / idxBits
)

var src = rand.NewSource(time.Now().UnixNano())

var conf = &oauth2.Config{
	ClientID:     "web",
	ClientSecret: "s",
	RedirectURL:  "https://app.example.org/cb",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.org/auth", TokenURL: "https://idp.example.org/token"},
}

func weakString(n int) string {
	b := make([]byte, n)
	for i, cache, remain := n-1, src.Int63(), idxCount; i >= 0; {
		if remain == 0 {
			cache, remain = src.Int63(), idxCount
		}
		if idx := int(cache & idxMask); idx < len(letters) {
			b[i] = letters[idx]
			i--
		}
		cache >>= idxBits
		remain--
	}
	return string(b)
}

func cryptoWord() int64 {
	var w [8]byte
	if _, err := crand.Read(w[:]); err != nil {
		panic(err)
	}
	return int64(binary.LittleEndian.Uint64(w[:]) >> 1)
}

func strongString(n int) string {
	b := make([]byte, n)
	for i, cache, remain := n-1, cryptoWord(), idxCount; i >= 0; {
		if remain == 0 {
			cache, remain = cryptoWord(), idxCount
		}
		if idx := int(cache & idxMask); idx < len(letters) {
			b[i] = letters[idx]
			i--
		}
		cache >>= idxBits
		remain--
	}
	return string(b)
}

func login(w http.ResponseWriter, r *http.Request) {
	st := weakString(16)
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(st), http.StatusFound) // want `predictable OAuth state: the state comes from math/rand`
}

func loginStrong(w http.ResponseWriter, r *http.Request) {
	st := strongString(16)
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(st), http.StatusFound)
}
