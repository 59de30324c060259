package oauthmodel

import (
	"go/types"
	"sync"
)

// requestUsed sets Signals.RequestUsed when the package starts a listener
// and some variable holding a served request (an *http.Request parameter,
// a web framework's request context) is used outside _test.go files. A
// listener whose handlers only write a page ("copy the token from the
// address bar and paste it here") receives no code: the user pastes it.
// An *http.Request the package makes itself (a local from
// http.NewRequest, sent to an API) is not a served one; a parameter may
// be either, and counts.
func (m *model) requestUsed() {
	if len(m.result.Signals.Listeners) == 0 {
		return
	}
	for id, obj := range m.info.Uses {
		v, ok := obj.(*types.Var)
		if !ok || v.IsField() || !servedRequest(v.Type()) || m.inTestFile(id.Pos()) {
			continue
		}
		if v.Kind() != types.ParamVar && isNamed(v.Type(), "net/http", "Request") {
			continue // made here, not served
		}
		m.result.Signals.RequestUsed = true
		return
	}
}

// servedRequest reports whether values of type t are the request an HTTP
// handler serves: *http.Request or a web framework's request context.
func servedRequest(t types.Type) bool {
	if isNamed(t, "net/http", "Request") {
		return true
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	return frameworkContext(t)
}

// frameworkContext reports whether t (a pointer already dereferenced)
// is a web framework's request context: a struct or interface type of
// the framework that reads the request's parameters by name (gin's
// Context.Query, echo's Context.QueryParam, fiber's Ctx.Query); not its
// maps, functions or other types (gin.H is a map of reply values), nor
// its plain records (fiber.Cookie, a cookie to set).
func frameworkContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || webFramework(n.Obj().Pkg().Path()) == "" {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Struct, *types.Interface:
	default:
		return false
	}
	if r, ok := paramReaders.Load(n.Obj()); ok {
		return r.(bool)
	}
	r := readsParamsByName(n)
	paramReaders.Store(n.Obj(), r)
	return r
}

// paramReaders caches readsParamsByName by type name.
var paramReaders sync.Map // *types.TypeName → bool

// readsParamsByName reports whether the methods of n (or *n) include one
// that takes a string first and returns a string first: a reader of a
// request parameter, header or cookie by its name.
func readsParamsByName(n *types.Named) bool {
	var t types.Type = n
	if !types.IsInterface(n) {
		t = types.NewPointer(n)
	}
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		sig, ok := ms.At(i).Type().(*types.Signature)
		if !ok || sig.Params().Len() == 0 || sig.Results().Len() == 0 {
			continue
		}
		if isStringType(sig.Params().At(0).Type()) && isStringType(sig.Results().At(0).Type()) {
			return true
		}
	}
	return false
}
