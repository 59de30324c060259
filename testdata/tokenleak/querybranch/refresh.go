// Package querybranch refreshes a token with one form sent three ways,
// as each provider's mode asks: in a POST body with Basic auth, in a
// GET query, or posted as a form. Only the GET puts the refresh token in
// a URL, and it is reported there, not where the form is built.
package querybranch

import (
	"net/http"
	"net/url"
	"strings"
)

type Mode string

const (
	Basic Mode = "basic"
	Get   Mode = "get"
	Form  Mode = "form"
)

func Refresh(endpoint, clientID, secret, refreshToken string, mode Mode) (*http.Response, error) {
	params := url.Values{
		"grant_type":    {"refresh_token"},
		"refresh_token": {refreshToken},
	}
	if mode != Basic {
		params.Set("client_id", clientID)
		params.Set("client_secret", secret)
	}
	switch mode {
	case Basic:
		req, err := http.NewRequest(http.MethodPost, endpoint, strings.NewReader(params.Encode()))
		if err != nil {
			return nil, err
		}
		req.SetBasicAuth(clientID, secret)
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		return http.DefaultClient.Do(req)
	case Get:
		req, err := http.NewRequest(http.MethodGet, endpoint+"?"+params.Encode(), nil) // want `refresh token in a URL query: the URL, passed to http.NewRequest, carries refresh_token=`
		if err != nil {
			return nil, err
		}
		return http.DefaultClient.Do(req)
	default:
		return http.PostForm(endpoint, params)
	}
}
