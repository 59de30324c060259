package oauthmodel

import "go/types"

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
// the framework (gin's Context, echo's Context, fiber's Ctx); not its
// maps, functions or other types (gin.H is a map of reply values).
func frameworkContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || webFramework(n.Obj().Pkg().Path()) == "" {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return true
	}
	return false
}
