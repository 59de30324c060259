package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"path"
	"reflect"
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// TokenURL is an access or refresh token placed in the query of a URL
// (RFC 6750 §2.3, §5.3), where access logs, browser history and Referer
// headers keep it.
type TokenURL struct {
	Node  ast.Node // the expression that builds the URL
	Param string   // the parameter: "access_token", "refresh_token", or another name ("token")
	// Refresh is set when the parameter carries a refresh token.
	Refresh bool
	At      ast.Node // where the parameter is set
	// Report is where to report: At, or Node when the URL is built in a
	// branch away from where the parameter is set (a form sent in a
	// body on other branches, in the query on one).
	Report ast.Node
	Func   ast.Node
	// Dest is the call the URL is handed to ("net/http.Get"), when seen.
	Dest     string
	DestNode ast.Node
	// QueryOnlyAPI names the API when the URL goes to one that accepts
	// the token only in the query (see queryOnlyAPIs).
	QueryOnlyAPI string
	// OptIn is the condition under which the code puts the token in the
	// query, when it is an option of the program (if style == "query"):
	// the program supports APIs that take the token only there.
	OptIn string
}

// queryOnlyAPIs are hosts whose documented APIs take the access token
// only as the access_token query parameter, with no Authorization header
// alternative: WeChat Official Accounts and Mini Programs, WeCom
// (WeChat Work), and DingTalk's legacy server API (its newer api.dingtalk.com
// takes a header instead and is not listed).
var queryOnlyAPIs = map[string]string{
	"api.weixin.qq.com":   "WeChat's API",
	"qyapi.weixin.qq.com": "WeCom's API",
	"oapi.dingtalk.com":   "DingTalk's legacy API",
}

// queryOnlyAPI returns the name of the query-only API a partially known
// URL goes to, if its host is known and listed.
func queryOnlyAPI(text string) string {
	rest, ok := strings.CutPrefix(text, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(text, "http://"); !ok {
			return ""
		}
	}
	host := rest
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		host = rest[:i]
	}
	if i := strings.Index(host, value.Hole); i > 0 {
		// baseSite + params.Path + "?access_token=": a listed host and
		// then a path not known here. Only a listed host counts: what
		// follows may still be more of the host name otherwise.
		host = host[:i]
	}
	if !value.Known(host) {
		return ""
	}
	return queryOnlyAPIs[strings.ToLower(host)]
}

// TokenLog is a token written to a log or to standard output.
type TokenLog struct {
	Arg  ast.Expr      // the argument that carries the token
	Call *ast.CallExpr // the logging or printing call
	Sink string        // "log.Printf", "fmt.Println", "(*github.com/sirupsen/logrus.Entry).Info"
	What string        // "the access token", "the refresh token", "the ID token", "the oauth2.Token"
	// Stdout is set for printing to the terminal (fmt.Print*, Fprint* to
	// os.Stdout or os.Stderr), as opposed to a logger; Stderr when the
	// print goes to standard error.
	Stdout bool
	Stderr bool
	// Purpose is non-empty when printing the token is what the enclosing
	// command is for (see printPurpose); it says why.
	Purpose string
	// Serving is set when the print happens while serving an HTTP
	// request (inHandler): a server's output is its log.
	Serving bool
	// Via is the helper of this package, when the token reaches the sink
	// through one that logs its parameter.
	Via  *types.Func
	Func ast.Node
}

// tokenParams are the query parameters that carry a bearer credential.
var tokenParams = []string{"access_token", "refresh_token"}

// hasQuery reports whether a partially known URL has a query: a "?"
// before any "#" (in "/#/done?token=", a client-side route, the
// parameters stay in the fragment, which the browser does not send).
func hasQuery(text string) bool {
	q := strings.IndexByte(text, '?')
	f := strings.IndexByte(text, '#')
	return q >= 0 && (f < 0 || q < f)
}

// tokenInQuery returns the token parameter a partially known URL carries
// in its query (not its fragment).
func tokenInQuery(text string) (string, bool) {
	if !hasQuery(text) {
		return "", false
	}
	p, ok := value.ParseRequest(text)
	if !ok {
		return "", false
	}
	for _, k := range tokenParams {
		if _, pres, _ := p.Lookup(k); pres == value.Present {
			return k, true
		}
	}
	return "", false
}

// tokenValueInQuery returns a query parameter of a URL root, under
// whatever name (?token=, ?accessToken=), whose value is an access or
// refresh token (tokenValue), and the expression that puts it there: the
// argument of a Sprintf verb, the operand of a concatenation, or the value
// set in a parameter container. An ID token is not one: id_token_hint in
// a logout URL is how OpenID Connect sends it. Neither is a token sent to
// a revocation endpoint (RFC 7009), whose point is to end it.
func (m *model) tokenValueInQuery(cur inspector.Cursor, text string, ctx *evalCtx) (param string, val ast.Expr, refresh bool) {
	if !hasQuery(text) {
		return "", nil, false
	}
	p, ok := value.ParseRequest(text)
	if !ok || len(p.Values) == 0 || revocationURL(text) {
		return "", nil, false
	}
	var lookups []func(string) ast.Expr
	if f := m.sprintfArgs(cur); f != nil {
		lookups = append(lookups, f)
	}
	if e, ok := cur.Node().(ast.Expr); ok {
		if f := m.concatArgs(e); f != nil {
			lookups = append(lookups, f)
		}
	}
	call, i := m.printfCall(cur)
	if c, ok := cur.Node().(*ast.CallExpr); ok && call == nil && !c.Ellipsis.IsValid() && len(c.Args) > 0 {
		if fn, ok := typeutil.Callee(m.info, c).(*types.Func); ok && funcName(fn) == "fmt.Sprintf" {
			call, i = c, 0
		}
	}
	if call != nil {
		// A page that formats links: Sprintf(`<a href="%s">`,
		// "/protected?token="+tok.AccessToken).
		for _, a := range call.Args[i+1:] {
			if f := m.concatArgs(a); f != nil {
				lookups = append(lookups, f)
			}
		}
	}
	if ctx != nil {
		for _, c := range ctx.containers {
			m.containerParams(c)
			lookups = append(lookups, func(k string) ast.Expr { return c.exprs[k] })
		}
	}
	if len(lookups) == 0 {
		return "", nil, false
	}
	keys := make([]string, 0, len(p.Values))
	for k, v := range p.Values {
		if v == value.Hole {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		for _, f := range lookups {
			e := f(k)
			if e == nil {
				continue
			}
			if w := m.tokenValue(e, 0); w == whatAccess || w == whatRefresh {
				return k, e, w == whatRefresh
			}
		}
	}
	return "", nil, false
}

// revocationURL reports whether a partially known URL's known path ends
// in a revocation endpoint ("/revoke", "/oauth2/revoke_token").
func revocationURL(text string) bool {
	path, _, _ := strings.Cut(text, "?")
	path = strings.TrimRight(path, "/")
	last := strings.ToLower(path[strings.LastIndex(path, "/")+1:])
	return value.Known(last) && strings.Contains(last, "revoke")
}

// tokenURL records a URL root whose query carries a token. text is the
// root's evaluation; a root assigned to u.RawQuery is a query on its own.
func (m *model) tokenURL(cur inspector.Cursor, text string, at ast.Node, ctx *evalCtx) {
	if as, ok := cur.Parent().Node().(*ast.AssignStmt); ok && len(as.Lhs) == 1 {
		if sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr); ok && sel.Sel.Name == "RawQuery" && isURLType(m.info.TypeOf(sel.X)) {
			text = "?" + text
		}
	}
	// url.URL{Host: h, RawQuery: q.Encode()}: the literal's query.
	if kv, ok := cur.Parent().Node().(*ast.KeyValueExpr); ok && kv.Value == cur.Node() {
		if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "RawQuery" {
			if lit, ok := cur.Parent().Parent().Node().(*ast.CompositeLit); ok && isURLType(m.info.TypeOf(lit)) {
				text = "?" + text
			}
		}
	}
	param, ok := tokenInQuery(text)
	refresh := param == "refresh_token"
	if !ok {
		var val ast.Expr
		if param, val, refresh = m.tokenValueInQuery(cur, text, ctx); val == nil {
			return
		}
		at = val
	}
	if at == nil {
		at = cur.Node()
	}
	if ctx != nil && m.deletedBefore(ctx.containers, param, cur) {
		return // q.Del("access_token") on the way: sent in a header instead
	}
	t := &TokenURL{Node: cur.Node(), Param: param, Refresh: refresh, At: at, Report: at, Func: enclosingFunc(cur), QueryOnlyAPI: queryOnlyAPI(text)}
	if m.branchAway(cur, at) || ctx != nil && m.deletedSomewhere(ctx.containers, param) {
		t.Report = cur.Node() // where the URL is built, not where the parameter is set
	}
	if t.QueryOnlyAPI == "" && strings.HasPrefix(text, value.Hole) {
		if e, ok := cur.Node().(ast.Expr); ok {
			t.QueryOnlyAPI = m.queryOnlyAlternatives(e)
		}
	}
	t.Dest, t.DestNode = m.urlDest(cur, 0)
	t.OptIn = m.queryOptIn(cur)
	for i, old := range m.result.TokenURLs {
		if old.At == at {
			// The same parameter seen through two roots (q.Encode() and
			// u.String()): keep the one that says where the URL goes.
			if old.Dest == "" {
				m.result.TokenURLs[i] = t
			}
			return
		}
	}
	m.result.TokenURLs = append(m.result.TokenURLs, t)
}

// deletedBefore reports whether one of the containers that make a URL's
// query has its parameter key deleted (q.Del(key)) on every path to the
// URL at cur: in a block that holds the URL, above it, outside a loop.
func (m *model) deletedBefore(cs []*container, key string, cur inspector.Cursor) bool {
	for _, c := range cs {
		for _, d := range c.dels {
			call := d.Node().(*ast.CallExpr)
			if call.Pos() > cur.Node().Pos() || m.str(call.Args[0], nil) != key || inLoop(d) {
				continue
			}
			stmt := d.Parent()
			if _, isExpr := stmt.Node().(*ast.ExprStmt); !isExpr {
				continue
			}
			switch blk := stmt.Parent().Node().(type) {
			case *ast.BlockStmt, *ast.CaseClause: // a statement list holding the URL
				if blk.Pos() <= cur.Node().Pos() && cur.Node().End() <= blk.End() {
					return true
				}
			}
		}
	}
	return false
}

// deletedSomewhere reports whether one of the containers has key
// deleted anywhere: only some of its URLs carry the parameter.
func (m *model) deletedSomewhere(cs []*container, key string) bool {
	for _, c := range cs {
		for _, d := range c.dels {
			if m.str(d.Node().(*ast.CallExpr).Args[0], nil) == key {
				return true
			}
		}
	}
	return false
}

// branchAway reports whether the node at cur lies in a branch (an if's
// or a case's body) that does not hold at.
func (m *model) branchAway(cur inspector.Cursor, at ast.Node) bool {
	if at == nil || at == cur.Node() {
		return false
	}
	for c := range cur.Enclosing() {
		n := c.Node()
		if n.Pos() <= at.Pos() && at.End() <= n.End() {
			return false
		}
		switch n.(type) {
		case *ast.CaseClause, *ast.CommClause:
			return true
		case *ast.BlockStmt:
			if _, ok := c.Parent().Node().(*ast.IfStmt); ok {
				return true
			}
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		}
	}
	return false
}

// queryOptIn returns the condition of an enclosing if statement, in
// whose then-branch the URL is built, that compares something with a
// constant naming the query ("query", "url_query"): a configured token
// style.
func (m *model) queryOptIn(cur inspector.Cursor) string {
	// names reports whether cond compares (op) something with a constant
	// that names the query.
	names := func(cond ast.Expr, op token.Token) bool {
		found := false
		ast.Inspect(cond, func(x ast.Node) bool {
			if b, ok := x.(*ast.BinaryExpr); ok && b.Op == op {
				for _, side := range []ast.Expr{b.X, b.Y} {
					if s := m.str(side, nil); value.Known(s) && slices.Contains(words(s), "query") {
						found = true
					}
				}
			}
			return !found
		})
		return found
	}
	for c := range cur.Enclosing() {
		switch n := c.Node().(type) {
		case *ast.IfStmt:
			if within(cur.Node(), n.Body) && names(n.Cond, token.EQL) {
				return "where " + types.ExprString(n.Cond)
			}
		case *ast.BlockStmt:
			// if style != "query" { return … } earlier in the block.
			for _, st := range n.List {
				if st.Pos() >= cur.Node().Pos() {
					break
				}
				is, ok := st.(*ast.IfStmt)
				if !ok || is.Else != nil || len(is.Body.List) == 0 || !names(is.Cond, token.NEQ) {
					continue
				}
				if _, ok := is.Body.List[len(is.Body.List)-1].(*ast.ReturnStmt); ok {
					return "past if " + types.ExprString(is.Cond) + " { return }"
				}
			}
		case *ast.FuncDecl, *ast.FuncLit:
			return ""
		}
	}
	return ""
}

// urlDest is the first call a URL value is handed to: directly, through
// concatenation, a local variable, url.Parse, or u.RawQuery.
func (m *model) urlDest(cur inspector.Cursor, depth int) (string, ast.Node) {
	if depth > 3 {
		return "", nil
	}
	n := cur.Node()
	parent := cur.Parent()
	switch p := parent.Node().(type) {
	case *ast.ParenExpr:
		return m.urlDest(parent, depth)
	case *ast.BinaryExpr:
		if p.Op == token.ADD {
			return m.urlDest(parent, depth)
		}
	case *ast.CallExpr:
		if p.Fun == n {
			return "", nil
		}
		if tv, ok := m.info.Types[p.Fun]; ok && tv.IsType() {
			return m.urlDest(parent, depth) // []byte(page)
		}
		fn, ok := typeutil.Callee(m.info, p).(*types.Func)
		if !ok {
			return "", nil
		}
		name := m.funcName(fn)
		if isStringComposer(name) || name == "net/url.Parse" || name == "net/url.ParseRequestURI" {
			return m.urlDest(parent, depth)
		}
		return name, p
	case *ast.AssignStmt:
		i := indexOf(p.Rhs, n)
		if i < 0 {
			return "", nil
		}
		if len(p.Lhs) != len(p.Rhs) {
			i = 0
		}
		var v *types.Var
		switch l := ast.Unparen(p.Lhs[i]).(type) {
		case *ast.Ident:
			v = m.varOf(l)
		case *ast.SelectorExpr:
			if l.Sel.Name == "RawQuery" {
				v = m.localVar(l.X)
				if v == nil {
					// req.URL.RawQuery = q.Encode(): the request is sent.
					return "the request's URL", p
				}
			}
		}
		if v == nil {
			return "", nil
		}
		var dest string
		var at ast.Node
		m.eachUse(v, parent, func(use inspector.Cursor) {
			if dest == "" && use.Node().Pos() > p.End() {
				dest, at = m.urlDest(use, depth+1)
			}
		})
		return dest, at
	case *ast.ValueSpec:
		if i := indexOf(p.Values, n); i >= 0 && i < len(p.Names) {
			v, _ := m.info.Defs[p.Names[i]].(*types.Var)
			if v == nil {
				return "", nil
			}
			var dest string
			var at ast.Node
			m.eachUse(v, parent, func(use inspector.Cursor) {
				if dest == "" {
					dest, at = m.urlDest(use, depth+1)
				}
			})
			return dest, at
		}
	case *ast.ReturnStmt:
		return "return", p
	}
	return "", nil
}

// A loggerAPI is a logging package's functions or a logger type's
// methods that write their arguments out.
type loggerAPI struct {
	pkg    string
	recvs  []string // "" for package-level functions, "*Logger", "*Entry"…
	names  []string
	stdout bool // prints to the terminal rather than to a log
	// console: the standard logger, which writes to the terminal
	// (standard error) unless redirected: a command's console output.
	console bool
	// carrier: the function does not log, but its result carries its
	// arguments to a logger (slog.String, zap.String, logrus.WithField).
}

func levels(bases ...string) []string {
	var out []string
	for _, b := range bases {
		out = append(out, b, b+"f", b+"ln", b+"w")
	}
	return out
}

// loggers is the table of logging and printing APIs (one entry per
// package and receiver set).
var loggers = []loggerAPI{
	{pkg: "fmt", recvs: []string{""}, names: []string{"Print", "Printf", "Println"}, stdout: true},
	{pkg: "log", recvs: []string{""}, names: levels("Print", "Fatal", "Panic"), console: true},
	{pkg: "log", recvs: []string{"*Logger"}, names: levels("Print", "Fatal", "Panic")},
	{pkg: "log/slog", recvs: []string{"", "*Logger"}, names: []string{
		"Debug", "Info", "Warn", "Error", "Log", "LogAttrs", "With",
		"DebugContext", "InfoContext", "WarnContext", "ErrorContext"}},
	{pkg: "github.com/sirupsen/logrus", recvs: []string{"", "*Logger", "*Entry"}, names: append(
		levels("Trace", "Debug", "Info", "Print", "Warn", "Warning", "Error", "Fatal", "Panic"),
		"Log", "Logf", "Logln", "WithField", "WithFields")},
	{pkg: "github.com/rs/zerolog", recvs: []string{"*Event", "*Logger"}, names: []string{
		"Str", "Strs", "Interface", "Any", "Bytes", "Msg", "Msgf", "Print", "Printf", "Println"}},
	{pkg: "github.com/rs/zerolog/log", recvs: []string{""}, names: []string{"Print", "Printf"}},
	{pkg: "go.uber.org/zap", recvs: []string{"*Logger", "*SugaredLogger"}, names: append(
		levels("Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal"), "With")},
	// charmbracelet/log v0.4 (pkg.go, logger.go): Debug(msg any,
	// keyvals ...any) and the other levels, their f forms, Print, Log.
	{pkg: "github.com/charmbracelet/log", recvs: []string{"", "*Logger"}, names: append(
		levels("Debug", "Info", "Warn", "Error", "Fatal", "Print"), "Log", "Logf", "With")},
	// cobra v1.10.1 command.go: Print, Printf and Println write to
	// OutOrStderr, the command's output: a print, not a log.
	{pkg: "github.com/spf13/cobra", recvs: []string{"*Command"}, names: []string{"Print", "Printf", "Println"}, stdout: true},
}

// carriers are functions whose result holds an argument: the value is
// logged, or put in a URL, where the result is.
var carriers = map[string]int{
	// url.QueryEscape(tok.AccessToken): the token, escaped for a URL.
	"net/url.QueryEscape":        0,
	"net/url.PathEscape":         0,
	"log/slog.String":            1,
	"log/slog.Any":               1,
	"go.uber.org/zap.String":     1,
	"go.uber.org/zap.Any":        1,
	"go.uber.org/zap.ByteString": 1,
	"go.uber.org/zap.Stringer":   1,
	// json.MarshalIndent(resp, "", "  "): the token response, as JSON.
	"encoding/json.Marshal":       0,
	"encoding/json.MarshalIndent": 0,
}

// stdWriters are the writers that Fprint* prints to the terminal through.
var stdWriters = map[string]bool{
	"os.Stdout": true, "os.Stderr": true,
	"(*github.com/spf13/cobra.Command).OutOrStdout": true,
	"(*github.com/spf13/cobra.Command).OutOrStderr": true,
	"(*github.com/spf13/cobra.Command).ErrOrStderr": true,
}

// otherLogger is a logger the table does not know, recognised by
// logLike.
var otherLogger = loggerAPI{}

// logLevels are the names, less a trailing "f", of a logger's methods
// and functions.
var logLevels = map[string]bool{
	"Trace": true, "Debug": true, "Info": true, "Notice": true, "Warn": true, "Warning": true,
	"Error": true, "Critical": true, "Fatal": true, "Panic": true, "Print": true, "Log": true,
}

// logLike reports whether fn, of another package than the standard
// library's fmt, errors and testing, has the shape of a logger's
// printf-style method or function: a level's name ending in f
// (Infof, Debugf), a format string and a variadic ...any, and no result
// (errors.Errorf returns the error it makes: not a log). Loggers the
// table does not name (pfxlog's, buffalo's Logger().Debugf, an
// application's own wrapper package) write where a log goes.
func logLike(fn *types.Func) bool {
	return printfLogLike(fn) || messageLogLike(fn)
}

// messageLogLike reports whether fn is a level method that takes one
// string, the message, and returns nothing (Debug(msg string)), of a
// type or interface that also has a printf-style level method
// (printfLogLike): an application's logging facade, whose other
// methods say what it is.
func messageLogLike(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Recv() == nil || !logLevels[fn.Name()] || sig.Params().Len() != 1 || sig.Results().Len() != 0 ||
		!isStringType(sig.Params().At(0).Type()) {
		return false
	}
	n := namedOf(sig.Recv().Type())
	if n == nil {
		return false
	}
	if it, ok := n.Underlying().(*types.Interface); ok {
		for i := range it.NumMethods() {
			if printfLogLike(it.Method(i)) {
				return true
			}
		}
		return false
	}
	for i := range n.NumMethods() {
		if printfLogLike(n.Method(i)) {
			return true
		}
	}
	return false
}

func printfLogLike(fn *types.Func) bool {
	// Debugf(format, args...), or a level named alone with the same
	// shape (a module's own logging.Debug(format string, args ...any)).
	name := fn.Name()
	if fn.Pkg() == nil || !logLevels[strings.TrimSuffix(name, "f")] {
		return false
	}
	switch fn.Pkg().Path() {
	case "fmt", "errors", "testing":
		return false
	}
	sig := fn.Signature()
	n := sig.Params().Len()
	if !sig.Variadic() || sig.Results().Len() != 0 || n < 1 {
		return false
	}
	if n == 1 && strings.HasSuffix(name, "f") || n >= 2 && !isStringType(sig.Params().At(n-2).Type()) {
		return false
	}
	// Error(v ...any), with Print's shape, also writes its arguments out
	// (toolkits/pkg/logger, a module's own logger).
	sl, ok := sig.Params().At(n - 1).Type().(*types.Slice)
	if !ok {
		return false
	}
	it, ok := sl.Elem().Underlying().(*types.Interface)
	return ok && it.Empty()
}

// loggerPkgs are the import paths of the loggers table.
var loggerPkgs = sync.OnceValue(func() map[string]bool {
	out := make(map[string]bool)
	for _, l := range loggers {
		out[l.pkg] = true
	}
	return out
})

var loggerFuncs = sync.OnceValue(func() map[string]*loggerAPI {
	out := make(map[string]*loggerAPI)
	for i := range loggers {
		l := &loggers[i]
		for _, r := range l.recvs {
			for _, n := range l.names {
				key := l.pkg + "." + n
				if r != "" {
					star := ""
					if strings.HasPrefix(r, "*") {
						star = "*"
					}
					key = "(" + star + l.pkg + "." + strings.TrimPrefix(r, "*") + ")." + n
				}
				out[key] = l
			}
		}
	}
	return out
})

// logCall is a call that may write a token out, kept for the build phase
// (token values need every assignment of the package).
type logCall struct {
	cur     inspector.Cursor
	call    *ast.CallExpr
	sink    string
	stdout  bool
	stderr  bool // fmt.Fprint* to standard error
	console bool
	args    []ast.Expr
	format  int // index in args of a printf format, or -1
	via     *types.Func
}

// derivesLogger reports whether fn, a logger table entry, writes nothing
// itself but returns a logger or an event that carries its arguments
// (slog's and zap's With, logrus's WithField, zerolog's field adders).
func derivesLogger(fn *types.Func) bool {
	switch fn.Name() {
	case "With", "WithField", "WithFields", "Str", "Strs", "Interface", "Any", "Bytes":
		return true
	}
	return false
}

// visitLogCall records a call to a logger or printer of the table, or a
// call to a function of this package (a possible logging helper).
func (m *model) visitLogCall(cur inspector.Cursor, fn *types.Func, name string, call *ast.CallExpr) {
	if fn.Pkg() == m.pass.Pkg && !(isInterfaceMethod(fn) && logLike(fn)) {
		// A function of the package: a possible logging helper. A method
		// of the package's own logger interface (log oauthLogger;
		// log.Debugf(…)) has no body to read: its shape says it logs.
		m.localCalls = append(m.localCalls, cur)
		return
	}
	lc := logCall{cur: cur, call: call, sink: name, args: call.Args, format: -1}
	switch name {
	case "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln":
		if len(call.Args) == 0 || !m.stdWriter(call.Args[0]) {
			return
		}
		lc.stdout, lc.stderr, lc.args = true, m.stderrWriter(call.Args[0]), call.Args[1:]
	default:
		l, ok := loggerFuncs()[name]
		if !ok && logLike(fn) {
			l, ok = &otherLogger, true
		}
		if !ok {
			if ilc, ok := m.importedLogCall(cur, fn, call); ok {
				m.logCalls = append(m.logCalls, ilc) // svc.Revoke(ctx, tok.AccessToken) of a helper that prints it
			}
			return
		}
		if derivesLogger(fn) {
			if _, discarded := cur.Parent().Node().(*ast.ExprStmt); discarded {
				return // logger.With("token", t) alone: a logger made and dropped, nothing written
			}
		}
		lc.stdout, lc.console = l.stdout, l.console
	}
	switch {
	case strings.HasSuffix(name, "f") && len(lc.args) > 0:
		lc.format = 0
	case logLike(fn):
		// logging.Debug(format, v...): its format is the parameter before
		// the variadic one, wherever the name says nothing of it.
		if i := fn.Signature().Params().Len() - 2; i < len(lc.args) {
			lc.format = i
		}
	}
	m.logCalls = append(m.logCalls, lc)
}

// writesOut reports whether call only writes its arguments out: fmt's
// printers, a logger of the table, or one with a logger's shape
// (logLike). Such a call checks nothing of what it is handed.
func (m *model) writesOut(call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(m.info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	name := m.funcName(fn)
	switch name {
	case "fmt.Print", "fmt.Printf", "fmt.Println", "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln":
		return true
	}
	_, ok := loggerFuncs()[name]
	return ok && !derivesLogger(fn) || logLike(fn)
}

// bodyGuards are the conditions of the if statements, in fd, whose
// bodies (not their else branches) hold the node at cur.
func bodyGuards(cur inspector.Cursor, fd *ast.FuncDecl) []ast.Expr {
	var guards []ast.Expr
	child := cur.Node()
	for c := range cur.Enclosing() {
		n := c.Node()
		if n == fd {
			break
		}
		if is, ok := n.(*ast.IfStmt); ok && is.Body == child {
			guards = append(guards, is.Cond)
		}
		child = n
	}
	return guards
}

// guardFalse reports whether one of a helper's guards is false for this
// call: a condition on the helper's parameters and constants only
// (status >= 400) that the call's constant arguments make false.
func (m *model) guardFalse(guards []ast.Expr, fn *types.Func, call *ast.CallExpr) bool {
	if call.Ellipsis.IsValid() {
		return false
	}
	params := fn.Signature().Params()
	arg := func(v *types.Var) constant.Value {
		for i := range params.Len() {
			if params.At(i) == v && i < len(call.Args) {
				if tv, ok := m.info.Types[call.Args[i]]; ok {
					return tv.Value
				}
			}
		}
		return nil
	}
	var eval func(e ast.Expr) constant.Value
	eval = func(e ast.Expr) constant.Value {
		if tv, ok := m.info.Types[e]; ok && tv.Value != nil {
			return tv.Value
		}
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			if v, ok := m.info.Uses[x].(*types.Var); ok {
				return arg(v)
			}
		case *ast.UnaryExpr:
			if x.Op == token.NOT {
				if b := eval(x.X); b != nil && b.Kind() == constant.Bool {
					return constant.MakeBool(!constant.BoolVal(b))
				}
			}
		case *ast.BinaryExpr:
			l, r := eval(x.X), eval(x.Y)
			switch x.Op {
			case token.LAND, token.LOR:
				lb := l != nil && l.Kind() == constant.Bool
				rb := r != nil && r.Kind() == constant.Bool
				switch {
				case x.Op == token.LAND && (lb && !constant.BoolVal(l) || rb && !constant.BoolVal(r)):
					return constant.MakeBool(false)
				case x.Op == token.LOR && (lb && constant.BoolVal(l) || rb && constant.BoolVal(r)):
					return constant.MakeBool(true)
				case lb && rb && x.Op == token.LAND:
					return constant.MakeBool(constant.BoolVal(l) && constant.BoolVal(r))
				case lb && rb:
					return constant.MakeBool(constant.BoolVal(l) || constant.BoolVal(r))
				}
			case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
				if l != nil && r != nil && l.Kind() != constant.Unknown && r.Kind() != constant.Unknown && comparableKinds(l, r) {
					return constant.MakeBool(constant.Compare(l, x.Op, r))
				}
			}
		}
		return nil
	}
	for _, g := range guards {
		if v := eval(g); v != nil && v.Kind() == constant.Bool && !constant.BoolVal(v) {
			return true
		}
	}
	return false
}

// comparableKinds reports whether constant.Compare may compare a and b.
func comparableKinds(a, b constant.Value) bool {
	num := func(k constant.Kind) bool { return k == constant.Int || k == constant.Float }
	return a.Kind() == b.Kind() || num(a.Kind()) && num(b.Kind())
}

// stderrWriter reports whether e, one of stdWriters, is standard error.
func (m *model) stderrWriter(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		return x.Sel.Name == "Stderr"
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(m.info, x).(*types.Func); ok {
			return strings.HasSuffix(fn.Name(), "Stderr")
		}
	}
	return false
}

func (m *model) stdWriter(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if v, ok := m.info.Uses[x.Sel].(*types.Var); ok && v.Pkg() != nil && !v.IsField() {
			return stdWriters[v.Pkg().Path()+"."+v.Name()]
		}
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(m.info, x).(*types.Func); ok {
			return stdWriters[m.funcName(fn)]
		}
	}
	return false
}

// tokenLogs judges the recorded calls: first this package's helpers that
// hand a parameter straight to a logger, then every call that writes a
// token value out, directly or through such a helper.
func (m *model) tokenLogs() {
	if len(m.logCalls) == 0 {
		return
	}
	// helper → the logging call inside it and which of its parameters
	// that call writes out.
	type wrapper struct {
		lc     logCall
		params map[int]bool
		guards []ast.Expr // conditions of the ifs whose bodies hold the logging call
	}
	wrappers := make(map[*types.Func]*wrapper)
	for _, lc := range m.logCalls {
		fd, ok := enclosingFunc(lc.cur).(*ast.FuncDecl)
		if !ok {
			continue
		}
		fn, _ := m.info.Defs[fd.Name].(*types.Func)
		if fn == nil {
			continue
		}
		for i, arg := range lc.args {
			if i == lc.format {
				continue
			}
			vals := []ast.Expr{arg}
			if call, ok := ast.Unparen(arg).(*ast.CallExpr); ok && isBuiltin(m.info, call, "append") {
				vals = call.Args // log.Info(msg, append(l.attrs, kv...)...): kv is logged
			} else if m.isConcat(arg) {
				vals = m.concatOperands(arg, nil) // log.Print(l.prefix + msg): msg is logged
			}
			for _, a := range vals {
				v := m.localVar(a)
				if v == nil {
					continue
				}
				if j := paramIndex(v, fn); j >= 0 {
					if m.tokenValue(a, 0) != "" {
						continue // check(tok *oauth2.Token) logs a token whatever it is handed: reported there, not at each call
					}
					w := wrappers[fn]
					if w == nil {
						w = &wrapper{lc: lc, params: make(map[int]bool), guards: bodyGuards(lc.cur, fd)}
						wrappers[fn] = w
					}
					w.params[j] = true
				}
			}
		}
	}
	for _, cur := range m.localCalls {
		call := cur.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok {
			continue
		}
		w, ok := wrappers[fn.Origin()]
		if !ok {
			continue
		}
		if m.guardFalse(w.guards, fn.Origin(), call) {
			continue // respond(w, http.StatusOK, tok) of a helper that logs only if status >= 400
		}
		sig := fn.Origin().Type().(*types.Signature)
		var args []ast.Expr
		format := -1
		for i, a := range call.Args {
			j := i
			if sig.Variadic() && j >= sig.Params().Len()-1 {
				j = sig.Params().Len() - 1
			}
			if w.params[j] {
				args = append(args, a)
			}
		}
		if w.lc.format >= 0 && w.lc.format < len(w.lc.args) {
			// The helper's format parameter is the one the logger reads.
			if v := m.localVar(w.lc.args[w.lc.format]); v != nil {
				if i := paramIndex(v, fn.Origin()); i >= 0 && i < len(call.Args) {
					format = 0
					args = append([]ast.Expr{call.Args[i]}, args...)
				}
			}
		}
		if len(args) == 0 {
			continue
		}
		m.logCalls = append(m.logCalls, logCall{cur: cur, call: call, sink: w.lc.sink, stdout: w.lc.stdout, stderr: w.lc.stderr, console: w.lc.console, args: args, format: format, via: fn.Origin()})
	}
	m.tokenBodies()
	m.dumpingTransports()
	for _, lc := range m.logCalls {
		m.judgeLogCall(lc)
	}
}

func paramIndex(v *types.Var, fn *types.Func) int {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return -1
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if sig.Params().At(i) == v {
			return i
		}
	}
	return -1
}

func (m *model) judgeLogCall(lc logCall) {
	verbs := []printVerb(nil)
	if lc.format >= 0 && lc.format < len(lc.args) {
		if tv, ok := m.info.Types[lc.args[lc.format]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			verbs = parseVerbs(constant.StringVal(tv.Value))
		}
	}
	for i, a := range lc.args {
		if i == lc.format && verbs != nil {
			continue // a constant format; Printf("token: " + tok) is judged as an argument
		}
		what := m.tokenValue(a, 0)
		if what == "" || what == whatBody && m.underStatusCheck(lc.cur) {
			continue
		}
		if lc.format >= 0 && verbs != nil && !lc.cur.Node().(*ast.CallExpr).Ellipsis.IsValid() {
			j := i - lc.format - 1
			if j >= 0 && j < len(verbs) && verbs[j].hides() {
				continue // "%.8s": a truncated form, "%T": its type
			}
		}
		t := &TokenLog{Arg: a, Call: lc.call, Sink: lc.sink, What: what, Stdout: lc.stdout, Stderr: lc.stderr, Via: lc.via, Func: enclosingFunc(lc.cur)}
		// A program that opens its own page in the user's browser
		// serves that user, at this machine: its output is the
		// terminal's, not a server's log.
		t.Serving = lc.stdout && (m.inHandler(lc.cur) || m.inLibraryCallback(lc.cur) || m.calledFromHandlers(lc.cur, 0)) && m.result.Signals.OpensOwnPage == nil
		shell := ""
		if lc.stdout && lc.format >= 0 && verbs != nil {
			if j := i - lc.format - 1; j >= 0 && j < len(verbs) {
				shell = verbs[j].shellAssignment()
			}
		}
		switch {
		case shell != "":
			t.Purpose = "the output is a shell assignment (export " + shell + "=…) for the user's shell"
		case lc.stdout:
			// A function's name says it prints the token in a command,
			// not in a program that serves other machines (a web app's
			// getToken fetches one; its output is the server's log).
			byName := m.result.Signals.PublicListen == nil
			t.Purpose = m.printPurpose(lc.cur, byName, !lc.stderr)
			if t.Purpose == "" && byName && !lc.stderr && m.soleOutput(lc, i, verbs) {
				t.Purpose = "the token is all the program prints on standard output: it is the program's answer, for TOKEN=$(…)"
			}
		case lc.console:
			// log.Println in a command that exists to print the token is
			// its console output; a function's name alone does not make
			// the standard logger an output.
			t.Purpose = m.printPurpose(lc.cur, false, false)
		}
		m.result.TokenLogs = append(m.result.TokenLogs, t)
		return // one finding per call
	}
}

// soleOutput reports whether the print lc, of argument i, is the one
// answer of a command that exists to fetch a token: a program (package
// main) that prints the bare token (fmt.Println(token), "%s\n") and
// writes nothing else on standard output but its usage text and the
// message of an error branch that returns. Such a program's output is
// read by a script (TOKEN=$(get-token …)), as gcloud auth
// print-access-token's is; a program that also says "Logged in" or
// prints the token with a label is showing it to whoever watches.
func (m *model) soleOutput(lc logCall, i int, verbs []printVerb) bool {
	if m.pass.Pkg.Name() != "main" || lc.via != nil && lc.via.Pkg() == m.pass.Pkg {
		return false
	}
	switch {
	case lc.format < 0:
		if len(lc.args) != 1 {
			return false
		}
	default:
		f, ok := m.info.Types[lc.args[lc.format]]
		if !ok || f.Value == nil || f.Value.Kind() != constant.String || len(lc.args) != lc.format+2 || i != lc.format+1 {
			return false
		}
		if v := strings.TrimSuffix(constant.StringVal(f.Value), "\n"); v != "%s" && v != "%v" {
			return false
		}
	}
	for _, o := range m.logCalls {
		if o.call == lc.call || !o.stdout || o.stderr {
			continue
		}
		if !m.usageText(o.cur) && !m.errorBranch(o.cur) {
			return false
		}
	}
	return true
}

// usageText reports whether the print at cur is in a function that gives
// the program's usage: one named for it (usage, printHelp), or a
// function literal assigned to flag.Usage.
func (m *model) usageText(cur inspector.Cursor) bool {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			for _, w := range words(n.Name.Name) {
				if w == "usage" || w == "help" {
					return true
				}
			}
			return false
		case *ast.FuncLit:
			as, ok := c.Parent().Node().(*ast.AssignStmt)
			if !ok || len(as.Lhs) != 1 {
				return false
			}
			if sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr); ok {
				v, ok := m.info.Uses[sel.Sel].(*types.Var)
				return ok && v.Pkg() != nil && v.Pkg().Path() == "flag" && v.Name() == "Usage"
			}
			return false
		}
	}
	return false
}

// errorBranch reports whether the statement at cur is in the branch of
// an if or a case that ends by returning or exiting: an error's message.
func (m *model) errorBranch(cur inspector.Cursor) bool {
	for c := range cur.Enclosing() {
		var list []ast.Stmt
		switch n := c.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		case *ast.BlockStmt:
			if _, ok := c.Parent().Node().(*ast.IfStmt); !ok {
				continue
			}
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		default:
			continue
		}
		if len(list) == 0 {
			return false
		}
		switch last := list[len(list)-1].(type) {
		case *ast.ReturnStmt:
			return true
		case *ast.ExprStmt:
			if call, ok := last.X.(*ast.CallExpr); ok {
				fn, ok := typeutil.Callee(m.info, call).(*types.Func)
				return ok && (funcName(fn) == "os.Exit" || funcName(fn) == "log.Fatal" || funcName(fn) == "log.Fatalf" || funcName(fn) == "log.Fatalln")
			}
		}
		return false
	}
	return false
}

// calledFromHandlers reports whether the function holding cur is an
// unexported function of the package that is only ever called, and at
// least once, from HTTP handlers (or from functions only they call): it
// runs while serving a request.
func (m *model) calledFromHandlers(cur inspector.Cursor, depth int) bool {
	fd, ok := enclosingFunc(cur).(*ast.FuncDecl)
	if !ok || depth > 3 {
		return false
	}
	fn, ok := m.info.Defs[fd.Name].(*types.Func)
	if !ok || fn.Exported() {
		return false
	}
	uses := m.refs().uses[fn]
	if len(uses) == 0 {
		return false
	}
	for _, u := range uses {
		if !m.inHandler(u) && !m.calledFromHandlers(u, depth+1) {
			return false
		}
	}
	return true
}

// printVerb is one verb of a format string.
type printVerb struct {
	verb      rune
	precision bool
	before    string // the format's text since the previous verb
}

// shellAssignment is the variable a verb's value is assigned to when the
// text before it ends a shell export ("export TOKEN=%s", "export
// TOKEN='%s'", at the start or after a newline, space or semicolon):
// output meant for eval $(tool …),
// which hands the token to the user's shell on purpose.
func (v printVerb) shellAssignment() string {
	text := strings.TrimRight(v.before, `"'`)
	if !strings.HasSuffix(text, "=") {
		return ""
	}
	text = strings.TrimSuffix(text, "=")
	i := len(text)
	for i > 0 && (text[i-1] == '_' || text[i-1] >= 'A' && text[i-1] <= 'Z' || text[i-1] >= 'a' && text[i-1] <= 'z' || text[i-1] >= '0' && text[i-1] <= '9') {
		i--
	}
	name, rest := text[i:], strings.TrimRight(text[:i], " \t")
	if name == "" || name[0] >= '0' && name[0] <= '9' || !strings.HasSuffix(rest, "export") {
		return ""
	}
	rest = strings.TrimSuffix(rest, "export")
	if rest != "" && strings.IndexByte("\n; \t", rest[len(rest)-1]) < 0 {
		return ""
	}
	return name
}

// hides reports whether the verb prints something other than the whole
// value: a precision ("%.8s" truncates) or the type ("%T"), a length.
func (v printVerb) hides() bool { return v.precision || v.verb == 'T' || v.verb == 'p' }

// parseVerbs lists the verbs of a format string in argument order; nil
// when it uses explicit argument indexes or a '*' width.
func parseVerbs(format string) []printVerb {
	var out []printVerb
	last := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		var v printVerb
		v.before = format[last:i]
		i++
		for ; i < len(format); i++ {
			c := format[i]
			switch {
			case c == '[' || c == '*':
				return nil
			case c == '.':
				v.precision = true
			case strings.IndexByte("+-# 0123456789", c) >= 0:
			default:
				v.verb = rune(c)
			}
			if v.verb != 0 {
				break
			}
		}
		if v.verb == '%' {
			continue
		}
		last = i + 1
		out = append(out, v)
	}
	return out
}

// Token kinds, as messages name them.
const (
	whatAccess     = "the access token"
	whatRefresh    = "the refresh token"
	whatID         = "the ID token"
	whatToken      = "the oauth2.Token (printed with its fields, access and refresh tokens included)"
	whatStruct     = "a token response (printed with its fields, the token included)"
	whatAuthHeader = "the request's Authorization header (the caller's bearer token or client credentials)"
	whatRecord     = "an issued token's record (printed with its fields, access and refresh tokens included)"
	whatStringer   = "a token response (its String method prints the token)"
	whatHandedIn   = "a revocation or introspection request (its token parameter is the token handed in)"
)

// tokenFieldTags are the parameter names under which token responses
// carry credentials; a string field tagged with one holds a token.
var tokenFieldTags = map[string]string{
	"access_token": whatAccess, "refresh_token": whatRefresh, "id_token": whatID,
	// The same names in camelCase, as JSON APIs of issued tokens spell them.
	"accessToken": whatAccess, "refreshToken": whatRefresh, "idToken": whatID,
}

// tokenValue says which token e is, or a string derived only from one
// ("Bearer " + tok.AccessToken); "" when it is not, or when it is derived
// through anything else (a hash, a slice, len, a helper).
// splitOf is the token value that e, a slice of strings, was split from:
// strings.Split, SplitN or Fields of it, directly or through a local
// variable assigned once.
func (m *model) splitOf(e ast.Expr, depth int) string {
	if depth > maxDepth {
		return ""
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		d, ok := m.singleDef(m.varOf(id))
		if !ok || d.rhs == nil || d.tuple >= 0 {
			return ""
		}
		e = d.rhs
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return ""
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return ""
	}
	switch funcName(fn) {
	case "strings.Split", "strings.SplitN", "strings.Fields":
		return m.tokenValue(call.Args[0], depth+1)
	}
	return ""
}

func (m *model) tokenValue(e ast.Expr, depth int) string {
	if depth > maxDepth || e == nil {
		return ""
	}
	w := m.valueToken(e, depth)
	if w == "" {
		// An anonymous token response, where nothing says more of it
		// (a token endpoint's answer decoded into it does).
		if t := m.info.TypeOf(e); t != nil && isAnonStruct(t) {
			if _, isLit := ast.Unparen(e).(*ast.CompositeLit); !isLit {
				w = m.tokenStruct(t, depth)
			}
		}
	}
	return w
}

// isAnonStruct reports whether t is (a pointer to) a struct type literal.
func isAnonStruct(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := types.Unalias(t).(*types.Struct)
	return ok
}

func (m *model) valueToken(e ast.Expr, depth int) string {
	if t := m.info.TypeOf(e); t != nil {
		if _, isLit := ast.Unparen(e).(*ast.CompositeLit); !isLit {
			if isNamed(t, pathOAuth2, "Token") {
				return whatToken
			}
			if w := libraryToken(t, ""); w != "" {
				return w // go-oauth2's oauth2.TokenInfo, printed whole
			}
			if w := m.tokenStruct(t, depth); w != "" && !isAnonStruct(t) {
				return w
			}
		}
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		sel, ok := m.info.Selections[x]
		if !ok || sel.Kind() != types.FieldVal {
			return ""
		}
		if isNamed(sel.Recv(), pathOAuth2, "Token") {
			switch x.Sel.Name {
			case "AccessToken":
				return whatAccess
			case "RefreshToken":
				return whatRefresh
			}
			return ""
		}
		if f, ok := sel.Obj().(*types.Var); ok && !isStringType(f.Type()) {
			if what := libraryToken(sel.Recv(), f.Name()); what == whatStruct && m.filledBefore(x, sel.Recv(), f.Name()) {
				return what // osin's Response.Output, a map of the token response
			}
		}
		if f, ok := sel.Obj().(*types.Var); ok && isStringType(f.Type()) {
			if what := libraryToken(sel.Recv(), f.Name()); what != "" {
				return what // osin's AccessData.AccessToken
			}
			if what := tokenFieldTags[tagName(fieldTag(sel))]; what != "" && !m.sealedField(f) {
				// A field tagged as a token response's, promoted
				// through embedded structs too (d.RefreshToken of a
				// driver that embeds its configuration).
				return what
			}
			return m.fieldTokens[f]
		}
	case *ast.StarExpr:
		return m.tokenValue(x.X, depth+1)
	case *ast.TypeAssertExpr:
		return m.tokenValue(x.X, depth+1)
	case *ast.SliceExpr:
		if x.Low == nil && x.High == nil {
			return m.tokenValue(x.X, depth+1) // body[:], all of it
		}
	case *ast.IndexExpr:
		// session.Values["access_token"], fields["refresh_token"]: a
		// map keyed by a token response's parameter name.
		if _, isMap := underlying(m.info, x.X).(*types.Map); isMap {
			if w, ok := tokenFieldTags[m.str(x.Index, nil)]; ok {
				return w
			}
		}
		// strings.SplitN(h, " ", 2)[1], strings.Fields(h)[1]: the part
		// of the Authorization header after its scheme is the token.
		if tv, ok := m.info.Types[x.Index]; ok && tv.Value != nil && tv.Value.Kind() == constant.Int && constant.Sign(tv.Value) > 0 {
			if w := m.splitOf(x.X, depth+1); w == whatAuthHeader {
				return w
			}
		}
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			if w := m.tokenValue(x.X, depth+1); w != "" {
				return w
			}
			// "…#access_token=" + jwt: whatever fills a token
			// parameter of a URL or form is that token.
			if w := urlTokenParam(m.str(x.X, nil)); w != "" && !m.isConstant(x.Y) {
				return w
			}
			return m.tokenValue(x.Y, depth+1)
		}
	case *ast.CompositeLit:
		// logrus.Fields{"token": t}, []any{t}, slog attributes in a slice.
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if w := m.tokenValue(elt, depth+1); w != "" {
				return w
			}
		}
	case *ast.CallExpr:
		return m.tokenCall(x, depth)
	case *ast.Ident:
		v := m.varOf(x)
		if v != nil && m.tokenBodyVars[v] || m.tokenBodyUses[x] {
			return whatBody // tokenbody.go
		}
		if v == nil || m.addrTaken[v] {
			return ""
		}
		if isNamed(v.Type(), "net/url", "Values") {
			// A token request's form, logged whole (refresh_token,
			// client_secret and all).
			if c := m.containerOfVar(x); c != nil {
				p := m.containerParams(c)
				for _, k := range []string{"refresh_token", "access_token"} {
					// A constant there is a mask (q.Set("refresh_token",
					// "***") before the query is logged), not a token.
					if _, _, known := p.Lookup(k); hasKey(p, k) && !known {
						return tokenFieldTags[k]
					}
				}
				// token beside token_type_hint or the client's
				// credentials: the form of a revocation or
				// introspection request (RFC 7009 §2.1, RFC 7662 §2.1),
				// whose token is a live access or refresh token.
				if _, _, known := p.Lookup("token"); hasKey(p, "token") && !known && (hasKey(p, "token_type_hint") || hasKey(p, "client_secret") || hasKey(p, "client_id")) {
					return whatHandedIn
				}
			}
		}
		if w := m.tokenVar(v, depth); w != "" {
			return w
		}
		return m.tokenVarBefore(v, x, depth)
	}
	return ""
}

// authorizedRequest is the token a request variable carries in its
// Authorization header (req.Header.Set("Authorization", "Bearer "+tok)),
// or "".
func (m *model) authorizedRequest(e ast.Expr, depth int) string {
	v := m.localVar(e)
	if v == nil || len(m.defs[v]) == 0 {
		return ""
	}
	what := ""
	m.eachUse(v, m.defs[v][0].cur, func(use inspector.Cursor) {
		// req.Header.Set(k, val): use is req, its parent req.Header.
		hdr, ok := use.Parent().Node().(*ast.SelectorExpr)
		if what != "" || !ok || hdr.Sel.Name != "Header" {
			return
		}
		set, ok := use.Parent().Parent().Node().(*ast.SelectorExpr)
		if !ok || set.Sel.Name != "Set" && set.Sel.Name != "Add" {
			return
		}
		call, ok := use.Parent().Parent().Parent().Node().(*ast.CallExpr)
		if !ok || call.Fun != set || len(call.Args) != 2 || !strings.EqualFold(m.str(call.Args[0], nil), "Authorization") {
			return
		}
		what = m.tokenValue(call.Args[1], depth+1)
	})
	return what
}

// tokenVarBefore is tokenVar for a use of v that only the assignments
// above it reach: at := tokens(); raw := at; … at, err = encrypt(at)
// leaves raw the token.
func (m *model) tokenVarBefore(v *types.Var, use *ast.Ident, depth int) string {
	before, last := m.defsAbove(v, use)
	if len(before) == 0 || len(before) == len(m.defs[v]) {
		return ""
	}
	if last {
		before = before[len(before)-1:]
	}
	return m.tokenDefs(before, depth)
}

// reachingDef is the one assignment of v, a local variable, that reaches
// use: its only one, or the last above use in a block that holds use
// (redirect := fmt.Sprintf(…) before the first c.Redirect(302, redirect),
// reassigned further down for a second).
func (m *model) reachingDef(v *types.Var, use ast.Node) (def, bool) {
	if d, ok := m.singleDef(v); ok {
		return d, true
	}
	if v == nil || m.addrTaken[v] {
		return def{}, false
	}
	before, last := m.defsAbove(v, use)
	if !last {
		return def{}, false
	}
	return before[len(before)-1], true
}

// defsAbove is the assignments of v, a local variable, above use in its
// function, and whether the last of them alone reaches use: it lies in a
// block that holds use. A use inside a loop, or in a function literal,
// may see any assignment, and so may one whose function is not found:
// then nil.
func (m *model) defsAbove(v *types.Var, use ast.Node) ([]def, bool) {
	if v == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil, false
	}
	defs := m.defs[v]
	var before []def
	for _, d := range defs {
		if d.cur.Node().Pos() < use.Pos() {
			before = append(before, d)
		}
	}
	if len(before) == 0 {
		return nil, false
	}
	cur, ok := m.in.Root().FindNode(use)
	if !ok {
		return nil, false
	}
	for c := range cur.Enclosing() {
		switch c.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return nil, false
		case *ast.FuncDecl, *ast.FuncLit:
			// The innermost function declares v and holds every
			// assignment of it: no closure assigns it elsewhere.
			fn := c.Node()
			if v.Pos() < fn.Pos() || v.Pos() >= fn.End() {
				return nil, false
			}
			for _, d := range defs {
				if d.cur.Node().Pos() < fn.Pos() || d.cur.Node().End() > fn.End() || m.inFuncLitBelow(d.cur, fn) {
					return nil, false
				}
			}
			// The last assignment above the use, in a block that holds
			// the use, is the one that reaches it (bits, err =
			// httputil.DumpRequest(req, true) after bits was the token
			// response).
			switch blk := before[len(before)-1].cur.Parent().Node().(type) {
			case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
				return before, blk.Pos() <= use.Pos() && use.End() <= blk.End()
			}
			return before, false
		}
	}
	return nil, false
}

// inFuncLitBelow reports whether cur lies in a function literal nested in
// fn: an assignment that runs whenever the literal is called.
func (m *model) inFuncLitBelow(cur inspector.Cursor, fn ast.Node) bool {
	for c := range cur.Enclosing() {
		if c.Node() == fn {
			return false
		}
		if _, ok := c.Node().(*ast.FuncLit); ok {
			return true
		}
	}
	return false
}

func (m *model) tokenCall(call *ast.CallExpr, depth int) string {
	if tv, ok := m.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		if isStringType(tv.Type) || isByteSlice(tv.Type) {
			return m.tokenValue(call.Args[0], depth+1) // string(b), []byte(s)
		}
		return ""
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return ""
	}
	// r.PostFormValue("refresh_token") of the request being served: the
	// refresh token a client sent to this token endpoint.
	for _, k := range []string{"refresh_token", "access_token"} {
		if m.requestRead(call, k, depth) != nil {
			return tokenFieldTags[k]
		}
	}
	if m.builtBody(call) {
		return whatBody // res.String() of a token request sent with resty
	}
	name := m.funcName(fn)
	switch name {
	case "(net/url.Values).Encode":
		// form.Encode(): the form's text, its token parameters included.
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return m.tokenValue(sel.X, depth+1)
		}
		return ""
	case "(*golang.org/x/oauth2.Token).Extra", "(net/url.Values).Get":
		// tok.Extra("id_token"); url.ParseQuery(string(body)).Get(
		// "access_token"), a token response in form encoding (GitHub's).
		if len(call.Args) == 1 {
			if w, ok := tokenFieldTags[m.str(call.Args[0], nil)]; ok {
				return w
			}
		}
		return ""
	case "(net/http.Header).Get", "(*github.com/gin-gonic/gin.Context).GetHeader":
		// r.Header.Get("Authorization"): the caller's credential, a
		// bearer token (RFC 6750 §2.1) or Basic client credentials.
		if len(call.Args) == 1 && strings.EqualFold(m.str(call.Args[0], nil), "Authorization") {
			return whatAuthHeader
		}
		return ""
	case "strings.TrimPrefix", "strings.TrimSuffix", "strings.Replace", "strings.ReplaceAll", "strings.Trim", "strings.TrimLeft", "strings.CutPrefix":
		// strings.TrimPrefix(h, "Bearer "), strings.Replace(h, "Bearer ",
		// "", 1): what remains is the token.
		if len(call.Args) >= 2 {
			return m.tokenValue(call.Args[0], depth+1)
		}
		return ""
	case "fmt.Sprint", "fmt.Sprintf", "fmt.Sprintln", "fmt.Errorf", "strings.Join", "strings.TrimSpace":
		// fmt.Errorf("login failed for %s", tok): an error that carries
		// the token wherever it is logged.
		if (name == "fmt.Sprintf" || name == "fmt.Errorf") && len(call.Args) > 1 && !call.Ellipsis.IsValid() {
			if tv, ok := m.info.Types[call.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				// "access_token=%s&token_type=bearer": the argument of
				// a token parameter's verb is that token.
				for k, i := range value.VerbArgs(constant.StringVal(tv.Value)) {
					if w := tokenFieldTags[k]; w != "" && i+1 < len(call.Args) && !m.isConstant(call.Args[i+1]) {
						return w
					}
				}
				verbs := parseVerbs(constant.StringVal(tv.Value))
				for i, a := range call.Args[1:] {
					if verbs != nil && i < len(verbs) && verbs[i].hides() {
						continue
					}
					if w := m.tokenValue(a, depth+1); w != "" {
						return w
					}
				}
				return ""
			}
		}
		for _, a := range call.Args {
			if w := m.tokenValue(a, depth+1); w != "" {
				return w
			}
		}
		return ""
	}
	if (name == "net/http/httputil.DumpRequest" || name == "net/http/httputil.DumpRequestOut") && len(call.Args) == 2 {
		// httputil.DumpRequest(req, true) of a request whose
		// Authorization header carries the token: the dump shows it.
		if w := m.authorizedRequest(call.Args[0], depth); w != "" {
			return w
		}
		if m.servedTokenRequest(call) {
			return whatRefresh
		}
		return ""
	}
	if i, ok := carriers[name]; ok && i < len(call.Args) {
		return m.tokenValue(call.Args[i], depth+1)
	}
	if i := m.carrierParam(fn); i >= 0 && i < len(call.Args) {
		return m.tokenValue(call.Args[i], depth+1) // toJSON(resp): the response, as text
	}
	if w := m.resultToken(fn, 0, depth); w != "" {
		return w // bearer(r): a helper that returns the token (another package's: a fact)
	}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && len(call.Args) == 0 {
		return libraryToken(sig.Recv().Type(), fn.Name()) // ti.GetAccess() of go-oauth2
	}
	return ""
}

// servedTokenRequest reports whether call, httputil.DumpRequest(r,
// true), dumps the body of the request a handler serves, in a package
// whose handlers read the served request's refresh_token: a token
// endpoint's request, refresh tokens (and codes, verifiers, client
// secrets) in its body.
func (m *model) servedTokenRequest(call *ast.CallExpr) bool {
	if tv, ok := m.info.Types[call.Args[1]]; !ok || !isTrueConst(tv) {
		return false
	}
	id, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := m.info.Uses[id].(*types.Var)
	if !ok || v.Kind() != types.ParamVar {
		return false
	}
	if p, ok := v.Type().(*types.Pointer); !ok || !isNamed(p.Elem(), "net/http", "Request") {
		return false
	}
	cur, ok := m.in.Root().FindNode(call)
	if !ok {
		return false
	}
	fn := enclosingFunc(cur)
	if fn == nil || !m.answersHTTP(fn) {
		return false
	}
	if m.readsRefresh == nil {
		reads := false
		for c := range m.in.Root().Preorder((*ast.CallExpr)(nil)) {
			x := c.Node().(*ast.CallExpr)
			if m.methodRead(x) == "refresh_token" && !m.inTest(x) && m.requestRead(x, "refresh_token", 0) != nil {
				reads = true
				break
			}
		}
		m.readsRefresh = &reads
	}
	return *m.readsRefresh
}

// tokenGetters indexes knowledge.TokenGetters by import path, type and
// name: which token the value holds, and the method that puts it there.
var tokenGetters = sync.OnceValue(func() map[[3]string]struct{ what, after string } {
	idx := make(map[[3]string]struct{ what, after string })
	for _, g := range knowledge.TokenGetters {
		what := whatAccess
		switch {
		case g.Name == "" && g.Noun != "":
			what = g.Noun + " (printed with its fields, its tokens included)"
		case g.Name == "":
			what = whatRecord
		case g.Record:
			what = whatStruct
		case g.Refresh:
			what = whatRefresh
		case g.ID:
			what = whatID
		}
		for _, p := range g.Paths {
			idx[[3]string{p, g.Type, g.Name}] = struct{ what, after string }{what, g.After}
		}
	}
	return idx
})

// filledBefore reports whether the field x (of a value of type recv)
// holds tokens where it is read: its table row names no method that puts
// them there (After), or the function around x calls that method with
// x's value as an argument (srv.FinishAccessRequest(resp, r, ar)).
func (m *model) filledBefore(x *ast.SelectorExpr, recv types.Type, name string) bool {
	n := namedOf(recv)
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	after := tokenGetters()[[3]string{trimVendor(n.Obj().Pkg().Path()), n.Obj().Name(), name}].after
	if after == "" {
		return true
	}
	cur, ok := m.in.Root().FindNode(x)
	if !ok {
		return false
	}
	fcur, ok := enclosingFuncCursor(cur)
	if !ok {
		return false
	}
	for c := range fcur.Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || fn.Name() != after || call.Pos() > x.Pos() {
			continue
		}
		for _, a := range call.Args {
			if m.sameExpr(a, x.X) {
				return true
			}
		}
	}
	return false
}

// libraryToken says which token a library's method or field of a value of
// type recv holds (knowledge.TokenGetters), or "".
func libraryToken(recv types.Type, name string) string {
	n := namedOf(recv)
	if n == nil || n.Obj().Pkg() == nil {
		return ""
	}
	return tokenGetters()[[3]string{trimVendor(n.Obj().Pkg().Path()), n.Obj().Name(), name}].what
}

func isByteSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// tokenVar says which token a local variable holds: every assignment to
// it gives it a token (a variable that is sometimes a redacted form is not
// one).
// helperToken is what token fn, a function of this package, returns as
// its first result, a string: a token in every return that gives one
// other than a constant ("" on an error path); "" otherwise.
func (m *model) helperToken(fn *types.Func, depth int) string {
	if w, ok := m.helperTokens[fn]; ok {
		return w // computed, or being computed (a cycle: not a token)
	}
	if m.helperTokens == nil {
		m.helperTokens = make(map[*types.Func]string)
	}
	if depth > maxDepth {
		return "" // not kept: a shallower call may see further
	}
	m.helperTokens[fn] = ""
	what := m.returnedToken(fn, 0, depth) // tokenresult.go
	m.helperTokens[fn] = what
	return what
}

func (m *model) tokenVar(v *types.Var, depth int) string {
	if w, ok := m.tokenVars[v]; ok {
		return w // computed, or being computed (a cycle: not a token)
	}
	m.tokenVars[v] = ""
	w := m.tokenVarDefs(v, depth)
	if w == "" {
		w = m.consumedToken(v)
	}
	m.tokenVars[v] = w
	return w
}

// consumedToken says which token the local variable v holds by what the
// program does with it: passed for a library's token parameter
// (knowledge.TokenParams: rp.RefreshTokens(ctx, p, rt, "", "")) or
// written to an oauth2.Token's AccessToken or RefreshToken field. A
// variable only ever given constants holds none.
func (m *model) consumedToken(v *types.Var) string {
	if v.Pkg() != m.pass.Pkg || v.Parent() == m.pass.Pkg.Scope() || !isStringType(v.Type()) {
		return ""
	}
	if v.Kind() == types.ParamVar {
		if w := m.implTokenParam(v); w != "" {
			return w
		}
	}
	constant := len(m.defs[v]) > 0
	for _, d := range m.defs[v] {
		if d.rhs == nil || d.tuple >= 0 || !m.isConstant(d.rhs) {
			constant = false
		}
	}
	def, ok := m.defCursor(v)
	if constant || !ok {
		return ""
	}
	what := ""
	m.eachUse(v, def, func(use inspector.Cursor) {
		if what != "" {
			return
		}
		switch p := use.Parent().Node().(type) {
		case *ast.CallExpr:
			fn, ok := typeutil.Callee(m.info, p).(*types.Func)
			if i := indexOf(p.Args, use.Node().(ast.Expr)); ok && i >= 0 {
				what = tokenParam(fn, i)
			}
		case *ast.KeyValueExpr:
			lit, ok := use.Parent().Parent().Node().(*ast.CompositeLit)
			if k, isID := p.Key.(*ast.Ident); ok && isID && p.Value == use.Node() && isNamed(m.info.TypeOf(lit), pathOAuth2, "Token") {
				what = oauth2TokenField(k.Name)
			}
		case *ast.AssignStmt:
			if len(p.Lhs) == len(p.Rhs) {
				if i := indexOf(p.Rhs, use.Node().(ast.Expr)); i >= 0 {
					if sel, ok := ast.Unparen(p.Lhs[i]).(*ast.SelectorExpr); ok && isNamed(m.info.TypeOf(sel.X), pathOAuth2, "Token") {
						what = oauth2TokenField(sel.Sel.Name)
					}
				}
			}
		}
	})
	return what
}

func oauth2TokenField(name string) string {
	switch name {
	case "AccessToken":
		return whatAccess
	case "RefreshToken":
		return whatRefresh
	}
	return ""
}

// tokenParam says which token fn's parameter i takes
// (knowledge.TokenParams), or "".
func tokenParam(fn *types.Func, i int) string {
	fn = fn.Origin()
	if fn.Pkg() == nil {
		return ""
	}
	recv := ""
	if sig := fn.Signature(); sig.Recv() != nil {
		n := namedOf(sig.Recv().Type())
		if n == nil {
			return ""
		}
		recv = n.Obj().Name()
	}
	path := trimVendor(fn.Pkg().Path())
	for _, p := range knowledge.TokenParams {
		if p.Name != fn.Name() || p.Recv != recv || p.Param != i || !slices.Contains(p.Paths, path) {
			continue
		}
		if p.Refresh {
			return whatRefresh
		}
		return whatAccess
	}
	return ""
}

func (m *model) tokenVarDefs(v *types.Var, depth int) string {
	return m.tokenDefs(m.defs[v], depth)
}

// tokenDefs is what a variable holds when each of defs gives it a token.
func (m *model) tokenDefs(defs []def, depth int) string {
	what := ""
	for _, d := range defs {
		if d.rhs == nil {
			if d.op == token.VAR {
				continue // var t string, assigned below
			}
			return ""
		}
		rhs := d.rhs
		if d.tuple > 0 {
			// at, id, rt, err := session.Tokens(…): the call's result.
			call, ok := ast.Unparen(rhs).(*ast.CallExpr)
			if !ok {
				return ""
			}
			fn, ok := typeutil.Callee(m.info, call).(*types.Func)
			if !ok {
				return ""
			}
			w := m.resultToken(fn, d.tuple, depth+1)
			if w == "" {
				return ""
			}
			what = w
			continue
		}
		w := m.tokenValue(rhs, depth+1)
		if w == "" {
			return ""
		}
		what = w
	}
	return what
}

// tokenStruct reports whether t is (a pointer to) a struct, named or
// not, with a string field tagged access_token, refresh_token or id_token, and no
// method that controls how it prints (String, Format, GoString, LogValue,
// MarshalLogObject): printed whole, it prints the token. A String method
// of this package that returns the token itself controls nothing.
func (m *model) tokenStruct(t types.Type, depth int) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	t = types.Unalias(t)
	var pkg *types.Package
	switch x := t.(type) {
	case *types.Named:
		pkg = x.Obj().Pkg()
	case *types.Struct:
		// res := struct{ AccessToken string `json:"access_token"` … }{…}:
		// an anonymous token response, methods only through embedding.
	default:
		return ""
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	has := false
	for i := 0; i < st.NumFields(); i++ {
		if isStringType(st.Field(i).Type()) && tokenFieldTags[tagName(st.Tag(i))] != "" {
			has = true
		}
	}
	if !has {
		return ""
	}
	what := whatStruct
	ms := types.NewMethodSet(types.NewPointer(t))
	for _, name := range []string{"String", "Format", "GoString", "LogValue", "MarshalLogObject", "MarshalZerologObject"} {
		sel := ms.Lookup(pkg, name)
		if sel == nil {
			sel = ms.Lookup(nil, name)
		}
		if sel == nil {
			continue
		}
		if fn, ok := sel.Obj().(*types.Func); !ok || name != "String" || !m.stringReveals(fn, depth) {
			return ""
		}
		what = whatStringer
	}
	return what
}

// stringReveals reports whether fn, a String method declared in this
// package, returns a token: fmt.Sprintf("%s %s", t.Type, t.AccessToken).
func (m *model) stringReveals(fn *types.Func, depth int) bool {
	if is, ok := m.stringers[fn]; ok {
		return is // false while it is being decided: a String that prints itself
	}
	if m.stringers == nil {
		m.stringers = make(map[*types.Func]bool)
	}
	m.stringers[fn] = false
	cur, ok := m.funcDecls[fn.Origin()]
	if !ok {
		return false
	}
	decl := cur.Node().(*ast.FuncDecl)
	is := false
	for c := range cur.Preorder((*ast.ReturnStmt)(nil)) {
		ret := c.Node().(*ast.ReturnStmt)
		if enclosingFunc(c) == decl && len(ret.Results) == 1 && m.tokenValue(ret.Results[0], depth+1) != "" {
			is = true
			break
		}
	}
	m.stringers[fn] = is
	return is
}

// fieldAssign notes s.f = e for string fields, and fieldTokens is
// computed from all of them: a field every assignment of which (in this
// package) gives it a token holds that token. A nil rhs is a value not
// known (s.f = the second result of a call).
func (m *model) fieldAssign(sel *ast.SelectorExpr, rhs ast.Expr) {
	s, ok := m.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return
	}
	if f, ok := s.Obj().(*types.Var); ok && isStringType(f.Type()) {
		m.fieldDefs[f] = append(m.fieldDefs[f], rhs)
	}
}

// fieldLit notes the string fields of a struct literal, keyed or
// positional (session{user, tok.AccessToken}).
func (m *model) fieldLit(lit *ast.CompositeLit, st *types.Struct) {
	if len(lit.Elts) == st.NumFields() && len(lit.Elts) > 0 {
		if _, keyed := lit.Elts[0].(*ast.KeyValueExpr); !keyed {
			for i, elt := range lit.Elts {
				if f := st.Field(i); isStringType(f.Type()) {
					m.fieldDefs[f] = append(m.fieldDefs[f], elt)
				}
			}
			return
		}
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		k, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		if f, ok := m.info.Uses[k].(*types.Var); ok && f.IsField() && isStringType(f.Type()) {
			m.fieldDefs[f] = append(m.fieldDefs[f], kv.Value)
		}
	}
}

func (m *model) computeFieldTokens() {
	m.fieldTokens = make(map[*types.Var]string)
	// A field some assignments give a token, the others a value that may
	// be its own read back (cur.RefreshToken = load(), where load returns
	// a cached record's RefreshToken): a candidate, judged below.
	candidates := make(map[*types.Var]string)
	vars, helpers, results := maps.Clone(m.tokenVars), maps.Clone(m.helperTokens), maps.Clone(m.helperResults)
	for f, rhss := range m.fieldDefs {
		if f.Pkg() != m.pass.Pkg {
			continue // another package may assign it anything
		}
		what, unknown := "", false
		for _, rhs := range rhss {
			w := m.tokenValue(rhs, 1)
			switch {
			case w == "" && m.isConstExpr(rhs):
				what, unknown = "", false // cleared or redacted: not always a token
			case w == "":
				unknown = true
				continue
			case what != "" && w != what:
				what = ""
			default:
				what = w
				continue
			}
			break
		}
		switch {
		case what != "" && !unknown:
			m.fieldTokens[f] = what
		case what != "":
			candidates[f] = what
		}
	}
	if len(candidates) > 0 {
		// What the first look cached saw the candidates as no tokens.
		m.roundTripFields(candidates, tokenCaches{vars, helpers, results})
	}
}

// roundTripFields decides the candidate fields of computeFieldTokens:
// assuming each holds its token, every assignment of it must give that
// token (a field read back through helpers gives itself); a field that
// fails is dropped and the others judged again, until none fails. The
// token caches filled under the assumption are put back as they were.
func (m *model) roundTripFields(candidates map[*types.Var]string, saved tokenCaches) {
	restore := func() {
		m.tokenVars, m.helperTokens, m.helperResults = maps.Clone(saved.vars), maps.Clone(saved.helpers), maps.Clone(saved.results)
	}
	restore()
	for changed := true; changed && len(candidates) > 0; {
		changed = false
		for f, w := range candidates {
			m.fieldTokens[f] = w
		}
		for f, w := range candidates {
			for _, rhs := range m.fieldDefs[f] {
				if m.tokenValue(rhs, 1) != w {
					delete(candidates, f)
					delete(m.fieldTokens, f)
					changed = true
					break
				}
			}
		}
		restore()
	}
	if m.tokenVars == nil {
		m.tokenVars = make(map[*types.Var]string)
	}
}

// tokenCaches are the memos of token values that an assumption about
// fields may fill: put back as they were before it.
type tokenCaches struct {
	vars    map[*types.Var]string
	helpers map[*types.Func]string
	results map[tokenResultKey]string
}

// isConstExpr reports whether e is a constant ("", "redacted").
func (m *model) isConstExpr(e ast.Expr) bool {
	tv, ok := m.info.Types[e]
	return ok && tv.Value != nil
}

// printWords are the words of a command or function whose purpose is to
// print a token: "token", "print-token", "printAccessToken", "get-token".
var printWords = map[string]bool{
	"token": true, "tokens": true, "print": true, "show": true, "get": true, "display": true,
	"dump": true, "echo": true, "output": true, "cat": true, "access": true, "id": true,
	"refresh": true, "raw": true, "current": true, "run": true, "cmd": true, "command": true,
	"new": true, "exec": true, "execute": true, "info": true,
	"credential": true, "credentials": true, "cred": true, "creds": true,
}

// tokenWords name what such a command prints: a token, or the
// credentials a login obtained ("credentials", "creds": the tokens to
// paste into a configuration).
var tokenWords = map[string]bool{
	"token": true, "tokens": true, "credential": true, "credentials": true, "cred": true, "creds": true,
}

// tokenKinds are the words that say whose or which token a command
// prints, right before "token": "admin-token", "user-token",
// "service-token", "bearer-token".
var tokenKinds = map[string]bool{
	"admin": true, "user": true, "service": true, "bearer": true, "api": true, "auth": true,
	"session": true, "jwt": true, "personal": true, "app": true, "client": true, "machine": true,
	"m2m": true, "sa": true, "oauth": true, "oauth2": true, "oidc": true,
}

// protocolWords name the protocol: a command named only with them (and
// printing words) is a token-minting command, like oauth2l or "step oauth".
var protocolWords = map[string]bool{"oauth": true, "oauth2": true, "oidc": true}

// printVerbs are the words that say a flag asks for printing.
var printVerbs = map[string]bool{"print": true, "show": true, "display": true, "dump": true, "output": true, "echo": true, "info": true}

// words splits an identifier or a command name into lower-case words:
// "printAccessToken" → print access token; "print-token" → print token.
func words(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
			continue
		case unicode.IsUpper(r) && i > 0 && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])):
			flush()
		}
		cur = append(cur, r)
	}
	flush()
	return out
}

// tokenCommandName reports whether a name says its purpose is printing a
// token: it has the word "token" (or, for a command, is only printing
// words such as "print" or "get") and no word outside printWords.
func tokenCommandName(name string, needToken bool) bool {
	ws := words(name)
	if len(ws) == 0 {
		return false
	}
	hasToken, onlyVerbs, kind, verb := false, true, false, false
	for i, w := range ws {
		if !needToken && protocolWords[w] {
			// A command named after the protocol ("step oauth",
			// "mytool oidc") exists to obtain a token and print it.
			hasToken = true
			continue
		}
		if tokenKinds[w] && i+1 < len(ws) && (ws[i+1] == "token" || ws[i+1] == "tokens") {
			kind = true // admin-token: the admin's token
			continue
		}
		if !printWords[w] {
			return false
		}
		verb = verb || printVerbs[w] || w == "get"
		if tokenWords[w] {
			hasToken = true
		}
		onlyVerbs = onlyVerbs && (printVerbs[w] || w == "get")
	}
	if kind && needToken && !verb {
		return false // a function machineToken() obtains the machine's token
	}
	// A command named only "print" or "get" (git's credential helper
	// protocol) prints what it is asked for; "run" or "exec" alone does not say.
	return hasToken || !needToken && onlyVerbs
}

// programWords may name, beside printWords, a program whose whole job is
// handing out a token: "give-me-accesstoken", "fetch-token", "mint-token".
var programWords = map[string]bool{
	"give": true, "me": true, "my": true, "fetch": true, "mint": true, "obtain": true,
	"gen": true, "generate": true, "issue": true,
}

// programName returns the name of the program this package belongs to
// when that name says the program exists to print a token (the module's
// last path element, or a command's directory): every word a printing or
// program word, and one of them "token" ("accesstoken" is "access"
// "token"); "" otherwise.
func (m *model) programName() string {
	if m.programChecked {
		return m.program
	}
	m.programChecked = true
	var names []string
	if m.pass.Pkg.Name() == "main" {
		names = append(names, path.Base(m.pass.Pkg.Path()))
	}
	if m.pass.Module != nil && m.pass.Module.Path != "" {
		mod := m.pass.Module.Path
		if base := path.Base(mod); len(base) > 1 && base[0] == 'v' && strings.Trim(base[1:], "0123456789") == "" {
			mod = path.Dir(mod) // example.com/tool/v2
		}
		names = append(names, path.Base(mod))
	}
	for _, name := range names {
		hasToken, ok := false, true
		for _, w := range words(name) {
			for _, suffix := range []string{"tokens", "token", "credentials", "creds"} {
				if prefix, cut := strings.CutSuffix(w, suffix); cut && (prefix == "" || printWords[prefix]) {
					w, hasToken = suffix, true // accesstoken
					break
				}
			}
			if !printWords[w] && !programWords[w] {
				ok = false
				break
			}
		}
		if ok && hasToken {
			m.program = name
			break
		}
	}
	return m.program
}

// printFlagName reports whether a flag or variable name asks for the
// token to be printed: "print-token", "showToken", "printAccessToken".
func printFlagName(name string) bool {
	ws := words(name)
	verb, tok := false, false
	for _, w := range ws {
		verb = verb || printVerbs[w]
		tok = tok || w == "token" || w == "tokens"
	}
	return verb && tok
}

// printPurpose tells whether printing at cur is what the enclosing
// command is for, and says how it knows; "" if not:
//   - a function named for it (printToken, getAccessToken, runTokenCmd);
//   - a function literal that is the Run/RunE/Action of a command literal
//     (cobra.Command, urfave/cli's Command, any struct type named Command)
//     whose Use or Name is made of such words ("token", "print-token",
//     "get"), as in "mytool token print";
//   - the branch of an if statement taken when a flag or variable named
//     for printing the token (--print-token, showToken) is set;
//   - the branch of an if or switch taken when a command-line argument
//     names such a command (os.Args[1] == "show"; argcmd.go).
//
// A command named only for printing ("get", "print": git's credential
// helper protocol) prints what it is asked for on standard output; a
// write to standard error or the standard logger there (a -verbose
// trace) is no answer it was asked for (toStdout false).
func (m *model) printPurpose(cur inspector.Cursor, byFuncName, toStdout bool) string {
	asked := func(name string) bool { return toStdout || tokenCommandName(name, true) }
	if name := m.argCommandPurpose(cur); name != "" && asked(name) {
		return "the command " + value.Quote(name) + " is for printing it"
	}
	if name := m.programName(); name != "" {
		return "the program " + value.Quote(name) + " is for printing it"
	}
	var from ast.Node // the child of c that holds cur
	for c := range cur.Enclosing() {
		switch n := c.Node().(type) {
		case *ast.IfStmt:
			if name := m.printFlag(n.Cond); name != "" && from == askedBranch(n) {
				return "the output is asked for by " + value.Quote(name)
			}
		case *ast.FuncDecl:
			if byFuncName && tokenCommandName(n.Name.Name, true) {
				return "the function " + n.Name.Name + " is for printing it"
			}
			if fn, ok := m.info.Defs[n.Name].(*types.Func); ok {
				if use := m.commandOfFunc(fn); use != "" && asked(use) {
					return "the command " + value.Quote(use) + " is for printing it"
				}
				if byFuncName {
					return m.callersPurpose(fn)
				}
			}
			return ""
		case *ast.FuncLit:
			if use := m.commandUse(c); use != "" && asked(use) {
				return "the command " + value.Quote(use) + " is for printing it"
			}
		}
		from = c.Node()
	}
	return ""
}

// askedBranch is the branch of an if statement whose condition reads a
// printing flag that runs when the flag is set: the body, or the else
// branch of a negated flag (if !printToken { … } else { … }).
func askedBranch(n *ast.IfStmt) ast.Node {
	if u, ok := ast.Unparen(n.Cond).(*ast.UnaryExpr); ok && u.Op == token.NOT {
		if n.Else == nil {
			return nil
		}
		return n.Else
	}
	return n.Body
}

// callersPurpose is printPurpose for a helper of the package that does
// the printing for its callers (PrintEnvVars called by ShowTokens, the
// "--env" form of a "token" command): printing is its purpose when the
// package calls it, and every call is in a function or command whose
// purpose is printing the token. A helper the package does not call, or
// refers to other than by calling it, says nothing.
func (m *model) callersPurpose(fn *types.Func) string {
	if m.purposeBusy[fn] || len(m.purposeBusy) >= maxDepth {
		return ""
	}
	uses := m.refs().uses[fn]
	if len(uses) == 0 {
		return ""
	}
	if m.purposeBusy == nil {
		m.purposeBusy = make(map[*types.Func]bool)
	}
	m.purposeBusy[fn] = true
	defer delete(m.purposeBusy, fn)
	why := ""
	for _, u := range uses {
		call := u.Parent()
		if sel, ok := call.Node().(*ast.SelectorExpr); ok && sel.Sel == u.Node() {
			call = call.Parent() // x.method(…)
		}
		ce, ok := call.Node().(*ast.CallExpr)
		if !ok || ast.Unparen(ce.Fun) != u.Node() && ast.Unparen(ce.Fun) != u.Parent().Node() {
			return "" // passed as a value: called from anywhere
		}
		w := m.printPurpose(call, true, true)
		if w == "" {
			return ""
		}
		if why == "" {
			why = w
		}
	}
	return "every call of " + fn.Name() + " is where " + why
}

// printFlag finds, in a condition, a name or string constant that asks
// for printing a token.
func (m *model) printFlag(cond ast.Expr) string {
	return m.printFlagIn(cond, cond, make(map[*types.Var]bool))
}

// printFlagIn is printFlag, following each variable's definitions once
// (n = n * 2 defines n by itself).
func (m *model) printFlagIn(e, cond ast.Expr, seen map[*types.Var]bool) string {
	found := ""
	ast.Inspect(e, func(n ast.Node) bool {
		if found != "" {
			return false
		}
		switch x := n.(type) {
		case *ast.Ident:
			if printFlagName(x.Name) {
				found = x.Name
			} else if v := m.varOf(x); v != nil && !seen[v] && len(seen) < maxDepth {
				// printTok := flag.Bool("print-token", …)
				seen[v] = true
				for _, d := range m.defs[v] {
					if d.rhs != nil && d.rhs != cond {
						if f := m.printFlagIn(d.rhs, cond, seen); f != "" {
							found = f
						}
					}
				}
			}
		case *ast.BasicLit:
			if x.Kind == token.STRING {
				if s := m.str(x, nil); value.Known(s) && printFlagName(s) {
					found = s
				}
			}
		}
		return true
	})
	return found
}

// commandUse returns the Use or Name of the command literal whose field a
// function literal is, when that name says the command prints a token.
func (m *model) commandUse(lit inspector.Cursor) string {
	kvCur := lit.Parent()
	kv, ok := kvCur.Node().(*ast.KeyValueExpr)
	if !ok || kv.Value != lit.Node() {
		return ""
	}
	cl, ok := kvCur.Parent().Node().(*ast.CompositeLit)
	if !ok {
		return ""
	}
	return m.commandName(cl)
}

// commandName returns the Use or Name of a command literal (any struct
// type named Command: cobra's, urfave/cli's), when that name says the
// command prints a token.
func (m *model) commandName(cl *ast.CompositeLit) string {
	t := m.info.TypeOf(cl)
	if t == nil {
		return ""
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); !ok || n.Obj().Name() != "Command" {
		return ""
	}
	for _, elt := range cl.Elts {
		f, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		k, ok := f.Key.(*ast.Ident)
		if !ok || (k.Name != "Use" && k.Name != "Name") {
			continue
		}
		s := m.str(f.Value, nil)
		if !value.Known(s) {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimSpace(s), " ") // "token [flags]"
		if tokenCommandName(name, false) {
			return name
		}
	}
	return ""
}

// commandOfFunc returns the token-printing command whose Run, RunE or
// Action is the function fn of this package (Action: oauthCmd), or "".
// The command literals are listed once per package, and only when a
// printed token asks.
func (m *model) commandOfFunc(fn *types.Func) string {
	if m.funcCommands == nil {
		m.funcCommands = make(map[*types.Func]string)
		for cur := range m.in.Root().Preorder((*ast.CompositeLit)(nil)) {
			cl := cur.Node().(*ast.CompositeLit)
			name := m.commandName(cl)
			if name == "" {
				continue
			}
			for _, elt := range cl.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if k, ok := kv.Key.(*ast.Ident); !ok || (k.Name != "Run" && k.Name != "RunE" && k.Name != "Action") {
					continue
				}
				id := nameIdent(kv.Value)
				if id == nil {
					continue
				}
				if f, ok := m.info.Uses[id].(*types.Func); ok {
					m.funcCommands[f] = name
				}
			}
		}
		m.kongCommands()
	}
	return m.funcCommands[fn]
}

// kongCommands adds to funcCommands the token-printing commands declared
// the way github.com/alecthomas/kong declares them: a field tagged cmd
// of a command-line struct, whose type's Run method runs the command
// (Info InfoCmd `cmd:""` runs (*InfoCmd).Run as "info"), in a named
// struct type or an anonymous one; the command's name is the tag name,
// or the field's.
func (m *model) kongCommands() {
	for cur := range m.in.Root().Preorder((*ast.StructType)(nil)) {
		st, ok := m.info.TypeOf(cur.Node().(*ast.StructType)).(*types.Struct)
		if !ok {
			continue
		}
		for i := range st.NumFields() {
			tag := reflect.StructTag(st.Tag(i))
			if _, ok := tag.Lookup("cmd"); !ok {
				continue
			}
			f := st.Field(i)
			cmd := tag.Get("name")
			if cmd == "" {
				cmd = f.Name()
			}
			if !tokenCommandName(cmd, false) {
				continue
			}
			t := f.Type()
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
			obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), true, m.pass.Pkg, "Run")
			if run, ok := obj.(*types.Func); ok && run.Pkg() == m.pass.Pkg {
				m.funcCommands[run] = strings.ToLower(cmd)
			}
		}
	}
}

// tokenParamNode is where an encoded parameter container sets a token.
func (m *model) tokenParamNode(ctx *evalCtx) ast.Node {
	for _, c := range ctx.containers {
		m.containerParams(c)
		for _, k := range tokenParams {
			if n := c.nodes[k]; n != nil {
				return n
			}
		}
	}
	return nil
}

// querySetters indexes knowledge.QuerySetters by import path, receiver
// and method.
var querySetters = sync.OnceValue(func() map[[3]string]bool {
	idx := make(map[[3]string]bool)
	for _, q := range knowledge.QuerySetters {
		for _, p := range q.Paths {
			idx[[3]string{p, q.Recv, q.Name}] = true
		}
	}
	return idx
})

// querySetterToken records a token that a request method puts in the
// request's URL query one parameter at a time
// (req.SetQueryParam("access_token", tok) of go-openapi or go-resty):
// under a token parameter's name, or any name with a token's value.
func (m *model) querySetterToken(cur inspector.Cursor, fn *types.Func, call *ast.CallExpr) {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || len(call.Args) < 2 || call.Ellipsis.IsValid() {
		return
	}
	n := namedOf(sig.Recv().Type())
	if n == nil || n.Obj().Pkg() == nil || !querySetters()[[3]string{trimVendor(n.Obj().Pkg().Path()), n.Obj().Name(), fn.Name()}] {
		return
	}
	name := m.str(call.Args[0], nil)
	if !value.Known(name) {
		return
	}
	refresh := name == "refresh_token"
	if !slices.Contains(tokenParams, name) {
		w := m.tokenValue(call.Args[1], 0)
		if w != whatAccess && w != whatRefresh {
			return
		}
		refresh = w == whatRefresh
	}
	m.result.TokenURLs = append(m.result.TokenURLs, &TokenURL{
		Node: call, Param: name, Refresh: refresh, At: call.Args[1], Report: call.Args[1], Func: enclosingFunc(cur),
		Dest: "the request's URL", DestNode: call,
	})
}

// sealedField reports whether f, a string field of this package tagged as
// a token (refresh_token), is given in this package only values that a
// function of the package derived from a token without returning one
// (s.RefreshToken = encrypt(tok.RefreshToken): ciphertext), empty strings
// or its own value: what it holds is not the token. A field the package
// never writes (decoded from a response) is not sealed.
func (m *model) sealedField(f *types.Var) bool {
	if f.Pkg() != m.pass.Pkg || len(m.fieldDefs[f]) == 0 {
		return false
	}
	if is, ok := m.sealed[f]; ok {
		return is
	}
	if m.sealed == nil {
		m.sealed = make(map[*types.Var]bool)
	}
	m.sealed[f] = false // a cycle is not sealed
	is := true
	for _, rhs := range m.fieldDefs[f] {
		if rhs == nil || !m.sealedValue(rhs, f, 0) {
			is = false
			break
		}
	}
	m.sealed[f] = is
	return is
}

// sealedValue reports whether e, written to field f, is such a value.
func (m *model) sealedValue(e ast.Expr, f *types.Var, depth int) bool {
	if depth > maxDepth {
		return false
	}
	if s := m.str(e, nil); s == "" && m.isConstant(e) {
		return true
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		sel, ok := m.info.Selections[x]
		return ok && sel.Obj() == f // its own value, carried over
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(m.info, x).(*types.Func)
		if !ok || fn.Pkg() != m.pass.Pkg || m.helperToken(fn, depth+1) != "" {
			return false
		}
		if _, ok := m.funcDecls[fn]; !ok {
			return false
		}
		for _, a := range x.Args {
			if m.tokenValue(a, depth+1) != "" {
				return true // a token in, something else out
			}
		}
	case *ast.Ident:
		v := m.varOf(x)
		if v == nil || v.Pkg() != m.pass.Pkg || m.addrTaken[v] || v.Parent() == m.pass.Pkg.Scope() {
			return false
		}
		defs := m.defs[v]
		if len(defs) == 0 {
			return false
		}
		for _, d := range defs {
			if d.rhs == nil {
				continue // var v string: empty
			}
			if d.tuple > 0 || d.op != token.ASSIGN && d.op != token.DEFINE && d.op != token.VAR || !m.sealedValue(d.rhs, f, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// isInterfaceMethod reports whether fn is a method of an interface type
// (abstract: no body to read).
func isInterfaceMethod(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && types.IsInterface(recv.Type())
}

// implTokenParam says which token the parameter v holds when it is a
// parameter of a method of this package's type that implements a
// library's interface whose method the library calls with a token
// there (knowledge.TokenImplParams: osin's Storage.LoadAccess(token)),
// or "". The package's such parameters are indexed once.
func (m *model) implTokenParam(v *types.Var) string {
	if m.implParams == nil {
		m.implParams = m.indexImplParams()
	}
	return m.implParams[v]
}

// indexImplParams maps each parameter of the package's methods that a
// library hands a token (knowledge.TokenImplParams) to which token.
func (m *model) indexImplParams() map[*types.Var]string {
	out := make(map[*types.Var]string)
	for fn, cur := range m.funcDecls {
		fd := cur.Node().(*ast.FuncDecl)
		if fd.Recv == nil {
			continue
		}
		recv := namedOf(fn.Signature().Recv().Type())
		if recv == nil {
			continue
		}
		for _, p := range knowledge.TokenImplParams {
			if p.Name != fn.Name() || p.Param >= fn.Signature().Params().Len() {
				continue
			}
			for _, imp := range m.pass.Pkg.Imports() {
				if !slices.Contains(p.Paths, trimVendor(imp.Path())) {
					continue
				}
				obj, ok := imp.Scope().Lookup(p.Recv).(*types.TypeName)
				if !ok {
					continue
				}
				iface, ok := obj.Type().Underlying().(*types.Interface)
				if ok && (types.Implements(recv, iface) || types.Implements(types.NewPointer(recv), iface)) {
					w := whatAccess
					if p.Refresh {
						w = whatRefresh
					}
					out[fn.Signature().Params().At(p.Param)] = w
				}
			}
		}
	}
	return out
}

// inLibraryCallback reports whether cur is in a method that a server
// library calls with a token while serving (knowledge.TokenImplParams:
// an osin Storage's LoadAccess).
func (m *model) inLibraryCallback(cur inspector.Cursor) bool {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		fd := c.Node().(*ast.FuncDecl)
		fn, ok := m.info.Defs[fd.Name].(*types.Func)
		if !ok || fd.Recv == nil {
			return false
		}
		for p := range fn.Signature().Params().Variables() {
			if m.implTokenParam(p) != "" {
				return true
			}
		}
	}
	return false
}

// urlTokenParam says which token follows s, the text before a value in a
// URL or form: s ends with a token parameter's name and "=" at the start
// of a parameter ("…#access_token=", "?refresh_token="); "" otherwise.
func urlTokenParam(s string) string {
	head, ok := strings.CutSuffix(s, "=")
	if !ok {
		return ""
	}
	for k, w := range tokenFieldTags {
		if rest, ok := strings.CutSuffix(head, k); ok && (rest == "" || strings.ContainsRune("?&#", rune(rest[len(rest)-1]))) {
			return w
		}
	}
	return ""
}

// isConcat reports whether e is a string concatenation (a + b).
func (m *model) isConcat(e ast.Expr) bool {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || b.Op != token.ADD {
		return false
	}
	t := m.info.TypeOf(b)
	return t != nil && isStringType(t) // nil: a type error
}

// concatOperands appends to out the operands of the string
// concatenation e, flattened (a + b + c: a, b, c).
func (m *model) concatOperands(e ast.Expr, out []ast.Expr) []ast.Expr {
	if m.isConcat(e) {
		b := ast.Unparen(e).(*ast.BinaryExpr)
		return m.concatOperands(b.Y, m.concatOperands(b.X, out))
	}
	return append(out, e)
}
