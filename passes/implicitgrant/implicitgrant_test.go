package implicitgrant_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/oauthvet/oauthvet/passes/implicitgrant"
)

func TestImplicitGrant(t *testing.T) {
	analysistest.Run(t, filepath.Join("..", "..", "testdata"), implicitgrant.Analyzer, "./implicitgrant/...")
}
