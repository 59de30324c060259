// Package clientkind decides, for each authorization request the model
// found, what kind of OAuth client makes it: a native app (command-line,
// desktop, mobile), a browser app (Go compiled to js/wasm), a server-side
// web app, or unknown. The kind decides which grant is right (see the
// decision tree in DESIGN.md): native and browser apps are public clients
// and must use PKCE (RFC 9700 §2.1.1, RFC 8252 §6).
//
// Evidence is weighed from the strongest to the weakest: where the
// authorization URL goes, how the code comes back, then package-level
// signals. Unknown is never reported by default.
package clientkind

import (
	"go/ast"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/passes/internal/guard"
	"github.com/oauthvet/oauthvet/passes/internal/value"
	"github.com/oauthvet/oauthvet/passes/oauthmodel"
)

const doc = `clientkind: tell what kind of OAuth client makes each request

The clientkind analyzer classifies each authorization request as native
(command-line, desktop, mobile), browser (js/wasm), server-side web app or
unknown, with the evidence, for the rules to judge. It reports nothing.`

var Analyzer = &analysis.Analyzer{
	Name:             "clientkind",
	Doc:              doc,
	URL:              "https://github.com/oauthvet/oauthvet#how-it-works",
	RunDespiteErrors: true, // ill-typed code still gets the findings types allow
	Requires:         []*analysis.Analyzer{oauthmodel.Analyzer},
	Run:              guard.Run("clientkind", run),
	ResultType:       reflect.TypeFor[*Result](),
}

// Kind is a kind of OAuth client.
type Kind uint8

const (
	Unknown Kind = iota
	Native       // command-line, desktop or mobile app: a public client
	Browser      // Go compiled to js/wasm: a public client
	Server       // server-side web app: a confidential client
)

// Public reports whether clients of this kind cannot keep a secret.
func (k Kind) Public() bool { return k == Native || k == Browser }

// Client is the kind of one request's client, with what showed it.
type Client struct {
	Kind Kind
	// What names the client: "a command-line client", "a desktop or
	// mobile app", "a browser app", "a server-side web app".
	What string
	// Evidence says what showed it: "prints the authorization URL with
	// fmt.Println".
	Evidence string
}

// Describe renders the client for a message: "a command-line client
// (prints the authorization URL with fmt.Println)".
func (c Client) Describe() string {
	if c.Kind == Unknown {
		return "code whose client kind is unknown"
	}
	if c.Evidence == "" {
		return c.What
	}
	return c.What + " (" + c.Evidence + ")"
}

// Noun names the client without the evidence, for the short first clause
// of a message: "a command-line client".
func (c Client) Noun() string {
	if c.Kind == Unknown {
		return "code whose client kind is unknown"
	}
	return c.What
}

// Result maps each authorization request to its client.
type Result struct {
	clients map[*oauthmodel.AuthRequest]Client
}

// Of is the client of a request of this package's model.
func (r *Result) Of(req *oauthmodel.AuthRequest) Client { return r.clients[req] }

func run(pass *analysis.Pass) (any, error) {
	model := pass.ResultOf[oauthmodel.Analyzer].(*oauthmodel.Result)
	result := &Result{clients: make(map[*oauthmodel.AuthRequest]Client, len(model.AuthRequests))}
	configured := configuredRedirect(model)
	for _, req := range model.AuthRequests {
		result.clients[req] = classify(req, &model.Signals, configured)
	}
	return result, nil
}

// configuredRedirect is the redirect URI every x/oauth2 config of the
// package is given, when they all give the same one ("" otherwise): the
// redirect URI of a request made on a config the model cannot follow to
// its literal (p.config, set in main).
func configuredRedirect(model *oauthmodel.Result) string {
	uri := ""
	for _, e := range model.Endpoints {
		if e.Kind != oauthmodel.EndpointRedirect || e.URL.Presence != value.Present {
			continue
		}
		if uri != "" && uri != e.URL.Value {
			return ""
		}
		uri = e.URL.Value
	}
	return uri
}

func classify(req *oauthmodel.AuthRequest, sig *oauthmodel.Signals, configured string) Client {
	native := func(evidence string) Client {
		if sig.GUI != "" {
			return Client{Native, "a desktop or mobile app", evidence}
		}
		if sig.Main {
			return Client{Native, "a command-line client", evidence}
		}
		return Client{Native, "a native client", evidence}
	}
	// A program that serves HTTP only on loopback, has the code sent back
	// to loopback and opens the user's browser itself is a native app with
	// a local login page (RFC 8252 §7.3), even when that page redirects. A
	// web app behind a reverse proxy listens on loopback too (its redirect
	// URI is public), and so does a web app run on a developer's machine
	// (it opens no browser: its operator does).
	//
	// What address the callback listener binds (":8085" is all
	// interfaces) is insecureendpoint's business, not evidence of a web
	// server: a program without a web framework that opens the browser
	// itself and has the code sent back to loopback is a native app
	// whatever it listens on.
	// ("http://localhost:" + port: the host is known, the port need not be.)
	loopbackRedirect := req.RedirectURI.Presence == value.Present && oauthmodel.ClassifyRedirect(req.RedirectURI.Value) == oauthmodel.RedirectLoopback
	//
	// A listener on a loopback port 0 is the same evidence as an opened
	// browser: no web app can register a redirect URI whose port is
	// chosen when the program runs, a native app's loopback redirect
	// may (RFC 8252 §7.3), whoever opens the browser on it.
	ephemeral := sig.EphemeralLoopback != nil && sig.PublicListen == nil && sig.OtherListen == nil
	localPage := (sig.OpensBrowser != nil || ephemeral) && loopbackRedirect && sig.WebFramework == ""
	localPageEvidence := "opens the browser itself and has the code sent back to a loopback redirect URI"
	if sig.LoopbackListen != nil && sig.PublicListen == nil && sig.OtherListen == nil {
		localPageEvidence = "serves its login page on a loopback address and redirects back to loopback"
	}
	// A program that opens in the browser the very address it listens
	// on serves its pages to the user at this machine, whatever that
	// address is (a flag): its login page is a native app's.
	if !localPage && sig.OpensOwnPage != nil && sig.WebFramework == "" {
		localPage = true
		localPageEvidence = "opens in the browser the address it serves its login page on"
	}
	// 1. Where the authorization URL goes: the strongest evidence. A
	//    redirect from a handler is a web app even if it also logs the URL.
	var printed, opened, fetched, loopback *oauthmodel.Sink
	for i := range req.Sinks {
		s := &req.Sinks[i]
		switch s.Kind {
		case oauthmodel.SinkRedirect:
			if localPage {
				return native(localPageEvidence)
			}
			return Client{Server, "a server-side web app", "sends the browser to the authorization URL with " + s.What}
		case oauthmodel.SinkResponse:
			if localPage {
				return native(localPageEvidence)
			}
			return Client{Server, "a server-side web app", "writes the authorization URL into " + s.What}
		case oauthmodel.SinkJSLocation:
			return Client{Browser, "a browser app", "navigates the page to the authorization URL through syscall/js"}
		case oauthmodel.SinkPrinted:
			if printed == nil {
				printed = s
			}
		case oauthmodel.SinkBrowser:
			if opened == nil {
				opened = s
			}
		case oauthmodel.SinkLoopback:
			if loopback == nil {
				loopback = s
			}
		case oauthmodel.SinkFetched:
			if fetched == nil {
				fetched = s
			}
		}
	}
	if opened != nil {
		return native("opens the authorization URL in the system browser with " + opened.What)
	}
	if loopback != nil {
		return native("runs the login with " + loopback.What)
	}
	if fetched != nil {
		// A program that requests the authorization URL itself (an
		// end-to-end harness with a cookie jar) shows it to no user: not
		// a native app, whatever else it prints; nothing here says more.
		return Client{Unknown, "", "fetches the authorization URL itself with " + fetched.What}
	}
	if req.InHandler && !localPage {
		// Built while serving an HTTP request: a web app's login page.
		return Client{Server, "a server-side web app", "builds the authorization request in an HTTP handler"}
	}
	if printed != nil {
		if sig.ServesFiles != nil && sig.PublicListen != nil && !loopbackRedirect && !stdinIn(req.Func, sig.Stdin) {
			// A web app that serves its UI on a public address and
			// shows its operator the consent link in its output: the
			// code comes back to the server, not to a native app (a
			// flow that reads the code from the terminal is one).
			return Client{Server, "a server-side web app", "serves files to browsers on a public address (" + shortCall(sig.ServesFiles) + ") and only prints the authorization URL for its operator"}
		}
		return native("prints the authorization URL with " + printed.What)
	}
	// A web app redirects browsers (its login handler) or uses a web
	// framework; a bare listener on all interfaces may still be a native
	// app's callback server.
	webApp := sig.WebFramework != "" || sig.Redirects != nil
	// 2. How the code comes back.
	if req.RedirectURI.Presence != 0 {
		switch oauthmodel.ClassifyRedirect(req.RedirectURI.Value) {
		case oauthmodel.RedirectOOB:
			return native("uses the out-of-band redirect urn:ietf:wg:oauth:2.0:oob")
		case oauthmodel.RedirectPrivateScheme:
			return native("redirects to a private-use URI scheme")
		case oauthmodel.RedirectLoopback:
			// A web app in development also redirects to localhost.
			if localPage {
				return native(localPageEvidence)
			}
			if !webApp {
				return native("redirects to a loopback address")
			}
		}
	}
	redirect := configured
	if req.RedirectURI.Presence != 0 {
		redirect = req.RedirectURI.Value
	}
	if webApp && sig.LoopbackListen != nil && sig.PublicListen == nil && len(sig.Stdin) == 0 && oauthmodel.ClassifyRedirect(redirect) == oauthmodel.RedirectWeb {
		// A program that listens on loopback and redirects browsers,
		// whose code comes back to a web address: a web app behind a
		// reverse proxy (a native app's code comes back to its own
		// loopback listener).
		return Client{Server, "a server-side web app", "redirects browsers, listens on a loopback address behind a proxy and has its redirect URI on the web (" + redirect + ")"}
	}
	if !webApp && sig.PublicListen == nil {
		if stdinIn(req.Func, sig.Stdin) || (sig.Main && len(sig.Stdin) > 0) {
			return native("reads from the terminal (stdin)")
		}
		if sig.LoopbackListen != nil && sig.OtherListen == nil {
			return native("listens on a loopback address for the redirect")
		}
	}
	// 3. The package.
	switch {
	case sig.JS:
		return Client{Browser, "a browser app", "imports syscall/js"}
	case sig.GUI != "":
		return native("imports " + sig.GUI)
	case sig.WebFramework != "":
		return Client{Server, "a server-side web app", "imports " + sig.WebFramework}
	case sig.PublicListen != nil:
		return Client{Server, "a server-side web app", "serves HTTP on a public address"}
	case sig.Serverless != "":
		return Client{Server, "a server-side web app", "runs as a serverless function behind the platform's HTTP gateway (imports " + sig.Serverless + ")"}
	case sig.Main && sig.OtherListen == nil && sig.LoopbackListen != nil:
		return native("package main serves HTTP on a loopback address only")
	case sig.Main && sig.OtherListen == nil:
		return native("package main serves no HTTP")
	}
	return Client{}
}

// stdinIn reports whether one of the stdin reads lies inside fn.
func stdinIn(fn ast.Node, reads []ast.Node) bool {
	if fn == nil {
		return false
	}
	for _, r := range reads {
		if fn.Pos() <= r.Pos() && r.End() <= fn.End() {
			return true
		}
	}
	return false
}

// shortCall names the function a call calls, as written ("http.FileServer").
func shortCall(n ast.Node) string {
	if call, ok := n.(*ast.CallExpr); ok {
		return types.ExprString(call.Fun)
	}
	return "a file server"
}
