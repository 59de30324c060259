// Package servergetgooauth2 builds go-oauth2 servers: a setter and a
// field assignment that take token requests by GET (reported), the
// defaults and an explicit false (silent).
package servergetgooauth2

import (
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

type Issuer struct{ srv *server.Server }

func NewIssuer(m *manage.Manager) *Issuer {
	srv := server.NewDefaultServer(m)
	srv.SetAllowedGrantType("authorization_code", "refresh_token")
	srv.SetAllowGetAccessRequest(true) // want `this authorization server accepts token requests by GET: it calls SetAllowGetAccessRequest\(true\)`
	return &Issuer{srv: srv}
}

func NewLegacy(m *manage.Manager) *server.Server {
	cfg := server.NewConfig()
	cfg.AllowGetAccessRequest = true // want `this authorization server accepts token requests by GET: it sets AllowGetAccessRequest to true`
	return server.NewServer(cfg, m)
}

func NewStrict(m *manage.Manager) *server.Server {
	srv := server.NewDefaultServer(m)
	srv.SetAllowGetAccessRequest(false)
	return srv
}

func NewPlain(m *manage.Manager) *server.Server {
	return server.NewServer(server.NewConfig(), m)
}
