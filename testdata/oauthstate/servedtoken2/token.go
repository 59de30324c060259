// Package servedtoken2 is servedtoken written another way: a gin token
// endpoint that copies the form it serves into url.Values before
// handing it to its grant logic (silent).
package servedtoken2

import (
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

func grant(form url.Values) (string, error) { return "issued", nil }

func Token(c *gin.Context) {
	form := url.Values{}
	form.Set("grant_type", c.PostForm("grant_type"))
	form.Set("code", c.PostForm("code"))
	form.Set("redirect_uri", c.PostForm("redirect_uri"))
	tok, err := grant(form)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_grant"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"access_token": tok, "token_type": "Bearer"})
}
