// Package legacy is the old gin authorization server of the same
// module: code grant only, and no PKCE at all.
package legacy

import (
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

type tokenReply struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
}

func Routes(r *gin.Engine, codes map[string]string, newToken func() string) {
	r.GET("/authorize", func(c *gin.Context) {
		code := newToken()
		codes[code] = "bob"
		q := url.Values{}
		q.Set("code", code)
		q.Set("state", c.Query("state"))
		c.Redirect(http.StatusFound, "https://app.example.com/cb?"+q.Encode())
	})
	r.POST("/token", func(c *gin.Context) {
		user, ok := codes[c.PostForm("code")] // want `this authorization server lets public clients skip PKCE: the token endpoint redeems the request's code`
		if !ok {
			c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_grant"})
			return
		}
		delete(codes, c.PostForm("code"))
		c.JSON(http.StatusOK, tokenReply{AccessToken: newToken() + user, TokenType: "Bearer"})
	})
}
