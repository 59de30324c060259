package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// Full names of the golang.org/x/oauth2 (v0.37.0) API the model knows.
const (
	fnAuthCodeURL         = "(*golang.org/x/oauth2.Config).AuthCodeURL"
	fnExchange            = "(*golang.org/x/oauth2.Config).Exchange"
	fnPasswordToken       = "(*golang.org/x/oauth2.Config).PasswordCredentialsToken"
	fnDeviceAccessToken   = "(*golang.org/x/oauth2.Config).DeviceAccessToken"
	fnS256ChallengeOption = "golang.org/x/oauth2.S256ChallengeOption"
	fnSetAuthURLParam     = "golang.org/x/oauth2.SetAuthURLParam"
	fnVerifierOption      = "golang.org/x/oauth2.VerifierOption"
	fnCCToken             = "(*golang.org/x/oauth2/clientcredentials.Config).Token"
	fnCCTokenSource       = "(*golang.org/x/oauth2/clientcredentials.Config).TokenSource"
	fnCCClient            = "(*golang.org/x/oauth2/clientcredentials.Config).Client"
	fnAuthHandlerSource   = "golang.org/x/oauth2/authhandler.TokenSource"
	fnAuthHandlerPKCE     = "golang.org/x/oauth2/authhandler.TokenSourceWithPKCE"
	pathOAuth2            = "golang.org/x/oauth2"
	pathAuthHandler       = "golang.org/x/oauth2/authhandler"
	typePKCEParams        = "PKCEParams"
	typeOAuth2Config      = "Config"
	fieldRedirectURL      = "RedirectURL"
	fieldEndpointParams   = "EndpointParams"
	pathClientCredentials = "golang.org/x/oauth2/clientcredentials"
	paramCodeChallenge    = "code_challenge"
	paramChallengeMethod  = "code_challenge_method"
	paramCodeVerifier     = "code_verifier"
	paramResponseType     = "response_type"
	paramGrantType        = "grant_type"
	paramRedirectURI      = "redirect_uri"
	paramClientID         = "client_id"
	paramNonce            = "nonce"
	paramState            = "state"
)

// optionSet is what a list of oauth2.AuthCodeOption sends.
type optionSet struct {
	params value.Params
	nodes  map[string]ast.Node
	// constant is the option that sends a challenge computed from a
	// constant verifier (or a constant challenge).
	constant ast.Node
	// predictable is the challenge or verifier argument of an option
	// whose value comes from a predictable source (see predictableChallenge).
	predictable ast.Expr
	// possible holds the values a parameter may take when not known.
	possible map[string][]string
	s256     bool
	// forwarded is the enclosing function's variadic parameter when the list
	// is "opts..." of it: callers decide the rest (see AuthURLFact).
	forwarded *types.Var
}

func (o *optionSet) set(key, val string, node ast.Node) {
	o.params.Set(key, val)
	o.nodes[key] = node
}

func (o *optionSet) param(key string) Param {
	v, p, known := o.params.Lookup(key)
	return Param{Presence: p, Value: v, Known: known, Node: o.nodes[key], Possible: o.possible[key]}
}

// oauthCall turns a call into golang.org/x/oauth2 into requests.
func (m *model) oauthCall(cur inspector.Cursor) {
	call := cur.Node().(*ast.CallExpr)
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return
	}
	enclosing := enclosingFunc(cur)
	spread := call.Ellipsis.IsValid()
	switch funcName(fn) {
	case fnAuthCodeURL:
		if len(call.Args) < 1 {
			return
		}
		if m.authCodeURLPaths(cur, call) {
			return // one request per path of the option list (paths.go)
		}
		m.authCodeURL(cur, call)
	case fnExchange, fnDeviceAccessToken:
		if len(call.Args) < 2 {
			return
		}
		t := &TokenRequest{Node: call, Route: RouteExchange, Func: enclosing, Config: m.receiver(call)}
		t.GrantType = Param{Presence: value.Present, Value: GrantAuthCode, Known: true, Node: call}
		if funcName(fn) == fnDeviceAccessToken {
			t.Route = RouteDeviceToken
			t.GrantType.Value = GrantDeviceCode
		}
		opts := m.authOptions(call.Args[2:], spread)
		t.Verifier = opts.param(paramCodeVerifier)
		t.Code = Param{Presence: value.Present, Node: call.Args[1]}
		m.result.TokenRequests = append(m.result.TokenRequests, t)
	case fnPasswordToken:
		t := &TokenRequest{Node: call, Route: RoutePasswordToken, Func: enclosing, Config: m.receiver(call)}
		t.GrantType = Param{Presence: value.Present, Value: GrantPassword, Known: true, Node: call}
		t.Verifier = Param{Presence: value.Absent}
		m.result.TokenRequests = append(m.result.TokenRequests, t)
	case fnCCToken, fnCCTokenSource, fnCCClient:
		// The client credentials grant (RFC 6749 §4.4): recorded for the
		// inventory; no rule reports it.
		t := &TokenRequest{Node: call, Route: RouteClientCredentials, Func: enclosing, Config: m.receiver(call)}
		t.GrantType = Param{Presence: value.Present, Value: GrantClientCreds, Known: true, Node: call}
		t.Verifier = Param{Presence: value.Absent}
		m.result.TokenRequests = append(m.result.TokenRequests, t)
	default:
		if flow := threeLegged(fn); flow != nil {
			m.threeLeggedFlow(cur, call, flow)
		}
	}
}

// threeLeggedParams reports whether t is the parameter struct of one of
// the functions that run authhandler's flow (google.CredentialsParams).
func threeLeggedParams(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false
	}
	for _, f := range knowledge.ThreeLeggedFlows {
		if f.ParamsType != "" && named.Obj().Name() == f.ParamsType && trimVendor(named.Obj().Pkg().Path()) == pathOAuth2+"/"+f.Pkg {
			return true
		}
	}
	return false
}

// threeLegged returns the table entry of a function that runs
// authhandler's 3-legged flow, or nil.
func threeLegged(fn *types.Func) *knowledge.ThreeLegged {
	name := funcName(fn)
	for i := range knowledge.ThreeLeggedFlows {
		f := &knowledge.ThreeLeggedFlows[i]
		if name == pathOAuth2+"/"+f.Pkg+"."+f.Name {
			return f
		}
	}
	return nil
}

// threeLeggedFlow records the authorization request of a call that runs
// authhandler's flow (knowledge.ThreeLegged): positional arguments, or the
// fields of a parameter struct literal. A parameter struct the code does
// not show, or one without an AuthorizationHandler, runs no flow the
// model can tell.
func (m *model) threeLeggedFlow(cur inspector.Cursor, call *ast.CallExpr, flow *knowledge.ThreeLegged) {
	arg := func(i int) ast.Expr {
		if i > 0 && i <= len(call.Args) {
			return call.Args[i-1]
		}
		return nil
	}
	var config, state, pkce ast.Expr
	var node ast.Node = call
	unknownState, unknownPKCE := false, false
	if flow.ParamsArg > 0 {
		fields := make(map[string]ast.Expr)
		var at ast.Node
		if lit := m.literalOf(arg(flow.ParamsArg)); lit != nil {
			for _, elt := range lit.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if k, ok := kv.Key.(*ast.Ident); ok {
						fields[k.Name] = kv.Value
					}
				}
			}
			at = lit
		}
		// Fields set one by one on a local variable (params.State = …).
		if v := m.localVar(arg(flow.ParamsArg)); v != nil {
			if m.addrTaken[v] {
				return
			}
			if at == nil {
				d, ok := m.singleDef(v)
				if !ok || d.rhs != nil || d.op != token.VAR {
					return // not a zero value we can see: unknown
				}
				at = d.cur.Node()
			}
			for _, name := range []string{flow.HandlerField, flow.StateField, flow.PKCEField} {
				switch sets := m.fieldSets[varField{v, name}]; {
				case len(sets) == 1 && sets[0] != nil:
					fields[name] = sets[0]
				case len(sets) > 0:
					fields[name] = nil // several values: unknown
					if name == flow.StateField {
						unknownState = true
					}
				}
			}
		}
		if at == nil {
			return
		}
		h, ok := fields[flow.HandlerField]
		if id, isNil := ast.Unparen(h).(*ast.Ident); !ok || h != nil && isNil && id.Name == "nil" {
			return // no AuthorizationHandler: not the 3-legged flow
		}
		state, pkce, node = fields[flow.StateField], fields[flow.PKCEField], at
		if _, set := fields[flow.PKCEField]; set && pkce == nil {
			unknownPKCE = true // several values
		}
	} else {
		if arg(flow.HandlerArg) == nil || arg(flow.StateArg) == nil {
			return
		}
		config, state, pkce = arg(flow.ConfigArg), arg(flow.StateArg), arg(flow.PKCEArg)
	}
	r := &AuthRequest{
		Node:            node,
		Route:           RouteAuthHandler,
		Func:            enclosingFunc(cur),
		ResponseType:    Param{Presence: value.Present, Value: "code", Known: true, Node: node},
		Challenge:       Param{Presence: value.Absent},
		ChallengeMethod: Param{Presence: value.Absent},
		Verifier:        Param{Presence: value.Absent},
	}
	if config != nil {
		r.Config = m.objectOf(config)
		r.RedirectURI = m.configRedirect(r.Config)
	}
	switch {
	case unknownState:
		r.State = State{}
	case state != nil:
		r.State = m.stateOf(state)
	default:
		r.State = State{Origin: StateEmpty, Node: node, Why: "the parameters set no " + flow.StateField}
	}
	if pkce != nil {
		m.authHandlerPKCE(r, pkce)
	}
	if unknownPKCE {
		r.Challenge.Presence, r.ChallengeMethod.Presence = value.Unknown, value.Unknown
	}
	m.addAuth(r, cur, nil)
}

// authCodeURL records the request of an AuthCodeURL call.
func (m *model) authCodeURL(cur inspector.Cursor, call *ast.CallExpr) *AuthRequest {
	spread := call.Ellipsis.IsValid()
	opts := m.authOptions(call.Args[1:], spread)
	m.appendedParams(cur, opts)
	r := &AuthRequest{
		Node:              call,
		Route:             RouteAuthCodeURL,
		Func:              enclosingFunc(cur),
		Config:            m.receiver(call),
		ResponseType:      Param{Presence: value.Present, Value: "code", Known: true, Node: call},
		ChallengeS256:     opts.s256,
		ConstantChallenge: opts.constant,
	}
	m.predictableChallenge(r, opts.predictable)
	if rt := opts.param(paramResponseType); rt.Presence != value.Absent {
		r.ResponseType = rt // SetAuthURLParam("response_type", …) overrides
	}
	r.Challenge = opts.param(paramCodeChallenge)
	r.ChallengeMethod = opts.param(paramChallengeMethod)
	r.Verifier = opts.param(paramCodeVerifier)
	r.RedirectURI = opts.param(paramRedirectURI)
	r.Nonce = opts.param(paramNonce)
	if r.RedirectURI.Presence != value.Present {
		r.RedirectURI = m.configRedirect(r.Config)
	}
	if lit := m.noSecret(r.Config); lit != nil && !m.inTestFile(call.Pos()) {
		r.NoSecret, r.NoSecretWhy = lit, m.noSecretWhy(lit)
	}
	if !spread {
		r.Options = call
	}
	r.State = m.sharedState(cur, m.stateOf(call.Args[0]))
	m.addAuth(r, cur, opts.forwarded)
	return r
}

// authHandlerPKCE reads an authhandler.PKCEParams literal. TokenSourceWithPKCE
// sends the challenge only when Challenge and ChallengeMethod are both set,
// but sends the Verifier at the token endpoint regardless.
func (m *model) authHandlerPKCE(r *AuthRequest, arg ast.Expr) {
	lit := m.literalOf(arg)
	if lit == nil {
		if id, ok := ast.Unparen(arg).(*ast.Ident); ok && id.Name == "nil" {
			return
		}
		r.Challenge.Presence, r.ChallengeMethod.Presence = value.Unknown, value.Unknown
		return
	}
	fields := map[string]ast.Expr{}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok {
				fields[k.Name] = kv.Value
			}
		}
	}
	set := func(name string) (Param, bool) {
		e, ok := fields[name]
		if !ok {
			return Param{Presence: value.Absent}, false
		}
		s := m.str(e, nil)
		if value.Known(s) && s == "" {
			return Param{Presence: value.Absent, Node: e}, false
		}
		return Param{Presence: value.Present, Value: s, Known: value.Known(s), Node: e}, true
	}
	challenge, hasChallenge := set("Challenge")
	method, hasMethod := set("ChallengeMethod")
	_, hasVerifier := set("Verifier")
	switch {
	case hasChallenge && hasMethod:
		r.Challenge, r.ChallengeMethod = challenge, method
		r.ChallengeS256 = m.isS256Challenge(fields["Challenge"])
	case hasVerifier || hasChallenge:
		r.Node = lit
		r.Ineffective = "authhandler.PKCEParams sets no ChallengeMethod, so TokenSourceWithPKCE sends no code_challenge while it still sends the verifier"
		if !hasChallenge {
			r.Ineffective = "authhandler.PKCEParams sets no Challenge, so TokenSourceWithPKCE sends no code_challenge while it still sends the verifier"
		}
	}
}

// literalOf finds the composite literal an expression denotes: the literal
// itself, &literal, or a local variable initialised with one.
func (m *model) literalOf(e ast.Expr) *ast.CompositeLit {
	lit, _ := m.origin(e).(*ast.CompositeLit)
	return lit
}

// authOptions evaluates a list of AuthCodeOption arguments.
func (m *model) authOptions(args []ast.Expr, spread bool) *optionSet {
	o := &optionSet{nodes: make(map[string]ast.Node), possible: make(map[string][]string)}
	if spread {
		if len(args) != 1 {
			o.params.Open = true
			return o
		}
		m.optionSlice(o, args[0], 0)
		return o
	}
	for _, a := range args {
		m.option(o, a, 0)
	}
	return o
}

func (m *model) option(o *optionSet, e ast.Expr, depth int) {
	if depth > maxDepth {
		o.params.Open = true
		return
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(m.info, x).(*types.Func)
		if !ok {
			break
		}
		switch funcName(fn) {
		case fnS256ChallengeOption:
			o.set(paramCodeChallenge, value.Hole, x)
			o.set(paramChallengeMethod, "S256", x)
			o.s256 = true
			if len(x.Args) == 1 && value.Known(m.str(x.Args[0], nil)) {
				o.constant = x
			} else if len(x.Args) == 1 {
				o.predictable = x.Args[0]
			}
			return
		case fnSetAuthURLParam:
			if len(x.Args) != 2 {
				break
			}
			key := m.str(x.Args[0], nil)
			if !value.Known(key) {
				break
			}
			m.setOption(o, key, x.Args[1], x)
			return
		case fnVerifierOption:
			if len(x.Args) == 1 {
				o.set(paramCodeVerifier, m.str(x.Args[0], nil), x)
				return
			}
		default:
			if key, ok := paramOptions[funcName(fn)]; ok && len(x.Args) == 1 {
				o.set(key, m.str(x.Args[0], nil), x)
				return
			}
			if m.optionHelper(o, x, fn, depth) {
				return
			}
		}
	case *ast.Ident, *ast.SelectorExpr:
		var obj types.Object
		if id, ok := x.(*ast.Ident); ok {
			obj = m.info.Uses[id]
		} else {
			obj = m.info.Uses[x.(*ast.SelectorExpr).Sel]
		}
		v, ok := obj.(*types.Var)
		if !ok {
			break
		}
		if v.Pkg() != nil && trimVendor(v.Pkg().Path()) == pathOAuth2 {
			return // AccessTypeOffline, ApprovalForce: no PKCE parameters
		}
		if d, ok := m.singleDef(v); ok && d.rhs != nil && (d.tuple < 0 || (d.tuple == 0 && isCall(d.rhs))) {
			m.option(o, d.rhs, depth+1) // opt := f(…) or opt, err := f(…)
			return
		}
		if id, ok := x.(*ast.Ident); ok && m.branchOptions(o, v, id, depth) {
			return
		}
	}
	o.params.Open = true
}

// setOption records that the request sends key with the value of val
// (SetAuthURLParam(key, val), or "&key=" + val appended to the URL),
// at node.
func (m *model) setOption(o *optionSet, key string, val ast.Expr, node ast.Node) {
	s := m.str(val, nil)
	o.set(key, s, node)
	if !value.Known(s) {
		o.possible[key] = m.possible(val)
	}
	if key != paramCodeChallenge {
		return
	}
	if m.isS256Challenge(val) {
		o.s256 = true
	}
	if m.constantChallenge(val) {
		o.constant = node
	} else {
		o.predictable = val
	}
}

// appendedParams reads the parameters that a concatenation appends to
// the URL call returns (conf.AuthCodeURL(st) + "&code_challenge=" + ch +
// "&code_challenge_method=S256") into o: constant text that starts
// with "&" names them, and either holds a parameter's value or ends in
// "key=" before the operand that is its value.
func (m *model) appendedParams(cur inspector.Cursor, o *optionSet) {
	var top ast.Expr = cur.Node().(ast.Expr)
	for p := cur.Parent(); p.Valid(); p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.ParenExpr:
			top = n
			continue
		case *ast.BinaryExpr:
			if n.Op == token.ADD && n.X == top {
				top = n
				continue
			}
		}
		break
	}
	if top == cur.Node() {
		return
	}
	var ops []ast.Expr
	var flatten func(x ast.Expr)
	flatten = func(x ast.Expr) {
		x = ast.Unparen(x)
		if b, ok := x.(*ast.BinaryExpr); ok && b.Op == token.ADD && len(ops) < 64 {
			flatten(b.X)
			flatten(b.Y)
			return
		}
		ops = append(ops, x)
	}
	flatten(top)
	if len(ops) < 2 || ops[0] != cur.Node() {
		return
	}
	pending := ""
	for i, op := range ops[1:] {
		tv, ok := m.info.Types[op]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			if pending != "" {
				m.setOption(o, pending, op, op)
			}
			pending = ""
			continue
		}
		text := constant.StringVal(tv.Value)
		if i == 0 && !strings.HasPrefix(text, "&") {
			return // not query parameters
		}
		pending = ""
		for _, seg := range strings.Split(text, "&") {
			k, v, ok := strings.Cut(seg, "=")
			if !ok || !value.IsParamName(k) {
				continue
			}
			if v == "" && strings.HasSuffix(text, seg) {
				pending = k // its value is the next operand
				continue
			}
			o.set(k, v, op)
		}
	}
}

// branchOptions evaluates an option variable that branches assign
// (var d oauth2.AuthCodeOption; if permanent { d = SetAuthURLParam("duration",
// "permanent") } else { d = … }): when every assignment that may reach
// the use sets the same parameters, and none of them a PKCE one, the
// option sends those parameters, with the values the branches give.
// Anything else (one branch adding PKCE, a parameter only one branch
// sets) is left open: paths.go splits option lists, not this.
func (m *model) branchOptions(o *optionSet, v *types.Var, use *ast.Ident, depth int) bool {
	if m.addrTaken[v] {
		return false
	}
	before, _ := m.defsAbove(v, use)
	var subs []*optionSet
	for _, d := range before {
		if d.rhs == nil {
			if d.op == token.VAR {
				continue // var d oauth2.AuthCodeOption: the zero value, replaced below
			}
			return false
		}
		if d.tuple >= 0 && !(d.tuple == 0 && isCall(d.rhs)) {
			return false
		}
		sub := &optionSet{nodes: make(map[string]ast.Node), possible: make(map[string][]string)}
		m.option(sub, d.rhs, depth+1)
		if sub.params.Open || sub.s256 || sub.constant != nil || sub.predictable != nil || sub.forwarded != nil {
			return false
		}
		for _, k := range []string{paramCodeChallenge, paramChallengeMethod, paramCodeVerifier} {
			if _, ok := sub.params.Values[k]; ok {
				return false
			}
		}
		if len(subs) > 0 && !sameKeys(subs[0].params.Values, sub.params.Values) {
			return false
		}
		subs = append(subs, sub)
	}
	if len(subs) < 2 {
		return false
	}
	for k, val := range subs[0].params.Values {
		vals := []string{val}
		for _, sub := range subs[1:] {
			if sv := sub.params.Values[k]; !slices.Contains(vals, sv) {
				vals = append(vals, sv)
			}
		}
		if len(vals) == 1 {
			o.set(k, val, subs[0].nodes[k])
			continue
		}
		o.set(k, value.Hole, subs[0].nodes[k])
		if !slices.ContainsFunc(vals, func(s string) bool { return !value.Known(s) }) {
			o.possible[k] = vals
		}
	}
	return true
}

// sameKeys reports whether two parameter maps set the same keys.
func sameKeys(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if _, ok := b[k]; !ok {
			return false
		}
	}
	return true
}

// optionSlice evaluates the slice spread into a variadic option list:
// a literal, or a variable built from literals and appends.
func (m *model) optionSlice(o *optionSet, e ast.Expr, depth int) {
	m.sliceElems(e, depth,
		func(x ast.Expr, d int) { m.option(o, x, d) },
		func() { o.params.Open = true },
		func(v *types.Var) { o.forwarded = v })
}

// sliceElems calls elem with each element of the slice e denotes: a
// literal, or a variable built from literals and appends (nil is empty).
// It calls open where the elements cannot be known, and forwarded with the
// enclosing function's parameter when the slice is one: callers decide.
func (m *model) sliceElems(e ast.Expr, depth int, elem func(ast.Expr, int), open func(), forwarded func(*types.Var)) {
	if depth > maxDepth {
		open()
		return
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			elem(elt, depth+1)
		}
		return
	case *ast.Ident:
		if x.Name == "nil" && m.info.Uses[x] == types.Universe.Lookup("nil") {
			return
		}
		v := m.varOf(x)
		if v == nil || m.addrTaken[v] {
			break
		}
		defs := m.defs[v]
		if len(defs) == 0 {
			if v.Parent() != m.pass.Pkg.Scope() {
				forwarded(v) // a parameter: forwarded from callers
				return
			}
			break
		}
		for _, d := range defs {
			switch {
			case m.inactive(d.cur.Node()):
				continue
			case d.rhs == nil && d.op == token.VAR:
				continue
			case d.rhs != nil && d.tuple == 0 && isCall(d.rhs):
				m.sliceElems(d.rhs, depth+1, elem, open, forwarded) // opts, err := f(…)
			case d.rhs == nil || d.tuple >= 0:
				open()
			default:
				if call, ok := ast.Unparen(d.rhs).(*ast.CallExpr); ok {
					if b, ok := typeutil.Callee(m.info, call).(*types.Builtin); ok && b.Name() == "append" && len(call.Args) > 0 {
						if m.varOf(identOf(call.Args[0])) != v {
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
				}
				m.sliceElems(d.rhs, depth+1, elem, open, forwarded)
			}
		}
		return
	case *ast.SelectorExpr:
		// o.opts...: an option list kept in a struct field (fields.go).
		if f, ok := m.info.Uses[x.Sel].(*types.Var); ok && f.IsField() && m.fieldElems(f, depth, elem, open, forwarded) {
			return
		}
	case *ast.CallExpr:
		// authURLOptions(force)...: a function of this package that
		// builds the list.
		if fn, ok := typeutil.Callee(m.info, x).(*types.Func); ok && m.returnedElems(fn, depth, elem, open) {
			return
		}
	}
	open()
}

// returnedElems calls sliceElems on every slice fn, a function of this
// package, may return: each return's elements may be sent. Its
// parameters are its callers' business, unknown here.
func (m *model) returnedElems(fn *types.Func, depth int, elem func(ast.Expr, int), open func()) bool {
	cur, ok := m.funcDecls[fn.Origin()]
	if !ok {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() == 0 {
		return false
	}
	if _, ok := sig.Results().At(0).Type().Underlying().(*types.Slice); !ok {
		return false
	}
	returns := 0
	for c := range cur.Preorder((*ast.ReturnStmt)(nil), (*ast.FuncLit)(nil)) {
		ret, ok := c.Node().(*ast.ReturnStmt)
		if !ok || enclosingFunc(c) != cur.Node() {
			continue
		}
		if len(ret.Results) == 0 {
			open() // a bare return of named results
			return true
		}
		m.sliceElems(ret.Results[0], depth+1, elem, open, func(*types.Var) { open() })
		returns++
	}
	return returns > 0
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// receiver is the object whose method a call invokes: cfg in
// cfg.AuthCodeURL, the field conf in s.conf.AuthCodeURL.
func (m *model) receiver(call *ast.CallExpr) types.Object {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	return m.objectOf(sel.X)
}

// objectOf is the variable or field an expression names.
func (m *model) objectOf(e ast.Expr) types.Object {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v := m.varOf(x); v != nil {
			return v
		}
	case *ast.SelectorExpr:
		if v, ok := m.info.Uses[x.Sel].(*types.Var); ok {
			return v
		}
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return m.objectOf(x.X)
		}
	case *ast.StarExpr:
		return m.objectOf(x.X)
	}
	return nil
}

// configRedirect is the RedirectURL of the oauth2.Config a variable holds.
func (m *model) configRedirect(obj types.Object) Param {
	v, ok := obj.(*types.Var)
	if !ok {
		return Param{}
	}
	if sets := m.fieldSets[varField{v, fieldRedirectURL}]; len(sets) == 1 {
		s := m.str(sets[0], nil)
		return Param{Presence: value.Present, Value: s, Known: value.Known(s), Node: sets[0]}
	}
	if v.IsField() {
		return Param{}
	}
	d, ok := m.singleDef(v)
	if !ok || d.rhs == nil || d.tuple >= 0 {
		return Param{}
	}
	lit := m.literalOf(d.rhs)
	if lit == nil || !isNamed(m.info.TypeOf(lit), pathOAuth2, typeOAuth2Config) {
		return Param{}
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok && k.Name == fieldRedirectURL {
				s := m.str(kv.Value, nil)
				return Param{Presence: value.Present, Value: s, Known: value.Known(s), Node: kv.Value}
			}
		}
	}
	return Param{Presence: value.Absent}
}

// enclosingFunc is the innermost function declaration or literal around cur.
func enclosingFunc(cur inspector.Cursor) ast.Node {
	if c, ok := enclosingFuncCursor(cur); ok {
		return c.Node()
	}
	return nil
}

// optionHelper evaluates a call to a function of this package that returns
// an AuthCodeOption: every option it may return counts (a helper that
// returns VerifierOption for "plain" and S256ChallengeOption for "S256"
// may send the verifier). Parameters of the helper are unknown.
func (m *model) optionHelper(o *optionSet, call *ast.CallExpr, fn *types.Func, depth int) bool {
	cur, ok := m.funcDecls[fn.Origin()]
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Results().Len() == 0 || !isNamed(sig.Results().At(0).Type(), pathOAuth2, "AuthCodeOption") {
		return false
	}
	returns := 0
	for c := range cur.Preorder((*ast.ReturnStmt)(nil), (*ast.FuncLit)(nil)) {
		ret, ok := c.Node().(*ast.ReturnStmt)
		if !ok || len(ret.Results) == 0 || enclosingFunc(c) != cur.Node() {
			continue
		}
		res := ret.Results[0]
		if id, ok := ast.Unparen(res).(*ast.Ident); ok && id.Name == "nil" {
			continue
		}
		m.option(o, res, depth+1)
		// Each return's option is sent only on some paths: what it sets is
		// present where the helper is called, at the call.
		returns++
	}
	for k := range o.nodes {
		if o.nodes[k] != nil && within(o.nodes[k], cur.Node()) {
			o.nodes[k] = call
		}
	}
	return returns > 0
}

func within(n, outer ast.Node) bool { return outer.Pos() <= n.Pos() && n.End() <= outer.End() }

func isCall(e ast.Expr) bool {
	_, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok
}

// constantChallenge reports whether a code_challenge expression is a
// non-empty constant, or the S256 transform of a constant verifier.
func (m *model) constantChallenge(e ast.Expr) bool {
	if e == nil {
		return false
	}
	if s := m.str(e, nil); value.Known(s) {
		return s != "" // an empty challenge is none, not a fixed one
	}
	call := m.s256Call(e)
	return call != nil && len(call.Args) == 1 && value.Known(m.str(call.Args[0], nil))
}
