// Command profile is cmd/oauthvet's standalone driver with profiling, for
// the benchmark: it runs exactly what "oauthvet [flags] packages" runs and
// writes a CPU profile to $BENCH_CPUPROFILE and a heap profile taken near
// the peak of the live heap to $BENCH_HEAPPROFILE (see heapsample), each
// if set; and, if $BENCH_SELFRSS is set, the peak resident set of its own
// process, in KiB (VmHWM in /proc/self/status), to that file when the
// driver returns: GNU time's peak is the largest of the process and its
// children, and the driver's child, go list, can be the larger. The
// environment, not flags, so that the driver's command line is untouched.
package main

import (
	"fmt"
	"os"
	"runtime/pprof"
	"strings"

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
	code := driver.Main(oauthvet.Analyzers(), os.Args[1:], os.Stdout, os.Stderr)
	if name := os.Getenv("BENCH_SELFRSS"); name != "" {
		if err := writeSelfRSS(name); err != nil {
			fmt.Fprintln(os.Stderr, "selfrss:", err)
			return 1
		}
	}
	return code
}

// writeSelfRSS writes this process's peak resident set in KiB to name.
func writeSelfRSS(name string) error {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return err
	}
	for line := range strings.Lines(string(status)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb := strings.TrimSuffix(strings.TrimSpace(rest), " kB")
			return os.WriteFile(name, []byte(kb+"\n"), 0o644)
		}
	}
	return fmt.Errorf("no VmHWM in /proc/self/status")
}
