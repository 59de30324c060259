// The query shape written differently: a url.URL built field by field, a
// url.Values literal, a refresh token in a GET, and a helper returning the
// URL; the fragment of a (server-side) implicit response is not a query.
package apiclient

import (
	"net/http"
	"net/url"
	"strings"
)

type Client struct {
	base  string
	token string
	http  *http.Client
}

func (c *Client) Feed() (*http.Response, error) {
	u, err := url.Parse(c.base + "/feed")
	if err != nil {
		return nil, err
	}
	u.RawQuery = url.Values{"access_token": {c.token}, "limit": {"10"}}.Encode() // want `access token in a URL query: the URL, passed to http.Client.Get, carries access_token=`
	return c.http.Get(u.String())
}

func RenewURL(base, refreshToken string) string {
	return strings.Join([]string{base + "/oauth/token?grant_type=refresh_token", "refresh_token=" + refreshToken}, "&") // want `refresh token in a URL query: the URL, returned to the caller, carries refresh_token=`
}

func (c *Client) Upload(body string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, c.base+"/upload", strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return c.http.Do(req)
}

func implicitResponse(w http.ResponseWriter, r *http.Request, redirect, token string) {
	http.Redirect(w, r, redirect+"#access_token="+url.QueryEscape(token)+"&token_type=bearer", http.StatusFound)
}
