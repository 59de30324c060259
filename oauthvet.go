// Package oauthvet is a suite of go/analysis analyzers that report OAuth 2.0
// misuse in Go code: implicit grants, password grants, authorization code
// flows without PKCE in public clients, and PKCE without S256.
//
// Each rule is a plain *analysis.Analyzer in passes/<rule>; Analyzers
// returns them all, for drivers such as cmd/oauthvet, go vet -vettool,
// nogo and golangci-lint.
package oauthvet

import (
	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/passes/challengemethod"
	"github.com/oauthvet/oauthvet/passes/ignoredirective"
	"github.com/oauthvet/oauthvet/passes/implicitgrant"
	"github.com/oauthvet/oauthvet/passes/insecureendpoint"
	"github.com/oauthvet/oauthvet/passes/oauthstate"
	"github.com/oauthvet/oauthvet/passes/oidcverify"
	"github.com/oauthvet/oauthvet/passes/passwordgrant"
	"github.com/oauthvet/oauthvet/passes/pkce"
	"github.com/oauthvet/oauthvet/passes/redirecturi"
	"github.com/oauthvet/oauthvet/passes/tokenleak"
)

// Analyzers returns the suite's rules. The analyzers are shared values
// whose flags are the ones the drivers set; use the rule packages' New
// functions for independent configurations.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		implicitgrant.Analyzer,
		passwordgrant.Analyzer,
		pkce.Analyzer,
		challengemethod.Analyzer,
		oauthstate.Analyzer,
		insecureendpoint.Analyzer,
		tokenleak.Analyzer,
		oidcverify.Analyzer,
		redirecturi.Analyzer,
		ignoredirective.Analyzer,
	}
}
