package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// A container holds request parameters: a url.Values, a map[string]string
// or map[string]any, or a struct whose fields are tagged with parameter
// names (a JSON token request body). It is either a variable (with all its
// assignments and mutations) or a literal used directly.
type container struct {
	key       containerKey
	kind      containerKind
	cur       inspector.Cursor // the literal, or the variable's first assignment
	lit       *ast.CompositeLit
	mutations []mutation
	dels      []inspector.Cursor // q.Del(key) calls
	flows     []inspector.Cursor // expressions where the container itself goes
	escapes   bool               // passed to code we cannot follow: more keys may be added
	firstUse  inspector.Cursor
	// uses counts the uses of the container's variable, ranged those
	// that range over it (for k, v := range params).
	uses, ranged int

	// tokenType is set for a struct type that declares a grant_type
	// field: a token request body, never an authorization request, even
	// when it carries response_type (Keycloak's token options do).
	tokenType bool

	built  bool
	params value.Params
	nodes  map[string]ast.Node // where each parameter is set
	exprs  map[string]ast.Expr // the expression of each parameter's value
	s256   bool                // code_challenge is S256ChallengeFromVerifier(…)
	// constant is where a constant challenge (or one derived from a
	// constant verifier) is set.
	constant ast.Node
}

type containerKey struct {
	v   *types.Var
	lit *ast.CompositeLit
}

type containerKind uint8

const (
	notContainer containerKind = iota
	valuesContainer
	mapContainer
	structContainer
)

// mutation is values.Set(key, val), values[key] = val or body.Field = val.
type mutation struct {
	key   ast.Expr // nil when name is known from a struct tag
	name  string
	val   ast.Expr
	node  ast.Node
	index bool // values[key] = []string{…}: val is a slice
	// add is set for url.Values.Add, which only adds a value: a key it
	// does not name cannot replace the values other calls set.
	add bool
}

// paramTags are the struct tags whose names are request parameter names.
var paramTags = []string{"json", "form", "url", "schema", "query"}

func (m *model) containerKindOf(t types.Type) containerKind {
	if t == nil {
		return notContainer
	}
	if isNamed(t, "net/url", "Values") {
		return valuesContainer
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil && loggerPkg(trimVendor(n.Obj().Pkg().Path())) {
		return notContainer // logrus.Fields{"client_id": id, "response_type": rt}: a log line's fields
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		if !isStringType(u.Key()) {
			return notContainer
		}
		switch e := u.Elem().Underlying().(type) {
		case *types.Basic:
			if e.Info()&types.IsString != 0 {
				return mapContainer
			}
		case *types.Interface:
			if e.Empty() {
				return mapContainer
			}
		case *types.Slice:
			if isStringType(e.Elem()) {
				return valuesContainer
			}
		}
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if oauthParamName(tagName(u.Tag(i))) {
				return structContainer
			}
		}
	}
	return notContainer
}

// declaresGrantType reports whether t is (a pointer to) a struct with a
// field tagged grant_type.
func declaresGrantType(t types.Type) bool { return declaresParam(t, paramGrantType) }

// declaresParam reports whether a struct type (or pointer to one) has a
// field tagged with the parameter name.
func declaresParam(t types.Type, name string) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if tagName(st.Tag(i)) == name {
			return true
		}
	}
	return false
}

func (m *model) isStringPtr(e ast.Expr) bool {
	t := m.info.TypeOf(e)
	if t == nil {
		return false
	}
	p, ok := t.Underlying().(*types.Pointer)
	return ok && isStringType(p.Elem())
}

func isStringType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// oauthParamName reports whether a struct tag names a parameter that makes a
// struct a request body worth modelling.
func oauthParamName(name string) bool {
	switch name {
	case "grant_type", "response_type", "code_challenge", "code_challenge_method", "code_verifier":
		return true
	}
	return false
}

// tagName is the parameter name a struct tag gives a field, if any.
func tagName(tag string) string {
	st := reflect.StructTag(tag)
	for _, key := range paramTags {
		if v, ok := st.Lookup(key); ok {
			name, _, _ := strings.Cut(v, ",")
			if name != "" && name != "-" {
				return name
			}
		}
	}
	return ""
}

// containerOfVar returns the container for a variable expression, creating
// it on first sight.
func (m *model) containerOfVar(e ast.Expr) *container {
	v := m.localVar(e)
	if v == nil {
		return nil
	}
	key := containerKey{v: v}
	if c, ok := m.containers[key]; ok {
		return c
	}
	if m.notContainer[v] {
		return nil
	}
	kind := m.containerKindOf(v.Type())
	if kind == notContainer {
		m.notContainer[v] = true
		return nil
	}
	c := &container{key: key, kind: kind}
	m.containers[key] = c
	return c
}

// fieldParamName is the parameter name of body.Field's struct tag.
func (m *model) fieldParamName(sel *ast.SelectorExpr) string {
	s, ok := m.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return ""
	}
	f, ok := s.Obj().(*types.Var)
	if !ok {
		return ""
	}
	recv := types.Unalias(s.Recv())
	if p, ok := recv.(*types.Pointer); ok {
		recv = p.Elem()
	}
	st, ok := recv.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i) == f {
			return tagName(st.Tag(i))
		}
	}
	return ""
}

// containerUse classifies one use of a container variable: a read, a
// mutation (recorded elsewhere), a place it flows to as a whole, or an
// escape into code we cannot follow.
func (m *model) containerUse(c *container, cur inspector.Cursor, id *ast.Ident) {
	if !c.firstUse.Valid() {
		c.firstUse = cur // where a parameter container is first seen
	}
	c.uses++
	parent := cur.Parent()
	switch p := parent.Node().(type) {
	case *ast.SelectorExpr:
		call, ok := parent.Parent().Node().(*ast.CallExpr)
		if !ok || call.Fun != p {
			return // body.Field read or written (written: visitAssign)
		}
		switch p.Sel.Name {
		case "Set", "Add":
			if c.kind == valuesContainer && len(call.Args) == 2 {
				c.mutations = append(c.mutations, mutation{key: call.Args[0], val: call.Args[1], node: call, add: p.Sel.Name == "Add"})
				return
			}
		case "Del":
			if c.kind == valuesContainer && len(call.Args) == 1 {
				c.dels = append(c.dels, parent.Parent())
			}
			return
		case "Get", "Has", "Encode":
			return
		}
		c.escapes = true // a method we do not know
	case *ast.IndexExpr:
		return // read, or a write recorded by visitAssign
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if l == id {
				return // an assignment to the variable: a def
			}
		}
		c.escapes = true // aliased
	case *ast.ValueSpec:
		c.escapes = true
	case *ast.CallExpr:
		if p.Fun == id {
			return
		}
		c.flows = append(c.flows, cur)
		if fn, ok := typeutil.Callee(m.info, p).(*types.Func); ok && readsParams(fn) {
			return
		}
		if _, ok := typeutil.Callee(m.info, p).(*types.Builtin); ok {
			return // len(values)
		}
		c.escapes = true
	case *ast.RangeStmt:
		if p.X == id {
			c.ranged++
		}
		return
	case *ast.UnaryExpr:
		if p.Op == token.AND {
			c.flows = append(c.flows, cur)
		}
		c.escapes = true
	default:
		c.flows = append(c.flows, cur)
		c.escapes = true
	}
}

// readsParams reports whether fn only reads (encodes, sends) a parameter
// set it is given, so that passing the set to it adds no parameters.
func readsParams(fn *types.Func) bool {
	name := funcName(fn)
	if builderMethods()[name].role == roleParams {
		return true // client.R().SetFormData(body)
	}
	switch name {
	case "encoding/json.Marshal", "encoding/json.MarshalIndent", "(*encoding/json.Encoder).Encode",
		"net/http.PostForm", "(*net/http.Client).PostForm",
		"fmt.Sprint", "fmt.Sprintf", "fmt.Println", "fmt.Printf", "fmt.Print":
		return true
	}
	return false
}

// containerParams computes (once) the parameters a container holds.
func (m *model) containerParams(c *container) value.Params {
	if c.built {
		return c.params
	}
	c.built = true
	c.nodes = make(map[string]ast.Node)
	c.exprs = make(map[string]ast.Expr)
	if c.lit != nil {
		m.literalParams(c, c.lit)
	}
	var after token.Pos // on one path: the last assignment replaces the set
	if v := c.key.v; v != nil {
		defs := m.defs[v]
		if m.active != nil {
			var last []def
			for _, d := range defs {
				if !m.inactive(d.cur.Node()) {
					last = []def{d}
				}
			}
			if len(last) == 1 && m.tracked[last[0].cur.Node()] {
				defs, after = last, last[0].cur.Node().Pos()
			}
		}
		for _, d := range defs {
			m.baseParams(c, d)
		}
		if m.addrTaken[v] || len(m.defs[v]) == 0 {
			c.params.Open = true // a parameter, or changed through a pointer
		}
		if !c.cur.Valid() && len(m.defs[v]) > 0 {
			c.cur = m.defs[v][0].cur
		}
	}
	for _, mu := range c.mutations {
		if m.inactive(mu.node) || mu.node.Pos() < after {
			continue
		}
		name := mu.name
		if mu.key != nil {
			name = m.str(mu.key, nil)
		}
		if !value.Known(name) {
			// A key we cannot name: other parameters may be sent. Add
			// only adds (the values set so far are still sent: a
			// repeated parameter is an error, RFC 6749 §3.1, not a
			// replacement); Set or an index assignment may replace any
			// of them: they stay present, and the value set so far is
			// only a possible one (Param.Possible, from its expression):
			// rules that need the value say "may be", those that need it
			// exactly are silent.
			c.params.Open = true
			if !mu.add {
				for k := range c.params.Values {
					c.params.Values[k] = value.Hole
				}
			}
			continue
		}
		val := mu.val
		if mu.index && c.kind == valuesContainer {
			val = firstElem(val) // values[key] = []string{v}; a map[string]string's body[key] = v is v
		}
		m.setParam(c, name, val, mu.node)
	}
	if c.escapes {
		c.params.Open = true
	}
	return c.params
}

// baseParams adds what one assignment to a container variable contributes.
func (m *model) baseParams(c *container, d def) {
	rhs := d.rhs
	if rhs == nil {
		if d.op != token.VAR {
			c.params.Open = true // range, ++: not a parameter set we know
		}
		return // var values url.Values: empty
	}
	rhs = ast.Unparen(rhs)
	if u, ok := rhs.(*ast.UnaryExpr); ok && u.Op == token.AND {
		rhs = ast.Unparen(u.X)
	}
	switch r := rhs.(type) {
	case *ast.CompositeLit:
		if d.tuple < 0 {
			if !c.cur.Valid() {
				c.cur = d.cur
			}
			m.literalParams(c, r)
			return
		}
	case *ast.Ident:
		if r.Name == "nil" {
			return
		}
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(m.info, r).(*types.Builtin); ok && fn.Name() == "make" {
			return
		}
		if fn, ok := typeutil.Callee(m.info, r).(*types.Func); ok {
			switch funcName(fn) {
			case "(*net/url.URL).Query":
				// The query of a configured endpoint URL: rarely any OAuth
				// parameters, so it adds none unless the URL is known.
				if sel, ok := r.Fun.(*ast.SelectorExpr); ok {
					if s := m.urlString(sel.X, nil); value.Known(s) {
						if p, ok := value.ParseRequest(s); ok {
							c.params.Merge(p)
						}
					} else if m.builtURL(sel.X) {
						c.params.Open = true
					}
				}
				return
			case "net/url.ParseQuery":
				if d.tuple == 0 && len(r.Args) == 1 {
					if p, ok := value.ParseRequest("?" + m.str(r.Args[0], nil)); ok {
						c.params.Merge(p)
					}
					return
				}
			}
		}
	}
	c.params.Open = true
}

// literalParams reads a url.Values, map or struct literal.
func (m *model) literalParams(c *container, lit *ast.CompositeLit) {
	st := m.structOf(lit)
	for i, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if st != nil {
			var f int = -1
			var val ast.Expr = elt
			if ok {
				val = kv.Value
				if id, ok := kv.Key.(*ast.Ident); ok {
					for j := 0; j < st.NumFields(); j++ {
						if st.Field(j).Name() == id.Name {
							f = j
						}
					}
				}
			} else if i < st.NumFields() {
				f = i
			}
			if f >= 0 {
				if name := tagName(st.Tag(f)); name != "" {
					m.setParam(c, name, val, elt)
				}
			}
			continue
		}
		if !ok {
			c.params.Open = true
			continue
		}
		name := m.str(kv.Key, nil)
		if !value.Known(name) {
			c.params.Open = true
			continue
		}
		val := kv.Value
		if c.kind == valuesContainer {
			val = firstElem(val)
		}
		m.setParam(c, name, val, elt)
	}
}

func (m *model) structOf(lit *ast.CompositeLit) *types.Struct {
	t := m.info.TypeOf(lit)
	if t == nil {
		return nil
	}
	st, _ := t.Underlying().(*types.Struct)
	return st
}

// firstElem is the first element of a []string{…} literal (the value
// url.Values.Get returns), or nil when it is not a literal.
func firstElem(e ast.Expr) ast.Expr {
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok && len(lit.Elts) > 0 {
		return lit.Elts[0]
	}
	return nil
}

// setParam records name=val; a nil or non-string val is an unknown value.
func (m *model) setParam(c *container, name string, val ast.Expr, node ast.Node) {
	s := value.Hole
	if val != nil && (m.isString(val) || m.isStringPtr(val)) {
		s = m.str(val, nil)
	}
	if name == "code_challenge" && val != nil && m.isS256Challenge(val) {
		c.s256 = true
	}
	if name == "code_challenge" && m.constantChallenge(val) {
		c.constant = node
	}
	c.params.Set(name, s)
	c.nodes[name] = node
	c.exprs[name] = val
}

// isS256Challenge reports whether e is oauth2.S256ChallengeFromVerifier(…),
// directly or through a local variable.
func (m *model) isS256Challenge(e ast.Expr) bool {
	return m.s256Call(e) != nil
}

// s256Call returns the oauth2.S256ChallengeFromVerifier call e stands for.
func (m *model) s256Call(e ast.Expr) *ast.CallExpr {
	call, ok := m.origin(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	if fn, ok := typeutil.Callee(m.info, call).(*types.Func); ok && funcName(fn) == "golang.org/x/oauth2.S256ChallengeFromVerifier" {
		return call
	}
	return nil
}

// origin follows e through parentheses, & and *, local variables with a
// single assignment and parameters bound at their function's one call
// site (soleArg) to the expression that gives its value.
func (m *model) origin(e ast.Expr) ast.Expr {
	for range maxDepth {
		switch x := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return x
			}
			e = x.X
		case *ast.StarExpr:
			// *p, p := &T{…}: (a copy of) the literal.
			if lit, ok := m.origin(x.X).(*ast.CompositeLit); ok {
				return lit
			}
			return x
		case *ast.Ident:
			v := m.varOf(x)
			d, ok := m.singleDef(v)
			if !ok || d.rhs == nil || d.tuple >= 0 {
				// A parameter bound at its function's one call site.
				if a, _, ok := m.soleArg(v); ok {
					e = a
					continue
				}
				return x
			}
			e = d.rhs
		case *ast.CallExpr:
			// conf := newConfig(id, secret), where newConfig's body is
			// return &oauth2.Config{…}: the literal, read in the helper
			// (its parameters stay unknown there).
			lit := m.factoryLit(x)
			if lit == nil {
				return x
			}
			return lit
		default:
			return x
		}
	}
	return ast.Unparen(e)
}

// factoryLit is the composite literal a call returns when the callee is a
// function of this package whose body is a single return of one literal.
func (m *model) factoryLit(call *ast.CallExpr) *ast.CompositeLit {
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return nil
	}
	cur, ok := m.funcDecls[fn.Origin()]
	if !ok {
		return nil
	}
	decl, ok := cur.Node().(*ast.FuncDecl)
	if !ok || decl.Body == nil || len(decl.Body.List) != 1 {
		return nil
	}
	ret, ok := decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	r := ast.Unparen(ret.Results[0])
	if u, ok := r.(*ast.UnaryExpr); ok && u.Op == token.AND {
		r = ast.Unparen(u.X)
	}
	lit, _ := r.(*ast.CompositeLit)
	return lit
}

// builtURL reports whether e names a URL that a function other than
// net/url's parsers returned (u, err := provider.AuthRequestURL(state)):
// such a function may already have put OAuth parameters (the state it
// was given) into the query, so a parameter set that starts from
// u.Query() proves nothing by a missing key. A URL parsed from a string
// (url.Parse(cfg.AuthURL)) is a configured endpoint and adds none.
func (m *model) builtURL(e ast.Expr) bool {
	d, ok := m.singleDef(m.localVar(e))
	if !ok || d.rhs == nil {
		return false
	}
	call, ok := ast.Unparen(d.rhs).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	return fn.Pkg().Path() != "net/url"
}

// loggerPkg reports whether path is a logging package (the loggers table,
// and apex/log and log15, whose Fields and Ctx maps carry a log line's
// fields).
func loggerPkg(path string) bool {
	switch path {
	case "github.com/apex/log", "github.com/inconshreveable/log15", "gopkg.in/inconshreveable/log15.v2":
		return true
	}
	for _, l := range loggers {
		if l.pkg == path {
			return true
		}
	}
	return false
}
