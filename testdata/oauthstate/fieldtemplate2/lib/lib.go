// Package lib keeps an x/oauth2 URL made with an empty state as a
// template, appends the caller's state to it, and redeems codes with a
// form body an unexported helper formats.
package lib

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

type Client struct {
	id, secret, callback string
	authURL              string
}

func New(conf *oauth2.Config) *Client {
	return &Client{id: conf.ClientID, secret: conf.ClientSecret, callback: conf.RedirectURL, authURL: conf.AuthCodeURL("")}
}

func (c *Client) Begin(state string) string {
	return c.authURL + "&state=" + url.QueryEscape(state)
}

func (c *Client) form(code string) *bytes.Buffer {
	return bytes.NewBufferString(fmt.Sprintf("grant_type=authorization_code&client_id=%s&client_secret=%s&redirect_uri=%s&code=%s",
		c.id, c.secret, url.QueryEscape(c.callback), code))
}

func (c *Client) Redeem(code string) (*http.Response, error) {
	return http.Post("https://accounts.example.io/oauth2/token", "application/x-www-form-urlencoded", c.form(code))
}
