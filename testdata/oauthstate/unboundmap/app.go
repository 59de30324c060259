// A web app that keeps the states of logins in progress in a map of the
// process and accepts any state the map holds: unguessable and checked,
// but not bound to the browser that started the login.
package unboundmap

import (
	"crypto/rand"
	"net/http"
	"sync"
	"time"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "dash",
	ClientSecret: "s3cret",
	RedirectURL:  "https://dash.example.com/oidc/callback",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
}

var (
	mu      sync.Mutex
	pending  = map[string]time.Time{}
	sessions = map[string]*oauth2.Token{}
)

func login(w http.ResponseWriter, r *http.Request) {
	state := oauth2.GenerateVerifier()
	mu.Lock()
	pending[state] = time.Now().Add(10 * time.Minute)
	mu.Unlock()
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
}

func callback(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	st := q.Get("state")
	mu.Lock()
	expires, ok := pending[st] // want `state not bound to the browser: the callback looks the request's state up in pending, a store every browser shares, and reads no cookie or session of this browser`
	delete(pending, st)
	mu.Unlock()
	if !ok || time.Now().After(expires) {
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), q.Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	sid := rand.Text()
	mu.Lock()
	sessions[sid] = tok
	mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true})
	http.Redirect(w, r, "/", http.StatusFound)
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/oidc/callback", callback)
	_ = http.ListenAndServe(":8080", nil)
}
