// A server-side web app whose oauth2.Config has no ClientSecret: the
// token request carries no client authentication, so the client is
// public and must use PKCE (reported although it is a web app).
package main

import (
	"net/http"

	"golang.org/x/oauth2"
)

var keycloak = &oauth2.Config{
	ClientID:    "intranet",
	RedirectURL: "https://intranet.example.com/auth/callback",
	Scopes:      []string{"openid", "profile"},
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://kc.example.com/realms/corp/protocol/openid-connect/auth",
		TokenURL: "https://kc.example.com/realms/corp/protocol/openid-connect/token",
	},
}

func login(w http.ResponseWriter, r *http.Request) {
	st := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, Secure: true, HttpOnly: true})
	http.Redirect(w, r, keycloak.AuthCodeURL(st), http.StatusFound) // want `authorization code flow without PKCE in a server-side web app: .*its oauth2.Config \(line 12\) has no ClientSecret, so it is a public client`
}

func callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("st")
	if err != nil || c.Value == "" || c.Value != r.URL.Query().Get("state") {
		http.Error(w, "state", http.StatusBadRequest)
		return
	}
	if _, err := keycloak.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

func main() {
	http.HandleFunc("/auth/login", login)
	http.HandleFunc("/auth/callback", callback)
	_ = http.ListenAndServe(":8080", nil)
}
