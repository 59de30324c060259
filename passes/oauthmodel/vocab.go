package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// vocabulary finds, in a package of a hand-written server, the values
// whose origin the recogniser cannot follow (a method kept in a record of
// another package, loaded from a store) but that hold a dispatch
// parameter all the same: a value compared, in this package, with every
// value of the parameter's vocabulary (knowledge.DispatchParam.Values:
// S256 and plain for code_challenge_method) is that parameter. The
// vocabulary alone could be a client choosing how to derive its
// challenge, so the package must also verify: on some branch where the
// value is the parameter's Word (plain), it compares two values it does
// not know (challenge == verifier, subtle.ConstantTimeCompare), which only
// the server that checks a code_verifier does.
func (m *model) vocabulary() map[types.Object]*knowledge.DispatchParam {
	if !m.seesS256 {
		return nil // no PKCE method named here: nothing to compare with
	}
	var params []*knowledge.DispatchParam
	for i := range knowledge.HandBuilt.Params {
		if p := &knowledge.HandBuilt.Params[i]; len(p.Values) > 0 {
			params = append(params, p)
		}
	}
	if len(params) == 0 {
		return nil
	}
	seen := make(map[types.Object]map[string]bool)
	branches := make(map[types.Object][]branch)
	var fn ast.Node // the function of the branch being noted
	note := func(x, val ast.Expr, body []ast.Stmt) {
		s, ok := m.constStr(val)
		if !ok {
			return
		}
		obj := m.comparedObj(x)
		if obj == nil {
			return
		}
		if seen[obj] == nil {
			seen[obj] = make(map[string]bool)
		}
		seen[obj][s] = true
		if body != nil {
			branches[obj] = append(branches[obj], branch{val: s, body: body, fn: fn})
		}
	}
	// other notes the branch (an else, a switch's default) that a test
	// of x leaves to every value it does not name.
	others := make(map[types.Object][]branch)
	other := func(x ast.Expr, body []ast.Stmt) {
		if obj := m.comparedObj(x); obj != nil {
			others[obj] = append(others[obj], branch{body: body, fn: fn})
		}
	}
	// eq notes x == v (or v == x) in e, with the body it guards.
	eq := func(e ast.Expr, body []ast.Stmt) {
		if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && (b.Op == token.EQL || b.Op == token.NEQ) {
			if b.Op == token.NEQ {
				body = nil // taken for every other value
			}
			note(b.X, b.Y, body)
			note(b.Y, b.X, body)
		}
	}
	for cur := range m.in.Root().Preorder((*ast.SwitchStmt)(nil), (*ast.IfStmt)(nil), (*ast.BinaryExpr)(nil)) {
		if m.inTest(cur.Node()) {
			continue
		}
		fn = enclosingFunc(cur)
		switch n := cur.Node().(type) {
		case *ast.SwitchStmt:
			for _, s := range n.Body.List {
				cc, ok := s.(*ast.CaseClause)
				if !ok {
					continue
				}
				for _, e := range cc.List {
					if n.Tag != nil {
						note(n.Tag, e, cc.Body)
					} else {
						eq(e, cc.Body)
					}
				}
				if cc.List == nil && n.Tag != nil {
					other(n.Tag, cc.Body)
				}
			}
		case *ast.IfStmt:
			eq(n.Cond, n.Body.List)
			if b, ok := ast.Unparen(n.Cond).(*ast.BinaryExpr); ok && b.Op == token.EQL {
				rest, ok := n.Else.(*ast.BlockStmt)
				var list []ast.Stmt
				if ok {
					list = rest.List
				} else {
					list = fallThrough(cur, n)
				}
				if list != nil {
					if _, isConst := m.constStr(b.Y); isConst {
						other(b.X, list)
					} else if _, isConst := m.constStr(b.X); isConst {
						other(b.Y, list)
					}
				}
			}
		case *ast.BinaryExpr:
			eq(n, nil)
		}
	}
	out := make(map[types.Object]*knowledge.DispatchParam)
	verifies := make(map[*knowledge.DispatchParam]bool)
	serves := m.servesRequests()
	for obj, vals := range seen {
		if v, ok := obj.(*types.Var); ok && !serves {
			if fn := m.uncalledEntry(v); fn != nil {
				// VerifyPKCE(verifier, challenge, method string)
				// exported from a helper package and called nowhere in
				// it: whether the server uses it is for its importers
				// to show (CheckFact).
				m.exportCheckFact(fn, v, vals, params, branches[obj])
				continue
			}
		}
		for _, p := range params {
			all, allOthers := true, true
			for _, v := range p.Values {
				all = all && vals[v]
				allOthers = allOthers && (vals[v] || v == p.Word)
			}
			if !all && p.Default && allOthers {
				// Compared with every value but the default (S256 only),
				// and the branch left to the rest verifies as a server
				// does: plain by another name (if m == "S256" { hash }
				// else { challenge == verifier }).
				for _, b := range others[obj] {
					if m.comparesUnknowns(b.body, b.fn, obj) {
						out[obj], verifies[p] = p, true
					}
				}
				continue
			}
			if !all {
				continue
			}
			out[obj] = p
			for _, b := range branches[obj] {
				if b.val == p.Word && m.comparesUnknowns(b.body, b.fn, obj) {
					verifies[p] = true
				}
			}
		}
	}
	for obj, p := range out {
		if !verifies[p] {
			delete(out, obj)
		}
	}
	return out
}

// uncalledEntry returns the exported function (not a method) of the
// package of which v is a parameter, when no code of the package refers
// to it; nil otherwise.
func (m *model) uncalledEntry(v *types.Var) *types.Func {
	if v.Kind() != types.ParamVar {
		return nil
	}
	for fn, cur := range m.funcDecls {
		fd := cur.Node().(*ast.FuncDecl)
		if v.Pos() < fd.Type.Pos() || v.Pos() >= fd.Type.End() {
			continue
		}
		if !fn.Exported() || fd.Recv != nil {
			return nil
		}
		for id, obj := range m.info.Uses {
			if obj == fn && !m.inTestFile(id.Pos()) {
				return nil
			}
		}
		return fn
	}
	return nil
}

// CheckFact marks an exported function that verifies a code_verifier
// and, when its parameter Param holds the request parameter Name's Word
// (code_challenge_method plain), accepts it (at At): a server that calls
// it accepts that value, where it calls it.
type CheckFact struct {
	Param int
	Name  string
	Word  string
	At    string
}

func (*CheckFact) AFact() {}
func (f *CheckFact) String() string {
	return fmt.Sprintf("check(arg%d %s accepts %s at %s)", f.Param, f.Name, f.Word, f.At)
}

// exportCheckFact exports a CheckFact on fn when its parameter v is
// compared with every value of one of params (vals) and a branch taken
// for that parameter's Word verifies (comparesUnknowns), as vocabulary
// requires of a server's own check.
func (m *model) exportCheckFact(fn *types.Func, v *types.Var, vals map[string]bool, params []*knowledge.DispatchParam, bs []branch) {
	i := slices.Index(slices.Collect(fn.Signature().Params().Variables()), v)
	if i < 0 {
		return
	}
	for _, p := range params {
		if p.Word == "" || slices.ContainsFunc(p.Values, func(x string) bool { return !vals[x] }) {
			continue
		}
		for _, b := range bs {
			if b.val == p.Word && m.comparesUnknowns(b.body, b.fn, v) && len(b.body) > 0 {
				pos := m.pass.Fset.Position(b.body[0].Pos())
				m.pass.ExportObjectFact(fn, &CheckFact{Param: i, Name: p.Param, Word: p.Word, At: fmt.Sprintf("%s:%d", filepath.Base(pos.Filename), pos.Line)})
				return
			}
		}
	}
}

type branch struct {
	val  string
	body []ast.Stmt
	fn   ast.Node // the function the branch is in
}

// comparedObj is the variable or field a compared expression reads,
// through parentheses, dereferences and conversions (string(m),
// Method(s)); nil for anything else.
func (m *model) comparedObj(e ast.Expr) types.Object {
	for range maxDepth {
		switch x := ast.Unparen(e).(type) {
		case *ast.StarExpr:
			e = x.X
			continue
		case *ast.CallExpr:
			if tv, ok := m.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0]
				continue
			}
		case *ast.Ident:
			if v, ok := m.info.Uses[x].(*types.Var); ok {
				return v
			}
		case *ast.SelectorExpr:
			if v, ok := m.info.Uses[x.Sel].(*types.Var); ok {
				return v
			}
		}
		return nil
	}
	return nil
}

// comparesUnknowns reports whether body compares two values neither of
// which is a constant or the dispatched value itself: challenge ==
// verifier, or their bytes through crypto/subtle, crypto/hmac or bytes;
// or sets a variable of fn to such a value that fn then compares so
// (case plain: computed = verifier … if computed != stored).
func (m *model) comparesUnknowns(body []ast.Stmt, fn ast.Node, obj types.Object) bool {
	unknown := func(e ast.Expr) bool {
		if tv, ok := m.info.Types[e]; !ok || tv.Value != nil || tv.IsNil() {
			return false
		}
		return m.comparedObj(e) != obj
	}
	if compares(m, body, unknown) {
		return true
	}
	set := make(map[types.Object]bool)
	for _, s := range body {
		if as, ok := s.(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
			for i, l := range as.Lhs {
				if v := m.localVar(l); v != nil && unknown(as.Rhs[i]) {
					set[v] = true
				}
			}
		}
	}
	if len(set) == 0 || fn == nil {
		return false
	}
	var fbody []ast.Stmt
	switch f := fn.(type) {
	case *ast.FuncDecl:
		if f.Body != nil {
			fbody = f.Body.List
		}
	case *ast.FuncLit:
		fbody = f.Body.List
	}
	// One operand the variable set on the branch, the other unknown.
	return compares(m, fbody, unknown, set)
}

// compares reports whether stmts hold an equality test, or a constant-
// time or byte comparison, of two operands that operand accepts; with a
// set of variables, one operand must be one of them.
func compares(m *model, stmts []ast.Stmt, operand func(ast.Expr) bool, among ...map[types.Object]bool) bool {
	pair := func(x, y ast.Expr) bool {
		if !operand(x) || !operand(y) {
			return false
		}
		if len(among) == 0 {
			return true
		}
		ox, oy := m.comparedObj(x), m.comparedObj(y)
		return ox != oy && (among[0][ox] || among[0][oy])
	}
	found := false
	for _, s := range stmts {
		ast.Inspect(s, func(n ast.Node) bool {
			if found {
				return false
			}
			switch x := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.BinaryExpr:
				t := m.info.TypeOf(x.X)
				if (x.Op == token.EQL || x.Op == token.NEQ) && t != nil && (isStringKind(t) || isByteSlice(t)) && pair(x.X, x.Y) {
					found = true
				}
			case *ast.CallExpr:
				if fn, ok := typeutil.Callee(m.info, x).(*types.Func); ok && len(x.Args) == 2 {
					switch funcName(fn) {
					case "crypto/subtle.ConstantTimeCompare", "crypto/hmac.Equal", "bytes.Equal":
						found = pair(x.Args[0], x.Args[1])
					}
				}
			}
			return true
		})
	}
	return found
}

// fallThrough is what follows an if statement without an else whose body
// ends in a return, in the block that holds it: the else branch written
// without else (if method == "S256" { return hashed == challenge };
// return verifier == challenge). nil otherwise.
func fallThrough(cur inspector.Cursor, n *ast.IfStmt) []ast.Stmt {
	if n.Else != nil || !endsInReturn(n.Body.List) {
		return nil
	}
	blk, ok := cur.Parent().Node().(*ast.BlockStmt)
	if !ok {
		return nil
	}
	if i := slices.Index(blk.List, ast.Stmt(n)); i >= 0 && i+1 < len(blk.List) {
		return blk.List[i+1:]
	}
	return nil
}
