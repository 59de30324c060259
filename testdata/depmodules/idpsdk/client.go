// Package idpsdk is the client of a fictitious identity provider's REST
// API, in the style of the admin SDKs of open-source identity servers.
package idpsdk

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

// Client talks to one realm of the identity provider.
type Client struct {
	BaseURL  string
	Realm    string
	ClientID string
	HTTP     *http.Client
}

// Token is a token endpoint response.
type Token struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	ExpiresIn    int    `json:"expires_in"`
}

func (c *Client) endpoint(path string) string {
	return strings.TrimSuffix(c.BaseURL, "/") + "/realms/" + url.PathEscape(c.Realm) + "/protocol/openid-connect/" + path
}

// LoginUser signs a user in with their password.
func (c *Client) LoginUser(ctx context.Context, username, password string) (*Token, error) {
	form := url.Values{}
	form.Set("grant_type", "password")
	form.Set("client_id", c.ClientID)
	form.Set("username", username)
	form.Set("password", password)
	return c.postToken(ctx, form)
}

// LoginClient signs the client itself in (client credentials).
func (c *Client) LoginClient(ctx context.Context, secret string) (*Token, error) {
	form := url.Values{}
	form.Set("grant_type", "client_credentials")
	form.Set("client_id", c.ClientID)
	form.Set("client_secret", secret)
	return c.postToken(ctx, form)
}

// Refresh redeems a refresh token.
func (c *Client) Refresh(ctx context.Context, refreshToken string) (*Token, error) {
	form := url.Values{}
	form.Set("grant_type", "refresh_token")
	form.Set("client_id", c.ClientID)
	form.Set("refresh_token", refreshToken)
	return c.postToken(ctx, form)
}

// LoginURL is the authorization URL to send the user to, without PKCE.
func (c *Client) LoginURL(redirectURI, state string) string {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", c.ClientID)
	q.Set("redirect_uri", redirectURI)
	q.Set("state", state)
	return c.endpoint("auth") + "?" + q.Encode()
}

// LoginURLWithPKCE is the authorization URL with an S256 challenge.
func (c *Client) LoginURLWithPKCE(redirectURI, state, challenge string) string {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", c.ClientID)
	q.Set("redirect_uri", redirectURI)
	q.Set("state", state)
	q.Set("code_challenge", challenge)
	q.Set("code_challenge_method", "S256")
	return c.endpoint("auth") + "?" + q.Encode()
}

func (c *Client) postToken(ctx context.Context, form url.Values) (*Token, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint("token"), strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var tok Token
	return &tok, json.NewDecoder(resp.Body).Decode(&tok)
}
