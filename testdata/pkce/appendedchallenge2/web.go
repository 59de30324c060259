// Package appendedchallenge2 appends PKCE differently: the method comes
// first in one constant, the challenge is S256ChallengeFromVerifier's,
// the whole is parenthesised, and the web client's callback sends the
// verifier kept in its session: silent.
package appendedchallenge2

import (
	"net/http"
	"sync"

	"golang.org/x/oauth2"
)

type app struct {
	conf      *oauth2.Config
	mu        sync.Mutex
	verifiers map[string]string
}

func (a *app) login(w http.ResponseWriter, r *http.Request) {
	st, v := oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
	a.mu.Lock()
	a.verifiers[st] = v
	a.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	target := (a.conf.AuthCodeURL(st, oauth2.AccessTypeOffline) + "&code_challenge_method=S256&code_challenge=" + oauth2.S256ChallengeFromVerifier(v))
	http.Redirect(w, r, target, http.StatusFound)
}

func (a *app) callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("st")
	if err != nil || c.Value == "" || c.Value != r.URL.Query().Get("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	a.mu.Lock()
	v := a.verifiers[c.Value]
	delete(a.verifiers, c.Value)
	a.mu.Unlock()
	if _, err := a.conf.Exchange(r.Context(), r.URL.Query().Get("code"), oauth2.VerifierOption(v)); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}
