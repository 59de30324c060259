// Package oidcconf returns fosite configurations for the provider: one
// built with new and field assignments, with an error result; one read
// from a file (nothing known: no fact).
package oidcconf

import (
	"encoding/json"
	"os"

	"github.com/ory/fosite"
)

func Default(secret []byte) (*fosite.Config, error) {
	c := new(fosite.Config)
	c.GlobalSecret = secret
	c.EnforcePKCE = false
	return c, nil
}

func FromFile(path string) (*fosite.Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c fosite.Config
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, err
	}
	return &c, nil
}
