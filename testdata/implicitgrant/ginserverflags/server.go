// Package ginserverflags takes the response types from its caller (a
// configuration file): unknown, silent.
package ginserverflags

import (
	ginserver "github.com/go-oauth2/gin-server"
	"github.com/go-oauth2/oauth2/v4"
)

func Setup(m oauth2.Manager, allowed []oauth2.ResponseType) {
	ginserver.InitServer(m)
	ginserver.SetAllowedResponseType(allowed...)
}
