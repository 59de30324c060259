// Package sdk is a vendor SDK: its Client builds the login URL itself.
package sdk

import (
	"net/url"
	"os"

	"golang.org/x/oauth2"
)

// Client talks to the vendor's identity service.
type Client struct {
	id       string
	endpoint string
	redirect string
}

// NewClient returns a client for the given application id.
func NewClient(id string) *Client {
	return &Client{id: id, endpoint: "https://login.vendor.example/authorize", redirect: os.Getenv("VENDOR_REDIRECT_URI")}
}

// LoginURL returns the authorization URL, with no PKCE challenge.
func (c *Client) LoginURL(state string) string {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", c.id)
	q.Set("redirect_uri", c.redirect)
	q.Set("state", state)
	return c.endpoint + "?" + q.Encode()
}

// SecureLoginURL returns the authorization URL with an S256 challenge.
func (c *Client) SecureLoginURL(state, verifier string) string {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", c.id)
	q.Set("redirect_uri", c.redirect)
	q.Set("state", state)
	q.Set("code_challenge", oauth2.S256ChallengeFromVerifier(verifier))
	q.Set("code_challenge_method", "S256")
	return c.endpoint + "?" + q.Encode()
}
