package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// EndpointKind says what an OAuth URL is for.
type EndpointKind uint8

const (
	EndpointAuthorization EndpointKind = iota + 1 // RFC 6749 §3.1
	EndpointToken                                 // RFC 6749 §3.2
	EndpointDevice                                // RFC 8628 §3.1
	EndpointRedirect                              // RFC 6749 §3.1.2
)

func (k EndpointKind) String() string {
	switch k {
	case EndpointAuthorization:
		return "authorization endpoint"
	case EndpointToken:
		return "token endpoint"
	case EndpointDevice:
		return "device authorization endpoint"
	case EndpointRedirect:
		return "redirect URI"
	}
	return "endpoint"
}

// Endpoint is an OAuth URL the code configures or sends a request to.
type Endpoint struct {
	Kind EndpointKind
	// Where names how the URL is given: "oauth2.Endpoint.TokenURL",
	// "clientcredentials.Config.TokenURL", "the authorization URL built by hand".
	Where string
	URL   Param
}

// InsecureClient is an HTTP client whose TLS configuration skips
// certificate verification and that carries OAuth requests.
type InsecureClient struct {
	Made ast.Node // where verification is switched off (InsecureSkipVerify: true)
	Use  ast.Node // where the client is handed to the OAuth code
	How  string   // "context.WithValue(ctx, oauth2.HTTPClient, …)"
}

// Callback is an HTTP handler that exchanges the authorization code of the
// request it serves without reading the request's state.
type Callback struct {
	Exchange *TokenRequest
	Code     ast.Node // where the code is read from the request
	Handler  ast.Node // *ast.FuncDecl or *ast.FuncLit
	// Unrefused, when set, is an if statement that compares the
	// request's state but does not stop the handler on a mismatch (it
	// logs and goes on): the handler reads the state, and every read is
	// in the condition of such an if.
	Unrefused *ast.IfStmt
}

// endpointFields are the fields of x/oauth2's types that hold OAuth URLs.
var endpointFields = []struct {
	pkg, typ, field string
	kind            EndpointKind
}{
	{pathOAuth2, "Endpoint", "AuthURL", EndpointAuthorization},
	{pathOAuth2, "Endpoint", "TokenURL", EndpointToken},
	{pathOAuth2, "Endpoint", "DeviceAuthURL", EndpointDevice},
	{pathOAuth2, "Config", "RedirectURL", EndpointRedirect},
	{pathClientCredentials, "Config", "TokenURL", EndpointToken},
}

// endpointField records an endpoint field set to e in a literal or an
// assignment of a value of type t.
func (m *model) endpointField(t types.Type, field string, e ast.Expr) {
	for _, f := range endpointFields {
		if f.field == field && isNamed(t, f.pkg, f.typ) {
			pkg := f.pkg[strings.LastIndexByte(f.pkg, '/')+1:]
			m.endpointExprs = append(m.endpointExprs, endpointExpr{kind: f.kind, where: pkg + "." + f.typ + "." + f.field, e: e})
		}
	}
}

type endpointExpr struct {
	kind  EndpointKind
	where string
	e     ast.Expr
}

// endpointLit records the endpoint fields of an x/oauth2 literal.
func (m *model) endpointLit(lit *ast.CompositeLit, t types.Type) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !isOAuth2Path(n.Obj().Pkg().Path()) {
		return
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok {
				m.endpointField(t, k.Name, kv.Value)
			}
		}
	}
}

// endpoints evaluates the recorded endpoint URLs, and adds those of
// hand-built requests.
func (m *model) endpoints() {
	// One node may hold several URLs (a whole hand-built URL literal is
	// the node of its redirect_uri and of its endpoint): one of each kind.
	type key struct {
		n    ast.Node
		kind EndpointKind
	}
	seen := make(map[key]bool)
	add := func(kind EndpointKind, where string, p Param) {
		if p.Node == nil || seen[key{p.Node, kind}] || p.Presence != value.Present {
			return
		}
		seen[key{p.Node, kind}] = true
		m.result.Endpoints = append(m.result.Endpoints, Endpoint{Kind: kind, Where: where, URL: p})
	}
	for _, x := range m.endpointExprs {
		s := m.str(x.e, nil)
		add(x.kind, x.where, Param{Presence: value.Present, Value: s, Known: value.Known(s), Node: x.e})
	}
	for _, r := range m.result.AuthRequests {
		if r.Route == RouteHelper {
			continue
		}
		if r.RedirectURI.Presence == value.Present {
			add(EndpointRedirect, "redirect_uri", r.RedirectURI)
		}
		if pd := m.pend[r]; pd != nil && pd.base.Presence == value.Present {
			add(EndpointAuthorization, "the authorization URL built by hand", pd.base)
		}
	}
	for _, t := range m.tokenTargets {
		add(EndpointToken, "the token request's URL", t)
	}
}

// urlBase is the part of a request's text before its query: the endpoint
// of a hand-built authorization URL, when the text is a URL.
func urlBase(text string, at ast.Node) Param {
	base, _, ok := strings.Cut(text, "?")
	i := strings.Index(base, "://")
	if ok && i < 0 && strings.HasPrefix(base, value.Hole) && len(base) > len(value.Hole) {
		// c.base + "/auth/v1/token?…": an unknown origin, a known path.
		return Param{Presence: value.Present, Value: base, Node: at}
	}
	if !ok || i < 0 {
		return Param{}
	}
	// "open: http://idp/authorize?…": the URL starts after the prose.
	if j := strings.LastIndexAny(base[:i], " \t\r\n\"'(<"); j >= 0 {
		base = base[j+1:]
	}
	return Param{Presence: value.Present, Value: base, Known: value.Known(base), Node: at}
}

// firstParty names the identity product whose own sign-in the token URL
// u is (knowledge.FirstPartyPasswordAPIs): its path, whatever the host,
// ends in the product's token path.
func firstParty(u Param) string {
	if u.Presence != value.Present {
		return ""
	}
	path, _, _ := strings.Cut(u.Value, "?")
	for _, api := range knowledge.FirstPartyPasswordAPIs {
		if strings.HasSuffix(path, api.PathSuffix) {
			return api.Name
		}
	}
	return ""
}

// tokenSend follows a token request's body from where it flows to the
// call that sends it: http.PostForm(url, body), client.Post(url, type,
// strings.NewReader(body.Encode())), client.Do(http.NewRequest("POST",
// url, body)). It records the URL and the client.
func (m *model) tokenSend(t *TokenRequest, flows []inspector.Cursor) {
	for _, cur := range flows {
		if m.sendFrom(t, cur, 0) {
			return
		}
	}
}

func (m *model) sendFrom(t *TokenRequest, cur inspector.Cursor, depth int) bool {
	if depth > 4 {
		return false
	}
	parent := cur.Parent()
	switch p := parent.Node().(type) {
	case *ast.ParenExpr:
		return m.sendFrom(t, parent, depth)
	case *ast.SelectorExpr:
		// body.Encode()
		if call, ok := parent.Parent().Node().(*ast.CallExpr); ok && call.Fun == p && p.Sel.Name == "Encode" {
			return m.sendFrom(t, parent.Parent(), depth+1)
		}
	case *ast.AssignStmt, *ast.ValueSpec:
		v := m.definedVar(cur)
		if v == nil {
			return false
		}
		found := false
		m.usesReached(v, parent, func(use inspector.Cursor) {
			if !found {
				found = m.sendFrom(t, use, depth+1)
			}
		})
		return found
	case *ast.BinaryExpr:
		// base + "?" + q.Encode(): the parameters in the URL's query (a
		// token endpoint taking a GET, as Facebook's does).
		if p.Op == token.ADD {
			return m.sendFrom(t, parent, depth+1)
		}
	case *ast.CallExpr:
		if tv, ok := m.info.Types[p.Fun]; ok && tv.IsType() {
			return m.sendFrom(t, parent, depth+1) // []byte(s)
		}
		fn, ok := typeutil.Callee(m.info, p).(*types.Func)
		if !ok {
			return false
		}
		arg := indexOf(p.Args, cur.Node())
		recv := func() ast.Expr {
			if sel, ok := ast.Unparen(p.Fun).(*ast.SelectorExpr); ok {
				return sel.X
			}
			return nil
		}
		if bm, ok := builderMethods()[m.funcName(fn)]; ok && bm.role == roleParams && arg == 0 {
			return m.builderSend(t, parent) // client.R().SetFormData(body)…Post(url)
		}
		switch funcName(fn) {
		case "strings.NewReader", "bytes.NewBufferString", "bytes.NewReader", "bytes.NewBuffer":
			return m.sendFrom(t, parent, depth+1)
		case "net/http.PostForm":
			return m.sent(t, p, p.Args[0], nil, arg == 1)
		case "(*net/http.Client).PostForm":
			return m.sent(t, p, p.Args[0], recv(), arg == 1)
		case "net/http.Post":
			return m.sent(t, p, p.Args[0], nil, arg == 2)
		case "(*net/http.Client).Post":
			return m.sent(t, p, p.Args[0], recv(), arg == 2)
		case "net/http.Get":
			return m.sent(t, p, p.Args[0], nil, arg == 0)
		case "(*net/http.Client).Get":
			return m.sent(t, p, p.Args[0], recv(), arg == 0)
		case "net/http.NewRequest":
			// The body, or the URL whose query carries the parameters.
			if arg != 2 && arg != 1 {
				return false
			}
			m.sent(t, p, p.Args[1], nil, true)
			m.requestClient(t, parent)
			return true
		case "net/http.NewRequestWithContext":
			if arg != 3 && arg != 2 {
				return false
			}
			m.sent(t, p, p.Args[2], nil, true)
			m.requestClient(t, parent)
			return true
		}
	}
	return false
}

func (m *model) sent(t *TokenRequest, call *ast.CallExpr, target, client ast.Expr, ok bool) bool {
	if !ok {
		return false
	}
	t.Send, t.Client = call, client
	s := m.str(target, nil)
	u := Param{Presence: value.Present, Value: s, Known: value.Known(s), Node: target}
	m.tokenTargets = append(m.tokenTargets, u)
	if t.URL.Presence != value.Present {
		t.URL = u
		t.FirstParty = firstParty(u)
	}
	return true
}

// requestClient finds the client.Do(req) that sends the request made by
// the http.NewRequest call at cur.
func (m *model) requestClient(t *TokenRequest, cur inspector.Cursor) {
	as, ok := cur.Parent().Node().(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 || len(as.Lhs) == 0 {
		return
	}
	v := m.localVar(as.Lhs[0])
	if v == nil {
		return
	}
	// The first Do this assignment's value reaches: req, _ =
	// http.NewRequest(…) again further down is another request.
	found := false
	m.usesReached(v, cur.Parent(), func(use inspector.Cursor) {
		call, ok := use.Parent().Node().(*ast.CallExpr)
		if found || !ok {
			return
		}
		if client := m.doClient(call, use.Node(), 0); client != nil {
			t.Send, t.Client = call, client
			found = true
		}
	})
}

// doClient returns the client that sends the request arg, an argument of
// call: the receiver of client.Do(req), or the client a function of the
// package hands the request to (send(req), which builds a client and
// calls its Do with its parameter). The send is then the call here: it
// is where the request leaves this code.
func (m *model) doClient(call *ast.CallExpr, arg ast.Node, depth int) ast.Expr {
	i := indexOf(call.Args, arg)
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if i < 0 || !ok {
		return nil
	}
	if funcName(fn) == "(*net/http.Client).Do" {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && i == 0 {
			return sel.X
		}
		return nil
	}
	sig, _ := fn.Type().(*types.Signature)
	cur, ok := m.funcDecls[fn.Origin()]
	if depth > 1 || fn.Pkg() != m.pass.Pkg || !ok || sig == nil || sig.Variadic() && i >= sig.Params().Len()-1 || i >= sig.Params().Len() {
		return nil
	}
	param := sig.Params().At(i)
	if !isNamed(param.Type(), "net/http", "Request") {
		return nil
	}
	var client ast.Expr
	body := cur.Node().(*ast.FuncDecl).Body
	if body == nil {
		return nil
	}
	bodyCur, _ := cur.FindNode(body)
	for c := range bodyCur.Preorder((*ast.Ident)(nil)) {
		if client != nil || m.info.Uses[c.Node().(*ast.Ident)] != param {
			continue
		}
		use := c
		// r.WithContext(ctx) and r.Clone(ctx) are the same request.
		if sel, ok := use.Parent().Node().(*ast.SelectorExpr); ok && sel.X == use.Node() && (sel.Sel.Name == "WithContext" || sel.Sel.Name == "Clone") {
			if call, ok := use.Parent().Parent().Node().(*ast.CallExpr); ok && call.Fun == sel {
				use = use.Parent().Parent()
			}
		}
		if inner, ok := use.Parent().Node().(*ast.CallExpr); ok {
			client = m.doClient(inner, use.Node(), depth+1)
		}
	}
	return client
}

// insecureClients finds HTTP clients with TLS verification off that are
// handed to OAuth code: through the context x/oauth2 and go-oidc read the
// client from, or as the client of a hand-built token request.
func (m *model) insecureClients() {
	for _, cur := range m.clientCalls {
		call := cur.Node().(*ast.CallExpr)
		client, how := m.oauthClientArg(call)
		if client == nil {
			continue
		}
		if made := m.insecureClient(client, 0); made != nil {
			m.result.InsecureClients = append(m.result.InsecureClients, InsecureClient{Made: made, Use: call, How: how})
		}
	}
	for _, t := range m.result.TokenRequests {
		if t.Client == nil {
			continue
		}
		if made := m.insecureClient(t.Client, 0); made != nil {
			m.result.InsecureClients = append(m.result.InsecureClients, InsecureClient{Made: made, Use: t.Send, How: "the client of a token request"})
		}
	}
	m.insecureDefaultClient()
}

// insecureDefaultClient records an http.DefaultClient replaced by one
// that skips verification, in a package that makes OAuth or OpenID
// requests: x/oauth2 and go-oidc use it whenever they are handed no
// client of their own, and so does every request the program makes with
// http.Get or a zero http.Client. Its use is the package's first such
// request.
func (m *model) insecureDefaultClient() {
	for _, rhs := range m.defaultClientSets {
		if m.inTest(rhs) {
			continue
		}
		if made := m.insecureClient(rhs, 0); made != nil {
			if use := m.oauthRequestCall(); use != nil {
				m.result.InsecureClients = append(m.result.InsecureClients, InsecureClient{Made: made, Use: use, How: "http.DefaultClient, which x/oauth2 and go-oidc use when they are handed no client"})
			}
			return
		}
	}
}

// oauthRequestCall is the package's first call (tests aside) that sends
// an OAuth or OpenID request with the default client: a token request
// built here, or a call of x/oauth2 or go-oidc that fetches (a code
// exchange, a provider's discovery, its keys, the user info).
func (m *model) oauthRequestCall() ast.Node {
	for _, t := range m.result.TokenRequests {
		if !m.inTest(t.Node) {
			return t.Node
		}
	}
	fetches := map[string]bool{
		"Exchange": true, "PasswordCredentialsToken": true, "DeviceAuth": true, "DeviceAccessToken": true,
		"NewProvider": true, "NewRemoteKeySet": true, "UserInfo": true, "Token": true, "Client": true,
	}
	for cur := range m.in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || fn.Pkg() == nil || !fetches[fn.Name()] || m.inTest(call) {
			continue
		}
		if path := trimVendor(fn.Pkg().Path()); isOAuth2Path(path) || isOIDCPath(path) {
			return call
		}
	}
	return nil
}

// oauthClientArg returns the HTTP client that call hands to x/oauth2 or
// go-oidc through the context they read it from, and how; nil otherwise.
func (m *model) oauthClientArg(call *ast.CallExpr) (ast.Expr, string) {
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return nil, ""
	}
	switch name := funcName(fn); {
	case name == "context.WithValue" && len(call.Args) == 3 && m.isOAuth2HTTPClientKey(call.Args[1]):
		return call.Args[2], "context.WithValue(ctx, oauth2.HTTPClient, …)"
	case fn.Name() == "ClientContext" && fn.Pkg() != nil && isOIDCPath(fn.Pkg().Path()) && len(call.Args) == 2:
		return call.Args[1], "oidc.ClientContext"
	}
	return nil, ""
}

func (m *model) isOAuth2HTTPClientKey(e ast.Expr) bool {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		id = x.Sel
	case *ast.Ident:
		id = x
	}
	if id == nil {
		return false
	}
	v, ok := m.info.Uses[id].(*types.Var)
	return ok && v.Name() == "HTTPClient" && v.Pkg() != nil && trimVendor(v.Pkg().Path()) == pathOAuth2
}

// insecureClient returns where TLS verification is switched off for the
// client e denotes (an *http.Client, or the RoundTripper or tls.Config
// inside it), or nil when it is not, or cannot be told.
func (m *model) insecureClient(e ast.Expr, depth int) ast.Node {
	if depth > maxDepth || e == nil {
		return nil
	}
	field := clientField(m.info.TypeOf(e))
	switch x := m.origin(e).(type) {
	case *ast.CompositeLit:
		if field == "" {
			field = clientField(m.info.TypeOf(x))
		}
		if field == "" {
			// &tracingTransport{next: &http.Transport{…}}: a wrapper of
			// the program's own sends through the transport it holds.
			for _, elt := range x.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok && carriesTransport(m.info.TypeOf(kv.Value)) {
					if n := m.insecureClient(kv.Value, depth+1); n != nil {
						return n
					}
				}
			}
			return nil
		}
		for _, elt := range x.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok || field == "" {
				continue
			}
			if k, ok := kv.Key.(*ast.Ident); ok && k.Name == field {
				if field == "InsecureSkipVerify" {
					if m.isTrue(kv.Value) && !m.switchedOnAt(kv) {
						return kv
					}
					return nil
				}
				if n := m.insecureClient(kv.Value, depth+1); n != nil {
					return n
				}
			}
		}
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(m.info, x).(*types.Func)
		if ok && fn.Pkg() != m.pass.Pkg && fn.Signature().Results().Len() >= 1 && carriesTransport(fn.Signature().Results().At(0).Type()) {
			// otelhttp.NewTransport(base): a wrapper sends through its base.
			for _, a := range x.Args {
				if carriesTransport(m.info.TypeOf(a)) {
					if n := m.insecureClient(a, depth+1); n != nil {
						return n
					}
				}
			}
		} else if ok && fn.Pkg() == m.pass.Pkg {
			if cur, ok := m.funcDecls[fn.Origin()]; ok {
				decl := cur.Node().(*ast.FuncDecl)
				for c := range cur.Preorder((*ast.ReturnStmt)(nil)) {
					ret := c.Node().(*ast.ReturnStmt)
					if enclosingFunc(c) != decl || len(ret.Results) == 0 {
						continue
					}
					if n := m.insecureClient(ret.Results[0], depth+1); n != nil {
						return n
					}
				}
				return nil
			}
		}
	}
	// Set by assignments to the variable: tr.TLSClientConfig = …
	if v := m.definedVarOfLit(e); v != nil && field != "" {
		for _, rhs := range m.fieldSets[varField{v, field}] {
			if field == "InsecureSkipVerify" {
				if m.isTrue(rhs) && !m.switchedOnAt(rhs) {
					return rhs
				}
				continue
			}
			if n := m.insecureClient(rhs, depth+1); n != nil {
				return n
			}
		}
	}
	return nil
}

// carriesTransport reports whether a value of type t is a transport that
// requests go through: an http.RoundTripper or an *http.Transport.
func carriesTransport(t types.Type) bool {
	return t != nil && (isNamed(t, "net/http", "RoundTripper") || isNamed(t, "net/http", "Transport"))
}

// clientField is the field of t that leads to its TLS settings.
func clientField(t types.Type) string {
	switch {
	case t == nil:
	case isNamed(t, "net/http", "Client"):
		return "Transport"
	case isNamed(t, "net/http", "Transport"):
		return "TLSClientConfig"
	case isNamed(t, "crypto/tls", "Config"):
		return "InsecureSkipVerify"
	case isOAuth2Transport(t):
		return "Base"
	}
	return ""
}

// definedVarOfLit is the local variable e names (through &), whose
// fields later assignments may set.
func (m *model) definedVarOfLit(e ast.Expr) *types.Var {
	for range maxDepth {
		switch x := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return nil
			}
			e = x.X
		case *ast.Ident:
			return m.varOf(x)
		default:
			return nil
		}
	}
	return nil
}

func isOAuth2Transport(t types.Type) bool { return isNamed(t, pathOAuth2, "Transport") }

func (m *model) isTrue(e ast.Expr) bool {
	tv, ok := m.info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
}

// tlsField reports whether an assignment to field of a value of type t is
// one insecureClient reads.
func tlsField(t types.Type, field string) bool {
	switch field {
	case "Transport":
		return isNamed(t, "net/http", "Client")
	case "TLSClientConfig":
		return isNamed(t, "net/http", "Transport")
	case "InsecureSkipVerify":
		return isNamed(t, "crypto/tls", "Config")
	}
	return false
}

// transportField records an assignment to a field that holds an endpoint
// (cfg.Endpoint.TokenURL = …) or a TLS setting (tr.TLSClientConfig = …).
func (m *model) transportField(sel *ast.SelectorExpr, rhs ast.Expr) {
	t := m.info.TypeOf(sel.X)
	if t == nil {
		return
	}
	m.endpointField(t, sel.Sel.Name, rhs)
	if v, ok := m.info.Uses[sel.Sel].(*types.Var); ok && v.Pkg() != nil && v.Pkg().Path() == "net/http" && v.Name() == "DefaultClient" {
		m.defaultClientSets = append(m.defaultClientSets, rhs) // http.DefaultClient = …
	}
	if tlsField(t, sel.Sel.Name) {
		if v := m.localVar(sel.X); v != nil {
			k := varField{v, sel.Sel.Name}
			m.fieldSets[k] = append(m.fieldSets[k], rhs)
		}
	}
}

// switchedOnAt reports whether the node n runs only under a condition its
// function cannot fix (switchedOn): if cfg.InsecureSkipVerify {
// tr.TLSClientConfig.InsecureSkipVerify = true } is an operator's setting,
// unknown, as oidcverify's skips are.
func (m *model) switchedOnAt(n ast.Node) bool {
	cur, ok := m.in.Root().FindNode(n)
	return ok && m.switchedOn(cur)
}
