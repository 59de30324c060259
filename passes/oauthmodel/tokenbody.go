package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// What a token endpoint answers holds the tokens, whatever the program
// decodes it into: the bytes read from the response of a hand-built token
// request (body, _ := io.ReadAll(resp.Body)) and the map or struct they
// are decoded into (json.Unmarshal(body, &data)) are tokens when logged.
// An error response holds none: a log call under a check of the status
// code is left alone.

const whatBody = "the token endpoint's response (its access and refresh tokens included)"

// tokenBodies records the variables holding the response of this
// package's hand-built token requests.
func (m *model) tokenBodies() {
	for _, t := range m.result.TokenRequests {
		call, ok := t.Send.(*ast.CallExpr)
		if !ok || t.GrantType.Presence != value.Present {
			continue
		}
		cur, ok := m.in.Root().FindNode(call)
		if !ok {
			continue
		}
		m.builtResponse(call, cur)
		resp, at := m.resultOf(cur)
		if resp == nil {
			continue
		}
		// The uses this assignment reaches: res, err = client.Do(apiReq)
		// further down holds another response.
		m.usesReached(resp, at, func(use inspector.Cursor) {
			m.responseDumped(use)
			sel, ok := use.Parent().Node().(*ast.SelectorExpr)
			if !ok || sel.X != use.Node() || sel.Sel.Name != "Body" {
				return
			}
			m.bodyRead(use.Parent())
		})
	}
}

// responseDumped records the dump of a token response with its body
// (dump, _ := httputil.DumpResponse(resp, true)) as the response's body.
func (m *model) responseDumped(use inspector.Cursor) {
	call, ok := use.Parent().Node().(*ast.CallExpr)
	if !ok || len(call.Args) != 2 || call.Args[0] != use.Node() {
		return
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok || funcName(fn) != "net/http/httputil.DumpResponse" {
		return
	}
	if tv, ok := m.info.Types[call.Args[1]]; !ok || tv.Value == nil || tv.Value.ExactString() != "true" {
		return // the headers alone
	}
	if d, _ := m.resultOf(use.Parent()); d != nil {
		m.tokenBody(d)
	}
}

// soleDefined reports whether the assignment at at is v's only one: v
// then holds what it gives everywhere (tokenBody marks the variable,
// not a use of it).
func (m *model) soleDefined(v *types.Var, at inspector.Cursor) bool {
	defs := m.defs[v]
	for _, d := range defs {
		if d.cur.Node() != at.Node() && !(d.rhs == nil && d.op == token.VAR) {
			return false
		}
	}
	return true
}

// resultOf returns the variable that the first result of the call at cur
// is assigned to (resp, err := client.Do(req)), and the assignment.
func (m *model) resultOf(cur inspector.Cursor) (*types.Var, inspector.Cursor) {
	as, ok := cur.Parent().Node().(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 || as.Rhs[0] != cur.Node() || len(as.Lhs) == 0 {
		return nil, cur
	}
	v := m.localVar(as.Lhs[0])
	if v == nil || m.addrTaken[v] {
		return nil, cur
	}
	return v, cur.Parent()
}

// bodyRead follows resp.Body (at cur) into the bytes read from it or the
// value decoded from it.
func (m *model) bodyRead(cur inspector.Cursor) {
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok || len(call.Args) == 0 || call.Args[0] != cur.Node() {
		return
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return
	}
	switch funcName(fn) {
	case "io.ReadAll", "io/ioutil.ReadAll":
		if b, at := m.resultOf(cur.Parent()); b != nil {
			m.tokenBodyAt(b, at)
			m.usesReached(b, at, func(use inspector.Cursor) {
				// json.Unmarshal(body, &data)
				u, ok := use.Parent().Node().(*ast.CallExpr)
				if !ok || len(u.Args) != 2 || u.Args[0] != use.Node() {
					return
				}
				if f, ok := typeutil.Callee(m.info, u).(*types.Func); ok && funcName(f) == "encoding/json.Unmarshal" {
					m.decodedInto(u.Args[1])
				}
			})
		}
	case "encoding/json.NewDecoder":
		// json.NewDecoder(resp.Body).Decode(&data)
		sel, ok := cur.Parent().Parent().Node().(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Decode" {
			return
		}
		if d, ok := cur.Parent().Parent().Parent().Node().(*ast.CallExpr); ok && d.Fun == sel && len(d.Args) == 1 {
			m.decodedInto(d.Args[0])
		}
	}
}

// decodedInto records the variable &v names as holding a token response.
func (m *model) decodedInto(e ast.Expr) {
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		if v := m.localVar(u.X); v != nil {
			m.tokenBody(v)
		}
	}
}

// tokenBodyAt records v as holding a token response from the assignment
// at on: everywhere when it is v's only assignment, else at the uses
// that assignment reaches (bits, err = httputil.DumpRequest(req, true)
// further down holds something else).
func (m *model) tokenBodyAt(v *types.Var, at inspector.Cursor) {
	if m.soleDefined(v, at) {
		m.tokenBody(v)
		return
	}
	m.usesReached(v, at, func(use inspector.Cursor) {
		if m.tokenBodyUses == nil {
			m.tokenBodyUses = make(map[*ast.Ident]bool)
		}
		// A use in a loop is reached on its first iteration at least.
		if id, ok := use.Node().(*ast.Ident); ok {
			m.tokenBodyUses[id] = true
		}
	})
}

func (m *model) tokenBody(v *types.Var) {
	if m.tokenBodyVars == nil {
		m.tokenBodyVars = make(map[*types.Var]bool)
	}
	m.tokenBodyVars[v] = true
}

// underStatusCheck reports whether the call at cur runs under a condition
// on an HTTP status code (if resp.StatusCode != http.StatusOK { log… }):
// the response it logs is an error, which holds no token.
func (m *model) underStatusCheck(cur inspector.Cursor) bool {
	for c := range cur.Enclosing((*ast.IfStmt)(nil), (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		ifs, ok := c.Node().(*ast.IfStmt)
		if !ok {
			return false
		}
		found := false
		ast.Inspect(ifs.Cond, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				found = found || n.Sel.Name == "StatusCode" || n.Sel.Name == "Status"
			case *ast.CallExpr:
				bm, ok := m.builderCall(n) // res.IsError()
				found = found || ok && bm.role == roleErrorCheck
			case *ast.BinaryExpr:
				// if tok.AccessToken == "" { log(body) }: the decoded
				// response held no token, so the body is an error reply.
				if n.Op == token.EQL && within(cur.Node(), ifs.Body) {
					for _, pair := range [][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
						if m.constString(pair[1]) == "" && m.tokenValue(pair[0], 1) != "" {
							found = true
						}
					}
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// A debugging transport of the package (type dumper struct{ next
// http.RoundTripper }) whose RoundTrip dumps each response with its body
// (httputil.DumpResponse(resp, true)) sees the token endpoint's answers
// when it is the transport of the HTTP client the package hands to
// x/oauth2 or go-oidc: the dump is a token response too, wherever it is
// logged. dumpingTransports marks those dumps, for the transports of the
// clients the package hands over (clientTransports).
func (m *model) dumpingTransports() {
	seen := make(map[*types.Func]bool)
	for _, cur := range m.clientCalls {
		client, _ := m.oauthClientArg(cur.Node().(*ast.CallExpr))
		if client == nil || m.inTest(client) {
			continue
		}
		for _, n := range m.clientTransports(client, 0) {
			obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), false, n.Obj().Pkg(), "RoundTrip")
			fn, ok := obj.(*types.Func)
			if !ok || seen[fn] {
				continue
			}
			seen[fn] = true
			if fcur, ok := m.funcDecls[fn]; ok {
				m.dumpsIn(fcur)
			}
		}
	}
}

// clientTransports returns the types of this package used as the
// Transport of the http.Client e may be: a literal, a local variable's
// values, a parameter bound at its function's one call, a struct field's
// values written in the package.
func (m *model) clientTransports(e ast.Expr, depth int) []*types.Named {
	if depth > maxDepth {
		return nil
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return m.clientTransports(x.X, depth+1)
		}
	case *ast.CompositeLit:
		if !isNamed(m.info.TypeOf(x), "net/http", "Client") {
			return nil
		}
		for _, el := range x.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if k, isID := kv.Key.(*ast.Ident); ok && isID && k.Name == "Transport" {
				if n := namedOf(m.info.TypeOf(kv.Value)); n != nil && n.Obj().Pkg() == m.pass.Pkg {
					return []*types.Named{n}
				}
			}
		}
	case *ast.Ident:
		v := m.varOf(x)
		if v == nil || v.Pkg() != m.pass.Pkg {
			return nil
		}
		if arg, _, ok := m.soleArg(v); ok {
			return m.clientTransports(arg, depth+1)
		}
		var out []*types.Named
		for _, d := range m.defs[v] {
			if d.rhs != nil && d.tuple < 0 {
				out = append(out, m.clientTransports(d.rhs, depth+1)...)
			}
		}
		return out
	case *ast.SelectorExpr:
		f, ok := m.info.Uses[x.Sel].(*types.Var)
		if !ok || !f.IsField() || f.Pkg() != m.pass.Pkg {
			return nil
		}
		var out []*types.Named
		for c := range m.in.Root().Preorder((*ast.AssignStmt)(nil), (*ast.KeyValueExpr)(nil)) {
			switch n := c.Node().(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) != len(n.Rhs) {
					continue
				}
				for i, l := range n.Lhs {
					if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && m.info.Uses[sel.Sel] == f {
						out = append(out, m.clientTransports(n.Rhs[i], depth+1)...)
					}
				}
			case *ast.KeyValueExpr:
				if k, ok := n.Key.(*ast.Ident); ok && m.info.Uses[k] == f {
					out = append(out, m.clientTransports(n.Value, depth+1)...)
				}
			}
		}
		return out
	}
	return nil
}

// dumpsIn marks the response dumps with their body in the function at
// cur.
func (m *model) dumpsIn(cur inspector.Cursor) {
	for c := range cur.Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || funcName(fn) != "net/http/httputil.DumpResponse" || len(call.Args) != 2 {
			continue
		}
		if tv, ok := m.info.Types[call.Args[1]]; !ok || tv.Value == nil || tv.Value.ExactString() != "true" {
			continue // the headers alone
		}
		if d, _ := m.resultOf(c); d != nil {
			m.tokenBody(d)
		}
	}
}
