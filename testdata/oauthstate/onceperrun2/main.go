// Command onceperrun2 is a web app with the same package-level state:
// every visitor's login gets the one value drawn at start-up (reported).
package main

import (
	"crypto/rand"
	"net/http"

	"golang.org/x/oauth2"
)

var (
	loginState = rand.Text()
	web        = &oauth2.Config{ClientID: "web", ClientSecret: "s", RedirectURL: "https://app.example.com/cb",
		Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"}}
)

func login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, web.AuthCodeURL(loginState), http.StatusFound) // want `constant OAuth state: the state is the package-level variable loginState, drawn once and shared by every login`
}

func callback(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("state") != loginState {
		http.Error(w, "state mismatch", http.StatusBadRequest)
		return
	}
	_, _ = web.Exchange(r.Context(), r.URL.Query().Get("code"))
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/cb", callback)
	_ = http.ListenAndServe(":8080", nil)
}
