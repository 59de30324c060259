// Package boundtoken: a hand-written provider on gin whose token endpoint
// binds the form into a struct of another package and redeems its code,
// while nothing of the server reads a code_verifier: public clients
// (no client secret is asked for) redeem intercepted codes.
package boundtoken

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"net/url"

	"example.com/fixtures/pkce/boundtoken/forms"
	"github.com/gin-gonic/gin"
)

type issued struct{ client, redirect string }

type Provider struct {
	codes   map[string]issued
	clients map[string]string
}

func random() string {
	b := make([]byte, 24)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func (p *Provider) Authorize(c *gin.Context) {
	client, uri := c.Query("client_id"), c.Query("redirect_uri")
	if p.clients[client] != uri {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
		return
	}
	code := random()
	p.codes[code] = issued{client, uri}
	c.Redirect(http.StatusFound, uri+"?"+url.Values{"code": {code}, "state": {c.Query("state")}}.Encode())
}

func (p *Provider) Token(c *gin.Context) {
	var in forms.TokenRequest
	if err := c.ShouldBind(&in); err != nil || !in.IsValid() {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
		return
	}
	got, ok := p.codes[in.Code] // want `this authorization server lets public clients skip PKCE: the token endpoint redeems the request's code without reading grant_type \(in Token\)`
	if !ok || got.client != in.ClientID || got.redirect != in.RedirectURI {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_grant"})
		return
	}
	delete(p.codes, in.Code)
	c.JSON(http.StatusOK, gin.H{"access_token": random(), "token_type": "Bearer", "expires_in": 3600})
}
