// Package branchgrant is an API client whose token helper sends the
// password grant on one path and the client credentials grant on the
// other; the caller's argument picks the path. Calls whose constant picks
// the password path are reported, where they are; the others, and calls
// whose argument is not known, are not.
package branchgrant

import (
	"net/http"
	"net/url"
	"os"
)

type Client struct {
	TokenURL string
	ID       string
	Secret   string
}

// token fetches a token for a user (asUser) or for the service itself.
func (c *Client) token(asUser bool, user, pass string) (*http.Response, error) {
	form := url.Values{"client_id": {c.ID}, "client_secret": {c.Secret}}
	if asUser {
		form.Set("grant_type", "password")
		form.Set("username", user)
		form.Set("password", pass)
	} else {
		form.Set("grant_type", "client_credentials")
	}
	return http.PostForm(c.TokenURL, form)
}

func (c *Client) LoginUser(user, pass string) (*http.Response, error) {
	return c.token(true, user, pass) // want `resource owner password credentials grant \(from \(\*Client\).token when asUser is true\): \(\*Client\).token sends grant_type=password when asUser is true, the path this call.s arguments choose`
}

func (c *Client) LoginService() (*http.Response, error) {
	return c.token(false, "", "")
}

// LoginConfigured lets the environment decide: unknown, silent.
func (c *Client) LoginConfigured() (*http.Response, error) {
	return c.token(os.Getenv("LOGIN_AS_USER") == "1", os.Getenv("USER"), os.Getenv("PASSWORD"))
}
