// Package ginserverapp keeps the server ginserver.InitServer returns in a
// field and lists the token response type itself, through the wrapper's
// package-level setter called from another function.
package ginserverapp

import (
	ginserver "github.com/go-oauth2/gin-server"
	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/server"
)

type App struct {
	oauth *server.Server
}

func NewApp(m oauth2.Manager) *App {
	a := &App{oauth: ginserver.InitServer(m)}
	configure()
	return a
}

func configure() {
	ginserver.SetTokenType("Bearer")
	ginserver.SetAllowedResponseType(oauth2.Code, oauth2.Token) // want `this authorization server allows the implicit grant for every client: SetAllowedResponseType includes token`
}
