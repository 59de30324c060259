// A gin API whose handler logs the caller's token with logrus (reported),
// and logs the caller's identity instead (silent).
package authheader2

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/sirupsen/logrus"
)

func whoami(c *gin.Context) {
	tok := strings.TrimSpace(strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer"))
	logrus.WithField("token", tok).Info("whoami") // want `request's Authorization header written to a log`
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func whoamiQuiet(c *gin.Context) {
	user := c.GetString("user")
	logrus.WithField("user", user).WithField("has_auth", c.GetHeader("Authorization") != "").Info("whoami")
	c.JSON(http.StatusOK, gin.H{"ok": true})
}
