// Command optionalserver keeps each code's challenge and checks the
// code_verifier at the token endpoint, but only for codes issued with a
// challenge; its authorization endpoint accepts requests without one. A
// public client may skip PKCE: reported.
package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"sync"
)

type issued struct {
	clientID  string
	challenge string
}

var (
	mu    sync.Mutex
	codes = map[string]issued{}
)

func newCode() string {
	b := make([]byte, 24)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("code_challenge") != "" && q.Get("code_challenge_method") != "S256" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	c := newCode()
	mu.Lock()
	codes[c] = issued{clientID: q.Get("client_id"), challenge: q.Get("code_challenge")}
	mu.Unlock()
	http.Redirect(w, r, q.Get("redirect_uri")+"?code="+c+"&state="+q.Get("state"), http.StatusFound)
}

func token(w http.ResponseWriter, r *http.Request) {
	switch r.PostFormValue("grant_type") {
	case "authorization_code": // want `this authorization server lets public clients skip PKCE: the token endpoint issues tokens for grant_type "authorization_code" \(switch case in token\), and compares the code_verifier only when the code was issued with a code_challenge \(main.go:\d+, in token\)`
		mu.Lock()
		got, ok := codes[r.PostFormValue("code")]
		delete(codes, r.PostFormValue("code"))
		mu.Unlock()
		if !ok {
			http.Error(w, "invalid_grant", http.StatusBadRequest)
			return
		}
		verifier := r.PostFormValue("code_verifier")
		if got.challenge != "" {
			sum := sha256.Sum256([]byte(verifier))
			if base64.RawURLEncoding.EncodeToString(sum[:]) != got.challenge {
				http.Error(w, "invalid_grant", http.StatusBadRequest)
				return
			}
		}
		json.NewEncoder(w).Encode(map[string]string{"access_token": newCode(), "token_type": "Bearer"})
	default:
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
	}
}

func main() {
	http.HandleFunc("/authorize", authorize)
	http.HandleFunc("/token", token)
	http.ListenAndServe(":9000", nil)
}
