// Command downgradesafe refuses a token request without code_verifier for
// a code issued with a challenge, then compares it: no downgrade, and its
// authorization endpoint requires the challenge (silent).
package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
)

var challenges = map[string]string{}

func mint() string {
	b := make([]byte, 24)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("code_challenge") == "" || q.Get("code_challenge_method") != "S256" {
		http.Error(w, "invalid_request: PKCE (S256) required", http.StatusBadRequest)
		return
	}
	c := mint()
	challenges[c] = q.Get("code_challenge")
	http.Redirect(w, r, "https://app.example.com/cb?code="+c, http.StatusFound)
}

func token(w http.ResponseWriter, r *http.Request) {
	if r.PostFormValue("grant_type") != "authorization_code" {
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
		return
	}
	stored, ok := challenges[r.PostFormValue("code")]
	if !ok {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	verifier := r.PostFormValue("code_verifier")
	if verifier == "" && stored != "" {
		http.Error(w, "invalid_grant: code_verifier required", http.StatusBadRequest)
		return
	}
	if stored != "" {
		sum := sha256.Sum256([]byte(verifier))
		if base64.RawURLEncoding.EncodeToString(sum[:]) != stored {
			http.Error(w, "invalid_grant", http.StatusBadRequest)
			return
		}
	}
	json.NewEncoder(w).Encode(map[string]string{"access_token": mint(), "token_type": "Bearer"})
}

func main() {
	http.HandleFunc("/authorize", authorize)
	http.HandleFunc("/token", token)
	http.ListenAndServe(":9003", nil)
}
