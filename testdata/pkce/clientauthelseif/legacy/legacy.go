// Package legacy is the same server's old token endpoint, which loads
// the client but never compares its secret: a public client redeems a
// code without PKCE (reported).
package legacy

import (
	"context"
	"crypto/rand"

	"github.com/gin-gonic/gin"
)

type Store interface {
	ClientByID(ctx context.Context, id int64) (string, error)
	TakeCode(ctx context.Context, code string) (int64, error)
}

type tokenRequest struct {
	ClientID int64  `form:"client_id" binding:"required"`
	Code     string `form:"code" binding:"required"`
}

type Server struct{ store Store }

func (s *Server) Authorize(c *gin.Context) {
	if c.Query("response_type") != "code" {
		c.JSON(400, gin.H{"error": "unsupported_response_type"})
		return
	}
	c.Redirect(302, "https://app.example.com/cb?code="+rand.Text()+"&state="+c.Query("state"))
}

func (s *Server) Token(c *gin.Context) {
	var req tokenRequest
	if err := c.ShouldBind(&req); err != nil {
		c.JSON(400, gin.H{"error": "invalid_request"})
		return
	}
	owner, err := s.store.TakeCode(c, req.Code) // want `this authorization server lets public clients skip PKCE`
	if err != nil || owner != req.ClientID {
		c.JSON(400, gin.H{"error": "invalid_grant"})
		return
	}
	if _, err := s.store.ClientByID(c, req.ClientID); err != nil {
		c.JSON(400, gin.H{"error": "invalid_client"})
		return
	}
	c.JSON(200, gin.H{"access_token": rand.Text(), "token_type": "Bearer"})
}
