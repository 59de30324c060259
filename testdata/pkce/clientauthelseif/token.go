// Package clientauthelseif: a gin token endpoint that binds the request
// with client_secret required, loads the client and, in the else-if of
// that lookup, refuses a secret that differs from the stored one: only
// confidential clients redeem codes (silent). The legacy endpoint that
// never compares the secret lets a public client redeem a code without
// PKCE (package legacy), and is reported.
package clientauthelseif

import (
	"context"
	"crypto/rand"

	"github.com/gin-gonic/gin"
)

type Client struct {
	ID     int64
	Secret string
}

type Store interface {
	ClientByID(ctx context.Context, id int64) (Client, error)
	TakeCode(ctx context.Context, code string) (int64, error)
}

type tokenRequest struct {
	GrantType    string `form:"grant_type" binding:"required"`
	ClientID     int64  `form:"client_id" binding:"required"`
	ClientSecret string `form:"client_secret" binding:"required"`
	Code         string `form:"code" binding:"required"`
}

type Server struct{ store Store }

func (s *Server) Token(c *gin.Context) {
	var req tokenRequest
	if err := c.ShouldBind(&req); err != nil {
		c.JSON(400, gin.H{"error": "invalid_request"})
		return
	}
	owner, err := s.store.TakeCode(c, req.Code)
	if err != nil || owner != req.ClientID {
		c.JSON(400, gin.H{"error": "invalid_grant"})
		return
	}
	client, err := s.store.ClientByID(c, req.ClientID)
	if err != nil {
		c.JSON(400, gin.H{"error": "invalid_client"})
		return
	} else if client.Secret != req.ClientSecret {
		c.JSON(400, gin.H{"error": "invalid_client"})
		return
	}
	c.JSON(200, gin.H{"access_token": rand.Text(), "token_type": "Bearer"})
}

func (s *Server) Authorize(c *gin.Context) {
	if c.Query("response_type") != "code" {
		c.JSON(400, gin.H{"error": "unsupported_response_type"})
		return
	}
	c.Redirect(302, "https://app.example.com/cb?code="+rand.Text()+"&state="+c.Query("state"))
}
