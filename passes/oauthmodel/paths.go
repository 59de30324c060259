package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// Every path is a request. A request built differently on two paths
//
//	if implicit {
//		q.Set("response_type", "id_token token")
//	} else {
//		q.Set("response_type", "code")
//		q.Set("code_challenge", oauth2.S256ChallengeFromVerifier(v))
//	}
//
// is two requests, each judged on its own. The assignments and mutations
// that build a request (its events) are followed over the control-flow
// graph of the function (golang.org/x/tools/go/cfg) from its entry to the
// point where the request is sent; each distinct set of events executed on
// the way is one path's request. The graph is built only for functions
// whose requests have an event under a condition, and conditions whose
// value is a constant prune the path they rule out.

const (
	maxEvents    = 64   // events of one request tracked over paths
	maxPathSteps = 4096 // blocks visited per request
	maxPaths     = 16   // distinct paths kept per request
)

// pathState is the events one path executes before the send point, and
// the conditions that choose it.
type pathState struct {
	active map[ast.Node]bool
	conds  []pathCond
}

// pathCond is one branch taken: cond was true (taken) or false.
type pathCond struct {
	expr  ast.Expr
	taken bool
	tag   ast.Expr // the switch tag, for a case expression
	fixed bool     // a constant condition: the other way cannot run
}

// paths returns the distinct paths from the entry of the function around
// point to point, by the events each executes, or nil when the events are
// not conditional there, lie in other functions, or are too many.
func (m *model) paths(points []inspector.Cursor, events []ast.Node) []pathState {
	if len(events) == 0 || len(events) > maxEvents || len(points) == 0 || !points[0].Valid() {
		return nil
	}
	point := points[0]
	var fnCur inspector.Cursor
	for c := range point.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fnCur = c
		break
	}
	if !fnCur.Valid() {
		return nil
	}
	var body *ast.BlockStmt
	switch f := fnCur.Node().(type) {
	case *ast.FuncDecl:
		body = f.Body
	case *ast.FuncLit:
		body = f.Body
	}
	if body == nil {
		return nil
	}
	// Events must be this function's own statements (not a closure's),
	// and at least one must sit under a condition.
	conditional := false
	for _, ev := range events {
		if !within(ev, body) {
			return nil
		}
		ec, ok := fnCur.FindNode(ev)
		if !ok {
			return nil
		}
		for c := range ec.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil), (*ast.IfStmt)(nil), (*ast.SwitchStmt)(nil), (*ast.TypeSwitchStmt)(nil), (*ast.SelectStmt)(nil), (*ast.ForStmt)(nil), (*ast.RangeStmt)(nil)) {
			if c == fnCur {
				break
			}
			switch c.Node().(type) {
			case *ast.FuncLit, *ast.FuncDecl:
				return nil // a closure's statement
			case *ast.IfStmt, *ast.SwitchStmt:
				conditional = true
			default:
				return nil // loops and selects: as today, every event counts
			}
		}
	}
	if !conditional {
		return nil
	}
	nodes := make([]ast.Node, 0, len(points))
	for _, p := range points {
		if !p.Valid() || !within(p.Node(), body) {
			return nil // sent from another function too
		}
		nodes = append(nodes, p.Node())
	}
	g := cfg.New(body, m.mayReturn)
	return m.walkPaths(g, fnCur, nodes, events)
}

// mayReturn tells the graph which calls never return.
func (m *model) mayReturn(call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(m.info, call).(type) {
	case *types.Builtin:
		return fn.Name() != "panic"
	case *types.Func:
		switch m.funcName(fn) {
		case "os.Exit", "log.Fatal", "log.Fatalf", "log.Fatalln", "log.Panic", "log.Panicf", "log.Panicln":
			return false
		}
	}
	return true
}

func (m *model) walkPaths(g *cfg.CFG, fnCur inspector.Cursor, points []ast.Node, events []ast.Node) []pathState {
	if len(g.Blocks) == 0 {
		return nil
	}
	// Which events each block node holds.
	inNode := make(map[ast.Node][]int)
	for _, b := range g.Blocks {
		for _, n := range b.Nodes {
			for i, ev := range events {
				if n.Pos() <= ev.Pos() && ev.End() <= n.End() {
					inNode[n] = append(inNode[n], i)
				}
			}
		}
	}
	// The branch statements that hold an event: their conditions name a
	// path; others (if err != nil) do not.
	relevant := func(e ast.Expr) (bool, ast.Expr) {
		c, ok := fnCur.FindNode(e)
		if !ok {
			return false, nil
		}
		for s := range c.Enclosing((*ast.IfStmt)(nil), (*ast.SwitchStmt)(nil)) {
			var tag ast.Expr
			if sw, ok := s.Node().(*ast.SwitchStmt); ok {
				tag = sw.Tag
			}
			for _, ev := range events {
				if within(ev, s.Node()) {
					return true, tag
				}
			}
			return false, nil
		}
		return false, nil
	}
	type key struct {
		block int32
		mask  uint64
	}
	visited := make(map[key]bool)
	found := make(map[uint64]*pathState)
	var order []uint64
	steps := 0
	overflow, pruned := false, false
	var walk func(b *cfg.Block, mask uint64, conds []pathCond)
	walk = func(b *cfg.Block, mask uint64, conds []pathCond) {
		if overflow {
			return
		}
		k := key{b.Index, mask}
		if visited[k] {
			return
		}
		visited[k] = true
		if steps++; steps > maxPathSteps {
			overflow = true
			return
		}
		for _, n := range b.Nodes {
			for _, point := range points {
				if !within(point, n) {
					continue
				}
				at := mask
				for _, i := range inNode[n] {
					if events[i].Pos() < point.Pos() {
						at |= 1 << i
					}
				}
				if _, ok := found[at]; !ok {
					if len(found) == maxPaths {
						overflow = true
						return
					}
					found[at] = &pathState{conds: append([]pathCond(nil), conds...)}
					order = append(order, at)
				}
			}
			for _, i := range inNode[n] {
				mask |= 1 << i
			}
		}
		if len(b.Succs) == 2 && len(b.Nodes) > 0 {
			if e, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr); ok {
				if tv, ok := m.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
					// A constant condition: only one way is possible.
					pruned = true
					taken := constant.BoolVal(tv.Value)
					if rel, _ := relevant(e); rel {
						conds = append(conds[:len(conds):len(conds)], pathCond{expr: e, taken: taken, fixed: true})
					}
					if taken {
						walk(b.Succs[0], mask, conds)
					} else {
						walk(b.Succs[1], mask, conds)
					}
					return
				}
				if m.emptyGuard(fnCur, e, events) {
					// if x != "" { q.Set("state", x) }: an empty x
					// sent or left out is the same request.
					walk(b.Succs[0], mask, conds)
					return
				}
				rel, tag := relevant(e)
				for i, s := range b.Succs {
					c := conds
					if rel && (tag == nil || i == 0) {
						c = append(conds[:len(conds):len(conds)], pathCond{expr: e, taken: i == 0, tag: tag})
					}
					walk(s, mask, c)
				}
				return
			}
		}
		for _, s := range b.Succs {
			walk(s, mask, conds)
		}
	}
	walk(g.Blocks[0], 0, nil)
	if overflow || len(found) == 0 || (len(found) == 1 && !pruned) {
		return nil
	}
	out := make([]pathState, 0, len(order))
	for _, mask := range order {
		ps := found[mask]
		ps.active = make(map[ast.Node]bool)
		for i, ev := range events {
			if mask&(1<<i) != 0 {
				ps.active[ev] = true
			}
		}
		out = append(out, *ps)
	}
	return out
}

// withPath evaluates f with only the events of one path in effect.
func (m *model) withPath(events []ast.Node, ps *pathState, f func()) {
	m.tracked = make(map[ast.Node]bool, len(events))
	for _, ev := range events {
		m.tracked[ev] = true
	}
	m.active = ps.active
	defer func() { m.tracked, m.active = nil, nil }()
	f()
}

// inactive reports whether n is an event that the path being evaluated
// does not execute.
func (m *model) inactive(n ast.Node) bool {
	return m.active != nil && m.tracked[n] && !m.active[n]
}

// describe names the conditions that choose a path: "when implicit is
// false", "when mode is \"device\"".
func describe(conds []pathCond) string {
	var parts []string
	for _, c := range conds {
		parts = append(parts, describeCond(c))
	}
	if len(parts) == 0 {
		return ""
	}
	return "when " + strings.Join(parts, " and ")
}

func describeCond(c pathCond) string {
	if c.tag != nil {
		return types.ExprString(c.tag) + " is " + types.ExprString(c.expr)
	}
	e := ast.Unparen(c.expr)
	taken := c.taken
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		e, taken = ast.Unparen(u.X), !taken
	}
	if b, ok := e.(*ast.BinaryExpr); ok && !taken {
		switch b.Op {
		case token.EQL:
			return types.ExprString(b.X) + " != " + types.ExprString(b.Y)
		case token.NEQ:
			return types.ExprString(b.X) + " == " + types.ExprString(b.Y)
		}
	}
	switch e.(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr:
		if taken {
			return types.ExprString(e) + " is true"
		}
		return types.ExprString(e) + " is false"
	}
	if taken {
		return types.ExprString(e)
	}
	return "not (" + types.ExprString(e) + ")"
}

// callerDecided reports whether every condition of a path is a boolean
// parameter of the function (or its negation): the caller chooses the
// path, so a path without PKCE is one a caller can take. A condition on
// configuration, the environment or a computed value may never be false
// in practice: what such a path sends is not known.
func (m *model) callerDecided(fn ast.Node, conds []pathCond) bool {
	ft := funcTypeOf(fn)
	if ft == nil {
		return false
	}
	for _, c := range conds {
		if c.fixed {
			continue // a constant of the program
		}
		if c.tag != nil {
			return false
		}
		e := ast.Unparen(c.expr)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.NOT {
			e = ast.Unparen(u.X)
		}
		id, ok := e.(*ast.Ident)
		if !ok {
			return false
		}
		v, ok := m.info.Uses[id].(*types.Var)
		if !ok || len(m.defs[v]) > 0 || !isParamOf(v, ft, m.info) {
			return false
		}
	}
	return true
}

func isParamOf(v *types.Var, ft *ast.FuncType, info *types.Info) bool {
	for _, f := range ft.Params.List {
		for _, n := range f.Names {
			if info.Defs[n] == v {
				return true
			}
		}
	}
	return false
}

// sortNodes orders nodes by position (events in source order).
func sortNodes(ns []ast.Node) {
	sort.Slice(ns, func(i, j int) bool { return ns[i].Pos() < ns[j].Pos() })
}

// containerEvents are the statements that build a container variable on
// some path: its assignments, its mutations, and the assignments of the
// local variables its values are read from (rt := "code"; if … { rt = … }).
func (m *model) containerEvents(c *container) []ast.Node {
	v := c.key.v
	if v == nil || m.addrTaken[v] {
		return nil
	}
	var events []ast.Node
	seen := make(map[ast.Node]bool)
	add := func(n ast.Node) {
		if n != nil && !seen[n] {
			seen[n] = true
			events = append(events, n)
		}
	}
	for _, d := range m.defs[v] {
		add(d.cur.Node())
	}
	for _, mu := range c.mutations {
		if mu.add && mu.key != nil && !value.Known(m.str(mu.key, nil)) {
			// Adds an unknown key on whatever path (q.Add(k, v) over
			// the user's extra parameters): the same on every path,
			// so not an event, and a loop around it chooses nothing.
			continue
		}
		add(mu.node)
		if x := m.localVar(mu.val); x != nil && !m.addrTaken[x] && len(m.defs[x]) > 1 {
			for _, d := range m.defs[x] {
				add(d.cur.Node())
			}
		}
	}
	sortNodes(events)
	return events
}

// splitContainer makes one request per path of a container built
// differently on different paths, and reports whether it did. A token
// request is split only by the grant each path sends (grantpaths.go).
func (m *model) splitContainer(c *container, points []inspector.Cursor, encoded bool, route Route, at inspector.Cursor, flows []inspector.Cursor, base Param) bool {
	if len(points) == 0 || c.kind == structContainer {
		return false
	}
	events := m.containerEvents(c)
	states := m.paths(points, events)
	if states == nil {
		return false
	}
	reset := func() {
		c.built, c.params, c.s256, c.constant = false, value.Params{}, false, nil
	}
	defer func() {
		reset()
		m.containerParams(c) // back to every path's parameters
	}()
	params := func() value.Params {
		reset()
		p := m.containerParams(c)
		if encoded {
			var merged value.Params
			merged.Merge(p)
			if e, ok := points[0].Node().(ast.Expr); ok {
				if q, ok := value.ParseRequest(m.str(e, nil)); ok {
					merged.Merge(q)
				}
			}
			p = merged
		}
		return p
	}
	nodeOf := func(key string) ast.Node {
		if n, ok := c.nodes[key]; ok {
			return n
		}
		return nil
	}
	emit := func() int {
		p := params()
		n := len(m.result.TokenRequests)
		m.paramRequest(p, nodeOf, func(key string) ast.Expr { return c.exprs[key] }, route, at, flows, c.s256, c.constant, base)
		return n
	}
	if m.splitGrants(events, states, params, emit) {
		return true // one token request per grant (grantpaths.go)
	}
	groups := m.groupPaths(events, states, func() (string, bool) {
		p := params()
		_, pres, _ := p.Lookup(paramGrantType)
		return requestSignature(p), pres != value.Present // an open set may hold any key: not a grant_type it names
	})
	if groups == nil {
		return false
	}
	for _, g := range groups {
		m.withPath(events, g.state, func() {
			p := params()
			n := len(m.result.AuthRequests)
			m.paramRequest(p, nodeOf, func(key string) ast.Expr { return c.exprs[key] }, route, at, flows, c.s256, c.constant, base)
			for _, r := range m.result.AuthRequests[n:] {
				m.onPath(r, g.conds)
			}
		})
	}
	return true
}

// onPath records the path a request is built on. A path without a
// challenge is one a client can take only if the caller chooses it (a
// boolean parameter): a path chosen by configuration or the environment
// may never run, and what it sends is not known.
func (m *model) onPath(r *AuthRequest, conds [][]pathCond) {
	if len(conds) == 1 {
		r.Path = describe(conds[0])
	}
	if r.Challenge.Presence != value.Absent {
		return
	}
	for _, cs := range conds {
		if m.callerDecided(r.Func, cs) {
			r.Path = describe(cs)
			return
		}
	}
	r.Challenge.Presence = value.Unknown
	r.ChallengeMethod.Presence = value.Unknown
}

// requestSignature is what tells two paths' requests apart for the rules.
func requestSignature(p value.Params) string {
	var b strings.Builder
	for _, k := range []string{paramResponseType, paramCodeChallenge, paramChallengeMethod, paramCodeVerifier, paramRedirectURI, paramClientID, paramGrantType} {
		v, pres, _ := p.Lookup(k)
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(pres.String())
		b.WriteByte(':')
		b.WriteString(v)
		b.WriteByte(';')
	}
	if p.Open {
		b.WriteString("open")
	}
	return b.String()
}

// pathGroup is the paths that send one same request.
type pathGroup struct {
	state *pathState   // one of them, to evaluate the request with
	conds [][]pathCond // the conditions of each
}

// groupPaths groups the paths by the request each sends (sig, evaluated
// with the path's events in effect). It returns nil when the paths do
// not differ, or when sig says a path's request is not to be split.
func (m *model) groupPaths(events []ast.Node, states []pathState, sig func() (string, bool)) []*pathGroup {
	var groups []*pathGroup
	bySig := make(map[string]*pathGroup)
	for i := range states {
		st := &states[i]
		var key string
		ok := true
		m.withPath(events, st, func() { key, ok = sig() })
		if !ok {
			return nil
		}
		g := bySig[key]
		if g == nil {
			g = &pathGroup{state: st}
			bySig[key] = g
			groups = append(groups, g)
		}
		g.conds = append(g.conds, st.conds)
	}
	if len(groups) < 2 && !anyFixed(states) {
		return nil
	}
	return groups
}

// anyFixed reports whether a constant condition ruled a path out.
func anyFixed(states []pathState) bool {
	for _, st := range states {
		for _, c := range st.conds {
			if c.fixed {
				return true
			}
		}
	}
	return false
}

// authCodeURLPaths makes one request per path of an option list built
// differently on different paths (opts = append(opts,
// oauth2.S256ChallengeOption(v)) on one of them) and spread into
// AuthCodeURL(state, opts...), and reports whether it did.
func (m *model) authCodeURLPaths(cur inspector.Cursor, call *ast.CallExpr) bool {
	if !call.Ellipsis.IsValid() || len(call.Args) != 2 {
		return false
	}
	v := m.localVar(call.Args[1])
	if v == nil || m.addrTaken[v] || len(m.defs[v]) < 2 {
		return false
	}
	var events []ast.Node
	for _, d := range m.defs[v] {
		events = append(events, d.cur.Node())
	}
	states := m.paths([]inspector.Cursor{cur}, events)
	if states == nil {
		return false
	}
	groups := m.groupPaths(events, states, func() (string, bool) {
		return requestSignature(m.authOptions(call.Args[1:], true).params), true
	})
	if groups == nil {
		return false
	}
	for _, g := range groups {
		m.withPath(events, g.state, func() {
			r := m.authCodeURL(cur, call)
			r.Options = nil // no single list to extend
			m.onPath(r, g.conds)
		})
	}
	return true
}

// emptyGuard reports whether cond is the condition of an if statement
// without else, "x != \"\"" (or len(x) > 0, len(x) != 0), whose body's
// events all put x itself into the request: leaving an empty x out is
// sending it empty, so the condition chooses no other request; whether x
// is empty is its origin's business (the caller's state, say).
func (m *model) emptyGuard(fnCur inspector.Cursor, cond ast.Expr, events []ast.Node) bool {
	c, ok := fnCur.FindNode(cond)
	if !ok {
		return false
	}
	ifs, ok := c.Parent().Node().(*ast.IfStmt)
	if !ok || ifs.Cond != cond || ifs.Else != nil || ifs.Init != nil {
		return false
	}
	x := m.nonEmptyTest(cond)
	if x == nil {
		return false
	}
	any := false
	for _, ev := range events {
		if !within(ev, ifs.Body) {
			continue
		}
		if !m.mentions(ev, x) {
			return false
		}
		any = true
	}
	return any
}

// nonEmptyTest returns x when cond is x != "", "" != x, len(x) > 0 or
// len(x) != 0 for a string variable or field x.
func (m *model) nonEmptyTest(cond ast.Expr) ast.Expr {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return nil
	}
	isLen := func(e ast.Expr) ast.Expr {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return nil
		}
		if bi, ok := typeutil.Callee(m.info, call).(*types.Builtin); ok && bi.Name() == "len" && m.isString(call.Args[0]) {
			return call.Args[0]
		}
		return nil
	}
	constIs := func(e ast.Expr, kind constant.Kind, test func(constant.Value) bool) bool {
		tv, ok := m.info.Types[e]
		return ok && tv.Value != nil && tv.Value.Kind() == kind && test(tv.Value)
	}
	emptyStr := func(e ast.Expr) bool {
		return constIs(e, constant.String, func(v constant.Value) bool { return constant.StringVal(v) == "" })
	}
	zero := func(e ast.Expr) bool {
		return constIs(e, constant.Int, func(v constant.Value) bool { return constant.Sign(v) == 0 })
	}
	var x ast.Expr
	switch {
	case b.Op == token.NEQ && emptyStr(b.Y):
		x = b.X
	case b.Op == token.NEQ && emptyStr(b.X):
		x = b.Y
	case (b.Op == token.GTR || b.Op == token.NEQ) && zero(b.Y):
		x = isLen(b.X)
	}
	if x == nil || !m.isString(x) {
		return nil
	}
	switch ast.Unparen(x).(type) {
	case *ast.Ident, *ast.SelectorExpr:
		return ast.Unparen(x)
	}
	return nil
}

// mentions reports whether n reads the variable or field x denotes.
func (m *model) mentions(n ast.Node, x ast.Expr) bool {
	want := m.objectOf(x)
	if want == nil {
		return false
	}
	text := types.ExprString(x)
	found := false
	ast.Inspect(n, func(y ast.Node) bool {
		if found {
			return false
		}
		if e, ok := y.(ast.Expr); ok {
			switch e.(type) {
			case *ast.Ident, *ast.SelectorExpr:
				if m.objectOf(e) == want && types.ExprString(e) == text {
					found = true
					return false
				}
			}
		}
		return true
	})
	return found
}
