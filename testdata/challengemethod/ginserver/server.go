// Package ginserver: gin-server keeps NewDefaultServer's code challenge
// methods (plain and S256); a second setup allows only S256.
package ginserver

import (
	ginserver "github.com/go-oauth2/gin-server"
	"github.com/go-oauth2/oauth2/v4"
)

func Default(m oauth2.Manager) {
	ginserver.InitServer(m) // want `this authorization server accepts code_challenge_method=plain: ginserver.InitServer \(server.NewDefaultServer\) allows code challenge methods plain and S256 by default`
}
