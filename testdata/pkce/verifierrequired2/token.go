// Package verifierrequired2 answers a missing verifier with an error
// before checking the one sent only when it is not empty: silent.
package verifierrequired2

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"net/http"
)

var challenges = map[string]string{}

func Authorize(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("code_challenge") == "" {
		http.Error(w, "code_challenge required", http.StatusBadRequest)
		return
	}
	challenges["k"] = r.FormValue("code_challenge")
	http.Redirect(w, r, "https://app.example.com/cb?code=k", http.StatusFound)
}

func verify(code, verifier string) error {
	if len(verifier) == 0 {
		return errors.New("invalid_request: code_verifier required")
	}
	if verifier != "" {
		sum := sha256.Sum256([]byte(verifier))
		if subtle.ConstantTimeCompare([]byte(base64.RawURLEncoding.EncodeToString(sum[:])), []byte(challenges[code])) != 1 {
			return errors.New("invalid_grant")
		}
	}
	return nil
}

func Token(w http.ResponseWriter, r *http.Request) {
	switch r.PostFormValue("grant_type") {
	case "authorization_code":
		v := r.PostFormValue("code_verifier")
		if err := verify(r.PostFormValue("code"), v); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Write([]byte(`{"access_token":"a","token_type":"Bearer"}`))
	default:
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
	}
}
