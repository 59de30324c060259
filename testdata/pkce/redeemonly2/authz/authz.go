// Package authz is a gin authorization server with the code grant only,
// whose token endpoint checks the PKCE verifier: it supports PKCE.
package authz

import (
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

type pending struct{ challenge, user string }

type tokenReply struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
}

func Routes(r *gin.Engine, codes map[string]pending, newToken func() string) {
	r.GET("/authorize", func(c *gin.Context) {
		code := newToken()
		codes[code] = pending{challenge: c.Query("code_challenge"), user: "bob"}
		q := url.Values{}
		q.Set("code", code)
		q.Set("state", c.Query("state"))
		c.Redirect(http.StatusFound, "https://app.example.com/cb?"+q.Encode())
	})
	r.POST("/token", func(c *gin.Context) {
		p, ok := codes[c.PostForm("code")]
		sum := sha256.Sum256([]byte(c.PostForm("code_verifier")))
		if !ok || base64.RawURLEncoding.EncodeToString(sum[:]) != p.challenge {
			c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_grant"})
			return
		}
		c.JSON(http.StatusOK, tokenReply{AccessToken: newToken(), TokenType: "Bearer"})
	})
}
