// Package suppress reads the //oauthvet:ignore directives of a package, so
// that every rule, under every driver (go vet, standalone, golangci-lint,
// nogo), honours them the same way.
//
// A directive is a line comment
//
//	//oauthvet:ignore RULE reason why this is fine
//
// on the reported line or on the line above it. It silences RULE there.
package suppress

import (
	"go/ast"
	"go/token"
	"reflect"
	"strings"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
)

// Prefix starts a directive.
const Prefix = "//oauthvet:ignore"

var Analyzer = &analysis.Analyzer{
	Name:             "suppress",
	Doc:              "suppress: read //oauthvet:ignore directives\n\nThe suppress analyzer collects the package's //oauthvet:ignore RULE reason directives for the rules to honour. It reports nothing.",
	URL:              "https://github.com/oauthvet/oauthvet#suppressing-a-finding",
	RunDespiteErrors: true, // ill-typed code still gets the findings types allow
	Run:              run,
	ResultType:       reflect.TypeFor[*Directives](),
}

// Directive is one //oauthvet:ignore comment.
type Directive struct {
	Rule   string
	Reason string
	Pos    token.Pos
	End    token.Pos
	file   string
	line   int
	used   atomic.Bool
}

// Used reports whether the directive silenced a finding.
func (d *Directive) Used() bool { return d.used.Load() }

// Directives are a package's directives by file and line.
type Directives struct {
	List   []*Directive
	byLine map[lineKey][]*Directive
}

type lineKey struct {
	file string
	line int
}

func run(pass *analysis.Pass) (any, error) {
	ds := &Directives{byLine: make(map[lineKey][]*Directive)}
	for _, f := range pass.Files {
		for _, group := range f.Comments {
			for _, c := range group.List {
				if d := parse(pass.Fset, c); d != nil {
					ds.List = append(ds.List, d)
					k := lineKey{d.file, d.line}
					ds.byLine[k] = append(ds.byLine[k], d)
				}
			}
		}
	}
	return ds, nil
}

func parse(fset *token.FileSet, c *ast.Comment) *Directive {
	rest, ok := strings.CutPrefix(c.Text, Prefix)
	if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
		return nil
	}
	fields := strings.Fields(rest)
	d := &Directive{Pos: c.Pos(), End: c.End()}
	if len(fields) > 0 {
		d.Rule = fields[0]
		// "//oauthvet:ignore pkce // why" (nolint style) gives a reason too.
		reason := strings.Join(fields[1:], " ")
		d.Reason = strings.TrimSpace(strings.TrimPrefix(reason, "//"))
	}
	p := fset.Position(c.Pos())
	d.file, d.line = p.Filename, p.Line
	return d
}

// Silenced reports whether a directive for rule stands on pos's line or the
// line above, and marks it used.
func (ds *Directives) Silenced(fset *token.FileSet, rule string, pos token.Pos) bool {
	if ds == nil || len(ds.List) == 0 {
		return false
	}
	p := fset.Position(pos)
	for _, line := range []int{p.Line, p.Line - 1} {
		for _, d := range ds.byLine[lineKey{p.Filename, line}] {
			if d.Rule == rule && d.Reason != "" {
				d.used.Store(true)
				return true
			}
		}
	}
	return false
}
