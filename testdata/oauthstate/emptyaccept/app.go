// Package emptyaccept checks the callback's state with a predicate that
// accepts only a non-empty state equal to the one kept for this
// browser's session (st != "" && states[sid] == st): the test for
// emptiness is part of the acceptance, and nothing is reported. A
// refusal that skips itself when the kept state is empty (kept != "" &&
// kept != st) is reported.
package emptyaccept

import (
	"net/http"
	"sync"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "emptyaccept",
	ClientSecret: "from-the-vault",
	RedirectURL:  "https://app.example.com/cb",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"},
}

var (
	mu     sync.Mutex
	states = map[string]string{} // session id → the state issued to it
)

func Login(w http.ResponseWriter, r *http.Request) {
	sid, st := oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
	mu.Lock()
	states[sid] = st
	mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(st), http.StatusFound)
}

func validState(sid, st string) bool {
	mu.Lock()
	defer mu.Unlock()
	return st != "" && states[sid] == st
}

func Callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil || !validState(c.Value, r.FormValue("state")) {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}

func CallbackLoose(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		http.Error(w, "no session", http.StatusBadRequest)
		return
	}
	st := r.FormValue("state")
	mu.Lock()
	kept := states[c.Value]
	mu.Unlock()
	if kept != "" && kept != st { // want `state check skipped when kept is empty`
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}
