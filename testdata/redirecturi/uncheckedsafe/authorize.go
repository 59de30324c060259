// Package uncheckedsafe: authorization endpoints that check the requested
// redirect URI (exactly, against the registered list, or in a helper),
// and a post-login redirect that carries no code: all silent.
package uncheckedsafe

import (
	"net/http"
	"net/url"
	"slices"
)

type Client struct {
	RedirectURI  string
	RedirectURIs []string
}

func lookup(id string) *Client { return &Client{} }

func Exact(w http.ResponseWriter, r *http.Request) {
	c := lookup(r.FormValue("client_id"))
	uri := r.FormValue("redirect_uri")
	if uri != c.RedirectURI {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, uri+"?code=abc", http.StatusFound)
}

func Listed(w http.ResponseWriter, r *http.Request) {
	c := lookup(r.FormValue("client_id"))
	u, err := url.Parse(r.FormValue("redirect_uri"))
	if err != nil || !slices.Contains(c.RedirectURIs, u.String()) {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	q := u.Query()
	q.Set("code", "abc")
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

func validate(c *Client, uri string) error { return nil }

func Helper(w http.ResponseWriter, r *http.Request) {
	uri := r.URL.Query().Get("redirect_uri")
	if err := validate(lookup(r.URL.Query().Get("client_id")), uri); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, uri+"?code=abc", http.StatusFound)
}

// Fallback uses the registered URI when the request names none, and
// compares any other with it.
func Fallback(w http.ResponseWriter, r *http.Request) {
	c := lookup(r.FormValue("client_id"))
	uri := r.FormValue("redirect_uri")
	if uri == "" {
		uri = c.RedirectURI
	}
	if uri != c.RedirectURI {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, uri+"?code=abc", http.StatusFound)
}

// AfterLogin returns to the page the user came from: no code, no token.
func AfterLogin(w http.ResponseWriter, r *http.Request) {
	next := r.FormValue("redirect_url")
	http.Redirect(w, r, next+"?welcome=1", http.StatusFound)
}
