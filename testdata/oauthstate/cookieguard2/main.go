// Command cookieguard2 is cookieguard written another way: the guard is
// the cookie's error (err == nil), the state read with FormValue into a
// variable first (reported).
package main

import (
	"net/http"

	"golang.org/x/oauth2"
)

type app struct{ oauth *oauth2.Config }

func (a *app) done(w http.ResponseWriter, r *http.Request) {
	got := r.FormValue("state")
	saved, err := r.Cookie("login")
	if err == nil && got != saved.Value { // want `state check skipped when saved is missing`
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	tok, err := a.oauth.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
		return
	}
	_ = tok
}

func main() {
	a := &app{oauth: &oauth2.Config{ClientID: "app", ClientSecret: "s", RedirectURL: "https://app.example.com/done",
		Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"}}}
	http.HandleFunc("/done", a.done)
	_ = http.ListenAndServe(":8443", nil)
}
