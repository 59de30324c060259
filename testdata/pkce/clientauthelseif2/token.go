// Package clientauthelseif2: a token endpoint whose secret check is the
// else-if of a lookup, written with a constant-time comparison of the
// bound, required secret: silent.
package clientauthelseif2

import (
	"crypto/rand"
	"crypto/subtle"

	"github.com/gin-gonic/gin"
)

type grant struct {
	Code   string `form:"code" binding:"required"`
	Client string `form:"client_id" binding:"required"`
	Secret string `form:"client_secret" binding:"required"`
}

var secrets = map[string]string{}
var codes = map[string]string{}

func Token(c *gin.Context) {
	if c.PostForm("grant_type") != "authorization_code" {
		c.JSON(400, gin.H{"error": "unsupported_grant_type"})
		return
	}
	var g grant
	if c.ShouldBind(&g) != nil {
		c.JSON(400, gin.H{"error": "invalid_request"})
		return
	}
	if stored, ok := secrets[g.Client]; !ok {
		c.JSON(401, gin.H{"error": "invalid_client"})
		return
	} else if subtle.ConstantTimeCompare([]byte(stored), []byte(g.Secret)) != 1 {
		c.JSON(401, gin.H{"error": "invalid_client"})
		return
	}
	if codes[g.Code] != g.Client {
		c.JSON(400, gin.H{"error": "invalid_grant"})
		return
	}
	delete(codes, g.Code)
	c.JSON(200, gin.H{"access_token": rand.Text(), "token_type": "Bearer"})
}
