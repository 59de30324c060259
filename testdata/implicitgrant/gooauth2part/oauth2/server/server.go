// Package server is the copy's authorization server (go-oauth2 v4.5.4's
// server package, cut down): NewConfig allows response types code and
// token, the password grant and plain PKCE, and leaves ForcePKCE false.
package server

import (
	"net/http"

	"example.com/fixtures/implicitgrant/gooauth2part/oauth2"
	"example.com/fixtures/implicitgrant/gooauth2part/oauth2/manage"
)

type Config struct {
	TokenType                   string
	AllowGetAccessRequest       bool
	AllowedResponseTypes        []oauth2.ResponseType
	AllowedGrantTypes           []oauth2.GrantType
	AllowedCodeChallengeMethods []oauth2.CodeChallengeMethod
	ForcePKCE                   bool
}

func NewConfig() *Config {
	return &Config{
		TokenType:                   "Bearer",
		AllowedResponseTypes:        []oauth2.ResponseType{oauth2.Code, oauth2.Token},
		AllowedGrantTypes:           []oauth2.GrantType{oauth2.AuthorizationCode, oauth2.PasswordCredentials, oauth2.ClientCredentials, oauth2.Refreshing},
		AllowedCodeChallengeMethods: []oauth2.CodeChallengeMethod{oauth2.CodeChallengePlain, oauth2.CodeChallengeS256},
	}
}

type Server struct {
	Config  *Config
	Manager *manage.Manager
}

func NewDefaultServer(m *manage.Manager) *Server { return NewServer(NewConfig(), m) }

func NewServer(cfg *Config, m *manage.Manager) *Server { return &Server{Config: cfg, Manager: m} }

func (s *Server) HandleAuthorizeRequest(w http.ResponseWriter, r *http.Request) error { return nil }

func (s *Server) HandleTokenRequest(w http.ResponseWriter, r *http.Request) error { return nil }
