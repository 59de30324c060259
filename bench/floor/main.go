// Command floor is the benchmark's floor: a go/analysis multichecker whose
// one analyzer does nothing (no facts, no requirements, Run returns nil).
// Run on a set of packages, it pays exactly what any go/analysis tool pays
// to load and type-check them, standalone (floor PACKAGES) and as a vet
// tool (go vet -vettool=floor PACKAGES), and nothing else.
//
// For the profiles, -cpuprofile is the multichecker's own flag, and
// $BENCH_HEAPPROFILE, if set, names a heap profile taken near the peak of
// the live heap (see heapsample); unset, as in every timed run, it costs
// one getenv.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/oauthvet/oauthvet/bench/internal/heapsample"
)

var noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop does nothing: the cost of loading and type-checking alone",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() {
	heapsample.Start() // multichecker.Main exits: the sampler writes as it goes
	multichecker.Main(noop)
}
