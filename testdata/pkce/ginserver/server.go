// Package ginserver: gin-server keeps NewDefaultServer's ForcePKCE false
// unless the program sets it on the server InitServer returns.
package ginserver

import (
	ginserver "github.com/go-oauth2/gin-server"
	"github.com/go-oauth2/oauth2/v4"
)

func Default(m oauth2.Manager) {
	ginserver.InitServer(m) // want `this authorization server lets public clients skip PKCE: ginserver.InitServer \(server.NewDefaultServer\) leaves ForcePKCE false; .*set ForcePKCE: true`
	ginserver.SetAllowedResponseType(oauth2.Code)
}
