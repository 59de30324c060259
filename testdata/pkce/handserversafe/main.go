// Command handserversafe is handserver with PKCE: the authorization
// endpoint keeps the S256 challenge with the code and the token endpoint
// checks the verifier against it.
package main

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"sync"
)

type grant struct {
	user, redirectURI, challenge string
}

var (
	mu    sync.Mutex
	codes = map[string]grant{}
)

func random() string {
	b := make([]byte, 20)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("response_type") != "code" || q.Get("code_challenge_method") != "S256" || q.Get("code_challenge") == "" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	code := random()
	mu.Lock()
	codes[code] = grant{user: "alice", redirectURI: q.Get("redirect_uri"), challenge: q.Get("code_challenge")}
	mu.Unlock()
	http.Redirect(w, r, q.Get("redirect_uri")+"?code="+code+"&state="+q.Get("state"), http.StatusFound)
}

func verified(challenge, verifier string) bool {
	sum := sha256.Sum256([]byte(verifier))
	return subtle.ConstantTimeCompare([]byte(base64.RawURLEncoding.EncodeToString(sum[:])), []byte(challenge)) == 1
}

func token(w http.ResponseWriter, r *http.Request) {
	switch r.PostFormValue("grant_type") {
	case "authorization_code":
		mu.Lock()
		g, ok := codes[r.PostFormValue("code")]
		delete(codes, r.PostFormValue("code"))
		mu.Unlock()
		if !ok || g.redirectURI != r.PostFormValue("redirect_uri") || !verified(g.challenge, r.PostFormValue("code_verifier")) {
			http.Error(w, "invalid_grant", http.StatusBadRequest)
			return
		}
		json.NewEncoder(w).Encode(map[string]any{"access_token": random(), "token_type": "Bearer", "sub": g.user})
	default:
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
	}
}

func main() {
	http.HandleFunc("/authorize", authorize)
	http.HandleFunc("/token", token)
	http.ListenAndServe(":9096", nil)
}
