// Command profile is cmd/oauthvet's standalone driver with profiling, for
// the benchmark: it runs exactly what "oauthvet [flags] packages" runs and
// writes a CPU profile to $BENCH_CPUPROFILE and a heap profile taken near
// the peak of the live heap to $BENCH_HEAPPROFILE (see heapsample), each
// if set. The environment, not flags, so that the driver's command line
// is untouched.
package main

import (
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/oauthvet/oauthvet"
	"github.com/oauthvet/oauthvet/bench/internal/heapsample"
	"github.com/oauthvet/oauthvet/internal/driver"
)

func main() {
	os.Exit(run())
}

func run() int {
	if name := os.Getenv("BENCH_CPUPROFILE"); name != "" {
		f, err := os.Create(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	defer heapsample.Start()()
	return driver.Main(oauthvet.Analyzers(), os.Args[1:], os.Stdout, os.Stderr)
}
