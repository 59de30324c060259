// Package pkce defines an Analyzer that reports authorization code flows
// without PKCE in public clients (RFC 9700 §2.1.1, RFC 8252 §6) and PKCE
// that is set up but protects nothing.
package pkce

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/internal/rules"
	"github.com/oauthvet/oauthvet/passes/clientkind"
	"github.com/oauthvet/oauthvet/passes/internal/edit"
	"github.com/oauthvet/oauthvet/passes/internal/guard"
	"github.com/oauthvet/oauthvet/passes/internal/value"
	"github.com/oauthvet/oauthvet/passes/oauthmodel"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
	"github.com/oauthvet/oauthvet/passes/suppress"
)

var rule = rules.PKCE

var Analyzer = New()

// New returns a fresh analyzer with its own flags.
func New() *analysis.Analyzer {
	var confidential bool
	a := &analysis.Analyzer{
		Name:             rule.ID,
		Doc:              rule.Doc(),
		URL:              rule.URL(),
		RunDespiteErrors: true, // ill-typed code still gets the findings types allow
		Requires:         []*analysis.Analyzer{oauthmodel.Analyzer, clientkind.Analyzer, suppress.Analyzer},
	}
	a.Flags.BoolVar(&confidential, "confidential", false, "require PKCE in every client, confidential ones included (OAuth 2.1 §4.1.1)")
	a.Run = guard.Run(rule.ID, func(pass *analysis.Pass) (any, error) {
		c := &checker{pass: pass, confidential: confidential,
			model: pass.ResultOf[oauthmodel.Analyzer].(*oauthmodel.Result),
			kinds: pass.ResultOf[clientkind.Analyzer].(*clientkind.Result),
		}
		c.run()
		return nil, nil
	})
	return a
}

type checker struct {
	pass         *analysis.Pass
	confidential bool
	model        *oauthmodel.Result
	kinds        *clientkind.Result
	reported     map[*oauthmodel.AuthRequest]bool
}

const oauth2Path = "golang.org/x/oauth2"

func (c *checker) run() {
	c.reported = make(map[*oauthmodel.AuthRequest]bool)
	for _, req := range c.model.AuthRequests {
		if rules.InTestFile(c.pass, req.Node.Pos()) {
			continue
		}
		switch {
		case req.Ineffective != "":
			c.report(req, req.Node, "PKCE is set up but never sent: "+req.Ineffective+"; the flow runs without PKCE; set ChallengeMethod: \"S256\" and Challenge: oauth2.S256ChallengeFromVerifier(verifier) (RFC 7636 §4.3, RFC 9700 §2.1.1)")
		case req.Verifier.Presence == value.Present && req.Route != oauthmodel.RouteHelper:
			c.verifierInURL(req)
		case req.StateVerifier != nil:
			c.report(req, req.StateVerifier, verifierAsState)
		case c.missing(req):
			c.report(req, req.Node, c.missingMessage(req), c.addPKCE(req)...)
		}
	}
	constantVerifier := make(map[types.Object]bool)
	for _, t := range c.model.TokenRequests {
		if t.Verifier.Presence != value.Present || rules.InTestFile(c.pass, t.Node.Pos()) {
			continue
		}
		if c.uselessVerifier(t) {
			continue
		}
		if t.Verifier.Known {
			constantVerifier[t.Config] = true
			c.constant(t.Verifier.Node, t.Node, "code_verifier")
		}
		if t.FreshVerifier != nil {
			rules.Report(c.pass, rule, t.FreshVerifier.Pos(), t.FreshVerifier.End(), freshVerifier)
		}
	}
	for _, req := range c.model.AuthRequests {
		if c.reported[req] || rules.InTestFile(c.pass, req.Node.Pos()) {
			continue
		}
		switch {
		case req.ConstantChallenge != nil && !constantVerifier[req.Config]:
			c.reported[req] = true
			c.constant(req.ConstantChallenge, req.Node, "code_challenge")
		case req.PredictableChallenge != nil:
			c.report(req, req.PredictableChallenge, fmt.Sprintf(
				"PKCE with a predictable verifier: the code_challenge derives from %s, which is no cryptographic source: its output can be predicted from its seed or from earlier outputs, so whoever intercepts the code can compute the code_verifier and redeem it; draw the verifier from crypto/rand with oauth2.GenerateVerifier() (RFC 7636 §4.1, §7.1)",
				req.PredictableWhy))
		}
	}
	c.servers()
}

// servers reports authorization servers that let public clients (with
// -pkce.confidential: any client) skip PKCE.
func (c *checker) servers() {
	rules.ServerFindings(c.pass, c.model, knowledge.PKCEPublic, func(sc *oauthmodel.ServerConfig, sd oauthmodel.ServerDecision) {
		rules.Report(c.pass, rule, sd.Node.Pos(), sd.Node.End(), fmt.Sprintf(
			"this authorization server lets public clients skip PKCE: %s; a code intercepted on its way to a native or browser app is then redeemable; %s (RFC 9700 §2.1.1, OAuth 2.1 §4.1.1)",
			sd.Why, sc.Advice[knowledge.PKCEPublic]),
			rules.ServerFix(c.pass, sd.Fix, "Require PKCE from public clients")...)
	})
	rules.ClientFindings(c.pass, c.model, knowledge.PKCEPublic, func(sc *oauthmodel.StaticClient, ask oauthmodel.ClientAsk) {
		if ask.Default {
			rules.Report(c.pass, rule, ask.Node.Pos(), ask.Node.End(), fmt.Sprintf(
				"public client registered without requiring PKCE: %s; a code intercepted on its way to the browser or native app is redeemable without a code_verifier; %s (RFC 9700 §2.1.1, OAuth 2.1 §4.1.1)",
				ask.Why, sc.Advice[knowledge.PKCEPublic]))
			return
		}
		rules.Report(c.pass, rule, ask.Node.Pos(), ask.Node.End(), fmt.Sprintf(
			"public client registered as confidential, so PKCE is not required of it: %s; a secret in a browser or native app is readable by anyone, and the server redeems its codes with that secret and no code_verifier; %s (RFC 8252 §8.5, RFC 9700 §2.1.1)",
			ask.Why, sc.Advice[knowledge.PKCEPublic]))
	})
	if !c.confidential {
		return
	}
	rules.ServerFindings(c.pass, c.model, knowledge.PKCEAll, func(sc *oauthmodel.ServerConfig, sd oauthmodel.ServerDecision) {
		if sc.Decisions[knowledge.PKCEPublic].Status == knowledge.Allowed && sc.Usable(knowledge.PKCEPublic) {
			return // reported above
		}
		rules.Report(c.pass, rule, sd.Node.Pos(), sd.Node.End(), fmt.Sprintf(
			"this authorization server lets confidential clients skip PKCE: %s; OAuth 2.1 asks PKCE of every client; %s (OAuth 2.1 §4.1.1, RFC 9700 §2.1.1)",
			sd.Why, sc.Advice[knowledge.PKCEAll]),
			rules.ServerFix(c.pass, sd.Fix, "Require PKCE from every client")...)
	})
}

// constant reports PKCE built on a verifier that is a constant of the
// program: whoever has the source or the binary has the verifier, so an
// intercepted code is as redeemable as without PKCE.
func (c *checker) constant(at, fallback ast.Node, what string) {
	if at == nil {
		at = fallback
	}
	msg := "PKCE with a constant verifier: the " + what + " is fixed in the program, so whoever has the code or the binary can redeem an intercepted authorization code; generate a fresh verifier for every authorization request with oauth2.GenerateVerifier() (RFC 7636 §4.1, §7.1)"
	rules.Report(c.pass, rule, at.Pos(), at.End(), msg)
}

func (c *checker) report(req *oauthmodel.AuthRequest, at ast.Node, msg string, fixes ...analysis.SuggestedFix) {
	c.reported[req] = true
	rules.Report(c.pass, rule, at.Pos(), at.End(), msg, fixes...)
}

// missing reports whether req is a code flow that sends no challenge, in a
// client that must use PKCE, and is judged here (not at another site).
func (c *checker) missing(req *oauthmodel.AuthRequest) bool {
	if !req.CodeFlow() || req.Challenge.Presence != value.Absent {
		return false
	}
	if !c.mustUsePKCE(req) {
		return false
	}
	// A helper that makes the request in a package of unknown kind is
	// reported there with -pkce.confidential; a caller that is no public
	// client adds nothing.
	if req.MadeByHelper && !c.kinds.Of(req).Kind.Public() {
		return false
	}
	// A helper's URL is judged where it is built when that site already
	// shows a public client; otherwise at each call.
	if req.Origin != nil && c.mustUsePKCE(req.Origin) && req.Origin.Challenge.Presence == value.Absent {
		return false
	}
	return true
}

func (c *checker) mustUsePKCE(req *oauthmodel.AuthRequest) bool {
	return c.confidential || c.kinds.Of(req).Kind.Public() || c.publicWebApp(req)
}

// publicWebApp reports whether req comes from a server-side web app
// whose config has no client secret (a public client, RFC 6749 §2.1): a
// program that fetches the URL itself (a harness) or a helper of unknown
// kind is left to its callers.
func (c *checker) publicWebApp(req *oauthmodel.AuthRequest) bool {
	return req.NoSecret != nil && c.kinds.Of(req).Kind == clientkind.Server && !req.FetchedOnly()
}

func (c *checker) missingMessage(req *oauthmodel.AuthRequest) string {
	client := c.kinds.Of(req)
	where := "in " + client.Noun()
	why := "an intercepted code can be redeemed by whoever holds it"
	if client.Evidence != "" {
		why = client.Evidence + "; " + why
	}
	cite := "RFC 9700 §2.1.1, RFC 8252 §6"
	switch {
	case !client.Kind.Public() && c.publicWebApp(req):
		why = req.NoSecretWhy + "; an intercepted code can be redeemed by whoever holds it"
		if client.Evidence != "" {
			why = client.Evidence + "; " + why
		}
		cite = "RFC 9700 §2.1.1, RFC 6749 §2.1"
	case !client.Kind.Public():
		why = "the configuration asks for PKCE in every client " + rules.PKCEConfidential.Hint(rules.Vet)
		if client.Evidence != "" {
			why = client.Evidence + "; " + why
		}
		cite = "OAuth 2.1 §4.1.1, RFC 9700 §2.1.1"
	}
	what := "authorization code flow without PKCE"
	if req.Route == oauthmodel.RouteHelper && req.Helper != nil {
		format := "authorization URL from %s carries no PKCE challenge"
		if req.MadeByHelper {
			format = "no PKCE in the authorization request made by %s"
		}
		what = fmt.Sprintf(format, rules.FuncName(c.pass, req.Helper))
		for _, short := range shortNames(req.Helper) {
			if len(what)+1+len(where) <= 100 {
				break
			}
			// The first clause is what a CI annotation shows: a long
			// qualified name gives way to a shorter one.
			what = fmt.Sprintf(format, short)
		}
	} else if req.Route == oauthmodel.RouteHelper && req.Field != nil {
		what = fmt.Sprintf("authorization URL in field %s carries no PKCE challenge", fieldName(c.pass, req.Field))
	}
	if req.Path != "" {
		what += " " + req.Path // the path of the function that sends no challenge
	}
	if req.Route == oauthmodel.RouteSDK && req.SDKWhy != "" {
		fix := req.SDKFix
		if fix == "" {
			fix = "send code_challenge=BASE64URL(SHA256(verifier)) with code_challenge_method=S256 and the verifier at the token exchange"
		}
		return fmt.Sprintf("%s %s: %s; %s; %s (%s)", what, where, req.SDKWhy, why, fix, cite)
	}
	var fix string
	switch req.Route {
	case oauthmodel.RouteAuthCodeURL:
		fix = "generate verifier := oauth2.GenerateVerifier(), pass oauth2.S256ChallengeOption(verifier) to AuthCodeURL and oauth2.VerifierOption(verifier) to Exchange"
	case oauthmodel.RouteHelper:
		fix = "have it send code_challenge=BASE64URL(SHA256(verifier)) with code_challenge_method=S256 (oauth2.S256ChallengeOption(verifier) sends both; verifier from oauth2.GenerateVerifier()) and send the verifier at the token exchange"
	case oauthmodel.RouteAuthHandler:
		fix = "use authhandler.TokenSourceWithPKCE with PKCEParams{Challenge: oauth2.S256ChallengeFromVerifier(v), ChallengeMethod: \"S256\", Verifier: v}"
	default:
		fix = "send code_challenge=BASE64URL(SHA256(verifier)) and code_challenge_method=S256 here, and code_verifier in the token request"
	}
	return fmt.Sprintf("%s %s: %s; %s (%s)", what, where, why, fix, cite)
}

// verifierAsState is the message for a request whose state is the PKCE
// verifier its challenge is derived from. It is pkce's finding, not
// oauthstate's: the state stays unguessable, so CSRF protection holds;
// what fails is PKCE, whose secret is now in the URL. No automatic fix: a
// separate state must also be stored and checked at the callback.
const verifierAsState = "PKCE verifier sent as the OAuth state: the state travels in the authorization URL " +
	"(browser history, logs, Referer), so whoever sees it holds the verifier and can redeem an intercepted code; " +
	"draw a separate random state (oauth2.GenerateVerifier() or crypto/rand), store and compare it at the callback, " +
	"and send the verifier only at the token endpoint (RFC 7636 §4.1, §7.1; RFC 9700 §2.1.1)"

// verifierInURL reports a code_verifier sent in the authorization request,
// where it travels through the browser, its history and the server's logs:
// whoever sees the URL holds the secret that PKCE relies on.
func (c *checker) verifierInURL(req *oauthmodel.AuthRequest) {
	at := req.Verifier.Node
	if at == nil {
		at = req.Node
	}
	msg := "code_verifier sent in the authorization request: the secret that PKCE relies on travels through the browser; send its S256 challenge here (oauth2.S256ChallengeOption(verifier)) and the verifier only at the token endpoint (RFC 7636 §4.1-4.5)"
	var fixes []analysis.SuggestedFix
	// oauth2.VerifierOption(v) → oauth2.S256ChallengeOption(v), when the
	// flow's Exchange already sends the verifier.
	if call, ok := at.(*ast.CallExpr); ok && len(call.Args) == 1 && c.exchangeSendsVerifier(req.Config) {
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "VerifierOption" {
			fixes = append(fixes, analysis.SuggestedFix{
				Message:   "Send the S256 challenge instead of the verifier",
				TextEdits: []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte("S256ChallengeOption")}},
			})
		}
	}
	c.report(req, at, msg, fixes...)
}

func (c *checker) exchangeSendsVerifier(config types.Object) bool {
	if config == nil {
		return false
	}
	for _, t := range c.model.TokenRequests {
		if t.Config == config && t.Verifier.Presence == value.Present {
			return true
		}
	}
	return false
}

// uselessVerifier reports a verifier sent at the token endpoint for a flow
// whose authorization requests send no challenge: the server has nothing
// to check it against, so the code is as unprotected as without PKCE.
func (c *checker) uselessVerifier(t *oauthmodel.TokenRequest) bool {
	if t.RelayedVerifier {
		return false // a relayed client's verifier, for that client's challenge
	}
	var flow []*oauthmodel.AuthRequest
	for _, a := range c.model.AuthRequests {
		// A flow inferred from another code exchange (RedeemsCode) is
		// not the authorization request this verifier belongs to.
		if a.Config == t.Config && !a.RedeemsCode {
			flow = append(flow, a)
		}
	}
	if len(flow) == 0 {
		return false
	}
	for _, a := range flow {
		if !a.CodeFlow() || a.Challenge.Presence != value.Absent {
			return false
		}
		if c.reported[a] {
			return true // the authorization request is reported already
		}
	}
	at := t.Verifier.Node
	if at == nil {
		at = t.Node
	}
	line := c.pass.Fset.Position(flow[0].Node.Pos()).Line
	msg := fmt.Sprintf("code_verifier sent at the token endpoint protects nothing: the authorization request (line %d) sends no code_challenge; add the S256 challenge to the authorization request (oauth2.S256ChallengeOption(verifier)) (RFC 7636 §4.3, RFC 9700 §2.1.1)", line)
	rules.Report(c.pass, rule, at.Pos(), at.End(), msg, c.addChallenge(flow, at)...)
	return true
}

// addChallenge is the fix for uselessVerifier: when the flow has one
// AuthCodeURL call and the verifier is a variable visible there, add
// oauth2.S256ChallengeOption(verifier) to it.
func (c *checker) addChallenge(flow []*oauthmodel.AuthRequest, verifierOpt ast.Node) []analysis.SuggestedFix {
	if len(flow) != 1 || flow[0].Options == nil {
		return nil
	}
	call, ok := verifierOpt.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil
	}
	id, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	auth := flow[0].Options
	if !ok || v.Parent() == nil || !v.Parent().Contains(auth.Pos()) || v.Pos() >= auth.Pos() {
		return nil
	}
	file := edit.File(c.pass, auth.Pos())
	q, ok := edit.Qualifier(file, oauth2Path)
	if file == nil || !ok {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   "Send the S256 challenge of " + id.Name + " in the authorization request",
		TextEdits: []analysis.TextEdit{edit.AppendArg(auth, q+"S256ChallengeOption("+id.Name+")")},
	}}
}

// addPKCE is the fix for a missing challenge when AuthCodeURL and the
// matching Exchange are in one function: generate a verifier before the
// AuthCodeURL statement and pass it to both calls.
func (c *checker) addPKCE(req *oauthmodel.AuthRequest) []analysis.SuggestedFix {
	if req.Route != oauthmodel.RouteAuthCodeURL || req.Options == nil || req.Config == nil || req.Func == nil {
		return nil
	}
	var exchange *ast.CallExpr
	for _, t := range c.model.TokenRequests {
		if t.Route == oauthmodel.RouteExchange && t.Config == req.Config && t.Func == req.Func && t.Verifier.Presence == value.Absent {
			if call, ok := t.Node.(*ast.CallExpr); ok && !call.Ellipsis.IsValid() && exchange == nil {
				exchange = call
			}
		}
	}
	if exchange == nil {
		return nil
	}
	file := edit.File(c.pass, req.Node.Pos())
	if file == nil {
		return nil
	}
	q, ok := edit.Qualifier(file, oauth2Path)
	if !ok {
		return nil
	}
	stmt, block := edit.Stmt(file, req.Options.Pos(), req.Options.End())
	if stmt == nil || exchange.Pos() < stmt.End() || exchange.End() > block.End() {
		return nil
	}
	name := edit.FreeName(c.pass.Pkg, stmt.Pos(), "verifier", "pkceVerifier", "codeVerifier")
	if name == "" {
		return nil
	}
	indent := edit.Indent(c.pass.Fset, stmt.Pos())
	return []analysis.SuggestedFix{{
		Message: "Add PKCE (S256) to the authorization code flow",
		TextEdits: []analysis.TextEdit{
			{Pos: stmt.Pos(), End: stmt.Pos(), NewText: []byte(name + " := " + q + "GenerateVerifier()\n" + indent)},
			edit.AppendArg(req.Options, q+"S256ChallengeOption("+name+")"),
			edit.AppendArg(exchange, q+"VerifierOption("+name+")"),
		},
	}}
}

// fieldName is Type.Field for a field of a package-level type, qualified
// by its package when it is another's.
func fieldName(pass *analysis.Pass, f *types.Var) string {
	name := f.Name()
	if f.Pkg() == nil {
		return name
	}
	scope := f.Pkg().Scope()
	for _, n := range scope.Names() {
		tn, ok := scope.Lookup(n).(*types.TypeName)
		if !ok {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for i := 0; i < st.NumFields(); i++ {
				if st.Field(i) == f {
					name = tn.Name() + "." + f.Name()
				}
			}
		}
	}
	if f.Pkg() != pass.Pkg {
		name = f.Pkg().Name() + "." + name
	}
	return name
}

// shortNames are ever shorter names of fn: Type.Method, then Method.
func shortNames(fn *types.Func) []string {
	var out []string
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			out = append(out, n.Obj().Name()+"."+fn.Name())
		}
	}
	return append(out, fn.Name())
}

const freshVerifier = "code_verifier drawn at the token request: it is generated for this exchange and used " +
	"nowhere else, so it is not the verifier whose challenge the authorization request sent, and the " +
	"exchange fails or PKCE protects nothing; keep the verifier drawn for AuthCodeURL (in the session or a " +
	"cookie) and send that one (RFC 7636 §4.5, §4.6)"
