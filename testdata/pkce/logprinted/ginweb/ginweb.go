// Package ginweb: a server-side web app on gin whose login handlers log
// the authorization URL with the standard logger before redirecting the
// browser to it: a server's log line, not a prompt on a terminal, so the
// app is not taken for a native client (silent).
package ginweb

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"
)

type site struct{ oauth *oauth2.Config }

func (s *site) login(c *gin.Context) {
	state, _ := c.Cookie("login_state")
	dest := s.oauth.AuthCodeURL(state)
	log.Printf("login: sending %s to %s", c.ClientIP(), dest)
	c.Redirect(http.StatusFound, dest)
}

func Routes(r *gin.Engine, conf *oauth2.Config) {
	s := &site{oauth: conf}
	r.GET("/login", s.login)
}

// loginURL hands the URL to the single-page front end as JSON, logging it
// first: still a server, not a terminal prompt.
func (s *site) loginURL(c *gin.Context) {
	state, _ := c.Cookie("login_state")
	u := s.oauth.AuthCodeURL(state, oauth2.AccessTypeOnline)
	log.Println("issued login URL", u)
	c.JSON(http.StatusOK, gin.H{"url": u})
}

func APIRoutes(r *gin.Engine, conf *oauth2.Config) {
	s := &site{oauth: conf}
	r.GET("/api/login-url", s.loginURL)
}
