// The same with gin's GetHeader and strings.Fields, indexed in place,
// logged with log/slog (reported); the field count alone is fine.
package authsplit2

import (
	"log/slog"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func RequireToken(c *gin.Context) {
	fs := strings.Fields(c.GetHeader("Authorization"))
	slog.Debug("authorization header", "fields", len(fs))
	if len(fs) != 2 || !strings.EqualFold(fs[0], "bearer") {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	slog.Info("token received", "value", strings.Fields(c.GetHeader("Authorization"))[1]) // want `request's Authorization header written to a log`
	c.Next()
}
