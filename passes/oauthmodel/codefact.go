package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"sort"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// An exported function may redeem the code it is given (func (g Google)
// Redeem(code, redirect string) (*oauth2.Token, error)) for a callback
// that reads the code from the request in another package (the web
// layer's handler). CodeParamFact carries which parameter is redeemed to
// the importers, where a handler that passes the request's code without
// reading its state is reported, at its call. The method of an exported
// interface of the package that every implementation in the package
// redeems the same way (a "port" of a hexagonal layout) carries it too.

// CodeParamFact marks a function or interface method that redeems one of
// its parameters as an authorization code.
type CodeParamFact struct {
	Param    int  // 0-based index of the parameter redeemed
	Verifier bool // the exchange also sends a PKCE code_verifier
}

func (*CodeParamFact) AFact() {}
func (f *CodeParamFact) String() string {
	return fmt.Sprintf("redeemsCode(arg%d)", f.Param)
}

// noteCodeParam records that the exchange t redeems a parameter of the
// exported function that holds it.
func (m *model) noteCodeParam(t *TokenRequest, e ast.Expr) {
	fn, index := m.codeParam(e, t.Func)
	if fn == nil {
		return
	}
	m.noteRedeemerUp(fn, CodeParamFact{Param: index, Verifier: t.Verifier.Presence == value.Present}, 0)
}

// noteRedeemerUp records fn, which redeems its parameter f.Param, when it
// is exported, and hands the fact to the functions of the package that
// call it with their own parameter, up to three calls above: an
// unexported helper that builds the request (a.codeBody(code)), an
// exported method a use case wraps (HandleCallback calling ExchangeCode).
func (m *model) noteRedeemerUp(fn *types.Func, f CodeParamFact, depth int) {
	if fn.Exported() {
		m.noteRedeemer(fn, f) // and its callers in the package, which redeem it too
	}
	if m.redeemed == nil {
		m.redeemed = make(map[*types.Func]int)
	}
	m.redeemed[fn] = f.Param
	if depth >= 3 {
		return
	}
	uses := m.refs().uses[fn]
	// Called through an interface of the package that fn's type alone
	// implements (a.provider.exchange(ctx, code)): those calls are fn's.
	if ims := m.soleImplemented(fn); len(ims) > 0 {
		for c := range m.in.Root().Preorder((*ast.Ident)(nil)) {
			if f, ok := m.info.Uses[c.Node().(*ast.Ident)].(*types.Func); ok && slices.Contains(ims, f) {
				uses = append(uses, c)
			}
		}
	}
	for _, use := range uses {
		call, ok := calledAt(use)
		if !ok || f.Param >= len(call.Node().(*ast.CallExpr).Args) {
			continue
		}
		if w, i := m.codeParam(call.Node().(*ast.CallExpr).Args[f.Param], enclosingFunc(call)); w != nil && w != fn {
			m.noteRedeemerUp(w, CodeParamFact{Param: i, Verifier: f.Verifier}, depth+1)
		}
	}
}

// soleImplemented returns the methods of the package's interfaces (named
// types, exported or not) that fn's type implements, when every
// implementation in the package (fn, and the others already noted)
// redeems the same parameter.
func (m *model) soleImplemented(fn *types.Func) []*types.Func {
	if fn.Signature().Recv() == nil {
		return nil
	}
	var out []*types.Func
	scope := m.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		iface, ok := tn.Type().Underlying().(*types.Interface)
		if !ok {
			continue
		}
		for i := range iface.NumMethods() {
			im := iface.Method(i)
			if im.Name() != fn.Name() {
				continue
			}
			impls := m.implementations(iface, im.Name())
			all := slices.Contains(impls, fn)
			for _, impl := range impls {
				if impl != nil && isInterfaceMethod(impl) {
					continue // promoted from an embedded interface: one of the others
				}
				if p, ok := m.redeemed[impl]; impl == nil || !ok || p != m.redeemed[fn] {
					all = false
				}
			}
			if all {
				out = append(out, im)
			}
		}
	}
	return out
}

func (m *model) noteRedeemer(fn *types.Func, f CodeParamFact) {
	if m.codeParams == nil {
		m.codeParams = make(map[*types.Func]CodeParamFact)
	}
	m.codeParams[fn] = f
}

// exportCodeParams exports the CodeParamFacts of the package's functions
// and of its interfaces' methods that every implementation redeems.
func (m *model) exportCodeParams() {
	fns := make([]*types.Func, 0, len(m.codeParams))
	for fn := range m.codeParams {
		fns = append(fns, fn)
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].Pos() < fns[j].Pos() })
	for _, fn := range fns {
		f := m.codeParams[fn]
		m.pass.ExportObjectFact(fn, &f)
	}
	exported := len(fns) > 0
	if exported || m.embedsConfig() {
		m.ownInterfaceMethods(func(iface *types.Interface, im *types.Func) {
			if f, ok := m.implementedCodeParam(iface, im.Name()); ok {
				m.pass.ExportObjectFact(im, &f)
				exported = true
			}
		})
	}
	if exported {
		m.pass.ExportPackageFact(&FlowsFact{}) // importers are modelled
	}
}

// implementedCodeParam returns the fact shared by the method name of every
// type of the package that implements iface, when there is one at least.
// A type that embeds an *oauth2.Config and implements the method with
// the Config's own Exchange (promoted: no declaration of the package
// calls it) redeems the code it is given there.
func (m *model) implementedCodeParam(iface *types.Interface, name string) (CodeParamFact, bool) {
	var shared CodeParamFact
	impls := m.implementations(iface, name)
	for i, fn := range impls {
		f, ok := m.codeParams[fn]
		if !ok && fn != nil && funcName(fn) == fnExchange {
			f, ok = CodeParamFact{Param: 1}, true // Exchange(ctx, code, opts...)
		}
		if fn == nil || !ok || i > 0 && f.Param != shared.Param {
			return CodeParamFact{}, false
		}
		shared.Param = f.Param
		shared.Verifier = shared.Verifier || f.Verifier
	}
	return shared, len(impls) > 0
}

// embedsConfig reports whether a type of the package (test files aside)
// embeds x/oauth2's Config, whose methods it then has as its own.
func (m *model) embedsConfig() bool {
	if m.embedsConf == nil {
		e := m.findEmbeddedConfig()
		m.embedsConf = &e
	}
	return *m.embedsConf
}

func (m *model) findEmbeddedConfig() bool {
	scope := m.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || m.inTestFile(tn.Pos()) {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := range st.NumFields() {
			if f := st.Field(i); f.Embedded() && isNamed(f.Type(), "golang.org/x/oauth2", "Config") {
				return true
			}
		}
	}
	return false
}

// ownCodeParam is the CodeParamFact of fn, a method of an interface the
// package declares, whose every implementation in the package redeems
// the same parameter.
func (m *model) ownCodeParam(fn *types.Func) (CodeParamFact, bool) {
	rt := recvType(fn)
	if rt == nil || !types.IsInterface(rt) || !m.embedsConfig() {
		return CodeParamFact{}, false
	}
	iface, _ := rt.Underlying().(*types.Interface)
	return m.implementedCodeParam(iface, fn.Name())
}

// importedCodeCallbacks finds the handlers of this package that pass the
// served request's code to another package's function that redeems it,
// without reading the request's state.
func (m *model) importedCodeCallbacks() {
	for _, cur := range m.helperCall {
		call := cur.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || m.inTest(call) {
			continue
		}
		f := new(CodeParamFact)
		if fn.Pkg() == m.pass.Pkg {
			// The package's own interface, implemented by the
			// Config's promoted Exchange: no exchange call to follow.
			own, ok := m.ownCodeParam(fn)
			if !ok {
				continue
			}
			*f = own
		} else if !m.pass.ImportObjectFact(fn, f) {
			continue
		}
		if f.Param >= len(call.Args) {
			continue
		}
		arg := call.Args[f.Param]
		h := enclosingFunc(cur)
		if w, i := m.codeParam(arg, h); w != nil && w.Exported() {
			// A wrapper that hands its own parameter on redeems it too
			// (a use case calling the provider's Redeem).
			m.noteRedeemer(w, CodeParamFact{Param: i, Verifier: f.Verifier})
			continue
		}
		read := m.requestRead(arg, "code", 0)
		if read == nil || h == nil || !within(read, h) || !m.answersHTTP(h) {
			continue
		}
		verifier := Param{Presence: value.Absent}
		if f.Verifier || m.passesVerifier(call.Args[f.Param+1:]) {
			verifier.Presence = value.Present
		}
		t := &TokenRequest{
			Node:      call,
			Route:     RouteHelper,
			Func:      h,
			GrantType: Param{Presence: value.Present, Value: GrantAuthCode, Known: true, Node: call},
			Code:      Param{Presence: value.Present, Node: arg},
			Verifier:  verifier,
			Helper:    fn,
		}
		if m.readsState(h, 0) {
			m.emptyStateCheck(t, h)  // checked: how?
			m.unboundState(t, h)     // checked: where?
			m.sharedStateCheck(t, h) // checked: against what?
			continue
		}
		m.result.Callbacks = append(m.result.Callbacks, Callback{Exchange: t, Code: read, Handler: h})
	}
}

// passesVerifier reports whether one of args, the options a caller hands
// a redeeming function on, is oauth2.VerifierOption(…).
func (m *model) passesVerifier(args []ast.Expr) bool {
	for _, a := range args {
		if c, ok := ast.Unparen(a).(*ast.CallExpr); ok {
			if fn, ok := typeutil.Callee(m.info, c).(*types.Func); ok && funcName(fn) == fnVerifierOption {
				return true
			}
		}
	}
	return false
}
