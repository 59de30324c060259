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
