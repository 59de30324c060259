// Package web serves the provider's authorization endpoint for GET and
// POST; Login sends the ID token to a redirect URI nothing compares
// (reported), LoginStrict to one the provider has compared (silent).
package web

import (
	"fmt"
	"net/http"

	"example.com/fixtures/redirecturi/filledstruct/authz"
)

type Handlers struct{ P *authz.Provider }

func (h *Handlers) Login(w http.ResponseWriter, r *http.Request) {
	var ar authz.Request
	switch r.Method {
	case http.MethodGet:
		q := r.URL.Query()
		ar = authz.Request{ClientID: q.Get("client_id"), ResponseType: q.Get("response_type"), RedirectURI: q.Get("redirect_uri"), Nonce: q.Get("nonce")}
	case http.MethodPost:
		r.ParseForm()
		ar = authz.Request{ClientID: r.PostForm.Get("client_id"), ResponseType: r.PostForm.Get("response_type"), RedirectURI: r.PostForm.Get("redirect_uri"), Nonce: r.PostForm.Get("nonce")}
	default:
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if err := h.P.Validate(ar); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	c, err := r.Cookie("sub")
	if err != nil {
		http.Error(w, "login required", http.StatusUnauthorized)
		return
	}
	http.Redirect(w, r, fmt.Sprintf("%s#id_token=%s", ar.RedirectURI, h.P.Sign(c.Value, ar.ClientID, ar.Nonce)), http.StatusFound) // want `redirect_uri never checked: this authorization response sends the ID token to whatever URI the request names`
}

func (h *Handlers) LoginStrict(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	ar := authz.Request{ClientID: q.Get("client_id"), ResponseType: q.Get("response_type"), RedirectURI: q.Get("redirect_uri"), Nonce: q.Get("nonce")}
	if err := h.P.ValidateStrict(&ar); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	c, err := r.Cookie("sub")
	if err != nil {
		http.Error(w, "login required", http.StatusUnauthorized)
		return
	}
	http.Redirect(w, r, fmt.Sprintf("%s#id_token=%s", ar.RedirectURI, h.P.Sign(c.Value, ar.ClientID, ar.Nonce)), http.StatusFound)
}
