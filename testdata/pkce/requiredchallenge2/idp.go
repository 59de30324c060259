// A gin authorization server: ShouldBindQuery refuses an authorization
// request without code_challenge (binding:"required"), so the verifier
// check that runs only for codes with a challenge runs for every code.
package requiredchallenge2

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/http"
	"net/url"
	"sync"

	"github.com/gin-gonic/gin"
)

type authzQuery struct {
	ClientID      string `form:"client_id" binding:"required"`
	RedirectURI   string `form:"redirect_uri" binding:"required"`
	State         string `form:"state"`
	CodeChallenge string `form:"code_challenge" binding:"required"`
}

type issued struct {
	clientID, redirectURI, challenge string
}

type IDP struct {
	mu       sync.Mutex
	codes    map[string]issued
	redirect map[string]string
}

func (p *IDP) authorize(c *gin.Context) {
	var q authzQuery
	if c.ShouldBindQuery(&q) != nil {
		c.String(http.StatusBadRequest, "invalid_request")
		return
	}
	if p.redirect[q.ClientID] != q.RedirectURI {
		c.String(http.StatusBadRequest, "unknown redirect_uri")
		return
	}
	code := rand.Text()
	p.mu.Lock()
	p.codes[code] = issued{q.ClientID, q.RedirectURI, q.CodeChallenge}
	p.mu.Unlock()
	c.Redirect(http.StatusFound, q.RedirectURI+"?"+url.Values{"code": {code}, "state": {q.State}}.Encode())
}

func verify(challenge, verifier string) error {
	if challenge == "" {
		return nil
	}
	sum := sha256.Sum256([]byte(verifier))
	if base64.RawURLEncoding.EncodeToString(sum[:]) != challenge {
		return errors.New("invalid_grant")
	}
	return nil
}

func (p *IDP) token(c *gin.Context) {
	if c.PostForm("grant_type") != "authorization_code" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "unsupported_grant_type"})
		return
	}
	code, verifier := c.PostForm("code"), c.PostForm("code_verifier")
	p.mu.Lock()
	is, ok := p.codes[code]
	delete(p.codes, code)
	p.mu.Unlock()
	if !ok || is.redirectURI != c.PostForm("redirect_uri") {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_grant"})
		return
	}
	if err := verify(is.challenge, verifier); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, gin.H{"access_token": rand.Text(), "token_type": "Bearer"})
}

func (p *IDP) Routes(r gin.IRouter) {
	r.GET("/authorize", p.authorize)
	r.POST("/token", p.token)
}
