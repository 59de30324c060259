// Package gooauth2default keeps go-oauth2's default redirect URI
// validator in one manager and replaces it with an exact one in another.
package gooauth2default

import (
	"github.com/go-oauth2/oauth2/v4/errors"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
	"github.com/go-oauth2/oauth2/v4/store"
)

func Loose() *server.Server {
	manager := manage.NewDefaultManager() // want `this authorization server does not compare redirect URIs exactly: manage.NewDefaultManager keeps manage.DefaultValidateURI, which accepts any redirect_uri whose host ends with the client's registered host`
	manager.MapClientStorage(store.NewClientStore())
	return server.NewServer(server.NewConfig(), manager)
}

type app struct {
	manager *manage.Manager
}

func Exact() *app {
	a := &app{manager: manage.NewManager()}
	a.manager.SetValidateURIHandler(exactURI)
	return a
}

func exactURI(registered, requested string) error {
	if requested != registered {
		return errors.ErrInvalidRedirectURI
	}
	return nil
}
