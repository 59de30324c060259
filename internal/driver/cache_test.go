package driver

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
)

// cacheModule: a → b → c, facts flowing from c's marked function to a's
// call through b's helper; a's test.
var cacheModule = map[string]string{
	"c/c.go":      "package c\n\nfunc MarkedSource() {}\n\nfunc Plain() {}\n",
	"b/b.go":      "package b\n\nimport \"example.com/m/c\"\n\nfunc Helper() { c.MarkedSource() }\n",
	"a/a.go":      "package a\n\nimport (\n\t\"example.com/m/b\"\n\t\"example.com/m/c\"\n)\n\nfunc Use() {\n\tb.Helper()\n\tc.Plain()\n}\n",
	"a/a_test.go": "package a\n\nimport \"testing\"\n\nfunc TestUse(t *testing.T) { Use() }\n",
}

type cacheRun struct {
	stdout, stderr string
	code           int
}

// cacheRunner runs the driver in dir with the test analyzers, counting the
// packages they analyse or take from the package cache (a replayed run
// does neither).
func cacheRunner(t *testing.T, dir string) (run func(args ...string) cacheRun, analysed *atomic.Int32) {
	_, calls, strict := testAnalyzers()
	analysed = new(atomic.Int32)
	inner := strict.Run
	strict.Run = func(pass *analysis.Pass) (any, error) {
		analysed.Add(1)
		return inner(pass)
	}
	return func(args ...string) cacheRun {
		t.Helper()
		var stdout, stderr bytes.Buffer
		d := &driver{stdout: &stdout, stderr: &stderr, dir: dir}
		code := d.main([]*analysis.Analyzer{calls, strict}, args)
		analysed.Add(int32(d.pkgHits))
		return cacheRun{stdout.String(), stderr.String(), code}
	}, analysed
}

func cacheEntries(t *testing.T, dir string) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*", "*-run"))
	require.NoError(t, err)
	return names
}

// TestRunCache: a run that changed nothing prints, byte for byte, what
// the uncached run prints, as JSON, SARIF and text, without analysing;
// an edit that changes a dependency's facts, a new file and an edited
// test file are misses that print what the uncached run prints.
func TestRunCache(t *testing.T) {
	dir := writeModule(t, cacheModule)
	cache := t.TempDir()
	run, analysed := cacheRunner(t, dir)

	for _, format := range []string{"json", "sarif", "text"} {
		args := []string{"-format=" + format, "./..."}
		off := run(append([]string{"-cache=off"}, args...)...)
		require.Contains(t, []int{ExitOK, ExitFindings}, off.code, "%+v", off) // 0 with json
		require.Contains(t, off.stdout+off.stderr, "call of marked Helper", "%+v", off)

		analysed.Store(0)
		first := run(append([]string{"-cache=" + cache}, args...)...)
		require.Equal(t, off, first, format)
		require.NotZero(t, analysed.Load(), "the first run analyses")

		analysed.Store(0)
		again := run(append([]string{"-cache=" + cache}, args...)...)
		require.Equal(t, off, again, format)
		require.Zero(t, analysed.Load(), "an unchanged run is replayed")
	}
	require.Len(t, cacheEntries(t, cache), 3, "one entry per format")

	// -cache=off neither reads nor writes.
	other := t.TempDir()
	run("-cache=off", "./...")
	require.Empty(t, cacheEntries(t, other))

	edits := []struct {
		name  string
		apply func()
		want  string // in the output after the edit
	}{
		{"a dependency's facts change", func() {
			// c.Plain now calls the marked function: a's call of Plain is
			// reported, through c's facts.
			write(t, dir, "c/c.go", "package c\n\nfunc MarkedSource() {}\n\nfunc Plain() { MarkedSource() }\n")
		}, "call of marked Plain"},
		{"a new file joins a package", func() {
			write(t, dir, "b/more.go", "package b\n\nimport \"example.com/m/c\"\n\nfunc More() { c.MarkedSource() }\n")
		}, "b/more.go"},
		{"a new package matches ./...", func() {
			write(t, dir, "e/e.go", "package e\n\nimport \"example.com/m/c\"\n\nfunc E() { c.MarkedSource() }\n")
		}, "e/e.go"},
		{"a test file changes", func() {
			write(t, dir, "a/a_test.go", "package a\n\nimport \"testing\"\n\nfunc TestUse(t *testing.T) { Use(); Use() }\n")
		}, "call of marked Helper"},
	}
	for _, e := range edits {
		e.apply()
		for _, format := range []string{"json", "sarif"} {
			args := []string{"-format=" + format, "./..."}
			off := run(append([]string{"-cache=off"}, args...)...)
			require.Contains(t, off.stdout, e.want, "%s: %+v", e.name, off)
			analysed.Store(0)
			cached := run(append([]string{"-cache=" + cache}, args...)...)
			require.Equal(t, off, cached, "%s, %s", e.name, format)
			require.NotZero(t, analysed.Load(), "%s: a miss analyses", e.name)
			analysed.Store(0)
			require.Equal(t, off, run(append([]string{"-cache=" + cache}, args...)...), "%s, %s", e.name, format)
			require.Zero(t, analysed.Load(), "%s: then replayed", e.name)
		}
	}

	// Other settings are other entries: a rule turned off is not replayed
	// from the run that had it on.
	strictOff := run("-cache=off", "-strict=false", "-format=json", "./...")
	require.NotContains(t, strictOff.stdout, `"strict"`)
	require.Equal(t, strictOff, run("-cache="+cache, "-strict=false", "-format=json", "./..."))
}

// TestRunCacheBadEntries: a corrupt entry, one of another cache version
// or key, and one whose output is an error are ignored and rebuilt,
// never trusted.
func TestRunCacheBadEntries(t *testing.T) {
	dir := writeModule(t, cacheModule)
	cache := t.TempDir()
	run, analysed := cacheRunner(t, dir)
	off := run("-cache=off", "-format=json", "./...")
	run("-cache="+cache, "-format=json", "./...")
	entries := cacheEntries(t, cache)
	require.Len(t, entries, 1)
	good, err := os.ReadFile(entries[0])
	require.NoError(t, err)

	for _, bad := range []struct {
		name string
		data string
	}{
		{"truncated", string(good[:len(good)/2])},
		{"not JSON", "\x00\x01garbage"},
		{"empty", ""},
		{"another version", strings.Replace(string(good), cacheVersion, "oauthvet-run-cache-0", 1)},
		{"another key", strings.Replace(string(good), `"key":"`, `"key":"0`, 1)},
		{"forged output, stale files", strings.Replace(strings.Replace(string(good), `"sum":"`, `"sum":"0`, 1), `"stdout":"`, `"stdout":"AAAA`, 1)},
		{"an error's output", strings.Replace(string(good), `"code":0`, `"code":1`, 1)},
	} {
		require.NoError(t, os.WriteFile(entries[0], []byte(bad.data), 0o644))
		analysed.Store(0)
		got := run("-cache="+cache, "-format=json", "./...")
		require.Equal(t, off, got, bad.name)
		require.NotZero(t, analysed.Load(), "%s: analysed again", bad.name)
		rebuilt, err := os.ReadFile(entries[0])
		require.NoError(t, err)
		require.Equal(t, string(good), string(rebuilt), "%s: rebuilt", bad.name)
	}

	// A run with errors is not recorded.
	write(t, dir, "d/d.go", "package d\n\nvar x int = \"not an int\"\n")
	os.RemoveAll(cache)
	r := run("-cache="+cache, "-format=json", "./...")
	require.Equal(t, ExitError, r.code, "%+v", r)
	require.Empty(t, cacheEntries(t, cache))
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	path := filepath.Join(dir, filepath.FromSlash(name))
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
}

// TestRunKeyFlags: every driver flag that changes the output is in the
// run's key (-inventory once was not, and replayed the findings' output
// for an inventory); the cache's own location is not.
func TestRunKeyFlags(t *testing.T) {
	key := func(args ...string) string {
		t.Helper()
		d := &driver{}
		fs, _, _ := d.flags(nil)
		require.NoError(t, fs.Parse(args))
		k, ok := d.runKey(nil, fs.Args())
		require.True(t, ok)
		return k
	}
	plain := key("./...")
	require.Equal(t, plain, key("./..."))
	require.Equal(t, plain, key("-cache="+t.TempDir(), "./..."), "the cache's location")
	for _, args := range [][]string{
		{"-inventory", "./..."},
		{"-format=json", "./..."},
		{"-test=false", "./..."},
		{"-c=2", "./..."},
		{"./a/..."},
	} {
		require.NotEqual(t, plain, key(args...), "%q", args)
	}
}
