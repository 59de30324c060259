// go-oauth2 servers that keep the default redirect URI check for clients
// registered without a usable Domain: the check compares the requested
// host's suffix with an empty host, which every host has.
package gooauth2nodomain

import (
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/models"
	"github.com/go-oauth2/oauth2/v4/server"
	"github.com/go-oauth2/oauth2/v4/store"
)

// NoDomain registers its client without a Domain.
func NoDomain() *server.Server {
	clients := store.NewClientStore()
	_ = clients.Set("portal", &models.Client{ID: "portal", Secret: "portal-secret"})
	manager := manage.NewDefaultManager() // want `manage.NewDefaultManager keeps manage.DefaultValidateURI, which accepts any redirect_uri whose host ends with the client's registered host, on any path; the client registered at line 16 sets no Domain, so every redirect_uri passes, whatever its host`
	manager.MapClientStorage(clients)
	return server.NewDefaultServer(manager)
}
