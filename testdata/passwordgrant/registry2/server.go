// Package registry2 keeps its grant processors in a field of the server
// and fills it through a registration method, as pluggable hand-written
// servers do.
package registry2

import (
	"encoding/json"
	"net/http"
)

const (
	GrantCode     = "authorization_code"
	GrantPassword = "password"
	GrantRefresh  = "refresh_token"
)

type Processor func(s *Server, w http.ResponseWriter, r *http.Request)

type Server struct {
	processors map[string]Processor
}

func NewServer() *Server {
	s := &Server{processors: map[string]Processor{}}
	s.Register(GrantRefresh, refresh)
	s.Register(GrantPassword, password) // want `this authorization server accepts the password grant: the token endpoint issues tokens for grant_type "password" \(a table keyed by the value in ServeToken\)`
	return s
}

// Register adds (or, with nil, removes) the processor of a grant type.
func (s *Server) Register(grantType string, p Processor) {
	s.processors[grantType] = p
}

func (s *Server) ServeToken(w http.ResponseWriter, r *http.Request) {
	gt := r.FormValue("grant_type")
	p := s.processors[gt]
	if p == nil {
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]string{"error": "unsupported_grant_type"})
		return
	}
	p(s, w, r)
}

func refresh(s *Server, w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(map[string]string{"access_token": "r"})
}

func password(s *Server, w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(map[string]string{"access_token": r.FormValue("username")})
}
