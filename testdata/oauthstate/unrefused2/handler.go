// Package unrefused2 reads the state into a variable, compares it with
// the session's on gin and answers 400 on a mismatch without returning,
// so the code below is still exchanged: reported. The variant that
// aborts is silent.
package unrefused2

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"
)

type Auth struct {
	OAuth *oauth2.Config
}

func (a *Auth) Finish(c *gin.Context) {
	got := c.Query("state")
	want, _ := c.Cookie("oauth_state")
	if want == "" || got != want {
		c.JSON(http.StatusBadRequest, gin.H{"error": "state mismatch"})
	}
	tok, err := a.OAuth.Exchange(c, c.Query("code")) // want `state check that refuses nothing`
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "exchange failed"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"expires": tok.Expiry})
}

func (a *Auth) FinishAborting(c *gin.Context) {
	got := c.Query("state")
	want, _ := c.Cookie("oauth_state")
	if want == "" || got != want {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "state mismatch"})
		return
	}
	tok, err := a.OAuth.Exchange(c, c.Query("code"))
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "exchange failed"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"expires": tok.Expiry})
}
