// Package sessioncallback is a gin web app whose callback keeps the token
// in a gin-contrib session but never reads the state (reported: the
// session store reads its cookie, not the state). The linking callback
// compares the state kept in the session (silent).
package sessioncallback

import (
	"crypto/rand"
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "web",
	ClientSecret: "from-env",
	RedirectURL:  "https://app.example.com/callback",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
}

func login(c *gin.Context) {
	st := rand.Text()
	s := sessions.Default(c)
	s.Set("state", st)
	_ = s.Save()
	c.Redirect(http.StatusFound, conf.AuthCodeURL(st))
}

func callback(c *gin.Context) {
	tok, err := conf.Exchange(c.Request.Context(), c.Query("code")) // want `callback exchanges the code without checking state`
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	s := sessions.Default(c)
	s.Set("access_token", tok.AccessToken)
	_ = s.Save()
	c.Redirect(http.StatusFound, "/")
}

func link(c *gin.Context) {
	s := sessions.Default(c)
	want, _ := s.Get("state").(string)
	if want == "" || c.Query("state") != want {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	if _, err := conf.Exchange(c.Request.Context(), c.Query("code")); err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
	}
}

func Routes(r *gin.Engine) {
	r.GET("/login", login)
	r.GET("/callback", callback)
	r.GET("/link/callback", link)
}
