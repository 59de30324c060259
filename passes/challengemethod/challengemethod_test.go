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

// TestNoCodeGrant: servers whose defaults allow plain PKCE but that
// redeem no authorization code (only client credentials) are silent.
func TestNoCodeGrant(t *testing.T) {
	testdata := filepath.Join("..", "..", "testdata")
	analysistest.Run(t, testdata, challengemethod.Analyzer, "./redirecturi/nocode", "./redirecturi/nocode/literal", "./redirecturi/nocode/osinmachine",
		// Servers whose package installs their handlers but no user authorization handler.
		"./implicitgrant/handlerspkg", "./implicitgrant/handlerspkg2/...")
}

// TestOsinBeforePKCE: the osin of 2015 that older programs vendor has no
// PKCE, so no plain challenge either; the fixture is a module of its own
// whose osin is a stub of that revision.
func TestOsinBeforePKCE(t *testing.T) {
	analysistest.Run(t, filepath.Join("..", "..", "testdata", "osin2015"), challengemethod.Analyzer, "./challenge/...", "./confidential/...")
}
