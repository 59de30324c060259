// Package streamsdk builds authorization URLs for its callers; the state
// is the caller's and is left out when the caller passes none: whether a
// login has a state is decided where the SDK is called.
package streamsdk

import (
	"net/url"
	"strings"
)

const base = "https://id.streamhub.tv/oauth2"

type Client struct{ clientID, redirect string }

type URLParams struct {
	ResponseType string
	Scopes       []string
	State        string
}

func (c *Client) AuthorizationURL(p *URLParams) string {
	u := base + "/authorize"
	u += "?response_type=" + p.ResponseType
	u += "&client_id=" + c.clientID
	u += "&redirect_uri=" + url.QueryEscape(c.redirect)
	if p.State != "" {
		u += "&state=" + p.State
	}
	if len(p.Scopes) != 0 {
		u += "&scope=" + strings.Join(p.Scopes, "%20")
	}
	return u
}

// CodeURL is the same with url.Values and a length test.
func (c *Client) CodeURL(state string) string {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", c.clientID)
	if len(state) > 0 {
		q.Set("state", state)
	}
	return base + "/authorize?" + q.Encode()
}

// FlagURL leaves the state out when the caller's flag says so: the
// caller chooses the path, as it chooses the state.
func (c *Client) FlagURL(state string, withState bool) string {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", c.clientID)
	if withState {
		q.Set("state", state)
	}
	return base + "/authorize?" + q.Encode()
}
