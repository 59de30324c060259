// Package ginserverforced sets ForcePKCE on the server gin-server returns,
// kept in a package variable. Silent.
package ginserverforced

import (
	ginserver "github.com/go-oauth2/gin-server"
	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/server"
)

var oauthServer *server.Server

func Init(m oauth2.Manager) {
	oauthServer = ginserver.InitServer(m)
	oauthServer.Config.ForcePKCE = true
}
