// Package main serves go-oauth2 through gin-server and turns on token
// requests by GET with the wrapper's package-level setter (reported).
package main

import (
	"github.com/gin-gonic/gin"
	ginserver "github.com/go-oauth2/gin-server"
	"github.com/go-oauth2/oauth2/v4/manage"
)

const legacyClients = true

func main() {
	ginserver.InitServer(manage.NewDefaultManager())
	ginserver.SetAllowedGrantType("authorization_code")
	ginserver.SetAllowGetAccessRequest(legacyClients) // want `this authorization server accepts token requests by GET: it calls SetAllowGetAccessRequest\(true\)`
	r := gin.New()
	r.GET("/oauth/token", ginserver.HandleTokenRequest)
	r.POST("/oauth/token", ginserver.HandleTokenRequest)
	_ = r.Run(":9096")
}
