// Package downgradesafe3 decodes its token requests like downgrade5 but
// refuses a request without a verifier: silent.
package downgradesafe3

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/gorilla/schema"
)

var codes = map[string]string{} // code → challenge

type exchangeForm struct {
	GrantType string  `schema:"grant_type"`
	Code      *string `schema:"code"`
	Verifier  *string `schema:"code_verifier"`
}

func Authorize(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("code_challenge") == "" || r.FormValue("code_challenge_method") != "S256" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	codes["k"] = r.FormValue("code_challenge")
	http.Redirect(w, r, "https://app.example.net/cb?code=k", http.StatusFound)
}

func (f *exchangeForm) redeem() error {
	if f.GrantType != "authorization_code" || f.Code == nil {
		return errors.New("unsupported_grant_type")
	}
	challenge, ok := codes[*f.Code]
	if !ok {
		return errors.New("invalid_grant")
	}
	if f.Verifier == nil || *f.Verifier == "" {
		return errors.New("invalid_request: code_verifier required")
	}
	sum := sha256.Sum256([]byte(*f.Verifier))
	if base64.RawURLEncoding.EncodeToString(sum[:]) != challenge {
		return errors.New("invalid_grant")
	}
	return nil
}

func Token(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	var f exchangeForm
	if err := schema.NewDecoder().Decode(&f, r.PostForm); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if err := f.redeem(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"access_token": "at", "token_type": "Bearer"})
}
