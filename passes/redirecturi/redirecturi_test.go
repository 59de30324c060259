package redirecturi_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/oauthvet/oauthvet/passes/redirecturi"
)

func TestRedirectURI(t *testing.T) {
	analysistest.Run(t, filepath.Join("..", "..", "testdata"), redirecturi.Analyzer, "./redirecturi/...", "./pkce/tokenonlylib/...", "./pkce/tokenonlyprivate", "./implicitgrant/handlerspkg", "./implicitgrant/handlerspkg2/...")
}
