// Package downgrade6 reads the verifier into a local, copies it into its
// own request struct, and checks the struct's field only when it is not
// empty (reported).
package downgrade6

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
)

var challenges = map[string]string{} // code → challenge

type redemption struct {
	code, verifier string
}

func (rd redemption) ok() bool {
	want, found := challenges[rd.code]
	if !found {
		return false
	}
	if len(rd.verifier) > 0 {
		h := sha256.Sum256([]byte(rd.verifier))
		return subtle.ConstantTimeCompare([]byte(base64.RawURLEncoding.EncodeToString(h[:])), []byte(want)) == 1
	}
	return true
}

func Authorize(w http.ResponseWriter, r *http.Request) {
	challenges["c1"] = r.FormValue("code_challenge")
	http.Redirect(w, r, "https://client.example/cb?code=c1", http.StatusFound)
}

func Token(w http.ResponseWriter, r *http.Request) {
	v := r.PostFormValue("code_verifier")
	rd := redemption{code: r.PostFormValue("code"), verifier: v}
	switch r.PostFormValue("grant_type") {
	case "authorization_code": // want `lets public clients skip PKCE`
		if !rd.ok() {
			http.Error(w, "invalid_grant", http.StatusBadRequest)
			return
		}
		w.Write([]byte(`{"access_token":"x","token_type":"Bearer"}`))
	default:
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
	}
}
