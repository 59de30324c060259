// Package verifierrequired refuses an empty verifier before a redundant
// "verifier sent and wrong" test: PKCE is not optional here (silent).
package verifierrequired

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
)

type tokenRequest struct {
	GrantType    string  `json:"grant_type"`
	Code         string  `json:"code"`
	CodeVerifier *string `json:"code_verifier"`
}

type grant struct{ challenge *string }

var grants = map[string]grant{}

func Authorize(w http.ResponseWriter, r *http.Request) {
	c := r.FormValue("code_challenge")
	grants["c"] = grant{challenge: &c}
	http.Redirect(w, r, "https://app.example.com/cb?code=c&state="+r.FormValue("state"), http.StatusFound)
}

func s256(v string) string {
	h := sha256.Sum256([]byte(v))
	return base64.RawURLEncoding.EncodeToString(h[:])
}

func pkceOK(tr *tokenRequest, g grant) bool {
	if g.challenge == nil {
		return true
	}
	if *tr.CodeVerifier == "" {
		return false
	} else if *tr.CodeVerifier != "" && s256(*tr.CodeVerifier) != *g.challenge {
		return false
	}
	return true
}

func Token(w http.ResponseWriter, r *http.Request) {
	var tr tokenRequest
	if err := json.NewDecoder(r.Body).Decode(&tr); err != nil || tr.GrantType != "authorization_code" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	g, ok := grants[tr.Code]
	if !ok || !pkceOK(&tr, g) {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	w.Write([]byte(`{"access_token":"a","token_type":"Bearer"}`))
}
