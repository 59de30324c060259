// Package handlersnone makes a default go-oauth2 server and installs none
// of its handlers: its importer does (the user authorization handler
// included, as far as this package can tell), so the defaults it keeps
// are reported.
package handlersnone

import (
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

func New(m *manage.Manager) *server.Server {
	return server.NewServer(server.NewConfig(), m) // want `this authorization server allows the implicit grant for every client: server.NewConfig allows response types code and token by default`
}
