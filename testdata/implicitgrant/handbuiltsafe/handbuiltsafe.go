// Package handbuiltsafe holds hand-written authorization endpoints that
// answer only with codes: token is refused by name, or everything but
// code is refused, or a client's registration decides.
package handbuiltsafe

import (
	"net/http"
	"net/url"
	"slices"
)

type client struct{ responseTypes []string }

type endpoint struct{ clients map[string]*client }

func redirectError(w http.ResponseWriter, r *http.Request, code string) {
	http.Redirect(w, r, "https://app.example.com/cb?error="+url.QueryEscape(code), http.StatusFound)
}

func (e *endpoint) byName(w http.ResponseWriter, r *http.Request) {
	switch r.FormValue("response_type") {
	case "code":
		e.code(w, r)
	case "token", "id_token token":
		redirectError(w, r, "unsupported_response_type")
	default:
		redirectError(w, r, "invalid_request")
	}
}

func (e *endpoint) codeOnly(w http.ResponseWriter, r *http.Request) {
	if rt := r.URL.Query().Get("response_type"); rt != "code" {
		redirectError(w, r, "unsupported_response_type")
		return
	}
	e.code(w, r)
}

// registered: the client's registered response types decide.
func (e *endpoint) registered(w http.ResponseWriter, r *http.Request) {
	rt := r.FormValue("response_type")
	c := e.clients[r.FormValue("client_id")]
	if c == nil || !slices.Contains(c.responseTypes, rt) {
		redirectError(w, r, "unauthorized_client")
		return
	}
	if rt == "token" {
		e.token(w, r)
		return
	}
	e.code(w, r)
}

func (e *endpoint) code(w http.ResponseWriter, r *http.Request)  {}
func (e *endpoint) token(w http.ResponseWriter, r *http.Request) {}
