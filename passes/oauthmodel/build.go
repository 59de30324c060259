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
)

// pending is per-request bookkeeping of the build phase.
type pending struct {
	base      Param              // the URL before its query, for hand-built requests
	flows     []inspector.Cursor // where the URL comes from, for sinks
	forwarded *types.Var         // AuthCodeURL(…, opts...) of a parameter
	fixed     optionPresence     // PKCE presence ignoring forwarded options
}

type optionPresence struct{ challenge, method value.Presence }

// build turns what collect found into requests, follows each authorization
// URL to where it goes, and resolves helper functions through facts.
func (m *model) build() {
	m.pend = make(map[*AuthRequest]*pending)
	m.execSignals()
	for _, cur := range m.oauthCalls {
		m.oauthCall(cur)
	}
	m.callerConfigs() // callerstate.go
	for _, cur := range m.sdkCalls {
		m.sdkCall(cur)
	}
	for _, cur := range m.sdkValues {
		m.sdkValue(cur)
	}
	m.sdkStateSkips()
	m.paramRequests()
	for _, r := range m.result.AuthRequests {
		m.computeSinks(r)
	}
	m.ownPage() // ownpage.go
	m.verifierStates()
	m.methodSettings()
	m.freshVerifiers()
	m.dropUnsentImplied()
	m.storedElsewhere()
	m.helperRequests()
	m.callerStates() // callerstate.go
	m.fieldFlows()
	m.dropRedeemedFlows()
	m.pastedFlows()
	m.exportFacts()
	m.exportPKCEFact()
	m.looseParams()
	m.exportLooseFacts()
	m.exportURIPartFacts()
	m.buildServers()
	m.exportServerConfigs() // serverparam.go
	m.plainCopies()         // plaincopy.go
	m.servedImports()
	m.handBuiltServers()
	m.queryRefresh()
	m.uncheckedRedirects()
	m.exportStateFacts()
	m.exportStateLookups()
	m.exportRequestReadFacts()
	if importsChallengeSDK(m.pass.Pkg) {
		m.exportChallengeFacts() // challenge.go
	}
	if mayOpenSealed(m.pass) {
		m.exportSealFacts() // sealedstate.go
	}
	if mayWrapBrowser(m.pass, m.pass.Pkg) {
		m.exportBrowserFacts()
	}
	m.endpoints()
	m.insecureClients()
	m.callbacks()
	m.requestUsed()
	m.computeFieldTokens()
	m.tokenLogs()
	m.exportTokenResultFacts() // tokenresult.go
	for _, cur := range m.queryCalls {
		call := cur.Node().(*ast.CallExpr)
		if fn, ok := typeutil.Callee(m.info, call).(*types.Func); ok && !m.inTestFile(call.Pos()) {
			m.querySetterToken(cur, fn, call)
		}
	}
	m.oidcAccessTokenOnly()
	m.oidcPreChecks()
	m.oidcHandedBack()
}

// addAuth records an authorization request built at cur.
func (m *model) addAuth(r *AuthRequest, cur inspector.Cursor, forwarded *types.Var) {
	p := &pending{flows: []inspector.Cursor{cur}, forwarded: forwarded}
	p.fixed = optionPresence{r.Challenge.Presence, r.ChallengeMethod.Presence}
	if forwarded != nil {
		// Callers may pass PKCE options: judged where they call (facts).
		if r.Challenge.Presence == value.Absent {
			r.Challenge.Presence = value.Unknown
		}
		if r.ChallengeMethod.Presence == value.Absent {
			r.ChallengeMethod.Presence = value.Unknown
		}
	}
	m.pend[r] = p
	r.InHandler = m.inHandler(cur)
	m.result.AuthRequests = append(m.result.AuthRequests, r)
}

func (m *model) computeSinks(r *AuthRequest) {
	p := m.pend[r]
	if p == nil {
		return
	}
	seen := make(map[ast.Node]bool)
	for _, cur := range p.flows {
		m.flowFrom(cur, 0, &r.Sinks, seen)
	}
	if r.Field != nil {
		// audit(Event{Target: u}) logging e.Target: a URL carried in a
		// struct field to the standard logger is a record of the login,
		// not a prompt to the user.
		r.Sinks = slices.DeleteFunc(r.Sinks, func(s Sink) bool {
			l := loggerFuncs()[s.What]
			return s.Kind == SinkPrinted && l != nil && l.console
		})
	}
}

// paramRequests finds hand-built requests: string roots (URLs and form
// bodies) and parameter containers (url.Values, maps, tagged structs).
func (m *model) paramRequests() {
	type rootEval struct {
		cur      inspector.Cursor
		text     string
		ctx      *evalCtx
		appended bool // folded its parts already
	}
	evals := make([]rootEval, 0, len(m.roots))
	folded := make(map[ast.Node]bool)
	for _, cur := range m.roots {
		ctx := &evalCtx{}
		if v, last := m.appendedTo(cur); v != nil {
			// u += "&response_type=" + rt: a part of u, whose whole
			// value is the request, judged once, at the last append.
			text := m.varStr(v, ctx)
			evals = append(evals, rootEval{cur, text, ctx, true})
			for _, r := range ctx.roots {
				if r != last {
					folded[r] = true
				}
			}
			continue
		}
		var text string
		if call, i := m.printfCall(cur); call != nil {
			text = m.sprintfStr(call.Args[i], call.Args[i+1:], ctx)
		} else {
			text = m.str(cur.Node().(ast.Expr), ctx)
		}
		evals = append(evals, rootEval{cur, text, ctx, false})
	}
	// A root is folded into the larger root that contains it, except
	// when the larger one is prose around it ("DEBUG: authUrl: " + u, a
	// message that quotes a whole request): the request is then u, judged
	// where it is built and followed to every place it goes (printed, but
	// also fetched by the program itself), and the message is no request.
	texts := make(map[ast.Node]string, len(evals))
	for _, ev := range evals {
		texts[ev.cur.Node()] = ev.text
	}
	message := make(map[ast.Node]bool)
	for _, ev := range evals {
		for _, r := range ev.ctx.roots {
			if r != ev.cur.Node() && quotesRequest(ev.text, texts[r]) {
				message[ev.cur.Node()] = true
			}
		}
	}
	for _, ev := range evals {
		if ev.appended || message[ev.cur.Node()] {
			continue
		}
		for _, r := range ev.ctx.roots {
			folded[r] = true
		}
	}
	byContainer := make(map[*container][]rootEval)
	for _, ev := range evals {
		if folded[ev.cur.Node()] || message[ev.cur.Node()] {
			continue // part of a larger URL, judged there; or a message quoting one
		}
		m.tokenURL(ev.cur, ev.text, m.tokenParamNode(ev.ctx), ev.ctx)
		if len(ev.ctx.containers) > 0 {
			c := ev.ctx.containers[0]
			byContainer[c] = append(byContainer[c], ev)
			continue
		}
		p, ok := value.ParseRequest(ev.text)
		if !ok {
			continue
		}
		node := ev.cur.Node()
		m.paramRequest(p, func(string) ast.Node { return node }, m.sprintfArgs(ev.cur), RouteString, ev.cur, []inspector.Cursor{ev.cur}, false, nil, urlBase(ev.text, node))
	}
	for _, c := range m.sortedContainers() {
		p := m.containerParams(c)
		nodeOf := func(key string) ast.Node {
			if n, ok := c.nodes[key]; ok {
				return n
			}
			return nil
		}
		route := RouteParams
		if m.inEndpointParams(c) {
			route = RouteEndpointParams
		}
		at := c.cur
		flows := c.flows
		var base Param
		if evs := byContainer[c]; len(evs) > 0 {
			// The URL that encodes the container is the request; its own
			// text may add parameters (endpoint + "?response_type=code&" + …).
			var merged value.Params
			merged.Merge(p)
			for _, ev := range evs {
				if q, ok := value.ParseRequest(ev.text); ok {
					merged.Merge(q)
				}
			}
			p = merged
			base = urlBase(evs[0].text, evs[0].cur.Node())
			flows = nil
			for _, ev := range evs {
				flows = append(flows, ev.cur)
			}
			if !at.Valid() {
				at = evs[0].cur
			}
		}
		if !at.Valid() {
			continue
		}
		if c.kind == valuesContainer && m.servedForm(c) {
			continue // the form of a request this program serves, rebuilt (collect.go)
		}
		if c.kind == structContainer && m.containerDeclaresGrantType(c) && !hasKey(p, paramGrantType) {
			continue // a token request type without its grant type set here
		}
		if c.kind == structContainer && !m.structSent(c) {
			continue // kept as state or saved, never sent (see sent.go)
		}
		if c.kind == structContainer && m.parsedRequest(c) {
			continue // the request being served, parsed into a struct
		}
		if c.kind != structContainer && c.uses > 0 && c.ranged == c.uses && len(byContainer[c]) == 0 && !hasKey(p, paramClientID) && !hasKey(p, paramGrantType) {
			// A map of parameter names only ever ranged over, naming no
			// client: a server's table of the values it allows
			// (for param, allowed := range allowedValues { … }), not a
			// request (an authorization request names its client, RFC
			// 6749 §4.1.1).
			continue
		}
		if c.kind != valuesContainer && m.keptRecord(c, p) {
			continue // what a client keeps about its request (see sent.go)
		}
		if c.kind == structContainer && !hasKey(p, paramGrantType) && !m.containerDeclares(c, paramClientID) && !oauthResponseType(p) {
			// A body with a response_type field of unknown value and no
			// client_id is some other API's (a chat message's
			// "in_channel" or "ephemeral" reply): an authorization
			// request names its client (RFC 6749 §4.1.1).
			continue
		}
		if c.kind != valuesContainer && len(byContainer[c]) == 0 && !hasKey(p, paramResponseType) && !hasKey(p, paramGrantType) && !hasKey(p, "code") && !hasKey(p, "client_secret") && m.onlyJSON(c) {
			// client_id and redirect_uri as the keys of a JSON object (a
			// token introspection answer, an API body): no URL, so no
			// authorization request, which a browser is sent to.
			continue
		}
		points, encoded := c.flows, false
		if evs := byContainer[c]; len(evs) > 0 {
			points, encoded = flows, true
		}
		if m.splitContainer(c, points, encoded, route, at, flows, base) {
			continue // one request per path (paths.go)
		}
		m.paramRequest(p, nodeOf, func(key string) ast.Expr { return c.exprs[key] }, route, at, flows, c.s256, c.constant, base)
	}
}

// jsonEncoders serialise their argument as a JSON document.
var jsonEncoders = map[string]bool{
	"encoding/json.Marshal": true, "encoding/json.MarshalIndent": true, "(*encoding/json.Encoder).Encode": true,
	"(*github.com/gin-gonic/gin.Context).JSON": true, "(*github.com/gin-gonic/gin.Context).IndentedJSON": true,
	"(github.com/labstack/echo/v4.Context).JSON": true, "(*github.com/gofiber/fiber/v2.Ctx).JSON": true,
}

// onlyJSON reports whether container c goes somewhere, and everywhere it
// goes is a JSON encoder's argument.
func (m *model) onlyJSON(c *container) bool {
	if len(c.flows) == 0 {
		return false
	}
	for _, cur := range c.flows {
		e, ok := cur.Node().(ast.Expr)
		if !ok {
			return false
		}
		call, ok := cur.Parent().Node().(*ast.CallExpr)
		if !ok || call.Fun == e {
			return false
		}
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || !jsonEncoders[m.funcName(fn)] {
			return false
		}
	}
	return true
}

// paramRequest makes an AuthRequest (response_type present) or a
// TokenRequest (grant_type present) of a parameter set.
func (m *model) paramRequest(p value.Params, nodeOf func(string) ast.Node, exprOf func(string) ast.Expr, route Route, at inspector.Cursor, flows []inspector.Cursor, s256 bool, constant ast.Node, base Param) {
	param := func(key string) Param {
		v, pres, known := p.Lookup(key)
		n := nodeOf(key)
		if n == nil && pres == value.Present {
			n = at.Node()
		}
		prm := Param{Presence: pres, Value: v, Known: known, Node: n}
		if pres == value.Present && !known && exprOf != nil {
			prm.Possible = m.possible(exprOf(key))
		}
		return prm
	}
	fn := enclosingFunc(at)
	// grant_type=authorization_code without a code, beside a
	// response_type: a stray key in an authorization request (a code
	// exchange always carries the code, RFC 6749 §4.1.3).
	stray := false
	if gt := param(paramGrantType); gt.Known && gt.Value == GrantAuthCode && param("code").Presence == value.Absent && param(paramResponseType).Presence == value.Present {
		stray = true
	}
	switch {
	case !stray && param(paramGrantType).Presence == value.Present && param("access_token").Presence == value.Present:
		// An access token beside the grant type: the record of a token
		// an authorization server issued (kept in its cache with the
		// grant it was issued for), or a response echoing the grant. No
		// token request carries an access_token (RFC 6749 §4, RFC 8693
		// names its input subject_token).
		return
	case !stray && param(paramGrantType).Presence == value.Present:
		// A token request, even if it also carries response_type.
		gt := param(paramGrantType)
		if !gt.Known && exprOf != nil {
			m.forwardedGrantType(fn, exprOf(paramGrantType))
		}
		t := &TokenRequest{
			Node:       gt.Node,
			Route:      route,
			Func:       fn,
			GrantType:  gt,
			Verifier:   param(paramCodeVerifier),
			Code:       param("code"),
			URL:        base, // the URL the grant type is a parameter of
			FirstParty: firstParty(base),
		}
		if exprOf != nil {
			if e := exprOf("password"); e != nil && m.stateOf(e).Origin == StateRandom {
				// A password the program draws itself (a throw-away
				// account it made): no user's password is handed over.
				t.GeneratedPassword = true
			}
		}
		if exprOf != nil {
			if e := exprOf("code"); e != nil {
				t.Code.Node = e
			}
		}
		m.tokenSend(t, flows)
		m.result.TokenRequests = append(m.result.TokenRequests, t)
	case impliedCodeExchange(param):
		// code and client_secret without grant_type: a code exchange at a
		// token endpoint that defaults to authorization_code (GitHub's
		// /login/oauth/access_token, Facebook's /oauth/access_token).
		code := param("code")
		if exprOf != nil {
			if e := exprOf("code"); e != nil {
				code.Node = e
			}
		}
		t := &TokenRequest{
			Node:         code.Node,
			Route:        route,
			Func:         fn,
			GrantType:    Param{Presence: value.Present, Value: GrantAuthCode, Known: true, Node: code.Node},
			ImpliedGrant: true,
			Verifier:     param(paramCodeVerifier),
			Code:         code,
		}
		m.tokenSend(t, flows)
		m.result.TokenRequests = append(m.result.TokenRequests, t)
	case exprOf != nil && m.readFromServer(exprOf(paramResponseType)), m.storageMethod(fn):
		// The response type of a request an authorization server
		// received (osin's ar.Type on its consent page), or a record
		// kept by a method of the server's storage: not a request this
		// program sends.
	case foreignResponseType(param(paramResponseType)) && param(paramClientID).Presence != value.Present:
		// response_type "ephemeral" or "in_channel" and no client: a
		// chat platform's reply, whatever carries it (a map, a struct,
		// url.Values); an authorization request names its client and
		// asks for OAuth response types (RFC 6749 §3.1.1).
	case emptyParam(param(paramResponseType)):
		// response_type set to "": a record being cleared (a provider
		// resetting its copy of a request), not a request anyone sends.
	case m.ownAuthorizeLink(base):
		// A link to this program's own authorization endpoint (a demo
		// link it prints or renders): the server's, not a client's.
	case param(paramResponseType).Presence == value.Present, impliedAuthRequest(param):
		rt := param(paramResponseType)
		implied := rt.Presence != value.Present
		if implied && m.relativeTarget(at, flows) {
			// client_id and redirect_uri sent to a path of this very
			// server (its own approval page, with the client and redirect
			// URI of the request it received): no login at another.
			return
		}
		if implied {
			// client_id and redirect_uri without response_type: an
			// authorization request to a server that defaults to code
			// (GitHub). Kept only if the URL goes where authorization
			// URLs go (see dropUnsentImplied).
			rt = Param{Presence: value.Absent, Value: "code", Known: true, Node: param(paramClientID).Node}
		}
		r := &AuthRequest{
			Node:            rt.Node,
			Route:           route,
			Func:            fn,
			ResponseType:    rt,
			ImpliedCode:     implied,
			Challenge:       param(paramCodeChallenge),
			ChallengeMethod: param(paramChallengeMethod),
			Verifier:        param(paramCodeVerifier),
			RedirectURI:     param(paramRedirectURI),
			Nonce:           param(paramNonce),
			ChallengeS256:   s256,
		}
		// An empty constant challenge is none, not a fixed one.
		if r.Challenge.Presence == value.Present && (r.Challenge.Known && r.Challenge.Value != "" || constant != nil) {
			r.ConstantChallenge = constant
			if r.ConstantChallenge == nil {
				r.ConstantChallenge = r.Challenge.Node
			}
		}
		if exprOf != nil && r.ConstantChallenge == nil {
			m.predictableChallenge(r, exprOf(paramCodeChallenge))
		}
		r.State = m.paramState(p, nodeOf, exprOf, at.Node())
		m.pend[r] = &pending{flows: flows, base: base}
		r.InHandler = m.inHandler(at)
		m.result.AuthRequests = append(m.result.AuthRequests, r)
	}
}

// relativeTarget reports whether the parameters at at (or where they
// flow) go to a URL without a scheme and host: a string whose constant
// start is a path ("/oauth/consent?client_id=" + …), or a url.URL
// literal whose RawQuery they are and that sets no Scheme, Host or
// Opaque. An authorization request goes to the authorization server's
// absolute URL.
// relativeURL reports whether the string e begins with a path of this
// server ("/approve?…"): a constant, the left end of a concatenation, the
// format of fmt.Sprintf, or a local variable whose every assignment (+=
// aside) is such.
func (m *model) relativeURL(e ast.Expr, depth int) bool {
	if depth > maxDepth {
		return false
	}
	for {
		b, ok := ast.Unparen(e).(*ast.BinaryExpr)
		if !ok || b.Op != token.ADD {
			break
		}
		e = b.X
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(m.info, x).(*types.Func); ok && funcName(fn) == "fmt.Sprintf" && len(x.Args) > 0 {
			return m.relativeURL(x.Args[0], depth+1) // fmt.Sprintf("/platforms/%s/authorize?client_id=%s", …)
		}
	case *ast.Ident:
		v := m.varOf(x)
		if v == nil || m.addrTaken[v] || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
			break
		}
		n := 0
		for _, d := range m.defs[v] {
			if d.op == token.ADD_ASSIGN {
				continue // u += "&redirect_uri=" + …
			}
			if d.rhs == nil || d.tuple >= 0 || !m.relativeURL(d.rhs, depth+1) {
				return false
			}
			n++
		}
		return n > 0
	}
	s, ok := m.constStr(e)
	return ok && strings.HasPrefix(s, "/") && !strings.HasPrefix(s, "//")
}

func (m *model) relativeTarget(at inspector.Cursor, flows []inspector.Cursor) bool {
	for _, cur := range append([]inspector.Cursor{at}, flows...) {
		if !cur.Valid() {
			continue
		}
		if e, ok := cur.Node().(ast.Expr); ok {
			if as, ok := cur.Parent().Node().(*ast.AssignStmt); ok && as.Tok == token.ADD_ASSIGN && len(as.Lhs) == 1 {
				e = as.Lhs[0] // u += "&redirect_uri=" + …: what u begins with
			}
			if m.relativeURL(e, 0) {
				return true
			}
		}
		c := cur
		for range 4 {
			c = c.Parent()
			if !c.Valid() {
				break
			}
			kv, ok := c.Node().(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			lit, ok := c.Parent().Node().(*ast.CompositeLit)
			if id, isID := kv.Key.(*ast.Ident); !ok || !isID || id.Name != "RawQuery" || !isNamed(m.info.TypeOf(lit), "net/url", "URL") {
				break
			}
			for _, el := range lit.Elts {
				if k, ok := el.(*ast.KeyValueExpr); ok {
					if id, ok := k.Key.(*ast.Ident); ok && (id.Name == "Scheme" || id.Name == "Host" || id.Name == "Opaque") {
						return false
					}
				}
			}
			return true
		}
	}
	return false
}

// impliedCodeExchange reports whether a parameter set without grant_type
// is still a token request: it sends an authorization code with the
// client's secret (RFC 6749 §4.1.3 requires grant_type, but GitHub and
// Facebook default it to authorization_code). Both must be present and
// grant_type and response_type known to be absent: an authorization
// request never carries a client secret, and a code without one (a
// verification code, a one-time password) is not an exchange.
func impliedCodeExchange(param func(string) Param) bool {
	return param(paramGrantType).Presence == value.Absent && param(paramResponseType).Presence == value.Absent &&
		param("code").Presence == value.Present && param("client_secret").Presence == value.Present
}

// notInAuthRequests are parameters that an authorization request never
// carries and requests to other endpoints do: the token endpoint's (code,
// client_secret, refresh_token, username, password, assertion), the
// device and backchannel endpoints' (device_code, auth_req_id), and
// request objects and PAR references carry their parameters elsewhere.
var notInAuthRequests = []string{
	"code", "client_secret", "refresh_token", "username", "password", "assertion",
	"device_code", "auth_req_id", "token", "request_uri",
}

// impliedAuthRequest reports whether a parameter set without response_type
// and grant_type is still an authorization request: it names the client
// and where to send the code back (RFC 6749 §4.1.1: response_type is
// required, but GitHub and some others default it to code), and carries
// nothing that belongs to another endpoint. Every parameter must be known
// to be absent, not merely unseen.
func impliedAuthRequest(param func(string) Param) bool {
	if param(paramResponseType).Presence != value.Absent || param(paramGrantType).Presence != value.Absent {
		return false
	}
	if param(paramClientID).Presence != value.Present || param(paramRedirectURI).Presence != value.Present {
		return false
	}
	for _, k := range notInAuthRequests {
		if param(k).Presence != value.Absent {
			return false
		}
	}
	return true
}

// dropUnsentImplied removes the authorization requests recognised without
// response_type (ImpliedCode) whose URL goes nowhere an authorization URL
// goes: the browser, the terminal, a redirect or page, the caller. A
// client_id and redirect_uri posted to some API are not a login.
func (m *model) dropUnsentImplied() {
	kept := m.result.AuthRequests[:0]
	for _, r := range m.result.AuthRequests {
		if r.ImpliedCode && (len(r.Sinks) == 0 || m.logoutRequest(r)) {
			delete(m.pend, r)
			continue
		}
		kept = append(kept, r)
	}
	m.result.AuthRequests = kept
}

// logoutRequest reports whether r, recognised without response_type,
// is a logout request instead (Keycloak's legacy logout endpoint takes
// client_id and redirect_uri too): its URL before the query, or the
// function that builds it, is named for logging out.
func (m *model) logoutRequest(r *AuthRequest) bool {
	if p := m.pend[r]; p != nil && p.base.Known && logoutWord(p.base.Value) {
		return true
	}
	switch fn := r.Func.(type) {
	case *ast.FuncDecl:
		return logoutWord(fn.Name.Name)
	case *ast.FuncLit:
		if cur, ok := m.in.Root().FindNode(fn); ok {
			for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
				return logoutWord(c.Node().(*ast.FuncDecl).Name.Name)
			}
		}
	}
	return false
}

// logoutWord reports whether s names logging out: logout, sign-out,
// end_session (OpenID Connect RP-Initiated Logout), logoff.
func logoutWord(s string) bool {
	s = strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(s))
	for _, w := range []string{"logout", "signout", "endsession", "logoff"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// sortedContainers lists containers in source order, so that results and
// diagnostics are deterministic.
func (m *model) sortedContainers() []*container {
	out := make([]*container, 0, len(m.containers))
	for _, c := range m.containers {
		if !c.cur.Valid() && c.key.v != nil {
			if defs := m.defs[c.key.v]; len(defs) > 0 {
				c.cur = defs[0].cur
			} else {
				c.cur = c.firstUse // a parameter
			}
		}
		out = append(out, c)
	}
	pos := func(c *container) int {
		if c.cur.Valid() {
			return int(c.cur.Node().Pos())
		}
		if c.key.v != nil {
			return int(c.key.v.Pos())
		}
		return 0
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && pos(out[j]) < pos(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// inEndpointParams reports whether a literal container is the
// EndpointParams of a clientcredentials.Config literal, where a grant_type
// overrides the client credentials grant.
func (m *model) inEndpointParams(c *container) bool {
	if c.lit == nil || !c.cur.Valid() {
		return false
	}
	kv, ok := c.cur.Parent().Node().(*ast.KeyValueExpr)
	if !ok {
		return false
	}
	k, ok := kv.Key.(*ast.Ident)
	if !ok || k.Name != fieldEndpointParams {
		return false
	}
	lit, ok := c.cur.Parent().Parent().Node().(*ast.CompositeLit)
	return ok && isNamed(m.info.TypeOf(lit), pathClientCredentials, "Config")
}

// helperRequests resolves calls to functions that return an authorization
// URL (this package's, or another's through AuthURLFact) into requests at
// the call site, repeating until no new helper is found.
func (m *model) helperRequests() {
	m.collectFacts(m.result.AuthRequests)
	done := make(map[ast.Node]bool)
	for range maxDepth {
		var added []*AuthRequest
		progress := false
		for _, cur := range m.helperCall {
			call := cur.Node().(*ast.CallExpr)
			if done[call] {
				continue
			}
			fn, ok := typeutil.Callee(m.info, call).(*types.Func)
			if !ok {
				continue
			}
			fn = fn.Origin()
			if m.pathGrantCall(cur, call, fn) || m.grantTypeCall(cur, call, fn) {
				done[call] = true
				progress = true
				continue
			}
			fact := m.facts[fn]
			if fact == nil && fn.Pkg() == m.pass.Pkg {
				// provider.AuthURL() on an interface of this package:
				// the URL of its implementations here.
				if impl := m.implementation(fn); impl != nil {
					fact, fn = m.facts[impl], impl
				}
			}
			if fact == nil && fn.Pkg() != m.pass.Pkg {
				f := new(AuthURLFact)
				if m.pass.ImportObjectFact(fn, f) {
					fact = f
				}
			}
			if fact == nil {
				continue
			}
			done[call] = true
			r := m.derivedRequest(cur, call, fn, fact)
			if !fact.Made {
				m.computeSinks(r) // the call's value is the URL
			}
			added = append(added, r)
		}
		if len(added) == 0 && !progress {
			return
		}
		m.collectFacts(added)
	}
}

// derivedRequest is the request a call to a helper with fact makes.
func (m *model) derivedRequest(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, f *AuthURLFact) *AuthRequest {
	r := &AuthRequest{
		Node:            call,
		Route:           RouteHelper,
		Func:            enclosingFunc(cur),
		Helper:          fn,
		MadeByHelper:    f.Made,
		ResponseType:    Param{Presence: value.Present, Value: f.ResponseType, Known: f.ResponseType != "", Node: call},
		Challenge:       Param{Presence: f.Challenge, Node: call},
		ChallengeMethod: Param{Presence: f.MethodPresence, Value: f.Method, Known: f.MethodPresence == value.Present && f.Method != "", Node: call},
		Verifier:        Param{Presence: f.Verifier, Node: call},
		ChallengeS256:   f.S256,
	}
	if f.RedirectURI != "" {
		r.RedirectURI = Param{Presence: value.Present, Value: f.RedirectURI, Known: true}
	}
	if i := f.ConfigParam - 1; i >= 0 && i < len(call.Args) {
		r.Config = m.objectOf(call.Args[i])
		if r.RedirectURI.Presence != value.Present {
			r.RedirectURI = m.configRedirect(r.Config)
		}
	}
	if i := f.StateParam - 1; i >= 0 && i < len(call.Args) {
		r.State = m.stateOf(call.Args[i])
		if !r.State.Origin.Weak() {
			if st := m.callerVerifierState(call, f); st != nil {
				r.StateVerifier = st
			}
		}
	}
	if i := f.ResponseTypeParam - 1; i >= 0 && i < len(call.Args) {
		// The caller's response type (begin("token", state)).
		a := call.Args[i]
		rt := m.str(a, nil)
		r.ResponseType = Param{Presence: value.Present, Value: rt, Known: value.Known(rt), Node: a, Possible: m.possible(a)}
		r.CallerResponseType = true
	}
	var forwarded *types.Var
	if i := f.OptionsParam - 1; i >= 0 {
		var args []ast.Expr
		if i < len(call.Args) {
			args = call.Args[i:]
		}
		opts := m.authOptions(args, call.Ellipsis.IsValid())
		forwarded = opts.forwarded
		if ch := opts.param(paramCodeChallenge); ch.Presence != value.Absent || r.Challenge.Presence != value.Present {
			r.Challenge = mergePresence(r.Challenge, ch)
		}
		r.ChallengeMethod = mergeParam(r.ChallengeMethod, opts.param(paramChallengeMethod))
		r.Verifier = mergeParam(r.Verifier, opts.param(paramCodeVerifier))
		r.ChallengeS256 = r.ChallengeS256 || opts.s256
		if rt := opts.param(paramResponseType); rt.Presence != value.Absent {
			r.ResponseType = rt
			r.CallerResponseType = true
		}
	}
	if fn.Pkg() == m.pass.Pkg {
		if origins := m.returned[fn]; len(origins) > 0 {
			r.Origin = origins[0]
			for _, o := range origins {
				o.Forwarded = true
			}
		}
	}
	m.addAuth(r, cur, forwarded)
	return r
}

// mergePresence combines the helper's own challenge with the caller's
// options: sent if either sends it, absent only if neither can.
func mergePresence(a, b Param) Param {
	switch {
	case a.Presence == value.Present:
		return a
	case b.Presence == value.Present:
		return b
	case a.Presence == value.Unknown || b.Presence == value.Unknown:
		return Param{Presence: value.Unknown, Node: a.Node}
	}
	return a
}

// mergeParam is mergePresence where a caller's explicit value overrides.
func mergeParam(a, b Param) Param {
	if b.Presence == value.Present {
		return b
	}
	return mergePresence(a, b)
}

func hasKey(p value.Params, key string) bool {
	_, ok := p.Values[key]
	return ok
}

// containerDeclaresGrantType reports whether a struct container's type
// declares a grant_type field.
func (m *model) containerDeclaresGrantType(c *container) bool {
	return m.containerDeclares(c, paramGrantType)
}

// containerDeclares reports whether a struct container's type declares a
// field for the parameter.
func (m *model) containerDeclares(c *container, name string) bool {
	if c.lit != nil {
		return declaresParam(m.info.TypeOf(c.lit), name)
	}
	return c.key.v != nil && declaresParam(c.key.v.Type(), name)
}

// grantTypeCall turns a call to a function that sends its parameter as
// grant_type into a token request with the caller's argument.
func (m *model) grantTypeCall(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) bool {
	i := m.grantParams[fn]
	if i == 0 && fn.Pkg() != m.pass.Pkg {
		f := new(TokenRequestFact)
		if m.pass.ImportObjectFact(fn, f) {
			i = f.GrantTypeParam
			if f.GrantType != "" {
				// A function that always sends this grant. Of another
				// module (a dependency): choosing it is this call's
				// decision. Of this module: it is decided there, and
				// this call only passes it on to callers (facts).
				m.result.TokenRequests = append(m.result.TokenRequests, &TokenRequest{
					Node:            call,
					Route:           RouteHelper,
					Func:            enclosingFunc(cur),
					GrantType:       Param{Presence: value.Present, Value: f.GrantType, Known: true, Node: call},
					Verifier:        Param{Presence: value.Unknown},
					Helper:          fn,
					DecidedInHelper: f.Module != "" && m.pass.Module != nil && f.Module == m.pass.Module.Path,
				})
				return true
			}
		}
	}
	if i <= 0 || i > len(call.Args) {
		return false
	}
	arg := call.Args[i-1]
	s := m.str(arg, nil)
	t := &TokenRequest{
		Node:      call,
		Route:     RouteHelper,
		Func:      enclosingFunc(cur),
		GrantType: Param{Presence: value.Present, Value: s, Known: value.Known(s), Node: arg, Possible: m.possible(arg)},
		Verifier:  Param{Presence: value.Unknown},
		Helper:    fn,
	}
	m.result.TokenRequests = append(m.result.TokenRequests, t)
	if !t.GrantType.Known {
		m.forwardedGrantType(t.Func, arg) // a wrapper of the wrapper
	}
	return true
}

// appendedTo returns the local string variable that the root at cur is
// appended to (v += root), and the value of v's last append.
func (m *model) appendedTo(cur inspector.Cursor) (*types.Var, ast.Expr) {
	as, ok := cur.Parent().Node().(*ast.AssignStmt)
	if !ok || as.Tok != token.ADD_ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Rhs[0] != cur.Node() {
		return nil, nil
	}
	v := m.localVar(as.Lhs[0])
	if v == nil || m.addrTaken[v] {
		return nil, nil
	}
	defs := m.defs[v]
	if len(defs) < 2 || defs[1].op != token.ADD_ASSIGN {
		return nil, nil // not built up in place (see defsStr)
	}
	lastAppend := ast.Expr(nil)
	for _, d := range defs {
		if d.op == token.ADD_ASSIGN {
			lastAppend = d.rhs
		}
	}
	return v, lastAppend
}

// oauthResponseType reports whether p's response_type is known and is
// made of OAuth response types (code, token, id_token, none).
func oauthResponseType(p value.Params) bool {
	v, pres, known := p.Lookup(paramResponseType)
	if pres != value.Present || !known || v == "" {
		return false
	}
	for _, part := range strings.Fields(v) {
		switch part {
		case "code", "token", "id_token", "none":
		default:
			return false
		}
	}
	return true
}

// foreignResponseType reports whether a known response_type holds no
// OAuth or OpenID Connect response type at all (code, token, id_token,
// none; OpenID4VP's vp_token).
func foreignResponseType(p Param) bool {
	if p.Presence != value.Present || !p.Known || p.Value == "" {
		return false
	}
	for _, part := range strings.Fields(p.Value) {
		switch part {
		case "code", "token", "id_token", "none", "vp_token":
			return false
		}
	}
	return true
}

// emptyParam reports whether p is sent with a value known to be empty.
func emptyParam(p Param) bool {
	return p.Presence == value.Present && p.Known && p.Value == ""
}

// quotesRequest reports whether text is a message that quotes inner, a
// whole request URL: inner appears in it after or before words of prose
// (text separated from it by white space).
func quotesRequest(text, inner string) bool {
	if inner == "" {
		return false
	}
	if _, ok := value.ParseRequest(inner); !ok {
		return false
	}
	i := strings.Index(text, inner)
	if i < 0 {
		return false
	}
	before, after := text[:i], text[i+len(inner):]
	return strings.ContainsAny(before, " \t\n") || strings.HasPrefix(after, " ") || strings.HasPrefix(after, "\n")
}

// concatArgs maps the query parameters of a URL that a concatenation
// builds ("…?user=" + id + "&token=" + tok.AccessToken) to the operands
// that fill them: an operand that follows constant text ending in "?key="
// or "&key=", and is the parameter's whole value (the concatenation ends
// there, or goes on with "&" or "#"). It returns nil for any other
// expression.
func (m *model) concatArgs(e ast.Expr) func(string) ast.Expr {
	var ops []ast.Expr
	var flatten func(x ast.Expr)
	flatten = func(x ast.Expr) {
		x = ast.Unparen(x)
		if b, ok := x.(*ast.BinaryExpr); ok && b.Op == token.ADD && len(ops) < 64 {
			if tv, ok := m.info.Types[b]; ok && tv.Value == nil && isStringType(tv.Type) {
				flatten(b.X)
				flatten(b.Y)
				return
			}
		}
		ops = append(ops, x)
	}
	flatten(e)
	if len(ops) < 2 {
		return nil
	}
	constText := func(x ast.Expr) (string, bool) {
		tv, ok := m.info.Types[x]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			return "", false
		}
		return constant.StringVal(tv.Value), true
	}
	args := make(map[string]ast.Expr)
	for i := 1; i < len(ops); i++ {
		if _, isConst := constText(ops[i]); isConst {
			continue
		}
		before, ok := constText(ops[i-1])
		if !ok {
			// accessTokenURL + code, the URL a package variable holding
			// "…&client_secret=" + secret + "&code=": its known end.
			s := m.str(ops[i-1], nil)
			before, ok = s[strings.LastIndex(s, value.Hole)+1:], true
		}
		if !ok || !strings.HasSuffix(before, "=") {
			continue
		}
		if i+1 < len(ops) {
			after, ok := constText(ops[i+1])
			if !ok || !(strings.HasPrefix(after, "&") || strings.HasPrefix(after, "#")) {
				continue
			}
		}
		start := strings.LastIndexAny(before, "?&")
		if start < 0 {
			continue
		}
		key := before[start+1 : len(before)-1]
		if value.IsParamName(key) {
			args[key] = ops[i]
		}
	}
	if len(args) == 0 {
		return nil
	}
	return func(key string) ast.Expr { return args[key] }
}

// sprintfArgs maps the parameters of a request that fmt.Sprintf builds
// (at cur, or whose format is at cur) to the arguments that fill them:
// code=%s in "…/access_token?client_id=%s&client_secret=%s&code=%s" is
// the fourth argument. A concatenation maps its operands (concatArgs).
// It returns nil for any other request.
func (m *model) sprintfArgs(cur inspector.Cursor) func(string) ast.Expr {
	if b, ok := cur.Node().(*ast.BinaryExpr); ok && b.Op == token.ADD {
		return m.concatArgs(b)
	}
	if call, f := m.printfCall(cur); call != nil {
		return m.formatArgs(call, f)
	}
	call, ok := cur.Node().(*ast.CallExpr)
	if !ok {
		call, ok = cur.Parent().Node().(*ast.CallExpr)
		if !ok || len(call.Args) == 0 || call.Args[0] != cur.Node() {
			return nil
		}
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok || funcName(fn) != "fmt.Sprintf" || call.Ellipsis.IsValid() {
		return nil
	}
	return m.formatArgs(call, 0)
}

// formatArgs maps the parameters of the URL in a format (call's argument
// f) to the arguments that fill their verbs.
func (m *model) formatArgs(call *ast.CallExpr, f int) func(string) ast.Expr {
	if len(call.Args) < f+2 {
		return nil
	}
	tv, ok := m.info.Types[call.Args[f]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil
	}
	idx := value.VerbArgs(constant.StringVal(tv.Value))
	if idx == nil {
		return nil
	}
	return func(key string) ast.Expr {
		if i, ok := idx[key]; ok && f+i+1 < len(call.Args) {
			return call.Args[f+i+1]
		}
		return nil
	}
}

// parsedRequest reports whether a struct container holds the request this
// program is serving rather than one it makes: its response_type, or every
// parameter it sets, is read from the same parameter of the request being
// served (&AuthRequest{ResponseType: r.Form.Get("response_type"), …}). What
// such a struct asks for is what the client asked the server for.
func (m *model) parsedRequest(c *container) bool {
	if e, ok := c.exprs[paramResponseType]; ok {
		return m.requestRead(e, paramResponseType, 0) != nil
	}
	if len(c.exprs) < 2 {
		return false
	}
	for key, e := range c.exprs {
		if m.requestRead(e, key, 0) == nil {
			return false
		}
	}
	return true
}
