// Package ownlink2 is a gin authorization server that logs, when it
// starts, a link to its own authorization endpoint with a fixed state
// and challenge, for a person to click (silent).
package ownlink2

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

type Server struct{ clients map[string]string }

func (s *Server) authorize(c *gin.Context) {
	id := c.Query("client_id")
	if _, ok := s.clients[id]; !ok {
		c.String(http.StatusBadRequest, "unknown client")
		return
	}
	c.Redirect(http.StatusFound, s.clients[id]+"?code=c0de&state="+c.Query("state"))
}

const demo = "http://127.0.0.1:9096/oauth/authorize?response_type=code&client_id=web&redirect_uri=http%3A%2F%2F127.0.0.1%3A9094%2Foauth2&state=demo&code_challenge=LQZxoESZIZMv7j_6u2jBWnivm0jsDelp3OLcKeo64S4&code_challenge_method=S256"

func (s *Server) Routes(r *gin.Engine) {
	r.GET("/oauth/authorize", s.authorize)
	fmt.Printf("authorization server ready; try %s\n", demo)
}
