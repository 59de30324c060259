// Package settings writes the provider's fosite configuration; the
// package above composes the provider from it.
package settings

import (
	"time"

	"github.com/ory/fosite"
)

func Fosite(secret []byte) *fosite.Config {
	return &fosite.Config{
		GlobalSecret:                   secret,
		AccessTokenLifespan:            time.Hour,
		EnforcePKCE:                    true,
		EnablePKCEPlainChallengeMethod: true,
	}
}
