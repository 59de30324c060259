// Package main runs go-oauth2 behind github.com/go-oauth2/gin-server:
// ginserver.InitServer makes the server with server.NewDefaultServer's
// defaults, and the program narrows the grants but not the response
// types, so the token response type stays allowed.
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
	ginserver "github.com/go-oauth2/gin-server"
	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/store"
)

func main() {
	manager := manage.NewDefaultManager()
	manager.MustTokenStorage(store.NewMemoryTokenStore())

	ginserver.InitServer(manager) // want `this authorization server allows the implicit grant for every client: ginserver.InitServer \(server.NewDefaultServer\) allows response types code and token by default`
	ginserver.SetAllowedGrantType(oauth2.AuthorizationCode, oauth2.Refreshing)
	ginserver.SetUserAuthorizationHandler(func(w http.ResponseWriter, r *http.Request) (string, error) {
		return r.Header.Get("X-User"), nil
	})

	g := gin.Default()
	auth := g.Group("/oauth2")
	auth.GET("/authorize", ginserver.HandleAuthorizeRequest)
	auth.POST("/token", ginserver.HandleTokenRequest)
	_ = g.Run(":9096")
}
