// Package unchecked is a hand-written authorization endpoint that sends
// the code to whatever redirect_uri the request names: the client's
// registered URI is never consulted.
package unchecked

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"net/url"
)

var codes = map[string]string{}

func newCode() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// SignIn finishes the login form and returns to the client.
func SignIn(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	redirectURI := r.Form.Get("redirect_uri")
	if redirectURI == "" {
		http.Error(w, "missing redirect_uri", http.StatusBadRequest)
		return
	}
	code := newCode()
	codes[code] = r.Form.Get("code_challenge")
	http.Redirect(w, r, redirectURI+"?code="+code+"&state="+r.Form.Get("state"), http.StatusFound) // want `redirect_uri never checked: this authorization response sends the code to whatever URI the request names \(read at line 24\)`
}

type client struct{ RedirectURI string }

func lookup(id string) *client { return &client{} }

// Approve falls back to the registered URI only when the request names
// none: any other URI the request names gets the code.
func Approve(w http.ResponseWriter, r *http.Request) {
	c := lookup(r.FormValue("client_id"))
	uri := r.FormValue("redirect_uri")
	if uri == "" {
		uri = c.RedirectURI
	}
	u, err := url.ParseRequestURI(uri)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	q := u.Query()
	q.Set("code", newCode())
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound) // want `redirect_uri never checked: this authorization response sends the code to whatever URI the request names \(read at line 42\)`
}
