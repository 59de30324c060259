// Package bff is a backend for a browser app: its callback reads the
// code and hands it to a redeemer of another package, then returns the
// token to the app. It issues no codes: no authorization server.
package bff

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type Redeemer interface {
	Redeem(code string) (string, error)
}

func Routes(r *gin.Engine, p Redeemer) {
	r.GET("/callback", func(c *gin.Context) {
		if c.Query("state") == "" {
			c.Redirect(http.StatusFound, "/login")
			return
		}
		access, err := p.Redeem(c.Query("code"))
		if err != nil {
			c.JSON(http.StatusBadGateway, gin.H{"error": err.Error()})
			return
		}
		c.JSON(http.StatusOK, gin.H{"access_token": access})
	})
}
