// Package passwordgrant defines an Analyzer that reports the resource owner
// password credentials grant (RFC 9700 §2.4: it MUST NOT be used) outside
// the packages the user lists as trusted.
package passwordgrant

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/internal/rules"
	"github.com/oauthvet/oauthvet/passes/internal/guard"
	"github.com/oauthvet/oauthvet/passes/internal/pkgpattern"
	"github.com/oauthvet/oauthvet/passes/oauthmodel"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
	"github.com/oauthvet/oauthvet/passes/suppress"
)

var rule = rules.PasswordGrant

var Analyzer = New()

// New returns a fresh analyzer with its own flags, so that two
// configurations can run in one process (tests, plugins).
func New() *analysis.Analyzer {
	var trusted pkgpattern.List
	a := &analysis.Analyzer{
		Name:             rule.ID,
		Doc:              rule.Doc(),
		URL:              rule.URL(),
		RunDespiteErrors: true, // ill-typed code still gets the findings types allow
		Requires:         []*analysis.Analyzer{oauthmodel.Analyzer, suppress.Analyzer},
	}
	a.Flags.Var(&trusted, "trusted", "comma-separated import path patterns (\"...\" wildcard, as in the go command) of packages trusted to use the password grant")
	a.Run = guard.Run(rule.ID, func(pass *analysis.Pass) (any, error) {
		return run(pass, &trusted)
	})
	return a
}

func run(pass *analysis.Pass, trusted *pkgpattern.List) (any, error) {
	model := pass.ResultOf[oauthmodel.Analyzer].(*oauthmodel.Result)
	if trusted.Match(pass.Pkg.Path()) {
		return nil, nil
	}
	rules.ServerFindings(pass, model, knowledge.Password, func(sc *oauthmodel.ServerConfig, sd oauthmodel.ServerDecision) {
		rules.Report(pass, rule, sd.Node.Pos(), sd.Node.End(), fmt.Sprintf(
			"this authorization server accepts the password grant%s: %s; clients then collect users' passwords, and multi-factor or federated login is bypassed; %s (RFC 9700 §2.4); if %s is trusted with passwords, list it as trusted %s",
			rules.ServerScope(sc), sd.Why, sc.Advice[knowledge.Password], pass.Pkg.Path(), rules.PasswordGrantTrusted.Hint(rules.Vet)))
	})
	rules.ClientFindings(pass, model, knowledge.Password, func(c *oauthmodel.StaticClient, ask oauthmodel.ClientAsk) {
		rules.Report(pass, rule, ask.Node.Pos(), ask.Node.End(), fmt.Sprintf(
			"this client registration asks for the password grant: %s, so the application collects users' passwords and bypasses multi-factor or federated login; %s (RFC 9700 §2.4); if %s is trusted with passwords, list it as trusted %s",
			ask.Why, c.Advice[knowledge.Password], pass.Pkg.Path(), rules.PasswordGrantTrusted.Hint(rules.Vet)))
	})
	for _, t := range model.TokenRequests {
		if t.DecidedInHelper || rules.InTestFile(pass, t.Node.Pos()) {
			continue // decided, reported or trusted, in the helper
		}
		if t.CallerDecides {
			continue // the helper's parameters choose the path: judged at each call that takes it
		}
		var grant string
		switch gt := t.GrantType; {
		case gt.MayBe(oauthmodel.GrantPassword) || gt.MayBe("PASSWORD") || gt.MayBe("Password"):
			// Some APIs spell it in capitals (Jottacloud's "PASSWORD").
			grant = "grant_type=password"
		case gt.MayBe(oauthmodel.GrantPasswordRealm):
			grant = "Auth0's password-realm grant"
		default:
			continue
		}
		if t.GeneratedPassword {
			continue // a throw-away account's password the program drew itself
		}
		if t.FirstParty != "" {
			continue // the identity product's own sign-in (knowledge.FirstPartyPasswordAPIs)
		}
		if !t.GrantType.Known {
			grant += " on some paths"
		}
		at := t.GrantType.Node
		if at == nil {
			at = t.Node
		}
		how, evidence := "", ""
		switch t.Route {
		case oauthmodel.RoutePasswordToken:
			how = "oauth2.Config.PasswordCredentialsToken"
		case oauthmodel.RouteEndpointParams:
			how = grant + " in EndpointParams"
			evidence = "clientcredentials.Config.EndpointParams overrides its client_credentials grant; "
		case oauthmodel.RouteSDK:
			// The SDK method in the first clause, what its table says
			// about it after the colon.
			how, evidence = grant, t.SDKWhy+"; "
			if t.Helper != nil {
				how = "from " + rules.FuncName(pass, t.Helper)
				if len(how) > 55 { // keep the first clause short: the evidence names it in full
					how = "from " + t.Helper.Name()
				}
			}
		case oauthmodel.RouteHelper:
			how = grant
			// The grant is the helper's own (not an argument of this
			// call, whose text the message would already show): name it.
			if t.Helper != nil && t.GrantType.Node == t.Node {
				how = "from " + rules.FuncName(pass, t.Helper)
				evidence = fmt.Sprintf("%s sends %s; ", rules.FuncName(pass, t.Helper), grant)
				if t.Path != "" {
					// A path of the helper, which this call's constants take.
					name := rules.FuncName(pass, t.Helper)
					if len(name) > 30 { // keep the first clause short: the evidence names it in full
						name = t.Helper.Name()
					}
					how = "from " + name + " " + t.Path
					evidence = fmt.Sprintf("%s sends %s %s, the path this call's arguments choose; ", rules.FuncName(pass, t.Helper), grant, t.Path)
				}
			}
		default:
			how = grant
			if t.Path != "" {
				how += " " + t.Path
			}
		}
		rules.Report(pass, rule, at.Pos(), at.End(), fmt.Sprintf(
			"resource owner password credentials grant (%s): %sthe client sees the user's password and cannot do multi-factor or federated login; use the authorization code grant with PKCE, or the device grant (RFC 8628) on devices without a browser (RFC 9700 §2.4); if %s is trusted with passwords, list it as trusted %s",
			how, evidence, pass.Pkg.Path(), rules.PasswordGrantTrusted.Hint(rules.Vet)))
	}
	return nil, nil
}
