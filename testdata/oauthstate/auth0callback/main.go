// A web shop's Auth0 callbacks, which redeem the code through another
// package: one never reads the state (reported), one checks it (silent).
package main

import (
	"log"
	"net/http"
	"os"

	"github.com/auth0/go-auth0/authentication"

	"example.com/fixtures/oauthstate/auth0callback/signin"
)

type shop struct{ auth *authentication.Authentication }

func (s *shop) cb(w http.ResponseWriter, r *http.Request) {
	set, err := signin.Finish(r.Context(), s.auth, r.URL.Query().Get("code")) // want `callback exchanges the code without checking state`
	if err != nil {
		http.Error(w, "login failed", http.StatusUnauthorized)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: set.IDToken, HttpOnly: true, Secure: true})
}

func (s *shop) cbChecked(w http.ResponseWriter, r *http.Request) {
	want, err := r.Cookie("st")
	if err != nil || want.Value != r.URL.Query().Get("state") {
		http.Error(w, "state mismatch", http.StatusBadRequest)
		return
	}
	set, err := signin.Finish(r.Context(), s.auth, r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "login failed", http.StatusUnauthorized)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: set.IDToken, HttpOnly: true, Secure: true})
}

func main() {
	a, err := authentication.New(nil, os.Getenv("AUTH0_DOMAIN"), authentication.WithClientID(os.Getenv("AUTH0_CLIENT_ID")), authentication.WithClientSecret(os.Getenv("AUTH0_CLIENT_SECRET")))
	if err != nil {
		log.Fatal(err)
	}
	s := &shop{auth: a}
	http.HandleFunc("/cb", s.cb)
	http.HandleFunc("/cb2", s.cbChecked)
	log.Fatal(http.ListenAndServe(":3000", nil))
}
