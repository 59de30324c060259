package e2e_test

// TestGolangciLintPlugin builds a real golangci-lint v2 with oauthvet as a
// module plugin, the way `golangci-lint custom` does (a main package that
// calls golangci-lint's commands.Execute and blank-imports the plugin),
// but from the Go module proxy instead of a git clone of golangci-lint:
// a temporary module requires github.com/golangci/golangci-lint/v2 at the
// version pinned in ../.custom-gcl.yml and replaces
// github.com/oauthvet/oauthvet with this checkout. The binary is cached
// under os.UserCacheDir()/oauthvet-gcl, keyed by that version, the go
// version and the plugin's sources, so only the first run (several
// minutes) builds it. It then runs on the fixture module
// testdata/golangci with ../.golangci-plugin.yml and with other settings.
//
// The helpers named integ* are shared with precommit_test.go.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

const (
	// integBuildTimeout bounds the go commands that resolve and build a
	// custom golangci-lint or install the pre-commit hook (a cold build of
	// golangci-lint takes several minutes on two cores).
	integBuildTimeout = 45 * time.Minute
	// integRunTimeout bounds every other child process.
	integRunTimeout = 5 * time.Minute
)

// integGo returns the go command of PATH, or else the one of the
// toolchain that runs the test.
func integGo(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("go"); err == nil {
		abs, err := filepath.Abs(p)
		require.NoError(t, err)
		return abs
	}
	p := filepath.Join(runtime.GOROOT(), "bin", "go")
	if runtime.GOOS == "windows" {
		p += ".exe"
	}
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("no go command in PATH or in %s: %v", filepath.Dir(p), err)
	}
	return p
}

// integRoot returns this checkout's root directory.
func integRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("..")
	require.NoError(t, err)
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	require.NoError(t, err)
	require.Contains(t, string(gomod), "module github.com/oauthvet/oauthvet\n", "%s is not the root of github.com/oauthvet/oauthvet", root)
	return root
}

// integEnv returns the environment of the child processes: the caller's
// (GOPROXY, GOFLAGS, GOMODCACHE... are kept, so a cold run fetches from
// the module proxy the caller uses), the go command first in PATH, no
// workspace and no toolchain switching.
func integEnv(t *testing.T, goCmd string, extra ...string) []string {
	t.Helper()
	path := filepath.Dir(goCmd) + string(os.PathListSeparator) + os.Getenv("PATH")
	env := append(os.Environ(), "PATH="+path, "GOWORK=off", "GOTOOLCHAIN=local")
	return append(env, extra...) // for duplicates, os/exec keeps the last
}

// integResult is what a child process did.
type integResult struct {
	code           int
	stdout, stderr string
}

func (r integResult) String() string {
	return fmt.Sprintf("exit code %d\n--- stdout:\n%s\n--- stderr:\n%s", r.code, r.stdout, r.stderr)
}

// integRun runs name with args in dir; a process that cannot start or
// that outlives timeout fails the test.
func integRun(t *testing.T, timeout time.Duration, dir string, env []string, name string, args ...string) integResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir, cmd.Env = dir, env
	cmd.WaitDelay = 10 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r := integResult{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		t.Fatalf("%s %s (in %s) did not finish within %v\n%s", name, strings.Join(args, " "), dir, timeout, r)
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	t.Logf("%s %s: exit code %d after %v", filepath.Base(name), strings.Join(args, " "), r.code, time.Since(start).Round(time.Millisecond))
	return r
}

// integMustRun is integRun for commands that must succeed.
func integMustRun(t *testing.T, timeout time.Duration, dir string, env []string, name string, args ...string) integResult {
	t.Helper()
	r := integRun(t, timeout, dir, env, name, args...)
	if r.code != 0 {
		t.Fatalf("%s %s (in %s) failed:\n%s", name, strings.Join(args, " "), dir, r)
	}
	return r
}

// integCopyDir copies the regular files of src into dst.
func integCopyDir(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		return integCopyFile(path, filepath.Join(dst, rel))
	})
	require.NoError(t, err)
}

func integCopyFile(src, dst string) error {
	info, err := os.Stat(src)
	if err != nil {
		return err
	}
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dst, data, info.Mode().Perm())
}

// gclVersion returns the golangci-lint version pinned in .custom-gcl.yml,
// the one users build: the test builds the same.
func gclVersion(t *testing.T, root string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, ".custom-gcl.yml"))
	require.NoError(t, err)
	m := regexp.MustCompile(`(?m)^version:\s*"?(v2\.\d+\.\d+)"?\s*$`).FindSubmatch(data)
	require.NotNil(t, m, ".custom-gcl.yml pins no golangci-lint v2 version (version: v2.X.Y)")
	require.Regexp(t, `(?m)^\s*- module: github\.com/oauthvet/oauthvet\s*$`, string(data), ".custom-gcl.yml does not build the oauthvet plugin")
	return string(m[1])
}

// gclMain is the main package of the custom binary: what
// `golangci-lint custom` builds from cmd/golangci-lint (main.go with its
// build information, plugins.go with the plugins' blank imports).
const gclMain = `// Code generated by oauthvet's golangci_test.go. DO NOT EDIT.

// Command golangci-lint is golangci-lint with oauthvet as a module plugin.
package main

import (
	"fmt"
	"os"
	"runtime/debug"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/oauthvet/oauthvet" // registers the oauthvet module plugin
)

var version = "unknown" // set with -ldflags -X

func main() {
	info := commands.BuildInfo{Version: version, Commit: "?", Date: "(unknown)", GoVersion: "unknown"}
	if bi, ok := debug.ReadBuildInfo(); ok {
		info.GoVersion = bi.GoVersion
	}
	if err := commands.Execute(info); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
`

// gclGoMod is the go.mod of the custom binary's module; tidy completes it.
const gclGoMod = `module oauthvet.test/custom-gcl

go 1.26

require (
	github.com/golangci/golangci-lint/v2 %s
	github.com/oauthvet/oauthvet v0.0.0-00010101000000-000000000000
)

replace github.com/oauthvet/oauthvet => %s
`

// gclSourceHash hashes what the plugin is built from: go.mod, go.sum and
// the non-test Go files of this checkout outside testdata.
func gclSourceHash(t *testing.T, root string) string {
	t.Helper()
	h := sha256.New()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		if rel == "go.mod" || rel == "go.sum" || strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") {
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(rel), len(data))
			h.Write(data)
		}
		return nil
	})
	require.NoError(t, err)
	return hex.EncodeToString(h.Sum(nil))
}

// gclBinary returns a golangci-lint binary with the oauthvet plugin of
// this checkout, building it unless the cache has it.
func gclBinary(t *testing.T, root, goCmd, version string, env []string) string {
	t.Helper()
	goversion := strings.TrimSpace(integMustRun(t, integRunTimeout, root, env, goCmd, "env", "GOVERSION").stdout)
	key := sha256.New()
	fmt.Fprintf(key, "%s\n%s\n%s/%s\n%s\n%s\n%s\n", version, goversion, runtime.GOOS, runtime.GOARCH, gclMain, gclGoMod, gclSourceHash(t, root))
	id := version + "-" + hex.EncodeToString(key.Sum(nil))[:16]

	name := "golangci-lint"
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	var cacheRoot string
	if dir, err := os.UserCacheDir(); err == nil {
		cacheRoot = filepath.Join(dir, "oauthvet-gcl")
	} else {
		t.Logf("no user cache directory (%v): the binary is built for this run only", err)
		cacheRoot = t.TempDir()
	}
	bin := filepath.Join(cacheRoot, id, name)
	if _, err := os.Stat(bin); err == nil {
		t.Logf("using the cached custom golangci-lint %s", bin)
		return bin
	}

	// Build it: the module, its requirements resolved through the module
	// proxy (go mod tidy), then go build, into a temporary file that is
	// renamed into place, so that a build cut short leaves no binary.
	start := time.Now()
	t.Logf("building golangci-lint %s with the oauthvet plugin (several minutes on a cold cache)", version)
	work := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(work, "go.mod"), fmt.Appendf(nil, gclGoMod, version, root), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(work, "main.go"), []byte(gclMain), 0o644))
	integMustRun(t, integBuildTimeout, work, env, goCmd, "mod", "tidy")
	require.NoError(t, os.MkdirAll(cacheRoot, 0o755))
	tmp, err := os.CreateTemp(cacheRoot, "build-*")
	require.NoError(t, err)
	require.NoError(t, tmp.Close())
	defer os.Remove(tmp.Name())
	integMustRun(t, integBuildTimeout, work, env, goCmd, "build", "-trimpath",
		"-ldflags", fmt.Sprintf("-X main.version=%s-custom-oauthvet", strings.TrimPrefix(version, "v")),
		"-o", tmp.Name(), ".")
	require.NoError(t, os.MkdirAll(filepath.Dir(bin), 0o755))
	require.NoError(t, os.Rename(tmp.Name(), bin))
	t.Logf("built %s in %v", bin, time.Since(start).Round(time.Second))

	// Keep only this build: older ones were for other sources.
	entries, _ := os.ReadDir(cacheRoot)
	for _, e := range entries {
		if e.IsDir() && e.Name() != id {
			os.RemoveAll(filepath.Join(cacheRoot, e.Name()))
		}
	}
	return bin
}

// gclIssue is one issue of golangci-lint's JSON output.
type gclIssue struct {
	FromLinter string
	Text       string
	Pos        struct {
		Filename     string
		Line, Column int
	}
}

// gclFinding is an issue reduced to what the test compares.
type gclFinding struct {
	file string // slash-separated, relative to the fixture module
	line int
	rule string // the analyzer, the prefix of the issue's text
}

func (f gclFinding) String() string { return fmt.Sprintf("%s:%d: %s", f.file, f.line, f.rule) }

// gclWant is an expected finding: the line of file that carries marker,
// and a part of the message.
type gclWant struct {
	file, marker, rule, text string
}

func (w gclWant) finding(t *testing.T, dir string) gclFinding {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(w.file)))
	require.NoError(t, err)
	line := 0
	for i, l := range strings.Split(string(data), "\n") {
		if strings.Contains(l, w.marker) {
			require.Zero(t, line, "marker %q is on more than one line of %s", w.marker, w.file)
			line = i + 1
		}
	}
	require.NotZero(t, line, "no marker %q in %s", w.marker, w.file)
	return gclFinding{w.file, line, w.rule}
}

var (
	gclPKCE = gclWant{"cli/main.go", "// finding: pkce", "pkce",
		"authorization code flow without PKCE in a command-line client: prints the authorization URL with fmt.Printf;"}
	gclImplicit = gclWant{"webapp/main.go", "// finding: implicitgrant", "implicitgrant",
		`implicit grant: response_type="token" returns the access token in the browser, in a server-side web app`}
	gclSilenced = gclWant{"webapp/main.go", "//nolint:oauthvet", "implicitgrant",
		`implicit grant: response_type="token" returns the access token in the browser, in a server-side web app`}
	gclPassword = gclWant{"internal/auth/auth.go", "// finding: passwordgrant", "passwordgrant",
		"resource owner password credentials grant (oauth2.Config.PasswordCredentialsToken)"}
	gclConfidential = gclWant{"webapp/main.go", "// finding with pkce-confidential: pkce", "pkce",
		"authorization code flow without PKCE in a server-side web app"}
	// oauthvet's own suppressions work under golangci-lint too: the
	// //oauthvet:ignore implicitgrant directive silences its line (no
	// finding), the stale one is reported.
	gclStale = gclWant{"webapp/main.go", "//oauthvet:ignore challengemethod", "ignoredirective",
		"//oauthvet:ignore challengemethod silences nothing"}
)

// gclLint runs golangci-lint with config on a fresh copy of the fixture
// module (edited by edit, if not nil) and returns its result and issues.
func gclLint(t *testing.T, bin, config string, env []string, edit func(dir string)) (integResult, []gclIssue, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "fixture")
	integCopyDir(t, filepath.Join("testdata", "golangci"), dir)
	if edit != nil {
		edit(dir)
	}
	// A cache of its own: golangci-lint's cache does not know the plugin's
	// settings.
	env = append(slices.Clip(env), "GOLANGCI_LINT_CACHE="+t.TempDir())
	r := integRun(t, integRunTimeout, dir, env, bin, "run", "-c", config,
		"--output.json.path=stdout", "--output.text.path=stderr", "--show-stats=false", "--path-mode=abs", "./...")
	t.Logf("golangci-lint output:\n%s", r.stderr)
	var out struct{ Issues []gclIssue }
	if r.code == 0 || r.code == 1 { // no issues, issues
		require.NoError(t, json.Unmarshal([]byte(r.stdout), &out), "golangci-lint's JSON output\n%s", r)
	}
	return r, out.Issues, dir
}

// gclCheck asserts that issues are exactly wants, with their texts.
func gclCheck(t *testing.T, dir string, issues []gclIssue, wants ...gclWant) {
	t.Helper()
	var got, want []gclFinding
	texts := make(map[gclFinding]string)
	for _, is := range issues {
		require.Equal(t, "oauthvet", is.FromLinter, "issue from another linter: %+v", is)
		rule, _, ok := strings.Cut(is.Text, ": ")
		require.True(t, ok, "issue text without the rule name: %q", is.Text)
		rel, err := filepath.Rel(dir, is.Pos.Filename)
		require.NoError(t, err)
		f := gclFinding{filepath.ToSlash(rel), is.Pos.Line, rule}
		got = append(got, f)
		texts[f] = is.Text
		// The messages name the plugin's settings, not the command's
		// flags or its configuration file.
		require.NotContains(t, is.Text, "(-", "%q", is.Text)
		require.NotContains(t, is.Text, ".oauthvet.yml", "%q", is.Text)
		if rule == "passwordgrant" {
			require.Contains(t, is.Text, "list it as trusted (golangci-lint setting passwordgrant-trusted)")
		}
	}
	for _, w := range wants {
		f := w.finding(t, dir)
		want = append(want, f)
		if text, ok := texts[f]; ok {
			require.Contains(t, text, w.rule+": "+w.text)
		}
	}
	sortFindings := func(fs []gclFinding) {
		slices.SortFunc(fs, func(a, b gclFinding) int { return strings.Compare(a.String(), b.String()) })
	}
	sortFindings(got)
	sortFindings(want)
	require.Equal(t, want, got)
}

// TestGolangciLintPlugin: see the top of this file.
//
// It is skipped only with an explicit -short. CI does not pass -short:
// .ci/run runs it (a cold build needs more than go test's default
// 10-minute timeout) before `go test ./...` runs it again on the cached
// binary.
func TestGolangciLintPlugin(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the build of a custom golangci-lint (minutes on a cold cache)")
	}
	goCmd, root := integGo(t), integRoot(t)
	version := gclVersion(t, root)
	env := integEnv(t, goCmd)
	bin := gclBinary(t, root, goCmd, version, env)

	v := integMustRun(t, integRunTimeout, root, env, bin, "version")
	t.Logf("golangci-lint used: %s", strings.TrimSpace(v.stdout+v.stderr))
	require.Contains(t, v.stdout+v.stderr, "has version "+strings.TrimPrefix(version, "v")+"-custom-oauthvet")

	config := filepath.Join(root, ".golangci-plugin.yml")
	lr := integMustRun(t, integRunTimeout, root, env, bin, "linters", "-c", config)
	require.Regexp(t, `(?m)^oauthvet\b.*OAuth 2\.0 misuse`, lr.stdout, "oauthvet is not among the enabled linters:\n%s", lr)

	t.Run("repository configuration", func(t *testing.T) {
		r, issues, dir := gclLint(t, bin, config, env, nil)
		require.Equal(t, 1, r.code, "golangci-lint exits 1 when it finds issues\n%s", r)
		gclCheck(t, dir, issues, gclPKCE, gclImplicit, gclPassword, gclStale)
	})

	t.Run("nolint silences exactly its line", func(t *testing.T) {
		// Without the //nolint:oauthvet comment, the line it was on is
		// reported too, and nothing else changes.
		r, issues, dir := gclLint(t, bin, config, env, func(dir string) {
			path := filepath.Join(dir, "webapp", "main.go")
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			re := regexp.MustCompile(`//nolint:oauthvet //`)
			require.Len(t, re.FindAll(data, -1), 1)
			require.NoError(t, os.WriteFile(path, re.ReplaceAll(data, []byte("// was nolint:oauthvet, //")), 0o644))
		})
		require.Equal(t, 1, r.code, r.String())
		silenced := gclSilenced
		silenced.marker = "// was nolint:oauthvet"
		gclCheck(t, dir, issues, gclPKCE, gclImplicit, gclPassword, gclStale, silenced)
	})

	t.Run("settings", func(t *testing.T) {
		custom := filepath.Join(t.TempDir(), "golangci.yml")
		require.NoError(t, os.WriteFile(custom, []byte(`version: "2"
linters:
  default: none
  enable: [oauthvet]
  settings:
    custom:
      oauthvet:
        type: module
        settings:
          passwordgrant-trusted:
            - example.com/gclfixture/internal/...
          pkce-confidential: true
          disable: [implicitgrant]
`), 0o644))
		r, issues, dir := gclLint(t, bin, custom, env, nil)
		require.Equal(t, 1, r.code, r.String())
		// The disabled implicitgrant still runs, unreported, for
		// ignoredirective: its directive is not reported as stale.
		gclCheck(t, dir, issues, gclPKCE, gclConfidential, gclStale)
	})

	t.Run("unknown setting", func(t *testing.T) {
		custom := filepath.Join(t.TempDir(), "golangci.yml")
		require.NoError(t, os.WriteFile(custom, []byte(`version: "2"
linters:
  default: none
  enable: [oauthvet]
  settings:
    custom:
      oauthvet:
        type: module
        settings:
          pkce-confidental: true
`), 0o644))
		r, issues, _ := gclLint(t, bin, custom, env, nil)
		require.Empty(t, issues)
		require.NotContains(t, []int{0, 1}, r.code, "golangci-lint accepted an unknown oauthvet setting\n%s", r)
		require.Contains(t, r.stdout+r.stderr, `unknown field "pkce-confidental"`, r.String())
	})
}
