package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// A helper that renders its argument as text (func JSON(v any) string {
// b, _ := json.Marshal(v); return string(b) }) hands on whatever the
// argument holds: a token set rendered and logged is logged. Its result
// carries the argument as a carrier of the table does (json.Marshal,
// fmt.Sprintf); CarrierFact says so to the importers of a utility
// package, which mentions no OAuth at all.

// CarrierFact marks an exported function whose first result is text made
// from one of its parameters by a carrier (or the parameter itself) on
// every path that does not return a constant.
type CarrierFact struct {
	Param int // 0-based index of the parameter carried
}

func (*CarrierFact) AFact() {}
func (f *CarrierFact) String() string {
	return fmt.Sprintf("carries(arg%d)", f.Param)
}

// exportCarrier exports fd's CarrierFact, if it has one.
func exportCarrier(pass *analysis.Pass, fn *types.Func, fd *ast.FuncDecl) {
	if i := carriedParam(pass.TypesInfo, fn, fd); i >= 0 {
		pass.ExportObjectFact(fn, &CarrierFact{Param: i})
	}
}

// carrierParam is the parameter whose value a call of fn returns as
// text (this package's function read here, another's through its
// CarrierFact), or -1.
func (m *model) carrierParam(fn *types.Func) int {
	fn = fn.Origin()
	if i, ok := m.carrierMemo[fn]; ok {
		return i
	}
	i := -1
	if cur, ok := m.funcDecls[fn]; ok {
		i = carriedParam(m.info, fn, cur.Node().(*ast.FuncDecl))
	} else if fn.Pkg() != nil && fn.Pkg() != m.pass.Pkg {
		if f := new(CarrierFact); m.pass.ImportObjectFact(fn, f) {
			i = f.Param
		}
	}
	if m.carrierMemo == nil {
		m.carrierMemo = make(map[*types.Func]int)
	}
	m.carrierMemo[fn] = i
	return i
}

// carriedParam computes the parameter fd's first result carries, or -1.
func carriedParam(info *types.Info, fn *types.Func, fd *ast.FuncDecl) int {
	sig := fn.Signature()
	if fd.Body == nil || sig.Params().Len() == 0 || sig.Results().Len() == 0 || !isTextType(sig.Results().At(0).Type()) {
		return -1
	}
	param := func(e ast.Expr) int {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			for i := range sig.Params().Len() {
				if info.Uses[id] == sig.Params().At(i) {
					return i
				}
			}
		}
		return -1
	}
	// assigned lists the right-hand sides assigned to each local.
	assigned := make(map[types.Object][]ast.Expr)
	var returns []ast.Expr
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				id, ok := l.(*ast.Ident)
				if !ok {
					continue
				}
				obj := info.ObjectOf(id)
				switch {
				case len(n.Rhs) == len(n.Lhs):
					assigned[obj] = append(assigned[obj], n.Rhs[i])
				case len(n.Rhs) == 1 && i == 0:
					assigned[obj] = append(assigned[obj], n.Rhs[0]) // b, err := json.Marshal(v)
				default:
					assigned[obj] = append(assigned[obj], nil)
				}
			}
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				returns = append(returns, n.Results[0])
			}
		}
		return true
	})
	var carried func(e ast.Expr, depth int) int
	carried = func(e ast.Expr, depth int) int {
		e = ast.Unparen(e)
		if depth > 4 {
			return -1
		}
		if i := param(e); i >= 0 {
			return i
		}
		switch x := e.(type) {
		case *ast.Ident:
			rhs := assigned[info.Uses[x]]
			if len(rhs) == 0 {
				return -1
			}
			got := -1
			for _, r := range rhs {
				if r == nil {
					return -1
				}
				i := carried(r, depth+1)
				if i < 0 || got >= 0 && i != got {
					return -1
				}
				got = i
			}
			return got
		case *ast.CallExpr:
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				return carried(x.Args[0], depth+1) // string(b)
			}
			callee, ok := typeutil.Callee(info, x).(*types.Func)
			if !ok {
				return -1
			}
			name := funcName(callee)
			if i, ok := carriers[name]; ok && i < len(x.Args) {
				return carried(x.Args[i], depth+1)
			}
			switch name {
			case "fmt.Sprint", "fmt.Sprintln":
				if len(x.Args) == 1 {
					return carried(x.Args[0], depth+1)
				}
			case "fmt.Sprintf":
				if len(x.Args) != 2 {
					return -1
				}
				tv, ok := info.Types[x.Args[0]]
				if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
					return -1
				}
				if verbs := parseVerbs(constant.StringVal(tv.Value)); len(verbs) != 1 || verbs[0].hides() {
					return -1
				}
				return carried(x.Args[1], depth+1)
			}
		}
		return -1
	}
	got := -1
	for _, r := range returns {
		if tv, ok := info.Types[r]; ok && (tv.Value != nil || tv.IsNil()) {
			continue // return "" on an error
		}
		i := carried(r, 0)
		if i < 0 || got >= 0 && i != got {
			return -1
		}
		got = i
	}
	return got
}

// isTextType reports whether t is a string or a byte slice.
func isTextType(t types.Type) bool {
	if isStringType(t) {
		return true
	}
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}
