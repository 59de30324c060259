package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// Values in struct fields. An SDK builds the authorization URL and hands it
// back in a field of the struct it returns (Login{AuthURL: u}); the
// command prints login.AuthURL. The URL is followed into the field, and
// the field carries an AuthURLFact, as a helper function does: each read
// of the field, here or in another package, is the request, judged where
// the URL goes from there.

// fieldURL records that the authorization URL of r is stored in field.
func (m *model) fieldURL(r *AuthRequest, field *types.Var) {
	if m.fieldReqs == nil {
		m.fieldReqs = make(map[*types.Var][]*AuthRequest)
	}
	for _, x := range m.fieldReqs[field] {
		if x == r {
			return
		}
	}
	m.fieldReqs[field] = append(m.fieldReqs[field], r)
}

// visitFieldRead records a read of a string field that may carry an
// authorization URL: one of this package, or of a package with flows.
func (m *model) visitFieldRead(cur inspector.Cursor, id *ast.Ident, v *types.Var) {
	if !isStringType(v.Type()) || v.Pkg() == nil {
		return
	}
	sel, ok := cur.Parent().Node().(*ast.SelectorExpr)
	if !ok || sel.Sel != id {
		return // a composite literal key: a write
	}
	if v.Pkg() != m.pass.Pkg {
		is, seen := m.flowPkgs[v.Pkg()]
		if !seen {
			is = m.pass.ImportPackageFact(v.Pkg(), new(FlowsFact))
			m.flowPkgs[v.Pkg()] = is
		}
		if !is {
			return
		}
	}
	if as, ok := cur.Parent().Parent().Node().(*ast.AssignStmt); ok && indexOf(as.Lhs, sel) >= 0 {
		return // written, not read
	}
	m.fieldReads = append(m.fieldReads, cur.Parent())
}

// fieldFacts computes the facts of this package's fields that hold
// authorization URLs, exports those of exported fields, and returns them.
func (m *model) fieldFacts() map[*types.Var]*AuthURLFact {
	facts := make(map[*types.Var]*AuthURLFact)
	fields := make([]*types.Var, 0, len(m.fieldReqs))
	for f := range m.fieldReqs {
		fields = append(fields, f)
	}
	sort.Slice(fields, func(i, j int) bool { return fields[i].Pos() < fields[j].Pos() })
	for _, f := range fields {
		var fact *AuthURLFact
		for _, r := range m.fieldReqs[f] {
			x := m.factOf(r, nil)
			if fact != nil {
				x = mergeFacts(fact, x)
			}
			fact = x
		}
		facts[f] = fact
		if f.Exported() && f.Pkg() == m.pass.Pkg && m.addressable(f) {
			m.pass.ExportObjectFact(f, fact)
			m.exported = true
		}
	}
	return facts
}

// addressable reports whether a field belongs to a package-level named
// struct type, so that a fact about it can reach other packages.
func (m *model) addressable(f *types.Var) bool {
	st, _ := m.declaringStruct(f)
	return st != nil
}

// declaringStruct is the struct of a package-level named type that
// declares the field f, and f's index in it; nil when no such type does
// (a local or anonymous struct).
func (m *model) declaringStruct(f *types.Var) (*types.Struct, int) {
	scope := m.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := 0; i < st.NumFields(); i++ {
			if st.Field(i) == f {
				return st, i
			}
		}
	}
	return nil, 0
}

// fieldRequests makes a request of every read of a field that holds an
// authorization URL.
func (m *model) fieldRequests(local map[*types.Var]*AuthURLFact) []*AuthRequest {
	var out []*AuthRequest
	for _, cur := range m.fieldReads {
		sel := cur.Node().(*ast.SelectorExpr)
		f, ok := m.info.Uses[sel.Sel].(*types.Var)
		if !ok {
			continue
		}
		fact := local[f]
		if fact == nil && f.Pkg() != m.pass.Pkg {
			x := new(AuthURLFact)
			if m.pass.ImportObjectFact(f, x) {
				fact = x
			}
		}
		if fact == nil {
			continue
		}
		r := &AuthRequest{
			Node:            sel,
			Route:           RouteHelper,
			Func:            enclosingFunc(cur),
			Field:           f,
			ResponseType:    Param{Presence: value.Present, Value: fact.ResponseType, Known: fact.ResponseType != "", Node: sel},
			Challenge:       Param{Presence: fact.Challenge, Node: sel},
			ChallengeMethod: Param{Presence: fact.MethodPresence, Value: fact.Method, Known: fact.MethodPresence == value.Present && fact.Method != "", Node: sel},
			Verifier:        Param{Presence: fact.Verifier, Node: sel},
			ChallengeS256:   fact.S256,
		}
		if fact.RedirectURI != "" {
			r.RedirectURI = Param{Presence: value.Present, Value: fact.RedirectURI, Known: true}
		}
		m.addAuth(r, cur, nil)
		if f.Pkg() == m.pass.Pkg {
			if origins := m.fieldReqs[f]; len(origins) > 0 {
				r.Origin = origins[0]
			}
		}
		out = append(out, r)
	}
	return out
}

// fieldFlows records the fields the package's authorization URLs are
// stored in and turns each read of such a field into a request.
func (m *model) fieldFlows() {
	for _, r := range m.result.AuthRequests {
		for _, s := range r.Sinks {
			if s.Kind == SinkField && s.Field != nil {
				m.fieldURL(r, s.Field)
				if m.fieldExtended(s.Field, paramState) {
					// A template: the state is added where it is sent,
					// also to the helpers' URLs it came from.
					m.templateState(r, 0)
				}
			}
		}
	}
	if len(m.fieldReqs) == 0 && len(m.fieldReads) == 0 {
		return
	}
	added := m.fieldRequests(m.fieldFacts())
	for _, r := range added {
		m.computeSinks(r)
	}
	m.collectFacts(added) // a function that returns login.AuthURL
}

// templateState makes unknown the missing or empty state of r and of
// the requests of the helpers it was built by (every URL each returns).
func (m *model) templateState(r *AuthRequest, depth int) {
	if r == nil || depth > maxDepth {
		return
	}
	if r.State.Origin == StateMissing || r.State.Origin == StateEmpty {
		r.State = State{}
	}
	m.templateState(r.Origin, depth+1)
	if r.Helper != nil {
		for _, o := range m.returned[r.Helper] {
			m.templateState(o, depth+1)
		}
	}
}

// fieldExtended reports whether a read of the field f, which holds an
// authorization URL, is extended with the parameter key before use
// (a.loginURL + "&state=" + url.QueryEscape(state)): a template whose
// key is added where it is sent.
func (m *model) fieldExtended(f *types.Var, key string) bool {
	for _, cur := range m.fieldReads {
		sel := cur.Node().(*ast.SelectorExpr)
		if m.info.Uses[sel.Sel] != f {
			continue
		}
		top := cur
		for {
			b, ok := top.Parent().Node().(*ast.BinaryExpr)
			if !ok || b.Op != token.ADD {
				break
			}
			top = top.Parent()
		}
		if top == cur {
			continue
		}
		text := m.str(top.Node().(ast.Expr), nil)
		if strings.Contains(text, "&"+key+"=") || strings.Contains(text, "?"+key+"=") {
			return true
		}
	}
	return false
}

// optionFieldWrite records a write of an option list field (o.opts = …,
// loginOptions{opts: …}).
func (m *model) optionFieldWrite(key *ast.Ident, rhs ast.Expr) {
	f, ok := m.info.Uses[key].(*types.Var)
	if !ok || !f.IsField() {
		return
	}
	sl, ok := f.Type().Underlying().(*types.Slice)
	if !ok || !isNamed(sl.Elem(), pathOAuth2, "AuthCodeOption") {
		return
	}
	if m.optionWrites == nil {
		m.optionWrites = make(map[*types.Var][]ast.Expr)
	}
	m.optionWrites[f] = append(m.optionWrites[f], rhs)
}

// fieldElems lists, through elem, the elements of a slice kept in an
// unexported struct field of this package (an option list): every element
// any write puts there may be sent (functional options append to it on
// some paths). It reports false when the field can be written where we do
// not look.
func (m *model) fieldElems(f *types.Var, depth int, elem func(ast.Expr, int), open func(), forwarded func(*types.Var)) bool {
	writes := m.optionWrites[f]
	if f.Exported() || f.Pkg() != m.pass.Pkg || len(writes) == 0 || depth > maxDepth {
		return false
	}
	for _, w := range writes {
		call, _ := ast.Unparen(w).(*ast.CallExpr)
		if b, ok := callee(m.info, call).(*types.Builtin); ok && b.Name() == "append" && len(call.Args) > 0 {
			if sel, ok := ast.Unparen(call.Args[0]).(*ast.SelectorExpr); !ok || m.info.Uses[sel.Sel] != f {
				m.sliceElems(call.Args[0], depth+1, elem, open, forwarded)
			}
			rest := call.Args[1:]
			if call.Ellipsis.IsValid() && len(rest) == 1 {
				m.sliceElems(rest[0], depth+1, elem, open, forwarded)
				continue
			}
			for _, a := range rest {
				elem(a, depth+1)
			}
			continue
		}
		// newClient(…, opts) keeping its parameter: the arguments of its
		// calls in the package (and, when other code may call it too,
		// an open list).
		if v := m.localVar(w); v != nil {
			if args, _, complete := m.paramArgs(v); len(args) > 0 {
				for _, a := range args {
					m.sliceElems(a, depth+1, elem, open, forwarded)
				}
				if !complete {
					open()
				}
				continue
			}
		}
		m.sliceElems(w, depth+1, elem, open, forwarded)
	}
	return true
}

// callee is typeutil.Callee, nil for a nil call.
func callee(info *types.Info, call *ast.CallExpr) types.Object {
	if call == nil {
		return nil
	}
	return typeutil.Callee(info, call)
}

// storedElsewhere makes unknown what a request lacks when its URL is only
// stored in fields of another package's structs (login.Params{AuthorizeURL:
// base}): the package that reads them may add the state or a challenge
// before the URL is sent (url.Parse, q.Set), out of sight here.
func (m *model) storedElsewhere() {
	for _, r := range m.result.AuthRequests {
		if len(r.Sinks) == 0 {
			continue
		}
		stored := true
		for _, s := range r.Sinks {
			if s.Kind != SinkField || s.Field == nil || s.Field.Pkg() == m.pass.Pkg {
				stored = false
				break
			}
		}
		if !stored {
			continue
		}
		if r.State.Origin == StateMissing {
			r.State = State{}
		}
		for _, p := range []*Param{&r.Challenge, &r.ChallengeMethod, &r.RedirectURI} {
			if p.Presence == value.Absent {
				p.Presence = value.Unknown
			}
		}
	}
}
