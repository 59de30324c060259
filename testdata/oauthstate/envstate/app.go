// A web app whose state is a package-level variable read from the
// environment when the program starts: whatever the value, every login
// sends and expects the same one. A variable read the same way that only
// names the state's cookie, and a state drawn per login, are silent.
package main

import (
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

var (
	conf = &oauth2.Config{
		ClientID: os.Getenv("OAUTH_ID"), ClientSecret: os.Getenv("OAUTH_SECRET"),
		RedirectURL: "https://dash.example.com/auth/callback",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://id.example.org/authorize", TokenURL: "https://id.example.org/token"},
	}
	stateToken = os.Getenv("APP_NAME")
	cookieName = os.Getenv("STATE_COOKIE")
)

func login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(stateToken), http.StatusFound) // want `constant OAuth state: the state is the package-level variable stateToken, set once when the program starts \(os.Getenv\("APP_NAME"\)\)`
}

func loginFresh(w http.ResponseWriter, r *http.Request) {
	s := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: s, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(s), http.StatusFound)
}

func callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie(cookieName)
	if err != nil || c.Value == "" || r.FormValue("state") != c.Value {
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/login/fresh", loginFresh)
	http.HandleFunc("/auth/callback", callback)
	_ = http.ListenAndServe(":"+os.Getenv("PORT"), nil)
}
