// Command handserver is a small identity provider written by hand. Its
// token endpoint redeems authorization codes, refresh tokens and client
// credentials, and never looks at a code_verifier: PKCE is not supported.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"sync"
)

type grant struct {
	clientID, user, redirectURI string
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
	if q.Get("response_type") != "code" {
		http.Error(w, "unsupported_response_type", http.StatusBadRequest)
		return
	}
	code := random()
	mu.Lock()
	codes[code] = grant{clientID: q.Get("client_id"), user: "alice", redirectURI: q.Get("redirect_uri")}
	mu.Unlock()
	http.Redirect(w, r, q.Get("redirect_uri")+"?code="+code+"&state="+q.Get("state"), http.StatusFound)
}

func writeToken(w http.ResponseWriter, subject string) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"access_token": random(), "token_type": "Bearer", "expires_in": 3600, "sub": subject})
}

func token(w http.ResponseWriter, r *http.Request) {
	switch r.PostFormValue("grant_type") {
	case "authorization_code": // want `this authorization server lets public clients skip PKCE: the token endpoint issues tokens for grant_type "authorization_code" \(switch case in token\), and no code of the server reads a code_verifier`
		mu.Lock()
		g, ok := codes[r.PostFormValue("code")]
		delete(codes, r.PostFormValue("code"))
		mu.Unlock()
		if !ok || g.redirectURI != r.PostFormValue("redirect_uri") {
			http.Error(w, "invalid_grant", http.StatusBadRequest)
			return
		}
		writeToken(w, g.user)
	case "client_credentials":
		writeToken(w, r.PostFormValue("client_id"))
	default:
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
	}
}

func main() {
	http.HandleFunc("/authorize", authorize)
	http.HandleFunc("/token", token)
	http.ListenAndServe(":9096", nil)
}
