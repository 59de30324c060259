// Command floor is the benchmark's floor: a go/analysis multichecker whose
// one analyzer does nothing (no facts, no requirements, Run returns nil).
// Run on a set of packages, it pays exactly what any go/analysis tool pays
// to load and type-check them, standalone (floor PACKAGES) and as a vet
// tool (go vet -vettool=floor PACKAGES), and nothing else.
//
// With $FLOOR_FACTS set, the analyzer declares a fact type (and still does
// nothing): the x/tools checker then loads every dependency, the standard
// library included, from source and runs the analyzer on each. That is the
// price of facts in a standalone go/analysis driver, which the benchmark
// shows next to oauthvet's (whose model has facts).
//
// For the profiles, -cpuprofile is the multichecker's own flag, and
// $BENCH_HEAPPROFILE, if set, names a heap profile taken near the peak of
// the live heap (see heapsample); unset, as in every timed run, it costs
// one getenv.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/oauthvet/oauthvet/bench/internal/heapsample"
)

var noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop does nothing: the cost of loading and type-checking alone",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

// noFact is the fact type the analyzer declares with $FLOOR_FACTS.
type noFact struct{}

func (*noFact) AFact() {}

func main() {
	if os.Getenv("FLOOR_FACTS") != "" {
		noop.FactTypes = []analysis.Fact{new(noFact)}
	}
	heapsample.Start() // multichecker.Main exits: the sampler writes as it goes
	multichecker.Main(noop)
}
