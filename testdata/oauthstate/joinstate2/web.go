// Package joinstate2 is a web app whose state is a passphrase of words
// picked from a local array with a time-seeded math/rand generator and
// joined with dashes: predictable (reported).
package joinstate2

import (
	"math/rand"
	"net/http"
	"strings"
	"time"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "web",
	ClientSecret: "from-env",
	RedirectURL:  "https://app.example.com/callback",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
}

func passphrase() string {
	words := [...]string{"amber", "birch", "cedar", "dune", "ember", "fjord", "grove", "heath"}
	gen := rand.New(rand.NewSource(time.Now().UnixNano()))
	var picked [4]string
	for i := range picked {
		picked[i] = words[gen.Intn(len(words))]
	}
	return strings.Join(picked[:], "-")
}

func login(w http.ResponseWriter, r *http.Request) {
	st := passphrase()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(st), http.StatusFound) // want `predictable OAuth state`
}

func callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("st")
	if err != nil || c.Value == "" || c.Value != r.FormValue("state") {
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/login", login)
	mux.HandleFunc("/callback", callback)
}
