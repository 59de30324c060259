// Package handbuilt is a hand-written authorization server whose token
// endpoint switches on the request's grant_type and answers "password".
package handbuilt

import (
	"encoding/json"
	"net/http"
)

type tokenServer struct {
	users map[string]string
}

func (s *tokenServer) token(w http.ResponseWriter, r *http.Request) {
	switch gt := r.PostFormValue("grant_type"); gt {
	case "authorization_code", "refresh_token":
		s.redeem(w, r)
	case "password": // want `this authorization server accepts the password grant: the token endpoint issues tokens for grant_type "password" \(switch case in token\); .*answer grant_type=password with unsupported_grant_type`
		if s.users[r.PostFormValue("username")] != r.PostFormValue("password") {
			http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
			return
		}
		s.issue(w, r.PostFormValue("username"))
	default:
		http.Error(w, `{"error":"unsupported_grant_type"}`, http.StatusBadRequest)
	}
}

func (s *tokenServer) redeem(w http.ResponseWriter, r *http.Request) { s.issue(w, "") }

func (s *tokenServer) issue(w http.ResponseWriter, sub string) {
	_ = json.NewEncoder(w).Encode(map[string]string{"access_token": "at-" + sub, "token_type": "Bearer"})
}

func Routes(mux *http.ServeMux, users map[string]string) {
	s := &tokenServer{users: users}
	mux.HandleFunc("/oauth/token", s.token)
}
