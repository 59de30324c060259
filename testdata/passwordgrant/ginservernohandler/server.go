// Package ginservernohandler keeps the default grants without a password
// handler: the default handler refuses every user. Silent.
package ginservernohandler

import (
	ginserver "github.com/go-oauth2/gin-server"
	"github.com/go-oauth2/oauth2/v4"
)

func Setup(m oauth2.Manager) {
	ginserver.InitServer(m)
	ginserver.SetTokenType("Bearer")
}
