// Command clientauth is an identity provider whose token endpoint
// authenticates every client with HTTP Basic before it looks at the
// grant (a helper method does it): there are no public clients, so its
// missing PKCE is reported only with -pkce.confidential.
package main

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
)

type client struct{ id, secret string }

type provider struct {
	clients map[string]client
	codes   map[string]string
}

var errBadClient = errors.New("invalid client")

func (p *provider) authenticate(r *http.Request) (*client, error) {
	id, secret, ok := r.BasicAuth()
	if !ok {
		return nil, errBadClient
	}
	c, found := p.clients[id]
	if !found || subtle.ConstantTimeCompare([]byte(c.secret), []byte(secret)) != 1 {
		return nil, errBadClient
	}
	return &c, nil
}

func token() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func (p *provider) authorize(w http.ResponseWriter, r *http.Request) {
	code := token()
	p.codes[code] = r.FormValue("client_id")
	http.Redirect(w, r, r.FormValue("redirect_uri")+"?code="+code, http.StatusFound)
}

func (p *provider) tokenEndpoint(w http.ResponseWriter, r *http.Request) {
	grants := map[string]func(*client) (string, error){
		"authorization_code": func(c *client) (string, error) {
			if p.codes[r.PostFormValue("code")] != c.id {
				return "", errors.New("invalid_grant")
			}
			return token(), nil
		},
		"refresh_token": func(*client) (string, error) { return token(), nil },
	}
	grant, ok := grants[r.PostFormValue("grant_type")]
	if !ok {
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
		return
	}
	c, err := p.authenticate(r)
	if err != nil {
		http.Error(w, "invalid_client", http.StatusUnauthorized)
		return
	}
	at, err := grant(c)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"access_token": at, "token_type": "Bearer"})
}

func main() {
	p := &provider{clients: map[string]client{}, codes: map[string]string{}}
	http.HandleFunc("/authorize", p.authorize)
	http.HandleFunc("/token", p.tokenEndpoint)
	http.ListenAndServe(":8080", nil)
}
