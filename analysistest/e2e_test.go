// Package e2e_test runs the oauthvet command end to end: it builds the
// binary once, then runs it on the demo project (../demo) standalone and
// as a vet tool, and checks what a user sees: findings, exit codes,
// -json output and error messages.
//
// The child processes never touch the network: once the binary is built
// and the demo's dependencies are resolved (the warm-up step, which uses
// the caller's environment), every command runs with GOPROXY=off,
// GOFLAGS=-mod=readonly, GOWORK=off and GOTOOLCHAIN=local.
package e2e_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// commandTimeout bounds each child process: a hung go command or analyzer
// fails the test with its output instead of waiting for go test's -timeout.
const commandTimeout = 3 * time.Minute

var (
	tmpDir string // removed by TestMain

	setupOnce sync.Once
	setupErr  error
	goCmd     string   // the go command
	root      string   // the main module's root directory
	bin       string   // the oauthvet binary
	childEnv  []string // the environment of every child process after the warm-up
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "oauthvet-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	tmpDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// oauthvet returns the path of the oauthvet binary, building it on first
// use, and fails the test if that is impossible.
func oauthvet(t *testing.T) string {
	t.Helper()
	setupOnce.Do(func() { setupErr = setup() })
	if setupErr != nil {
		t.Fatal(setupErr)
	}
	return bin
}

func setup() error {
	var err error
	if goCmd, err = findGo(); err != nil {
		return err
	}
	if root, err = filepath.Abs(".."); err != nil {
		return err
	}
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return fmt.Errorf("module root: %w", err)
	}
	if !bytes.Contains(gomod, []byte("module github.com/oauthvet/oauthvet\n")) {
		return fmt.Errorf("%s is not the root of github.com/oauthvet/oauthvet", root)
	}

	// The go command and the binary's go/packages (which runs "go list")
	// must find the same go first in PATH.
	path := filepath.Dir(goCmd) + string(os.PathListSeparator) + os.Getenv("PATH")
	// GOFLAGS set in the environment replaces the one from "go env -w":
	// keep the user's flags and add -mod=readonly.
	out, err := exec.Command(goCmd, "env", "GOFLAGS").Output()
	if err != nil {
		return fmt.Errorf("go env GOFLAGS: %w", err)
	}
	goflags := strings.TrimSpace(strings.TrimSpace(string(out)) + " -mod=readonly")
	base := append(os.Environ(), "PATH="+path, "GOFLAGS="+goflags, "GOWORK=off", "GOTOOLCHAIN=local")

	// Warm-up, with the caller's GOPROXY: build the binary (this resolves
	// golang.org/x/tools) and load the demo's dependencies
	// (golang.org/x/oauth2). With a warm module cache, neither downloads.
	bin = filepath.Join(tmpDir, "oauthvet")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	for _, args := range [][]string{
		{"build", "-buildvcs=false", "-o", bin, "./cmd/oauthvet"},
		{"list", "-deps", "-test", "./demo/...", "./passes/internal/value"},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), commandTimeout)
		cmd := exec.CommandContext(ctx, goCmd, args...)
		cmd.Dir, cmd.Env = root, base
		out, err := cmd.CombinedOutput()
		cancel()
		if err != nil {
			return fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	childEnv = append(base, "GOPROXY=off")
	return nil
}

// findGo returns the go command of PATH, or else the one of the toolchain
// that runs the test.
func findGo() (string, error) {
	if p, err := exec.LookPath("go"); err == nil {
		return filepath.Abs(p)
	}
	p := filepath.Join(runtime.GOROOT(), "bin", "go")
	if runtime.GOOS == "windows" {
		p += ".exe"
	}
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("no go command in PATH or in %s: %v", filepath.Dir(p), err)
	}
	return p, nil
}

// result is what a child process did.
type result struct {
	code           int // exit code
	stdout, stderr string
}

func (r result) String() string {
	return fmt.Sprintf("exit code %d\n--- stdout:\n%s--- stderr:\n%s", r.code, r.stdout, r.stderr)
}

// run runs name with args in the module root; a process that cannot be
// started or that times out fails the test.
func run(t *testing.T, name string, args ...string) result {
	t.Helper()
	oauthvet(t)
	ctx, cancel := context.WithTimeout(t.Context(), commandTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir, cmd.Env = root, childEnv
	cmd.WaitDelay = 10 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		t.Fatalf("%s %s: timed out after %v\n%s", name, strings.Join(args, " "), commandTimeout, r)
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	t.Logf("%s %s: exit code %d", filepath.Base(name), strings.Join(args, " "), r.code)
	return r
}

// vet runs "go vet -vettool=oauthvet args...".
func vet(t *testing.T, args ...string) result {
	t.Helper()
	return run(t, goCmd, append([]string{"vet", "-vettool=" + oauthvet(t)}, args...)...)
}

// finding is a diagnostic line: "demo/cli/main.go:28:13: message", with the
// file relative to the module root and in slash form.
type finding struct {
	file      string
	line, col int
	msg       string
}

func (f finding) String() string { return fmt.Sprintf("%s:%d:%d: %s", f.file, f.line, f.col, f.msg) }

var diagLine = regexp.MustCompile(`^(.+\.go):(\d+):(\d+): (.+)$`)

// findings parses the diagnostic lines of out (go vet prints paths relative
// to its working directory, oauthvet absolute ones), sorted; other lines
// ("# package" headers) are ignored.
func findings(t *testing.T, out string) []finding {
	t.Helper()
	var fs []finding
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		m := diagLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		file := m[1]
		if filepath.IsAbs(file) {
			rel, err := filepath.Rel(root, file)
			require.NoError(t, err)
			file = rel
		}
		f := finding{file: filepath.ToSlash(file), msg: m[4]}
		fmt.Sscan(m[2], &f.line)
		fmt.Sscan(m[3], &f.col)
		fs = append(fs, f)
	}
	require.NoError(t, sc.Err())
	slices.SortFunc(fs, func(a, b finding) int { return strings.Compare(a.String(), b.String()) })
	return fs
}

// want is an expected finding: the line of the demo file that holds the
// unique snippet at, and a distinctive part of the message.
type want struct {
	rule    string
	file    string // relative to the module root
	at      string // a snippet that occurs once in file, on the reported line
	message string
}

var (
	wantImplicit = want{"implicitgrant", "demo/webapp/main.go",
		`oauth2.SetAuthURLParam("response_type", "token")`,
		`implicit grant: response_type="token" returns the access token in the browser, in a server-side web app (sends the browser to the authorization URL with http.Redirect)`}
	wantPassword = want{"passwordgrant", "demo/cli/main.go",
		`config.PasswordCredentialsToken(`,
		`resource owner password credentials grant (oauth2.Config.PasswordCredentialsToken)`}
	wantPKCE = want{"pkce", "demo/cli/main.go",
		`config.AuthCodeURL("state-token", oauth2.AccessTypeOffline)`,
		`authorization code flow without PKCE in a command-line client (prints the authorization URL with fmt.Printf)`}
	wantNoMethod = want{"challengemethod", "demo/sdk/sdk.go",
		`"code_challenge": {oauth2.S256ChallengeFromVerifier(verifier)}`,
		`code_challenge sent without code_challenge_method: the server assumes "plain"`}
	wantPlain = want{"challengemethod", "demo/sdk/sdk.go",
		`oauth2.SetAuthURLParam("code_challenge_method", "plain")`,
		`code_challenge_method=plain makes the challenge the verifier itself`}
	// With -pkce.confidential only.
	wantConfidential = want{"pkce", "demo/webapp/main.go",
		`http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)`,
		`authorization code flow without PKCE in a server-side web app (sends the browser to the authorization URL with http.Redirect): -pkce.confidential asks for PKCE in every client`}

	defaultWants = []want{wantImplicit, wantPassword, wantPKCE, wantNoMethod, wantPlain}
)

// line is the line of w.file that holds w.at.
func (w want) line(t *testing.T) int {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(w.file)))
	require.NoError(t, err)
	require.Equal(t, 1, bytes.Count(src, []byte(w.at)), "%s: snippet %q must occur exactly once", w.file, w.at)
	return bytes.Count(src[:bytes.Index(src, []byte(w.at))], []byte("\n")) + 1
}

// requireFindings checks that got holds exactly one finding per want, at
// its file and line with its message, and nothing else.
func requireFindings(t *testing.T, got []finding, wants []want, output fmt.Stringer) {
	t.Helper()
	used := make([]bool, len(got))
	for _, w := range wants {
		line, n := w.line(t), 0
		for i, f := range got {
			if f.file == w.file && f.line == line && strings.Contains(f.msg, w.message) {
				used[i] = true
				n++
			}
		}
		require.Equal(t, 1, n, "want one %s finding at %s:%d containing %q\n%s", w.rule, w.file, line, w.message, output)
	}
	for i, f := range got {
		require.True(t, used[i], "unexpected finding %s\n%s", f, output)
	}
}

func TestVetTool(t *testing.T) {
	t.Parallel()
	r := vet(t, "./demo/...")
	// go vet reports the tool's findings and exits 1.
	require.NotZero(t, r.code, "%s", r)
	require.Equal(t, 1, r.code, "%s", r)
	requireFindings(t, findings(t, r.stdout+r.stderr), defaultWants, r)
}

func TestVetToolFlags(t *testing.T) {
	t.Parallel()
	t.Run("trusted", func(t *testing.T) {
		t.Parallel()
		r := vet(t, "-passwordgrant.trusted=github.com/oauthvet/oauthvet/demo/...", "./demo/...")
		require.NotZero(t, r.code, "%s", r)
		requireFindings(t, findings(t, r.stdout+r.stderr),
			[]want{wantImplicit, wantPKCE, wantNoMethod, wantPlain}, r)
		require.NotContains(t, r.stdout+r.stderr, "password credentials grant")
	})
	t.Run("confidential", func(t *testing.T) {
		t.Parallel()
		r := vet(t, "-pkce.confidential", "./demo/...")
		require.NotZero(t, r.code, "%s", r)
		requireFindings(t, findings(t, r.stdout+r.stderr), append(slices.Clone(defaultWants), wantConfidential), r)
	})
}

func TestStandalone(t *testing.T) {
	t.Parallel()
	t.Run("text", func(t *testing.T) {
		t.Parallel()
		r := run(t, oauthvet(t), "./demo/...")
		// 3: findings. They are printed on stderr, one per line.
		require.Equal(t, 3, r.code, "%s", r)
		got := findings(t, r.stdout+r.stderr)
		requireFindings(t, got, defaultWants, r)

		// go vet -vettool shows the same findings (paths made relative).
		v := vet(t, "./demo/...")
		require.Equal(t, fmt.Sprint(findings(t, v.stdout+v.stderr)), fmt.Sprint(got), "standalone:\n%s\nvet:\n%s", r, v)
	})
	t.Run("json", func(t *testing.T) {
		t.Parallel()
		r := run(t, oauthvet(t), "-json", "./demo/...")
		// With -json the findings are data, not a failure: exit code 0.
		require.Equal(t, 0, r.code, "%s", r)
		var tree map[string]any
		require.NoError(t, json.Unmarshal([]byte(r.stdout), &tree), "%s", r)

		// {"import/path": {"analyzer": [{"posn": "file:line:col", "message": ...}]}}
		const pkg = "github.com/oauthvet/oauthvet/demo/"
		byPackage := map[string][]want{
			pkg + "cli":    {wantPassword, wantPKCE},
			pkg + "webapp": {wantImplicit},
			pkg + "sdk":    {wantNoMethod, wantPlain},
		}
		require.Len(t, tree, len(byPackage), "%s", r)
		rules := map[string]bool{}
		for path, wants := range byPackage {
			entry, ok := tree[path].(map[string]any)
			require.True(t, ok, "no entry for %s\n%s", path, r)
			var got []finding
			for analyzer, v := range entry {
				rules[analyzer] = true
				diags, ok := v.([]any)
				require.True(t, ok, "%s %s: not a list of diagnostics: %v", path, analyzer, v)
				for _, d := range diags {
					d, _ := d.(map[string]any)
					posn, _ := d["posn"].(string)
					msg, _ := d["message"].(string)
					require.Equal(t, analyzer, d["category"], "%v", d)
					got = append(got, findings(t, posn+": "+msg)...)
				}
			}
			requireFindings(t, got, wants, r)
			for _, w := range wants {
				require.Contains(t, entry, w.rule, "%s", path)
			}
		}
		require.Equal(t, map[string]bool{"implicitgrant": true, "passwordgrant": true, "pkce": true, "challengemethod": true}, rules)
	})
}

func TestStandaloneCleanPackage(t *testing.T) {
	t.Parallel()
	r := run(t, oauthvet(t), "./passes/internal/value")
	require.Equal(t, 0, r.code, "%s", r)
	require.Empty(t, r.stdout)
	require.Empty(t, r.stderr)
}

// TestStandaloneErrors records what a user sees when the command line is
// wrong. Observed (x/tools v0.52.0 multichecker):
//
//   - an unknown flag: exit 2 (the flag package's ExitOnError). stderr is
//     "flag provided but not defined: -nosuchflag" followed by the usage
//     (every flag), not the error line alone.
//   - a malformed -passwordgrant.trusted pattern: also a flag error, exit 2,
//     "invalid value ... for flag -passwordgrant.trusted: invalid package
//     pattern ..." followed by the usage.
//   - a pattern that matches no package: exit 1, "-: pattern ./nosuchdir/...:
//     lstat ./nosuchdir/: no such file or directory", followed by one
//     "failed prerequisites"/"analysis skipped" line per analyzer.
//
// All are distinct from 3 (findings), and none prints a panic.
func TestStandaloneErrors(t *testing.T) {
	t.Parallel()
	noPanic := func(t *testing.T, r result) {
		t.Helper()
		for _, s := range []string{"panic:", "goroutine ", "internal error"} {
			require.NotContains(t, r.stdout+r.stderr, s, "%s", r)
		}
	}
	t.Run("unknown flag", func(t *testing.T) {
		t.Parallel()
		r := run(t, oauthvet(t), "-nosuchflag", "./demo/...")
		require.Equal(t, 2, r.code, "%s", r)
		first, _, _ := strings.Cut(r.stderr, "\n")
		require.Equal(t, "flag provided but not defined: -nosuchflag", first, "%s", r)
		require.Empty(t, r.stdout)
		noPanic(t, r)
	})
	t.Run("no such package", func(t *testing.T) {
		t.Parallel()
		r := run(t, oauthvet(t), "./nosuchdir/...")
		require.Equal(t, 1, r.code, "%s", r)
		first, _, _ := strings.Cut(r.stderr, "\n")
		require.Contains(t, first, "./nosuchdir/", "%s", r)
		require.Contains(t, first, "no such file or directory", "%s", r)
		require.Empty(t, r.stdout)
		noPanic(t, r)
	})
	t.Run("malformed trusted pattern", func(t *testing.T) {
		t.Parallel()
		r := run(t, oauthvet(t), "-passwordgrant.trusted=./relative/...", "./demo/...")
		require.NotZero(t, r.code, "%s", r)
		require.NotEqual(t, 3, r.code, "%s", r)
		require.Equal(t, 2, r.code, "%s", r)
		first, _, _ := strings.Cut(r.stderr, "\n")
		require.Contains(t, first, "-passwordgrant.trusted", "%s", r)
		require.Contains(t, first, `invalid package pattern "./relative/..."`, "%s", r)
		require.Empty(t, r.stdout)
		noPanic(t, r)
	})
}
