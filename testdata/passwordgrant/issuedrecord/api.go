// Package issuedrecord is an authorization server's token endpoint that
// records each token it issues: the record names the password grant, but
// it is no request for a token.
package issuedrecord

import (
	"encoding/json"
	"net/http"
	"net/url"

	"example.com/fixtures/passwordgrant/issuedrecord/store"
)

const grantPassword = "password"

type Endpoint struct {
	Cache   store.Cache
	CheckPW func(user, pass string) bool
	Allowed func(clientID, grant string) bool // the client's registration
}

func (e *Endpoint) Token(w http.ResponseWriter, r *http.Request) {
	if r.PostFormValue("grant_type") != grantPassword || !e.Allowed(r.PostFormValue("client_id"), grantPassword) {
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
		return
	}
	user := r.PostFormValue("username")
	if !e.CheckPW(user, r.PostFormValue("password")) {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	rec, err := store.Issue(e.Cache, user, grantPassword)
	if err != nil {
		http.Error(w, "server_error", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"access_token": rec.AccessToken, "token_type": "Bearer"})
}

// Upstream logs in to the upstream identity provider with a service
// account's password: a password grant request of this program.
func Upstream(tokenURL, user, pass string) (*http.Response, error) {
	return http.PostForm(tokenURL, url.Values{
		"grant_type": {grantPassword}, // want `resource owner password credentials grant`
		"username":   {user},
		"password":   {pass},
	})
}
