// SkipExpiryCheck in one-line literals, first and last.
package inline

import "github.com/coreos/go-oidc/v3/oidc"

func verifiers(p *oidc.Provider, id string) []*oidc.IDTokenVerifier {
	return []*oidc.IDTokenVerifier{
		p.Verifier(&oidc.Config{ClientID: id, SkipExpiryCheck: true}),            // want `SkipExpiryCheck is true`
		p.Verifier(&oidc.Config{SkipExpiryCheck: true, ClientID: id}),            // want `SkipExpiryCheck is true`
		p.Verifier(&oidc.Config{SkipExpiryCheck: true, SkipClientIDCheck: true}), // want `SkipExpiryCheck is true` `SkipClientIDCheck is true`
	}
}
