// API calls with go-resty that put the access token in the URL query one
// parameter at a time (reported), beside paging parameters in the query
// and the token in the Authorization header (silent).
package querysetter

import (
	"github.com/go-resty/resty/v2"
	"golang.org/x/oauth2"
)

func repos(c *resty.Client, tok *oauth2.Token) (*resty.Response, error) {
	return c.R().
		SetQueryParam("page", "2").
		SetQueryParam("access_token", tok.AccessToken). // want `access token in a URL query: the request's URL carries access_token=`
		Get("https://api.example.com/user/repos")
}

func profile(c *resty.Client, tok *oauth2.Token) (*resty.Response, error) {
	req := c.R()
	bearer := tok.AccessToken
	req.SetQueryParam("auth", bearer) // want `access token in a URL query: the request's URL carries auth=`
	return req.Get("https://api.example.com/me")
}

// Right: the token in the header; only paging in the query.
func reposHeader(c *resty.Client, tok *oauth2.Token) (*resty.Response, error) {
	return c.R().
		SetQueryParam("page", "2").
		SetAuthToken(tok.AccessToken).
		Get("https://api.example.com/user/repos")
}
