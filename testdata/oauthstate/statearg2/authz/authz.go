// Package authz builds authorization URLs for the web package; the state
// is its caller's, and optional parameters are added only when set.
package authz

import (
	"net/url"
	"strings"
)

type Client struct {
	ID          string
	Scopes      []string
	CallbackURL string
	AuthorizeAt string
}

// RedirectURL returns the URL to send the browser to.
func (c *Client) RedirectURL(state string) string {
	q := url.Values{"response_type": {"code"}, "client_id": {c.ID}}
	if len(c.Scopes) > 0 {
		q.Set("scope", strings.Join(c.Scopes, " "))
	}
	if state != "" {
		q.Set("state", state)
	}
	if c.CallbackURL != "" {
		q.Set("redirect_uri", c.CallbackURL)
	}
	u, err := url.Parse(c.AuthorizeAt)
	if err != nil {
		return ""
	}
	u.RawQuery = q.Encode()
	return u.String()
}
