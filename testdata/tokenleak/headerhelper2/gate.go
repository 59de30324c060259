// The same leak through a method that cuts the scheme off with
// strings.CutPrefix and returns the token with an error, on gin, logged
// with slog.
package headerhelper2

import (
	"errors"
	"log/slog"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

var errNoBearer = errors.New("no bearer token")

type gate struct {
	introspect func(string) error
}

func (g *gate) credential(c *gin.Context) (string, error) {
	raw, ok := strings.CutPrefix(c.GetHeader("Authorization"), "Bearer ")
	if !ok {
		return "", errNoBearer
	}
	return raw, nil
}

func (g *gate) Handle(c *gin.Context) {
	cred, err := g.credential(c)
	if err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	if err := g.introspect(cred); err != nil {
		slog.Warn("introspection refused", "credential", cred, "err", err) // want `request's Authorization header written to a log`
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	slog.Info("authorized", "path", c.FullPath(), "bearer_len", len(cred))
	c.Next()
}
