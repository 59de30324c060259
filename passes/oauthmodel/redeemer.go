package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

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
// logsGrant is set when the package reads grant_type only to log it.
func (m *model) codeRedeemer(readsGrant, logsGrant bool) {
	p := knowledge.HandBuilt.Redeem()
	if p == nil || readsGrant || !m.issuesTokens || handBuiltExempt(m.pass.Pkg) || m.lib(m.pass.Pkg).lib != nil {
		return
	}
	g, gfn := m.optionalPKCE()
	if !m.servesRequests() || g == nil && (m.forwards() || m.serverReads(p.Unless)) {
		return
	}
	read, handler := m.codeRead(gfn)
	if read == nil || !m.issuesCodes() {
		return
	}
	sc := m.handBuiltConfig(handler)
	d := p.Decision
	unless := p.UnlessWhy
	if g != nil {
		unless = optionalWhy(m, g, gfn)
	}
	grant := "without reading grant_type"
	if logsGrant {
		grant = "reading grant_type only to log it"
	}
	why := fmt.Sprintf("the %s redeems the request's %s %s (in %s), %s", p.Endpoint, knowledge.HandBuiltRedeemParam, grant, funcLabel(handler), unless)
	if m.authenticatesClients(handler, 0) {
		d, why = knowledge.PKCEAll, why+confidentialOnly(handler) // clientauth.go
	}
	if sc.Decisions[d].Status == knowledge.Allowed {
		return
	}
	sc.Decisions[d] = ServerDecision{Status: knowledge.Allowed, Node: read, Why: why}
}

// codeRead returns the first read of the served request's code in an
// HTTP handler (r.PostForm.Get("code"), c.PostForm("code")), and the
// handler; in the handler in, when it is not nil (the one that also
// reads the code_verifier).
func (m *model) codeRead(in ast.Node) (ast.Node, ast.Node) {
	// A token request is a POST (RFC 6749 §3.2): a read of the form's
	// body (r.PostFormValue("code"), c.PostForm("code")) is the token
	// endpoint's before any other, which may be the callback of the
	// server's own login at another (r.URL.Query().Get("code")).
	if r, fn := m.codeReadWhere(in, true); r != nil {
		return r, fn
	}
	return m.codeReadWhere(in, false)
}

// postFormRead reports whether call reads the request's POST body by
// name: PostFormValue, PostForm (a web framework's), PostForm.Get.
func postFormRead(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if strings.HasPrefix(sel.Sel.Name, "PostForm") {
		return true
	}
	inner, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	return ok && inner.Sel.Name == "PostForm"
}

func (m *model) codeReadWhere(in ast.Node, postOnly bool) (ast.Node, ast.Node) {
	for c := range m.in.Root().Preorder((*ast.CallExpr)(nil), (*ast.SelectorExpr)(nil)) {
		e := c.Node().(ast.Expr)
		switch x := e.(type) {
		case *ast.CallExpr:
			if m.methodRead(x) != knowledge.HandBuiltRedeemParam || postOnly && !postFormRead(x) {
				continue
			}
		case *ast.SelectorExpr:
			// in.Code of a struct tagged `form:"code"` that the
			// handler binds the request into (requestRead).
			if s, ok := m.info.Selections[x]; !ok || s.Kind() != types.FieldVal || tagNamed(fieldTag(s), isRedeemParam) == "" {
				continue
			}
		}
		if m.inTest(e) {
			continue
		}
		fn := enclosingFunc(c)
		if fn == nil || !m.answersHTTP(fn) || in != nil && fn != in {
			continue
		}
		if r := m.requestRead(e, knowledge.HandBuiltRedeemParam, 0); r != nil {
			return r, fn
		}
	}
	return nil, nil
}

func isRedeemParam(name string) bool { return name == knowledge.HandBuiltRedeemParam }

// issuesCodes reports whether a redirect of the package (the traversal's
// http.Redirect and web frameworks' Redirect calls) sends a code the
// handler sets: in the target's text (u+"?code="+c), or in parameters it
// fills (q.Set("code", c), url.Values{"code": {c}}).
func (m *model) issuesCodes() bool {
	for _, cur := range m.httpRedirects {
		fn := enclosingFunc(cur)
		if fn == nil || m.inTest(fn) {
			continue
		}
		if t := m.redirectTarget(cur.Node().(*ast.CallExpr)); t != nil && m.carried(t) == knowledge.HandBuiltRedeemParam {
			return true
		}
		if m.setsResponseParam(fn) == knowledge.HandBuiltRedeemParam {
			return true
		}
	}
	return false
}

// handBuiltConfig is the package's hand-written server configuration,
// made at fn's name the first time it is needed.
func (m *model) handBuiltConfig(fn ast.Node) *ServerConfig {
	for _, c := range m.result.Server.Configs {
		if c.Library == knowledge.HandBuilt.Name {
			return c
		}
	}
	sc := &ServerConfig{Library: knowledge.HandBuilt.Name, Node: funcNameNode(fn), Advice: knowledge.HandBuilt.Advice}
	m.result.Server.Configs = append(m.result.Server.Configs, sc)
	return sc
}
