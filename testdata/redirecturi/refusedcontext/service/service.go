// Package service decides authorization requests: it compares the
// requested redirect URI with the client's registered ones.
package service

import (
	"errors"
	"net/url"
)

var ErrInvalidRedirectURI = errors.New("invalid redirect_uri")

type Clients map[string][]string

func (c Clients) Authorize(clientID, redirectURI, state string) (*url.URL, error) {
	for _, u := range c[clientID] {
		if u == redirectURI {
			loc, err := url.Parse(u)
			if err != nil {
				return nil, err
			}
			q := loc.Query()
			q.Set("code", "c0de")
			q.Set("state", state)
			loc.RawQuery = q.Encode()
			return loc, nil
		}
	}
	return nil, ErrInvalidRedirectURI
}

func (c Clients) Registered(clientID, redirectURI string) bool {
	for _, u := range c[clientID] {
		if u == redirectURI {
			return true
		}
	}
	return false
}
