// Command dashboard is a web app on all interfaces that, on start, opens
// its operator's browser on its documentation: not its own page, and a
// public listener besides. Its login is a web app's (PKCE only
// recommended: silent).
package main

import (
	"net/http"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

var conf = oauth2.Config{
	ClientID:     "dash",
	ClientSecret: "from-vault",
	RedirectURL:  "https://dash.example.com/callback",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
}

func main() {
	addr := ":8080"
	http.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		c, _ := r.Cookie("login")
		http.Redirect(w, r, conf.AuthCodeURL(c.Value), http.StatusFound)
	})
	browser.OpenURL("https://docs.example.com/dashboard")
	http.ListenAndServe(addr, nil)
}
