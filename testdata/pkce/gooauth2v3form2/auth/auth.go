// Package auth is gooauth2v3form written differently: the form handler
// is assigned to the server's field, in a service that keeps the server
// in a struct and registers a client from its own configuration. Silent.
package auth

import (
	"github.com/go-oauth2/oauth2/manage"
	"github.com/go-oauth2/oauth2/models"
	"github.com/go-oauth2/oauth2/server"
	"github.com/go-oauth2/oauth2/store"
)

type Settings struct {
	ClientID, ClientSecret, Domain string
}

type Service struct {
	srv *server.Server
}

func New(s Settings) *Service {
	mgr := manage.NewDefaultManager()
	clients := store.NewClientStore()
	clients.Set(s.ClientID, &models.Client{ID: s.ClientID, Secret: s.ClientSecret, Domain: s.Domain})
	mgr.MapClientStorage(clients)
	svc := &Service{srv: server.NewDefaultServer(mgr)}
	svc.srv.ClientInfoHandler = server.ClientFormHandler
	svc.srv.SetAllowedResponseType("code")
	return svc
}

func (s *Service) Server() *server.Server { return s.srv }
