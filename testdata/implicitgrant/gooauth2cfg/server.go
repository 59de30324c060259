// Package gooauth2cfg builds go-oauth2's server.Config itself: a literal
// that lists oauth2.Token, one that does not, and one read from a file.
package gooauth2cfg

import (
	"encoding/json"
	"os"

	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

type App struct {
	srv *server.Server
}

func NewApp(m *manage.Manager) *App {
	return &App{srv: server.NewServer(&server.Config{
		TokenType:            "Bearer",
		AllowedResponseTypes: []oauth2.ResponseType{oauth2.Code, oauth2.Token}, // want `this authorization server allows the implicit grant for every client: AllowedResponseTypes includes token`
		AllowedGrantTypes:    []oauth2.GrantType{oauth2.AuthorizationCode},
		ForcePKCE:            true,
	}, m)}
}

// NewLocal keeps the literal in a variable and hands its address to the
// constructor: the literal still decides.
func NewLocal(m *manage.Manager) *server.Server {
	cfg := server.Config{
		TokenType:            "Bearer",
		AllowedResponseTypes: []oauth2.ResponseType{oauth2.Code, oauth2.Token}, // want `this authorization server allows the implicit grant for every client: AllowedResponseTypes includes token`
		AllowedGrantTypes:    []oauth2.GrantType{oauth2.AuthorizationCode, oauth2.Refreshing},
		ForcePKCE:            true,
	}
	return server.NewServer(&cfg, m)
}

// NewOverridable starts from a literal, then lets a file override it:
// what the server allows is the file's business, unknown, silent.
func NewOverridable(path string, m *manage.Manager) (*server.Server, error) {
	cfg := server.Config{
		TokenType:            "Bearer",
		AllowedResponseTypes: []oauth2.ResponseType{oauth2.Code, oauth2.Token},
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &cfg); err != nil {
		return nil, err
	}
	return server.NewServer(&cfg, m), nil
}

var codeOnly = []oauth2.ResponseType{oauth2.Code}

func NewStrict(m *manage.Manager) *server.Server {
	cfg := server.NewConfig()
	cfg.AllowedResponseTypes = codeOnly
	return server.NewServer(cfg, m)
}

// FromFile: the configuration comes from a file, unknown, silent.
func FromFile(path string, m *manage.Manager) (*server.Server, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cfg server.Config
	if err := json.Unmarshal(data, &cfg); err != nil {
		return nil, err
	}
	return server.NewServer(&cfg, m), nil
}
