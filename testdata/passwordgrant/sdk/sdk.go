// Package sdk mirrors two real SDK shapes found while trying oauthvet on
// public code: a Keycloak-style options struct with pointer fields set
// through a helper, whose FormData also sets response_type=token (not an
// implicit grant: it is a token request), and an Auth0-style
// LoginWithGrant that sends its parameter as the grant type.
package sdk

import (
	"net/url"
)

// StringP returns a pointer to a copy of value.
func StringP(value string) *string { return &value }

type TokenOptions struct {
	ClientID     *string `json:"client_id,omitempty"`
	GrantType    *string `json:"grant_type,omitempty"`
	ResponseType *string `json:"response_type,omitempty"`
	Username     *string `json:"username,omitempty"`
	Password     *string `json:"password,omitempty"`
	RefreshToken *string `json:"refresh_token,omitempty"`
}

// FormData fills defaults: response_type here is no implicit grant.
func (t *TokenOptions) FormData() map[string]string {
	if t.ResponseType == nil {
		t.ResponseType = StringP("token")
	}
	return map[string]string{"grant_type": deref(t.GrantType), "response_type": deref(t.ResponseType)}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

type Client struct{ tokenURL string }

func (c *Client) GetToken(opts TokenOptions) map[string]string { return opts.FormData() }

func (c *Client) LoginAdmin(username, password string) map[string]string {
	return c.GetToken(TokenOptions{
		ClientID:  StringP("admin-cli"),
		GrantType: StringP("password"), // want `resource owner password credentials grant \(grant_type=password\)`
		Username:  &username,
		Password:  &password,
	})
}

func (c *Client) Refresh(refreshToken string) map[string]string {
	return c.GetToken(TokenOptions{GrantType: StringP("refresh_token"), RefreshToken: &refreshToken})
}

// LoginWithGrant sends grantType as the grant type.
func (c *Client) LoginWithGrant(grantType string, body url.Values) string {
	body.Add("grant_type", grantType)
	return body.Encode()
}

// LoginWithPassword picks the password grant or Auth0's realm variant.
func (c *Client) LoginWithPassword(user, pass, realm string) string {
	grantType := "password"
	data := url.Values{"username": {user}, "password": {pass}}
	if realm != "" {
		grantType = "http://auth0.com/oauth/grant-type/password-realm"
		data.Set("realm", realm)
	}
	return c.LoginWithGrant(grantType, data) // want `resource owner password credentials grant \(grant_type=password on some paths\)`
}

func (c *Client) LoginWithClientCredentials(id, secret string) string {
	return c.LoginWithGrant("client_credentials", url.Values{"client_id": {id}, "client_secret": {secret}})
}
