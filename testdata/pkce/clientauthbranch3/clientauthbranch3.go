// Package clientauthbranch3: the same dispatch whose code grant's
// function compares the secret only when one is sent (an empty secret is
// a public client's, let through): public clients redeem codes without
// PKCE (reported).
package clientauthbranch3

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"

	"github.com/gin-gonic/gin"
)

type exchange struct {
	Code   string `form:"code"`
	ID     string `form:"client_id"`
	Secret string `form:"client_secret"`
}

var (
	secrets = map[string]string{}
	codes   = map[string]string{}
)

func random() string {
	b := make([]byte, 20)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func Authorize(c *gin.Context) {
	code := random()
	codes[code] = c.Query("client_id")
	c.Redirect(http.StatusFound, "https://app.example.com/cb?code="+code)
}

func Token(c *gin.Context) {
	switch c.PostForm("grant_type") {
	case "authorization_code": // want `this authorization server lets public clients skip PKCE: the token endpoint issues tokens for grant_type "authorization_code" \(switch case in Token\)`
		redeem(c)
	default:
		c.JSON(http.StatusBadRequest, gin.H{"error": "unsupported_grant_type"})
	}
}

func redeem(c *gin.Context) {
	var in exchange
	if err := c.ShouldBind(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
		return
	}
	if in.Secret != "" {
		if secrets[in.ID] != in.Secret {
			c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid_client"})
			return
		}
	}
	if codes[in.Code] != in.ID {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_grant"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"access_token": random(), "token_type": "Bearer"})
}
