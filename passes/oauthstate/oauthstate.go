// Package oauthstate defines an Analyzer that reports authorization
// requests whose state is missing, constant or predictable, and callback
// handlers that exchange the code without reading the state (RFC 6749
// §10.12, RFC 9700 §4.7.1).
package oauthstate

import (
	"fmt"
	"go/ast"
	"go/types"
	"path/filepath"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/internal/rules"
	"github.com/oauthvet/oauthvet/passes/clientkind"
	"github.com/oauthvet/oauthvet/passes/internal/guard"
	"github.com/oauthvet/oauthvet/passes/internal/value"
	"github.com/oauthvet/oauthvet/passes/oauthmodel"
	"github.com/oauthvet/oauthvet/passes/suppress"
)

var rule = rules.OAuthState

var Analyzer = &analysis.Analyzer{
	Name:             rule.ID,
	Doc:              rule.Doc(),
	URL:              rule.URL(),
	RunDespiteErrors: true, // ill-typed code still gets the findings types allow
	Requires:         []*analysis.Analyzer{oauthmodel.Analyzer, clientkind.Analyzer, suppress.Analyzer},
	Run:              guard.Run(rule.ID, run),
}

const (
	cite    = "(RFC 9700 §4.7.1, RFC 6749 §10.12)"
	pkceLow = " (low severity: the request carries an S256 PKCE challenge, which already stops this where the server enforces PKCE, RFC 9700 §2.1)"
	fix     = "draw a fresh state for each login with oauth2.GenerateVerifier() or crypto/rand, store it in a cookie or the session, and compare it with the callback's state before Exchange (more than one edit: no automatic fix)"
)

func run(pass *analysis.Pass) (any, error) {
	model := pass.ResultOf[oauthmodel.Analyzer].(*oauthmodel.Result)
	kinds := pass.ResultOf[clientkind.Analyzer].(*clientkind.Result)
	flows := make(map[types.Object]bool) // configs whose flow is reported
	seen := make(map[ast.Node]bool)
	// A hand-built request has no config to tie it to its callback: in a
	// package where one is reported, a hand-built callback is taken to be
	// the same flow.
	handBuilt := false
	for _, req := range model.AuthRequests {
		s := req.State
		if !s.Origin.Weak() || rules.InTestFile(pass, req.Node.Pos()) {
			continue
		}
		if req.Origin != nil && req.Origin.State.Origin.Weak() {
			continue // reported where the helper builds it
		}
		if pasted(req, &model.Signals) {
			continue // no callback to forge: the user pastes the code
		}
		if req.FetchedOnly() {
			continue // no browser: the program reads the answer itself
		}
		if s.DrawnOnce && kinds.Of(req).Kind == clientkind.Native && !req.InHandler {
			// var state = uuid.NewString() in a command that logs in once
			// per run: a fresh random state for each run's one login.
			continue
		}
		at := s.Node
		if at == nil {
			at = req.Node
		}
		if seen[at] || req.Config != nil && flows[req.Config] {
			continue
		}
		seen[at] = true
		if req.Config != nil {
			flows[req.Config] = true
		} else {
			handBuilt = true
		}
		low := ""
		if pkce(req) {
			low = pkceLow
		}
		var msg string
		switch s.Origin {
		case oauthmodel.StateMissing, oauthmodel.StateEmpty:
			what := "without a state"
			if s.Origin == oauthmodel.StateEmpty {
				what = "with an empty state"
			}
			msg = fmt.Sprintf("authorization request %s%s: nothing ties the callback to the login this browser started, so an attacker's code is accepted (login CSRF); %s %s", what, low, fix, cite)
		case oauthmodel.StateConstant:
			msg = fmt.Sprintf("constant OAuth state%s: the state is %s, the same for every login, so a forged callback with an attacker's code passes the check (login CSRF); %s %s", low, s.Why, fix, cite)
		case oauthmodel.StatePredictable:
			msg = fmt.Sprintf("predictable OAuth state%s: the state comes from %s, which an attacker can guess, so a forged callback passes the check (login CSRF); draw it from crypto/rand (oauth2.GenerateVerifier(), rand.Text()) with at least 128 bits, store it and compare it in the callback (RFC 6749 §10.10, §10.12; RFC 9700 §4.7.1)", low, s.Why)
		}
		if low != "" {
			rules.ReportLow(pass, rule, at.Pos(), at.End(), msg)
		} else {
			rules.Report(pass, rule, at.Pos(), at.End(), msg)
		}
	}
	for _, c := range model.EmptyStateChecks {
		t := c.Exchange
		if rules.InTestFile(pass, c.Node.Pos()) || t.Config != nil && flows[t.Config] || seen[c.Node] {
			continue
		}
		seen[c.Node] = true
		msg := fmt.Sprintf("state check passes an empty state: the callback compares the request's state with %s, which is \"\" when this browser stored none (%s), and neither side must be non-empty, so a link with an attacker's code and no state passes (\"\" == \"\") and the code is exchanged (login CSRF); reject an empty or missing stored state before comparing %s",
			types.ExprString(c.Stored), c.Why, cite)
		if c.Guard != nil {
			empty := "is empty"
			if c.Missing {
				empty = "is missing"
			}
			msg = fmt.Sprintf("state check skipped when %s %s: the callback refuses a mismatch only if %s, so a browser with no stored state, or a link without one, goes on to the exchange with an attacker's code (login CSRF); refuse the callback when either state is missing, then compare them %s",
				types.ExprString(c.Guarded), empty, types.ExprString(c.Guard), cite)
		}
		if t.Verifier.Presence == value.Present {
			rules.ReportLow(pass, rule, c.Node.Pos(), c.Node.End(), msg+" (low severity: the exchange sends a PKCE code_verifier, which already stops this where the server enforces PKCE, RFC 9700 §2.1)")
		} else {
			rules.Report(pass, rule, c.Node.Pos(), c.Node.End(), msg)
		}
	}
	for _, c := range model.SharedStateChecks {
		t := c.Exchange
		if rules.InTestFile(pass, c.Node.Pos()) || t.Config != nil && flows[t.Config] || seen[c.Node] {
			continue
		}
		seen[c.Node] = true
		rules.Report(pass, rule, c.Node.Pos(), c.Node.End(), fmt.Sprintf(
			"state checked against one value for every login: the callback compares the request's state with %s, %s, so every user's login carries the same state, an attacker's own login gives it away, and a forged callback with the attacker's code passes (login CSRF); draw a fresh state for each login from crypto/rand, keep it in an HttpOnly cookie or the session, and compare it with that %s",
			types.ExprString(c.Expected), c.Why, cite))
	}
	for _, c := range model.UnboundStateChecks {
		t := c.Exchange
		if rules.InTestFile(pass, c.Node.Pos()) || t.Config != nil && flows[t.Config] || seen[c.Node] {
			continue
		}
		seen[c.Node] = true
		where := c.Store
		if c.Via != "" {
			where += " (through " + c.Via + ")"
		}
		if c.Sealed {
			where = c.Store
			if c.Via != "" {
				where += ", through " + c.Via
			}
			rules.Report(pass, rule, c.Node.Pos(), c.Node.End(), fmt.Sprintf(
				"state not bound to the browser: the callback only opens the request's state with the server's key (%s), and reads no cookie or session of this browser, so any state the server issued passes: an attacker's own login, stopped at the callback and sent to the victim with the attacker's code, logs the victim in to the attacker's account (login CSRF; a PKCE verifier carried in the state is the attacker's too); also keep a random value from the state in an HttpOnly cookie or the session when the login starts, and compare the two in the callback %s",
				where, cite))
			continue
		}
		rules.Report(pass, rule, c.Node.Pos(), c.Node.End(), fmt.Sprintf(
			"state not bound to the browser: the callback looks the request's state up in %s, a store every browser shares, and reads no cookie or session of this browser, so the state of a login the attacker started, sent to the victim with the attacker's code, passes and logs the victim in to the attacker's account (login CSRF; a PKCE verifier kept under the same state is the attacker's too); keep the state, or a hash of it, in an HttpOnly cookie or the session when the login starts, and compare it with the callback's state %s",
			where, cite))
	}
	for _, sk := range model.SDKStateSkips {
		p := pass.Fset.Position(sk.Ctor.Pos())
		rules.Report(pass, rule, sk.Node.Pos(), sk.Node.End(), fmt.Sprintf(
			"callback accepts any state: %s compares the request's state with the one kept at login only when the client has somewhere to keep it, and the one from %s (line %d) has no %s option, so a code an attacker sends the user's browser is accepted (login CSRF); %s %s",
			sk.Check, sk.CtorFn, p.Line, sk.Options, sk.Fix, cite))
	}
	for _, cb := range model.Callbacks {
		t := cb.Exchange
		if rules.InTestFile(pass, t.Node.Pos()) || t.Config != nil && flows[t.Config] || t.Config == nil && handBuilt {
			continue
		}
		if cb.Handler != nil && rules.InTestFile(pass, cb.Handler.Pos()) {
			continue
		}
		if seen[t.Node] {
			continue // one exchange called from several handlers: one finding
		}
		seen[t.Node] = true
		low := ""
		if t.Verifier.Presence == value.Present {
			low = " (low severity: the exchange sends a PKCE code_verifier, which already stops this where the server enforces PKCE, RFC 9700 §2.1)"
		}
		handler := "the handler"
		if cb.Handler != nil && cb.Handler != t.Func {
			// The exchange is calls away from the callback: say which.
			p := pass.Fset.Position(cb.Handler.Pos())
			handler = fmt.Sprintf("the handler at %s:%d", filepath.Base(p.Filename), p.Line)
			if fd, ok := cb.Handler.(*ast.FuncDecl); ok {
				handler = fmt.Sprintf("the handler %s (%s:%d)", fd.Name.Name, filepath.Base(p.Filename), p.Line)
			}
		}
		msg := fmt.Sprintf("callback exchanges the code without checking state%s: %s reads the request's code but never its state parameter, so a code an attacker sends the user's browser is accepted (login CSRF); compare the request's state with the value stored when the login started, before Exchange %s", low, handler, cite)
		if cb.Unrefused != nil {
			p := pass.Fset.Position(cb.Unrefused.Pos())
			msg = fmt.Sprintf("state check that refuses nothing%s: %s compares the request's state (line %d) but goes on to the exchange when it does not match, so a code an attacker sends the user's browser is accepted (login CSRF); answer an error and return before Exchange when the state is missing or differs %s", low, handler, p.Line, cite)
		}
		if low != "" {
			rules.ReportLow(pass, rule, t.Node.Pos(), t.Node.End(), msg)
		} else {
			rules.Report(pass, rule, t.Node.Pos(), t.Node.End(), msg)
		}
	}
	return nil, nil
}

// pkce reports whether the request carries an S256 challenge.
func pkce(req *oauthmodel.AuthRequest) bool {
	if req.PredictableChallenge != nil {
		return false // a verifier one can guess stops nothing
	}
	if req.ChallengeS256 {
		return true
	}
	return req.Challenge.Presence == value.Present && req.ChallengeMethod.Known && req.ChallengeMethod.Value == "S256"
}

// pasted reports whether the code of req does not come back to this
// program through a redirect to a callback: the out-of-band redirect URI,
// or a command (package main) that serves nothing and builds the request
// outside an HTTP handler (it reads the pasted code, or leaves the rest to
// the user); serving only pages that never look at the request, while
// reading the terminal, is serving nothing. Without a callback there is
// no request to forge, and the state is never compared by design (the
// quickstarts' "state-token"). A library's URL builder is still judged:
// its callback lives elsewhere.
func pasted(req *oauthmodel.AuthRequest, sig *oauthmodel.Signals) bool {
	if req.Pasted {
		return true // this flow reads the code from stdin (a "no browser" login beside a loopback one)
	}
	if req.RedirectURI.Known && oauthmodel.ClassifyRedirect(req.RedirectURI.Value) == oauthmodel.RedirectOOB {
		return true
	}
	noCallback := sig.LoopbackListen == nil && sig.PublicListen == nil && sig.OtherListen == nil
	if !noCallback && len(sig.Stdin) > 0 && !sig.RequestUsed {
		// It serves a page but never looks at a request, and reads the
		// terminal: the user pastes what the browser shows.
		noCallback = true
	}
	return !req.InHandler && noCallback && (sig.Main || len(sig.Stdin) > 0)
}
