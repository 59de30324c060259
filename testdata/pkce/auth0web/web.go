// Command auth0web is a regular web app on Auth0 (a confidential client):
// its callback handler redeems the code with LoginWithAuthCode and its
// client secret. PKCE is recommended but not required there (RFC 9700
// §2.1.1): nothing is reported without -pkce.confidential.
package main

import (
	"log"
	"net/http"
	"os"

	"github.com/auth0/go-auth0/authentication"
	"github.com/auth0/go-auth0/authentication/oauth"
)

type server struct {
	auth *authentication.Authentication
}

func (s *server) callback(w http.ResponseWriter, r *http.Request) {
	tokens, err := s.auth.OAuth.LoginWithAuthCode(r.Context(), oauth.LoginWithAuthCodeRequest{
		Code:        r.URL.Query().Get("code"),
		RedirectURI: "https://shop.example.com/callback",
	}, oauth.IDTokenValidationOptions{})
	if err != nil {
		http.Error(w, "login failed", http.StatusUnauthorized)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "id", Value: tokens.IDToken, Secure: true, HttpOnly: true})
	http.Redirect(w, r, "/", http.StatusFound)
}

func main() {
	a, err := authentication.New(nil, os.Getenv("AUTH0_DOMAIN"),
		authentication.WithClientID(os.Getenv("AUTH0_CLIENT_ID")),
		authentication.WithClientSecret(os.Getenv("AUTH0_CLIENT_SECRET")))
	if err != nil {
		log.Fatal(err)
	}
	s := &server{auth: a}
	http.HandleFunc("/callback", s.callback)
	log.Fatal(http.ListenAndServe(":3000", nil))
}
