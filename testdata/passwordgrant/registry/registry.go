// Package registry is a token endpoint whose grants are stored into an
// empty table one by one: the table, not a switch, decides what it
// issues tokens for.
package registry

import (
	"encoding/json"
	"net/http"
)

type grantHandler func(w http.ResponseWriter, r *http.Request)

var grants = map[string]grantHandler{}

func init() {
	grants["client_credentials"] = clientCredentials
	grants["password"] = ownerPassword // want `this authorization server accepts the password grant: the token endpoint issues tokens for grant_type "password" \(a table keyed by the value in Token\)`
}

func Token(w http.ResponseWriter, r *http.Request) {
	h, ok := grants[r.PostFormValue("grant_type")]
	if !ok {
		http.Error(w, `{"error":"unsupported_grant_type"}`, http.StatusBadRequest)
		return
	}
	h(w, r)
}

func issue(w http.ResponseWriter, sub string) {
	json.NewEncoder(w).Encode(map[string]string{"access_token": "at." + sub, "token_type": "Bearer"})
}

func clientCredentials(w http.ResponseWriter, r *http.Request) {
	issue(w, r.PostFormValue("client_id"))
}

func ownerPassword(w http.ResponseWriter, r *http.Request) {
	if r.PostFormValue("username") == "" || r.PostFormValue("password") == "" {
		http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
		return
	}
	issue(w, r.PostFormValue("username"))
}
