// Command ginnouser routes gin-server's authorization endpoint without a
// user handler: every authorization request is denied, so the plain
// challenge method it would accept is never used.
package main

import (
	"github.com/gin-gonic/gin"
	ginserver "github.com/go-oauth2/gin-server"
	"github.com/go-oauth2/oauth2/v4/manage"
)

func main() {
	ginserver.InitServer(manage.NewDefaultManager())
	r := gin.Default()
	r.GET("/oauth2/authorize", ginserver.HandleAuthorizeRequest)
	r.POST("/oauth2/token", ginserver.HandleTokenRequest)
	_ = r.Run(":9096")
}
