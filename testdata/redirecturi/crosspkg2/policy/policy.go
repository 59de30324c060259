// Package policy wraps the uris check for a list of registered URIs: its
// callers hand it the requested one.
package policy

import (
	"errors"
	"strings"

	"example.com/fixtures/redirecturi/crosspkg2/uris"
)

type Registry struct {
	Multiple bool
}

// Check accepts asked when one of the comma-separated registered URIs
// covers it.
func (g *Registry) Check(registered, asked string) (string, error) {
	list := []string{registered}
	if g.Multiple {
		list = strings.Split(registered, ",")
	}
	for _, base := range list {
		if err := uris.Under(base, asked); err == nil {
			return asked, nil
		}
	}
	return "", errors.New("redirect_uri not registered")
}
