// Package nocode: a go-oauth2 server for machines. It allows only the
// client credentials and refresh grants and the code response type it
// never redeems, so no code is ever exchanged and nothing is ever sent to
// a redirect URI: the manager's default redirect validator, the default
// ForcePKCE false and plain PKCE decide nothing, and no rule reports them.
package nocode

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
	"github.com/go-oauth2/oauth2/v4/store"
)

type TokenService struct {
	srv *server.Server
}

func NewTokenService(clients *store.ClientStore) *TokenService {
	manager := manage.NewDefaultManager()
	manager.MustTokenStorage(store.NewMemoryTokenStore())
	manager.MapClientStorage(clients)

	srv := server.NewDefaultServer(manager)
	srv.SetAllowedGrantType(oauth2.ClientCredentials, oauth2.Refreshing)
	srv.SetAllowedResponseType(oauth2.Code)
	return &TokenService{srv: srv}
}

func (s *TokenService) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := s.srv.HandleTokenRequest(w, r); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	}
}

// NewMachineServer hands its server to the caller, who may serve any of
// its endpoints; its only grant is still client_credentials.
func NewMachineServer(manager *manage.Manager) *server.Server {
	s := server.NewDefaultServer(manager)
	s.SetAllowedGrantType(oauth2.ClientCredentials)
	s.SetAllowedResponseType(oauth2.Code)
	return s
}
