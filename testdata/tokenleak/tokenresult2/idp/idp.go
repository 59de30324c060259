// Package idp is tokenresult written another way: a method of an
// exported type returns the refresh token first, read from a struct the
// token endpoint's JSON is decoded into, through a helper.
package idp

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

type answer struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	ExpiresIn    int    `json:"expires_in"`
}

type Client struct {
	TokenURL string
	ID       string
}

func (c *Client) post(form url.Values) (*answer, error) {
	res, err := http.Post(c.TokenURL, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var a answer
	if err := json.NewDecoder(res.Body).Decode(&a); err != nil {
		return nil, err
	}
	return &a, nil
}

// Renew trades a refresh token for a new one, and says when the new
// access token expires.
func (c *Client) Renew(refresh string) (string, int, error) {
	a, err := c.post(url.Values{"grant_type": {"refresh_token"}, "refresh_token": {refresh}, "client_id": {c.ID}})
	if err != nil {
		return "", 0, err
	}
	return a.RefreshToken, a.ExpiresIn, nil
}
