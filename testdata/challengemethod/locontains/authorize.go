// Package locontains is an authorization endpoint on echo v5 that
// refuses a challenge method lo.Contains does not find in a package list
// naming plain (reported at the list's plain); the request is bound to a
// struct by its query tags.
package locontains

import (
	"crypto/rand"
	"net/http"
	"net/url"

	"github.com/labstack/echo/v5"
	"github.com/samber/lo"
)

var methods = []string{"plain", "S256"} // want `this authorization server accepts code_challenge_method=plain`

type authorizeRequest struct {
	ClientID            string `query:"client_id"`
	RedirectURI         string `query:"redirect_uri"`
	State               string `query:"state"`
	CodeChallenge       string `query:"code_challenge"`
	CodeChallengeMethod string `query:"code_challenge_method"`
}

type server struct {
	clients map[string]string
	pending map[string]authorizeRequest
}

func (s *server) authorize(c *echo.Context) error {
	var req authorizeRequest
	if err := c.Bind(&req); err != nil {
		return err
	}
	if s.clients[req.ClientID] != req.RedirectURI {
		return c.String(http.StatusBadRequest, "invalid redirect_uri")
	}
	back, _ := url.Parse(req.RedirectURI)
	q := url.Values{"state": {req.State}}
	if req.CodeChallengeMethod != "" && !lo.Contains(methods, req.CodeChallengeMethod) {
		q.Set("error", "invalid_request")
		back.RawQuery = q.Encode()
		return c.Redirect(http.StatusFound, back.String())
	}
	code := rand.Text()
	s.pending[code] = req
	q.Set("code", code)
	back.RawQuery = q.Encode()
	return c.Redirect(http.StatusFound, back.String())
}

func (s *server) Register(e *echo.Echo) {
	e.GET("/authorize", s.authorize)
}
