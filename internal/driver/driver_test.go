package driver

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/oauthvet/oauthvet/internal/rules"
)

func TestIsVetTool(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-V=full"}, true},
		{[]string{"--V=full"}, true},
		{[]string{"-flags"}, true},
		{[]string{"-json", "-passwordgrant.trusted=x/...", "/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"/tmp/vet.cfg"}, true},
		{[]string{"./..."}, false},
		{[]string{"-json", "./..."}, false},
		{[]string{"-format=sarif", "./cmd/..."}, false},
		{[]string{"-explain", "pkce"}, false},
		{nil, false},
	} {
		require.Equal(t, tc.want, IsVetTool(tc.args), "%q", tc.args)
	}
}

// fakePackage is a package that rootView accepts as analysable.
func fakePackage(id string) *packages.Package {
	return &packages.Package{
		ID:        id,
		Name:      id,
		PkgPath:   id,
		Types:     types.NewPackage(id, id),
		TypesInfo: &types.Info{},
		Fset:      token.NewFileSet(),
		Syntax:    []*ast.File{{}},
		Imports:   map[string]*packages.Package{},
	}
}

func TestRootView(t *testing.T) {
	// a → b (dependency) → c; a → fmt; c → d (dependency); e has no syntax.
	a, b, c, d, e := fakePackage("a"), fakePackage("b"), fakePackage("c"), fakePackage("d"), fakePackage("e")
	fmtPkg := fakePackage("fmt")
	a.Imports = map[string]*packages.Package{"b": b, "fmt": fmtPkg}
	b.Imports = map[string]*packages.Package{"c": c}
	c.Imports = map[string]*packages.Package{"d": d}
	e.Syntax = nil

	view := rootView([]*packages.Package{a, c, e, a})
	require.Len(t, view, 2, "e is not analysable; a is listed once")
	va, vc := view[0], view[1]
	require.Equal(t, "a", va.ID)
	require.Equal(t, "c", vc.ID)
	require.NotSame(t, a, va, "a copy")
	require.Equal(t, map[string]*packages.Package{"c": vc}, va.Imports, "c is reached through b")
	require.Empty(t, vc.Imports)
	// The loaded graph is left alone.
	require.Equal(t, map[string]*packages.Package{"b": b, "fmt": fmtPkg}, a.Imports)
}

func TestConflict(t *testing.T) {
	e := func(start, end int, text string) edit { return edit{file: "f", start: start, end: end, text: text} }
	for _, tc := range []struct {
		a, b edit
		want bool
	}{
		{e(1, 5, "x"), e(1, 5, "x"), false}, // identical
		{e(1, 5, "x"), e(5, 9, "y"), false}, // adjacent
		{e(1, 5, "x"), e(4, 9, "y"), true},  // overlapping
		{e(3, 3, "x"), e(3, 3, "y"), true},  // two insertions at one place
		{e(3, 3, "x"), e(1, 5, "y"), true},  // insertion inside a replacement
		{e(1, 1, "x"), e(1, 5, "y"), false}, // insertion at its start
		{e(5, 5, "x"), e(1, 5, "y"), false}, // insertion at its end
	} {
		require.Equal(t, tc.want, conflict(tc.a, tc.b), "%v %v", tc.a, tc.b)
		require.Equal(t, tc.want, conflict(tc.b, tc.a), "%v %v", tc.b, tc.a)
	}
}

func TestUnifiedDiff(t *testing.T) {
	lines := func(n int) []string {
		var l []string
		for i := 1; i <= n; i++ {
			l = append(l, "line"+string(rune('a'+i-1)))
		}
		return l
	}
	join := func(l []string) string { return strings.Join(l, "\n") + "\n" }

	require.Empty(t, unifiedDiff("a", "b", "x\n", "x\n"))

	old := lines(20)
	changed := append([]string(nil), old...)
	changed[1] = "CHANGED"                                                      // line 2
	changed = append(changed[:10], append([]string{"NEW"}, changed[10:]...)...) // before line 11
	changed = changed[:len(changed)-1]                                          // drop line 20
	got := unifiedDiff("a/f", "b/f", join(old), join(changed))
	require.Equal(t, `--- a/f
+++ b/f
@@ -1,5 +1,5 @@
 linea
-lineb
+CHANGED
 linec
 lined
 linee
@@ -8,6 +8,7 @@
 lineh
 linei
 linej
+NEW
 linek
 linel
 linem
@@ -17,4 +18,3 @@
 lineq
 liner
 lines
-linet
`, got)

	// Nearby changes share a hunk; a missing final newline is marked.
	got = unifiedDiff("a/f", "b/f", "1\n2\n3\n4\n5", "1\nX\n3\n4\nY")
	require.Equal(t, `--- a/f
+++ b/f
@@ -1,5 +1,5 @@
 1
-2
+X
 3
 4
-5
\ No newline at end of file
+Y
\ No newline at end of file
`, got)

	// Insertion into an empty file.
	require.Equal(t, "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+x\n", unifiedDiff("a/f", "b/f", "", "x\n"))
}

// TestUnifiedDiffPatch checks the diffs against patch(1), when it is
// installed: applying the diff to the old text gives the new one.
func TestUnifiedDiffPatch(t *testing.T) {
	patch, err := exec.LookPath("patch")
	if err != nil {
		t.Skip("no patch command")
	}
	cases := [][2]string{
		{"a\nb\nc\n", "a\nc\n"},
		{"package p\n\nfunc f() {\n\tg()\n}\n", "package p\n\nfunc f() {\n\tv := 1\n\tg(v)\n}\n"},
		{strings.Repeat("x\n", 50) + "y\n" + strings.Repeat("x\n", 50), "y\n" + strings.Repeat("x\n", 50) + "z\n" + strings.Repeat("x\n", 50)},
		{"no newline", "no newline\nnow\n"},
	}
	for i, tc := range cases {
		dir := t.TempDir()
		file := filepath.Join(dir, "f.go")
		require.NoError(t, os.WriteFile(file, []byte(tc[0]), 0o644))
		cmd := exec.Command(patch, "-p1", "--quiet")
		cmd.Dir = dir
		cmd.Stdin = strings.NewReader(unifiedDiff("a/f.go", "b/f.go", tc[0], tc[1]))
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "case %d: %s", i, out)
		got, err := os.ReadFile(file)
		require.NoError(t, err)
		require.Equal(t, tc[1], string(got), "case %d", i)
	}
}

// runMain runs the driver with analyzers that must not be reached (the
// command lines here stop before loading).
func runMain(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = Main([]*analysis.Analyzer{}, args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCommandLine(t *testing.T) {
	code, stdout, stderr := runMain("-explain", "pkce", "implicitgrant")
	require.Equal(t, ExitOK, code)
	require.Equal(t, rules.PKCE.Explain()+"\n"+rules.ImplicitGrant.Explain(), stdout)
	require.Empty(t, stderr)

	code, stdout, stderr = runMain("-explain=challengemethod")
	require.Equal(t, ExitOK, code)
	require.Equal(t, rules.ChallengeMethod.Explain(), stdout)
	require.Empty(t, stderr)

	code, stdout, stderr = runMain("-explain", "pkce", "nope")
	require.Equal(t, ExitError, code)
	require.Empty(t, stdout, "nothing is explained when a rule is unknown")
	require.Equal(t, `oauthvet: unknown rule "nope"; the rules are `+ruleIDs()+"\n", stderr)

	code, stdout, _ = runMain("-explain")
	require.Equal(t, ExitOK, code)
	for _, r := range rules.All {
		require.Contains(t, stdout, r.ID)
	}

	code, stdout, stderr = runMain("-h")
	require.Equal(t, ExitOK, code)
	require.Contains(t, stdout, "Usage:")
	require.Empty(t, stderr)

	for _, args := range [][]string{
		{"-nosuch", "./..."},
		{"-format", "xml", "./..."},
		{"-json=maybe", "./..."},
		{"-diff", "-format=sarif", "./..."},
		{"-c=2", "-format=json", "./..."},
		{},
	} {
		code, stdout, stderr = runMain(args...)
		require.Equal(t, ExitUsage, code, "%q", args)
		require.Empty(t, stdout)
		lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
		require.Len(t, lines, 2, "%q: %s", args, stderr)
		require.True(t, strings.HasPrefix(lines[0], "oauthvet: "), "%q: %s", args, stderr)
		require.Equal(t, "run 'oauthvet -help' for usage", lines[1])
	}
}

func TestFormatFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "text"},
		{[]string{"-json"}, "json"},
		{[]string{"-format=sarif"}, "sarif"},
		{[]string{"-format=sarif", "-json"}, "json"},
		{[]string{"-json", "-json=false"}, "text"},
		{[]string{"-format=sarif", "-json=false"}, "sarif"},
	} {
		d := &driver{}
		fs, _, _ := d.flags(nil)
		require.NoError(t, fs.Parse(tc.args))
		require.Equal(t, tc.want, d.format, "%q", tc.args)
	}
}

func TestSelectAnalyzers(t *testing.T) {
	a, b, c := &analysis.Analyzer{Name: "x"}, &analysis.Analyzer{Name: "y"}, &analysis.Analyzer{Name: "z"}
	all := []*analysis.Analyzer{a, b, c}
	for _, tc := range []struct {
		args []string
		want []*analysis.Analyzer
	}{
		{nil, all},
		{[]string{"-y=false"}, []*analysis.Analyzer{a, c}},
		{[]string{"-y"}, []*analysis.Analyzer{b}},
		{[]string{"-y", "-z=false"}, []*analysis.Analyzer{b}},
	} {
		d := &driver{}
		fs, _, enabled := d.flags(all)
		require.NoError(t, fs.Parse(tc.args))
		require.Equal(t, tc.want, selectAnalyzers(all, enabled), "%q", tc.args)
	}
}

func TestContainsWord(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{`form.Set("grant_type", "password")`, true},
		{"Grant string `json:\"grant_type\"`", true},
		{`const x = "response_type=code"`, true},
		{`Method_ResponseTypeUrl_field_name = "response_type_url"`, false},
		{`my_grant_type := 1`, false},
		{`grant_type`, true},
		{`xgrant_type grant_typex grant_type.`, true},
		{"// Exchange sends grant_type=authorization_code.", false},
		{"\tx := 1 // the grant_type", false},
		{`u := "https://idp.example/auth?response_type=code" // comment`, true},
		{"s := `a // b` + \"grant_type\"", true},
	} {
		require.Equal(t, tc.want, containsWord([]byte(tc.src), []byte("grant_type")) || containsWord([]byte(tc.src), []byte("response_type")), tc.src)
	}
}

// TestModuleHelpersTestdata: a package of the main module under a
// testdata directory, which ./... does not match, is a helper to load
// (once more, with it named) when production code imports it, and not
// when only tests do: their imports serve _test.go files, which are not
// analysed, and loading everything twice for them doubled the cost of a
// run on modules whose tests import fixtures kept there.
func TestModuleHelpersTestdata(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"a/a.go":                 "package a\n\nfunc A() int { return 1 }\n",
		"a/a_test.go":            "package a\n\nimport (\n\t\"testing\"\n\n\t\"example.com/m/a/testdata/fix\"\n)\n\nfunc TestA(t *testing.T) { _ = fix.In() + A() }\n",
		"a/x_test.go":            "package a_test\n\nimport (\n\t\"testing\"\n\n\t\"example.com/m/a/testdata/xfix\"\n)\n\nfunc TestX(t *testing.T) { _ = xfix.In() }\n",
		"a/testdata/fix/f.go":    "package fix\n\nfunc In() int { return 2 }\n",
		"a/testdata/xfix/f.go":   "package xfix\n\nfunc In() int { return 3 }\n",
		"b/b.go":                 "package b\n\nimport \"example.com/m/b/testdata/gen\"\n\nfunc B() int { return gen.N }\n",
		"b/testdata/gen/gen.go":  "package gen\n\nconst N = 4\n",
		"c/c.go":                 "package c\n\nfunc C() {}\n",
		"c/testdata/unused/u.go": "package unused\n",
		"c/c_test.go":            "package c\n\nimport \"testing\"\n\nfunc TestC(t *testing.T) { C() }\n",
	})
	pkgs, err := load(dir, []string{"./a", "./c"}, true)
	require.NoError(t, err)
	require.Empty(t, moduleHelpers(pkgs), "fixtures imported only by tests")

	pkgs, err = load(dir, []string{"./..."}, true)
	require.NoError(t, err)
	require.Equal(t, []string{"example.com/m/b/testdata/gen"}, moduleHelpers(pkgs), "a package production code imports")
}
