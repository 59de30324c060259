package oauthmodel

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// TokenResultFact is exported for a function of this package that returns
// a token as a string result: session.GetCodeFlowTokens returning
// resp.AccessToken, idToken, resp.RefreshToken, err. What[i] says what
// result i holds ("" for a result that is no token). A caller in another
// package that logs that result logs the token.
type TokenResultFact struct {
	What []string
}

func (*TokenResultFact) AFact() {}

func (f *TokenResultFact) String() string {
	var at []string
	for i, w := range f.What {
		if w != "" {
			at = append(at, strconv.Itoa(i))
		}
	}
	return "tokenResult(" + strings.Join(at, ",") + ")"
}

// TokenResultPkgFact marks a package that exports TokenResultFacts, so
// that a package calling its functions is analysed for what it logs.
type TokenResultPkgFact struct{}

func (*TokenResultPkgFact) AFact()         {}
func (*TokenResultPkgFact) String() string { return "tokenResults" }

// helperTokenAt is what result i of fn, a function of this package,
// holds when each of its return statements returns a token there (or a
// constant: return "", "", err on failure).
func (m *model) helperTokenAt(fn *types.Func, i, depth int) string {
	if i == 0 {
		return m.helperToken(fn, depth)
	}
	key := tokenResultKey{fn, i}
	if w, ok := m.helperResults[key]; ok {
		return w
	}
	if m.helperResults == nil {
		m.helperResults = make(map[tokenResultKey]string)
	}
	if depth > maxDepth {
		return ""
	}
	m.helperResults[key] = ""
	w := m.returnedToken(fn, i, depth)
	m.helperResults[key] = w
	return w
}

type tokenResultKey struct {
	fn *types.Func
	i  int
}

// returnedToken reads fn's return statements for result i.
func (m *model) returnedToken(fn *types.Func, i, depth int) string {
	cur, ok := m.funcDecls[fn]
	sig := fn.Signature()
	if !ok || i >= sig.Results().Len() || !isStringType(sig.Results().At(i).Type()) {
		return ""
	}
	decl := cur.Node().(*ast.FuncDecl)
	what := ""
	for c := range cur.Preorder((*ast.ReturnStmt)(nil)) {
		ret := c.Node().(*ast.ReturnStmt)
		if enclosingFunc(c) != decl {
			continue
		}
		if len(ret.Results) == 0 && sig.Results().Len() > 0 && sig.Results().At(i).Name() != "" {
			// A bare return of named results: a result the body never
			// assigns is its zero value there ("" on an error path).
			r := sig.Results().At(i)
			if len(m.defs[r]) == 0 && !m.addrTaken[r] {
				continue
			}
			// Assigned: a token when every assignment gives one
			// (tok = tr.AccessToken; return).
			w := m.tokenVar(r, depth+1)
			if w == "" {
				return ""
			}
			what = w
			continue
		}
		if len(ret.Results) != sig.Results().Len() {
			return "" // return f()
		}
		if m.isConstant(ret.Results[i]) {
			continue
		}
		w := m.tokenValue(ret.Results[i], depth+1)
		if w == "" {
			return ""
		}
		what = w
	}
	return what
}

// resultToken is what result i of a call of fn holds: read in fn's body
// for a function of this package, from its TokenResultFact for another's.
func (m *model) resultToken(fn *types.Func, i, depth int) string {
	fn = fn.Origin()
	if fn.Pkg() == m.pass.Pkg {
		return m.helperTokenAt(fn, i, depth)
	}
	if fn.Pkg() == nil {
		return ""
	}
	f, ok := m.tokenResultFacts[fn]
	if !ok {
		f = new(TokenResultFact)
		if !m.pass.ImportObjectFact(fn, f) {
			f = nil
		}
		if m.tokenResultFacts == nil {
			m.tokenResultFacts = make(map[*types.Func]*TokenResultFact)
		}
		m.tokenResultFacts[fn] = f
	}
	if f == nil || i >= len(f.What) {
		return ""
	}
	return f.What[i]
}

// exportTokenResultFacts exports a TokenResultFact for each exported
// function or method of this package (test files aside) that returns a
// token in one of its string results.
func (m *model) exportTokenResultFacts() {
	exported := false
	for fn, cur := range m.funcDecls {
		if !fn.Exported() || m.inTestFile(cur.Node().Pos()) {
			continue
		}
		if recv := fn.Signature().Recv(); recv != nil {
			if n := namedOf(recv.Type()); n == nil || !n.Obj().Exported() {
				continue // a method of an unexported type: reached through an interface, if at all
			}
		}
		res := fn.Signature().Results()
		var what []string
		found := false
		for i := 0; i < res.Len(); i++ {
			w := ""
			if isStringType(res.At(i).Type()) {
				w = m.helperTokenAt(fn, i, 0)
			} else if t := res.At(i).Type(); namedOf(t) != nil && namedOf(t).Obj().Pkg() == m.pass.Pkg {
				// A token response type of this package (Token with
				// `json:"access_token"`): importers that print the value
				// print the tokens, and need modelling to see it.
				w = m.tokenStruct(t, 0)
			}
			what = append(what, w)
			found = found || w != ""
		}
		if found {
			m.pass.ExportObjectFact(fn, &TokenResultFact{What: what})
			exported = true
		}
	}
	if exported {
		m.pass.ExportPackageFact(&TokenResultPkgFact{})
	}
}
