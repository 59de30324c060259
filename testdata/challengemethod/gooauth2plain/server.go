// Package gooauth2plain: go-oauth2's default accepts plain; a server
// that lists only S256 does not.
package gooauth2plain

import (
	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

func Default(m *manage.Manager) *server.Server {
	return server.NewDefaultServer(m) // want `this authorization server accepts code_challenge_method=plain: server.NewDefaultServer allows code challenge methods plain and S256 by default; .*AllowedCodeChallengeMethods: \[\]oauth2.CodeChallengeMethod\{oauth2.CodeChallengeS256\}`
}

func S256Only(m *manage.Manager) *server.Server {
	cfg := server.NewConfig()
	cfg.AllowedCodeChallengeMethods = []oauth2.CodeChallengeMethod{oauth2.CodeChallengeS256}
	cfg.ForcePKCE = true
	return server.NewServer(cfg, m)
}
