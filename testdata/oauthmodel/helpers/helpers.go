// Package helpers exports functions that build authorization URLs and // want package:"oauthFlows"
// token requests; oauthmodel records facts about them for their callers.
package helpers

import (
	"net/url"

	"golang.org/x/oauth2"
)

// ConsentURL returns a URL without PKCE.
func ConsentURL(c *oauth2.Config, state string) string { // want ConsentURL:`authURL\(response_type=code code_challenge=absent\)`
	return c.AuthCodeURL(state, oauth2.AccessTypeOffline)
}

// PKCEURL returns a URL with an S256 challenge.
func PKCEURL(c *oauth2.Config, state, verifier string) string { // want PKCEURL:`authURL\(response_type=code code_challenge=present method=S256\)`
	u := c.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier))
	return u
}

// WithOptions forwards its callers' options.
func WithOptions(c *oauth2.Config, state string, opts ...oauth2.AuthCodeOption) string { // want WithOptions:`authURL\(response_type=code code_challenge=absent options=arg3\)`
	return c.AuthCodeURL(state, opts...)
}

// Implicit builds an implicit-grant URL by hand.
func Implicit(base, clientID string) string { // want Implicit:`authURL\(response_type=token code_challenge=absent\)`
	q := url.Values{"response_type": {"token"}, "client_id": {clientID}}
	return base + "?" + q.Encode()
}

// Wrapped calls another helper: it returns what ConsentURL returns.
func Wrapped(c *oauth2.Config) string { // want Wrapped:`authURL\(response_type=code code_challenge=absent\)`
	return ConsentURL(c, "state")
}

// Grant sends grantType as the grant type (an SDK's LoginWithGrant).
func Grant(grantType string, form url.Values) url.Values { // want Grant:`tokenRequest\(grant_type=arg1\)`
	form.Set("grant_type", grantType)
	return form
}

// unexported helpers need no fact: no other package can call them.
func consent(c *oauth2.Config) string {
	return c.AuthCodeURL("state")
}

// Describe returns prose, not a URL: no fact.
func Describe(c *oauth2.Config) string {
	return "client " + c.ClientID + " " + consent(c)[:0]
}

// PasswordLogin always sends the password grant: its callers chose it.
func PasswordLogin(user, password string) url.Values { // want PasswordLogin:`tokenRequest\(grant_type="password"\)`
	return url.Values{"grant_type": {"password"}, "username": {user}, "password": {password}}
}

// ClientLogin always sends the client credentials grant, which no rule
// judges in the caller: no fact.
func ClientLogin(id, secret string) url.Values {
	return url.Values{"grant_type": {"client_credentials"}, "client_id": {id}, "client_secret": {secret}}
}

// EitherLogin sends one grant or the other: no fact either.
func EitherLogin(user, password string) url.Values {
	if user == "" {
		return url.Values{"grant_type": {"client_credentials"}}
	}
	return url.Values{"grant_type": {"password"}, "username": {user}, "password": {password}}
}

// Also a GitHub-style authorize URL without response_type is an
// authorization URL for code.
func GitHubURL(clientID, redirectURI string) string { // want GitHubURL:`authURL\(response_type=code code_challenge=absent\)`
	q := url.Values{}
	q.Set("client_id", clientID)
	q.Set("redirect_uri", redirectURI)
	return "https://github.com/login/oauth/authorize?" + q.Encode()
}
