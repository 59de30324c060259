// Command oauthvet reports OAuth 2.0 misuse in Go packages.
//
// Standalone:
//
//	oauthvet ./...
//
// As a vet tool:
//
//	go vet -vettool=$(command -v oauthvet) ./...
//
// Exit status: 0 no findings, 3 findings, 1 an error (bad flags, packages
// that do not load). With -json the findings are printed as JSON and the
// exit status is 0 unless an error occurred.
package main

import (
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/oauthvet/oauthvet"
)

func main() {
	multichecker.Main(oauthvet.Analyzers()...)
}
