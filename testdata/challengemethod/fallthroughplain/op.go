// A test provider whose PKCE helper hashes the verifier for S256 and
// compares it as sent for every other method, written as an if that
// returns and the statement after it: plain, and a challenge sent with no
// method (stored as plain), are accepted.
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

type grant struct{ Client, Redirect, Challenge, Method string }

var (
	mu      sync.Mutex
	grants  = map[string]grant{}
	clients = map[string]string{"app": "https://app.example.com/cb"}
)

func withDefault(v, d string) string {
	if v == "" {
		return d
	}
	return v
}

func checkPKCE(verifier, challenge, method string) bool {
	if method == "S256" {
		h := sha256.Sum256([]byte(verifier))
		return base64.RawURLEncoding.EncodeToString(h[:]) == challenge
	}
	return verifier == challenge // want `this authorization server accepts code_challenge_method=plain: the server's PKCE check accepts code_challenge_method "plain" \(the branch that every code_challenge_method but "S256" takes`
}

func authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if clients[q.Get("client_id")] != q.Get("redirect_uri") || q.Get("code_challenge") == "" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	code := rand.Text()
	mu.Lock()
	grants[code] = grant{Client: q.Get("client_id"), Redirect: q.Get("redirect_uri"), Challenge: q.Get("code_challenge"), Method: withDefault(q.Get("code_challenge_method"), "plain")}
	mu.Unlock()
	u, _ := url.Parse(q.Get("redirect_uri"))
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
