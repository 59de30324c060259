// Package oidcverify defines an Analyzer that reports ID token
// verification switched off (go-oidc's oidc.Config skips,
// InsecureIssuerURLContext), nonces sent but never compared, and implicit
// or hybrid requests without a nonce (OpenID Connect Core §3.1.3.7,
// §3.2.2.11, §15.5.2).
package oidcverify

import (
	"fmt"
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/internal/rules"
	"github.com/oauthvet/oauthvet/passes/internal/guard"
	"github.com/oauthvet/oauthvet/passes/internal/value"
	"github.com/oauthvet/oauthvet/passes/oauthmodel"
	"github.com/oauthvet/oauthvet/passes/suppress"
)

var rule = rules.OIDCVerify

var Analyzer = &analysis.Analyzer{
	Name:             rule.ID,
	Doc:              rule.Doc(),
	URL:              rule.URL(),
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{oauthmodel.Analyzer, suppress.Analyzer},
	Run:              guard.Run(rule.ID, run),
}

// consequences says what each switched-off check lets through.
var consequences = map[string]string{
	"InsecureSkipSignatureCheck": "anyone can forge an ID token",
	"SkipIssuerCheck":            "an ID token from another issuer is accepted",
	"SkipClientIDCheck":          "an ID token issued to any other client of the provider is accepted",
	"SkipExpiryCheck":            "an expired ID token is accepted for ever",
}

func run(pass *analysis.Pass) (any, error) {
	model := pass.ResultOf[oauthmodel.Analyzer].(*oauthmodel.Result)
	o := &model.OIDC
	// Without the signature check every claim can be forged: the other
	// checks the same literal switches off add nothing to say.
	unsigned := make(map[*ast.CompositeLit]bool)
	for _, s := range o.Skips {
		if s.Field == "InsecureSkipSignatureCheck" && s.Lit != nil {
			unsigned[s.Lit] = true
		}
	}
	for _, s := range o.Skips {
		if s.Lit != nil && unsigned[s.Lit] && s.Field != "InsecureSkipSignatureCheck" {
			continue
		}
		if rules.InTestFile(pass, s.Node.Pos()) || checkedByHand(o, s) {
			continue
		}
		if s.OwnKeys && s.Field != "InsecureSkipSignatureCheck" {
			continue // a provider checking a token it signed itself
		}
		if s.PreCheck {
			continue // a first check whose result is dropped; the token is verified again
		}
		msg := fmt.Sprintf("ID token check switched off: oidc.Config.%s is true, so %s is not checked and %s; remove it (OpenID Connect Core §3.1.3.7)",
			s.Field, s.Check, consequences[s.Field])
		var fixes []analysis.SuggestedFix
		if s.Field == "SkipExpiryCheck" && s.KV != nil {
			fixes = append(fixes, removeField(pass, s))
		}
		rules.Report(pass, rule, s.Node.Pos(), s.Node.End(), msg, fixes...)
	}
	for _, c := range o.InsecureIssuer {
		// A package that reads IDToken.Issuer checks it itself, as
		// go-oidc asks of callers that override or skip the check.
		if rules.InTestFile(pass, c.Pos()) || o.IssuerRead != nil {
			continue
		}
		rules.Report(pass, rule, c.Pos(), c.End(), "ID token issuer check overridden: oidc.InsecureIssuerURLContext makes the provider accept a discovery document whose issuer is not the URL it was fetched from, and its verifier then expects that issuer; compare each ID token's issuer (IDToken.Issuer) with the issuers you trust before accepting it (OpenID Connect Core §3.1.3.7, §15.5.2)")
	}
	var sent *oauthmodel.AuthRequest
	for _, r := range model.AuthRequests {
		if rules.InTestFile(pass, r.Node.Pos()) {
			continue
		}
		if r.Nonce.Presence == value.Present && sent == nil {
			sent = r
		}
		if rt, ok := idTokenResponse(r); ok && r.Nonce.Presence == value.Absent && r.Route != oauthmodel.RouteHelper {
			at := r.ResponseType.Node
			if at == nil {
				at = r.Node
			}
			rules.Report(pass, rule, at.Pos(), at.End(), fmt.Sprintf("ID token requested without a nonce: response_type=%q returns the ID token through the browser, where only the nonce ties it to this login; send a fresh random nonce and compare it with IDToken.Nonce (OpenID Connect Core §3.2.2.1, §3.3.2.11, §15.5.2)", rt))
		}
	}
	if sent != nil && o.NonceRead == nil {
		at := sent.Nonce.Node
		if at == nil {
			at = sent.Node
		}
		line := pass.Fset.Position(at.Pos()).Line
		for _, c := range o.Verifies {
			if rules.InTestFile(pass, c.Pos()) || o.HandedBack[c] {
				continue // returned to callers that may compare the nonce
			}
			rules.Report(pass, rule, c.Pos(), c.End(), fmt.Sprintf("ID token nonce never compared: the package sends a nonce (line %d) and verifies the ID token here, but never reads IDToken.Nonce, which go-oidc does not check; compare it with the nonce stored for the login, or a replayed ID token is accepted (OpenID Connect Core §3.1.3.7, §15.5.2)", line))
		}
	}
	return nil, nil
}

// checkedByHand reports whether the program makes up for a skipped check:
// the audience of a verifier used only on the client's own access token
// is not the client's, and a package that reads IDToken.Audience or
// IDToken.Issuer compares them itself (as go-oidc asks of callers that
// skip the issuer check).
func checkedByHand(o *oauthmodel.OIDC, s *oauthmodel.OIDCSkip) bool {
	switch s.Field {
	case "SkipClientIDCheck":
		return s.AccessTokenOnly || o.AudienceRead != nil
	case "SkipIssuerCheck":
		return o.IssuerRead != nil
	}
	return false
}

// idTokenResponse returns the response type when it, or one of the values
// it may take, returns an ID token in the authorization response.
func idTokenResponse(r *oauthmodel.AuthRequest) (string, bool) {
	values := r.ResponseType.Possible
	if r.ResponseType.Known {
		values = []string{r.ResponseType.Value}
	}
	for _, v := range values {
		for _, w := range value.Words(v) {
			if w == "id_token" {
				return v, true
			}
		}
	}
	return "", false
}

// removeField deletes "SkipExpiryCheck: true" and its comma from the
// literal: its whole line when it stands alone on one.
func removeField(pass *analysis.Pass, s *oauthmodel.OIDCSkip) analysis.SuggestedFix {
	file := pass.Fset.File(s.KV.Pos())
	line := func(p token.Pos) int { return file.Line(p) }
	kvLine := line(s.KV.Pos())
	elts := s.Lit.Elts
	i := 0
	for i < len(elts) && elts[i] != s.KV {
		i++
	}
	alone := line(s.Lit.Lbrace) < kvLine && line(s.KV.End()) == kvLine && kvLine < line(s.Lit.Rbrace) &&
		(i == 0 || line(elts[i-1].End()) < kvLine) && (i+1 >= len(elts) || line(elts[i+1].Pos()) > kvLine)
	start, end := s.KV.Pos(), s.KV.End()
	switch {
	case alone:
		start, end = file.LineStart(kvLine), file.LineStart(kvLine+1)
	case i+1 < len(elts):
		end = elts[i+1].Pos()
	case i > 0:
		start = elts[i-1].End()
	}
	return analysis.SuggestedFix{
		Message:   "remove SkipExpiryCheck: the verifier then rejects expired ID tokens",
		TextEdits: []analysis.TextEdit{{Pos: start, End: end}},
	}
}
