// Package main keeps gin-server's default grants (NewDefaultServer's,
// password included) and installs a password handler through the
// wrapper's package-level setter, which makes the grant usable.
package main

import (
	"context"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	ginserver "github.com/go-oauth2/gin-server"
	"github.com/go-oauth2/oauth2/v4/manage"
)

func main() {
	ginserver.InitServer(manage.NewDefaultManager())
	ginserver.SetPasswordAuthorizationHandler(func(ctx context.Context, clientID, username, password string) (string, error) { // want `this authorization server accepts the password grant for every client: ginserver.InitServer \(server.NewDefaultServer\) allows the password grant by default, and SetPasswordAuthorizationHandler makes it usable`
		if username == "admin" && password == "admin" {
			return "1", nil
		}
		return "", errors.New("denied")
	})
	ginserver.SetUserAuthorizationHandler(func(w http.ResponseWriter, r *http.Request) (string, error) {
		return r.Header.Get("X-User"), nil
	})
	r := gin.New()
	r.POST("/token", ginserver.HandleTokenRequest)
	_ = r.Run()
}
