// Package handbuilt2 is a gin authorization endpoint that checks the
// method against an allow-list, a map with plain (package device: a
// literal list).
package handbuilt2

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

const MethodPlain = "plain"

var methods = map[string]bool{
	"S256":      true,
	MethodPlain: true, // want `this authorization server accepts code_challenge_method=plain: .*\(a table keyed by the value in Authorize\)`
}

func Authorize(c *gin.Context) {
	m := c.DefaultQuery("code_challenge_method", "S256")
	if !methods[m] {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
		return
	}
	c.Redirect(http.StatusFound, "https://app.example.com/cb?code=x")
}
