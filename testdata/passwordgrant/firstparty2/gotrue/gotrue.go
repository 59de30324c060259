// Package gotrue is a small client of a Supabase project's auth API: the
// password grant's query is a url.Values appended to the project's token
// path, and the body is posted with http.Post. The project's own
// sign-in: not reported.
package gotrue

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
)

const tokenPath = "/auth/v1/token"

type Client struct {
	base string
}

func New(projectRef string) *Client {
	return &Client{base: "https://" + projectRef + ".supabase.co"}
}

func (c *Client) PasswordLogin(email, password string) (*http.Response, error) {
	q := url.Values{}
	q.Set("grant_type", "password")
	body, _ := json.Marshal(struct {
		Email    string `json:"email"`
		Password string `json:"password"`
	}{email, password})
	return http.Post(c.base+tokenPath+"?"+q.Encode(), "application/json", bytes.NewReader(body))
}
