// Package api defaults a missing method to plain and hands it to
// oauthcore's check, which lets plain through (reported at the check's
// call); the strict endpoint is silent.
package api

import (
	"crypto/rand"
	"net/http"

	"example.com/fixtures/challengemethod/gatechain2/oauthcore"
)

type server struct{ pending map[string]string }

func (s *server) authorize(w http.ResponseWriter, r *http.Request) {
	method := r.FormValue("code_challenge_method")
	if method == "" {
		method = "plain"
	}
	if err := oauthcore.CheckMethod(method); err != nil { // want `this authorization server accepts code_challenge_method=plain: the authorization endpoint accepts code_challenge_method "plain" \(the values oauthcore.CheckMethod lets through, at core.go:\d+ in authorize\)`
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	code := rand.Text()
	s.pending[code] = r.FormValue("code_challenge") + " " + method
	http.Redirect(w, r, r.FormValue("redirect_uri")+"?code="+code+"&state="+r.FormValue("state"), http.StatusFound)
}

func (s *server) authorizeStrict(w http.ResponseWriter, r *http.Request) {
	method := r.FormValue("code_challenge_method")
	if err := oauthcore.CheckMethodStrict(method); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	code := rand.Text()
	s.pending[code] = r.FormValue("code_challenge") + " " + method
	http.Redirect(w, r, r.FormValue("redirect_uri")+"?code="+code+"&state="+r.FormValue("state"), http.StatusFound)
}

func (s *server) routes(mux *http.ServeMux) {
	mux.HandleFunc("/authorize", s.authorize)
	mux.HandleFunc("/v2/authorize", s.authorizeStrict)
}
