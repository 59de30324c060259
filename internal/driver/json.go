package driver

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/internal/rules"
)

// The -format=json output is the x/tools drivers' (multichecker, go vet
// -json): an object keyed by package ID, then by analyzer name, holding
// either the list of diagnostics or {"error": "..."}. Unlike theirs, each
// list is sorted by position, so that two runs print the same bytes.

type jsonTextEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

type jsonSuggestedFix struct {
	Message string         `json:"message"`
	Edits   []jsonTextEdit `json:"edits"`
}

type jsonRelated struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

type jsonDiagnostic struct {
	Category       string             `json:"category,omitempty"`
	Posn           string             `json:"posn"`
	End            string             `json:"end"`
	Message        string             `json:"message"`
	SuggestedFixes []jsonSuggestedFix `json:"suggested_fixes,omitempty"`
	Related        []jsonRelated      `json:"related,omitempty"`

	posn token.Position // for sorting
}

type jsonError struct {
	Err string `json:"error"`
}

// writeJSON prints the diagnostics of the root actions and the errors of
// every action.
func writeJSON(w io.Writer, graph *execution, hidden map[findingKey]bool) error {
	tree := make(map[string]map[string]any)
	add := func(id, name string, v any) {
		m, ok := tree[id]
		if !ok {
			m = make(map[string]any)
			tree[id] = m
		}
		m[name] = v
	}
	for _, act := range graph.actions {
		switch {
		case act.Err != nil:
			add(act.Package.ID, act.Analyzer.Name, jsonError{act.Err.Error()})
		case act.IsRoot && len(act.Diagnostics) > 0:
			diags := act.Diagnostics
			if len(hidden) > 0 {
				diags = slices.DeleteFunc(slices.Clone(diags), func(d analysis.Diagnostic) bool {
					posn, end := act.Package.Fset.Position(d.Pos), act.Package.Fset.Position(cmp.Or(d.End, d.Pos))
					return hidden[findingKey{act.Analyzer.Name, posn.Filename, posn.Offset, end.Offset, d.Message}]
				})
			}
			if len(diags) > 0 {
				add(act.Package.ID, act.Analyzer.Name, jsonDiagnostics(act.Package.Fset, diags))
			}
		}
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

func jsonDiagnostics(fset *token.FileSet, diags []analysis.Diagnostic) []jsonDiagnostic {
	out := make([]jsonDiagnostic, 0, len(diags))
	for _, d := range diags {
		jd := jsonDiagnostic{
			Category: d.Category,
			Posn:     fset.Position(d.Pos).String(),
			End:      fset.Position(cmp.Or(d.End, d.Pos)).String(),
			Message:  rules.ForDriver(rules.Standalone, d.Message),
			posn:     fset.Position(d.Pos),
		}
		for _, fix := range d.SuggestedFixes {
			jf := jsonSuggestedFix{Message: fix.Message}
			for _, e := range fix.TextEdits {
				start := fset.Position(e.Pos)
				jf.Edits = append(jf.Edits, jsonTextEdit{
					Filename: start.Filename,
					Start:    start.Offset,
					End:      fset.Position(cmp.Or(e.End, e.Pos)).Offset,
					New:      string(e.NewText),
				})
			}
			jd.SuggestedFixes = append(jd.SuggestedFixes, jf)
		}
		for _, r := range d.Related {
			jd.Related = append(jd.Related, jsonRelated{
				Posn:    fset.Position(r.Pos).String(),
				End:     fset.Position(cmp.Or(r.End, r.Pos)).String(),
				Message: r.Message,
			})
		}
		out = append(out, jd)
	}
	slices.SortStableFunc(out, func(a, b jsonDiagnostic) int {
		return cmp.Or(
			cmp.Compare(a.posn.Filename, b.posn.Filename),
			cmp.Compare(a.posn.Offset, b.posn.Offset),
			cmp.Compare(a.End, b.End),
			cmp.Compare(a.Message, b.Message),
		)
	})
	return out
}
