// Package device checks the method against a literal list with plain,
// the constant from another package.
package device

import (
	"net/http"
	"slices"

	"github.com/gin-gonic/gin"

	"example.com/fixtures/challengemethod/handbuilt2"
)

func AuthorizeDevice(c *gin.Context) {
	if !slices.Contains([]string{"S256", handbuilt2.MethodPlain}, c.Query("code_challenge_method")) { // want `accepts code_challenge_method=plain: .*\(the values it lets through in AuthorizeDevice\)`
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.String(http.StatusOK, "ok")
}
