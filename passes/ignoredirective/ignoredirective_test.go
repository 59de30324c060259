package ignoredirective_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/oauthvet/oauthvet/passes/ignoredirective"
)

var testdata = filepath.Join("..", "..", "testdata")

func TestIgnoreDirective(t *testing.T) {
	analysistest.Run(t, testdata, ignoredirective.Analyzer, "./ignoredirective/cli")
}

// recorder collects what analysistest would report as test failures.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// TestBareDirectives checks directives without a rule or a reason, which
// cannot hold a // want comment: every diagnostic is "unexpected".
func TestBareDirectives(t *testing.T) {
	var r recorder
	analysistest.Run(&r, testdata, ignoredirective.Analyzer, "./ignoredirective/bare")
	assert.Len(t, r.errs, 2, "%q", r.errs)
	assert.Contains(t, r.errs[0], `bare/main.go:14:2: unexpected diagnostic: //oauthvet:ignore pkce gives no reason: say why this pkce finding is safe`)
	assert.Contains(t, r.errs[1], `bare/main.go:17:2: unexpected diagnostic: //oauthvet:ignore names no rule`)
}
