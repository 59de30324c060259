// Package keptrecord is an authorization-server facade: its /authorize
// keeps the client's redirect_uri in a pending-login record keyed by the
// state, sends the browser to the upstream provider, and its /callback
// reads the record back and sends the code to the kept URI. Nothing
// compares that URI with the client's registration anywhere: the token
// endpoint only checks that the redirect_uri sent with the code is the
// kept one. Reported at the callback's redirect.
package keptrecord

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"net/url"
	"sync"

	"github.com/gin-gonic/gin"
	"github.com/rs/zerolog/log"
)

type pendingLogin struct {
	ClientID  string
	ReturnTo  string
	Challenge string
	Code      string
}

type facade struct {
	mu      sync.Mutex
	pending map[string]pendingLogin
	upAuth  string
}

func token() string {
	b := make([]byte, 24)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func (f *facade) authorize(c *gin.Context) {
	clientID := c.Query("client_id")
	returnTo := c.Query("redirect_uri")
	state := c.Query("state")
	log.Debug().Str("client_id", clientID).Str("redirect_uri", returnTo).Msg("authorize")
	if c.Query("response_type") != "code" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "unsupported_response_type"})
		return
	}
	if state == "" {
		state = token()
	}
	f.mu.Lock()
	f.pending[state] = pendingLogin{ClientID: clientID, ReturnTo: returnTo, Challenge: c.Query("code_challenge")}
	f.mu.Unlock()
	c.Redirect(http.StatusFound, f.upAuth+"?state="+url.QueryEscape(state))
}

func (f *facade) callback(c *gin.Context) {
	state := c.Query("state")
	f.mu.Lock()
	rec, ok := f.pending[state]
	f.mu.Unlock()
	if !ok {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
		return
	}
	code := token()
	rec.Code = code
	f.mu.Lock()
	f.pending[code] = rec
	f.mu.Unlock()
	back, err := url.Parse(rec.ReturnTo)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "server_error"})
		return
	}
	q := back.Query()
	q.Set("code", code)
	q.Set("state", state)
	back.RawQuery = q.Encode()
	log.Debug().Str("to", back.String()).Msg("back to the client")
	c.Redirect(http.StatusFound, back.String()) // want `redirect_uri never checked: this authorization response sends the code to whatever URI the request names \(read at facade.go:42 and kept in pendingLogin.ReturnTo until this handler reads it back\)`
}

func (f *facade) token(c *gin.Context) {
	code := c.PostForm("code")
	sent := c.PostForm("redirect_uri")
	f.mu.Lock()
	rec, ok := f.pending[code]
	f.mu.Unlock()
	if !ok {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_grant"})
		return
	}
	if sent == "" {
		sent = rec.ReturnTo
	}
	if rec.ReturnTo != sent {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_grant"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"access_token": token(), "token_type": "Bearer"})
}

func Routes(r *gin.Engine, upstream string) {
	f := &facade{pending: map[string]pendingLogin{}, upAuth: upstream}
	r.GET("/authorize", f.authorize)
	r.GET("/callback", f.callback)
	r.POST("/token", f.token)
}
