// Package api serves the token endpoint of package tokens with gin; the
// decision is tokens', and reported there.
package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/fixtures/passwordgrant/handbuilt2/tokens"
)

func Token(c *gin.Context) {
	var f tokens.Form
	if err := c.ShouldBind(&f); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
		return
	}
	p, err := tokens.Issue(&f)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, gin.H{"access_token": p.Access, "refresh_token": p.Refresh})
}
