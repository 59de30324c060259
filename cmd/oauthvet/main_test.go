package main

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// go vet -vettool starts oauthvet once per package, dependencies
// included, so its start-up cost is paid hundreds of times per run. A
// binary that links the C library (through cgo, as importing "net" does
// by default) starts about 2 ms slower than a static one: oauthvet must
// not depend on runtime/cgo, even where cgo is enabled.
func TestNoCgo(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=1")
	out, err := cmd.Output()
	require.NoError(t, err)
	deps := strings.Fields(string(out))
	require.Contains(t, deps, "golang.org/x/tools/go/analysis/unitchecker", "the listing is oauthvet's dependencies")
	require.False(t, slices.Contains(deps, "runtime/cgo"), "oauthvet links runtime/cgo: find the import of net, os/user or another cgo package (go list -deps -f '{{.ImportPath}}: {{.Imports}}' ./cmd/oauthvet)")
}
