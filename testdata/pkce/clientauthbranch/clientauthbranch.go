// Package clientauthbranch: a gin token endpoint that dispatches on
// grant_type and hands each grant to a function of its own. The code
// grant's function binds the request (client_secret required) and
// refuses it unless the secret equals the registered client's: only
// confidential clients redeem codes, so the missing PKCE is left to
// -pkce.confidential. The refresh grant, which asks no secret, redeems no
// code.
package clientauthbranch

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"

	"github.com/gin-gonic/gin"
)

type registered struct {
	ID     string
	Secret *string
}

type issued struct {
	Client *registered
	User   string
}

type codeExchange struct {
	Code         string `form:"code" binding:"required"`
	ClientID     string `form:"client_id" binding:"required"`
	ClientSecret string `form:"client_secret" binding:"required"`
}

var codes = map[string]*issued{}

func random() string {
	b := make([]byte, 20)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func Authorize(c *gin.Context) {
	code := random()
	codes[code] = &issued{Client: &registered{ID: c.Query("client_id")}, User: "alice"}
	c.Redirect(http.StatusFound, "https://app.example.com/cb?code="+code)
}

func Token(c *gin.Context) {
	switch c.Query("grant_type") {
	case "authorization_code":
		redeemCode(c)
		return
	case "refresh_token":
		c.JSON(http.StatusOK, gin.H{"access_token": random(), "token_type": "Bearer"})
		return
	}
	c.JSON(http.StatusBadRequest, gin.H{"error": "unsupported_grant_type"})
}

func redeemCode(c *gin.Context) {
	var req codeExchange
	if err := c.ShouldBindQuery(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
		return
	}
	got := codes[req.Code]
	if got == nil || got.Client.ID != req.ClientID {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_grant"})
		return
	}
	if *got.Client.Secret != req.ClientSecret {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid_client"})
		return
	}
	delete(codes, req.Code)
	c.JSON(http.StatusOK, gin.H{"access_token": random(), "token_type": "Bearer"})
}
