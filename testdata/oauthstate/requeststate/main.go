// Command requeststate is a web app whose state is the page the login
// came from (the Referer header): whoever sends the victim's browser to
// /login chooses it, so the cookie it sets and a forged callback agree
// (reported). The admin login adds a crypto/rand part (silent), and the
// front-end login takes a state its page drew (unknown, silent).
package main

import (
	"crypto/rand"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "web",
	ClientSecret: "from-env",
	RedirectURL:  "https://app.example.com/callback",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
}

func login(w http.ResponseWriter, r *http.Request) {
	state := r.Referer()
	http.SetCookie(w, &http.Cookie{Name: "state", Value: state, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound) // want `predictable OAuth state: the state comes from the request.s Referer header \(whoever starts the login chooses it\)`
}

func adminLogin(w http.ResponseWriter, r *http.Request) {
	state := r.Referer() + "|" + rand.Text()
	http.SetCookie(w, &http.Cookie{Name: "state", Value: state, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
}

func spaLogin(w http.ResponseWriter, r *http.Request) {
	state := r.URL.Query().Get("state")
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
}

func callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("state")
	if err != nil || c.Value == "" || c.Value != r.FormValue("state") {
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "sign-in failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, c.Value, http.StatusFound)
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/admin/login", adminLogin)
	http.HandleFunc("/spa/login", spaLogin)
	http.HandleFunc("/callback", callback)
	_ = http.ListenAndServe(":8080", nil)
}
