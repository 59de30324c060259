// Package models is a stub of github.com/go-oauth2/oauth2/models at
// v3.9.2+incompatible (client.go): see the server stub.
package models

type Client struct {
	ID     string
	Secret string
	Domain string
	UserID string
}

func (c *Client) GetID() string     { return c.ID }
func (c *Client) GetSecret() string { return c.Secret }
func (c *Client) GetDomain() string { return c.Domain }
func (c *Client) GetUserID() string { return c.UserID }
