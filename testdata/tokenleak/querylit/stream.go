// Package querylit builds websocket URLs as url.URL literals whose
// RawQuery is an encoded url.Values: with access_token there, the token
// is in the URL, however the literal is written; a query without one is
// not reported.
package querylit

import (
	"net/url"

	"golang.org/x/oauth2"
)

func LogsURL(host, token, connector string) url.URL {
	query := url.Values{}
	query.Add("access_token", token) // want `access token in a URL query`
	if connector != "" {
		query.Add("connector_id", connector)
	}
	return url.URL{Scheme: "wss", Host: host, Path: "/logs", RawQuery: query.Encode()}
}

func EventsURL(host string, tok *oauth2.Token) *url.URL {
	return &url.URL{
		Scheme:   "wss",
		Host:     host,
		Path:     "/v1/events",
		RawQuery: url.Values{"stream": {"user"}, "access_token": {tok.AccessToken}}.Encode(), // want `access token in a URL query`
	}
}

func PageURL(host string, page string) url.URL {
	return url.URL{Scheme: "https", Host: host, Path: "/items", RawQuery: url.Values{"page": {page}}.Encode()}
}
