// Package gooauth2custom installs hand-written redirect URI validators in
// go-oauth2: a prefix match is reported, exact matches are not.
package gooauth2custom

import (
	"net"
	"net/url"
	"strings"

	"github.com/go-oauth2/oauth2/v4/errors"
	"github.com/go-oauth2/oauth2/v4/manage"
)

func Prefix() *manage.Manager {
	m := manage.NewDefaultManager()
	m.SetValidateURIHandler(func(base, target string) error {
		if !strings.HasPrefix(target, base) { // want `redirect_uri matched by prefix \(strings.HasPrefix\), not exact comparison`
			return errors.ErrInvalidRedirectURI
		}
		return nil
	})
	return m
}

// Loopback lets a native client's loopback port vary, as RFC 8252 §7.3
// allows, and compares everything else exactly.
func Loopback() *manage.Manager {
	m := manage.NewManager()
	m.SetValidateURIHandler(sameURI)
	return m
}

func sameURI(registered, requested string) error {
	if requested == registered {
		return nil
	}
	r, err := url.Parse(requested)
	if err != nil {
		return err
	}
	g, err := url.Parse(registered)
	if err != nil {
		return err
	}
	if ip := net.ParseIP(r.Hostname()); ip != nil && ip.IsLoopback() && r.Scheme == "http" &&
		r.Hostname() == g.Hostname() && r.Path == g.Path && strings.HasPrefix(requested, "http://127.0.0.1:") {
		return nil
	}
	return errors.ErrInvalidRedirectURI
}
