// Command downgrade2 is the same downgrade with the verifier in a local
// variable and the test written as a length, beside the method check.
package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
)

type issued struct{ challenge, method string }

var codes = map[string]issued{}

// The error codes it answers with (RFC 6749 §5.2).
var (
	errInvalidGrant     = "invalid_grant"
	errUnsupportedGrant = "unsupported_grant_type"
)

func oauthError(w http.ResponseWriter, code string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(map[string]string{"error": code})
}

func random() string {
	b := make([]byte, 24)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("code_challenge") == "" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	c := random()
	codes[c] = issued{challenge: q.Get("code_challenge"), method: "S256"}
	http.Redirect(w, r, "https://app.example.com/cb?code="+c, http.StatusFound)
}

func token(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if r.Form.Get("grant_type") != "authorization_code" { // want `compares the code_verifier only when the token request sends one`
		oauthError(w, errUnsupportedGrant)
		return
	}
	rec, ok := codes[r.Form.Get("code")]
	if !ok {
		oauthError(w, errInvalidGrant)
		return
	}
	cv := r.Form.Get("code_verifier")
	if len(cv) > 0 && rec.method == "S256" {
		sum := sha256.Sum256([]byte(cv))
		if base64.RawURLEncoding.EncodeToString(sum[:]) != rec.challenge {
			http.Error(w, "invalid_grant", http.StatusBadRequest)
			return
		}
	}
	json.NewEncoder(w).Encode(map[string]string{"access_token": random(), "token_type": "Bearer"})
}

func main() {
	http.HandleFunc("/authorize", authorize)
	http.HandleFunc("/token", token)
	http.ListenAndServe(":9002", nil)
}
