// Package gooauth2acceptall replaces go-oauth2's redirect URI validator
// with one that accepts every redirect_uri: worse than the default's
// host suffix match, any URL receives the code.
package gooauth2acceptall

import (
	"errors"
	"log"

	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

func Dev() *server.Server {
	m := manage.NewDefaultManager()
	m.SetValidateURIHandler(func(baseURI, redirectURI string) error { // want `this authorization server does not compare redirect URIs exactly: the validator SetValidateURIHandler installs returns nil on every path`
		log.Printf("redirect %s for %s", redirectURI, baseURI)
		return nil
	})
	return server.NewDefaultServer(m)
}

func allowAny(string, string) error { return nil }

func Staging() *manage.Manager {
	mgr := manage.NewManager()
	mgr.SetValidateURIHandler(allowAny) // want `the validator SetValidateURIHandler installs returns nil on every path, so any redirect_uri is accepted`
	return mgr
}

var errMismatch = errors.New("redirect_uri mismatch")

// Prod compares exactly: nothing to report.
func Prod() *manage.Manager {
	mgr := manage.NewDefaultManager()
	mgr.SetValidateURIHandler(func(registered, requested string) error {
		if registered != requested {
			return errMismatch
		}
		return nil
	})
	return mgr
}
