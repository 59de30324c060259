// Command oauthvet reports OAuth 2.0 misuse in Go packages.
//
// Standalone:
//
//	oauthvet ./...
//	oauthvet -format=sarif ./... > oauthvet.sarif
//	oauthvet -explain pkce
//
// As a vet tool:
//
//	go vet -vettool=$(command -v oauthvet) ./...
//
// Exit status (standalone): 0 no findings, 3 findings (with -format=text or
// -format=sarif), 1 an error (a package that does not load, an analyzer
// failure, a pattern that matches no packages), 2 a bad command line. With
// -format=json (or -json) the findings are data and the exit status is 0
// unless an error occurred. Run oauthvet -help for the flags.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/oauthvet/oauthvet"
	"github.com/oauthvet/oauthvet/internal/driver"
)

func main() {
	analyzers := oauthvet.Analyzers()
	// go vet -vettool=oauthvet runs "oauthvet -V=full", "oauthvet -flags"
	// and "oauthvet [flags] vet.cfg": the unitchecker protocol, handled by
	// x/tools as under multichecker.Main.
	if driver.IsVetTool(os.Args[1:]) {
		driver.RegisterVetFlags()
		driver.TuneStartingHeap()
		unitchecker.Main(analyzers...)
		return // unreachable: unitchecker.Main exits
	}
	os.Exit(driver.Main(analyzers, os.Args[1:], os.Stdout, os.Stderr))
}
