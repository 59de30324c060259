// The same provider whose helper refuses every method but S256 after the
// S256 branch: silent.
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

type grant struct{ Client, Challenge, Method string }

var (
	mu      sync.Mutex
	grants  = map[string]grant{}
	clients = map[string]string{"app": "https://app.example.com/cb"}
)

func checkPKCE(verifier, challenge, method string) bool {
	if method == "S256" {
		h := sha256.Sum256([]byte(verifier))
		return base64.RawURLEncoding.EncodeToString(h[:]) == challenge
	}
	return false
}

func authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if clients[q.Get("client_id")] != q.Get("redirect_uri") || q.Get("code_challenge") == "" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	code := rand.Text()
	mu.Lock()
	grants[code] = grant{Client: q.Get("client_id"), Challenge: q.Get("code_challenge"), Method: q.Get("code_challenge_method")}
	mu.Unlock()
	u, _ := url.Parse(clients[q.Get("client_id")])
	v := u.Query()
	v.Set("code", code)
	v.Set("state", q.Get("state"))
	u.RawQuery = v.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

func token(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	g, ok := grants[r.PostFormValue("code")]
	delete(grants, r.PostFormValue("code"))
	mu.Unlock()
	if !ok || r.PostFormValue("grant_type") != "authorization_code" || !checkPKCE(r.PostFormValue("code_verifier"), g.Challenge, g.Method) {
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
