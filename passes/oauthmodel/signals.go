package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"net/netip"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// guiToolkits are imports that make a package a desktop or mobile app.
var guiToolkits = []string{
	"golang.org/x/mobile", "fyne.io/fyne", "gioui.org", "github.com/wailsapp/wails",
	"github.com/therecipe/qt", "github.com/lxn/walk", "github.com/andlabs/ui",
	"github.com/webview/webview", "github.com/webview/webview_go", "github.com/gotk3/gotk3",
	"github.com/getlantern/systray", "fyne.io/systray", "github.com/energye/systray",
}

// serverlessRuntimes are imports that make package main a function a
// cloud platform runs behind its HTTP gateway (AWS Lambda behind API
// Gateway, Google Cloud Functions): a server, though it listens on
// nothing itself.
var serverlessRuntimes = []string{
	"github.com/aws/aws-lambda-go/lambda", "github.com/aws/aws-lambda-go/events",
	"github.com/GoogleCloudPlatform/functions-framework-go",
	"github.com/akrylysov/algnhsa", "github.com/apex/gateway",
	"github.com/awslabs/aws-lambda-go-api-proxy",
}

// fileServers are the calls that serve a directory or file tree to
// browsers: net/http's, and the static routes of web frameworks.
var fileServers = map[string]bool{
	"net/http.FileServer": true, "net/http.FileServerFS": true,
	"(*github.com/gin-gonic/gin.RouterGroup).Static": true, "(*github.com/gin-gonic/gin.RouterGroup).StaticFS": true,
	"(*github.com/labstack/echo/v4.Echo).Static": true, "(*github.com/labstack/echo/v4.Group).Static": true,
	"(*github.com/gofiber/fiber/v2.App).Static": true,
}

// packageSignals records what the package's name and imports tell: the
// imports of its production files (a test variant's _test.go files that
// import gin tell nothing about the program).
func (m *model) packageSignals() {
	s := &m.result.Signals
	s.Main = m.pass.Pkg.Name() == "main"
	for _, f := range m.pass.Files {
		if m.inTestFile(f.Pos()) {
			continue
		}
		for _, spec := range f.Imports {
			if path, err := strconv.Unquote(spec.Path.Value); err == nil {
				m.importSignal(trimVendor(path))
			}
		}
	}
}

// importSignal records what importing path tells.
func (m *model) importSignal(path string) {
	s := &m.result.Signals
	if path == "syscall/js" {
		s.JS = true
	}
	for _, g := range guiToolkits {
		if path == g || strings.HasPrefix(path, g+"/") {
			s.GUI = g
		}
	}
	for _, r := range serverlessRuntimes {
		if path == r || strings.HasPrefix(path, r+"/") {
			s.Serverless = path
		}
	}
	if fw := webFramework(path); fw != "" && fw != "github.com/gorilla/mux" && fw != "github.com/julienschmidt/httprouter" && fw != "github.com/go-chi/chi" {
		// Routers alone are also used by CLIs for their loopback
		// callback; full frameworks are server evidence.
		s.WebFramework = fw
	}
}

// inTestFile reports whether pos lies in a _test.go file, whose code
// decides nothing about the production package (signals, kinds).
func (m *model) inTestFile(pos token.Pos) bool {
	f := m.pass.Fset.File(pos)
	if f == nil {
		return false
	}
	is, ok := m.testFiles[f]
	if !ok {
		is = strings.HasSuffix(f.Name(), "_test.go")
		if m.testFiles == nil {
			m.testFiles = make(map[*token.File]bool)
		}
		m.testFiles[f] = is
	}
	return is
}

// callSignals records listeners and reads from the terminal, outside
// _test.go files.
func (m *model) callSignals(cur inspector.Cursor, fn *types.Func, name string, call *ast.CallExpr) {
	switch name {
	case "net.Listen", "net/http.ListenAndServe", "net/http.ListenAndServeTLS", "(*github.com/gin-gonic/gin.Engine).Run",
		"(*github.com/labstack/echo/v4.Echo).Start", "fmt.Scan", "fmt.Scanln", "fmt.Scanf", "net/http.Redirect",
		"os/exec.Command", "os/exec.CommandContext":
		if m.inTestFile(call.Pos()) {
			return
		}
	default:
		if (browserFuncs[name] || fn.Name() == "Redirect" || m.importedBrowserFact(fn) != nil) && m.inTestFile(call.Pos()) {
			return
		}
	}
	if fileServers[name] && !m.inTestFile(call.Pos()) {
		m.result.Signals.ServesFiles = call
	}
	switch name {
	case "net.Listen", "net/http.ListenAndServe", "net/http.ListenAndServeTLS", "(*github.com/gin-gonic/gin.Engine).Run",
		"(*github.com/labstack/echo/v4.Echo).Start":
		i := 0
		if fn.Name() == "Listen" {
			i = 1
		}
		if i < len(call.Args) {
			if name == "net.Listen" && m.portProbe(cur) {
				return // no request ever reaches it
			}
			m.listener(call.Args[i])
		} else if fn.Name() == "Run" {
			m.result.Signals.Listeners = append(m.result.Signals.Listeners, call)
			m.result.Signals.PublicListen = call // gin's default :8080
			m.result.Signals.AllInterfaces = call
		}
	case "fmt.Scan", "fmt.Scanln", "fmt.Scanf":
		m.result.Signals.Stdin = append(m.result.Signals.Stdin, call)
	case "net/http.Redirect":
		m.result.Signals.Redirects = call
		m.httpRedirects = append(m.httpRedirects, cur)
	case "(net/http.Header).Set", "(net/http.Header).Add":
		// w.Header().Set("Location", target); w.WriteHeader(http.StatusFound):
		// a redirect written by hand (redirectTarget).
		if len(call.Args) == 2 && strings.EqualFold(m.str(call.Args[0], nil), "Location") {
			m.httpRedirects = append(m.httpRedirects, cur)
		}
	case "os/exec.Command", "os/exec.CommandContext":
		first := 0
		if fn.Name() == "CommandContext" {
			first = 1
		}
		if first < len(call.Args) {
			// Decided once the command variable's assignments are all
			// collected (execSignals).
			m.execCmds = append(m.execCmds, execCmd{call, call.Args[first]})
		}
	default:
		if browserFuncs[name] || m.importedBrowserFact(fn) != nil {
			m.result.Signals.OpensBrowser = call
		}
		if fn.Name() == "Redirect" && fn.Pkg() != nil && webFramework(fn.Pkg().Path()) != "" {
			m.result.Signals.Redirects = call
			m.httpRedirects = append(m.httpRedirects, cur)
		}
	}
}

// portProbe reports whether the net.Listen call at cur only finds a free
// port: its listener is assigned to a variable whose every use asks for
// its address or closes it (l, _ := net.Listen("tcp", ":0"); port :=
// l.Addr().(*net.TCPAddr).Port; l.Close()), so no connection is ever
// accepted on it; the server that later binds the port is recorded
// where it is made.
func (m *model) portProbe(cur inspector.Cursor) bool {
	assign, ok := cur.Parent().Node().(*ast.AssignStmt)
	if !ok || len(assign.Lhs) == 0 || len(assign.Rhs) != 1 {
		return false
	}
	v := m.localVar(assign.Lhs[0])
	if v == nil || v.Parent() == m.pass.Pkg.Scope() {
		return false
	}
	probe, uses := true, 0
	m.eachUse(v, cur, func(use inspector.Cursor) {
		uses++
		sel, ok := use.Parent().Node().(*ast.SelectorExpr)
		if !ok || sel.X != use.Node() || (sel.Sel.Name != "Addr" && sel.Sel.Name != "Close") {
			probe = false
			return
		}
		if _, called := use.Parent().Parent().Node().(*ast.CallExpr); !called {
			probe = false // a method value: the listener goes on
		}
	})
	return probe && uses > 0
}

// listener records a listen address as loopback or public; an address
// that cannot be evaluated is no evidence either way.
func (m *model) listener(addr ast.Expr) {
	m.result.Signals.Listeners = append(m.result.Signals.Listeners, addr)
	host, ok := listenHost(m.str(addr, nil))
	if !ok {
		host, ok = m.assignedListenHost(addr)
	}
	if !ok {
		m.result.Signals.OtherListen = addr
		return
	}
	if isLoopbackHost(host) {
		m.result.Signals.LoopbackListen = addr
		if s := m.str(addr, nil); value.Known(s) && strings.HasSuffix(s, ":0") {
			m.result.Signals.EphemeralLoopback = addr
		}
	} else {
		m.result.Signals.PublicListen = addr
		if host == "" || host == "0.0.0.0" || host == "::" {
			m.result.Signals.AllInterfaces = addr
		}
	}
}

// listenHost is the host of a listen address's value s, whose port may
// be unknown ("127.0.0.1:" + port is still loopback).
func listenHost(s string) (string, bool) {
	if !value.Known(s) {
		i := strings.Index(s, value.Hole)
		if !strings.HasSuffix(s[:i], ":") {
			return "", false
		}
		s = s[:i] + "0"
	}
	return splitHost(s)
}

// assignedListenHost is the host of a variable's every assignment, when
// they agree (listenAddr = ":" + basePort in init, ":" + *port in main):
// the variable holds that host whatever the order.
func (m *model) assignedListenHost(addr ast.Expr) (string, bool) {
	id, ok := ast.Unparen(addr).(*ast.Ident)
	if !ok {
		return "", false
	}
	v := m.varOf(id)
	if v == nil || m.addrTaken[v] || v.Exported() && v.Parent() == v.Pkg().Scope() {
		return "", false
	}
	host, seen := "", false
	for _, d := range m.defs[v] {
		if d.rhs == nil && d.op == token.VAR {
			continue // var listenAddr string
		}
		if d.rhs == nil || d.tuple >= 0 || d.op != token.ASSIGN && d.op != token.DEFINE && d.op != token.VAR {
			return "", false
		}
		h, ok := listenHost(m.str(d.rhs, nil))
		if !ok || seen && h != host {
			return "", false
		}
		host, seen = h, true
	}
	return host, seen
}

// isLoopbackHost reports whether host names the loopback interface
// (RFC 8252 §7.3; "localhost" is not recommended there, but is loopback).
func isLoopbackHost(host string) bool {
	if host == "localhost" {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}

// splitHost returns the host of "host:port" or "[host]:port", as
// net.SplitHostPort does. (Not net itself: with cgo, importing it links
// the C library's resolver into oauthvet, and go vet starts oauthvet once
// per package.)
func splitHost(hostport string) (string, bool) {
	if rest, ok := strings.CutPrefix(hostport, "["); ok {
		host, port, ok := strings.Cut(rest, "]")
		if !ok || !strings.HasPrefix(port, ":") || strings.ContainsAny(port[1:], "[]:") || strings.ContainsAny(host, "[]") {
			return "", false
		}
		return host, true
	}
	i := strings.LastIndexByte(hostport, ':')
	if i < 0 || strings.ContainsAny(hostport[:i], ":[]") || strings.ContainsAny(hostport[i+1:], "[]") {
		return "", false
	}
	return hostport[:i], true
}

// RedirectKind classifies a redirect URI (RFC 8252 §7).
type RedirectKind uint8

const (
	RedirectUnknown       RedirectKind = iota
	RedirectLoopback                   // http://127.0.0.1:port/…
	RedirectOOB                        // urn:ietf:wg:oauth:2.0:oob (copy and paste)
	RedirectPrivateScheme              // com.example.app:/callback
	RedirectWeb                        // https://app.example.com/callback
)

// ClassifyRedirect tells what kind of client a redirect URI belongs to.
func ClassifyRedirect(uri string) RedirectKind {
	if strings.HasPrefix(uri, "urn:ietf:wg:oauth:2.0:oob") {
		return RedirectOOB
	}
	scheme, rest, ok := strings.Cut(uri, ":")
	if !ok || !value.Known(scheme) || scheme == "" {
		return RedirectUnknown
	}
	switch strings.ToLower(scheme) {
	case "http", "https":
		rest = strings.TrimPrefix(rest, "//")
		end := strings.IndexAny(rest, "/?#")
		if end < 0 {
			end = len(rest)
		}
		hostport := rest[:end]
		if !value.Known(hostport) {
			// "http://127.0.0.1:" + port
			hostport = hostport[:strings.Index(hostport, value.Hole)]
			if !strings.HasSuffix(hostport, ":") {
				return RedirectUnknown
			}
			hostport += "0"
		}
		host := hostport
		if h, ok := splitHost(hostport); ok {
			host = h
		}
		if isLoopbackHost(host) {
			return RedirectLoopback
		}
		if host == "" {
			return RedirectUnknown
		}
		return RedirectWeb
	}
	if strings.Contains(scheme, ".") {
		return RedirectPrivateScheme // RFC 8252 §7.1: reverse domain name
	}
	return RedirectUnknown
}
