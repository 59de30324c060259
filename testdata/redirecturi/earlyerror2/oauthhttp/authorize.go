// Package oauthhttp serves the authorization endpoint with gin. Its
// login handler redirects a request without a client or with an unknown
// one back to the callback the request named, before the registry has
// said that callback is the app's: an open redirector.
package oauthhttp

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"

	"example.com/fixtures/redirecturi/earlyerror2/registry"
)

type authzParams struct {
	ResponseType string `form:"response_type"`
	ClientID     string `form:"client_id"`
	RedirectURI  string `form:"redirect_uri"`
	State        string `form:"state"`
}

type Server struct {
	Apps  *registry.Store
	Issue func(clientID string) string
}

func (s *Server) Login(c *gin.Context) {
	var p authzParams
	if err := c.ShouldBindQuery(&p); err != nil {
		c.String(http.StatusBadRequest, "bad request")
		return
	}
	switch {
	case p.ClientID == "":
		c.Redirect(http.StatusFound, fmt.Sprintf("%s?error=invalid_request&state=%s", p.RedirectURI, url.QueryEscape(p.State))) // want `redirect to a redirect_uri not yet checked`
		return
	case p.ResponseType != "code":
		c.Redirect(http.StatusFound, fmt.Sprintf("%s?error=unsupported_response_type&state=%s", p.RedirectURI, url.QueryEscape(p.State)))
		return
	}
	app := s.Apps.Find(p.ClientID)
	if app == nil || !app.Allows(p.RedirectURI) {
		c.String(http.StatusBadRequest, "unknown client or callback")
		return
	}
	c.Redirect(http.StatusFound, fmt.Sprintf("%s?code=%s&state=%s", p.RedirectURI, s.Issue(app.ClientID), url.QueryEscape(p.State)))
}

// Consent checks the app and its callback before any redirect; errors
// after that go to the verified callback.
func (s *Server) Consent(c *gin.Context) {
	var p authzParams
	if err := c.ShouldBindQuery(&p); err != nil {
		c.String(http.StatusBadRequest, "bad request")
		return
	}
	app := s.Apps.Find(p.ClientID)
	if app == nil || !app.Allows(p.RedirectURI) {
		c.String(http.StatusBadRequest, "unknown client or callback")
		return
	}
	if c.PostForm("approve") != "yes" {
		c.Redirect(http.StatusFound, fmt.Sprintf("%s?error=access_denied&state=%s", p.RedirectURI, url.QueryEscape(p.State)))
		return
	}
	c.Redirect(http.StatusFound, fmt.Sprintf("%s?code=%s&state=%s", p.RedirectURI, s.Issue(app.ClientID), url.QueryEscape(p.State)))
}
