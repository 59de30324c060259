// Package server is a stub of github.com/go-oauth2/oauth2/server at
// v3.9.2+incompatible (server/config.go, server.go, server_config.go,
// handler.go): the declarations fixtures use, with the release's
// signatures and NewConfig's defaults. The real module does not build
// here: it imports gopkg.in/oauth2.v3, which the proxy does not serve.
package server

import (
	"errors"
	"net/http"

	"gopkg.in/oauth2.v3"
)

type Config struct {
	TokenType             string
	AllowGetAccessRequest bool
	AllowedResponseTypes  []oauth2.ResponseType
	AllowedGrantTypes     []oauth2.GrantType
}

func NewConfig() *Config {
	return &Config{
		TokenType:            "Bearer",
		AllowedResponseTypes: []oauth2.ResponseType{oauth2.Code, oauth2.Token},
		AllowedGrantTypes: []oauth2.GrantType{
			oauth2.AuthorizationCode,
			oauth2.PasswordCredentials,
			oauth2.ClientCredentials,
			oauth2.Refreshing,
		},
	}
}

type PasswordAuthorizationHandler func(username, password string) (userID string, err error)

// ClientInfoHandler get client info from request
type ClientInfoHandler func(r *http.Request) (clientID, clientSecret string, err error)

// errInvalidClient stands for errors.ErrInvalidClient (the stub keeps
// handler.go's behaviour without the errors package).
var errInvalidClient = errors.New("invalid_client")

// ClientFormHandler get client data from form (v3.9.2: a request
// without client_secret is refused).
func ClientFormHandler(r *http.Request) (clientID, clientSecret string, err error) {
	clientID = r.Form.Get("client_id")
	clientSecret = r.Form.Get("client_secret")
	if clientID == "" || clientSecret == "" {
		err = errInvalidClient
	}
	return
}

// ClientBasicHandler get client data from basic authorization
func ClientBasicHandler(r *http.Request) (clientID, clientSecret string, err error) {
	username, password, ok := r.BasicAuth()
	if !ok {
		err = errInvalidClient
		return
	}
	clientID = username
	clientSecret = password
	return
}

type Server struct {
	Config                       *Config
	Manager                      oauth2.Manager
	PasswordAuthorizationHandler PasswordAuthorizationHandler
	ClientInfoHandler            ClientInfoHandler
}

func NewDefaultServer(manager oauth2.Manager) *Server {
	return NewServer(NewConfig(), manager)
}

func NewServer(cfg *Config, manager oauth2.Manager) *Server {
	return &Server{Config: cfg, Manager: manager, ClientInfoHandler: ClientBasicHandler}
}

func (s *Server) SetAllowGetAccessRequest(allow bool) { s.Config.AllowGetAccessRequest = allow }

func (s *Server) SetAllowedResponseType(types ...oauth2.ResponseType) {
	s.Config.AllowedResponseTypes = types
}

func (s *Server) SetAllowedGrantType(types ...oauth2.GrantType) { s.Config.AllowedGrantTypes = types }

func (s *Server) SetPasswordAuthorizationHandler(handler PasswordAuthorizationHandler) {
	s.PasswordAuthorizationHandler = handler
}

// SetClientInfoHandler get client info from request
func (s *Server) SetClientInfoHandler(handler ClientInfoHandler) {
	s.ClientInfoHandler = handler
}
