package oidcverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/oauthvet/oauthvet/passes/oidcverify"
)

func TestOIDCVerify(t *testing.T) {
	analysistest.Run(t, filepath.Join("..", "..", "testdata"), oidcverify.Analyzer, "./oidcverify/...")
}

// TestSkipExpiryFix removes SkipExpiryCheck, the one skip whose removal
// cannot break a working configuration.
func TestSkipExpiryFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, filepath.Join("..", "..", "testdata"), oidcverify.Analyzer, "./oidcverify/webapp", "./oidcverify/inline")
}
