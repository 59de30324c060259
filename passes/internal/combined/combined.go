// Package combined joins several analyzers into one, so that a test can
// check fixtures that several rules report on with one set of // want
// comments, and a fuzzer can run the whole suite in one pass.
package combined

import (
	"golang.org/x/tools/go/analysis"
)

// Analyzer returns an analyzer whose run runs each of as, in order, on the
// same pass: their diagnostics become its diagnostics. Requirements are
// the union of theirs; analyzers that others in as require still run
// first as requirements.
func Analyzer(name string, as ...*analysis.Analyzer) *analysis.Analyzer {
	var requires []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	for _, a := range as {
		for _, r := range a.Requires {
			if !seen[r] {
				seen[r] = true
				requires = append(requires, r)
			}
		}
	}
	return &analysis.Analyzer{
		Name:             name,
		Doc:              name + ": " + "the analyzers " + names(as) + " as one",
		Requires:         requires,
		RunDespiteErrors: true,
		Run: func(pass *analysis.Pass) (any, error) {
			for _, a := range as {
				if seen[a] {
					continue // already ran as a requirement
				}
				if _, err := a.Run(pass); err != nil {
					return nil, err
				}
			}
			return nil, nil
		},
	}
}

func names(as []*analysis.Analyzer) string {
	s := ""
	for i, a := range as {
		if i > 0 {
			s += ", "
		}
		s += a.Name
	}
	return s
}
