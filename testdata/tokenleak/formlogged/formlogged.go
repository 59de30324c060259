// Package formlogged logs the form of the requests it sends: the
// refresh request's form holds the refresh token (and the client
// secret); the authorization request's holds neither.
package formlogged

import (
	"log/slog"
	"net/http"
	"net/url"
)

type Client struct {
	ID, Secret, TokenURL, AuthURL string
}

func (c *Client) Refresh(refreshToken string) (*http.Response, error) {
	form := url.Values{}
	form.Set("grant_type", "refresh_token")
	form.Set("client_id", c.ID)
	form.Set("client_secret", c.Secret)
	form.Set("refresh_token", refreshToken)
	slog.Debug("refresh", "url", c.TokenURL, "form", form) // want `refresh token written to a log`
	return http.PostForm(c.TokenURL, form)
}

func (c *Client) LoginURL(state string) string {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", c.ID)
	q.Set("state", state)
	slog.Debug("login", "query", q)
	return c.AuthURL + "?" + q.Encode()
}
