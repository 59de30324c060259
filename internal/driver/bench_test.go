package driver

// Benchmarks of the analysis phase alone: the fixture module is loaded
// once, then each iteration runs every oauthvet analyzer on it, with the
// driver's executor and, for comparison, with the x/tools checker
// (checker.Analyze) on the same view. Loading is not measured (see
// bench/ for whole runs).
//
//	go test -run '^$' -bench . -benchtime=1x ./internal/driver   # as CI does

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/checker"

	"github.com/oauthvet/oauthvet"
)

func BenchmarkAnalysis(b *testing.B) {
	pkgs, err := load(filepath.Join("..", "..", "testdata"), []string{"./..."}, true)
	if err != nil {
		b.Fatal(err)
	}
	// The production packages (the executor type-checks test packages
	// for their errors but does not analyse them), type-checked once
	// before the measured loops: each loop measures the analysis only.
	view := rootView(productionPackages(pkgs))
	analyzers := oauthvet.Analyzers()
	if _, err := execute(analyzers, view, nil, false); err != nil {
		b.Fatal(err)
	}

	b.Run("executor", func(b *testing.B) {
		var n int
		for b.Loop() {
			e, err := execute(analyzers, view, nil, false)
			if err != nil {
				b.Fatal(err)
			}
			n = len(collect(e))
		}
		if n == 0 {
			b.Fatal("no findings in the fixtures")
		}
		b.ReportMetric(float64(n), "findings")
		b.ReportMetric(float64(len(view)), "pkgs")
	})
	b.Run("x-tools-checker", func(b *testing.B) {
		var n int
		for b.Loop() {
			g, err := checker.Analyze(analyzers, view, nil)
			if err != nil {
				b.Fatal(err)
			}
			n = 0
			for _, act := range g.Roots {
				n += len(act.Diagnostics)
			}
		}
		b.ReportMetric(float64(n), "diagnostics")
		b.ReportMetric(float64(len(view)), "pkgs")
	})
}
