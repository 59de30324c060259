// Package fosite stands for an identity provider's in-repo copy of
// fosite under its own import path: same API shape, other path.
package fosite

type Config struct {
	GlobalSecret                   []byte
	EnforcePKCE                    bool
	EnforcePKCEForPublicClients    bool
	EnablePKCEPlainChallengeMethod bool
}

type OAuth2Provider interface{}
