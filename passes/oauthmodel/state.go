package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// StateOrigin says where the value of an authorization request's state
// parameter comes from (RFC 6749 §10.12, RFC 9700 §4.7.1).
type StateOrigin uint8

const (
	StateUnknown     StateOrigin = iota // cannot be told: configuration, a field, code we do not follow
	StateMissing                        // the request has no state parameter
	StateEmpty                          // the state is the empty string
	StateConstant                       // the same for every login: a literal, a constant, a package-level value set once
	StatePredictable                    // math/rand, the time, a counter, or derived only from them
	StateRandom                         // crypto/rand, oauth2.GenerateVerifier, rand.Text, a UUID v4
	StateCaller                         // a parameter of the enclosing function: judged where it is called
)

func (o StateOrigin) String() string {
	switch o {
	case StateMissing:
		return "missing"
	case StateEmpty:
		return "empty"
	case StateConstant:
		return "constant"
	case StatePredictable:
		return "predictable"
	case StateRandom:
		return "random"
	case StateCaller:
		return "caller"
	}
	return "unknown"
}

// Weak reports whether a state of this origin fails to protect the flow.
func (o StateOrigin) Weak() bool {
	return o == StateMissing || o == StateEmpty || o == StateConstant || o == StatePredictable
}

// State is the state parameter of an authorization request.
type State struct {
	Origin StateOrigin
	Node   ast.Node // the expression (or the request, when missing)
	// Why names the evidence: `the literal "xyz"`, "math/rand.Intn", "a
	// counter", "the package-level variable oauthState, set once".
	Why string
	// Param is the 1-based index of the enclosing function's parameter the
	// state is, for StateCaller.
	Param int
	// DrawnOnce is set for a StateConstant that is a random value drawn
	// once per process (a package-level variable): one login per run, as
	// a native client's, still gets a fresh one.
	DrawnOnce bool
}

// StateFact is exported for a function of another package that returns a
// value of a known origin (constant, predictable or random) whatever its
// arguments: a randString helper built on math/rand.
//
// With Origin StateCaller, the function returns a value derived only from
// its parameter Param (1-based) and constants (a PKCE challenge helper):
// a call has its argument's origin.
type StateFact struct {
	Origin    StateOrigin
	Why       string
	Param     int
	DrawnOnce bool // for an exported variable: see State.DrawnOnce
}

func (*StateFact) AFact() {}

func (f *StateFact) String() string { return "state(" + f.Origin.String() + ")" }

// stateEnv binds a helper's parameters to the origins of the caller's
// arguments while its body is classified.
type stateEnv map[*types.Var]State

// stateOf classifies an expression used as state.
func (m *model) stateOf(e ast.Expr) State {
	if e == nil {
		return State{}
	}
	s := m.originOf(e, nil, 0)
	s.Node = e
	return s
}

// combine is the origin of a value computed from two others: random if
// either is (a random part makes the whole unguessable), unknown if either
// is, predictable if either is, else constant.
func combine(a, b State) State {
	switch {
	case a.Origin == StateRandom:
		return a
	case b.Origin == StateRandom:
		return b
	case a.Origin == StateUnknown || a.Origin == StateCaller:
		return State{}
	case b.Origin == StateUnknown || b.Origin == StateCaller:
		return State{}
	case a.Origin == StatePredictable:
		return a
	case b.Origin == StatePredictable:
		return b
	case a.Origin == StateConstant:
		return a
	case b.Origin == StateConstant:
		return b
	}
	return a
}

// alternatives is the origin of a value that is one of several: weak only
// if every alternative is.
func alternatives(list []State) State {
	if len(list) == 0 {
		return State{}
	}
	out := list[0]
	for _, s := range list[1:] {
		switch {
		case !s.Origin.Weak() || !out.Origin.Weak():
			if s.Origin == StateRandom && out.Origin == StateRandom {
				continue
			}
			return State{}
		case s.Origin == StatePredictable:
			out = s
		case out.Origin == StateEmpty:
			out = s
		}
	}
	return out
}

// originOf classifies e. depth counts the variables, fields and helper
// functions followed (maxDepth); conversions, indexing, slicing and the
// encoding functions of derivingPkgs only look into e's own
// subexpressions, so they cost nothing: a state built as
// base64(string(buf)) with buf[i] = alphabet[rand.Intn(…)] and alphabet a
// local []rune("…") is as near its origin as return string(buf).
// Concatenations still cost one level, which bounds huge generated ones.
func (m *model) originOf(e ast.Expr, env stateEnv, depth int) State {
	if e == nil || depth > maxDepth {
		return State{}
	}
	if tv, ok := m.info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() == constant.String {
			s := constant.StringVal(tv.Value)
			if s == "" {
				return State{Origin: StateEmpty, Why: "the empty string"}
			}
			return State{Origin: StateConstant, Why: "the constant " + strconv.Quote(s)}
		}
		return State{Origin: StateConstant, Why: "the constant " + tv.Value.ExactString()}
	}
	switch x := e.(type) {
	case *ast.ParenExpr:
		return m.originOf(x.X, env, depth)
	case *ast.StarExpr:
		return m.originOf(x.X, env, depth)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return m.originOf(x.X, env, depth)
		}
	case *ast.SliceExpr:
		return m.originOf(x.X, env, depth)
	case *ast.BinaryExpr:
		switch x.Op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.AND, token.OR, token.XOR, token.SHL, token.SHR, token.AND_NOT:
			l, r := m.originOf(x.X, env, depth+1), m.originOf(x.Y, env, depth+1)
			if foldsBits[x.Op] && l.Origin == StatePredictable && r.Origin != StateRandom {
				return l // cache & mask, word % 62, cache >> width: bits of the left operand
			}
			return combine(l, r)
		}
	case *ast.IndexExpr:
		// charset[rand.Intn(len(charset))]
		idx := m.originOf(x.Index, env, depth)
		if _, isMap := typeUnder(m.info.TypeOf(x.X)).(*types.Map); !isMap && idx.Origin == StatePredictable {
			// A predictable position picks a predictable piece, whatever
			// alphabet the caller passed (charset[rand.Int63()%n] over a
			// charset parameter), unless the pieces are drawn at random.
			if xo := m.originOf(x.X, env, depth); xo.Origin != StateRandom {
				return idx
			}
		}
		return combine(m.originOf(x.X, env, depth), idx)
	case *ast.CompositeLit:
		// []string{"a", "b", …}: a list of constants, an alphabet.
		for _, el := range x.Elts {
			if !m.isConstant(el) {
				return State{}
			}
		}
		if len(x.Elts) > 0 {
			return State{Origin: StateConstant, Why: "a list of constants"}
		}
	case *ast.Ident:
		return m.varOrigin(m.varOf(x), env, depth)
	case *ast.SelectorExpr:
		if v, ok := m.info.Uses[x.Sel].(*types.Var); ok && !v.IsField() {
			return m.varOrigin(v, env, depth)
		}
		// A field of a local struct literal never written after
		// (c := &http.Cookie{Value: random()}; …; return c.Value).
		if v, ok := m.info.Uses[x.Sel].(*types.Var); ok && v.IsField() {
			if val := m.literalField(x.X, v); val != nil {
				return m.originOf(val, env, depth+1)
			}
		}
		if f := m.trackedField(x); f != nil {
			return m.fieldOrigin(f, depth+1) // c.state, written in this package only
		}
		if v, ok := m.info.Uses[x.Sel].(*types.Var); ok && v.IsField() && m.servedRequestExpr(x.X) {
			if why, ok := knownRequestFields[v.Name()]; ok {
				return State{Origin: StatePredictable, Why: why}
			}
		}
		// r.URL.Path, r.URL.RawQuery: the served request's own URL.
		if v, ok := m.info.Uses[x.Sel].(*types.Var); ok && v.IsField() && knownURLFields[v.Name()] && isURLType(m.info.TypeOf(x.X)) {
			if in, ok := ast.Unparen(x.X).(*ast.SelectorExpr); ok && in.Sel.Name == "URL" && m.servedRequestExpr(in.X) {
				return State{Origin: StatePredictable, Why: "the request's URL " + strings.ToLower(v.Name()) + " (whoever starts the login chooses it)"}
			}
		}
	case *ast.CallExpr:
		return m.callOrigin(x, env, depth)
	}
	return State{}
}

// What a login request says of itself, that whoever starts the login
// (an attacker's page that sends the victim's browser to the login
// route, or the attacker's own browser) knows or chooses: a state made
// only of it is no secret, and a forged callback carries the same value.
// A query or form parameter is not among them: it may be a value a front
// end drew at random.
var knownRequestFields = map[string]string{
	"Host":       "the request's Host (whoever starts the login knows it)",
	"RemoteAddr": "the request's client address (whoever starts the login knows it)",
	"RequestURI": "the request's URI (whoever starts the login chooses it)",
}

// knownURLFields are the parts of the served request's URL its sender
// chooses.
var knownURLFields = map[string]bool{"Path": true, "RawPath": true, "RawQuery": true}

// knownContextMethods are a web framework context's methods without
// arguments that return what the request's sender chooses or knows: its
// path (fiber's c.Path(), c.OriginalURL(); echo's c.Path(), the route),
// its host, its client address.
var knownContextMethods = map[string]string{
	"Path":        "the request's path (whoever starts the login chooses it)",
	"OriginalURL": "the request's URL (whoever starts the login chooses it)",
	"FullPath":    "the request's route (whoever starts the login knows it)",
	"Hostname":    "the request's host name (whoever starts the login knows it)",
	"ClientIP":    "the request's client address (whoever starts the login knows it)",
	"RealIP":      "the request's client address (whoever starts the login knows it)",
	"IP":          "the request's client address (whoever starts the login knows it)",
}

// knownHeaders are the request headers whose value the sender of a
// request decides or knows (canonical form).
var knownHeaders = map[string]bool{
	"Referer": true, "Origin": true, "Host": true, "User-Agent": true,
	"X-Forwarded-For": true, "X-Forwarded-Host": true, "X-Real-Ip": true, "Accept-Language": true,
}

// canonicalHeader is a header name in its canonical form
// ("x-forwarded-for" is "X-Forwarded-For"), as net/textproto writes it
// (which oauthvet does not link: it imports net, and net links cgo).
func canonicalHeader(name string) string {
	b := []byte(strings.ToLower(name))
	upper := true
	for i, c := range b {
		if upper && 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		upper = c == '-'
	}
	return string(b)
}

// servedRequestExpr reports whether e is the request a handler serves:
// an *http.Request parameter, or the request of a web framework's
// context (c.Request, c.Request()); not one the program makes and sends.
func (m *model) servedRequestExpr(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := m.varOf(x)
		if v == nil {
			return false
		}
		if isNamed(v.Type(), "net/http", "Request") {
			return v.Kind() == types.ParamVar
		}
		return servedRequest(v.Type()) // c.GetHeader on a framework context
	case *ast.SelectorExpr:
		return isNamed(m.info.TypeOf(x), "net/http", "Request") && servedRequest(m.info.TypeOf(x.X)) // c.Request
	case *ast.CallExpr:
		sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
		return ok && isNamed(m.info.TypeOf(x), "net/http", "Request") && servedRequest(m.info.TypeOf(sel.X)) // c.Request()
	}
	return false
}

// requestHeaderOrigin classifies a call that reads a header of the
// request being served: r.Referer(), r.UserAgent(), r.Header.Get("Origin"),
// a web framework's c.GetHeader("Referer").
func (m *model) requestHeaderOrigin(call *ast.CallExpr, fn *types.Func) (State, bool) {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return State{}, false
	}
	recv := sig.Recv().Type()
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return State{}, false
	}
	if why, ok := knownContextMethods[fn.Name()]; ok && len(call.Args) == 0 && fn.Pkg() != nil && webFramework(fn.Pkg().Path()) != "" && m.servedRequestExpr(sel.X) {
		return State{Origin: StatePredictable, Why: why}, true
	}
	switch {
	case isNamed(recv, "net/http", "Request") && (fn.Name() == "Referer" || fn.Name() == "UserAgent") && len(call.Args) == 0:
		if !m.servedRequestExpr(sel.X) {
			return State{}, false
		}
		h := map[string]string{"Referer": "Referer", "UserAgent": "User-Agent"}[fn.Name()]
		return State{Origin: StatePredictable, Why: "the request's " + h + " header (whoever starts the login chooses it)"}, true
	case isNamed(recv, "net/http", "Header") && fn.Name() == "Get", fn.Name() == "GetHeader" && webFramework(fn.Pkg().Path()) != "":
		if len(call.Args) != 1 {
			return State{}, false
		}
		if webFramework(fn.Pkg().Path()) != "" && !m.servedRequestExpr(sel.X) {
			return State{}, false
		}
		name := m.constString(call.Args[0])
		if name == "" || !knownHeaders[canonicalHeader(name)] {
			return State{}, false
		}
		if isNamed(recv, "net/http", "Header") {
			// r.Header.Get: the served request's; a response's or a
			// client request's own header is something else.
			in, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
			if !ok || in.Sel.Name != "Header" || !m.servedRequestExpr(in.X) {
				return State{}, false
			}
		}
		return State{Origin: StatePredictable, Why: "the request's " + canonicalHeader(name) + " header (whoever starts the login chooses it)"}, true
	}
	return State{}, false
}

func (m *model) varOrigin(v *types.Var, env stateEnv, depth int) State {
	if v == nil || m.addrTaken[v] {
		return State{}
	}
	if s, ok := env[v]; ok {
		return s // the caller's argument
	}
	defs := m.defs[v]
	for _, d := range defs {
		if d.op == token.INC || d.op == token.DEC || d.op == token.ADD_ASSIGN && d.rhs != nil && m.isConstInt(d.rhs) {
			return State{Origin: StatePredictable, Why: "a counter (" + v.Name() + ")"}
		}
	}
	pkgLevel := v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
	if len(defs) == 0 {
		if !pkgLevel && v.Pkg() == m.pass.Pkg && m.isParam(v) {
			return State{Origin: StateCaller, Why: "the parameter " + v.Name()}
		}
		if pkgLevel && v.Pkg() != m.pass.Pkg {
			// settings.State of another package, set once there (and
			// not here: init() { settings.State = rand.Text() }).
			var f StateFact
			if m.pass.ImportObjectFact(v, &f) && !m.writesVar(v) {
				return State{Origin: f.Origin, Why: f.Why + " (" + v.Pkg().Name() + "." + v.Name() + ", set once for the whole program)", DrawnOnce: f.DrawnOnce}
			}
		}
		return State{}
	}
	if pkgLevel {
		// Set once at package level (in its declaration, or by init),
		// never reassigned: one value for all users, however it was
		// drawn.
		d, ok := m.singleDef(v)
		if !ok || d.rhs == nil || d.tuple >= 0 || enclosingFunc(d.cur) != nil && !isInit(enclosingFunc(d.cur)) {
			return m.pkgVarDraws(v, defs, depth)
		}
		s := m.originOf(d.rhs, nil, depth+1)
		switch s.Origin {
		case StateConstant, StateEmpty, StatePredictable:
			return s
		case StateRandom:
			return State{Origin: StateConstant, Why: "the package-level variable " + v.Name() + ", drawn once and shared by every login", DrawnOnce: true}
		case StateUnknown:
			// Read from the environment or a helper we cannot see,
			// once, when the program starts: whatever its value, it is
			// every login's (a native app's one login per run aside, as
			// for a value drawn once).
			if isStringKind(v.Type()) {
				return State{Origin: StateConstant, Why: "the package-level variable " + v.Name() + ", set once when the program starts (" + exprSummary(d.rhs) + ")", DrawnOnce: true}
			}
		}
		return State{}
	}
	if isByteBuffer(v.Type()) || isStringSlice(v.Type()) {
		if s, ok := m.filledBuffer(v, env, depth); ok {
			return s
		}
	}
	var list []State
	for _, d := range defs {
		switch {
		case d.rhs == nil && d.op == token.VAR && len(defs) > 1:
			continue
		case d.op == token.ASSIGN && len(defs) > 1 && m.selfTransform(v, d.rhs):
			continue // s = strings.Replace(s, "+", "-", -1): s as it was
		case bitsOp[d.op] != token.ILLEGAL && len(defs) > 1 && d.rhs != nil && (m.isConstInt(d.rhs) || foldsBits[bitsOp[d.op]] && m.originOf(d.rhs, env, depth+1).Origin != StateRandom):
			continue // cache >>= 6, cache >>= idxBits: the bits the value already had
		case d.rhs == nil:
			return State{}
		case d.tuple > 0:
			// conf, state := loginConfig(): a result of the package's
			// own function, read in its returns.
			call, ok := ast.Unparen(d.rhs).(*ast.CallExpr)
			if !ok {
				return State{}
			}
			fn, ok := typeutil.Callee(m.info, call).(*types.Func)
			if !ok || fn.Pkg() != m.pass.Pkg {
				return State{}
			}
			list = append(list, m.helperOriginAt(fn.Origin(), call, nil, depth+1, d.tuple))
		case d.tuple == 0:
			call, ok := ast.Unparen(d.rhs).(*ast.CallExpr)
			if !ok {
				return State{}
			}
			list = append(list, m.callOrigin(call, nil, depth+1))
		case d.op == token.ASSIGN || d.op == token.DEFINE || d.op == token.VAR:
			list = append(list, m.originOf(d.rhs, env, depth+1))
		default:
			return State{}
		}
	}
	return alternatives(list)
}

// stateVarWords are the words of an exported variable's name that make a
// package without OAuth code worth a StateFact for it (var OAuthState =
// "…" in a settings package): a cheap filter, before the variable's value
// is judged.
var stateVarWords = map[string]bool{"state": true, "csrf": true, "xsrf": true, "nonce": true}

// exportsStateVar reports whether pkg declares an exported string
// variable whose name has one of stateVarWords.
func exportsStateVar(pkg *types.Package) bool {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		v, ok := scope.Lookup(name).(*types.Var)
		if !ok || !v.Exported() || !isStringType(v.Type()) {
			continue
		}
		for _, w := range words(name) {
			if stateVarWords[w] {
				return true
			}
		}
	}
	return false
}

// writesVar reports whether this package assigns v, another package's
// variable (pkg.V = x, pkg.V++), or takes its address (&pkg.V, handed to
// flag.StringVar).
func (m *model) writesVar(v *types.Var) bool {
	for c := range m.in.Root().Preorder((*ast.AssignStmt)(nil), (*ast.IncDecStmt)(nil), (*ast.UnaryExpr)(nil)) {
		var targets []ast.Expr
		switch n := c.Node().(type) {
		case *ast.AssignStmt:
			targets = n.Lhs
		case *ast.IncDecStmt:
			targets = []ast.Expr{n.X}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				targets = []ast.Expr{n.X}
			}
		}
		for _, t := range targets {
			var id *ast.Ident
			switch x := ast.Unparen(t).(type) {
			case *ast.SelectorExpr:
				id = x.Sel
			case *ast.Ident:
				id = x
			}
			if id != nil && m.info.Uses[id] == v {
				return true
			}
		}
	}
	return false
}

// isInit reports whether fn is a package's init function.
func isInit(fn ast.Node) bool {
	fd, ok := fn.(*ast.FuncDecl)
	return ok && fd.Recv == nil && fd.Name.Name == "init"
}

// pkgVarDraws judges an unexported package-level state variable that
// functions assign (each login draws it: pendingState = randString(8)):
// weak when every value it is given is, and unknown otherwise.
func (m *model) pkgVarDraws(v *types.Var, defs []def, depth int) State {
	if v.Exported() || v.Pkg() != m.pass.Pkg {
		return State{} // assigned by importers too
	}
	var list []State
	for _, d := range defs {
		if d.rhs == nil && d.op == token.VAR {
			continue // var pendingState string
		}
		if d.rhs == nil || d.tuple >= 0 || d.op != token.ASSIGN && d.op != token.DEFINE && d.op != token.VAR {
			return State{}
		}
		s := m.originOf(d.rhs, nil, depth+1)
		if s.Origin != StatePredictable && s.Origin != StateConstant {
			return State{}
		}
		list = append(list, s)
	}
	if len(list) == 0 {
		return State{}
	}
	return alternatives(list)
}

// literalField returns the value given to field f in the struct literal
// that the local variable x is initialised with (x := T{…} or &T{…}), when
// x has that one assignment, its address is not taken, and no statement
// of its function assigns x.f, calls a method of x or passes the pointer
// x to a function that may write through it (http.SetCookie only reads):
// otherwise nil.
func (m *model) literalField(x ast.Expr, f *types.Var) ast.Expr {
	v := m.localVar(x)
	if v == nil || m.addrTaken[v] {
		return nil
	}
	d, ok := m.singleDef(v)
	if !ok || d.rhs == nil || d.tuple >= 0 {
		return nil
	}
	lit := m.literalOf(d.rhs)
	if lit == nil {
		return nil
	}
	var val ast.Expr
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok && m.info.Uses[k] == f {
				val = kv.Value
			}
		}
	}
	fn := enclosingFunc(d.cur)
	if val == nil || fn == nil {
		return nil
	}
	written := false
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && m.localVar(sel.X) == v && m.info.Uses[sel.Sel] == f {
					written = true
				}
			}
		case *ast.SelectorExpr:
			if _, ok := m.info.Uses[n.Sel].(*types.Func); ok && m.localVar(n.X) == v {
				written = true // a method of the struct
			}
		case *ast.CallExpr:
			if _, isPtr := v.Type().Underlying().(*types.Pointer); !isPtr {
				break // a copy is passed
			}
			for _, a := range n.Args {
				if m.localVar(a) != v {
					continue
				}
				if fn, ok := typeutil.Callee(m.info, n).(*types.Func); !ok || funcName(fn) != "net/http.SetCookie" {
					written = true // the callee may change it
				}
			}
		}
		return !written
	})
	if written {
		return nil
	}
	return val
}

func (m *model) isConstInt(e ast.Expr) bool {
	tv, ok := m.info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Int
}

// isParam reports whether v, never assigned, is a parameter (or named
// result) of a function declaration: it lives in the function's scope,
// whose parent is a file scope.
func (m *model) isParam(v *types.Var) bool {
	fs := v.Parent()
	if fs == nil || fs.Parent() == nil {
		return false
	}
	return fs.Parent().Parent() == m.pass.Pkg.Scope()
}

// isStringSlice reports whether t is a slice or array of strings: pieces
// drawn one by one and joined (parts[i] = letters[rand.Intn(n)];
// strings.Join(parts, "")).
func isStringSlice(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return isStringType(u.Elem())
	case *types.Array:
		return isStringType(u.Elem())
	}
	return false
}

func isByteBuffer(t types.Type) bool {
	var elem types.Type
	switch u := t.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	default:
		return false
	}
	// Bytes, or runes: b := make([]rune, n); b[i] = letters[rand.Intn(…)].
	b, ok := elem.Underlying().(*types.Basic)
	return ok && (b.Kind() == types.Byte || b.Kind() == types.Rune)
}

// hashSums are the one-call digests: they read their argument.
var hashSums = map[string]bool{
	"crypto/sha256.Sum256": true, "crypto/sha256.Sum224": true, "crypto/sha512.Sum512": true,
	"crypto/sha512.Sum384": true, "crypto/sha1.Sum": true, "crypto/md5.Sum": true,
}

// recvOf is the receiver expression of a method call (h in h.Write(b)).
func recvOf(call *ast.CallExpr) ast.Expr {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return sel.X
	}
	return nil
}

// filledBuffer classifies a byte buffer by the calls that fill it in the
// function that declares it: crypto/rand.Read(b), io.ReadFull(rand.Reader,
// b), math/rand.Read(b).
func (m *model) filledBuffer(v *types.Var, env stateEnv, depth int) (State, bool) {
	defs := m.defs[v]
	if len(defs) == 0 {
		return State{}, false
	}
	fn := enclosingFunc(defs[0].cur)
	if fn == nil {
		return State{}, false
	}
	var list []State
	unknown := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if unknown {
			return false
		}
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
			// b[i] = charset[rand.Intn(len(charset))]
			for i, l := range as.Lhs {
				if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok && m.localVar(ix.X) == v {
					list = append(list, m.originOf(as.Rhs[i], env, depth+1))
				}
			}
			return true
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		for i, a := range call.Args {
			if !m.handsBuffer(call, a, v) {
				continue // not b, or string(b)
			}
			callee, _ := typeutil.Callee(m.info, call).(*types.Func)
			if callee == nil {
				if _, ok := typeutil.Callee(m.info, call).(*types.Builtin); ok {
					continue // len(b)
				}
				unknown = true
				return false
			}
			name := funcName(callee)
			switch {
			case name == "crypto/rand.Read":
				list = append(list, State{Origin: StateRandom, Why: "crypto/rand.Read"})
			case name == "io.ReadFull" && i == 1:
				list = append(list, m.readerOrigin(call.Args[0]))
			case isMathRand(callee) && callee.Name() == "Read":
				list = append(list, State{Origin: StatePredictable, Why: trimVendor(callee.Pkg().Path()) + "." + callee.Name()})
			case callee.Pkg() != nil && (callee.Pkg().Path() == "encoding/hex" || callee.Pkg().Path() == "encoding/base64") && callee.Name() == "Encode" && i == 0 && len(call.Args) == 2:
				// hex.Encode(b, src): b holds src, encoded
				list = append(list, m.originOf(call.Args[1], env, depth+1))
			case callee.Pkg() != nil && (callee.Pkg().Path() == "encoding/hex" || callee.Pkg().Path() == "encoding/base64" || callee.Pkg().Path() == "fmt" || callee.Pkg().Path() == "strconv"),
				name == "strings.Join" && i == 0,
				hashSums[name], callee.Name() == "Write" && recvOf(call) != nil && isHash(m.info.TypeOf(recvOf(call))):
				// reads the buffer (strings.Join(parts, ""): pieces drawn
				// one by one; sha256.Sum256(b[:]), h.Write(b): a challenge
				// hashed from the verifier)
			case m.onlyReadsParam(callee, i):
				// encode(b): a helper of the package that reads it
			default:
				unknown = true
				return false
			}
		}
		return true
	})
	if unknown || len(list) == 0 {
		return State{}, false
	}
	return alternatives(list), true
}

// builderContents classifies what a local strings.Builder or bytes.Buffer
// holds when every use of it in its function writes to it or reads it
// back (sb.WriteByte(alphabet[word%62]) … sb.String()): the origin of the
// pieces written, weak only if every piece is. A builder handed anywhere
// else (fmt.Fprintf(&sb, …), a helper) holds what is unknown.
func (m *model) builderContents(v *types.Var, env stateEnv, depth int) State {
	if v == nil || m.addrTaken[v] || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return State{}
	}
	if _, ok := v.Type().(*types.Named); !ok {
		return State{} // a *strings.Builder: shared with whoever holds it
	}
	defs := m.defs[v]
	if len(defs) != 1 || defs[0].rhs != nil {
		return State{} // var sb strings.Builder, and nothing assigned
	}
	fn := enclosingFunc(defs[0].cur)
	if fn == nil {
		return State{}
	}
	var list []State
	uses, known := 0, 0
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if m.info.Uses[n] == v {
				uses++
			}
		case *ast.CallExpr:
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok || m.localVar(sel.X) != v {
				return true
			}
			switch sel.Sel.Name {
			case "WriteString", "WriteByte", "WriteRune", "Write":
				if len(n.Args) == 1 {
					list = append(list, m.originOf(n.Args[0], env, depth+1))
					known++
				}
			case "String", "Len", "Cap", "Grow":
				known++
			}
		}
		return true
	})
	if uses != known || len(list) == 0 {
		return State{}
	}
	return alternatives(list)
}

func (m *model) readerOrigin(e ast.Expr) State {
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		if v, ok := m.info.Uses[sel.Sel].(*types.Var); ok && v.Pkg() != nil && v.Name() == "Reader" && v.Pkg().Path() == "crypto/rand" {
			return State{Origin: StateRandom, Why: "crypto/rand.Reader"}
		}
	}
	return State{}
}

// mathRandPkgs are the pseudo-random generators of the standard library
// and its extensions: seeded, not cryptographic, so their outputs can be
// predicted (golang.org/x/exp/rand, deprecated, is a PCG source).
var mathRandPkgs = map[string]bool{"math/rand": true, "math/rand/v2": true, "golang.org/x/exp/rand": true}

func isMathRand(fn *types.Func) bool {
	return fn.Pkg() != nil && mathRandPkgs[trimVendor(fn.Pkg().Path())]
}

// randomFuncs return values no one can guess.
var randomFuncs = map[string]string{
	"crypto/rand.Text":                          "crypto/rand.Text",
	"golang.org/x/oauth2.GenerateVerifier":      "oauth2.GenerateVerifier",
	"github.com/google/uuid.New":                "uuid.New (version 4)",
	"github.com/google/uuid.NewRandom":          "uuid.NewRandom",
	"github.com/google/uuid.NewString":          "uuid.NewString",
	"github.com/gofrs/uuid.NewV4":               "uuid.NewV4",
	"github.com/gofrs/uuid/v5.NewV4":            "uuid.NewV4",
	"github.com/satori/go.uuid.NewV4":           "uuid.NewV4",
	"github.com/hashicorp/go-uuid.GenerateUUID": "uuid.GenerateUUID",
	"crypto/rand.Int":                           "crypto/rand.Int",
	// Version 7: a millisecond clock, then 62 or more random bits.
	"github.com/google/uuid.NewV7":   "uuid.NewV7",
	"github.com/gofrs/uuid.NewV7":    "uuid.NewV7",
	"github.com/gofrs/uuid/v5.NewV7": "uuid.NewV7",
	"github.com/segmentio/ksuid.New": "ksuid.New",
}

// predictableFuncs return unique identifiers made of the clock, a
// machine or node id and a counter: unique, not secret (whoever sees one
// guesses the next).
var predictableFuncs = map[string]string{
	"github.com/rs/xid.New":                          "xid.New (the time, a machine id, the process id and a counter)",
	"github.com/rs/xid.NewWithTime":                  "xid.NewWithTime (the time, a machine id, the process id and a counter)",
	"github.com/google/uuid.NewUUID":                 "uuid.NewUUID (version 1: the time and the node id)",
	"github.com/google/uuid.NewV6":                   "uuid.NewV6 (the time and the node id)",
	"github.com/gofrs/uuid.NewV1":                    "uuid.NewV1 (the time and the node id)",
	"github.com/gofrs/uuid/v5.NewV1":                 "uuid.NewV1 (the time and the node id)",
	"github.com/gofrs/uuid.NewV6":                    "uuid.NewV6 (the time and the node id)",
	"github.com/gofrs/uuid/v5.NewV6":                 "uuid.NewV6 (the time and the node id)",
	"github.com/satori/go.uuid.NewV1":                "uuid.NewV1 (the time and the node id)",
	"(*github.com/sony/sonyflake.Sonyflake).NextID":  "sonyflake's NextID (the time, a sequence and the machine id)",
	"(*github.com/bwmarrin/snowflake.Node).Generate": "snowflake's Generate (the time, the node id and a sequence)",
}

// idPkgs are the packages of the tables' identifier types, whose
// methods without arguments (id.String(), id.Bytes()) render the id.
var idPkgs = map[string]bool{
	"github.com/rs/xid": true, "github.com/sony/sonyflake": true, "github.com/bwmarrin/snowflake": true,
	"github.com/segmentio/ksuid": true,
}

// derivingPkgs hold functions whose result is derived only from their
// arguments (formatting, encoding, hashing): the origin of the result is
// that of the arguments.
var derivingPkgs = map[string]bool{
	"fmt": true, "strconv": true, "strings": true, "bytes": true,
	"encoding/base64": true, "encoding/hex": true, "encoding/base32": true,
	"crypto/sha256": true, "crypto/sha1": true, "crypto/md5": true, "crypto/sha512": true,
}

func (m *model) callOrigin(call *ast.CallExpr, env stateEnv, depth int) State {
	if depth > maxDepth {
		return State{}
	}
	if tv, ok := m.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return m.originOf(call.Args[0], env, depth) // string(b), []byte(s)
		}
		return State{}
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return State{}
	}
	fn = fn.Origin()
	name := funcName(fn)
	if why, ok := randomFuncs[name]; ok {
		return State{Origin: StateRandom, Why: why}
	}
	if isMathRand(fn) {
		return State{Origin: StatePredictable, Why: trimVendor(fn.Pkg().Path()) + "." + fn.Name()}
	}
	if why, ok := predictableFuncs[name]; ok {
		return State{Origin: StatePredictable, Why: why}
	}
	if name == "time.Now" || name == "time.Since" {
		return State{Origin: StatePredictable, Why: "the time (" + name + ")"}
	}
	if s, ok := m.requestHeaderOrigin(call, fn); ok {
		return s
	}
	if fn.Pkg() == nil {
		return State{}
	}
	path := trimVendor(fn.Pkg().Path())
	sig, _ := fn.Type().(*types.Signature)
	recvOrigin := func() (State, bool) {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || sig == nil || sig.Recv() == nil {
			return State{}, false
		}
		return m.originOf(sel.X, env, depth), true
	}
	switch {
	case path == "time" && sig != nil && sig.Recv() != nil:
		s, _ := recvOrigin() // time.Now().UnixNano()
		return s
	case strings.HasSuffix(path, "uuid") && sig != nil && sig.Recv() != nil && fn.Name() == "String",
		idPkgs[path] && sig != nil && sig.Recv() != nil && len(call.Args) == 0:
		s, _ := recvOrigin() // xid.New().String()
		return s
	case name == "github.com/google/uuid.Must" && len(call.Args) == 1:
		return m.originOf(call.Args[0], env, depth)
	case derivingPkgs[path]:
		if sig != nil && sig.Recv() != nil {
			if recv := sig.Recv().Type(); isNamed(recv, "strings", "Builder") || isNamed(recv, "bytes", "Buffer") {
				if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && fn.Name() == "String" {
					return m.builderContents(m.localVar(sel.X), env, depth)
				}
				return State{} // the builder's other results
			}
		}
		if len(call.Args) == 0 {
			return State{}
		}
		out := State{Origin: StateConstant}
		for _, a := range call.Args {
			out = combine(out, m.originOf(a, env, depth))
		}
		if out.Origin == StateConstant {
			return State{} // formatting constants: a constant, but say nothing
		}
		return out
	}
	if fn.Name() == "Sum" && sig != nil && sig.Recv() != nil && isHash(sig.Recv().Type()) {
		return m.hashSumOrigin(call, env, depth) // h.Write(b); h.Sum(nil)
	}
	if fn.Pkg() == m.pass.Pkg {
		return m.helperOrigin(fn, call, env, depth)
	}
	var f StateFact
	if m.pass.ImportObjectFact(fn, &f) {
		if f.Origin == StateCaller {
			// Challenge(verifier): the argument's origin.
			if f.Param > 0 && f.Param <= len(call.Args) {
				return m.originOf(call.Args[f.Param-1], env, depth+1)
			}
			return State{}
		}
		return State{Origin: f.Origin, Why: f.Why + " in " + fn.Pkg().Name() + "." + fn.Name()}
	}
	return State{}
}

// helperOrigin classifies a call of a function of this package by what
// each of its return statements returns, its parameters bound to the
// call's arguments.
func (m *model) helperOrigin(fn *types.Func, call *ast.CallExpr, env stateEnv, depth int) State {
	return m.helperOriginAt(fn, call, env, depth, 0)
}

// helperOriginAt is helperOrigin for fn's result i (conf, state :=
// loginURL(): the state is the second).
func (m *model) helperOriginAt(fn *types.Func, call *ast.CallExpr, env stateEnv, depth, i int) State {
	if _, ok := m.evaluable(fn); !ok {
		return State{}
	}
	sig := fn.Type().(*types.Signature)
	inner := stateEnv{}
	for i := 0; i < sig.Params().Len(); i++ {
		var s State // unknown without a call (facts) or an argument
		if call != nil && i < len(call.Args) && !(sig.Variadic() && i == sig.Params().Len()-1) {
			s = m.originOf(call.Args[i], env, depth+1) // in the caller's scope
		}
		inner[sig.Params().At(i)] = s
	}
	return m.returnsOriginAt(fn, inner, depth, i)
}

// evaluable returns the declaration of fn, a function of this package
// not being evaluated already (a recursive helper).
func (m *model) evaluable(fn *types.Func) (inspector.Cursor, bool) {
	cur, ok := m.funcDecls[fn]
	if !ok || m.evaluating[cur.Node().(*ast.FuncDecl).Name] {
		return inspector.Cursor{}, false
	}
	return cur, true
}

// returnsOrigin classifies what fn, a function of this package, returns,
// its parameters bound by inner.
func (m *model) returnsOrigin(fn *types.Func, inner stateEnv, depth int) State {
	return m.returnsOriginAt(fn, inner, depth, 0)
}

// returnsOriginAt is returnsOrigin for result at.
func (m *model) returnsOriginAt(fn *types.Func, inner stateEnv, depth, at int) State {
	cur, ok := m.evaluable(fn)
	if !ok {
		return State{}
	}
	decl := cur.Node().(*ast.FuncDecl)
	sig := fn.Type().(*types.Signature)
	m.evaluating[decl.Name] = true
	defer delete(m.evaluating, decl.Name)
	var list []State
	for c := range cur.Preorder((*ast.ReturnStmt)(nil)) {
		ret := c.Node().(*ast.ReturnStmt)
		if enclosingFunc(c) != decl || len(ret.Results) == 0 {
			continue
		}
		if len(ret.Results) == 1 && sig.Results().Len() > 1 || at >= len(ret.Results) {
			return State{} // return f()
		}
		res := ret.Results[at]
		if len(ret.Results) > 1 {
			// return "", err: an error path, not a value
			if tv, ok := m.info.Types[res]; ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == "" {
				continue // return "", err
			}
			if id, ok := ast.Unparen(res).(*ast.Ident); ok && id.Name == "nil" {
				continue
			}
		}
		list = append(list, m.originOf(res, inner, depth+1))
	}
	s := alternatives(list)
	if s.Origin == StateCaller {
		return State{}
	}
	return s
}

// exportStateFacts exports a StateFact for each exported function of this
// package returning a string or bytes whose origin does not depend on its
// arguments, and for each exported string variable set once, in its
// declaration or by init, to a weak value (var State = "fixed"): an
// importer that sends it sends that value.
func (m *model) exportStateFacts() {
	scope := m.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		v, ok := scope.Lookup(name).(*types.Var)
		if !ok || !v.Exported() || !isStringType(v.Type()) || len(m.defs[v]) == 0 {
			continue
		}
		switch s := m.varOrigin(v, nil, 0); s.Origin {
		case StateConstant, StateEmpty, StatePredictable:
			m.pass.ExportObjectFact(v, &StateFact{Origin: s.Origin, Why: s.Why, DrawnOnce: s.DrawnOnce})
		}
	}
	for fn := range m.funcDecls {
		if !fn.Exported() {
			continue
		}
		sig := fn.Type().(*types.Signature)
		if sig.Results().Len() == 0 {
			continue
		}
		if t := sig.Results().At(0).Type(); !isStringType(t) && !isByteBuffer(t) {
			continue
		}
		s := m.helperOrigin(fn, nil, nil, 0)
		switch s.Origin {
		case StateConstant, StateEmpty, StatePredictable, StateRandom:
			m.pass.ExportObjectFact(fn, &StateFact{Origin: s.Origin, Why: s.Why})
		case StateUnknown:
			if i := m.passesParam(fn); i > 0 {
				m.pass.ExportObjectFact(fn, &StateFact{Origin: StateCaller, Param: i})
			}
		}
	}
}

// passThrough marks the parameter passesParam follows.
const passThrough = "\x00param"

// passesParam returns the 1-based index of the one parameter of fn whose
// origin its result has, derived only from it and constants (a
// challenge helper: base64(sha256(verifier))), 0 if none.
func (m *model) passesParam(fn *types.Func) int {
	sig := fn.Type().(*types.Signature)
	for i := 0; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		if t := p.Type(); !isStringType(t) && !isByteBuffer(t) {
			continue
		}
		inner := stateEnv{}
		for j := 0; j < sig.Params().Len(); j++ {
			inner[sig.Params().At(j)] = State{}
		}
		inner[p] = State{Origin: StatePredictable, Why: passThrough}
		if s := m.returnsOrigin(fn, inner, 0); s.Origin == StatePredictable && s.Why == passThrough {
			return i + 1
		}
	}
	return 0
}

// importsRandomness reports whether a package without OAuth code may hold
// a helper whose values a rule reports when they are used as state or
// verifier: it imports math/rand, or crypto/sha256 (a PKCE challenge
// helper, whose result has its argument's origin). (A crypto/rand helper
// needs no fact: a value of unknown origin is not reported either.)
func importsRandomness(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		switch p := trimVendor(imp.Path()); {
		case mathRandPkgs[p], p == "crypto/sha256":
			return true
		default:
			if predictablePkgs()[p] {
				return true // ids.Next() on xid.New
			}
		}
	}
	return false
}

// predictablePkgs are the packages of predictableFuncs.
var predictablePkgs = sync.OnceValue(func() map[string]bool {
	out := make(map[string]bool)
	for name := range predictableFuncs {
		name = strings.TrimLeft(name, "(*")
		if i := strings.LastIndex(name, "/"); i >= 0 {
			if j := strings.Index(name[i:], "."); j >= 0 {
				out[name[:i+j]] = true
			}
		}
	}
	return out
})

// paramState is the state of a hand-built request's parameters.
func (m *model) paramState(p value.Params, nodeOf func(string) ast.Node, exprOf func(string) ast.Expr, at ast.Node) State {
	v, pres, known := p.Lookup("state")
	switch {
	case pres == value.Absent:
		return State{Origin: StateMissing, Node: at, Why: "no state parameter"}
	case pres != value.Present:
		return State{}
	case known && v == "":
		return State{Origin: StateEmpty, Node: nodeOf("state"), Why: "the empty string"}
	case known:
		return State{Origin: StateConstant, Node: nodeOf("state"), Why: "the constant " + strconv.Quote(v)}
	}
	if exprOf != nil {
		if e := exprOf("state"); e != nil {
			return m.stateOf(e)
		}
	}
	return State{}
}

// sharedState turns the state of a request built in an HTTP handler
// closure into a constant when it is a variable of an enclosing function
// that is not itself a handler (main drawing state := randToken() once,
// then serving every login with it): one value for every user.
func (m *model) sharedState(cur inspector.Cursor, s State) State {
	if s.Origin != StateRandom && s.Origin != StatePredictable {
		return s
	}
	v := m.localVar(s.Node.(ast.Expr))
	if v == nil || len(m.defs[v]) == 0 || v.Parent() == m.pass.Pkg.Scope() {
		return s
	}
	var closure *ast.FuncLit
	for c := range cur.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		closure, _ = c.Node().(*ast.FuncLit)
		break
	}
	if closure == nil || !m.servesHTTP(closure.Type) {
		return s
	}
	for _, d := range m.defs[v] {
		if within(d.cur.Node(), closure) {
			return s
		}
		outer := enclosingFunc(d.cur)
		ft := funcTypeOf(outer)
		if ft == nil {
			return s
		}
		if m.servesHTTP(ft) {
			return s // drawn per request by the outer handler
		}
	}
	return State{Origin: StateConstant, Node: s.Node, Why: "the variable " + v.Name() + ", drawn once (" + s.Why + ") outside the handler closure that uses it"}
}

// servesHTTP reports whether a function with this signature serves an
// HTTP request.
func (m *model) servesHTTP(ft *ast.FuncType) bool {
	if ft == nil || ft.Params == nil {
		return false
	}
	for _, field := range ft.Params.List {
		t := m.info.TypeOf(field.Type)
		if isResponseWriter(t) || m.isRequestType(t) {
			return true
		}
	}
	return false
}

// predictableChallenge records on r a code_challenge (or the verifier an
// option derives it from) whose value comes from a predictable source:
// math/rand, the clock, or only what is derived from them. The state's
// classification applies as is: a verifier, like a state, must be
// unguessable (RFC 7636 §7.1).
func (m *model) predictableChallenge(r *AuthRequest, e ast.Expr) {
	if e == nil {
		return
	}
	if s := m.stateOf(e); s.Origin == StatePredictable {
		r.PredictableChallenge, r.PredictableWhy = e, s.Why
	}
}

// isHash reports whether t is hash.Hash or a type that implements it (a
// digest from sha256.New).
func isHash(t types.Type) bool {
	if isNamed(t, "hash", "Hash") {
		return true
	}
	n := namedOf(t)
	if n == nil {
		return false
	}
	for i := 0; i < n.NumMethods(); i++ {
		if n.Method(i).Name() == "BlockSize" {
			return true // Write, Sum, Reset, Size, BlockSize: a digest
		}
	}
	return false
}

// hashSumOrigin is the origin of h.Sum(b) for a local digest h: what was
// written into it (h.Write(x), io.WriteString(h, s)) and b, combined; a
// digest of constants, or one whose writes are not all seen, says nothing.
func (m *model) hashSumOrigin(call *ast.CallExpr, env stateEnv, depth int) State {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return State{}
	}
	v := m.localVar(sel.X)
	if v == nil || m.addrTaken[v] || len(m.defs[v]) != 1 {
		return State{}
	}
	out := State{Origin: StateConstant}
	written, other := false, false
	m.eachUse(v, m.defs[v][0].cur, func(use inspector.Cursor) {
		switch p := use.Parent().Node().(type) {
		case *ast.SelectorExpr:
			c, ok := use.Parent().Parent().Node().(*ast.CallExpr)
			if !ok || c.Fun != p {
				other = true
				return
			}
			switch p.Sel.Name {
			case "Write", "WriteString":
				if len(c.Args) == 1 {
					out = combine(out, m.originOf(c.Args[0], env, depth+1))
					written = true
				}
			case "Sum":
				if len(c.Args) == 1 && !m.isNil(c.Args[0]) {
					out = combine(out, m.originOf(c.Args[0], env, depth+1))
				}
			case "Size", "BlockSize":
			default:
				other = true // Reset, or a method we do not know
			}
		case *ast.CallExpr:
			// io.WriteString(h, s)
			fn, ok := typeutil.Callee(m.info, p).(*types.Func)
			if ok && funcName(fn) == "io.WriteString" && len(p.Args) == 2 && p.Args[0] == use.Node() {
				out = combine(out, m.originOf(p.Args[1], env, depth+1))
				written = true
				return
			}
			other = true
		case *ast.AssignStmt:
			// h := sha256.New(): the definition itself
		default:
			other = true
		}
	})
	if !written || other || out.Origin == StateConstant {
		return State{}
	}
	return out
}

// bitsOp maps the op= tokens that, with a constant operand, keep drawing
// on the bits a variable already holds (a word shifted, masked or divided
// down letter by letter) rather than counting, to their operator.
var bitsOp = map[token.Token]token.Token{
	token.SHR_ASSIGN: token.SHR, token.SHL_ASSIGN: token.SHL, token.AND_ASSIGN: token.AND,
	token.OR_ASSIGN: token.OR, token.XOR_ASSIGN: token.XOR, token.MUL_ASSIGN: token.MUL,
	token.QUO_ASSIGN: token.QUO, token.REM_ASSIGN: token.REM,
}

// foldsBits are the operators whose result is bits of the left operand
// whatever the right one (a shift by a computed width, a mask): only a
// random right operand could add to what the left holds.
var foldsBits = map[token.Token]bool{token.SHR: true, token.SHL: true, token.AND: true, token.QUO: true, token.REM: true}

// selfTransform reports whether rhs, assigned to v, is a function of a
// deriving package (strings, encoding…) applied to v itself with only
// constants beside it: the value keeps v's origin.
func (m *model) selfTransform(v *types.Var, rhs ast.Expr) bool {
	call, ok := ast.Unparen(rhs).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || !derivingPkgs[trimVendor(fn.Pkg().Path())] {
		return false
	}
	self := false
	for _, a := range call.Args {
		if id, ok := ast.Unparen(a).(*ast.Ident); ok && m.varOf(id) == v {
			self = true
			continue
		}
		if tv, ok := m.info.Types[a]; !ok || tv.Value == nil {
			return false
		}
	}
	return self
}

// onlyReadsParam reports whether fn, a function of this package, never
// writes through its i-th parameter (a byte buffer): no element
// assignment to it, and it goes only to conversions, builtins and the
// functions of derivingPkgs.
func (m *model) onlyReadsParam(fn *types.Func, i int) bool {
	cur, ok := m.funcDecls[fn.Origin()]
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if i >= sig.Params().Len() || sig.Variadic() && i == sig.Params().Len()-1 {
		return false
	}
	p := sig.Params().At(i)
	decl := cur.Node().(*ast.FuncDecl)
	if decl.Body == nil {
		return false
	}
	reads := true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if !reads {
			return false
		}
		switch x := n.(type) {
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok && m.localVar(ix.X) == p {
					reads = false
				}
				if m.localVar(l) == p {
					reads = false // reassigned: not followed
				}
			}
		case *ast.UnaryExpr:
			if x.Op == token.AND && m.localVar(x.X) == p {
				reads = false
			}
		case *ast.CallExpr:
			for _, a := range x.Args {
				if !m.handsBuffer(x, a, p) {
					continue
				}
				switch c := typeutil.Callee(m.info, x).(type) {
				case *types.Builtin:
					if c.Name() == "copy" && len(x.Args) > 0 && m.localVar(x.Args[0]) == p {
						reads = false
					}
				case *types.Func:
					if c.Pkg() == nil || !derivingPkgs[trimVendor(c.Pkg().Path())] {
						reads = false
					}
				default:
					reads = false
				}
			}
		}
		return reads
	})
	return reads
}

// handsBuffer reports whether a, an argument of call, is the buffer v (or
// a slice of it) handed to a function: not a conversion (string(b)).
func (m *model) handsBuffer(call *ast.CallExpr, a ast.Expr, v *types.Var) bool {
	if sl, ok := ast.Unparen(a).(*ast.SliceExpr); ok {
		a = sl.X
	}
	if m.localVar(a) != v {
		return false
	}
	tv, ok := m.info.Types[call.Fun]
	return !ok || !tv.IsType()
}

// exprSummary is e as source, cut to a readable length for a message.
func exprSummary(e ast.Expr) string {
	s := types.ExprString(e)
	if len(s) > 48 {
		s = s[:45] + "..."
	}
	return s
}
