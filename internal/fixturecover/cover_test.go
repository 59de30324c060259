// Package fixturecover checks that the fixtures run: every directory of
// testdata that expects a diagnostic (a "// want" comment) is loaded by an
// analysistest.Run pattern of some test. The analyzers' tests list their
// fixture directories one by one, and a directory left out of every list
// is a case that passes without ever running.
package fixturecover

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

const root = "../.."

// patterns collects the package patterns ("./pkce/loopback",
// "./tokenleak/...") that the repository's tests hand to analysistest.Run
// (or RunWithSuggestedFixes) with the test's own *testing.T, directly or
// through a helper of the test package that passes its parameter on (a
// run with &testing.T{} checks nothing).
func patterns(t *testing.T) []string {
	files := make(map[string][]*ast.File) // by directory: one test package
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == ".git" || d.Name() == "bench") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		files[filepath.Dir(path)] = append(files[filepath.Dir(path)], f)
		return nil
	})
	require.NoError(t, err)
	var out []string
	for _, fs := range files {
		// Helpers: functions that call analysistest.Run* with a real
		// *testing.T and one of their parameters among the patterns.
		helpers := make(map[string]bool)
		for _, f := range fs {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Body == nil {
					continue
				}
				params := make(map[string]bool)
				for _, field := range fd.Type.Params.List {
					for _, n := range field.Names {
						params[n.Name] = true
					}
				}
				ast.Inspect(fd.Body, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok && checkingRun(call) {
						for _, a := range call.Args[3:] {
							if id, ok := a.(*ast.Ident); ok && params[id.Name] {
								helpers[fd.Name.Name] = true
							}
						}
					}
					return true
				})
			}
		}
		for _, f := range fs {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				id, isIdent := call.Fun.(*ast.Ident)
				if !checkingRun(call) && !(isIdent && helpers[id.Name]) {
					return true
				}
				for _, a := range call.Args {
					if lit, ok := a.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						if s, err := strconv.Unquote(lit.Value); err == nil && strings.HasPrefix(s, "./") {
							out = append(out, strings.TrimPrefix(s, "./"))
						}
					}
				}
				return true
			})
		}
	}
	return out
}

// checkingRun reports whether call is analysistest.Run or
// RunWithSuggestedFixes given something other than a &testing.T{} literal.
func checkingRun(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) < 4 {
		return false
	}
	if x, ok := sel.X.(*ast.Ident); !ok || x.Name != "analysistest" || !strings.HasPrefix(sel.Sel.Name, "Run") {
		return false
	}
	if u, ok := call.Args[0].(*ast.UnaryExpr); ok && u.Op == token.AND {
		if _, isLit := u.X.(*ast.CompositeLit); isLit {
			return false
		}
	}
	return true
}

// covered reports whether the fixture package dir (relative to testdata,
// slash-separated) matches one of the patterns.
func covered(dir string, pats []string) bool {
	for _, p := range pats {
		if base, ok := strings.CutSuffix(p, "/..."); ok {
			if dir == base || strings.HasPrefix(dir, base+"/") {
				return true
			}
		} else if dir == p {
			return true
		}
	}
	return false
}

// elsewhere are fixture directories that other tests load their own way:
// the end-to-end tests check their findings through the command
// (analysistest/server_e2e_test.go names each finding's line and text),
// the inventory test compares the rows of its fixtures, and stubs and
// dependency modules are loaded only as what fixtures import. Each entry
// covers the directory and those below it.
var elsewhere = map[string]string{
	"pkce/zitadelpkgsplit": "TestStandaloneSDKClientFacts",
	"pkce/zitadelpkgfield": "TestStandaloneSDKClientFacts",
	"serverapp":            "TestServerModule",
	"inventory":            "passes/inventory TestRows",
	"depmodules":           "imported by fixtures as dependency modules (TestStandaloneDependencyFacts)",
	"stubs":                "stub modules of libraries the proxy does not serve, imported by fixtures",
	"fositev029":           "passes/pkce TestOldFosite (a module of its own, pinned to fosite v0.29.2)",
	"osin2015":             "passes/pkce and passes/challengemethod TestOsinBeforePKCE (a module of its own, with a stub of osin at d47a3d4)",
}

func loadedElsewhere(dir string) bool {
	for d := range elsewhere {
		if dir == d || strings.HasPrefix(dir, d+"/") {
			return true
		}
	}
	return false
}

// TestEveryFixtureRuns: every package directory of testdata is loaded by
// an analysistest.Run pattern of some test, or by a test named in
// elsewhere. A directory with "// want" lines that nothing runs passes
// without ever being checked; one without is a silent case (good code
// that must stay quiet) that nothing checks either.
func TestEveryFixtureRuns(t *testing.T) {
	pats := patterns(t)
	require.NotEmpty(t, pats)
	testdata := filepath.Join(root, "testdata")
	dirs := make(map[string]bool) // package directory -> has // want lines
	err := filepath.WalkDir(testdata, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(testdata, filepath.Dir(path))
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		dirs[rel] = dirs[rel] || strings.Contains(string(b), "// want `") || strings.Contains(string(b), "// want \"")
		return nil
	})
	require.NoError(t, err)
	require.NotEmpty(t, dirs)
	var missing []string
	for dir, wants := range dirs {
		if covered(dir, pats) || loadedElsewhere(dir) {
			continue
		}
		if !wants && importedByCovered(t, testdata, dir, dirs, pats) {
			continue // a helper package of a fixture: loaded as its dependency
		}
		missing = append(missing, dir)
	}
	require.Empty(t, missing, "fixture directories that no test loads")
}

// importedByCovered reports whether a covered fixture package imports the
// package in dir (its import path under example.com/fixtures).
func importedByCovered(t *testing.T, testdata, dir string, dirs map[string]bool, pats []string) bool {
	path := strconv.Quote("example.com/fixtures/" + dir)
	for other := range dirs {
		if other == dir || !covered(other, pats) {
			continue
		}
		entries, err := os.ReadDir(filepath.Join(testdata, filepath.FromSlash(other)))
		require.NoError(t, err)
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), ".go") {
				continue
			}
			b, err := os.ReadFile(filepath.Join(testdata, filepath.FromSlash(other), e.Name()))
			require.NoError(t, err)
			if strings.Contains(string(b), path) {
				return true
			}
		}
	}
	return false
}

func TestCovered(t *testing.T) {
	pats := []string{"pkce/loopback", "tokenleak/...", "oauthstate/x/..."}
	require.True(t, covered("pkce/loopback", pats))
	require.False(t, covered("pkce/loopback2", pats))
	require.False(t, covered("pkce/loopback/sub", pats))
	require.True(t, covered("tokenleak", pats))
	require.True(t, covered("tokenleak/a/b", pats))
	require.False(t, covered("tokenleakx", pats))
	require.True(t, covered("oauthstate/x", pats))
	require.False(t, covered("oauthstate/xy", pats))
}
