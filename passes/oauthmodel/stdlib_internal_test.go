package oauthmodel

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
)

func TestStandardLibrary(t *testing.T) {
	goroot := filepath.Join(t.TempDir(), "go")
	pass := func(name string) *analysis.Pass {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, "package p\n", 0)
		require.NoError(t, err)
		return &analysis.Pass{Fset: fset, Files: []*ast.File{f}}
	}
	cases := []struct {
		file, goroot string
		want         bool
	}{
		{filepath.Join(goroot, "src", "net", "http", "client.go"), goroot, true},
		{filepath.Join(goroot, "src", "vendor", "golang.org", "x", "net", "idna", "idna.go"), goroot, true},
		// The same package path in a module, and a tree beside GOROOT.
		{filepath.Join(t.TempDir(), "src", "net", "http", "client.go"), goroot, false},
		{filepath.Join(goroot+"src", "p", "p.go"), goroot, false},
		{filepath.Join(goroot, "misc", "p.go"), goroot, false},
		// No GOROOT known: judged as any package.
		{filepath.Join(goroot, "src", "fmt", "print.go"), "", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, standardLibrary(pass(c.file), c.goroot), "%s under GOROOT %q", c.file, c.goroot)
	}
	assert.False(t, standardLibrary(&analysis.Pass{Fset: token.NewFileSet()}, goroot), "no files")
}
