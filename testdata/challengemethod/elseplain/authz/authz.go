// Package authz is the authorization endpoint: it keeps the challenge and
// its method as the request sent them.
package authz

import (
	"crypto/rand"
	"net/http"
	"net/url"

	"example.com/fixtures/challengemethod/elseplain/grants"
)

type Endpoint struct {
	Store    *grants.Store
	Redirect map[string]string
}

func (e *Endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	back, ok := e.Redirect[q.Get("client_id")]
	if !ok || back != q.Get("redirect_uri") || q.Get("response_type") != "code" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	code := rand.Text()
	e.Store.Put(code, &grants.Grant{Client: q.Get("client_id"), Challenge: q.Get("code_challenge"), ChallengeMethod: q.Get("code_challenge_method")})
	u, _ := url.Parse(back)
	v := u.Query()
	v.Set("code", code)
	v.Set("state", q.Get("state"))
	u.RawQuery = v.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}
