// Package deletedparam2 keeps the call's parameters in a url.Values
// literal that starts with the access token, and picks how
// to authenticate in a switch: the bearer case deletes the token from
// the query before building the URL, the legacy case keeps it there and
// is reported, the form case posts it in the body.
package deletedparam2

import (
	"net/http"
	"net/url"
	"strings"
)

type Style int

const (
	Bearer Style = iota
	Legacy
	Body
)

type API struct {
	Base  string
	Style Style
}

func (a API) Call(path, token string) (*http.Response, error) {
	params := url.Values{"access_token": {token}, "fields": {"id,name"}}
	var req *http.Request
	var err error
	switch a.Style {
	case Bearer:
		params.Del("access_token")
		req, err = http.NewRequest(http.MethodGet, a.Base+path+"?"+params.Encode(), nil)
		if err == nil {
			req.Header.Set("Authorization", "Bearer "+token)
		}
	case Legacy:
		req, err = http.NewRequest(http.MethodGet, a.Base+path+"?"+params.Encode(), nil) // want `access token in a URL query: the URL, passed to http.NewRequest, carries access_token=`
	default:
		req, err = http.NewRequest(http.MethodPost, a.Base+path, strings.NewReader(params.Encode()))
	}
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
