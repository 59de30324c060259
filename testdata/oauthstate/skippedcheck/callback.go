// Package skippedcheck compares the callback's state with the cookie
// only when the cookie is there ("cross-site cookies do not work over
// HTTP"): a browser without the cookie goes on to the exchange with an
// attacker's code. Reported. The twin refuses a missing cookie: silent.
package skippedcheck

import (
	"crypto/rand"
	"log"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "site",
	ClientSecret: "from-env",
	RedirectURL:  "https://site.example.com/auth/callback",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://github.com/login/oauth/authorize", TokenURL: "https://github.com/login/oauth/access_token"},
}

func Login(w http.ResponseWriter, r *http.Request) {
	st := rand.Text()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(st), http.StatusFound)
}

func cookieValue(r *http.Request, name string) string {
	c, err := r.Cookie(name)
	if err != nil {
		return ""
	}
	return c.Value
}

func Callback(w http.ResponseWriter, r *http.Request) {
	state := r.URL.Query().Get("state")
	stored := cookieValue(r, "oauth_state")
	if stored != "" && state != stored { // want `state check skipped when stored is empty`
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	if stored == "" {
		log.Printf("state cookie missing, going on")
	}
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	_ = tok
}

func CallbackStrict(w http.ResponseWriter, r *http.Request) {
	state := r.URL.Query().Get("state")
	stored := cookieValue(r, "oauth_state")
	if stored == "" {
		http.Error(w, "missing state cookie", http.StatusBadRequest)
		return
	}
	if stored != "" && state != stored {
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	_ = tok
}
