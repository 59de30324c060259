package tokenleak_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/oauthvet/oauthvet/passes/tokenleak"
)

func TestTokenLeak(t *testing.T) {
	analysistest.Run(t, filepath.Join("..", "..", "testdata"), tokenleak.Analyzer, "./tokenleak/...")
}

// TestProgramName runs a module of its own, named for printing a token
// (give-me-accesstoken): its printing package is silent.
func TestProgramName(t *testing.T) {
	analysistest.Run(t, filepath.Join("..", "..", "testdata", "tokenleak", "givemetoken"), tokenleak.Analyzer, "./...")
}

// TestServerGetFix: the suggested fix drops AllowGetAccessRequest: true
// from a server configuration literal.
func TestServerGetFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, filepath.Join("..", "..", "testdata"), tokenleak.Analyzer, "./tokenleak/servergetosin")
}
