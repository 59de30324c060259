// Package registrysafe registers its grant processors the same way, but
// switches the password grant off: only client credentials and refresh
// tokens are served.
package registrysafe

import (
	"encoding/json"
	"net/http"
)

type processor func(w http.ResponseWriter, r *http.Request)

type Server struct{ byGrant map[string]processor }

func (s *Server) handle(grant string, p processor) { s.byGrant[grant] = p }

func New() *Server {
	s := &Server{byGrant: make(map[string]processor)}
	s.handle("client_credentials", machine)
	s.handle("refresh_token", machine)
	s.handle("password", nil) // legacy clients are told to move to the code flow
	return s
}

func (s *Server) Token(w http.ResponseWriter, r *http.Request) {
	if p := s.byGrant[r.PostFormValue("grant_type")]; p != nil {
		p(w, r)
		return
	}
	http.Error(w, `{"error":"unsupported_grant_type"}`, http.StatusBadRequest)
}

func machine(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(map[string]string{"access_token": "m." + r.PostFormValue("client_id")})
}
