// Package uris parses a registered and a requested URI together and
// checks one against the other by path prefix, the way osin's
// ValidateUri does.
package uris

import (
	"errors"
	"net/url"
	"strings"
)

// Split parses both URIs; the requested one is rebuilt on the
// registered host.
func Split(base, asked string) (*url.URL, *url.URL, error) {
	b, err := url.Parse(base)
	if err != nil {
		return nil, nil, err
	}
	a, err := url.Parse(asked)
	if err != nil {
		return nil, nil, err
	}
	if a.Host != b.Host {
		return nil, nil, errors.New("host differs")
	}
	rebuilt := (&url.URL{Scheme: b.Scheme, Host: b.Host}).ResolveReference(&url.URL{Path: a.Path, RawQuery: a.RawQuery})
	return b, rebuilt, nil
}

// Under accepts asked when its path lies under base's.
func Under(base, asked string) error {
	b, a, err := Split(base, asked)
	if err != nil {
		return err
	}
	if a.Path == b.Path {
		return nil
	}
	if !strings.HasPrefix(a.Path, strings.TrimSuffix(b.Path, "/")+"/") {
		return errors.New("path differs")
	}
	return nil
}
