// Package insecureendpoint defines an Analyzer that reports OAuth traffic
// without TLS: http:// endpoints and redirect URIs other than loopback,
// HTTP clients that skip certificate verification and carry OAuth
// requests, and native apps' callback listeners on all interfaces (RFC
// 6749 §3.1, §3.2, §10.9; RFC 9700 §2.6; RFC 8252 §7.3, §8.3).
package insecureendpoint

import (
	"fmt"
	"go/ast"
	"net/url"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/internal/rules"
	"github.com/oauthvet/oauthvet/passes/clientkind"
	"github.com/oauthvet/oauthvet/passes/internal/guard"
	"github.com/oauthvet/oauthvet/passes/internal/value"
	"github.com/oauthvet/oauthvet/passes/oauthmodel"
	"github.com/oauthvet/oauthvet/passes/suppress"
)

var rule = rules.InsecureEndpoint

var Analyzer = &analysis.Analyzer{
	Name:             rule.ID,
	Doc:              rule.Doc(),
	URL:              rule.URL(),
	RunDespiteErrors: true, // ill-typed code still gets the findings types allow
	Requires:         []*analysis.Analyzer{oauthmodel.Analyzer, clientkind.Analyzer, suppress.Analyzer},
	Run:              guard.Run(rule.ID, run),
}

func run(pass *analysis.Pass) (any, error) {
	model := pass.ResultOf[oauthmodel.Analyzer].(*oauthmodel.Result)
	kinds := pass.ResultOf[clientkind.Analyzer].(*clientkind.Result)
	report := func(n ast.Node, msg string) {
		if !rules.InTestFile(pass, n.Pos()) {
			rules.Report(pass, rule, n.Pos(), n.End(), msg)
		}
	}
	for _, e := range model.Endpoints {
		host, ok := plainHTTPHost(e.URL)
		if !ok {
			continue
		}
		var msg string
		switch e.Kind {
		case oauthmodel.EndpointRedirect:
			msg = fmt.Sprintf("redirect URI over plain http to %s: the authorization code (and the state) come back unencrypted, readable and replaceable on the network; use an https:// redirect URI (only a native app's loopback redirect may be http) (RFC 9700 §2.6, §4.1; RFC 8252 §7.3)", host)
		default:
			msg = fmt.Sprintf("%s over plain http to %s (%s): %s cross the network unencrypted; use the provider's https:// URL (RFC 6749 §3.1, §3.2, §10.9; RFC 9700 §2.6)", e.Kind, host, e.Where, carried(e.Kind))
		}
		report(e.URL.Node, msg)
	}
	for _, c := range model.InsecureClients {
		p := pass.Fset.Position(c.Made.Pos())
		msg := fmt.Sprintf("client that skips TLS certificate verification carries OAuth requests: InsecureSkipVerify is set at %s:%d and the client is used here via %s, so anyone on the network can impersonate the server and read the code, secret and tokens; trust the server's CA with tls.Config.RootCAs instead (RFC 6749 §10.9, RFC 9700 §2.6)", shortFile(p.Filename), p.Line, c.How)
		report(c.Use, msg)
	}
	listenerReported := false
	seen := make(map[ast.Node]bool)
	for _, req := range model.AuthRequests {
		client := kinds.Of(req)
		if client.Kind != clientkind.Native || rules.InTestFile(pass, req.Node.Pos()) {
			continue
		}
		// A server that never looks at a request, in a program that reads
		// the pasted code from the terminal, is a help page: it receives
		// no code (oauthstate treats it as a paste flow too).
		pastePage := len(model.Signals.Stdin) > 0 && !model.Signals.RequestUsed
		if l := model.Signals.AllInterfaces; l != nil && !listenerReported && !pastePage {
			listenerReported = true
			report(l, fmt.Sprintf("native app's callback listener on all interfaces: %s listens on every network interface, so other machines can reach the callback that receives the code; listen on 127.0.0.1 (or [::1]) only (RFC 8252 §7.3, §8.3)", client.Describe()))
		}
		r := req.RedirectURI
		// Its host is enough: fmt.Sprintf("http://localhost:%d/cb", port).
		if r.Value != "" && r.Node != nil && !seen[r.Node] && loopbackName(r.Value) {
			seen[r.Node] = true
			if !rules.InTestFile(pass, r.Node.Pos()) {
				rules.ReportLow(pass, rule, r.Node.Pos(), r.Node.End(), "localhost in a native app's redirect URI (information): the name may resolve to a non-loopback or the other IP version's address, and firewalls may treat it differently; RFC 8252 §8.3 recommends http://127.0.0.1:{port} or http://[::1]:{port} (RFC 8252 §7.3, §8.3)")
			}
		}
	}
	return nil, nil
}

func carried(k oauthmodel.EndpointKind) string {
	switch k {
	case oauthmodel.EndpointAuthorization:
		return "the authorization request and the user's login"
	case oauthmodel.EndpointDevice:
		return "the device code request and the client credentials"
	}
	return "the client secret, the authorization code and the tokens"
}

// plainHTTPHost returns the host of an http:// URL whose host is known,
// not loopback and not a name reserved for examples and tests.
func plainHTTPHost(p oauthmodel.Param) (string, bool) {
	if p.Presence != value.Present {
		return "", false
	}
	rest, ok := cutPrefixFold(p.Value, "http://")
	if !ok {
		return "", false
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	hostport := rest[:end]
	if hostport != "" && !value.Known(hostport) {
		return publicSuffixHost(hostport)
	}
	if hostport == "" {
		return "", false
	}
	if oauthmodel.ClassifyRedirect("http://"+hostport) != oauthmodel.RedirectWeb {
		return "", false // loopback, or not a host we can tell
	}
	host := (&url.URL{Host: hostport}).Hostname() // not package net: no cgo in the binary
	if oauthmodel.ReservedHost(host) {
		return "", false // a placeholder (a test double, a sample), not a real endpoint
	}
	return hostport, true
}

// publicSuffixHost reads a host made of an unknown name under a known
// public domain ("http://" + app + ".herokuapp.com/cb"): whatever the
// name, the host is that domain's, on the internet. The domain needs two
// labels and a top-level one of letters that no private network uses;
// the host is shown with * for the unknown part.
func publicSuffixHost(hostport string) (string, bool) {
	i := strings.LastIndex(hostport, value.Hole)
	if i != strings.Index(hostport, value.Hole) || strings.Trim(hostport[:i], value.Hole) != "" {
		return "", false // more than one unknown part, or a known one before it
	}
	suffix := strings.ToLower(hostport[i+len(value.Hole):])
	labels := strings.Split(strings.TrimPrefix(suffix, "."), ".")
	if len(labels) < 2 || strings.ContainsAny(suffix, ":") {
		return "", false // "…:8080", "….lan": a port or a single label
	}
	for _, l := range labels {
		if l == "" || strings.Trim(l, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" {
			return "", false
		}
	}
	tld := labels[len(labels)-1]
	if len(tld) < 2 || strings.Trim(tld, "abcdefghijklmnopqrstuvwxyz") != "" || privateTLDs[tld] || oauthmodel.ReservedHost(strings.TrimPrefix(suffix, ".")) {
		return "", false
	}
	return "*" + suffix, true
}

// privateTLDs are the top-level names of private networks and service
// discovery: a host under them is not on the internet.
var privateTLDs = map[string]bool{"local": true, "internal": true, "lan": true, "home": true, "corp": true, "localdomain": true, "intranet": true, "private": true, "svc": true, "cluster": true, "localhost": true}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// loopbackName reports whether a redirect URI uses the name localhost.
func loopbackName(uri string) bool {
	rest, ok := cutPrefixFold(uri, "http://")
	if !ok {
		return false
	}
	host := rest
	if i := strings.IndexAny(host, ":/?#"); i >= 0 {
		host = host[:i]
	}
	return strings.EqualFold(host, "localhost")
}

func shortFile(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		return name[i+1:]
	}
	return name
}
