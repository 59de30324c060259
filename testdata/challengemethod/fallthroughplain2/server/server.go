// The second shape: the token endpoint branches on the kept method of a
// record of another package, inline: the S256 branch answers and
// returns, and what follows compares the verifier as sent.
package server

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net/http"

	"example.com/fixtures/challengemethod/fallthroughplain2/store"
)

func Authorize(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("response_type") != "code" || r.FormValue("client_id") != "cli" {
		http.Error(w, "unsupported", http.StatusBadRequest)
		return
	}
	code := rand.Text()
	store.Codes[code] = &store.Code{ClientID: "cli", Challenge: r.FormValue("code_challenge"), ChallengeMeth: r.FormValue("code_challenge_method")}
	http.Redirect(w, r, "http://127.0.0.1:7777/cb?code="+code+"&state="+r.FormValue("state"), http.StatusFound)
}

func Token(w http.ResponseWriter, r *http.Request) {
	c := store.Codes[r.PostFormValue("code")]
	if c == nil || r.PostFormValue("grant_type") != "authorization_code" {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	verifier := r.PostFormValue("code_verifier")
	if c.ChallengeMeth == "S256" {
		sum := sha256.Sum256([]byte(verifier))
		if base64.RawURLEncoding.EncodeToString(sum[:]) != c.Challenge {
			http.Error(w, "invalid_grant", http.StatusBadRequest)
			return
		}
		w.Write([]byte(`{"access_token":"` + rand.Text() + `"}`))
		return
	}
	if verifier != c.Challenge { // want `this authorization server accepts code_challenge_method=plain`
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	w.Write([]byte(`{"access_token":"` + rand.Text() + `"}`))
}
