// A provider whose token endpoint checks the verifier, read where it is
// used, only when the code was issued with a challenge, written as one
// refusing condition; its authorization endpoint lets a request without
// code_challenge through: public clients may skip PKCE.
package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"
	"sync"
)

type issued struct{ Client, Challenge string }

var (
	mu      sync.Mutex
	codes   = map[string]issued{}
	clients = map[string]string{"app": "https://app.example.com/cb"}
)

func s256(verifier, challenge string) bool {
	h := sha256.Sum256([]byte(verifier))
	return base64.RawURLEncoding.EncodeToString(h[:]) == challenge
}

func authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if clients[q.Get("client_id")] != q.Get("redirect_uri") || q.Get("response_type") != "code" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	code := rand.Text()
	mu.Lock()
	codes[code] = issued{Client: q.Get("client_id"), Challenge: q.Get("code_challenge")}
	mu.Unlock()
	u, _ := url.Parse(clients[q.Get("client_id")])
	v := u.Query()
	v.Set("code", code)
	v.Set("state", q.Get("state"))
	u.RawQuery = v.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

func token(w http.ResponseWriter, r *http.Request) {
	if r.PostFormValue("grant_type") != "authorization_code" { // want `this authorization server lets public clients skip PKCE: the token endpoint issues tokens for grant_type "authorization_code" \(the values it lets through in token\), and compares the code_verifier only when the code was issued with a code_challenge`
		http.Error(w, `{"error":"unsupported_grant_type"}`, http.StatusBadRequest)
		return
	}
	mu.Lock()
	c, ok := codes[r.PostFormValue("code")]
	delete(codes, r.PostFormValue("code"))
	mu.Unlock()
	if !ok || (c.Challenge != "" && !s256(r.PostFormValue("code_verifier"), c.Challenge)) {
		http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"access_token": rand.Text(), "token_type": "Bearer"})
}

func main() {
	http.HandleFunc("/authorize", authorize)
	http.HandleFunc("/token", token)
	_ = http.ListenAndServe(":9000", nil)
}
