// Package downgrade5 decodes its token requests with gorilla/schema into
// a struct of optional fields, lets the grant_type through a gate that
// also refuses a request without a code, and checks the verifier only
// when one is sent: a code issued with a challenge is redeemed without
// it (reported).
package downgrade5

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"sync"

	"github.com/gorilla/schema"
)

type issued struct {
	client    string
	challenge string
}

var (
	mu    sync.Mutex
	codes = map[string]issued{}
)

type exchangeForm struct {
	GrantType string  `schema:"grant_type"`
	Code      *string `schema:"code"`
	ClientID  string  `schema:"client_id"`
	Verifier  *string `schema:"code_verifier"`
}

func Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	mu.Lock()
	codes["k"] = issued{client: q.Get("client_id"), challenge: q.Get("code_challenge")}
	mu.Unlock()
	http.Redirect(w, r, "https://app.example.net/cb?code=k&state="+q.Get("state"), http.StatusFound)
}

func (f *exchangeForm) redeem() (string, error) {
	if f.GrantType != "authorization_code" || f.Code == nil { // want `lets public clients skip PKCE: .*compares the code_verifier only when the token request sends one`
		return "", errors.New("unsupported_grant_type")
	}
	mu.Lock()
	rec, ok := codes[*f.Code]
	delete(codes, *f.Code)
	mu.Unlock()
	if !ok || rec.client != f.ClientID {
		return "", errors.New("invalid_grant")
	}
	if f.Verifier != nil && *f.Verifier != "" {
		sum := sha256.Sum256([]byte(*f.Verifier))
		if base64.RawURLEncoding.EncodeToString(sum[:]) != rec.challenge {
			return "", errors.New("invalid_grant")
		}
	}
	return "at-" + rec.client, nil
}

func Token(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	var f exchangeForm
	if err := schema.NewDecoder().Decode(&f, r.PostForm); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	at, err := f.redeem()
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"access_token": at, "token_type": "Bearer"})
}
