// Package idsdk is an identity SDK: it starts a login and hands the
// authorization URL back in a field of the struct it returns.
package idsdk

import (
	"crypto/rand"
	"encoding/hex"
	"os"

	"golang.org/x/oauth2"
)

// Client starts logins against one identity provider.
type Client struct {
	cfg *oauth2.Config
}

// New returns a client for the application id.
func New(appID string) *Client {
	return &Client{cfg: &oauth2.Config{
		ClientID:    appID,
		RedirectURL: os.Getenv("IDSDK_REDIRECT_URL"),
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://accounts.idsdk.example/authorize",
			TokenURL: "https://accounts.idsdk.example/token",
		},
	}}
}

// Login is a login in progress.
type Login struct {
	AuthURL string
	State   string
}

// SecureLogin is a login in progress with PKCE.
type SecureLogin struct {
	URL      string
	Verifier string
}

func newState() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// Start begins a login without PKCE.
func (c *Client) Start() *Login {
	st := newState()
	return &Login{AuthURL: c.cfg.AuthCodeURL(st), State: st}
}

// StartSecure begins a login with an S256 challenge.
func (c *Client) StartSecure() SecureLogin {
	v := oauth2.GenerateVerifier()
	l := SecureLogin{Verifier: v}
	l.URL = c.cfg.AuthCodeURL(newState(), oauth2.S256ChallengeOption(v))
	return l
}
