// Command portal is a partner portal written in a hurry: a server-side web
// app that signs users in with the provider's OpenID Connect login and
// then calls the provider's API for them.
//
// What oauthvet reports here:
//   - oauthstate: /login sends the same state for every user, so the
//     callback cannot tell its own logins from an attacker's (login CSRF).
//   - insecureendpoint: the token endpoint is plain http on a remote host:
//     the code and the client secret cross the network in clear text.
//   - tokenleak: the callback logs the access token.
//   - oidcverify: the ID token verifier skips the expiry check, so an old
//     stolen ID token still signs its holder in.
package main

import (
	"log"
	"net/http"
	"os"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "partner-portal",
	ClientSecret: os.Getenv("CLIENT_SECRET"),
	RedirectURL:  "https://portal.example.com/callback",
	Scopes:       []string{oidc.ScopeOpenID, "profile"},
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://login.acme-partners.net/authorize",
		TokenURL: "http://login.acme-partners.net/token",
	},
}

var verifier *oidc.IDTokenVerifier

func handleLogin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL("portal"), http.StatusFound)
}

func handleCallback(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("state") != "portal" {
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	log.Printf("signed in, access token %s", tok.AccessToken)
	raw, _ := tok.Extra("id_token").(string)
	if _, err := verifier.Verify(r.Context(), raw); err != nil {
		http.Error(w, "invalid ID token", http.StatusUnauthorized)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

func main() {
	provider, err := oidc.NewProvider(oauth2.NoContext, "https://login.acme-partners.net")
	if err != nil {
		log.Fatal(err)
	}
	verifier = provider.Verifier(&oidc.Config{ClientID: conf.ClientID, SkipExpiryCheck: true})
	http.HandleFunc("/login", handleLogin)
	http.HandleFunc("/callback", handleCallback)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
