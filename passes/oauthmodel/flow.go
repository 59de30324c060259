package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// flowFrom follows the value of the expression at cur (an authorization
// URL) to where it goes: through concatenation, formatting, url.Parse,
// local variables and calls to this package's functions, until it reaches
// a sink (a redirect, the terminal, a browser launcher, a return).
func (m *model) flowFrom(cur inspector.Cursor, depth int, out *[]Sink, seen map[ast.Node]bool) {
	n := cur.Node()
	if depth > maxDepth || seen[n] {
		return
	}
	seen[n] = true
	parent := cur.Parent()
	if !parent.Valid() {
		return
	}
	switch p := parent.Node().(type) {
	case *ast.KeyValueExpr:
		// Login{AuthURL: u}: stored in a field, read elsewhere.
		if k, ok := p.Key.(*ast.Ident); ok && p.Value == n {
			if f, ok := m.info.Uses[k].(*types.Var); ok && f.IsField() && isStringType(f.Type()) {
				*out = append(*out, Sink{Kind: SinkField, Node: p, What: "field " + f.Name(), Field: f})
			}
		}
		m.flowFrom(parent, depth, out, seen)
	case *ast.CompositeLit:
		// Options{Cmd: "xdg-open", Args: []string{u}}: the command a
		// wrapper around os/exec runs, by its value, whatever the
		// wrapper (another package's, not followed) is called.
		if cmd, at := m.launcherIn(p.Elts, n); cmd != "" {
			*out = append(*out, Sink{Kind: SinkBrowser, Node: at, What: types.ExprString(p.Type) + "{" + cmd + "}"})
		}
		m.flowFrom(parent, depth, out, seen)
	case *ast.ParenExpr, *ast.StarExpr:
		m.flowFrom(parent, depth, out, seen)
	case *ast.UnaryExpr:
		if p.Op == token.AND {
			m.flowFrom(parent, depth, out, seen)
		}
	case *ast.BinaryExpr:
		if p.Op == token.ADD && m.isString(p) {
			m.flowFrom(parent, depth, out, seen)
		}
	case *ast.SelectorExpr:
		// u.String(), u.Redacted(): the URL as a string again.
		if call, ok := parent.Parent().Node().(*ast.CallExpr); ok && call.Fun == p && p.X == n {
			if fn, ok := typeutil.Callee(m.info, call).(*types.Func); ok {
				switch funcName(fn) {
				case "(*net/url.URL).String", "(*net/url.URL).Redacted":
					m.flowFrom(parent.Parent(), depth, out, seen)
				}
			}
		}
	case *ast.CallExpr:
		if p.Fun == n {
			return
		}
		if tv, ok := m.info.Types[p.Fun]; ok && tv.IsType() {
			m.flowFrom(parent, depth, out, seen) // []byte(u), template.URL(u)
			return
		}
		m.callSink(parent, p, n, depth, out, seen)
	case *ast.AssignStmt:
		i := indexOf(p.Rhs, n)
		if i < 0 {
			return
		}
		if len(p.Lhs) != len(p.Rhs) {
			i = 0 // u, err := url.Parse(authURL)
		}
		m.flowIntoLHS(parent, p.Lhs[i], depth, out, seen)
	case *ast.ValueSpec:
		if i := indexOf(p.Values, n); i >= 0 && i < len(p.Names) {
			if len(p.Names) != len(p.Values) {
				i = 0
			}
			m.flowIntoLHS(parent, p.Names[i], depth, out, seen)
		}
	case *ast.ReturnStmt:
		s := Sink{Kind: SinkReturned, Node: p, What: "return"}
		if fd, ok := enclosingFunc(parent).(*ast.FuncDecl); ok {
			s.Func, _ = m.info.Defs[fd.Name].(*types.Func)
		}
		*out = append(*out, s)
	}
}

func indexOf(list []ast.Expr, n ast.Node) int {
	for i, e := range list {
		if e == n {
			return i
		}
	}
	return -1
}

// flowIntoLHS follows a value assigned to a variable (to each use of it)
// or to u.RawQuery (to each use of u).
func (m *model) flowIntoLHS(stmt inspector.Cursor, lhs ast.Expr, depth int, out *[]Sink, seen map[ast.Node]bool) {
	var v *types.Var
	switch l := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		v = m.varOf(l)
	case *ast.SelectorExpr:
		if l.Sel.Name == "RawQuery" {
			v = m.localVar(l.X)
			break
		}
		// login.AuthURL = u: stored in a field, read elsewhere.
		if f, ok := m.info.Uses[l.Sel].(*types.Var); ok && f.IsField() && isStringType(f.Type()) {
			*out = append(*out, Sink{Kind: SinkField, Node: stmt.Node(), What: "field " + f.Name(), Field: f})
		}
	}
	if v == nil {
		return
	}
	m.eachUse(v, stmt, func(use inspector.Cursor) {
		m.flowFrom(use, depth+1, out, seen)
	})
}

// eachUse calls f for every use of v in the function that declares it
// (closures included), or in the whole package for a package-level var.
func (m *model) eachUse(v *types.Var, at inspector.Cursor, f func(inspector.Cursor)) {
	scope := m.in.Root()
	if v.Parent() != m.pass.Pkg.Scope() {
		for c := range at.Enclosing((*ast.FuncDecl)(nil)) {
			scope = c
		}
	}
	for c := range scope.Preorder((*ast.Ident)(nil)) {
		if m.info.Uses[c.Node().(*ast.Ident)] == v {
			f(c)
		}
	}
}

// browserLaunchers are the commands that open a URL in the system
// browser (RFC 8252 §4: native apps use the external user-agent).
var browserLaunchers = map[string]bool{
	"xdg-open": true, "open": true, "rundll32": true, "explorer": true, "explorer.exe": true,
	"wslview": true, "sensible-browser": true, "x-www-browser": true, "www-browser": true,
	"gnome-open": true, "kde-open": true, "cmd": true, "cmd.exe": true,
}

// launcherIn returns the browser launcher named by a string constant
// among exprs (call arguments, or a struct literal's field values) other
// than the one carrying the URL, and where it is: a command given
// together with the URL is the command that opens it. Only names that
// mean nothing else count: "open", "explorer" and "cmd" are also words
// (an audit event's Action: "open" beside its URL) or run anything.
func (m *model) launcherIn(exprs []ast.Expr, url ast.Node) (string, ast.Node) {
	for _, e := range exprs {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Value
		}
		if e == url {
			continue
		}
		tv, ok := m.info.Types[e]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			continue
		}
		cmd := constant.StringVal(tv.Value)
		if i := strings.LastIndexAny(cmd, `/\`); i >= 0 {
			cmd = cmd[i+1:]
		}
		switch c := strings.ToLower(cmd); c {
		case "open", "explorer", "explorer.exe", "cmd", "cmd.exe":
		default:
			if browserLaunchers[c] {
				return cmd, e
			}
		}
	}
	return "", nil
}

// browserFuncs are library functions that open a URL in the system browser.
var browserFuncs = map[string]bool{
	"github.com/pkg/browser.OpenURL":               true,
	"github.com/cli/browser.OpenURL":               true,
	"github.com/toqueteos/webbrowser.Open":         true,
	"github.com/skratchdot/open-golang/open.Run":   true,
	"github.com/skratchdot/open-golang/open.Start": true,
	"github.com/icza/gox/osx.OpenDefault":          true,
	// GUI toolkits' own launchers (Wails v2.9 runtime.BrowserOpenURL(ctx,
	// url); Fyne v2.5 App.OpenURL(*url.URL)).
	"github.com/wailsapp/wails/v2/pkg/runtime.BrowserOpenURL": true,
	"(fyne.io/fyne/v2.App).OpenURL":                           true,
}

// webFrameworkRedirects are framework methods that answer a request with a
// redirect (the server-side web app's way of sending the browser on).
var webFrameworkPkgs = []string{
	"github.com/gin-gonic/gin", "github.com/labstack/echo", "github.com/gofiber/fiber",
	"github.com/beego/beego", "github.com/astaxie/beego", "github.com/kataras/iris",
	"github.com/gobuffalo/buffalo", "github.com/revel/revel", "github.com/go-chi/chi",
	"github.com/gorilla/mux", "github.com/julienschmidt/httprouter", "github.com/valyala/fasthttp",
	"github.com/go-martini/martini", "github.com/zenazn/goji", "goji.io", "github.com/emicklei/go-restful",
	"github.com/danielgtaylor/huma", "github.com/hertz-contrib", "github.com/cloudwego/hertz",
}

func webFramework(path string) string {
	path = trimVendor(path)
	for _, p := range webFrameworkPkgs {
		if path == p || strings.HasPrefix(path, p+"/") {
			return p
		}
	}
	return ""
}

// callSink classifies a call that receives the URL as argument arg.
func (m *model) callSink(callCur inspector.Cursor, call *ast.CallExpr, arg ast.Node, depth int, out *[]Sink, seen map[ast.Node]bool) {
	argi := indexOf(call.Args, arg)
	switch fn := typeutil.Callee(m.info, call).(type) {
	case *types.Builtin:
		switch fn.Name() {
		case "print", "println":
			if !m.inHandler(callCur) {
				*out = append(*out, Sink{Kind: SinkPrinted, Node: call, What: fn.Name()})
			}
		case "append":
			// args = append(args, u): the URL is among the arguments
			// args... gives a command.
			if argi > 0 && !call.Ellipsis.IsValid() {
				m.flowFrom(callCur, depth, out, seen)
			}
		}
	case *types.Func:
		name := funcName(fn)
		switch name {
		case "net/http.Redirect":
			if argi == 2 {
				*out = append(*out, Sink{Kind: SinkRedirect, Node: call, What: "http.Redirect"})
			}
			return
		case "(net/http.Header).Set", "(net/http.Header).Add":
			if argi == 1 && strings.EqualFold(m.str(call.Args[0], nil), "Location") {
				*out = append(*out, Sink{Kind: SinkRedirect, Node: call, What: "a Location header"})
			}
			return
		case "fmt.Print", "fmt.Printf", "fmt.Println":
			// Printing inside an HTTP handler is a server's log line, not a
			// terminal prompt.
			if !m.inHandler(callCur) {
				*out = append(*out, Sink{Kind: SinkPrinted, Node: call, What: name})
			}
			return
		case "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln":
			if argi > 0 {
				m.writerSink(call.Args[0], call, name, m.inHandler(callCur), out)
			}
			return
		case "fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln", "net/url.Parse", "strings.TrimSpace", "html/template.URL":
			m.flowFrom(callCur, depth, out, seen)
			return
		case "(*html/template.Template).Execute", "(*html/template.Template).ExecuteTemplate",
			"(*text/template.Template).Execute", "(*text/template.Template).ExecuteTemplate":
			if argi > 0 {
				m.writerSink(call.Args[0], call, "a template", false, out)
			}
			return
		case "(*encoding/json.Encoder).Encode":
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				if enc, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && len(enc.Args) == 1 {
					m.writerSink(enc.Args[0], call, "a JSON response", false, out)
				}
			}
			return
		case "os/exec.Command", "os/exec.CommandContext":
			first := 0
			if name == "os/exec.CommandContext" {
				first = 1
			}
			if argi > first && first < len(call.Args) {
				if cmd := m.launcherCommand(call.Args[first]); cmd != "" {
					*out = append(*out, Sink{Kind: SinkBrowser, Node: call, What: "exec.Command(" + cmd + ")"})
				}
			}
			return
		case "net/http.Get", "net/http.Head", "(*net/http.Client).Get", "(*net/http.Client).Head":
			if argi == 0 {
				*out = append(*out, Sink{Kind: SinkFetched, Node: call, What: name})
			}
			return
		case "net/http.NewRequest", "net/http.NewRequestWithContext":
			if argi == 1 && name == "net/http.NewRequest" || argi == 2 {
				*out = append(*out, Sink{Kind: SinkFetched, Node: call, What: name})
			}
			return
		case "(syscall/js.Value).Set", "(syscall/js.Value).Call":
			*out = append(*out, Sink{Kind: SinkJSLocation, Node: call, What: "syscall/js"})
			return
		}
		if l := loggerFuncs()[name]; l != nil && l.console {
			// log.Printf("visit %v", u): the standard logger writes to the
			// terminal, as fmt.Printf does; inside a handler it is a
			// server's log line (and computeSinks drops it for a URL read
			// back from a record's field). A *log.Logger's destination is
			// unknown.
			if !m.inHandler(callCur) {
				*out = append(*out, Sink{Kind: SinkPrinted, Node: call, What: name})
			}
			return
		}
		if fn.Name() == "Write" || fn.Name() == "WriteString" {
			// w.Write([]byte(page)), io.WriteString(w, page): into a response.
			var w ast.Expr
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && fn.Type().(*types.Signature).Recv() != nil {
				w = sel.X
			} else if len(call.Args) > 1 && argi > 0 {
				w = call.Args[0]
			}
			if w != nil && isResponseWriter(m.info.TypeOf(w)) {
				*out = append(*out, Sink{Kind: SinkResponse, Node: call, What: "an HTTP response"})
			}
			return
		}
		if browserFuncs[name] {
			*out = append(*out, Sink{Kind: SinkBrowser, Node: call, What: fn.Pkg().Name() + "." + fn.Name()})
			return
		}
		if f := m.importedBrowserFact(fn); f != nil {
			// utils.OpenURL(u): another package's wrapper (BrowserFact).
			if argi == f.Param-1 {
				*out = append(*out, Sink{Kind: SinkBrowser, Node: call, What: fn.Pkg().Name() + "." + fn.Name()})
			}
			return
		}
		if fn.Pkg() != nil && fn.Name() == "Redirect" && webFramework(fn.Pkg().Path()) != "" {
			*out = append(*out, Sink{Kind: SinkRedirect, Node: call, What: fn.Pkg().Name() + " Redirect"})
			return
		}
		// run("xdg-open", u): a wrapper around os/exec, whatever its
		// name, given a browser launcher and the URL.
		if cmd, at := m.launcherIn(call.Args, arg); cmd != "" {
			*out = append(*out, Sink{Kind: SinkBrowser, Node: at, What: fn.Name() + "(" + cmd + ")"})
			return
		}
		// A function of this package: follow the URL into its parameter.
		if cur, ok := m.funcDecls[fn.Origin()]; ok && argi >= 0 {
			sig, _ := fn.Origin().Type().(*types.Signature) // the body uses the generic parameters
			if sig != nil && sig.Variadic() && argi >= sig.Params().Len()-1 {
				if call.Ellipsis.IsValid() || m.inHandler(callCur) {
					return // in a handler: a server's output, as fmt.Printf there
				}
				// say("open %s", u): the URL is an element of the
				// variadic parameter, which the body hands on whole
				// (fmt.Fprintf(os.Stdout, format, args...)).
				param := sig.Params().At(sig.Params().Len() - 1)
				body := cur.Child(cur.Node().(*ast.FuncDecl).Body)
				for c := range body.Preorder((*ast.Ident)(nil)) {
					inner, ok := c.Parent().Node().(*ast.CallExpr)
					if m.info.Uses[c.Node().(*ast.Ident)] == param && ok && inner.Ellipsis.IsValid() && len(inner.Args) > 0 && inner.Args[len(inner.Args)-1] == c.Node() {
						m.callSink(c.Parent(), inner, c.Node(), depth+1, out, seen)
					}
				}
				return
			}
			if sig == nil || argi >= sig.Params().Len() {
				return
			}
			param := sig.Params().At(argi)
			body := cur.Child(cur.Node().(*ast.FuncDecl).Body)
			for c := range body.Preorder((*ast.Ident)(nil)) {
				if m.info.Uses[c.Node().(*ast.Ident)] == param {
					m.flowFrom(c, depth+1, out, seen)
				}
			}
		}
	}
}

// writerSink classifies output written to w: the terminal (os.Stdout,
// os.Stderr) or an HTTP response.
func (m *model) writerSink(w ast.Expr, call *ast.CallExpr, what string, inHandler bool, out *[]Sink) {
	if sel, ok := ast.Unparen(w).(*ast.SelectorExpr); ok && !inHandler {
		if v, ok := m.info.Uses[sel.Sel].(*types.Var); ok && v.Pkg() != nil && v.Pkg().Path() == "os" &&
			(v.Name() == "Stdout" || v.Name() == "Stderr") {
			*out = append(*out, Sink{Kind: SinkPrinted, Node: call, What: what + " to os." + v.Name()})
			return
		}
	}
	if c, ok := ast.Unparen(w).(*ast.CallExpr); ok && !inHandler {
		// cmd.OutOrStdout() of a command-line framework (stdWriters).
		if fn, ok := typeutil.Callee(m.info, c).(*types.Func); ok && stdWriters[m.funcName(fn)] {
			*out = append(*out, Sink{Kind: SinkPrinted, Node: call, What: what + " to " + fn.Name() + "()"})
			return
		}
	}
	if isResponseWriter(m.info.TypeOf(w)) {
		*out = append(*out, Sink{Kind: SinkResponse, Node: call, What: what + " in an HTTP response"})
	}
}

// isResponseWriter reports whether t has http.ResponseWriter's methods.
func isResponseWriter(t types.Type) bool {
	if t == nil {
		return false
	}
	ms := types.NewMethodSet(t)
	return ms.Lookup(nil, "WriteHeader") != nil && ms.Lookup(nil, "Header") != nil && ms.Lookup(nil, "Write") != nil
}

// inHandler reports whether cur lies in a function that serves HTTP: one
// that takes an http.ResponseWriter, an *http.Request or a web
// framework's request context (*gin.Context, echo.Context, …).
func (m *model) inHandler(cur inspector.Cursor) bool {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		ft := funcTypeOf(c.Node())
		for _, field := range ft.Params.List {
			t := m.info.TypeOf(field.Type)
			if isResponseWriter(t) || servedRequest(t) {
				return true // net/http, or a web framework's request context
			}
		}
	}
	return false
}
