// Package token is a client-credentials token server on go-oauth2 with
// its defaults, in exported variables. It serves only the token
// endpoint and installs no user authorization handler: no code is ever
// issued, so its redirect validator and PKCE defaults are moot (silent).
package token

import (
	"github.com/go-oauth2/oauth2/v4/generates"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
	"github.com/go-oauth2/oauth2/v4/store"
)

var (
	Manager = manage.NewDefaultManager()
	Server  = server.NewServer(server.NewConfig(), Manager)
	Clients = store.NewClientStore()
)

func init() {
	Manager.SetClientTokenCfg(manage.DefaultClientTokenCfg)
	Manager.MustTokenStorage(store.NewMemoryTokenStore())
	Manager.MapAccessGenerate(generates.NewAccessGenerate())
	Manager.MapClientStorage(Clients)
}
