package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// A hand-written server with only the authorization code grant may
// redeem codes without ever reading grant_type: its token endpoint reads
// the request's code and issues tokens. When the same package hands out
// those codes (an authorization endpoint that redirects with a code it
// sets), nothing of it sends or proxies requests (no client, no token
// proxy), and no code of the server reads a code_verifier, the server
// supports no PKCE: the decision the dispatch's authorization_code branch
// makes (knowledge.HandBuilt), here without a dispatch.

// codeRedeemer adds the PKCEPublic decision of such a server.
func (m *model) codeRedeemer(readsGrant bool) {
	p := knowledge.HandBuilt.Redeem()
	if p == nil || readsGrant || !m.issuesTokens || handBuiltExempt(m.pass.Pkg) || m.lib(m.pass.Pkg).lib != nil {
		return
	}
	if !m.servesRequests() || m.forwards() || m.serverReads(p.Unless) {
		return
	}
	var read ast.Node
	var handler ast.Node
	issues := false
	for cur := range m.in.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn := cur.Node()
		if m.inTest(fn) || !m.answersHTTP(fn) {
			continue
		}
		if read == nil {
			if r := m.codeRead(cur, fn); r != nil {
				read, handler = r, fn
			}
		}
		issues = issues || m.issuesCodes(fn)
	}
	if read == nil || !issues {
		return
	}
	var sc *ServerConfig
	for _, c := range m.result.Server.Configs {
		if c.Library == knowledge.HandBuilt.Name {
			sc = c
		}
	}
	if sc == nil {
		sc = &ServerConfig{Library: knowledge.HandBuilt.Name, Node: funcNameNode(handler), Advice: knowledge.HandBuilt.Advice}
		m.result.Server.Configs = append(m.result.Server.Configs, sc)
	}
	if sc.Decisions[p.Decision].Status == knowledge.Allowed {
		return
	}
	why := fmt.Sprintf("the %s redeems the request's %s without reading grant_type (in %s), %s", p.Endpoint, knowledge.HandBuiltRedeemParam, funcLabel(handler), p.UnlessWhy)
	sc.Decisions[p.Decision] = ServerDecision{Status: knowledge.Allowed, Node: read, Why: why}
}

// codeRead returns the first read of the served request's code in the
// handler fn (r.PostForm.Get("code"), c.PostForm("code")).
func (m *model) codeRead(cur inspector.Cursor, fn ast.Node) ast.Node {
	var read ast.Node
	for c := range cur.Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		if enclosingFunc(c) != fn || m.methodRead(call) != knowledge.HandBuiltRedeemParam {
			continue
		}
		if r := m.requestRead(call, knowledge.HandBuiltRedeemParam, 0); r != nil {
			read = r
			break
		}
	}
	return read
}

// issuesCodes reports whether the handler fn redirects with a code it
// sets: in the target's text (u+"?code="+c), or in parameters it fills
// (q.Set("code", c), url.Values{"code": {c}}), beside http.Redirect or a
// web framework's c.Redirect.
func (m *model) issuesCodes(fn ast.Node) bool {
	var targets []ast.Expr
	ast.Inspect(fn, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if f, _ := typeutil.Callee(m.info, call).(*types.Func); f != nil {
			sig := f.Signature()
			if funcName(f) == "net/http.Redirect" || f.Name() == "Redirect" && sig.Recv() != nil && m.isRequestType(sig.Recv().Type()) {
				if t := m.redirectTarget(call); t != nil {
					targets = append(targets, t)
				}
			}
		}
		return true
	})
	if len(targets) == 0 {
		return false
	}
	for _, t := range targets {
		if m.carried(t) == knowledge.HandBuiltRedeemParam {
			return true
		}
	}
	return m.setsResponseParam(fn) == knowledge.HandBuiltRedeemParam
}
