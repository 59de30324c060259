// A go-oauth2 server with two clients, one whose Domain has a host and
// one whose Domain, a host and port without a scheme, has none once
// parsed: the default check lets every URI through for the second.
package gooauth2nodomain2

import (
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/models"
	"github.com/go-oauth2/oauth2/v4/server"
	"github.com/go-oauth2/oauth2/v4/store"
)

// HostPort registers its client with a host and port but no scheme,
// which url.Parse reads as a scheme and an opaque part: no host.
func HostPort() *server.Server {
	manager := manage.NewDefaultManager() // want `; the client registered at line 19 has Domain "localhost:9094", which has no host once parsed, so every redirect_uri passes`
	cs := store.NewClientStore()
	_ = cs.Set("web", &models.Client{ID: "web", Secret: "s1", Domain: "https://web.example.com"})
	_ = cs.Set("cli", &models.Client{
		ID:     "cli",
		Secret: "s3",
		Domain: "localhost:9094",
	})
	manager.MapClientStorage(cs)
	return server.NewDefaultServer(manager)
}
