package driver

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
)

// pkgCacheModule: a → b → c, facts flowing from c's marked function to
// a's call through b's helper; d on its own; tests for a and d.
var pkgCacheModule = map[string]string{
	"c/c.go":      "package c\n\nfunc MarkedSource() {}\n\nfunc Plain() {}\n",
	"b/b.go":      "package b\n\nimport \"example.com/m/c\"\n\nfunc Helper() { c.MarkedSource() }\n",
	"a/a.go":      "package a\n\nimport (\n\t\"example.com/m/b\"\n\t\"example.com/m/c\"\n)\n\nfunc Use() {\n\tb.Helper()\n\tc.Plain()\n}\n",
	"a/a_test.go": "package a\n\nimport \"testing\"\n\nfunc TestUse(t *testing.T) { Use() }\n",
	"d/d.go":      "package d\n\nimport \"example.com/m/c\"\n\nfunc D() { c.MarkedSource() }\n",
	"d/x_test.go": "package d_test\n\nimport (\n\t\"testing\"\n\n\t\"example.com/m/d\"\n)\n\nfunc TestD(t *testing.T) { d.D() }\n",
}

type pkgRun struct {
	out            string
	code           int
	hits, misses   int
	analysedByRule int // packages the strict analyzer ran on
}

// TestPackageCache: after an edit, only the packages whose inputs
// changed (the edited one and those importing it, directly or not) are
// analysed again, and the output is byte for byte the uncached run's, in
// JSON and SARIF, also when the edit changes the facts that reach other
// packages; a corrupt or foreign entry is a miss, never trusted.
func TestPackageCache(t *testing.T) {
	dir := writeModule(t, pkgCacheModule)
	cache := t.TempDir()
	_, calls, strict := testAnalyzers()
	var analysed int
	inner := strict.Run
	strict.Run = func(pass *analysis.Pass) (any, error) {
		analysed++
		return inner(pass)
	}
	run := func(args ...string) pkgRun {
		t.Helper()
		// Each run records nothing in the run cache that a later one could
		// replay: the package cache is what is measured.
		for _, name := range cacheEntries(t, cache) {
			require.NoError(t, os.Remove(name))
		}
		analysed = 0
		var stdout, stderr bytes.Buffer
		d := &driver{stdout: &stdout, stderr: &stderr, dir: dir}
		code := d.main([]*analysis.Analyzer{calls, strict}, args)
		return pkgRun{stdout.String() + stderr.String(), code, d.pkgHits, d.pkgMisses, analysed}
	}
	same := func(what string, wantHits, wantAnalysed int, want string) {
		t.Helper()
		for _, format := range []string{"json", "sarif"} {
			off := run("-cache=off", "-format="+format, "./...")
			require.Contains(t, off.out, want, "%s, %s", what, format)
			got := run("-cache="+cache, "-format="+format, "./...")
			require.Equal(t, off.out, got.out, "%s, %s: the uncached run's output", what, format)
			require.Equal(t, off.code, got.code)
			if format == "json" {
				// (The SARIF run that follows finds everything recorded.)
				require.Equal(t, wantHits, got.hits, "%s: hits", what)
				require.Equal(t, wantAnalysed, got.analysedByRule, "%s: packages analysed", what)
			} else {
				require.Zero(t, got.misses, "%s: a second run finds every package", what)
			}
		}
	}
	// Units: a, b, c, d, a [a.test], d [d.test]? (d's test is external:
	// d_test [d.test]), and the two test mains.
	first := run("-cache="+cache, "-format=json", "./...")
	require.Zero(t, first.hits)
	require.Equal(t, 4, first.analysedByRule, "a, b, c, d")
	units := first.misses
	require.GreaterOrEqual(t, units, 6, "the four packages and their test packages")

	same("unchanged", units, 0, "call of marked Helper")

	// d on its own: only d and its external test package change.
	write(t, dir, "d/d.go", "package d\n\nimport \"example.com/m/c\"\n\nfunc D() { c.MarkedSource(); c.Plain() }\n")
	same("an edit to a package nothing imports", units-3, 1, "call of marked MarkedSource")

	// c's facts change: c.Plain now calls the marked function, so a's and
	// d's calls of Plain are reported through c's facts; everything
	// importing c, directly or not, is analysed again.
	write(t, dir, "c/c.go", "package c\n\nfunc MarkedSource() {}\n\nfunc Plain() { MarkedSource() }\n")
	same("a dependency's facts change", 0, 4, "call of marked Plain")

	// A test file: only its test packages are type-checked again; no
	// package is analysed.
	write(t, dir, "a/a_test.go", "package a\n\nimport \"testing\"\n\nfunc TestUse(t *testing.T) { Use(); Use() }\n")
	same("a test file changes", units-2, 0, "call of marked Helper")

	// Entries that do not fit are misses.
	require.NoError(t, os.RemoveAll(cache))
	run("-cache="+cache, "-format=json", "./...")
	entries, err := filepath.Glob(filepath.Join(cache, "*", "*-pkg"))
	require.NoError(t, err)
	require.NotEmpty(t, entries)
	for _, bad := range []struct {
		name   string
		mangle func([]byte) []byte
	}{
		{"truncated", func(b []byte) []byte { return b[:len(b)/2] }},
		{"garbage", func([]byte) []byte { return []byte("\x00\x01garbage") }},
		{"empty", func([]byte) []byte { return nil }},
		{"another version", func(b []byte) []byte {
			return bytes.Replace(b, []byte(pkgCacheVersion), []byte("oauthvet-pkg-cache-0"), 1)
		}},
	} {
		saved := make(map[string][]byte)
		for _, name := range entries {
			data, err := os.ReadFile(name)
			require.NoError(t, err)
			saved[name] = data
			require.NoError(t, os.WriteFile(name, bad.mangle(data), 0o644))
		}
		off := run("-cache=off", "-format=json", "./...")
		got := run("-cache="+cache, "-format=json", "./...")
		require.Equal(t, off.out, got.out, bad.name)
		require.Zero(t, got.hits, "%s: no entry trusted", bad.name)
		require.Equal(t, len(entries), got.misses, bad.name)
		require.Equal(t, 4, got.analysedByRule, bad.name)
		for name, data := range saved {
			rebuilt, err := os.ReadFile(name)
			require.NoError(t, err)
			require.Equal(t, data, rebuilt, "%s: rebuilt", bad.name)
		}
	}

	// A package with errors is not recorded, and does not make its
	// importers' results stale or wrong.
	write(t, dir, "b/b.go", "package b\n\nimport \"example.com/m/c\"\n\nfunc Helper() { c.MarkedSource() }\n\nvar x int = \"not an int\"\n")
	off := run("-cache=off", "-format=json", "./...")
	got := run("-cache="+cache, "-format=json", "./...")
	require.Equal(t, off.out, got.out)
	got = run("-cache="+cache, "-format=json", "./...")
	require.Equal(t, off.out, got.out)
	require.Less(t, got.hits, units, "b and what imports it are analysed every time")
	require.Positive(t, got.hits, "c and d are not")
}

// TestPackageCacheAllFacts: a package analysed again after an edit sees,
// through Pass.AllObjectFacts, the object facts of the imports taken from
// the package cache (kept by object path, named through export data), as
// an uncached run does.
func TestPackageCacheAllFacts(t *testing.T) {
	dir := writeModule(t, pkgCacheModule)
	cache := t.TempDir()
	marks, _, _ := testAnalyzers()
	census := &analysis.Analyzer{
		Name:     "census",
		Doc:      "lists the object facts a package sees",
		Requires: []*analysis.Analyzer{marks},
		Run: func(pass *analysis.Pass) (any, error) {
			var names []string
			for _, f := range pass.AllObjectFacts() {
				names = append(names, f.Object.Pkg().Name()+"."+f.Object.Name()+"="+f.Fact.(*marked).Via)
			}
			slices.Sort(names)
			pass.Reportf(pass.Files[0].Package, "facts: %s", strings.Join(names, " "))
			return nil, nil
		},
		RunDespiteErrors: true,
	}
	run := func(cacheFlag string) (string, *driver) {
		var stdout, stderr bytes.Buffer
		d := &driver{stdout: &stdout, stderr: &stderr, dir: dir}
		d.main([]*analysis.Analyzer{census}, []string{cacheFlag, "-format=json", "./..."})
		return stdout.String() + stderr.String(), d
	}
	run("-cache=" + cache)
	write(t, dir, "d/d.go", "package d\n\nimport \"example.com/m/c\"\n\nfunc D() { c.MarkedSource() }\n\nfunc E() {}\n")
	off, _ := run("-cache=off")
	require.Contains(t, off, "c.MarkedSource=MarkedSource", "d sees c's fact")
	// (Each run records nothing in the run cache that a later one could
	// replay: the package cache is what is measured.)
	for _, name := range cacheEntries(t, cache) {
		require.NoError(t, os.Remove(name))
	}
	got, d := run("-cache=" + cache)
	require.Equal(t, off, got)
	require.Positive(t, d.pkgHits, "c is taken from the cache")
}

// TestPackageCacheCgo: findings in a cgo package are positioned through
// the //line directives of its generated files, which a line table
// rebuilt from a file's contents would lose: such a package is analysed
// every time, and the output stays the uncached run's.
func TestPackageCacheCgo(t *testing.T) {
	if out, err := exec.Command("go", "env", "CGO_ENABLED").Output(); err != nil || strings.TrimSpace(string(out)) != "1" {
		t.Skip("cgo is not enabled here (go env CGO_ENABLED)")
	}
	dir := writeModule(t, map[string]string{
		"c/c.go": "package c\n\nfunc MarkedSource() {}\n",
		"g/g.go": "package g\n\n// #include <stdlib.h>\nimport \"C\"\n\nimport \"example.com/m/c\"\n\nfunc G() int { c.MarkedSource(); return int(C.rand()) }\n",
	})
	cache := t.TempDir()
	_, calls, strict := testAnalyzers()
	run := func(args ...string) (string, *driver) {
		for _, name := range cacheEntries(t, cache) {
			require.NoError(t, os.Remove(name))
		}
		var stdout, stderr bytes.Buffer
		d := &driver{stdout: &stdout, stderr: &stderr, dir: dir}
		d.main([]*analysis.Analyzer{calls, strict}, args)
		return stdout.String() + stderr.String(), d
	}
	off, _ := run("-cache=off", "./...")
	require.Contains(t, off, "g.go:8:", "the finding is in g.go, through the //line directives")
	for i := range 2 {
		got, d := run("-cache="+cache, "./...")
		require.Equal(t, off, got, "run %d", i)
		if i == 1 {
			require.Equal(t, 1, d.pkgHits, "c from the cache, g analysed again")
		}
	}
}
