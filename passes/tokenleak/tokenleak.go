// Package tokenleak defines an Analyzer that reports bearer tokens placed
// in URL queries and tokens written to logs or standard output (RFC 6750
// §2.3, §5.3; RFC 9700 §4.3.2), and authorization servers that take token
// requests by GET (RFC 6749 §3.2).
package tokenleak

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/internal/rules"
	"github.com/oauthvet/oauthvet/passes/internal/guard"
	"github.com/oauthvet/oauthvet/passes/oauthmodel"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
	"github.com/oauthvet/oauthvet/passes/suppress"
)

var rule = rules.TokenLeak

var Analyzer = &analysis.Analyzer{
	Name:             rule.ID,
	Doc:              rule.Doc(),
	URL:              rule.URL(),
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{oauthmodel.Analyzer, suppress.Analyzer},
	Run:              guard.Run(rule.ID, run),
}

func run(pass *analysis.Pass) (any, error) {
	model := pass.ResultOf[oauthmodel.Analyzer].(*oauthmodel.Result)
	for _, t := range model.TokenURLs {
		if rules.InTestFile(pass, t.Node.Pos()) {
			continue
		}
		if t.QueryOnlyAPI != "" {
			// The API leaves no choice: still reported, lower.
			rules.ReportLow(pass, rule, t.Report.Pos(), t.Report.End(), urlMessage(t))
		} else {
			rules.Report(pass, rule, t.Report.Pos(), t.Report.End(), urlMessage(t))
		}
	}
	for _, t := range model.TokenLogs {
		if t.Purpose != "" || rules.InTestFile(pass, t.Call.Pos()) {
			continue
		}
		rules.Report(pass, rule, t.Arg.Pos(), t.Arg.End(), logMessage(pass, t))
	}
	rules.ServerFindings(pass, model, knowledge.TokenByGet, func(sc *oauthmodel.ServerConfig, sd oauthmodel.ServerDecision) {
		rules.Report(pass, rule, sd.Node.Pos(), sd.Node.End(), fmt.Sprintf(
			"this authorization server accepts token requests by GET: %s; the authorization code, the refresh token and the client secret then travel in the URL's query, which servers, proxies and browsers log; %s (RFC 6749 §3.2: the client MUST use POST; §2.3.1)",
			sd.Why, sc.Advice[knowledge.TokenByGet]),
			rules.ServerFix(pass, sd.Fix, "Refuse token requests by GET")...)
	})
	return nil, nil
}

func urlMessage(t *oauthmodel.TokenURL) string {
	kind := "access token"
	if t.Refresh {
		kind = "refresh token"
	}
	where := "the URL"
	switch {
	case t.Dest == "return":
		where = "the URL, returned to the caller,"
	case t.Dest == "the request's URL":
		where = "the request's URL"
	case t.Dest != "":
		where = "the URL, passed to " + shortName(t.Dest) + ","
	}
	if t.QueryOnlyAPI != "" {
		return fmt.Sprintf("%s in a URL query, which %s requires (low severity: the API leaves no choice): it takes the token only as %s=, so keep these URLs out of logs, error messages and redirects; any other API takes it in the Authorization header (RFC 6750 §2.3, §5.3)",
			kind, t.QueryOnlyAPI, t.Param)
	}
	if t.OptIn != "" {
		return fmt.Sprintf("%s in a URL query %s: an option for APIs that take the token only there, but it carries %s= into server and proxy logs; default to the Authorization header and keep these URLs out of logs (RFC 6750 §2.3, §5.3)",
			kind, t.OptIn, t.Param)
	}
	return fmt.Sprintf("%s in a URL query: %s carries %s=, and servers, proxies and browsers log URLs and pass them on in Referer headers; send it in the Authorization header instead (RFC 6750 §2.3, §5.3; OAuth 2.1 §5.1)",
		kind, where, t.Param)
}

func logMessage(pass *analysis.Pass, t *oauthmodel.TokenLog) string {
	what := strings.TrimPrefix(strings.TrimPrefix(t.What, "the "), "a ")
	short, _, _ := strings.Cut(what, " (")
	sink := shortName(t.Sink)
	if t.Via != nil {
		sink = rules.FuncName(pass, t.Via) + " (which calls " + sink + ")"
	}
	stream := "standard output"
	if t.Stderr {
		stream = "standard error"
	}
	if t.Stdout && t.Serving {
		return fmt.Sprintf("%s printed to %s while serving a request: %s prints %s into the server's output, which its container or service manager keeps as a log that anyone who reads it can use; print its expiry or nothing (RFC 6750 §5.3, RFC 9700 §4.3.2)",
			short, stream, sink, t.What)
	}
	if t.Stdout {
		return fmt.Sprintf("%s printed to %s: %s prints %s, and this command was not asked to print it (no token command or --print-token flag); print its expiry or nothing, or print it only on request (RFC 6750 §5.3, RFC 9700 §4.3.2)",
			short, stream, sink, t.What)
	}
	return fmt.Sprintf("%s written to a log: %s logs %s, where anyone who reads the logs can use it; log tok.Expiry, the token type or a hash instead (RFC 6750 §5.3, RFC 9700 §4.3.2)",
		short, sink, t.What)
}

// shortName turns "(*github.com/sirupsen/logrus.Entry).Info" into
// "logrus.Entry.Info" and "net/http.Get" into "http.Get".
func shortName(full string) string {
	s := strings.NewReplacer("(", "", ")", "", "*", "").Replace(full)
	dot := strings.Index(s[strings.LastIndex(s, "/")+1:], ".")
	if dot < 0 {
		return s
	}
	return s[strings.LastIndex(s, "/")+1:]
}
