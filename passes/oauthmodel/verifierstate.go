package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// The PKCE verifier sent as the state. A helper draws a verifier and its
// challenge and hands both back (a struct, two locals); the authorization
// URL then carries the challenge, as it should, and the verifier itself as
// the state, which travels in the front channel (browser history, logs,
// Referer): whoever sees the URL holds the secret PKCE relies on (RFC 7636
// §4.1, §7.1; RFC 9700 §2.1.1). The two are the same value when the state
// expression and the argument the challenge is derived from (the argument
// of S256ChallengeOption or S256ChallengeFromVerifier, or of a hand-written
// SHA-256 then base64url) lead, through locals assigned once, conversions
// and fields of struct literals (here or returned by a helper of this
// package), to the same call, the same variable or the same field of the
// same variable. Each helper call is a value of its own: two calls of
// newPKCE() are two pairs.

// valKey identifies a value: the expression that makes it (a call), or a
// variable or field of a variable whose assignments are not followed, in
// the context of the helper call whose body it was found in (nil for the
// function at hand).
type valKey struct {
	ctx   ast.Node
	node  ast.Node
	v     *types.Var
	field *types.Var
}

// verifierStates sets StateVerifier on the requests whose state is their
// own PKCE verifier.
func (m *model) verifierStates() {
	for _, r := range m.result.AuthRequests {
		st, ok := r.State.Node.(ast.Expr)
		if !ok || r.State.Origin.Weak() {
			continue // a constant or missing state is oauthstate's finding
		}
		v, ok := m.challengeVerifier(r.Challenge.Node)
		if !ok {
			continue
		}
		if s, ok := m.valueKey(st, nil); ok && s == v {
			r.StateVerifier = st
		}
	}
}

// challengeVerifier is the key of the verifier whose challenge the node
// that sets code_challenge sends.
func (m *model) challengeVerifier(n ast.Node) (valKey, bool) {
	if v := s256OptionArg(m.info, n); v != nil {
		return m.valueKey(v, nil)
	}
	if c := challengeValue(n); c != nil {
		return m.verifierOfChallenge(c, nil)
	}
	return valKey{}, false
}

// s256OptionArg is x when n is oauth2.S256ChallengeOption(x).
func s256OptionArg(info *types.Info, n ast.Node) ast.Expr {
	if x, ok := n.(*ast.CallExpr); ok && len(x.Args) == 1 {
		if fn, ok := typeutil.Callee(info, x).(*types.Func); ok && funcName(fn) == fnS256ChallengeOption {
			return x.Args[0]
		}
	}
	return nil
}

// challengeValue is the expression that the node setting code_challenge
// sends as its value: q.Set's, SetAuthURLParam's, an assignment's or a
// literal's.
func challengeValue(n ast.Node) ast.Expr {
	var c ast.Expr
	switch x := n.(type) {
	case *ast.CallExpr:
		if len(x.Args) == 2 {
			c = x.Args[1] // q.Set, q.Add, SetAuthURLParam: the value
		}
	case *ast.AssignStmt:
		if len(x.Rhs) == 1 {
			c = x.Rhs[0]
		}
	case *ast.KeyValueExpr:
		c = x.Value
	}
	if c == nil {
		return nil
	}
	if e := firstElem(c); e != nil {
		c = e // []string{challenge}
	}
	return c
}

// verifierOfChallenge is the key of the verifier the challenge c is
// derived from: S256ChallengeFromVerifier(v) or a hand-written SHA-256
// then base64url.
func (m *model) verifierOfChallenge(c ast.Expr, ctx ast.Node) (valKey, bool) {
	t, ctx := m.follow(c, ctx, 0)
	call, ok := t.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return valKey{}, false
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return valKey{}, false
	}
	switch {
	case funcName(fn) == "golang.org/x/oauth2.S256ChallengeFromVerifier":
		return m.valueKey(call.Args[0], ctx)
	case fn.Name() == "EncodeToString" && isNamed(recvType(fn), "encoding/base64", "Encoding"):
		// base64.RawURLEncoding.EncodeToString(sum[:]), sum := sha256.Sum256([]byte(v))
		h, hctx := m.follow(call.Args[0], ctx, 0)
		sum, ok := h.(*ast.CallExpr)
		if !ok || len(sum.Args) != 1 {
			return valKey{}, false
		}
		if f, ok := typeutil.Callee(m.info, sum).(*types.Func); ok && funcName(f) == "crypto/sha256.Sum256" {
			return m.valueKey(sum.Args[0], hctx)
		}
	}
	return valKey{}, false
}

// challengeParams sets, on the fact of fn, the parameter the request's
// challenge is (ChallengeParam) or is derived from (VerifierParam), so
// that a caller passing its verifier as the state argument is seen
// (authorizeURL(p.Challenge, p.Verifier)).
func (m *model) challengeParams(f *AuthURLFact, r *AuthRequest, sig *types.Signature) {
	param := func(v *types.Var) int {
		for i := range sig.Params().Len() {
			if sig.Params().At(i) == v && !m.addrTaken[v] && len(m.defs[v]) == 0 {
				return i + 1
			}
		}
		return 0
	}
	if k, ok := m.challengeVerifier(r.Challenge.Node); ok {
		if k.ctx == nil && k.field == nil && k.node == nil {
			f.VerifierParam = param(k.v)
		}
		return
	}
	if c := challengeValue(r.Challenge.Node); c != nil {
		if k, ok := m.valueKey(c, nil); ok && k.ctx == nil && k.field == nil && k.node == nil {
			f.ChallengeParam = param(k.v)
		}
	}
}

// callerVerifierState is the state argument of a call to a helper with
// fact f when it is the very verifier the call's challenge argument is
// derived from (or its verifier argument), nil otherwise.
func (m *model) callerVerifierState(call *ast.CallExpr, f *AuthURLFact) ast.Expr {
	i := f.StateParam - 1
	if i < 0 || i >= len(call.Args) || call.Ellipsis.IsValid() {
		return nil
	}
	st := call.Args[i]
	sk, ok := m.valueKey(st, nil)
	if !ok {
		return nil
	}
	var vk valKey
	switch j, k := f.VerifierParam-1, f.ChallengeParam-1; {
	case j >= 0 && j < len(call.Args) && j != i:
		vk, ok = m.valueKey(call.Args[j], nil)
	case k >= 0 && k < len(call.Args) && k != i:
		vk, ok = m.verifierOfChallenge(call.Args[k], nil)
	default:
		return nil
	}
	if ok && vk == sk {
		return st
	}
	return nil
}

func recvType(fn *types.Func) types.Type {
	if r := fn.Signature().Recv(); r != nil {
		return r.Type()
	}
	return nil
}

// valueKey is the key of the value e denotes.
func (m *model) valueKey(e ast.Expr, ctx ast.Node) (valKey, bool) {
	t, ctx := m.follow(e, ctx, 0)
	switch x := t.(type) {
	case *ast.Ident:
		if v := m.varOf(x); v != nil {
			return valKey{ctx: ctx, v: v}, true
		}
	case *ast.SelectorExpr:
		f, ok := m.info.Uses[x.Sel].(*types.Var)
		if !ok || !f.IsField() {
			if ok {
				return valKey{v: f}, true // a package-level variable
			}
			break
		}
		if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
			if v := m.varOf(id); v != nil {
				return valKey{ctx: ctx, v: v, field: f}, true
			}
		}
	case *ast.CallExpr:
		return valKey{ctx: ctx, node: x}, true
	}
	return valKey{}, false
}

// follow leads e through parentheses, &, *, slicing, conversions, locals
// assigned once and fields of struct literals to the expression that makes
// its value, with the helper call whose body that expression lies in.
func (m *model) follow(e ast.Expr, ctx ast.Node, depth int) (ast.Expr, ast.Node) {
	for ; depth < maxDepth; depth++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return x, ctx
			}
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.SliceExpr:
			e = x.X // sum[:]
		case *ast.Ident:
			v := m.varOf(x)
			if v == nil || m.addrTaken[v] {
				return x, ctx
			}
			d, ok := m.singleDef(v)
			if !ok || d.rhs == nil || d.tuple >= 0 && !isCall(d.rhs) {
				return x, ctx
			}
			if d.tuple >= 0 {
				// v, c := newPKCE(): the helper's result, in its body.
				call := ast.Unparen(d.rhs).(*ast.CallExpr)
				if r := m.tupleResult(call, d.tuple); r != nil {
					if ctx == nil {
						ctx = call
					}
					e = r
					continue
				}
				if d.tuple > 0 {
					return x, ctx
				}
			}
			e = d.rhs // for a tuple, the call's first result
		case *ast.CallExpr:
			if tv, ok := m.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0] // []byte(v), string(b)
				continue
			}
			return x, ctx
		case *ast.SelectorExpr:
			f, ok := m.info.Uses[x.Sel].(*types.Var)
			if !ok || !f.IsField() {
				return x, ctx
			}
			lit, lctx := m.structLit(x.X, ctx, depth+1)
			val := fieldValue(m.info, lit, f)
			if val == nil {
				return x, ctx
			}
			if m.fieldWritten(x.X, f) {
				return x, ctx
			}
			e, ctx = val, lctx
		default:
			return x, ctx
		}
	}
	return e, ctx
}

// tupleResult is the expression that result k of call, a call of a
// function of this package with several results, is made by: the one
// non-constant k-th result of its returns (error paths return "" or
// nil), or the named result itself where a return is bare.
func (m *model) tupleResult(call *ast.CallExpr, k int) ast.Expr {
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return nil
	}
	cur, ok := m.funcDecls[fn.Origin()]
	if !ok {
		return nil
	}
	decl := cur.Node().(*ast.FuncDecl)
	n := fn.Signature().Results().Len()
	if n < 2 || k >= n {
		return nil
	}
	var found ast.Expr
	for c := range cur.Preorder((*ast.ReturnStmt)(nil)) {
		if enclosingFunc(c) != decl {
			continue
		}
		ret := c.Node().(*ast.ReturnStmt)
		var r ast.Expr
		switch len(ret.Results) {
		case n:
			r = ret.Results[k]
		case 0:
			r = resultName(decl, k)
		}
		if r == nil {
			return nil // return f(): not followed
		}
		if m.isConstant(r) || isNil(m.info, r) || zeroLit(r) {
			continue
		}
		if found != nil && found != r {
			if a, b := m.localVar(found), m.localVar(r); a == nil || a != b {
				return nil
			}
		}
		found = r
	}
	return found
}

// zeroLit reports whether e is an empty composite literal (T{}), the
// zero value an error path returns.
func zeroLit(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	return ok && len(lit.Elts) == 0
}

// resultName is the name of result k of decl, nil if unnamed.
func resultName(decl *ast.FuncDecl, k int) ast.Expr {
	if decl.Type.Results == nil {
		return nil
	}
	i := 0
	for _, f := range decl.Type.Results.List {
		if len(f.Names) == 0 {
			return nil
		}
		for _, name := range f.Names {
			if i == k {
				return name
			}
			i++
		}
	}
	return nil
}

// structLit is the struct literal the value of e is, directly, through
// locals, or as the one literal a helper of this package returns (its
// other returns return nil): the helper call becomes the context.
func (m *model) structLit(e ast.Expr, ctx ast.Node, depth int) (*ast.CompositeLit, ast.Node) {
	t, tctx := m.follow(e, ctx, depth)
	switch x := t.(type) {
	case *ast.CompositeLit:
		return x, tctx
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(m.info, x).(*types.Func)
		if !ok || depth >= maxDepth {
			return nil, nil
		}
		cur, ok := m.funcDecls[fn.Origin()]
		if !ok {
			return nil, nil
		}
		if tctx == nil {
			tctx = x
		}
		var found *ast.CompositeLit
		var fctx ast.Node
		for c := range cur.Preorder((*ast.ReturnStmt)(nil), (*ast.FuncLit)(nil)) {
			ret, ok := c.Node().(*ast.ReturnStmt)
			if !ok || len(ret.Results) == 0 || enclosingFunc(c) != cur.Node() {
				continue
			}
			if id, ok := ast.Unparen(ret.Results[0]).(*ast.Ident); ok && id.Name == "nil" || zeroLit(ret.Results[0]) {
				continue // an error path
			}
			lit, lctx := m.structLit(ret.Results[0], tctx, depth+1)
			if lit == nil || found != nil && found != lit {
				return nil, nil
			}
			found, fctx = lit, lctx
		}
		return found, fctx
	}
	return nil, nil
}

// fieldValue is the value a keyed literal gives field f.
func fieldValue(info *types.Info, lit *ast.CompositeLit, f *types.Var) ast.Expr {
	if lit == nil {
		return nil
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok && info.Uses[k] == f {
				return kv.Value
			}
		}
	}
	return nil
}

// fieldWritten reports whether field f of the local variable x is assigned
// anywhere (its literal value may not be the one read).
func (m *model) fieldWritten(x ast.Expr, f *types.Var) bool {
	v := m.localVar(x)
	if v == nil {
		return false
	}
	if m.addrTaken[v] {
		return true
	}
	d, ok := m.singleDef(v)
	if !ok {
		return true
	}
	fn := enclosingFunc(d.cur)
	if fn == nil {
		return true
	}
	written := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && m.localVar(sel.X) == v && m.info.Uses[sel.Sel] == f {
					written = true
				}
			}
		}
		return !written
	})
	return written
}
