// A web app whose sign-in widget builds the authorization request in the
// browser from a template; the state it is given was drawn once when the
// program started, and the callback compares the request's state with
// it: every login carries the same state. A callback that compares with
// the state kept in this browser's cookie is silent.
package main

import (
	"crypto/rand"
	"html/template"
	"net/http"

	"golang.org/x/oauth2"
)

var (
	page  = template.Must(template.New("login").Parse(`<script>widget({state: "{{.State}}", clientId: "{{.Client}}"})</script>`))
	state = rand.Text()
	conf  = &oauth2.Config{ClientID: "portal", ClientSecret: "s", RedirectURL: "https://portal.example.com/callback",
		Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.org/authorize", TokenURL: "https://idp.example.org/token"}}
)

func login(w http.ResponseWriter, r *http.Request) {
	_ = page.Execute(w, struct{ State, Client string }{state, conf.ClientID})
}

func callback(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("state") != state { // want `state checked against one value for every login: the callback compares the request's state with state, the package-level variable state, drawn once and shared by every login`
		http.Error(w, "unexpected state", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}

func loginFresh(w http.ResponseWriter, r *http.Request) {
	s := rand.Text()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: s, HttpOnly: true, Secure: true})
	_ = page.Execute(w, struct{ State, Client string }{s, conf.ClientID})
}

func callbackFresh(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("st")
	if err != nil || c.Value == "" || r.URL.Query().Get("state") != c.Value {
		http.Error(w, "unexpected state", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/callback", callback)
	http.HandleFunc("/login2", loginFresh)
	http.HandleFunc("/callback2", callbackFresh)
	_ = http.ListenAndServe(":8080", nil)
}
