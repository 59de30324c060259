// Package basicauth2 is a gin callback that sets the outgoing token
// request's Basic credentials from its configuration.
package basicauth2

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"
)

type Provider struct{ TokenURL, ID, Secret, Redirect string }

func (p Provider) Callback(c *gin.Context) {
	body := url.Values{}
	body.Set("grant_type", "authorization_code") // want `callback exchanges the code without checking state`
	body.Set("code", c.Query("code"))
	body.Set("redirect_uri", p.Redirect)
	req, err := http.NewRequestWithContext(c, http.MethodPost, p.TokenURL, strings.NewReader(body.Encode()))
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	req.SetBasicAuth(url.QueryEscape(p.ID), url.QueryEscape(p.Secret))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

// Checked compares the state with the cookie first.
func (p Provider) Checked(c *gin.Context) {
	if want, err := c.Cookie("oauth_state"); err != nil || want != c.Query("state") {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	body := url.Values{"grant_type": {"authorization_code"}, "code": {c.Query("code")}}
	req, err := http.NewRequestWithContext(c, http.MethodPost, p.TokenURL, strings.NewReader(body.Encode()))
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	req.SetBasicAuth(p.ID, p.Secret)
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
	}
}
