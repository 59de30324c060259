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
		m.eachUse(resp, at, func(use inspector.Cursor) {
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
			m.tokenBody(b)
			m.eachUse(b, at, func(use inspector.Cursor) {
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
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}
