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

// endToEnd are fixture directories whose "// want" lines the end-to-end
// tests check through the command instead (analysistest/server_e2e_test.go
// names each finding's line and text).
var endToEnd = map[string]string{
	"pkce/zitadelpkgsplit":          "TestStandaloneSDKClientFacts",
	"pkce/zitadelpkgfield/cmd/desk": "TestStandaloneSDKClientFacts",
}

func TestEveryFixtureWithWantsRuns(t *testing.T) {
	pats := patterns(t)
	require.NotEmpty(t, pats)
	testdata := filepath.Join(root, "testdata")
	wants := make(map[string]bool)
	err := filepath.WalkDir(testdata, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.Contains(string(b), "// want `") || strings.Contains(string(b), "// want \"") {
			rel, err := filepath.Rel(testdata, filepath.Dir(path))
			if err != nil {
				return err
			}
			wants[filepath.ToSlash(rel)] = true
		}
		return nil
	})
	require.NoError(t, err)
	require.NotEmpty(t, wants)
	var missing []string
	for dir := range wants {
		if why, ok := endToEnd[dir]; ok {
			require.NotEmpty(t, why)
			continue
		}
		if !covered(dir, pats) {
			missing = append(missing, dir)
		}
	}
	require.Empty(t, missing, "fixture directories with // want comments that no analysistest.Run pattern loads")
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
