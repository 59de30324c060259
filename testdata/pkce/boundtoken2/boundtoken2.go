// Package boundtoken2: the bound token endpoint on echo, whose clients
// all authenticate: it refuses any request unless the client store
// accepts the bound client_secret, so there are no public clients and
// the missing PKCE is left to -pkce.confidential (silent here).
package boundtoken2

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"

	"github.com/labstack/echo/v4"
)

type exchange struct {
	Code   string `form:"code"`
	ID     string `form:"client_id"`
	Secret string `form:"client_secret"`
}

type Clients interface {
	Accepts(id, secret string) bool
}

type IdP struct {
	clients Clients
	codes   map[string]string
}

func mint() string {
	b := make([]byte, 24)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (p *IdP) Authorize(c echo.Context) error {
	code := mint()
	p.codes[code] = c.QueryParam("client_id")
	return c.Redirect(http.StatusFound, "https://app.example.com/cb?code="+code)
}

func (p *IdP) Token(c echo.Context) error {
	var in exchange
	if err := c.Bind(&in); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "invalid_request"})
	}
	if !p.clients.Accepts(in.ID, in.Secret) {
		return c.JSON(http.StatusUnauthorized, map[string]string{"error": "invalid_client"})
	}
	if p.codes[in.Code] != in.ID {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "invalid_grant"})
	}
	delete(p.codes, in.Code)
	return c.JSON(http.StatusOK, map[string]string{"access_token": mint(), "token_type": "Bearer"})
}
