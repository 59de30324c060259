package oauthmodel

import (
	"go/ast"
	"go/types"
	"sync"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// A token request sent with a request-building HTTP client (go-resty:
// client.R().SetFormData(params).SetResult(&out).Post(tokenURL)) is a
// hand-built token request like one sent with net/http. The client's
// methods are knowledge.RequestBuilders; builderMethods indexes them by
// the method's full name.

// A builderRole is what one method of a request builder does.
type builderRole int

const (
	roleParams builderRole = iota + 1
	roleSend
	roleResult
	roleBody
	roleErrorCheck
)

type builderMethod struct {
	b      *knowledge.RequestBuilder
	role   builderRole
	urlArg int // roleSend: the URL argument, -1 if none
}

var builderMethods = sync.OnceValue(func() map[string]builderMethod {
	idx := make(map[string]builderMethod)
	add := func(b *knowledge.RequestBuilder, path, typ string, names []string, role builderRole) {
		for _, n := range names {
			idx["(*"+path+"."+typ+")."+n] = builderMethod{b: b, role: role}
		}
	}
	for _, b := range knowledge.RequestBuilders {
		for _, p := range b.Paths {
			add(b, p, b.Request, b.Params, roleParams)
			add(b, p, b.Request, b.Result, roleResult)
			add(b, p, b.Response, b.Body, roleBody)
			add(b, p, b.Response, b.ErrorCheck, roleErrorCheck)
			for n, i := range b.Send {
				idx["(*"+p+"."+b.Request+")."+n] = builderMethod{b: b, role: roleSend, urlArg: i}
			}
		}
	}
	return idx
})

// builderCall returns what the call does when it is a request builder's
// method.
func (m *model) builderCall(call *ast.CallExpr) (builderMethod, bool) {
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return builderMethod{}, false
	}
	bm, ok := builderMethods()[m.funcName(fn)]
	return bm, ok
}

// builderSend follows the request value at cur (a setter's result) up
// its method chain, and on through the variable the chain is stored in,
// to the method that sends it. It records the send, its URL, and the
// values the response is decoded into.
func (m *model) builderSend(t *TokenRequest, cur inspector.Cursor) bool {
	end, sent := m.builderChain(t, cur)
	if sent {
		return true
	}
	// The chain ends in a variable (req := client.R().SetFormData(p)) or
	// in a statement on one (req.SetFormData(p)); the variable is sent
	// later (req.Post(tokenURL)), perhaps after other setters.
	var v *types.Var
	switch end.Parent().Node().(type) {
	case *ast.AssignStmt, *ast.ValueSpec:
		v = m.definedVar(end)
	case *ast.ExprStmt:
		v = m.localVar(chainRoot(end.Node()))
	}
	if v == nil || m.addrTaken[v] {
		return false
	}
	m.eachUse(v, end, func(use inspector.Cursor) {
		if !sent && use.Node().Pos() > end.Node().Pos() {
			_, sent = m.builderChain(t, use)
		}
	})
	return sent
}

// builderChain walks up the method chain from the request value at cur,
// through the builder's methods that return the request, to a send. It
// returns the chain's last call otherwise.
func (m *model) builderChain(t *TokenRequest, cur inspector.Cursor) (inspector.Cursor, bool) {
	for {
		sel, ok := cur.Parent().Node().(*ast.SelectorExpr)
		if !ok || sel.X != cur.Node() {
			return cur, false
		}
		call, ok := cur.Parent().Parent().Node().(*ast.CallExpr)
		if !ok || call.Fun != sel {
			return cur, false
		}
		if bm, ok := m.builderCall(call); ok && bm.role == roleSend {
			m.builderSent(t, call, bm)
			return cur, true
		}
		// Any other method returning the request (SetHeader,
		// SetError) continues the chain.
		if rt, xt := m.info.TypeOf(call), m.info.TypeOf(sel.X); rt == nil || xt == nil || !types.Identical(rt, xt) {
			return cur, false
		}
		cur = cur.Parent().Parent()
	}
}

// chainRoot is the receiver a method chain starts from: req in
// req.SetFormData(p).SetResult(&out).
func chainRoot(n ast.Node) ast.Expr {
	e, _ := n.(ast.Expr)
	for e != nil {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return e
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		e = sel.X
	}
	return nil
}

// builderSent records the send call of a built request, its URL, and
// the values its chain decodes the response into (SetResult(&out)).
func (m *model) builderSent(t *TokenRequest, call *ast.CallExpr, bm builderMethod) {
	if bm.urlArg >= 0 && bm.urlArg < len(call.Args) {
		m.sent(t, call, call.Args[bm.urlArg], nil, true)
	} else {
		t.Send = call
	}
	for e := ast.Expr(call); ; {
		c, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return
		}
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			return
		}
		if r, ok := m.builderCall(c); ok && r.role == roleResult && len(c.Args) == 1 {
			m.decodedInto(c.Args[0])
		}
		e = sel.X
	}
}

// builtResponse records the response variable of a built token request
// (res, err := client.R()….Post(u)): its body methods return the token
// endpoint's answer.
func (m *model) builtResponse(send *ast.CallExpr, cur inspector.Cursor) {
	if bm, ok := m.builderCall(send); !ok || bm.role != roleSend {
		return
	}
	if res, _ := m.resultOf(cur); res != nil {
		if m.builtResponses == nil {
			m.builtResponses = make(map[*types.Var]bool)
		}
		m.builtResponses[res] = true
	}
}

// builtBody reports whether call reads the body of a built token
// request's response (res.String(), res.Body()).
func (m *model) builtBody(call *ast.CallExpr) bool {
	bm, ok := m.builderCall(call)
	if !ok || bm.role != roleBody {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v := m.localVar(sel.X)
	return v != nil && m.builtResponses[v]
}
