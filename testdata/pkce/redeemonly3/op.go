// Package redeemonly3 is a toy OpenID provider that writes the code
// into the redirect's text and redeems it without grant_type or PKCE.
package redeemonly3

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"sync"
)

var codes = struct {
	sync.Mutex
	subject map[string]string
}{subject: map[string]string{}}

func newCode() string {
	b := make([]byte, 24)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("client_id") != "demo" || q.Get("redirect_uri") != "https://rp.example.net/cb" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	c := newCode()
	codes.Lock()
	codes.subject[c] = "alice"
	codes.Unlock()
	http.Redirect(w, r, "https://rp.example.net/cb?code="+c+"&state="+q.Get("state"), http.StatusFound)
}

func Token(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	c := r.Form.Get("code") // want `this authorization server lets public clients skip PKCE: the token endpoint redeems the request's code without reading grant_type \(in Token\)`
	codes.Lock()
	sub, ok := codes.subject[c]
	delete(codes.subject, c)
	codes.Unlock()
	if !ok {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"access_token": newCode() + sub, "token_type": "Bearer"})
}
