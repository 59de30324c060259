// Package grantpredicate2 is grantpredicate written differently: the
// request is decoded into a tagged struct, the predicate is its method
// with a tagless switch, and this token endpoint does issue tokens for
// the password grant, in an if: reported there, not at the predicate.
package grantpredicate2

import (
	"encoding/json"
	"net/http"
	"strings"
)

type tokenRequest struct {
	GrantType string `json:"grant_type"`
	Username  string `json:"username"`
	Password  string `json:"password"`
	Scope     string `json:"scope"`
}

func (t tokenRequest) scoped() bool {
	switch {
	case t.GrantType == "password", t.GrantType == "client_credentials":
		return true
	}
	return false
}

type Server struct {
	Users map[string]string
}

func (s *Server) Token(w http.ResponseWriter, r *http.Request) {
	var req tokenRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, `{"error":"invalid_request"}`, http.StatusBadRequest)
		return
	}
	scope := ""
	if req.scoped() {
		scope = strings.TrimSpace(req.Scope)
	}
	if req.GrantType == "password" { // want `this authorization server accepts the password grant: the token endpoint issues tokens for grant_type "password"`
		if s.Users[req.Username] == "" || s.Users[req.Username] != req.Password {
			http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"access_token": "opaque", "token_type": "Bearer", "scope": scope})
		return
	}
	http.Error(w, `{"error":"unsupported_grant_type"}`, http.StatusBadRequest)
}
