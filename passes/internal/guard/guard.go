// Package guard keeps an analyzer's internal failure from crashing the
// driver: oauthvet runs on arbitrary code, and one odd package must cost
// one clear error, not a pipeline.
package guard

import (
	"fmt"
	"os"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"
)

// Run wraps an analyzer's run function so that a panic becomes an error
// naming the analyzer and the package. With OAUTHVET_DEBUG_PANIC set in
// the environment, the panicking goroutine's stack goes to standard error
// too, for the report the message asks for.
func Run(name string, run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (res any, err error) {
		defer func() {
			if r := recover(); r != nil {
				res = nil
				err = fmt.Errorf("internal error in %s on package %s: %v (please report it with the code that triggers it)", name, pass.Pkg.Path(), r)
				if os.Getenv("OAUTHVET_DEBUG_PANIC") != "" {
					os.Stderr.Write(debug.Stack())
				}
			}
		}()
		return run(pass)
	}
}
