// Command helperreads2: the callback reads the user's cookie through a
// method of package cookies and never the state (reported); the second
// callback reads the state through the jar's Query method (silent).
package main

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"

	"example.com/fixtures/oauthstate/helperreads2/cookies"
)

var (
	jar  = &cookies.Jar{Prefix: "app_"}
	conf = &oauth2.Config{
		ClientID: "wiki", ClientSecret: "from-env", RedirectURL: "https://wiki.example.org/cb",
		Endpoint: oauth2.Endpoint{AuthURL: "https://git.example.org/login/oauth/authorize", TokenURL: "https://git.example.org/login/oauth/access_token"},
	}
)

func login(w http.ResponseWriter, r *http.Request) {
	st := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "app_state", Value: st, HttpOnly: true})
	http.Redirect(w, r, conf.AuthCodeURL(st), http.StatusFound)
}

func callback(w http.ResponseWriter, r *http.Request) {
	back := jar.Value(r, "return_to")
	tok, err := conf.Exchange(context.Background(), r.FormValue("code")) // want `callback exchanges the code without checking state`
	if err != nil || !tok.Valid() {
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, back, http.StatusFound)
}

func checked(w http.ResponseWriter, r *http.Request) {
	if st := jar.Query(r, "state"); st == "" || st != jar.Value(r, "state") {
		http.Error(w, "state mismatch", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(context.Background(), r.FormValue("code")); err != nil {
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/cb", callback)
	http.HandleFunc("/cb2", checked)
	http.ListenAndServe(":8080", nil)
}
