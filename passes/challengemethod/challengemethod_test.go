package challengemethod_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/oauthvet/oauthvet/passes/challengemethod"
)

func TestChallengeMethod(t *testing.T) {
	testdata := filepath.Join("..", "..", "testdata")
	analysistest.RunWithSuggestedFixes(t, testdata, challengemethod.Analyzer, "./challengemethod/...")
}
