// Package redirectquery: a login link whose redirect_uri value is the
// client's callback with a query of its own (?response_type=code, which
// the callback reads to know which flow returns). That value is no
// request: only the link is, and its state is random (silent); the same
// link without a state is reported once, where its parameters are made.
package redirectquery

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
)

type Login struct {
	IdP, Self string
}

func (l *Login) Start(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 16)
	rand.Read(b)
	state := hex.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: "state", Value: state, HttpOnly: true, Secure: true})
	q := make(url.Values)
	q.Set("client_id", "web")
	q.Set("state", state)
	q.Set("response_type", "code")
	q.Set("redirect_uri", fmt.Sprintf("https://%s/oauth2?response_type=code", l.Self))
	http.Redirect(w, r, fmt.Sprintf("https://%s/oauth2/authorize?%s", l.IdP, q.Encode()), http.StatusFound)
}

func (l *Login) StartStateless(w http.ResponseWriter, r *http.Request) {
	q := make(url.Values) // want `authorization request without a state`
	q.Set("client_id", "web")
	q.Set("response_type", "code")
	q.Set("redirect_uri", fmt.Sprintf("https://%s/oauth2?response_type=code", l.Self))
	http.Redirect(w, r, fmt.Sprintf("https://%s/oauth2/authorize?%s", l.IdP, q.Encode()), http.StatusFound)
}

func (l *Login) Callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("state")
	if err != nil || c.Value != r.URL.Query().Get("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	fmt.Fprintln(w, "code:", len(r.URL.Query().Get("code")) > 0)
}
