package oauthmodel

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// ownPage sets Signals.OpensOwnPage: a listener whose address comes from
// a variable that the program also hands to a browser launcher. Such a
// program opens its own page in the browser of the user who runs it: a
// native app with a local login page (RFC 8252 §7.3), even when the
// address is a flag whose value is unknown. A listener on a known public
// address is not one.
func (m *model) ownPage() {
	sig := &m.result.Signals
	if sig.OpensBrowser == nil || len(sig.Listeners) == 0 || len(m.result.AuthRequests) == 0 {
		return
	}
	for _, l := range sig.Listeners {
		addr, ok := l.(ast.Expr)
		if !ok {
			continue
		}
		if host, ok := listenHost(m.str(addr, nil)); ok && !isLoopbackHost(host) {
			continue // a public address: a web app that opens its operator's browser on start
		}
		for _, src := range m.sourceVars(addr, 0, nil) {
			if m.opensSource(src) {
				sig.OpensOwnPage = l
				return
			}
		}
	}
}

// source is a variable, or a field of one (s.Addr: s and Addr).
type source struct {
	v     *types.Var
	field *types.Var
}

// sourceVars are the variables e is made from: itself when it names one,
// a selection's root, and those of the value a local variable is given
// once (listenURL.Host: listenURL, and listen of url.Parse(listen)).
func (m *model) sourceVars(e ast.Expr, depth int, out []source) []source {
	if depth > 4 {
		return out
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := m.varOf(x)
		if v == nil || v.IsField() {
			return out
		}
		out = append(out, source{v: v})
		if d, ok := m.singleDef(v); ok && d.rhs != nil && d.tuple <= 0 {
			out = m.sourceVars(d.rhs, depth+1, out)
		}
	case *ast.SelectorExpr:
		if s, ok := m.info.Selections[x]; ok && s.Kind() == types.FieldVal {
			if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
				// cfg.Listen: that field, not cfg's other ones.
				// u.Host of u, err := url.Parse(listen): listen.
				if v := m.varOf(id); v != nil && !v.IsField() {
					out = append(out, source{v: v, field: s.Obj().(*types.Var)})
					if d, ok := m.singleDef(v); ok && d.rhs != nil && d.tuple <= 0 {
						out = m.sourceVars(d.rhs, depth+1, out)
					}
					return out
				}
			}
			out = m.sourceVars(x.X, depth+1, out)
		}
	case *ast.StarExpr:
		out = m.sourceVars(x.X, depth+1, out)
	case *ast.CallExpr:
		// url.Parse(listen), net.JoinHostPort(host, port),
		// fmt.Sprintf("%s:%d", host, port): what it is made of.
		if _, ok := m.info.Types[x.Fun]; ok && !m.info.Types[x.Fun].IsType() {
			for _, a := range x.Args {
				out = m.sourceVars(a, depth+1, out)
			}
		}
	case *ast.BinaryExpr:
		out = m.sourceVars(x.X, depth+1, out)
		out = m.sourceVars(x.Y, depth+1, out)
	}
	return out
}

// opensSource reports whether a use of the source reaches a browser
// launcher: the variable, or its field read through it.
func (m *model) opensSource(src source) bool {
	at, ok := m.defCursor(src.v)
	if !ok {
		return false
	}
	found := false
	m.eachUse(src.v, at, func(u inspector.Cursor) {
		if found {
			return
		}
		if src.field != nil {
			sel, ok := u.Parent().Node().(*ast.SelectorExpr)
			if !ok || sel.X != u.Node() || m.info.Uses[sel.Sel] != src.field {
				return
			}
			u = u.Parent()
		}
		var sinks []Sink
		m.flowFrom(u, 1, &sinks, make(map[ast.Node]bool))
		found = firstSink(sinks, SinkBrowser) != nil
	})
	return found
}
