package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// A hand-built server is often layered: the handler reads the request's
// code_challenge_method and hands it to a service of another package
// (svc.CreateAuthorizationCode(…, method)), which refuses the values a
// helper of a third package does not list (if !pkce.IsSupportedMethod(m)
// { return ErrInvalid }, with IsSupportedMethod returning m == "plain" ||
// m == "S256"). Two facts carry that across the packages:
//
//   - PredicateFact is on an exported function whose body is one return of
//     a chain of == comparisons, joined by ||, of one string parameter with
//     constants, one of which is a value hand-built endpoints decide on;
//   - GateFact is on an exported function that refuses (returns an error
//     or false) every value of a string parameter but those listed, by an
//     if whose condition negates such a predicate (its own, or one with a
//     PredicateFact), a slices.Contains of a literal list, or a chain of
//     != joined by &&, and hands that parameter to no other function that
//     might refuse more.
//
// A handler that hands the request's value to a function with a GateFact
// accepts what the gate lets through (handedOn), where it hands it.

// PredicateFact marks a function that answers true for the values of
// parameter Param listed in Values, false otherwise.
type PredicateFact struct {
	Param  int
	Values []string
}

func (*PredicateFact) AFact() {}
func (f *PredicateFact) String() string {
	return fmt.Sprintf("predicate(arg%d in %s)", f.Param, strings.Join(f.Values, ", "))
}

// GateFact marks a function that refuses every value of parameter Param
// but Values, the request parameter Name's (code_challenge_method), at At.
type GateFact struct {
	Param  int
	Name   string
	Values []string
	At     string
}

func (*GateFact) AFact() {}
func (f *GateFact) String() string {
	return fmt.Sprintf("gate(arg%d %s in %s at %s)", f.Param, f.Name, strings.Join(f.Values, ", "), f.At)
}

// exportGateFacts reads the package's exported functions only, so it runs
// on every package (a helper package of PKCE utilities mentions no OAuth
// parameter).
func exportGateFacts(pass *analysis.Pass) {
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.File(f.Package).Name(), "_test.go") {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !fd.Name.IsExported() {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			exportLogParams(pass, fn, fd)
			exportCarrier(pass, fn, fd)
			if i, vals := predicateValues(pass.TypesInfo, fd); i >= 0 {
				if _, ok := dispatchName(vals); ok {
					pass.ExportObjectFact(fn, &PredicateFact{Param: i, Values: vals})
				}
				continue
			}
			if g := gateOf(pass, fd); g != nil {
				pass.ExportObjectFact(fn, g)
				continue
			}
			exportKeepFact(pass, fn, fd)
			exportFieldReads(pass, fn, fd)
		}
	}
}

// dispatchName is the request parameter one of vals is a decided value,
// or a value of the whole vocabulary, of (knowledge.HandBuilt), when they
// name one only: a gate that lets S256 alone through decides too.
func dispatchName(vals []string) (string, bool) {
	name := ""
	for _, v := range vals {
		for _, p := range knowledge.HandBuilt.Params {
			if hasWord(v, p.Word) || slices.Contains(p.Values, v) {
				if name != "" && name != p.Param {
					return "", false
				}
				name = p.Param
			}
		}
	}
	return name, name != ""
}

// predicateValues returns, for a function whose body is `return p == a
// || p == b …` over one of its string parameters, that parameter's index
// and the values; -1 otherwise.
func predicateValues(info *types.Info, fd *ast.FuncDecl) (int, []string) {
	fn, ok := info.Defs[fd.Name].(*types.Func)
	if !ok || len(fd.Body.List) != 1 {
		return -1, nil
	}
	sig := fn.Signature()
	if sig.Results().Len() != 1 || !isBool(sig.Results().At(0).Type()) {
		return -1, nil
	}
	ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return -1, nil
	}
	v, vals := eqChain(info, ret.Results[0], token.LOR, token.EQL)
	if v == nil {
		return -1, nil
	}
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == v {
			return i, vals
		}
	}
	return -1, nil
}

// eqChain reads `x op1 a join x op1 b …` (join ||, op ==; or join &&,
// op !=) with x one variable and a, b string constants: x and the values.
func eqChain(info *types.Info, e ast.Expr, join, op token.Token) (*types.Var, []string) {
	var v *types.Var
	var vals []string
	var walk func(ast.Expr) bool
	walk = func(e ast.Expr) bool {
		b, ok := ast.Unparen(e).(*ast.BinaryExpr)
		if !ok {
			return false
		}
		if b.Op == join {
			return walk(b.X) && walk(b.Y)
		}
		if b.Op != op {
			return false
		}
		for _, pair := range [2][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
			id, ok := ast.Unparen(pair[0]).(*ast.Ident)
			if !ok {
				continue
			}
			x, ok := info.Uses[id].(*types.Var)
			tv := info.Types[pair[1]]
			if !ok || tv.Value == nil || !isStringType(tv.Type) || v != nil && x != v {
				continue
			}
			v = x
			vals = append(vals, stringVal(tv))
			return true
		}
		return false
	}
	if !walk(e) {
		return nil, nil
	}
	return v, vals
}

// gateOf reads an exported function's refusing ifs (gateValues) over
// each string parameter it hands to no other function. One walk of the
// body finds the ifs shaped like a gate; most functions have none.
func gateOf(pass *analysis.Pass, fd *ast.FuncDecl) *GateFact {
	fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if !ok {
		return nil
	}
	sig := fn.Signature()
	hasString := false
	for i := range sig.Params().Len() {
		hasString = hasString || isStringType(sig.Params().At(i).Type())
	}
	if !hasString {
		return nil
	}
	var ifs []*ast.IfStmt
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if n.Else == nil && gateShaped(n.Cond) {
				ifs = append(ifs, n)
			}
		}
		return true
	})
	if len(ifs) == 0 {
		return nil
	}
	for i := range sig.Params().Len() {
		v := sig.Params().At(i)
		if !isStringType(v.Type()) || sig.Variadic() && i == sig.Params().Len()-1 {
			continue
		}
		vals, at := gateValues(pass, fd, v, ifs)
		if at == nil {
			continue
		}
		name, ok := dispatchName(vals)
		if !ok {
			continue
		}
		p := pass.Fset.Position(at.Pos())
		return &GateFact{Param: i, Name: name, Values: vals, At: fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)}
	}
	return nil
}

// gateShaped reports whether an if condition may be a gate's: a negated
// call, or a chain of != joined by &&.
func gateShaped(cond ast.Expr) bool {
	switch x := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		_, call := ast.Unparen(x.X).(*ast.CallExpr)
		return x.Op == token.NOT && call
	case *ast.BinaryExpr:
		return x.Op == token.NEQ || x.Op == token.LAND
	}
	return false
}

// gateValues returns the values of v that one of the gate-shaped ifs of fd
// lets through by refusing every other (if !ok(v) { return err }), and
// the if; nil when v is reassigned, has no such if, or is handed to a
// function of a module (not the standard library's) other than the gate's
// predicate.
func gateValues(pass *analysis.Pass, fd *ast.FuncDecl, v *types.Var, ifs []*ast.IfStmt) ([]string, ast.Node) {
	info := pass.TypesInfo
	var vals []string
	var at ast.Node
	var gate *ast.CallExpr
	for _, n := range ifs {
		if vs, call := gateCond(pass, n.Cond, v); vs != nil && refusing(info, n.Body) {
			vals, at, gate = vs, n, call
			break
		}
	}
	if at == nil {
		return nil, nil
	}
	bad := false
	isV := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if bad {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			bad = slices.ContainsFunc(n.Lhs, isV)
		case *ast.CallExpr:
			if n == gate {
				return true
			}
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			if fn != nil && fn.Pkg() != nil && stdPath(fn.Pkg().Path(), pass.Pkg.Path()) {
				return true // the standard library formats, logs or converts it
			}
			// Judged again by code this gate does not show.
			bad = slices.ContainsFunc(n.Args, isV)
		}
		return !bad
	})
	if bad {
		return nil, nil
	}
	return vals, at
}

// gateCond reads an if condition that holds when v is none of some values:
// !pred(v), with pred a predicate of the package or one with a
// PredicateFact; !slices.Contains(list literal, v); v != a && v != b.
func gateCond(pass *analysis.Pass, cond ast.Expr, v *types.Var) ([]string, *ast.CallExpr) {
	info := pass.TypesInfo
	if x, vals := eqChain(info, cond, token.LAND, token.NEQ); x == v {
		return vals, nil
	}
	u, ok := ast.Unparen(cond).(*ast.UnaryExpr)
	if !ok || u.Op != token.NOT {
		return nil, nil
	}
	call, ok := ast.Unparen(u.X).(*ast.CallExpr)
	if !ok {
		return nil, nil
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return nil, nil
	}
	isV := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	if containsFuncs[funcName(fn)] && len(call.Args) == 2 && isV(call.Args[1]) {
		lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
		if !ok {
			return nil, nil
		}
		var vals []string
		for _, el := range lit.Elts {
			tv := info.Types[el]
			if tv.Value == nil || !isStringType(tv.Type) {
				return nil, nil
			}
			vals = append(vals, stringVal(tv))
		}
		return vals, call
	}
	f := new(PredicateFact)
	if fn.Pkg() != pass.Pkg {
		if !pass.ImportObjectFact(fn, f) {
			return nil, nil
		}
	} else {
		fd := funcDeclOf(pass, fn)
		if fd == nil {
			return nil, nil
		}
		i, vals := predicateValues(info, fd)
		if i < 0 {
			return nil, nil
		}
		f.Param, f.Values = i, vals
	}
	if f.Param < len(call.Args) && isV(call.Args[f.Param]) {
		return slices.Clone(f.Values), call
	}
	return nil, nil
}

// refusing reports whether an if body ends by returning a non-nil error
// or false, and does nothing else but build that answer or log.
func refusing(info *types.Info, body *ast.BlockStmt) bool {
	if len(body.List) == 0 {
		return false
	}
	ret, ok := body.List[len(body.List)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) == 0 {
		return false
	}
	for _, r := range ret.Results {
		tv := info.Types[r]
		if tv.IsNil() {
			continue
		}
		if tv.Value != nil && isBool(tv.Type) && !isTrueConst(tv) {
			return true
		}
		if types.Identical(tv.Type, types.Universe.Lookup("error").Type()) {
			return true
		}
	}
	return false
}

// funcDeclOf is the declaration of fn in the package's files.
func funcDeclOf(pass *analysis.Pass, fn *types.Func) *ast.FuncDecl {
	for _, f := range pass.Files {
		if f.Pos() <= fn.Pos() && fn.Pos() < f.End() {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Pos() == fn.Pos() {
					return fd
				}
			}
		}
	}
	return nil
}

func stringVal(tv types.TypeAndValue) string {
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	return constant.StringVal(tv.Value)
}

func isTrueConst(tv types.TypeAndValue) bool {
	return tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
}

// stdPath reports whether path, a package the package own imports, is
// the standard library's: its first element has no dot, and it is not
// own's module (a module named without a dot, "oauth-server", holds
// application packages: oauth-server/internal/auth).
func stdPath(path, own string) bool {
	first := func(p string) string {
		if i := strings.IndexByte(p, '/'); i >= 0 {
			return p[:i]
		}
		return p
	}
	f := first(path)
	return !strings.Contains(f, ".") && f != first(own)
}

// shortFuncName names fn as its package's code would: auth.Check,
// auth.Service.Issue.
func shortFuncName(fn *types.Func) string {
	name := fn.Name()
	if sig := fn.Signature(); sig.Recv() != nil {
		if n := namedOf(sig.Recv().Type()); n != nil {
			name = n.Obj().Name() + "." + name
		}
	}
	if fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}
