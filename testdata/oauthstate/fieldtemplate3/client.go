// Package fieldtemplate3 picks its authorization URL template from two
// helpers, extends it with scopes in a third, stores it in an exported
// field, and adds the caller's state where it redirects.
package fieldtemplate3

import (
	"fmt"
	"net/http"
	"strings"
)

type Client struct {
	ID, RedirectURI string
	Consent         bool
	Scopes          []string
	LoginURL        string
}

func (c *Client) plainURL() string {
	return fmt.Sprintf("https://id.example.io/oauth2/authorize?client_id=%s&redirect_uri=%s&response_type=code", c.ID, c.RedirectURI)
}

func (c *Client) consentURL() string {
	return fmt.Sprintf("https://id.example.io/oauth2/authorize?client_id=%s&redirect_uri=%s&response_type=code&prompt=consent", c.ID, c.RedirectURI)
}

func (c *Client) withScopes(u string) string {
	return u + "&scope=" + strings.Join(c.Scopes, "%20")
}

func (c *Client) template() string {
	u := c.plainURL()
	if c.Consent {
		u = c.consentURL()
	}
	if len(c.Scopes) > 0 {
		u = c.withScopes(u)
	}
	return u
}

func Init(c *Client) *Client {
	if c.LoginURL == "" {
		c.LoginURL = c.template()
	}
	return c
}

// Redirect sends the browser to the login page with the caller's state.
func (c *Client) Redirect(w http.ResponseWriter, r *http.Request, state string) {
	target := c.LoginURL
	if state != "" {
		target = c.LoginURL + "&state=" + state
	}
	http.Redirect(w, r, target, http.StatusTemporaryRedirect)
}
