// Package handlerspkg builds the program's go-oauth2 server with its
// defaults and installs its handlers itself: the password handler, the
// error handlers, but no UserAuthorizationHandler. The default one
// answers every authorization request with access_denied, so whatever the
// response types, redirect validator and PKCE settings, the authorization
// endpoint issues nothing: silent here (passwordgrant reports the
// password grant it does make usable).
package handlerspkg

import (
	"context"
	"log"

	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/errors"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

type Users interface {
	Check(ctx context.Context, name, password string) (string, error)
}

func New(users Users, clients oauth2.ClientStore) *server.Server {
	manager := manage.NewDefaultManager()
	manager.MapClientStorage(clients)
	srv := server.NewServer(server.NewConfig(), manager)
	srv.SetPasswordAuthorizationHandler(func(ctx context.Context, clientID, username, password string) (string, error) {
		return users.Check(ctx, username, password)
	})
	srv.SetInternalErrorHandler(func(err error) *errors.Response {
		log.Println("oauth:", err)
		return nil
	})
	return srv
}
