// Package tokenonlyprivate keeps its go-oauth2 server in an unexported
// field of a service that other packages construct: they can reach only
// its token endpoint, and no user authorization handler is installed
// (silent).
package tokenonlyprivate

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
	"github.com/go-oauth2/oauth2/v4/store"
)

type Service struct {
	srv *server.Server
}

func New() *Service {
	mgr := manage.NewDefaultManager()
	mgr.MustTokenStorage(store.NewMemoryTokenStore())
	mgr.MapClientStorage(store.NewClientStore())
	s := server.NewDefaultServer(mgr)
	s.SetClientInfoHandler(server.ClientFormHandler)
	return &Service{srv: s}
}

func (s *Service) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := s.srv.HandleTokenRequest(w, r); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	}
}
