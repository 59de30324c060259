// Package tokenproxy2 is a gin gateway whose token endpoint switches on
// the posted grant_type and redeems an authorization code upstream: a
// token endpoint, silent.
package tokenproxy2

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"
)

type Gateway struct {
	Upstream *oauth2.Config
}

func (g *Gateway) Token(c *gin.Context) {
	switch c.PostForm("grant_type") {
	case "authorization_code":
		tok, err := g.Upstream.Exchange(c, c.PostForm("code"), oauth2.VerifierOption(c.PostForm("code_verifier")))
		if err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_grant"})
			return
		}
		c.JSON(http.StatusOK, gin.H{"access_token": tok.AccessToken, "token_type": "Bearer"})
	case "refresh_token":
		tok, err := g.Upstream.TokenSource(c, &oauth2.Token{RefreshToken: c.PostForm("refresh_token")}).Token()
		if err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_grant"})
			return
		}
		c.JSON(http.StatusOK, gin.H{"access_token": tok.AccessToken, "token_type": "Bearer"})
	default:
		c.JSON(http.StatusBadRequest, gin.H{"error": "unsupported_grant_type"})
	}
}
