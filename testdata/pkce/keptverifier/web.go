// Package keptverifier keeps each login's verifier in a struct stored in
// a map under the session id, and takes it back at the callback through
// a helper: the verifier sent at the exchange is the one drawn at login,
// and nothing is reported. A callback that draws a new verifier through
// a helper of the package is reported.
package keptverifier

import (
	"errors"
	"net/http"
	"sync"
	"time"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "keptverifier",
	ClientSecret: "from-the-vault",
	RedirectURL:  "https://app.example.com/cb",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"},
}

type pendingLogin struct {
	verifier string
	expires  time.Time
}

var (
	mu      sync.Mutex
	pending = map[string]pendingLogin{}
)

func Login(w http.ResponseWriter, r *http.Request) {
	sid, v := oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
	mu.Lock()
	pending[sid] = pendingLogin{verifier: v, expires: time.Now().Add(10 * time.Minute)}
	mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(sid, oauth2.S256ChallengeOption(v)), http.StatusFound)
}

func take(sid string) (string, error) {
	mu.Lock()
	defer mu.Unlock()
	p, ok := pending[sid]
	if !ok || time.Now().After(p.expires) {
		return "", errors.New("no login pending")
	}
	delete(pending, sid)
	return p.verifier, nil
}

func Callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil || c.Value != r.URL.Query().Get("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	v, err := take(c.Value)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"), oauth2.VerifierOption(v)); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}

func newVerifier() string { return oauth2.GenerateVerifier() }

func CallbackFresh(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil || c.Value != r.URL.Query().Get("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	v := newVerifier()
	if _, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"), oauth2.VerifierOption(v)); err != nil { // want `code_verifier drawn at the token request`
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}
