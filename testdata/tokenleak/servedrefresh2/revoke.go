// Package servedrefresh2 is a revocation endpoint that logs the token
// it was asked to revoke (reported), and its type hint (silent).
package servedrefresh2

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/rs/zerolog/log"
)

func Revoke(c *gin.Context) {
	rt := c.PostForm("refresh_token")
	log.Info().Str("hint", c.PostForm("token_type_hint")).Msg("revoke")
	if rt == "" {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	log.Debug().Str("token", rt).Msg("revoking") // want `refresh token written to a log`
	c.Status(http.StatusOK)
}
