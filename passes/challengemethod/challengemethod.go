// Package challengemethod defines an Analyzer that reports PKCE challenges
// sent without code_challenge_method (the server then assumes "plain",
// RFC 7636 §4.3) or with "plain" (RFC 7636 §7.2).
package challengemethod

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/internal/rules"
	"github.com/oauthvet/oauthvet/passes/internal/edit"
	"github.com/oauthvet/oauthvet/passes/internal/guard"
	"github.com/oauthvet/oauthvet/passes/internal/value"
	"github.com/oauthvet/oauthvet/passes/oauthmodel"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
	"github.com/oauthvet/oauthvet/passes/suppress"
)

var rule = rules.ChallengeMethod

var Analyzer = &analysis.Analyzer{
	Name:             rule.ID,
	Doc:              rule.Doc(),
	URL:              rule.URL(),
	RunDespiteErrors: true, // ill-typed code still gets the findings types allow
	Requires:         []*analysis.Analyzer{oauthmodel.Analyzer, suppress.Analyzer},
	Run:              guard.Run(rule.ID, run),
}

func run(pass *analysis.Pass) (any, error) {
	model := pass.ResultOf[oauthmodel.Analyzer].(*oauthmodel.Result)
	for _, req := range model.AuthRequests {
		// A helper's URL is judged where the helper builds it.
		if req.Route == oauthmodel.RouteHelper || req.Challenge.Presence != value.Present || rules.InTestFile(pass, req.Node.Pos()) {
			continue
		}
		switch m := req.ChallengeMethod; {
		case m.Presence == value.Absent:
			at := req.Challenge.Node
			if at == nil {
				at = req.Node
			}
			msg := "code_challenge sent without code_challenge_method: the server assumes \"plain\" (RFC 7636 §4.3)"
			if req.ChallengeS256 {
				msg += " and compares the verifier itself with this S256 hash, so the exchange fails or PKCE is skipped; send code_challenge_method=S256 (oauth2.S256ChallengeOption sends both)"
			} else {
				msg += "; send an S256 challenge with code_challenge_method=S256 (RFC 7636 §4.2, §7.2)"
			}
			rules.Report(pass, rule, at.Pos(), at.End(), msg, fixes(pass, req, at)...)
		case m.Presence == value.Present && m.Known && strings.EqualFold(m.Value, "plain") && !req.MethodBySetting:
			at := m.Node
			if at == nil {
				at = req.Node
			}
			rules.Report(pass, rule, at.Pos(), at.End(),
				"code_challenge_method=plain makes the challenge the verifier itself: whoever sees the authorization URL can redeem the code; use S256, challenge = BASE64URL(SHA256(verifier)) (oauth2.S256ChallengeOption) (RFC 7636 §4.2, §7.2)")
		}
	}
	rules.ServerFindings(pass, model, knowledge.PlainPKCE, func(sc *oauthmodel.ServerConfig, sd oauthmodel.ServerDecision) {
		rules.Report(pass, rule, sd.Node.Pos(), sd.Node.End(), fmt.Sprintf(
			"this authorization server accepts code_challenge_method=plain: %s; a plain challenge is the verifier itself, so whoever sees the authorization URL can redeem the code; %s (RFC 7636 §4.2, §7.2)",
			sd.Why, sc.Advice[knowledge.PlainPKCE]),
			rules.ServerFix(pass, sd.Fix, "Accept only S256")...)
	})
	rules.ClientFindings(pass, model, knowledge.PlainPKCE, func(c *oauthmodel.StaticClient, ask oauthmodel.ClientAsk) {
		rules.Report(pass, rule, ask.Node.Pos(), ask.Node.End(), fmt.Sprintf(
			"client registered to use plain PKCE: %s; a plain challenge is the verifier itself, so whoever sees the authorization URL can redeem the code; %s (RFC 7636 §4.2, §7.2)",
			ask.Why, c.Advice[knowledge.PlainPKCE]))
	})
	return nil, nil
}

// fixes adds code_challenge_method=S256 where the challenge is known to be
// the S256 transform of a verifier, in the form the code already uses.
func fixes(pass *analysis.Pass, req *oauthmodel.AuthRequest, at ast.Node) []analysis.SuggestedFix {
	if !req.ChallengeS256 {
		return nil
	}
	fix := func(edits ...analysis.TextEdit) []analysis.SuggestedFix {
		return []analysis.SuggestedFix{{Message: "Send code_challenge_method=S256", TextEdits: edits}}
	}
	switch n := at.(type) {
	case *ast.CallExpr:
		sel, ok := n.Fun.(*ast.SelectorExpr)
		if !ok || len(n.Args) != 2 {
			return nil
		}
		switch fn, _ := pass.TypesInfo.Uses[sel.Sel].(*types.Func); {
		case fn == nil:
			return nil
		case fn.Name() == "SetAuthURLParam" && fn.Pkg() != nil && fn.Pkg().Path() == "golang.org/x/oauth2":
			// SetAuthURLParam("code_challenge", S256ChallengeFromVerifier(v))
			// → S256ChallengeOption(v)
			inner, ok := ast.Unparen(n.Args[1]).(*ast.CallExpr)
			if !ok || len(inner.Args) != 1 {
				return nil
			}
			return fix(
				analysis.TextEdit{Pos: sel.Sel.Pos(), End: inner.Args[0].Pos(), NewText: []byte("S256ChallengeOption(")},
				analysis.TextEdit{Pos: inner.Args[0].End(), End: n.End(), NewText: []byte(")")},
			)
		case fn.Name() == "Set" || fn.Name() == "Add":
			// values.Set("code_challenge", c) → also values.Set("code_challenge_method", "S256")
			recv, ok := ast.Unparen(sel.X).(*ast.Ident)
			file := edit.File(pass, n.Pos())
			if !ok || file == nil {
				return nil
			}
			stmt, _ := edit.Stmt(file, n.Pos(), n.End())
			if es, ok := stmt.(*ast.ExprStmt); !ok || es.X != n {
				return nil
			}
			// A new line after the statement's line (and its comment).
			next, ok := edit.NextLine(pass.Fset, stmt.End())
			if !ok {
				return nil
			}
			text := edit.Indent(pass.Fset, stmt.Pos()) + recv.Name + "." + fn.Name() + `("code_challenge_method", "S256")` + "\n"
			return fix(analysis.TextEdit{Pos: next, End: next, NewText: []byte(text)})
		}
	case *ast.KeyValueExpr:
		// "code_challenge": {c} → add "code_challenge_method": {"S256"}
		val := `"S256"`
		if _, ok := n.Value.(*ast.CompositeLit); ok {
			val = `{"S256"}`
		}
		if _, ok := n.Key.(*ast.BasicLit); !ok {
			return nil // a struct field: the field name is not ours to guess
		}
		return fix(analysis.TextEdit{Pos: n.End(), End: n.End(), NewText: []byte(`, "code_challenge_method": ` + val)})
	}
	return nil
}
