// Package unrefused compares the callback's state with the cookie set
// at login but only logs a mismatch, and exchanges the code anyway:
// reported. Beside it the same check that returns, and one that keeps
// its verdict in a flag it tests before the exchange: silent.
package unrefused

import (
	"log"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "unrefused",
	ClientSecret: "from-the-vault",
	RedirectURL:  "https://app.example.com/cb",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"},
}

func Login(w http.ResponseWriter, r *http.Request) {
	st := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(st), http.StatusFound)
}

func Callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("st")
	if err != nil {
		log.Println("no state cookie")
	}
	if c != nil && c.Value != r.FormValue("state") {
		log.Println("state mismatch")
	}
	tok, err := conf.Exchange(r.Context(), r.FormValue("code")) // want `state check that refuses nothing: the handler compares the request's state \(line 32\) but goes on to the exchange`
	if err != nil {
		return
	}
	_ = tok
}

func CallbackStrict(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("st")
	if err != nil || c.Value != r.FormValue("state") {
		log.Println("state mismatch")
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}

func CallbackFlag(w http.ResponseWriter, r *http.Request) {
	ok := true
	c, err := r.Cookie("st")
	if err != nil || c.Value != r.FormValue("state") {
		ok = false
	}
	if !ok {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}
