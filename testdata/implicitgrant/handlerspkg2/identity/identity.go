// Package identity is handlerspkg written differently: a service type
// whose constructor keeps a default server in a field and whose other
// method installs the password handler by assigning the server's field.
// The package installs the server's handlers itself and no user
// authorization handler: its authorization endpoint issues nothing.
package identity

import (
	"context"
	"errors"

	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
	"github.com/go-oauth2/oauth2/v4/store"
)

type Service struct {
	OAuth *server.Server
	hash  map[string]string
}

func NewService() *Service {
	mgr := manage.NewDefaultManager()
	mgr.MustTokenStorage(store.NewMemoryTokenStore())
	s := &Service{OAuth: server.NewDefaultServer(mgr), hash: map[string]string{}}
	s.wire()
	return s
}

func (s *Service) wire() {
	s.OAuth.PasswordAuthorizationHandler = s.login
}

func (s *Service) login(ctx context.Context, clientID, user, pass string) (string, error) {
	if s.hash[user] == "" || s.hash[user] != pass {
		return "", errors.New("bad credentials")
	}
	return user, nil
}
