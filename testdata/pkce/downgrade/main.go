// Command downgrade requires S256 PKCE at its authorization endpoint, but
// its token endpoint compares the verifier only when the token request
// sends one, so a stolen code is redeemed by leaving code_verifier out
// (a PKCE downgrade).
package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
)

type grant struct {
	challenge string
}

var grants = map[string]grant{}

type tokenRequest struct {
	GrantType    string
	Code         string
	CodeVerifier string
}

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
	grants[c] = grant{challenge: q.Get("code_challenge")}
	http.Redirect(w, r, "https://app.example.com/cb?code="+c, http.StatusFound)
}

func parse(r *http.Request) tokenRequest {
	return tokenRequest{
		GrantType:    r.PostFormValue("grant_type"),
		Code:         r.PostFormValue("code"),
		CodeVerifier: r.PostFormValue("code_verifier"),
	}
}

func verify(g grant, verifier string) bool {
	sum := sha256.Sum256([]byte(verifier))
	return base64.RawURLEncoding.EncodeToString(sum[:]) == g.challenge
}

func token(w http.ResponseWriter, r *http.Request) {
	req := parse(r)
	switch req.GrantType {
	case "authorization_code": // want `this authorization server lets public clients skip PKCE: the token endpoint issues tokens for grant_type "authorization_code" \(switch case in token\), and compares the code_verifier only when the token request sends one \(main.go:\d+, in token\): a code issued with a code_challenge is redeemed without its verifier`
		g, ok := grants[req.Code]
		if !ok {
			http.Error(w, "invalid_grant", http.StatusBadRequest)
			return
		}
		if req.CodeVerifier != "" {
			if !verify(g, req.CodeVerifier) {
				http.Error(w, "invalid_grant", http.StatusBadRequest)
				return
			}
		}
		json.NewEncoder(w).Encode(map[string]string{"access_token": mint(), "token_type": "Bearer"})
	default:
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
	}
}

func main() {
	http.HandleFunc("/authorize", authorize)
	http.HandleFunc("/token", token)
	http.ListenAndServe(":9001", nil)
}
