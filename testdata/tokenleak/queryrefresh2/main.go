// Command queryrefresh2: a gin token service whose refresh endpoint takes
// the refresh token from the query string (reported); the code exchange
// reads its form (silent).
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type tokens interface {
	Refresh(rt string) (string, error)
	Redeem(code string) (string, error)
}

func routes(r *gin.Engine, svc tokens) {
	r.GET("/oauth/refresh", func(c *gin.Context) {
		at, err := svc.Refresh(c.Query("refresh_token")) // want `accepts token requests by GET`
		if err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_grant"})
			return
		}
		c.JSON(http.StatusOK, gin.H{"access_token": at, "token_type": "Bearer"})
	})
	r.POST("/oauth/token", func(c *gin.Context) {
		if c.PostForm("grant_type") != "authorization_code" {
			c.JSON(http.StatusBadRequest, gin.H{"error": "unsupported_grant_type"})
			return
		}
		at, err := svc.Redeem(c.PostForm("code"))
		if err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_grant"})
			return
		}
		c.JSON(http.StatusOK, gin.H{"access_token": at, "token_type": "Bearer"})
	})
}

func main() {
	r := gin.Default()
	routes(r, nil)
	r.Run(":8080")
}
