// Package deletedparam builds a userinfo query that names the access
// token, and deletes it where the token goes in the Authorization
// header instead: only the URL that still carries it is reported.
package deletedparam

import (
	"net/http"
	"net/url"
)

func Fetch(base, tok string, header bool) (*http.Response, error) {
	q := url.Values{}
	q.Set("schema", "openid")
	q.Set("access_token", tok)
	if header {
		q.Del("access_token")
		req, _ := http.NewRequest(http.MethodGet, base+"?"+q.Encode(), nil)
		req.Header.Set("Authorization", "Bearer "+tok)
		return http.DefaultClient.Do(req)
	}
	return http.Get(base + "?" + q.Encode()) // want `access token in a URL query: the URL, passed to http.Get, carries access_token=`
}

func FetchHeader(base, tok string) (*http.Response, error) {
	q := url.Values{}
	q.Set("access_token", tok)
	q.Del("access_token")
	q.Set("schema", "openid")
	req, _ := http.NewRequest(http.MethodGet, base+"?"+q.Encode(), nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	return http.DefaultClient.Do(req)
}
