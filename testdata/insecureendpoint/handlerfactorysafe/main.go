// Command handlerfactorysafe hands its login factory two different
// configs: which one a request uses is not one value, and the listener
// serves a web app on every interface, as web apps do: silent.
package main

import (
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

var (
	github = &oauth2.Config{ClientID: "gh", ClientSecret: os.Getenv("GH_SECRET"), RedirectURL: "https://app.example.com/cb/github",
		Endpoint: oauth2.Endpoint{AuthURL: "https://github.com/login/oauth/authorize", TokenURL: "https://github.com/login/oauth/access_token"}}
	gitlab = &oauth2.Config{ClientID: "gl", ClientSecret: os.Getenv("GL_SECRET"), RedirectURL: "https://app.example.com/cb/gitlab",
		Endpoint: oauth2.Endpoint{AuthURL: "https://gitlab.com/oauth/authorize", TokenURL: "https://gitlab.com/oauth/token"}}
)

func start(c *oauth2.Config) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		st := oauth2.GenerateVerifier()
		http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
		http.Redirect(w, r, c.AuthCodeURL(st), http.StatusFound)
	}
}

func main() {
	http.HandleFunc("/login/github", start(github))
	http.HandleFunc("/login/gitlab", start(gitlab))
	http.ListenAndServe(":8080", nil)
}
