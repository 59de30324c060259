// Package fositebuilder2: a configuration made with new and set field by
// field, handed to another package's method that builds the provider:
// plain PKCE enabled there is reported where it is set; a caller that
// leaves it off is silent.
package fositebuilder2

import (
	"example.com/fixtures/challengemethod/fositebuilder2/idp"
	"github.com/ory/fosite"
)

func Lenient(b *idp.Builder, secret []byte) fosite.OAuth2Provider {
	conf := new(fosite.Config)
	conf.EnforcePKCE = true
	conf.EnablePKCEPlainChallengeMethod = true // want `this authorization server accepts code_challenge_method=plain: it sets EnablePKCEPlainChallengeMethod to true \(this configuration is handed to \(\*idp.Builder\).Build, which builds the server at idp.go:15\)`
	return b.Build(secret, conf)
}

func Careful(b *idp.Builder, secret []byte) fosite.OAuth2Provider {
	conf := new(fosite.Config)
	conf.EnforcePKCE = true
	return b.Build(secret, conf)
}
