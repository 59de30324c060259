package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// An authorization endpoint often copies the request's parameters into a
// struct of its own (authReq := AuthRequest{RedirectURI:
// r.FormValue("redirect_uri"), …}) and hands the struct to a validator,
// here or in another package. The validator checks the redirect URI only
// if it reads that field: FieldReadFact says, for an exported function,
// which fields of its struct parameters it reads, when it does nothing
// else with them.

// FieldReadFact lists, for the parameters of an exported function whose
// type is (a pointer to) a struct of its package with a redirect URI
// field, the fields the function reads, when it uses the parameter only
// by selecting fields.
type FieldReadFact struct {
	Params []ParamFields
}

// ParamFields is one parameter's fields read.
type ParamFields struct {
	Index  int
	Fields []string
}

func (*FieldReadFact) AFact() {}
func (f *FieldReadFact) String() string {
	var parts []string
	for _, p := range f.Params {
		parts = append(parts, fmt.Sprintf("arg%d{%s}", p.Index, strings.Join(p.Fields, ",")))
	}
	return "readsFields(" + strings.Join(parts, " ") + ")"
}

// fieldReads computes fd's FieldReadFact, nil when it has none.
func fieldReads(info *types.Info, fd *ast.FuncDecl) *FieldReadFact {
	fn, ok := info.Defs[fd.Name].(*types.Func)
	if !ok || fd.Body == nil {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	var f FieldReadFact
	for i := 0; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		if !redirectStruct(p.Type(), fn.Pkg()) {
			continue
		}
		fields, only := paramFieldsRead(info, fd.Body, p)
		if only {
			f.Params = append(f.Params, ParamFields{Index: i, Fields: fields})
		}
	}
	if len(f.Params) == 0 {
		return nil
	}
	return &f
}

// redirectStruct reports whether t is (a pointer to) a named struct type
// of pkg that has a field named or tagged as a redirect URI.
func redirectStruct(t types.Type, pkg *types.Package) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != pkg {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if isRedirectName(st.Field(i).Name()) || tagNamed(st.Tag(i), isRedirectName) != "" {
			return true
		}
	}
	return false
}

// paramFieldsRead lists the fields of p that body selects, and whether
// selecting fields is all body does with p.
func paramFieldsRead(info *types.Info, body *ast.BlockStmt, p *types.Var) ([]string, bool) {
	var fields []string
	only := true
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		id, ok := n.(*ast.Ident)
		if !ok || info.Uses[id] != p || !only {
			return only
		}
		if sel, ok := stack[len(stack)-2].(*ast.SelectorExpr); ok && sel.X == ast.Expr(id) {
			if s, ok := info.Selections[sel]; ok && s.Kind() == types.FieldVal {
				if !slices.Contains(fields, sel.Sel.Name) {
					fields = append(fields, sel.Sel.Name)
				}
				return true
			}
		}
		only = false
		return false
	})
	return fields, only
}

// exportFieldReads exports fd's FieldReadFact, if any.
func exportFieldReads(pass *analysis.Pass, fn *types.Func, fd *ast.FuncDecl) {
	if f := fieldReads(pass.TypesInfo, fd); f != nil {
		pass.ExportObjectFact(fn, f)
	}
}

// readsField reports whether the call hands the struct at argument i to
// a function that may read its field (not known to read other fields
// only): a function of this package read here, another's through its
// FieldReadFact.
func (m *model) readsField(fn *types.Func, i int, field string) bool {
	var f *FieldReadFact
	if cur, ok := m.funcDecls[fn.Origin()]; ok {
		f = fieldReads(m.info, cur.Node().(*ast.FuncDecl))
	} else {
		f = new(FieldReadFact)
		if !m.pass.ImportObjectFact(fn.Origin(), f) {
			return true
		}
	}
	if f == nil {
		return true
	}
	for _, p := range f.Params {
		if p.Index == i {
			return slices.Contains(p.Fields, field)
		}
	}
	return true
}

// filledField reads sel as the redirect URI field of a local struct
// variable that every assignment fills from the request with a
// composite literal (authReq = AuthRequest{RedirectURI:
// r.URL.Query().Get("redirect_uri"), …}, on each branch): the field,
// the variable and the reads.
func (m *model) filledField(sel *ast.SelectorExpr, depth int) (*types.Var, *types.Var, []ast.Expr) {
	s, ok := m.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return nil, nil, nil
	}
	f, _ := s.Obj().(*types.Var)
	if f == nil || !isRedirectName(f.Name()) && tagNamed(fieldTag(s), isRedirectName) == "" {
		return nil, nil, nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil, nil, nil
	}
	v := m.varOf(id)
	if v == nil || v.Kind() == types.ParamVar || v.Parent() == m.pass.Pkg.Scope() || m.addrTaken[v] || len(m.defs[v]) == 0 {
		return nil, nil, nil
	}
	var reads []ast.Expr
	for _, d := range m.defs[v] {
		if d.rhs == nil {
			continue // var req T: the zero value, an empty URI
		}
		rhs := ast.Unparen(d.rhs)
		if u, ok := rhs.(*ast.UnaryExpr); ok && u.Op == token.AND {
			rhs = ast.Unparen(u.X) // &grant{…}
		}
		lit, ok := rhs.(*ast.CompositeLit)
		if !ok {
			return nil, nil, nil
		}
		got := false
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return nil, nil, nil
			}
			if k, ok := kv.Key.(*ast.Ident); ok && m.info.Uses[k] == f {
				var sub readChain
				if r := m.requestedRead(kv.Value, &sub, depth+1); r != nil {
					reads, got = append(reads, r), true
				}
			}
		}
		if !got {
			return nil, nil, nil
		}
	}
	if len(reads) == 0 || m.fieldAssigned(v, f) {
		return nil, nil, nil
	}
	return f, v, reads
}

// fieldAssigned reports whether v.f is assigned anywhere in the package
// (authReq.RedirectURI = registered): the literal's value may not be the
// one read.
func (m *model) fieldAssigned(v, f *types.Var) bool {
	for cur := range m.in.Root().Preorder((*ast.AssignStmt)(nil)) {
		for _, l := range cur.Node().(*ast.AssignStmt).Lhs {
			if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && m.info.Uses[sel.Sel] == f && m.rootVar(sel.X, false) == v {
				return true
			}
		}
	}
	return false
}
