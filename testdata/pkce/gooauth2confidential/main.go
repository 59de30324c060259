// Package gooauth2confidential registers only clients with a secret, in
// code: none of them is public, so go-oauth2's optional PKCE is not
// reported (without -pkce.confidential).
package gooauth2confidential

import (
	"os"

	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/models"
	"github.com/go-oauth2/oauth2/v4/server"
	"github.com/go-oauth2/oauth2/v4/store"
)

type app struct {
	srv *server.Server
}

func newApp() *app {
	cs := store.NewClientStore()
	cs.Set("reports", &models.Client{ID: "reports", Secret: "reports-dev-secret", Domain: "https://reports.example.com", Public: false})
	cs.Set("billing", &models.Client{ID: "billing", Secret: "s3cr3t-from-vault-template", Domain: "https://billing.example.com"})
	m := manage.NewDefaultManager()
	m.MapClientStorage(cs)
	m.SetValidateURIHandler(func(registered, requested string) error {
		if registered != requested {
			return os.ErrInvalid
		}
		return nil
	})
	a := &app{srv: server.NewDefaultServer(m)}
	a.srv.SetAllowedResponseType("code")
	a.srv.SetAllowedGrantType("authorization_code")
	a.srv.Config.AllowedCodeChallengeMethods = nil
	return a
}
