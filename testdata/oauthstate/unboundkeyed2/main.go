// Command unboundkeyed2: the callback hands the state to loginstore,
// which looks it up in Redis through a key variable; the cookie it set
// at login is read and compared (silent), unlike the second callback,
// which reads nothing of the browser's (reported).
package main

import (
	"context"
	"net/http"

	"github.com/redis/go-redis/v9"
	"golang.org/x/oauth2"

	"example.com/fixtures/oauthstate/unboundkeyed2/loginstore"
)

var (
	conf = &oauth2.Config{
		ClientID: "wiki", ClientSecret: "from-env", RedirectURL: "https://wiki.example.org/oauth/cb",
		Endpoint: oauth2.Endpoint{AuthURL: "https://id.example.org/auth", TokenURL: "https://id.example.org/token"},
	}
)

func dial() loginstore.Client {
	return loginstore.Client{R: redis.NewClient(&redis.Options{Addr: "redis:6379"})}
}

func login(w http.ResponseWriter, r *http.Request) {
	id := oauth2.GenerateVerifier()
	logins := dial()
	logins.Keep(r.Context(), id, "/")
	http.SetCookie(w, &http.Cookie{Name: "login_id", Value: id, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, conf.AuthCodeURL(id), http.StatusFound)
}

func callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("login_id")
	st := r.FormValue("state")
	if err != nil || c.Value != st {
		http.Error(w, "state mismatch", http.StatusBadRequest)
		return
	}
	logins := dial()
	if _, err := logins.Take(r.Context(), st); err != nil {
		http.Error(w, "unknown login", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(context.Background(), r.FormValue("code"))
	if err != nil || !tok.Valid() {
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

func callbackNoCookie(w http.ResponseWriter, r *http.Request) {
	st := r.FormValue("state")
	logins := dial()
	if _, err := logins.Take(r.Context(), st); err != nil { // want `state not bound to the browser`
		http.Error(w, "unknown login", http.StatusBadRequest)
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
	http.HandleFunc("/oauth/cb", callback)
	http.HandleFunc("/oauth/cb2", callbackNoCookie)
	http.ListenAndServe(":8080", nil)
}
