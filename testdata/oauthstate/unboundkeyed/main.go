// Command unboundkeyed: a social-login callback that checks the state
// only by loading it from the Redis store of package store, whose keys
// join a prefix to the id: nothing of the browser's is read.
package main

import (
	"crypto/rand"
	"net/http"
	"net/url"
	"os"

	"golang.org/x/oauth2"

	"example.com/fixtures/oauthstate/unboundkeyed/store"
)

var conf = &oauth2.Config{
	ClientID:     "iam",
	ClientSecret: os.Getenv("GOOGLE_SECRET"),
	RedirectURL:  "https://iam.example.com/platforms/google/authenticate",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://accounts.google.com/o/oauth2/v2/auth", TokenURL: "https://oauth2.googleapis.com/token"},
}

func authorize(w http.ResponseWriter, r *http.Request) {
	id := rand.Text()
	st, _ := store.New(os.Getenv("REDIS_ADDR"))
	st.Save(r.Context(), id, &store.AuthRequest{RedirectURI: r.URL.Query().Get("redirect_uri")})
	http.Redirect(w, r, conf.AuthCodeURL(id), http.StatusFound)
}

func authenticate(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("code")
	state := r.URL.Query().Get("state")
	st, _ := store.New(os.Getenv("REDIS_ADDR"))
	ar, err := st.Load(r.Context(), state) // want `state not bound to the browser`
	if err != nil {
		http.Error(w, "unknown state", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), code); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, ar.RedirectURI+"?"+url.Values{"code": {rand.Text()}}.Encode(), http.StatusFound)
}

func main() {
	http.HandleFunc("/platforms/google/authorize", authorize)
	http.HandleFunc("/platforms/google/authenticate", authenticate)
	http.ListenAndServe(":8080", nil)
}
