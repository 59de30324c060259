package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// A hand-built authorization server decides what it allows in its own
// code: the token endpoint dispatches on the request's grant_type, the
// authorization endpoint on its response_type and code_challenge_method.
// handBuiltServers reads those dispatches and records, for the package, a
// ServerConfig of library knowledge.HandBuilt.Name whose decisions are the
// values some branch accepts:
//
//   - a switch on the parameter whose case for the value issues (calls,
//     assigns, returns a result) or, in a switch that refuses other values,
//     lets the request through;
//   - an if comparing the parameter with the value (==, strings.EqualFold,
//     slices.Contains of a literal list, a one-line predicate of the
//     package) whose body issues, or comparing it with != (their
//     negations) whose body refuses every other value;
//   - a map keyed by the value whose element (a handler, true) is looked
//     up with the parameter: a literal of the package, or another
//     package's (AllowFact).
//
// A branch refuses when it answers with an OAuth error code, an HTTP error
// status, false or a non-nil error and does nothing else. A value refused
// anywhere in the package, or compared under a condition on something
// else (a client's registered grants, a flag), is decided by that
// condition: unknown, and silent. So is a parameter handed to a function
// that judges it against something else (client.AllowsGrant(gt)).
//
// Where the parameter comes from: a read of the request (r.FormValue,
// r.Form.Get, q.Get, params["grant_type"], a web framework's c.PostForm or
// c.Query), a field whose struct tag names it (decoded from the request),
// through local variables, a package function's results and the arguments
// of its callers in the package (interface calls included). The package
// must serve HTTP requests, or, reading only tagged fields, at least send
// none (a service layer, not a client).
func (m *model) handBuiltServers() {
	var vocab map[types.Object]*knowledge.DispatchParam
	if !m.dispatchSeen {
		vocab = m.vocabulary() // vocab.go
		if len(vocab) == 0 && !m.callsCheck() {
			m.codeRedeemer(false, false) // a token endpoint that reads no grant_type (redeemer.go)
			return
		}
	}
	if handBuiltExempt(m.pass.Pkg) || m.lib(m.pass.Pkg).lib != nil {
		return // a server library's own dispatch follows its configuration (server.go)
	}
	// A package that serves no request may still hold the endpoint's
	// logic (a service layer the handlers call): there, only a field
	// whose tag names the parameter says the request's value is read,
	// and a package that sends requests builds them, as a client does.
	fieldsOnly := !m.servesRequests()
	if fieldsOnly && m.sendsRequests() {
		return
	}
	if m.dispatchSeen {
		vocab = m.vocabulary()
	}
	h := &handBuilt{m: m, fieldsOnly: fieldsOnly, vocab: vocab, refused: make(map[dispatchKey]bool), paramMemo: make(map[*types.Var]string)}
	for cur := range m.in.Root().Preorder((*ast.SwitchStmt)(nil), (*ast.IfStmt)(nil), (*ast.IndexExpr)(nil), (*ast.CallExpr)(nil)) {
		if m.inTest(cur.Node()) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.SwitchStmt:
			h.switchStmt(cur, n)
		case *ast.IfStmt:
			h.ifStmt(cur, n)
		case *ast.IndexExpr:
			h.mapLookup(cur, n)
		case *ast.CallExpr:
			h.checkerCall(cur, n)
			if !fieldsOnly && m.paramRead(n) == paramGrantType {
				h.readsGrant = true
				h.usesGrant = h.usesGrant || !m.onlyLogged(cur)
			}
		}
	}
	if h.readsGrant {
		m.dropRecords()
	}
	// One finding per decision and package, at its strongest evidence:
	// a gate that lets the value through, then a handler table, then a
	// branch (a value is often tested again further on, to pick what to
	// answer, which decides nothing new).
	var best [knowledge.NumDecisions]*acceptance
	for i := range h.accepted {
		a := &h.accepted[i]
		if h.refused[dispatchKey{a.p.Param, a.p.Word}] || h.checked[a.p.Param] {
			continue
		}
		if a.p.Decision == knowledge.Implicit && !m.issuesTokens {
			// A response type let through by an endpoint that never
			// writes an access token anywhere answers with a code
			// whatever was asked (obot-platform/mcp-oauth-proxy).
			continue
		}
		if g, _ := m.optionalPKCE(); a.p.Unless != "" && g == nil && (m.serverReads(a.p.Unless) || m.forwards()) {
			// Read, or maybe passed on: a package that sends requests
			// of its own may forward the whole form, verifier included,
			// to the server that checks it (a token proxy).
			continue
		}
		// Evidence in a function nothing calls (a validate method left
		// unused) yields to evidence in one that runs.
		if b := best[a.p.Decision]; b == nil || h.deadAt(b) && !h.deadAt(a) || h.deadAt(b) == h.deadAt(a) && a.rank < b.rank {
			best[a.p.Decision] = a
		}
	}
	defer m.codeRedeemer(h.usesGrant, h.readsGrant && !h.usesGrant)
	var sc *ServerConfig
	for _, a := range best {
		if a == nil {
			continue
		}
		fn := enclosingFunc(a.cur)
		if fn == nil {
			continue
		}
		if sc == nil {
			sc = &ServerConfig{Library: knowledge.HandBuilt.Name, Node: funcNameNode(fn), Advice: knowledge.HandBuilt.Advice}
			m.result.Server.Configs = append(m.result.Server.Configs, sc)
		}
		endpoint := a.p.Endpoint
		if a.vocab && a.p.ValuesEndpoint != "" {
			endpoint = a.p.ValuesEndpoint
		}
		why := fmt.Sprintf("the %s %s %q (%s in %s)", endpoint, a.p.Why, a.val, a.how, funcLabel(fn))
		if g, gfn := m.optionalPKCE(); a.p.Unless != "" && g != nil {
			why += ", " + optionalWhy(m, g, gfn)
		} else if a.p.UnlessWhy != "" {
			why += ", " + a.p.UnlessWhy
		}
		d := a.p.Decision
		if d == knowledge.PKCEPublic {
			if m.authenticatesClients(fn, 0) {
				d, why = knowledge.PKCEAll, why+confidentialOnly(fn) // clientauth.go
			} else if b := m.branchHandler(a.node); b != nil && m.authenticatesClients(b, 0) {
				d, why = knowledge.PKCEAll, why+confidentialOnly(b)
			}
		}
		sc.Decisions[d] = ServerDecision{Status: knowledge.Allowed, Node: a.node, Why: why}
	}
}

// dropRecords drops, in a package whose token endpoint reads the
// request's grant_type, the parameter sets with a constant grant_type
// that are never sent: what a server writes down about the request it
// served (an audit record {"grant_type": "password", "client_id": …}),
// not a request of its own.
func (m *model) dropRecords() {
	kept := m.result.TokenRequests[:0]
	for _, t := range m.result.TokenRequests {
		if t.Route == RouteParams && t.Send == nil && t.Helper == nil && t.GrantType.Known {
			continue
		}
		kept = append(kept, t)
	}
	clear(m.result.TokenRequests[len(kept):])
	m.result.TokenRequests = kept
}

type dispatchKey struct{ param, word string }

type handBuilt struct {
	m          *model
	fieldsOnly bool // only tagged fields are request values (handBuiltServers)
	readsGrant bool // a handler reads grant_type from the request
	usesGrant  bool // and does more with it than log it (onlyLogged)
	inlining   map[*types.Func]bool
	ifaceMemo  map[*types.Func][]*ast.CallExpr
	accepted   []acceptance
	refused    map[dispatchKey]bool
	checked    map[string]bool // parameters some yes-or-no function judges
	paramMemo  map[*types.Var]string
	vocab      map[types.Object]*knowledge.DispatchParam // values known by what they are compared with (vocab.go)
	dead       map[*ast.FuncDecl]bool                    // functions nothing refers to (deadAt)
}

type acceptance struct {
	p     *knowledge.DispatchParam
	val   string // the value accepted
	node  ast.Node
	cur   inspector.Cursor
	how   string
	rank  int  // lower is stronger evidence
	vocab bool // the parameter known by its vocabulary: a check of the server's, either endpoint
}

// How an acceptance was seen, strongest first.
const (
	howGate   = "the values it lets through"
	howTable  = "a table keyed by the value"
	howSwitch = "switch case"
	howBranch = "comparison"
	howOther  = "the branch every value not compared takes"
)

var howRank = map[string]int{howGate: 0, howTable: 1, howSwitch: 2, howBranch: 3, howOther: 4}

// comparison is one test of a dispatch parameter against a constant.
type comparison struct {
	p     *knowledge.DispatchParam
	val   string
	node  ast.Expr
	eq    bool
	vocab bool // p known only by the values compared (vocab.go)
}

func (h *handBuilt) accept(cs []comparison, cur inspector.Cursor, how string) {
	for _, c := range cs {
		knowledge.HandBuilt.Each(c.p.Param, func(p *knowledge.DispatchParam) {
			if hasWord(c.val, p.Word) {
				h.accepted = append(h.accepted, acceptance{p: p, val: c.val, node: c.node, cur: cur, how: how, rank: howRank[how], vocab: c.vocab})
			}
		})
	}
}

func (h *handBuilt) refuse(cs []comparison) {
	for _, c := range cs {
		knowledge.HandBuilt.Each(c.p.Param, func(p *knowledge.DispatchParam) {
			if hasWord(c.val, p.Word) {
				h.refused[dispatchKey{p.Param, p.Word}] = true
			}
		})
	}
}

func hasWord(s, w string) bool {
	for _, x := range value.Words(s) {
		if x == w {
			return true
		}
	}
	return false
}

// switchStmt reads `switch param { case v: … }` and the tagless
// `switch { case param == v: … }`.
func (h *handBuilt) switchStmt(cur inspector.Cursor, n *ast.SwitchStmt) {
	var p *knowledge.DispatchParam
	if n.Tag != nil {
		p = h.param(n.Tag)
	}
	clauses := make([]*ast.CaseClause, 0, len(n.Body.List))
	for _, s := range n.Body.List {
		if cc, ok := s.(*ast.CaseClause); ok {
			clauses = append(clauses, cc)
		}
	}
	bodies := make([][]ast.Stmt, len(clauses))
	for i := len(clauses) - 1; i >= 0; i-- {
		body := clauses[i].Body
		if k := len(body); k > 0 {
			if br, ok := body[k-1].(*ast.BranchStmt); ok && br.Tok == token.FALLTHROUGH {
				body = body[: k-1 : k-1]
				if i+1 < len(clauses) {
					body = append(body, bodies[i+1]...)
				}
			}
		}
		bodies[i] = body
	}
	anyRefuses := false
	for _, b := range bodies {
		if h.refuses(b) {
			anyRefuses = true
		}
	}
	if p != nil {
		// default: every value no case lists.
		var listed []comparison
		for _, cc := range clauses {
			for _, e := range cc.List {
				if s, ok := h.m.constStr(e); ok {
					listed = append(listed, comparison{p: p, val: s, node: e, eq: true})
				}
			}
		}
		for i, cc := range clauses {
			if cc.List == nil {
				h.otherValues(listed, cc, bodies[i], cur)
			}
		}
	}
	for i, cc := range clauses {
		var cs []comparison
		pure := true
		if p != nil {
			for _, e := range cc.List {
				if s, ok := h.m.constStr(e); ok {
					cs = append(cs, comparison{p: p, val: s, node: e, eq: true, vocab: h.fromVocab(n.Tag) || h.kept(n.Tag, p)})
				}
			}
		} else {
			for _, e := range cc.List {
				c, ok := h.condition(e)
				cs = append(cs, c...)
				pure = pure && ok && allEq(c)
			}
		}
		if len(cs) == 0 {
			continue
		}
		switch {
		case h.refuses(bodies[i]):
			h.refuse(cs)
		case !pure || h.guarded(bodies[i]):
			h.refuse(cs) // decided by something else too
		case h.stubOnly(bodies[i]):
			// case "token": tokenHandler(w, r) with an empty body: a
			// skeleton that issues nothing yet.
		case h.boolAnswer(bodies[i]):
			// case "refresh_token", "password": return true: a predicate
			// that classifies the value (consumesScope(gt)); what its
			// callers do with the answer decides.
		case acts(bodies[i]) || anyRefuses:
			h.accept(cs, cur, howSwitch)
		}
	}
}

// boolAnswer reports whether body only returns a boolean constant.
func (h *handBuilt) boolAnswer(body []ast.Stmt) bool {
	if len(body) != 1 {
		return false
	}
	ret, ok := body[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	tv, ok := h.m.info.Types[ret.Results[0]]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool
}

func allEq(cs []comparison) bool {
	for _, c := range cs {
		if !c.eq {
			return false
		}
	}
	return true
}

// ifStmt reads `if param == v { issue }`, `if param != v && param != w
// { refuse }` and their slices.Contains spellings.
func (h *handBuilt) ifStmt(cur inspector.Cursor, n *ast.IfStmt) {
	cs, pure := h.condition(n.Cond)
	if len(cs) == 0 {
		return
	}
	body := n.Body.List
	refuses := h.refuses(body)
	if refuses && n.Else == nil {
		// if challenge != "" && !slices.Contains(methods, m) { refuse }:
		// a gate on the method, for requests that carry a challenge.
		if rest := h.presenceGuarded(n.Cond); rest != nil {
			if gs, ok := h.condition(rest); ok && len(gs) > 0 && allNeq(gs) {
				h.accept(gs, cur, howGate)
				return
			}
		}
	}
	switch {
	case !pure && refuses && n.Else == nil && h.gateOr(n.Cond):
		// if gt != "authorization_code" || tr.Code == nil { refuse }:
		// only the value passes, when the request is complete.
		h.accept(cs, cur, howGate)
	case !pure:
		h.refuse(cs)
	case allEq(cs):
		if refuses || h.guarded(body) {
			h.refuse(cs)
		} else if acts(body) && !h.stubOnly(body) {
			h.accept(cs, cur, howBranch)
		}
		if els, ok := n.Else.(*ast.BlockStmt); ok {
			h.otherValues(cs, els, els.List, cur)
		} else if rest := fallThrough(cur, n); rest != nil && !refuses && !slices.ContainsFunc(cs, func(c comparison) bool { return c.val == "" }) {
			// if method == "S256" { return hashed == challenge }
			// return verifier == challenge: what follows is the else.
			h.otherValues(cs, rest[0], rest, cur)
		}
	case allNeq(cs):
		if refuses && n.Else == nil {
			h.accept(cs, cur, howGate)
		}
	}
}

// presenceGuarded returns the other operand of cond when cond is an &&
// of a test that a value is present (x != "", len(x) > 0) and something
// else: the condition that something else is tested under.
func (h *handBuilt) presenceGuarded(cond ast.Expr) ast.Expr {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.LAND {
		return nil
	}
	present := func(e ast.Expr) bool {
		t, ok := ast.Unparen(e).(*ast.BinaryExpr)
		if !ok {
			return false
		}
		switch t.Op {
		case token.NEQ:
			s, ok := h.m.constStr(t.Y)
			return ok && s == "" && isStringType(h.m.info.TypeOf(t.X))
		case token.GTR:
			call, ok := ast.Unparen(t.X).(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return false
			}
			id, ok := ast.Unparen(call.Fun).(*ast.Ident)
			if !ok || id.Name != "len" {
				return false
			}
			if _, ok := h.m.info.Uses[id].(*types.Builtin); !ok {
				return false
			}
			tv, ok := h.m.info.Types[t.Y]
			return ok && tv.Value != nil && tv.Value.String() == "0"
		}
		return false
	}
	switch {
	case present(b.X):
		return b.Y
	case present(b.Y):
		return b.X
	}
	return nil
}

// otherValues reads the branch (at node, with body) that a test of one
// parameter against the values cs leaves to every other value: when the
// parameter has a default (code_challenge_method's plain) that cs does
// not name and the branch goes on without refusing, the default is
// accepted (if method == "S256" { hash } else { compare as sent }).
func (h *handBuilt) otherValues(cs []comparison, node ast.Node, body []ast.Stmt, cur inspector.Cursor) {
	if len(cs) == 0 || !acts(body) || h.refuses(body) || h.guarded(body) || h.stubOnly(body) {
		return
	}
	param := cs[0].p.Param
	for _, c := range cs {
		if c.p.Param != param {
			return
		}
	}
	knowledge.HandBuilt.Each(param, func(p *knowledge.DispatchParam) {
		if !p.Default {
			return
		}
		for _, c := range cs {
			if hasWord(c.val, p.Word) {
				return // named: its own branch decides
			}
		}
		var named []string
		for _, c := range cs {
			named = append(named, strconv.Quote(c.val))
		}
		how := "the branch that every " + param + " but " + strings.Join(named, " and ") + " takes, an absent one included,"
		h.accepted = append(h.accepted, acceptance{p: p, val: p.Word, node: node, cur: cur, how: how, rank: howRank[howOther], vocab: true})
	})
}

// gateOr reports whether cond is an || of operands each of which is a
// pure != test of dispatch parameters or a test of something else that is
// no setting (a missing code, a bad client): a gate that refuses every
// value but the ones compared, and incomplete requests.
func (h *handBuilt) gateOr(cond ast.Expr) bool {
	var ops []ast.Expr
	var flatten func(e ast.Expr)
	flatten = func(e ast.Expr) {
		if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.LOR {
			flatten(b.X)
			flatten(b.Y)
			return
		}
		ops = append(ops, e)
	}
	flatten(cond)
	gates := 0
	for _, op := range ops {
		cs, pure := h.condition(op)
		switch {
		case len(cs) > 0 && pure && allNeq(cs):
			gates++
		case len(cs) == 0 && !h.settingCond(op):
		default:
			return false
		}
	}
	return gates > 0
}

func allNeq(cs []comparison) bool {
	for _, c := range cs {
		if c.eq {
			return false
		}
	}
	return true
}

// condition splits a condition into comparisons of dispatch parameters
// with constants. pure is false when the condition also tests something
// else, or mixes == and != (or || and &&) in a way that does not list the
// accepted values.
func (h *handBuilt) condition(e ast.Expr) (cs []comparison, pure bool) {
	switch x := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		switch x.Op {
		case token.EQL, token.NEQ:
			if c, ok := h.compare(x.X, x.Y, x.Op == token.EQL); ok {
				return []comparison{c}, true
			}
			if c, ok := h.compare(x.Y, x.X, x.Op == token.EQL); ok {
				return []comparison{c}, true
			}
			return nil, false
		case token.LOR, token.LAND:
			l, lp := h.condition(x.X)
			r, rp := h.condition(x.Y)
			cs = append(l, r...)
			if !lp || !rp {
				return cs, false
			}
			// == joined by ||, != joined by &&: the list of values
			// taken (or not taken) by the branch.
			want := x.Op == token.LOR
			for _, c := range cs {
				if c.eq != want {
					return cs, false
				}
			}
			return cs, true
		}
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			cs, pure = h.condition(x.X)
			for i := range cs {
				cs[i].eq = !cs[i].eq
			}
			return cs, pure && (allEq(cs) || allNeq(cs)) && len(cs) > 0 && h.listCall(x.X)
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(h.m.info, x).(*types.Func)
		if fn == nil {
			return nil, false
		}
		if ret := h.m.predicate(fn); ret != nil && !h.inlining[fn] {
			// isValidMethod(m) with func isValidMethod(m string) bool
			// { return m == "S256" || m == "plain" }: the function's
			// condition, its parameters bound at the package's calls.
			if h.inlining == nil {
				h.inlining = make(map[*types.Func]bool)
			}
			h.inlining[fn] = true
			cs, pure = h.condition(ret)
			delete(h.inlining, fn)
			return cs, pure
		}
		if len(x.Args) != 2 {
			return nil, false
		}
		switch funcName(fn) {
		case "strings.EqualFold":
			if c, ok := h.compare(x.Args[0], x.Args[1], true); ok {
				return []comparison{c}, true
			}
			if c, ok := h.compare(x.Args[1], x.Args[0], true); ok {
				return []comparison{c}, true
			}
		}
		if h.m.containsFunc(fn) {
			p := h.param(x.Args[1])
			lit := h.m.listLit(x.Args[0])
			if p == nil || lit == nil {
				return nil, false
			}
			for _, el := range lit.Elts {
				s, ok := h.m.constStr(el)
				if !ok {
					return nil, false
				}
				cs = append(cs, comparison{p: p, val: s, node: el, eq: true})
			}
			return cs, true
		}
	}
	return nil, false
}

// containsFuncs test whether a list (their first argument) holds a value
// (their second): the standard library's, and samber/lo's (v1.53.0
// intersect.go: Contains[T comparable](collection []T, element T) bool).
var containsFuncs = map[string]bool{"slices.Contains": true, "github.com/samber/lo.Contains": true}

// containsFunc reports whether fn tests whether a list (its first
// argument) holds a value (its second): one of containsFuncs, or a
// function of the package that loops over the list for an element equal
// to the value (for _, x := range list { if x == v { return true } };
// return false).
func (m *model) containsFunc(fn *types.Func) bool {
	if containsFuncs[funcName(fn)] {
		return true
	}
	if fn.Pkg() != m.pass.Pkg {
		return false
	}
	fn = fn.Origin()
	if ok, seen := m.membership[fn]; seen {
		return ok
	}
	ok := m.membershipLoop(fn)
	if m.membership == nil {
		m.membership = make(map[*types.Func]bool)
	}
	m.membership[fn] = ok
	return ok
}

// membershipLoop reports whether fn, declared in this package, is a
// hand-written membership test: two parameters, a list and a value, a
// bool result, and a body that is a range over the list returning true
// on an element equal (==) to the value, then return false.
func (m *model) membershipLoop(fn *types.Func) bool {
	cur, ok := m.funcDecls[fn]
	if !ok {
		return false
	}
	sig := fn.Signature()
	if sig.Params().Len() != 2 || sig.Results().Len() != 1 || !isBool(sig.Results().At(0).Type()) {
		return false
	}
	list, val := sig.Params().At(0), sig.Params().At(1)
	sl, ok := list.Type().Underlying().(*types.Slice)
	if !ok || !types.Identical(sl.Elem(), val.Type()) {
		return false
	}
	fd := cur.Node().(*ast.FuncDecl)
	if fd.Body == nil || len(fd.Body.List) != 2 {
		return false
	}
	rs, ok := fd.Body.List[0].(*ast.RangeStmt)
	if !ok || !m.isVar(rs.X, list) || len(rs.Body.List) != 1 {
		return false
	}
	// The element: the range's value, or list[i] with i its key.
	defOf := func(e ast.Expr) types.Object {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
			return m.info.Defs[id]
		}
		return nil
	}
	value, key := defOf(rs.Value), defOf(rs.Key)
	elem := func(e ast.Expr) bool {
		if value != nil {
			id, ok := ast.Unparen(e).(*ast.Ident)
			return ok && m.info.Uses[id] == value
		}
		ix, ok := ast.Unparen(e).(*ast.IndexExpr)
		if !ok || key == nil || !m.isVar(ix.X, list) {
			return false
		}
		id, ok := ast.Unparen(ix.Index).(*ast.Ident)
		return ok && m.info.Uses[id] == key
	}
	ifs, ok := rs.Body.List[0].(*ast.IfStmt)
	if !ok || ifs.Init != nil || ifs.Else != nil || len(ifs.Body.List) != 1 {
		return false
	}
	cond, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	if !ok || cond.Op != token.EQL || !(elem(cond.X) && m.isVar(cond.Y, val) || elem(cond.Y) && m.isVar(cond.X, val)) {
		return false
	}
	return m.returnsBool(ifs.Body.List[0], true) && m.returnsBool(fd.Body.List[1], false)
}

// returnsBool reports whether s returns the constant want.
func (m *model) returnsBool(s ast.Stmt, want bool) bool {
	ret, ok := s.(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	tv, ok := m.info.Types[ret.Results[0]]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value) == want
}

// listLit is the composite literal e is: the literal itself, or a
// variable (of the package, or local) whose one assignment is the literal
// and that nothing else writes (no append, no element set, no address
// taken): var methods = []string{"plain", "S256"}.
func (m *model) listLit(e ast.Expr) *ast.CompositeLit {
	switch x := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return x
	case *ast.Ident:
		v := m.varOf(x)
		d, ok := m.singleDef(v)
		if !ok || d.rhs == nil || d.tuple >= 0 || m.elementsWritten(v) {
			return nil
		}
		lit, _ := ast.Unparen(d.rhs).(*ast.CompositeLit)
		return lit
	}
	return nil
}

// elementsWritten reports whether an element of the slice or map v is
// assigned anywhere in the package (v[i] = x), or v is handed to append
// or copy as the destination.
func (m *model) elementsWritten(v *types.Var) bool {
	for cur := range m.in.Root().Preorder((*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok && m.isVar(ix.X, v) {
					return true
				}
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && len(n.Args) > 0 && m.isVar(n.Args[0], v) {
				if _, builtin := m.info.Uses[id].(*types.Builtin); builtin && (id.Name == "append" || id.Name == "copy") {
					return true
				}
			}
		}
	}
	return false
}

// listCall reports whether e is a call listing values (slices.Contains
// of a literal, a predicate of the package): its negation lists the
// values refused by exclusion, as a chain of != does.
func (h *handBuilt) listCall(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, _ := typeutil.Callee(h.m.info, call).(*types.Func)
	return fn != nil && (h.m.containsFunc(fn) || h.m.predicate(fn) != nil)
}

// predicate is the returned condition of a function of the package whose
// body is one return of a bool expression, nil for any other function.
func (m *model) predicate(fn *types.Func) ast.Expr {
	cur, ok := m.funcDecls[fn.Origin()]
	if !ok {
		return nil
	}
	sig := fn.Signature()
	if sig.Results().Len() != 1 {
		return nil
	}
	if b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
		return nil
	}
	body := cur.Node().(*ast.FuncDecl).Body
	if len(body.List) != 1 {
		return nil
	}
	ret, ok := body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	return ret.Results[0]
}

func (h *handBuilt) compare(param, val ast.Expr, eq bool) (comparison, bool) {
	s, ok := h.m.constStr(val)
	if !ok {
		return comparison{}, false
	}
	p := h.param(param)
	if p == nil {
		return comparison{}, false
	}
	// param != "" says only that the parameter is present: its value
	// has no word, so it accepts nothing.
	return comparison{p: p, val: s, node: val, eq: eq, vocab: h.fromVocab(param) || h.kept(param, p)}, true
}

// kept reports whether the parameter's value at e is not read from the
// request being served here but kept from another (a method stored with
// the code, compared at the token endpoint): for a message, the check is
// the server's, not the endpoint's that reads the parameter.
func (h *handBuilt) kept(e ast.Expr, p *knowledge.DispatchParam) bool {
	return p.ValuesEndpoint != "" && h.recordField(e, 0)
}

// recordField reports whether e is, through locals assigned once,
// dereferences and conversions, a field of a record that holds the
// parameter without a request tag naming it (code.Method, kept from the
// authorization request): known by where it was written, not read here.
func (h *handBuilt) recordField(e ast.Expr, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.StarExpr:
		return h.recordField(x.X, depth+1)
	case *ast.CallExpr:
		if tv, ok := h.m.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return h.recordField(x.Args[0], depth+1)
		}
	case *ast.Ident:
		d, ok := h.m.singleDef(h.m.varOf(x))
		return ok && d.rhs != nil && d.tuple < 0 && h.recordField(d.rhs, depth+1)
	case *ast.SelectorExpr:
		sel := h.m.info.Selections[x]
		if sel == nil || sel.Kind() != types.FieldVal || tagParam(fieldTag(sel)) != "" {
			return false
		}
		return h.m.packageField(x) != nil || h.m.foreignField(x) != nil
	}
	return false
}

// mapLookup reads handlers[param] (or allowed[param]) where handlers is a
// map literal keyed by constants.
func (h *handBuilt) mapLookup(cur inspector.Cursor, n *ast.IndexExpr) {
	p := h.param(n.Index)
	if p == nil {
		return
	}
	var keys []tableKey
	if obj := h.m.tableObj(n.X); obj != nil {
		keys = h.m.registeredKeys(obj)
	}
	lit := h.m.mapLiteral(n.X)
	if lit == nil && len(keys) == 0 {
		// Another package's allow-list (AllowFact).
		if v := h.m.otherPkgVar(n.X); v != nil {
			f := new(AllowFact)
			if h.m.pass.ImportObjectFact(v, f) {
				for _, k := range f.Keys {
					knowledge.HandBuilt.Each(p.Param, func(p *knowledge.DispatchParam) {
						if hasWord(k, p.Word) {
							h.accepted = append(h.accepted, acceptance{p: p, val: k, node: n, cur: cur, how: howTable + " " + v.Pkg().Name() + "." + v.Name(), rank: howRank[howTable]})
						}
					})
				}
			}
		}
		return
	}
	if lit != nil {
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if s, ok := h.m.constStr(kv.Key); ok {
					keys = append(keys, tableKey{s, kv.Key, switchedOff(h.m.info, kv.Value)})
				}
			}
		}
	}
	for _, k := range keys {
		knowledge.HandBuilt.Each(p.Param, func(p *knowledge.DispatchParam) {
			switch {
			case !hasWord(k.key, p.Word):
			case k.off:
				h.refused[dispatchKey{p.Param, p.Word}] = true
			default:
				h.accepted = append(h.accepted, acceptance{p: p, val: k.key, node: k.node, cur: cur, how: howTable, rank: howRank[howTable]})
			}
		})
	}
}

// otherPkgVar is the package-level variable of another package that e
// names (pkg.Var).
func (m *model) otherPkgVar(e ast.Expr) *types.Var {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	v, ok := m.info.Uses[sel.Sel].(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Pkg() == m.pass.Pkg || v.Parent() != v.Pkg().Scope() {
		return nil
	}
	return v
}

// mapLiteral is the map literal a variable was initialised with, when it
// is assigned nowhere else.
func (m *model) mapLiteral(e ast.Expr) *ast.CompositeLit {
	v := m.localVar(e)
	if v == nil {
		return nil
	}
	d, ok := m.singleDef(v)
	if !ok || d.rhs == nil || d.tuple >= 0 {
		return nil
	}
	lit, ok := ast.Unparen(d.rhs).(*ast.CompositeLit)
	if !ok {
		return nil
	}
	if _, ok := underlying(m.info, lit).(*types.Map); !ok {
		return nil
	}
	return lit
}

// checkerCall marks a parameter that a yes-or-no function judges against
// something else (client.AllowsGrant(gt), isAllowed(client, rt)): what it
// accepts depends on that answer, which the code does not fix. A function
// of the value alone (usesFragment(rt)) judges nothing else.
func (h *handBuilt) checkerCall(cur inspector.Cursor, call *ast.CallExpr) {
	if fn, f := h.m.checkOf(call); f != nil {
		// pkce.Verify(v, c, stored.Method), whose plain branch the
		// helper's package could not judge (CheckFact).
		if p := knowledge.HandBuilt.Param(f.Name); p != nil {
			how := fmt.Sprintf("calling %s, whose %s branch is at %s,", shortFuncName(fn), f.Word, f.At)
			h.accept([]comparison{{p: p, val: f.Word, node: call, eq: true, vocab: true}}, cur, how)
		}
		return
	}
	h.handedOn(cur, call)
	if _, method := h.m.info.Selections[astSelector(call.Fun)]; !method && len(call.Args) < 2 {
		return
	}
	sig, ok := h.m.info.TypeOf(call.Fun).(*types.Signature)
	if !ok || sig.Results().Len() != 1 {
		return
	}
	if b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
		return
	}
	if fn, _ := typeutil.Callee(h.m.info, call).(*types.Func); fn != nil && fn.Pkg() != nil {
		if h.m.predicate(fn) != nil {
			return // condition reads it
		}
		if fn.Pkg() == h.m.pass.Pkg && h.m.containsFunc(fn) && len(call.Args) == 2 && h.m.listLit(call.Args[0]) != nil {
			return // a membership loop over a literal list: condition reads it
		}
		switch fn.Pkg().Path() {
		case "strings", "slices", "github.com/samber/lo":
			if !containsFuncs[funcName(fn)] || len(call.Args) != 2 {
				return
			}
			if h.m.listLit(call.Args[0]) != nil {
				return // a literal list: condition reads it
			}
		}
	}
	for _, a := range call.Args {
		if p := h.param(a); p != nil {
			if h.checked == nil {
				h.checked = make(map[string]bool)
			}
			h.checked[p.Param] = true
		}
		if s, ok := h.m.constStr(a); ok {
			for i := range knowledge.HandBuilt.Params {
				if p := &knowledge.HandBuilt.Params[i]; s == p.Word {
					h.refused[dispatchKey{p.Param, p.Word}] = true
				}
			}
		}
	}
}

// onlyLogged reports whether the value read at cur is only ever logged:
// an argument of a logger, or a local variable assigned from it once
// whose every use is.
func (m *model) onlyLogged(cur inspector.Cursor) bool {
	logged := func(c inspector.Cursor) bool {
		for p := c.Parent(); p.Valid(); p = p.Parent() {
			switch n := p.Node().(type) {
			case *ast.CallExpr:
				fn, ok := typeutil.Callee(m.info, n).(*types.Func)
				if !ok {
					return false
				}
				name := funcName(fn)
				if loggerFuncs()[name] != nil || logLike(fn) {
					return true
				}
				if _, ok := carriers[name]; ok {
					continue // zap.String("grant_type", gt) for a logger
				}
				if !derivesLogger(fn) {
					return false
				}
			case *ast.ParenExpr, *ast.SelectorExpr:
			default:
				return false
			}
		}
		return false
	}
	if logged(cur) {
		return true
	}
	v := m.assignedLocal(cur)
	if v == nil || len(m.defs[v]) != 1 {
		return false
	}
	n, all := 0, true
	m.eachUse(v, cur, func(u inspector.Cursor) {
		n++
		all = all && logged(u)
	})
	return all
}

// checkOf returns the function call calls and its CheckFact, if any.
func (m *model) checkOf(call *ast.CallExpr) (*types.Func, *CheckFact) {
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg() == m.pass.Pkg || m.inTest(call) {
		return nil, nil
	}
	f := new(CheckFact)
	if !m.pass.ImportObjectFact(fn, f) {
		return nil, nil
	}
	return fn, f
}

// callsCheck reports whether the package calls a function with a
// CheckFact outside its tests.
func (m *model) callsCheck() bool {
	for cur := range m.in.Root().Preorder((*ast.CallExpr)(nil)) {
		if _, f := m.checkOf(cur.Node().(*ast.CallExpr)); f != nil {
			return true
		}
	}
	return false
}

// handedOn marks a parameter whose value the package hands to code it
// cannot read (another package's function, an interface method of
// another package, a function value) other than to format or log it
// (the standard library, a variadic ...any): that code may judge the
// value against the client's registration, as a service layer does
// (vigiloauth/vigilo's grant processor), so what the package accepts is
// not what the server allows for every client.
func (h *handBuilt) handedOn(cur inspector.Cursor, call *ast.CallExpr) {
	sig, ok := h.m.info.TypeOf(call.Fun).(*types.Signature)
	if !ok {
		return
	}
	if tv, ok := h.m.info.Types[call.Fun]; ok && tv.IsType() {
		return // a conversion
	}
	var gate *GateFact
	var keeps []int // parameters the callee only stores (KeepFact)
	switch fn := typeutil.Callee(h.m.info, call).(type) {
	case *types.Func:
		if fn.Pkg() == nil || fn.Pkg() == h.m.pass.Pkg || stdPath(fn.Pkg().Path(), h.m.pass.Pkg.Path()) || containsFuncs[funcName(fn)] {
			return // the package's own code, read in turn; the standard library; a list test the condition reads
		}
		if name := funcName(fn); loggerFuncs()[name] != nil || logLike(fn) {
			return // logged: zerolog's Str("grant_type", gt)
		} else if _, ok := carriers[name]; ok {
			return // zap.String("grant_type", gt), for a logger
		}
		if f := new(GateFact); h.m.pass.ImportObjectFact(fn, f) {
			gate = f
		}
		if f := new(KeepFact); h.m.pass.ImportObjectFact(fn.Origin(), f) {
			keeps = f.Params
		}
	case *types.Var:
		// a function value: unseen
	default:
		if fn != nil {
			return
		}
	}
	for i, a := range call.Args {
		if sig.Variadic() && i >= sig.Params().Len()-1 {
			if sl, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice); ok {
				if it, ok := sl.Elem().Underlying().(*types.Interface); ok && it.Empty() {
					continue // formatted or logged
				}
			}
		}
		if slices.Contains(keeps, i) {
			continue // kept with the code, checked nowhere there
		}
		p := h.param(a)
		if p == nil {
			continue
		}
		if gate != nil && i == gate.Param && p.Param == gate.Name {
			// svc.CreateCode(…, method) refusing all but what its gate
			// lists (gatefact.go): the values it lets through.
			fn := typeutil.Callee(h.m.info, call).(*types.Func)
			how := fmt.Sprintf("the values %s lets through, at %s", shortFuncName(fn), gate.At)
			var cs []comparison
			for _, v := range gate.Values {
				cs = append(cs, comparison{p: p, val: v, node: a, eq: true})
			}
			h.accept(cs, cur, how) // ranked as a gate (howRank's zero)
			continue
		}
		if h.checked == nil {
			h.checked = make(map[string]bool)
		}
		h.checked[p.Param] = true
	}
}

func astSelector(e ast.Expr) *ast.SelectorExpr {
	sel, _ := ast.Unparen(e).(*ast.SelectorExpr)
	return sel
}

// param is the dispatch parameter whose request value e holds, nil if e
// holds none (or the code does not show where it comes from).
func (h *handBuilt) param(e ast.Expr) *knowledge.DispatchParam {
	if name := h.paramName(e, 0); name != "" {
		return knowledge.HandBuilt.Param(name)
	}
	if obj := h.m.comparedObj(e); obj != nil {
		return h.vocab[obj]
	}
	return nil
}

// fromVocab reports whether param knows e only by its vocabulary.
func (h *handBuilt) fromVocab(e ast.Expr) bool {
	return len(h.vocab) > 0 && h.paramName(e, 0) == "" && h.vocab[h.m.comparedObj(e)] != nil
}

func (h *handBuilt) paramName(e ast.Expr, depth int) string {
	if depth > maxDepth || e == nil {
		return ""
	}
	m := h.m
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if name := m.paramRead(x); name != "" && !h.fieldsOnly {
			return name
		}
		if tv, ok := m.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return h.paramName(x.Args[0], depth+1) // string(gt), GrantType(gt)
		}
		if fn, _ := typeutil.Callee(m.info, x).(*types.Func); fn != nil && len(x.Args) >= 1 {
			switch funcName(fn) {
			case "strings.ToLower", "strings.ToUpper", "strings.TrimSpace", "strings.Trim", "strings.TrimSuffix", "strings.TrimPrefix":
				return h.paramName(x.Args[0], depth+1)
			}
		}
	case *ast.Ident:
		v := m.varOf(x)
		if v == nil || v.Pkg() != m.pass.Pkg {
			return ""
		}
		if name, ok := h.paramMemo[v]; ok {
			return name
		}
		h.paramMemo[v] = "" // cycles
		name := h.varParam(v, depth)
		h.paramMemo[v] = name
		return name
	case *ast.StarExpr:
		return h.paramName(x.X, depth+1) // *req.CodeChallengeMethod
	case *ast.IndexExpr:
		// params["grant_type"] (a map the body was parsed into),
		// r.Form["grant_type"][0].
		if h.fieldsOnly {
			return ""
		}
		if _, ok := underlying(m.info, x.X).(*types.Map); ok {
			if s, ok := m.constStr(x.Index); ok && knowledge.HandBuilt.Param(s) != nil {
				return s
			}
			return ""
		}
		if _, ok := underlying(m.info, x.X).(*types.Slice); ok {
			return h.paramName(x.X, depth+1)
		}
	case *ast.SelectorExpr:
		sel := m.info.Selections[x]
		if sel == nil || sel.Kind() != types.FieldVal {
			return ""
		}
		if name := tagParam(fieldTag(sel)); name != "" {
			if tokenClaims(sel.Recv()) || m.parsedClaims(x.X) {
				return "" // claims.GrantType of a token being verified: what was issued, not asked for
			}
			if m.loadedRecord(x.X) {
				return "" // p.GrantType of settings a function loads without the request: the program's own
			}
			return name
		}
		if f := m.packageField(x); f != nil {
			return h.fieldParam(f, depth) // an exported field too: where this package's value comes from
		}
		if f := m.foreignField(x); f != nil {
			return h.foreignFieldParam(f, depth) // models.TokenRequest{GrantType: r.FormValue("grant_type")}
		}
	}
	return ""
}

// foreignField is the string field of a struct declared in another
// package that sel selects, when no value holding it is handed to code
// that may write it (m.handedOut): its writes here are all there is to
// know.
func (m *model) foreignField(sel *ast.SelectorExpr) *types.Var {
	v, ok := m.info.Uses[sel.Sel].(*types.Var)
	if !ok || !v.IsField() || v.Pkg() == nil || v.Pkg() == m.pass.Pkg || !isStringType(v.Type()) || m.handedOut(v, false) {
		return nil
	}
	return v
}

// foreignFieldParam is fieldParam for a field of another package's
// struct: its writes in this package (keyed literals' elements and
// single assignments) are each the one request parameter or a constant.
func (h *handBuilt) foreignFieldParam(f *types.Var, depth int) string {
	m := h.m
	if name, ok := h.paramMemo[f]; ok {
		return name
	}
	h.paramMemo[f] = "" // cycles
	var rhs []ast.Expr
	ok := true
	for cur := range m.in.Root().Preorder((*ast.KeyValueExpr)(nil), (*ast.AssignStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.KeyValueExpr:
			if k, isID := n.Key.(*ast.Ident); isID && m.info.Uses[k] == f {
				rhs = append(rhs, n.Value)
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if sel, isSel := ast.Unparen(l).(*ast.SelectorExpr); isSel && m.info.Uses[sel.Sel] == f {
					if len(n.Lhs) != len(n.Rhs) || n.Tok != token.ASSIGN {
						ok = false
					} else {
						rhs = append(rhs, n.Rhs[i])
					}
				}
			}
		}
	}
	if !ok || len(rhs) == 0 || len(rhs) > maxFieldDefs {
		return ""
	}
	name := ""
	for _, e := range rhs {
		if _, isConst := m.constStr(e); isConst {
			continue
		}
		n := h.paramName(e, depth+1)
		if n == "" || name != "" && n != name {
			return ""
		}
		name = n
	}
	h.paramMemo[f] = name
	return name
}

// fieldParam follows an unexported string field of the package to the
// request parameter it keeps: g.how, set from
// method(q.Get("code_challenge_method")) where the grant is made, and to
// a constant default where the request has none. Every write must be
// that parameter or a constant.
func (h *handBuilt) fieldParam(f *types.Var, depth int) string {
	m := h.m
	if name, ok := h.paramMemo[f]; ok {
		return name
	}
	h.paramMemo[f] = "" // cycles
	defs := m.stateDefs[f]
	if m.stateOpen[f] || len(defs) == 0 || len(defs) > maxFieldDefs {
		return ""
	}
	name := ""
	for _, d := range defs {
		if d.rhs == nil || d.tuple >= 0 {
			return ""
		}
		if _, ok := m.constStr(d.rhs); ok {
			continue // a default
		}
		n := h.paramName(d.rhs, depth+1)
		if n == "" || name != "" && n != name {
			return ""
		}
		name = n
	}
	h.paramMemo[f] = name
	return name
}

// varParam follows a variable to the parameter its value is read from:
// its one assignment, a result of the package's function, or, for a
// parameter of the package's function, an argument at one of its calls.
func (h *handBuilt) varParam(v *types.Var, depth int) string {
	m := h.m
	if v.Kind() == types.ParamVar {
		return h.argParam(v, depth)
	}
	d, ok := m.singleDef(v)
	if !ok {
		// m := "plain"; if sent { m = q.Get("code_challenge_method") }:
		// the variable holds the request's value on some path, which is
		// enough for a branch on it to accept what the request sends.
		if m.addrTaken[v] {
			return ""
		}
		for _, d := range m.defs[v] {
			if d.rhs != nil && d.tuple < 0 {
				if name := h.paramName(d.rhs, depth+1); name != "" {
					return name
				}
			}
		}
		return ""
	}
	if d.rhs == nil {
		return ""
	}
	if d.tuple < 0 {
		return h.paramName(d.rhs, depth+1)
	}
	call, ok := ast.Unparen(d.rhs).(*ast.CallExpr)
	if !ok {
		return ""
	}
	if d.tuple == 0 {
		if name := m.paramRead(call); name != "" && !h.fieldsOnly {
			return name // c.GetPostForm("grant_type")
		}
	}
	return h.resultParam(call, d.tuple, depth)
}

// resultParam is the parameter result i of a call to the package's
// function returns, when one of its return statements returns a read.
func (h *handBuilt) resultParam(call *ast.CallExpr, i int, depth int) string {
	found := ""
	h.m.eachResult(call, i, func(_ *ast.FuncDecl, res ast.Expr) bool {
		found = h.paramName(res, depth+1)
		return found != ""
	})
	return found
}

// argParam is the parameter read passed, at some call in the package, as
// the argument bound to parameter v of the package's function.
func (h *handBuilt) argParam(v *types.Var, depth int) string {
	m := h.m
	for fn, cur := range m.funcDecls {
		fd := cur.Node().(*ast.FuncDecl)
		if v.Pos() < fd.Pos() || v.Pos() >= fd.End() {
			continue
		}
		sig := fn.Type().(*types.Signature)
		idx := -1
		for i := 0; i < sig.Params().Len(); i++ {
			if sig.Params().At(i) == v {
				idx = i
			}
		}
		if idx < 0 || sig.Variadic() && idx == sig.Params().Len()-1 {
			return ""
		}
		var calls []*ast.CallExpr
		for _, use := range m.refs().uses[fn] {
			if call := callOf(use); call != nil {
				calls = append(calls, call)
			}
		}
		calls = append(calls, h.ifaceCalls(fn)...)
		for _, call := range calls {
			if idx < len(call.Args) {
				if name := h.paramName(call.Args[idx], depth+1); name != "" {
					return name
				}
			}
		}
		return ""
	}
	return ""
}

// ifaceCalls are the package's calls of an interface method that method
// fn implements (h.svc.Authorize(…) where svc is an interface of the
// package and *Service, declared here, implements it).
func (h *handBuilt) ifaceCalls(fn *types.Func) []*ast.CallExpr {
	recv := fn.Signature().Recv()
	if recv == nil {
		return nil
	}
	if h.ifaceMemo == nil {
		h.ifaceMemo = make(map[*types.Func][]*ast.CallExpr)
	}
	if calls, ok := h.ifaceMemo[fn]; ok {
		return calls
	}
	var calls []*ast.CallExpr
	for _, cur := range h.m.localCalls { // calls of the package's functions and methods, interfaces' included
		call := cur.Node().(*ast.CallExpr)
		im, _ := typeutil.Callee(h.m.info, call).(*types.Func)
		if im == nil || im.Name() != fn.Name() || im.Pkg() != h.m.pass.Pkg {
			continue
		}
		r := im.Signature().Recv()
		if r == nil {
			continue
		}
		iface, ok := r.Type().Underlying().(*types.Interface)
		if ok && types.Implements(recv.Type(), iface) {
			calls = append(calls, call)
		}
	}
	h.ifaceMemo[fn] = calls
	return calls
}

// callOf is the call whose callee a use of a function names: f(…),
// x.f(…), pkg.f(…).
func callOf(use inspector.Cursor) *ast.CallExpr {
	c := use
	if sel, ok := c.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == use.Node() {
		c = c.Parent()
	}
	call, ok := c.Parent().Node().(*ast.CallExpr)
	if !ok || ast.Unparen(call.Fun) != c.Node() {
		return nil
	}
	return call
}

// paramRead is the dispatch parameter a call reads from a request: a
// method whose first argument is the constant name and whose first result
// is a string (r.FormValue("grant_type"), r.Form.Get, q.Get, gin's
// c.PostForm and c.DefaultQuery, echo's c.FormValue).
func (m *model) paramRead(call *ast.CallExpr) string {
	if s := m.methodRead(call); len(call.Args) <= 2 && knowledge.HandBuilt.Param(s) != nil {
		return s
	}
	return ""
}

// methodRead is the name a call reads when it is a method whose first
// argument is a constant string and whose first result is a string
// (r.FormValue(name), q.Get(name), c.DefaultQuery(name, def)); "" if the
// call is not one.
func (m *model) methodRead(call *ast.CallExpr) string {
	if len(call.Args) == 0 {
		return ""
	}
	f, _ := typeutil.Callee(m.info, call).(*types.Func)
	if f == nil || !stringMethod(f) {
		return ""
	}
	s, _ := m.constStr(call.Args[0])
	return s
}

// stringMethod reports whether f is a method whose first result is a string.
func stringMethod(f *types.Func) bool {
	sig := f.Signature()
	return sig.Recv() != nil && sig.Results().Len() > 0 && isStringType(sig.Results().At(0).Type())
}

// fieldTag is the struct tag of the field a selection selects.
func fieldTag(sel *types.Selection) string {
	t := sel.Recv()
	idx := sel.Index()
	for i, k := range idx {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || k >= st.NumFields() {
			return ""
		}
		if i == len(idx)-1 {
			return st.Tag(k)
		}
		t = st.Field(k).Type()
	}
	return ""
}

// refuses reports whether a branch only refuses: it answers with an OAuth
// error code, or every statement is a refusal (an HTTP error status, a
// non-nil error returned or assigned) or a jump.
func (h *handBuilt) refuses(body []ast.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	if h.mentionsError(body) {
		return true
	}
	refusal := false
	for _, s := range body {
		switch r := h.stmtKind(s); r {
		case stmtRefuses:
			refusal = true
		case stmtActs:
			return false
		}
	}
	return refusal
}

// stubOnly reports whether every statement of a branch calls a function
// of the package whose body is empty (a skeleton's handler to be
// written), so that the branch issues nothing; false for an empty branch.
func (h *handBuilt) stubOnly(body []ast.Stmt) bool {
	return len(body) > 0 && onlyCalls(h.m.info, body, func(fn *types.Func) bool {
		cur, ok := h.m.funcDecls[fn.Origin()]
		if !ok {
			return false
		}
		b := funcBody(cur.Node())
		return b != nil && len(b.List) == 0
	})
}

// onlyCalls reports whether every statement of list is a call of a
// function for which ok holds (true for an empty list).
func onlyCalls(info *types.Info, list []ast.Stmt, ok func(*types.Func) bool) bool {
	for _, st := range list {
		es, isExpr := st.(*ast.ExprStmt)
		if !isExpr {
			return false
		}
		call, isCall := ast.Unparen(es.X).(*ast.CallExpr)
		if !isCall {
			return false
		}
		fn, isFunc := typeutil.Callee(info, call).(*types.Func)
		if !isFunc || !ok(fn) {
			return false
		}
	}
	return true
}

// acts reports whether a branch does anything but jump.
func acts(body []ast.Stmt) bool {
	for _, s := range body {
		switch s.(type) {
		case *ast.BranchStmt, *ast.EmptyStmt:
		default:
			return true
		}
	}
	return false
}

// guarded reports whether a branch, before anything else, refuses under a
// condition that reads no value computed in it: a flag or a setting
// (if !s.allowPassword { refuse }), not a failed credential check.
func (h *handBuilt) guarded(body []ast.Stmt) bool {
	for _, s := range body {
		is, ok := s.(*ast.IfStmt)
		if !ok {
			return false
		}
		if is.Init == nil && h.refuses(is.Body.List) && h.settingCond(is.Cond) {
			return true
		}
	}
	return false
}

// settingCond reports whether a condition only reads fields, variables
// and constants of type bool (no calls): a switch someone set elsewhere.
func (h *handBuilt) settingCond(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		return x.Op == token.NOT && h.settingCond(x.X)
	case *ast.BinaryExpr:
		return (x.Op == token.LAND || x.Op == token.LOR) && h.settingCond(x.X) && h.settingCond(x.Y)
	case *ast.Ident, *ast.SelectorExpr:
		if sel, ok := x.(*ast.SelectorExpr); ok {
			if _, ok := h.m.info.Selections[sel]; !ok {
				if _, pkgVar := h.m.info.Uses[sel.Sel].(*types.Var); !pkgVar {
					return false
				}
			}
		}
		b, ok := underlying(h.m.info, x).(*types.Basic)
		return ok && b.Kind() == types.Bool
	}
	return false
}

type stmtClass uint8

const (
	stmtNeutral stmtClass = iota
	stmtRefuses
	stmtActs
)

func (h *handBuilt) stmtKind(s ast.Stmt) stmtClass {
	switch x := s.(type) {
	case *ast.BranchStmt, *ast.EmptyStmt:
		return stmtNeutral
	case *ast.ReturnStmt:
		if len(x.Results) == 0 {
			return stmtNeutral
		}
		refusal := false
		for _, r := range x.Results {
			if h.errorStatus(r) || h.isFalse(r) {
				refusal = true // return 400, …; return false from a validator
				continue
			}
			if call, ok := ast.Unparen(r).(*ast.CallExpr); ok && !h.frameworkAnswer(call) && h.handsRequest(call) {
				// return h.passwordGrant(c): the request served by another
				// handler, whose error is its answer's.
				return stmtActs
			}
			if call, ok := ast.Unparen(r).(*ast.CallExpr); ok && h.frameworkAnswer(call) {
				// return c.JSON(200, tok): the error is the write's; the
				// status says what the answer is.
				if h.answersError(call) {
					refusal = true
					continue
				}
				return stmtActs
			}
			if call, ok := ast.Unparen(r).(*ast.CallExpr); ok && !h.makesError(call) {
				return stmtActs
			}
			if implementsError(h.m.info.TypeOf(r)) && !h.m.info.Types[r].IsNil() {
				refusal = true // an error, or a concrete error type (*Problem)
			}
		}
		if refusal {
			return stmtRefuses
		}
		return stmtActs
	case *ast.ExprStmt:
		call, ok := ast.Unparen(x.X).(*ast.CallExpr)
		if !ok {
			return stmtActs
		}
		if fn, _ := typeutil.Callee(h.m.info, call).(*types.Func); fn != nil && fn.Pkg() != nil {
			switch fn.Pkg().Path() {
			case "log", "log/slog", "fmt":
				if !strings.HasPrefix(fn.Name(), "Fprint") {
					return stmtNeutral
				}
			}
			if funcName(fn) == "net/http.Error" {
				return stmtRefuses
			}
		}
		for _, a := range call.Args {
			if h.errorStatus(a) {
				return stmtRefuses
			}
		}
		return stmtActs
	case *ast.AssignStmt:
		for _, l := range x.Lhs {
			if !isErrorType(h.m.info.TypeOf(l)) {
				return stmtActs
			}
		}
		for _, r := range x.Rhs {
			if call, ok := ast.Unparen(r).(*ast.CallExpr); ok && !h.makesError(call) {
				return stmtActs
			}
		}
		return stmtRefuses
	}
	return stmtActs
}

// frameworkAnswer reports whether call is a web framework's method on
// the request context that writes the answer (c.JSON(status, v),
// c.String, c.Redirect, c.NoContent), whose error result says only
// whether writing failed.
func (h *handBuilt) frameworkAnswer(call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(h.m.info, call).(*types.Func)
	if !ok || fn.Signature().Recv() == nil {
		return false
	}
	n := namedOf(fn.Signature().Recv().Type())
	return n != nil && n.Obj().Pkg() != nil && webFramework(n.Obj().Pkg().Path()) != ""
}

// handsRequest reports whether call is given the request being served:
// a web framework's context, or an http.ResponseWriter.
func (h *handBuilt) handsRequest(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if h.m.answerType(h.m.info.TypeOf(a)) {
			return true
		}
	}
	return false
}

// answersError reports whether a framework's answer, or a call it is
// chained on (c.Status(400).JSON(…)), is given an HTTP error status.
func (h *handBuilt) answersError(call *ast.CallExpr) bool {
	for range maxDepth {
		if slices.ContainsFunc(call.Args, h.errorStatus) {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		if call, ok = ast.Unparen(sel.X).(*ast.CallExpr); !ok {
			return false
		}
	}
	return false
}

// errorStatus reports whether e is a constant HTTP error status.
func (h *handBuilt) errorStatus(e ast.Expr) bool {
	tv, ok := h.m.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return false
	}
	n, ok := constant.Int64Val(tv.Value)
	return ok && n >= 400 && n < 600
}

// isFalse reports whether e is the constant false.
func (h *handBuilt) isFalse(e ast.Expr) bool {
	tv, ok := h.m.info.Types[e]
	return ok && isFalseValue(tv)
}

// makesError reports whether a call only makes an error value:
// errors.New, fmt.Errorf, a function whose one result is an error.
func (h *handBuilt) makesError(call *ast.CallExpr) bool {
	sig, ok := h.m.info.TypeOf(call.Fun).(*types.Signature)
	return ok && sig.Results().Len() == 1 && implementsError(sig.Results().At(0).Type())
}

func isErrorType(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}

// implementsError reports whether t is error or a concrete type with
// its Error method (an API's *Problem).
func implementsError(t types.Type) bool {
	if t == nil || isErrorType(t) {
		return t != nil
	}
	if _, isIface := t.Underlying().(*types.Interface); isIface {
		return false
	}
	return types.Implements(t, types.Universe.Lookup("error").Type().Underlying().(*types.Interface))
}

// mentionsError reports whether a branch's own statements (not those
// nested in its ifs and loops: a failed credential check) name an OAuth
// error code.
func (h *handBuilt) mentionsError(body []ast.Stmt) bool {
	found := false
	for _, s := range body {
		switch s.(type) {
		case *ast.ExprStmt, *ast.ReturnStmt, *ast.AssignStmt:
		default:
			continue
		}
		ast.Inspect(s, func(n ast.Node) bool {
			if found {
				return false
			}
			e, ok := n.(ast.Expr)
			if !ok {
				return true
			}
			s, ok := h.m.constStr(e)
			if id, isID := e.(*ast.Ident); !ok && isID {
				// var ErrUnsupportedGrantType ErrorCode = "unsupported_grant_type"
				if v, isVar := h.m.info.Uses[id].(*types.Var); isVar && v.Pkg() == h.m.pass.Pkg && v.Parent() == v.Pkg().Scope() {
					s = h.m.str(id, nil)
					ok = value.Known(s)
				}
			}
			if ok {
				for _, code := range knowledge.HandBuilt.Errors {
					if strings.Contains(s, code) {
						found = true
					}
				}
				return false
			}
			return true
		})
	}
	return found
}

// constStr is constString with an ok result.
func (m *model) constStr(e ast.Expr) (string, bool) {
	s := m.constString(e)
	return s, s != "\x00"
}

// servesRequests reports whether some function of the package (outside
// tests) takes a served request: an *http.Request or a web framework's
// request context.
func (m *model) servesRequests() bool {
	for id, obj := range m.info.Defs {
		v, ok := obj.(*types.Var)
		if ok && v.Kind() == types.ParamVar && servedRequest(v.Type()) && !m.inTestFile(id.Pos()) {
			return true
		}
	}
	return false
}

// sendsRequests reports whether the package sends HTTP requests or uses
// an OAuth client library: a client's package, whose request structs
// carry the parameters out rather than in.
func (m *model) sendsRequests() bool {
	for _, imp := range m.pass.Pkg.Imports() {
		if isOAuth2Path(imp.Path()) || isOIDCPath(imp.Path()) {
			return true
		}
	}
	for _, obj := range m.info.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "net/http" {
			continue
		}
		switch funcName(fn) {
		case "net/http.NewRequest", "net/http.NewRequestWithContext", "net/http.Get", "net/http.Post", "net/http.PostForm",
			"(*net/http.Client).Do", "(*net/http.Client).Get", "(*net/http.Client).Post", "(*net/http.Client).PostForm":
			return true
		}
	}
	return false
}

// forwards reports whether the package proxies the requests it serves
// (net/http/httputil), or sends one whose arguments carry the served
// request's form, query or body whole (http.PostForm(upstream,
// r.PostForm)): what it does not read, an upstream may check. A request
// of its own (a CAS ticket check, a webhook) forwards nothing.
func (m *model) forwards() bool {
	for _, imp := range m.pass.Pkg.Imports() {
		if imp.Path() == "net/http/httputil" {
			return true
		}
	}
	if m.forwardMemo != 0 {
		return m.forwardMemo > 0
	}
	m.forwardMemo = -1
	for c := range m.in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "net/http" || m.inTest(call) {
			continue
		}
		switch funcName(fn) {
		case "net/http.NewRequest", "net/http.NewRequestWithContext", "net/http.Get", "net/http.Post", "net/http.PostForm",
			"(*net/http.Client).Get", "(*net/http.Client).Post", "(*net/http.Client).PostForm":
			for _, a := range call.Args {
				if m.carriesServed(a, 0) {
					m.forwardMemo = 1
					return true
				}
			}
		}
	}
	return false
}

// carriesServed reports whether e holds the served request's form, query
// or body whole: r.Form, r.PostForm, r.Body, r.URL.RawQuery, r.URL.Query()
// of an *http.Request, a web framework's c.Request().Body, in e or in the
// values of a local variable e reads.
func (m *model) carriesServed(e ast.Expr, depth int) bool {
	if depth > maxDepth {
		return false
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.SelectorExpr:
			switch x.Sel.Name {
			case "Form", "PostForm", "Body", "RawQuery":
				t := m.info.TypeOf(x.X)
				if isNamed(t, "net/http", "Request") || isNamed(t, "net/url", "URL") && x.Sel.Name == "RawQuery" && m.isServedURL(x.X) {
					found = true
				}
			}
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Query" && len(x.Args) == 0 && m.isServedURL(sel.X) {
				found = true
			}
		case *ast.Ident:
			if v := m.localVar(x); v != nil {
				for _, d := range m.defs[v] {
					if d.rhs != nil && d.tuple < 0 && m.carriesServed(d.rhs, depth+1) {
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}

// isServedURL reports whether e is the URL of an *http.Request (r.URL).
func (m *model) isServedURL(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "URL" && isNamed(m.info.TypeOf(sel.X), "net/http", "Request")
}

// handBuiltExempt reports packages whose hand-written endpoints are test
// doubles: mocks, fakes and test servers, which accept what the tests
// send on purpose.
func handBuiltExempt(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if imp.Path() == "testing" {
			return true // a test helper: only tests can use what takes a *testing.T
		}
	}
	for _, elem := range strings.Split(trimVendor(pkg.Path()), "/") {
		switch e := strings.ToLower(elem); {
		case e == "test" || e == "tests" || e == "testing" || e == "e2e" || e == "testdata":
			return true
		case strings.HasPrefix(e, "mock") || strings.HasPrefix(e, "fake") || strings.HasPrefix(e, "testutil") || strings.HasPrefix(e, "testhelper") || strings.HasPrefix(e, "testserver"):
			return true
		case strings.HasSuffix(e, "test") || strings.HasSuffix(e, "mock") || strings.HasSuffix(e, "fake"):
			return true
		}
		// golang-mock-oauth2-server, fake_idp_v2: a word of the element.
		for _, w := range strings.FieldsFunc(strings.ToLower(elem), func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
			switch w {
			case "mock", "mocks", "fake", "fakes":
				return true
			}
		}
	}
	name := strings.ToLower(pkg.Name())
	return strings.Contains(name, "mock") || strings.Contains(name, "fake") || strings.HasSuffix(name, "test")
}

// funcNameNode is what a server record points at for a function: its
// name, or a literal's func keyword.
func funcNameNode(fn ast.Node) ast.Node {
	switch f := fn.(type) {
	case *ast.FuncDecl:
		return f.Name
	case *ast.FuncLit:
		return f.Type
	}
	return fn
}

func funcLabel(fn ast.Node) string {
	if fd, ok := fn.(*ast.FuncDecl); ok {
		return fd.Name.Name
	}
	return "a function literal"
}

// dispatchRead is the collect phase's filter: a literal at cur that may
// read a parameter hand-built endpoints dispatch on: its name as the
// first argument of a method returning a string (r.FormValue("grant_type"),
// c.Query), as a map index (params["grant_type"]), as a constant declared
// for such reads, or a struct tag naming it. A body a client builds
// ("grant_type=password&…", q.Set("grant_type", …)) reads nothing.
func (m *model) dispatchRead(cur inspector.Cursor, lit *ast.BasicLit) bool {
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		return false
	}
	return m.readsAt(cur, lit, s)
}

// dispatchIdent is dispatchRead for a name: a constant of another
// package naming the parameter (r.FormValue(constants.GrantType)), or a
// field of another package's type whose tag names it (req.GrantType).
func (m *model) dispatchIdent(cur inspector.Cursor, id *ast.Ident) bool {
	switch obj := m.info.Uses[id].(type) {
	case *types.Const:
		if obj.Pkg() == m.pass.Pkg || obj.Val().Kind() != constant.String || knowledge.HandBuilt.Param(constant.StringVal(obj.Val())) == nil {
			return false
		}
		var e ast.Expr = id
		if sel, ok := cur.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == id {
			cur, e = cur.Parent(), sel
		}
		return m.readsAt(cur, e, constant.StringVal(obj.Val()))
	case *types.Var:
		if !obj.IsField() || obj.Pkg() == m.pass.Pkg {
			return false
		}
		sel, ok := cur.Parent().Node().(*ast.SelectorExpr)
		if !ok || sel.Sel != id {
			return false
		}
		if s := m.info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
			return tagParam(fieldTag(s)) != ""
		}
	}
	return false
}

// tokenClaims reports whether t is a token's claims set rather than a
// request: a struct that embeds a JWT or JOSE library's type
// (jwt.RegisteredClaims). A grant_type field there records how the token
// was issued.
func tokenClaims(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	if st, ok := n.Underlying().(*types.Struct); ok {
		for i := range st.NumFields() {
			if f := st.Field(i); f.Embedded() && f.Pkg() != nil && namedOf(f.Type()) != nil && jwtPackage(namedOf(f.Type()).Obj().Pkg()) {
				return true
			}
		}
	}
	return false
}

// parsedClaims reports whether e is (a field path of) a local variable
// that the function declaring it hands to a JWT or JOSE library
// (jwt.ParseWithClaims(raw, &claims, keyFunc), tok.Claims(key, &c)):
// the claims of a token being verified.
// loadedRecord reports whether e is a local variable set once by a call
// that is handed nothing of the request being served (p :=
// loadTenant(id), id a string): a record the program loads, its settings
// or a stored client, whose tagged grant_type is its own configuration,
// not a parameter of the request. A decoder or binder is handed the
// request or its body; a variable decoded into (&p) has no such call.
func (m *model) loadedRecord(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v := m.varOf(id)
	if v == nil || v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() || m.addrTaken[v] {
		return false
	}
	d, ok := m.singleDef(v)
	if !ok || d.rhs == nil || d.tuple > 0 {
		return false
	}
	call, ok := ast.Unparen(d.rhs).(*ast.CallExpr)
	if !ok {
		return false
	}
	if _, ok := typeutil.Callee(m.info, call).(*types.Func); !ok {
		return false
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && m.mayHandRequest(sel.X) {
		return false // c.Bind(), r.Context()…
	}
	for _, a := range call.Args {
		if m.mayHandRequest(a) {
			return false
		}
	}
	return true
}

// mayHandRequest reports whether e's type can hand the request on: the
// request, its URL or values, a framework context, a reader (the body),
// bytes or a context.Context (middleware values).
func (m *model) mayHandRequest(e ast.Expr) bool {
	t := m.info.TypeOf(e)
	if t == nil {
		return true
	}
	if m.isRequestType(t) || isByteSlice(t) || isNamed(t, "context", "Context") {
		return true
	}
	if _, isIface := t.Underlying().(*types.Interface); isIface {
		return true // an io.Reader, an any: may be the body
	}
	return false
}

func (m *model) parsedClaims(e ast.Expr) bool {
	v := m.rootVar(e, false)
	if v == nil || v.Pkg() != m.pass.Pkg || v.Parent() == nil || v.Parent() == v.Pkg().Scope() || v.IsField() {
		return false
	}
	cur, ok := m.in.Root().FindByPos(v.Pos(), v.Pos())
	if !ok {
		return false
	}
	fcur, ok := enclosingFuncCursor(cur)
	if !ok {
		return false
	}
	found := false
	for c := range fcur.Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || fn.Pkg() == nil {
			continue
		}
		if !jwtPackage(fn.Pkg()) {
			continue
		}
		for _, a := range call.Args {
			if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
				a = u.X
			}
			if id, ok := ast.Unparen(a).(*ast.Ident); ok && m.info.Uses[id] == v {
				found = true
			}
		}
		if found {
			break
		}
	}
	return found
}

// jwtPackage reports whether pkg is a JWT or JOSE library's
// (knowledge.JWTLibraries).
func jwtPackage(pkg *types.Package) bool {
	return pkg != nil && knowledge.IsJWTPath(trimVendor(pkg.Path()))
}

// tagParam is the dispatch parameter a struct tag names, "" if none.
func tagParam(tag string) string {
	return tagNamed(tag, func(name string) bool { return knowledge.HandBuilt.Param(name) != nil })
}

// readsAt reports whether e, at cur, with the value s, may read a
// dispatch parameter (see dispatchRead).
func (m *model) readsAt(cur inspector.Cursor, e ast.Expr, s string) bool {
	switch p := cur.Parent().Node().(type) {
	case *ast.Field:
		return p.Tag == e && tagParam(s) != ""
	case *ast.IndexExpr:
		return p.Index == e && knowledge.HandBuilt.Param(s) != nil
	case *ast.ValueSpec:
		return knowledge.HandBuilt.Param(s) != nil
	case *ast.CallExpr:
		if len(p.Args) == 0 || p.Args[0] != e || knowledge.HandBuilt.Param(s) == nil {
			return false
		}
		f, _ := typeutil.Callee(m.info, p).(*types.Func)
		return f != nil && stringMethod(f)
	}
	return false
}

// PKCEFact marks a package whose code names the code_verifier (a string
// constant, a struct tag): a hand-built token endpoint is judged to
// support no PKCE only when neither its package nor any package of its
// module that it imports, directly or not, has one (serverReads).
type PKCEFact struct{}

func (*PKCEFact) AFact()         {}
func (*PKCEFact) String() string { return "readsVerifier" }

// serverReads reports whether the server's code reads the request
// parameter name: this package names it, or a package of its module that
// it imports, directly or not, does (PKCEFact; only code_verifier is
// recorded so).
func (m *model) serverReads(name string) bool {
	if name != paramCodeVerifier {
		return true // unknown: as read
	}
	if m.readsVerifier {
		return true
	}
	return m.moduleImportReads(m.pass.Pkg, make(map[*types.Package]bool))
}

// moduleImportReads reports whether a package of the module that pkg
// imports, directly or not, has a PKCEFact.
func (m *model) moduleImportReads(pkg *types.Package, seen map[*types.Package]bool) bool {
	mod := ""
	if m.pass.Module != nil {
		mod = m.pass.Module.Path
	}
	for _, imp := range pkg.Imports() {
		if seen[imp] {
			continue
		}
		seen[imp] = true
		if m.pass.ImportPackageFact(imp, new(PKCEFact)) {
			return true
		}
		if mod != "" && inModule(imp.Path(), mod) && m.moduleImportReads(imp, seen) {
			return true
		}
	}
	return false
}

// exportPKCEFact marks the package when it names the code_verifier.
func (m *model) exportPKCEFact() {
	if m.readsVerifier {
		m.pass.ExportPackageFact(&PKCEFact{})
	}
}

// deadAt reports whether the acceptance a lies in an unexported function
// or method of the package that nothing refers to: no call, no method
// value, and no interface method of that name the package calls.
func (h *handBuilt) deadAt(a *acceptance) bool {
	fd, ok := enclosingFunc(a.cur).(*ast.FuncDecl)
	if !ok {
		return false
	}
	if d, ok := h.dead[fd]; ok {
		return d
	}
	if h.dead == nil {
		h.dead = make(map[*ast.FuncDecl]bool)
	}
	d := h.neverCalled(fd)
	h.dead[fd] = d
	return d
}

// neverCalled is deadAt for the function fd.
func (h *handBuilt) neverCalled(fd *ast.FuncDecl) bool {
	fn, ok := h.m.info.Defs[fd.Name].(*types.Func)
	if !ok || fn.Exported() || len(h.m.refs().uses[fn.Origin()]) > 0 {
		return false
	}
	if fd.Recv != nil {
		for _, obj := range h.m.info.Uses {
			if f, ok := obj.(*types.Func); ok && f.Name() == fn.Name() && isInterfaceMethod(f) {
				return false // maybe called through an interface
			}
		}
	}
	return true
}
