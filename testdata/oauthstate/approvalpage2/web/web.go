// Package web is a hand-written authorization server: it shows its own
// consent page, a path on this server, with the request's client and
// redirect URI in the query (silent); the same parameters sent to an
// absolute URL of another server are a login without a state (reported).
package web

import (
	"net/http"
	"net/url"

	"example.com/fixtures/oauthstate/approvalpage2/pages"
)

type Server struct{}

func (s *Server) Authorize(w http.ResponseWriter, r *http.Request) {
	clientID := r.URL.Query().Get("client_id")
	redirect := r.URL.Query().Get("redirect_uri")
	if r.URL.Query().Get("response_type") != "code" {
		http.Error(w, "unsupported_response_type", http.StatusBadRequest)
		return
	}
	consent := pages.Consent + "?client_id=" + url.QueryEscape(clientID) + "&redirect_uri=" + url.QueryEscape(redirect)
	http.Redirect(w, r, consent, http.StatusSeeOther)
}

func (s *Server) Upstream(w http.ResponseWriter, r *http.Request) {
	next := "https://upstream.example.net/oauth/authorize?client_id=idp-42&redirect_uri=" + url.QueryEscape("https://idp.example.com/upstream/cb") // want `authorization request without a state`
	http.Redirect(w, r, next, http.StatusSeeOther)
}
