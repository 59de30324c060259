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
	"flag"
	"fmt"
	"maps"
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

	suite "github.com/oauthvet/oauthvet"
	"github.com/oauthvet/oauthvet/internal/rules"
)

// commandTimeout bounds each child process: a hung go command or analyzer
// fails the test with its output instead of waiting for go test's -timeout.
// On a cold machine the first runs over testdata build the export data of
// every fixture dependency (fosite, zitadel, ...) while the other test
// binaries compile too: 3 minutes was once not enough on 2 cores.
const commandTimeout = 10 * time.Minute

var (
	tmpDir string // removed by TestMain

	setupOnce sync.Once
	setupErr  error
	goCmd     string   // the go command
	root      string   // the main module's root directory
	fixtures  string   // the fixture module's root directory (root/testdata)
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
	// The fixture module (testdata, example.com/fixtures) is loaded too,
	// for the tests of facts across packages and of -fix.
	fixtures = filepath.Join(root, "testdata")
	for _, step := range []struct {
		dir  string
		args []string
	}{
		{root, []string{"build", "-buildvcs=false", "-o", bin, "./cmd/oauthvet"}},
		{root, []string{"list", "-deps", "-test", "./demo/...", "./passes/internal/value"}},
		{fixtures, []string{"list", "-deps", "-test", "./pkce/authurl/...", "./pkce/quickstart", "./pkce/depcaller", "./pkce/kitcaller", "./passwordgrant/depcaller", "./passwordgrant/kitcaller", "./pkce/testvariant/..."}},
	} {
		args := step.args
		ctx, cancel := context.WithTimeout(context.Background(), commandTimeout)
		cmd := exec.CommandContext(ctx, goCmd, args...)
		cmd.Dir, cmd.Env = step.dir, base
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
	return runIn(t, root, name, args...)
}

// runIn runs name with args in dir.
func runIn(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	oauthvet(t)
	ctx, cancel := context.WithTimeout(t.Context(), commandTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir, cmd.Env = dir, childEnv
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
	return findingsIn(t, root, out)
}

// findingsIn is findings for the output of a command run in dir.
func findingsIn(t *testing.T, dir, out string) []finding {
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
		if !filepath.IsAbs(file) {
			file = filepath.Join(dir, file)
		}
		rel, err := filepath.Rel(root, file)
		require.NoError(t, err)
		file = rel
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
		`authorization code flow without PKCE in a command-line client: prints the authorization URL with fmt.Printf;`}
	wantNoMethod = want{"challengemethod", "demo/sdk/sdk.go",
		`"code_challenge": {oauth2.S256ChallengeFromVerifier(verifier)}`,
		`code_challenge sent without code_challenge_method: the server assumes "plain"`}
	wantPlain = want{"challengemethod", "demo/sdk/sdk.go",
		`oauth2.SetAuthURLParam("code_challenge_method", "plain")`,
		`code_challenge_method=plain makes the challenge the verifier itself`}
	wantRedirect = want{"redirecturi", "demo/idp/main.go",
		`strings.HasPrefix(redirectURI, c.RedirectURI)`,
		`redirect_uri matched by prefix (strings.HasPrefix), not exact comparison`}
	wantHTTP = want{"insecureendpoint", "demo/portal/main.go",
		`"http://login.acme-partners.net/token"`,
		`token endpoint over plain http to login.acme-partners.net`}
	wantState = want{"oauthstate", "demo/portal/main.go",
		`conf.AuthCodeURL("portal")`,
		`constant OAuth state: the state is the constant "portal"`}
	wantLeak = want{"tokenleak", "demo/portal/main.go",
		`log.Printf("signed in, access token %s", tok.AccessToken)`,
		`access token written to a log: log.Printf logs the access token`}
	wantOIDC = want{"oidcverify", "demo/portal/main.go",
		`SkipExpiryCheck: true`,
		`ID token check switched off: oidc.Config.SkipExpiryCheck is true`}
	// With -pkce.confidential only.
	wantConfidential = want{"pkce", "demo/webapp/main.go",
		`http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)`,
		`authorization code flow without PKCE in a server-side web app: sends the browser to the authorization URL with http.Redirect; the configuration asks for PKCE in every client (`}

	wantConfidentialPortal = want{"pkce", "demo/portal/main.go",
		`conf.AuthCodeURL("portal")`,
		`authorization code flow without PKCE in a server-side web app: sends the browser to the authorization URL with http.Redirect; the configuration asks for PKCE in every client (`}

	defaultWants = []want{wantImplicit, wantPassword, wantPKCE, wantNoMethod, wantPlain,
		wantRedirect, wantHTTP, wantState, wantLeak, wantOIDC}
	// With -pkce.confidential: the two server-side web apps' code flows too.
	confidentialWants = append(slices.Clone(defaultWants), wantConfidential, wantConfidentialPortal)
	// Without the password grant's finding (-passwordgrant=false, or the
	// demo trusted with passwords).
	noPasswordWants = slices.DeleteFunc(slices.Clone(defaultWants), func(w want) bool { return w == wantPassword })
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

// ruleAt is the rule of the default want at f's place.
func ruleAt(t *testing.T, f finding) string {
	t.Helper()
	for _, w := range defaultWants {
		if w.file == f.file && w.line(t) == f.line {
			return w.rule
		}
	}
	t.Fatalf("no want at %s", f)
	return ""
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
			noPasswordWants, r)
		require.NotContains(t, r.stdout+r.stderr, "password credentials grant")
	})
	t.Run("confidential", func(t *testing.T) {
		t.Parallel()
		r := vet(t, "-pkce.confidential", "./demo/...")
		require.NotZero(t, r.code, "%s", r)
		requireFindings(t, findings(t, r.stdout+r.stderr), confidentialWants, r)
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

		// go vet -vettool shows the same findings (paths made relative),
		// without the rule after each, and naming only the flags where
		// the command names the flag and the configuration key.
		v := vet(t, "./demo/...")
		vetFindings := findings(t, v.stdout+v.stderr)
		require.Len(t, vetFindings, len(got), "standalone:\n%s\nvet:\n%s", r, v)
		for i, f := range got {
			vf := vetFindings[i]
			require.Equal(t, f.String(), fmt.Sprintf("%s (%s)", finding{vf.file, vf.line, vf.col, rules.ForDriver(rules.Standalone, vf.msg)}, ruleAt(t, vf)), "standalone:\n%s\nvet:\n%s", r, v)
		}
		require.Contains(t, r.stderr, "list it as trusted (-passwordgrant.trusted, or passwordgrant-trusted in .oauthvet.yml) (passwordgrant)\n")
		require.Contains(t, v.stderr, "list it as trusted (-passwordgrant.trusted)\n")
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
			pkg + "idp":    {wantRedirect},
			pkg + "portal": {wantHTTP, wantState, wantLeak, wantOIDC},
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
		require.Equal(t, map[string]bool{"implicitgrant": true, "passwordgrant": true, "pkce": true, "challengemethod": true,
			"redirecturi": true, "insecureendpoint": true, "oauthstate": true, "tokenleak": true, "oidcverify": true}, rules)
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
// wrong:
//
//   - an unknown flag: exit 2, and exactly two lines on stderr:
//     "oauthvet: flag provided but not defined: -nosuchflag" and
//     "run 'oauthvet -help' for usage" (no usage dump).
//   - a malformed -passwordgrant.trusted pattern: also a flag error, exit 2,
//     "oauthvet: invalid value ... for flag -passwordgrant.trusted: invalid
//     package pattern ...", then the same hint.
//   - a pattern that matches no package: exit 1, one line: "oauthvet:
//     pattern ./nosuchdir/...: lstat ./nosuchdir/: no such file or
//     directory".
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
		require.Equal(t, "oauthvet: flag provided but not defined: -nosuchflag\nrun 'oauthvet -help' for usage\n", r.stderr, "%s", r)
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
		require.Equal(t, first+"\n", r.stderr, "one line only\n%s", r)
		require.Empty(t, r.stdout)
		noPanic(t, r)
	})
	// A directory that is not in a module, and a module that needs a newer
	// Go: one line that says what to do, exit 1, nothing written.
	for name, setup := range map[string]func(dir string){
		"not a module": func(dir string) {},
		"newer go": func(dir string) {
			require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/newgo\n\ngo 1.99\n"), 0o644))
		},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, "x.go"), []byte("package x\n"), 0o644))
			setup(dir)
			before, err := os.ReadDir(dir)
			require.NoError(t, err)
			cmd := exec.Command(oauthvet(t), "./...")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOFLAGS=-mod=mod")
			var stdout, stderr strings.Builder
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err = cmd.Run()
			var exit *exec.ExitError
			require.ErrorAs(t, err, &exit, "stderr: %s", stderr.String())
			require.Equal(t, 1, exit.ExitCode(), "stderr: %s", stderr.String())
			require.Empty(t, stdout.String())
			lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
			require.Len(t, lines, 1, "one line: %q", stderr.String())
			require.True(t, strings.HasPrefix(lines[0], "oauthvet: "), lines[0])
			require.NotContains(t, lines[0], "exit status", "the go command's wrapping is removed")
			if name == "newer go" {
				require.Contains(t, lines[0], "go.mod requires go >= 1.99")
				require.Contains(t, lines[0], "install that Go version")
			} else {
				require.Contains(t, lines[0], "run oauthvet inside a Go module")
			}
			after, err := os.ReadDir(dir)
			require.NoError(t, err)
			require.Equal(t, len(before), len(after), "nothing written")
		})
	}
	t.Run("malformed trusted pattern", func(t *testing.T) {
		t.Parallel()
		r := run(t, oauthvet(t), "-passwordgrant.trusted=./relative/...", "./demo/...")
		require.NotZero(t, r.code, "%s", r)
		require.NotEqual(t, 3, r.code, "%s", r)
		require.Equal(t, 2, r.code, "%s", r)
		first, _, _ := strings.Cut(r.stderr, "\n")
		require.Contains(t, first, "-passwordgrant.trusted", "%s", r)
		require.Contains(t, first, `invalid package pattern "./relative/..."`, "%s", r)
		require.True(t, strings.HasPrefix(first, "oauthvet: "), "%s", r)
		require.Equal(t, first+"\nrun 'oauthvet -help' for usage\n", r.stderr, "%s", r)
		require.Empty(t, r.stdout)
		noPanic(t, r)
	})
}

// TestStandaloneFacts checks that facts flow between the packages the
// standalone driver analyses: the fixture library testdata/pkce/authurl
// exports a fact for ConsentURL (it returns an authorization URL without
// PKCE), and the command testdata/pkce/authurl/cmd/login, which prints
// authurl.ConsentURL(...), is reported at the call. The standalone driver
// runs the fact-producing analyzers on the packages named on the command
// line and the main module's packages they import (other dependencies come
// from export data); go vet -vettool analyses every dependency.
func TestStandaloneFacts(t *testing.T) {
	t.Parallel()
	const login = "testdata/pkce/authurl/cmd/login/main.go"
	wants := []want{
		{"pkce", login, `authurl.ConsentURL(conf, "st")`,
			`authorization URL from authurl.ConsentURL carries no PKCE challenge in a command-line client: prints the authorization URL with fmt.Println;`},
		{"pkce", login, `authurl.URLWithOptions(conf, "st", oauth2.AccessTypeOffline)`,
			`authorization URL from authurl.URLWithOptions carries no PKCE challenge`},
	}
	t.Run("library and command analysed", func(t *testing.T) {
		t.Parallel()
		r := runIn(t, fixtures, oauthvet(t), "./pkce/authurl/...")
		require.Equal(t, 3, r.code, "%s", r)
		requireFindings(t, findingsIn(t, fixtures, r.stderr), wants, r)
		require.Empty(t, r.stdout)
	})
	t.Run("json, the library named after the command", func(t *testing.T) {
		t.Parallel()
		r := runIn(t, fixtures, oauthvet(t), "-format=json", "./pkce/authurl/cmd/login", "./pkce/authurl")
		require.Equal(t, 0, r.code, "%s", r)
		var got []finding
		for _, d := range jsonDiagnostics(t, r.stdout) {
			got = append(got, findingsIn(t, fixtures, d.Posn+": "+d.Message)...)
		}
		requireFindings(t, got, wants, r)
	})
	t.Run("helper of the module not named", func(t *testing.T) {
		t.Parallel()
		// Only the command is named: the driver also type-checks the
		// module's packages it imports (the library), for their facts,
		// and reports only in the command, as go vet does.
		r := runIn(t, fixtures, oauthvet(t), "./pkce/authurl/cmd/login")
		require.Equal(t, 3, r.code, "%s", r)
		requireFindings(t, findingsIn(t, fixtures, r.stderr), wants, r)
		v := runIn(t, fixtures, goCmd, "vet", "-vettool="+oauthvet(t), "./pkce/authurl/cmd/login")
		require.Equal(t, 1, v.code, "%s", v)
		requireFindings(t, findingsIn(t, fixtures, v.stdout+v.stderr), wants, v)
	})
}

// TestStandaloneDependencyFacts checks that flows living in another
// module reach the main module standalone as under go vet: the fixture
// modules example.com/idpsdk and example.com/loginkit (replace'd
// directories under testdata/depmodules) hold an always-password login
// and PKCE-less authorization URLs; the standalone driver loads them from
// export data, selects them as dependencies that can hold OAuth flows,
// analyses them for facts, and reports each flaw once, at the caller in
// the main module, never in the dependency.
func TestStandaloneDependencyFacts(t *testing.T) {
	t.Parallel()
	const (
		pwCaller  = "testdata/passwordgrant/depcaller/main.go"
		pwKit     = "testdata/passwordgrant/kitcaller/main.go"
		urlCaller = "testdata/pkce/depcaller/main.go"
		urlKit    = "testdata/pkce/kitcaller/main.go"
	)
	wants := []want{
		{"passwordgrant", pwCaller, `c.LoginUser(ctx,`,
			`resource owner password credentials grant (from (*idpsdk.Client).LoginUser): (*idpsdk.Client).LoginUser sends grant_type=password`},
		{"passwordgrant", pwKit, `s.idp.SignIn(`,
			`resource owner password credentials grant (from (kit.Provider).SignIn): (kit.Provider).SignIn sends grant_type=password`},
		{"pkce", urlCaller, `c.LoginURL(redirect, "xyz")`,
			`authorization URL from (*idpsdk.Client).LoginURL carries no PKCE challenge in a command-line client`},
		{"pkce", urlKit, `s.provider.BrowserURL(s.redirect)`,
			`authorization URL from (kit.Provider).BrowserURL carries no PKCE challenge in a command-line client`},
		// Browser launchers of another module (example.com/openkit, no
		// OAuth code): their BrowserFacts make the callers native apps.
		{"pkce", "testdata/pkce/browserdep/cli/main.go", `launch.OpenURL(conf.AuthCodeURL(state))`,
			`authorization code flow without PKCE in a command-line client: opens the authorization URL in the system browser with launch.OpenURL`},
		{"pkce", "testdata/pkce/browserdep/session/session.go", `page := s.cfg.AuthCodeURL(state)`,
			`authorization code flow without PKCE in a native client: opens the authorization URL in the system browser with web.Show`},
	}
	pkgs := []string{"./passwordgrant/depcaller", "./passwordgrant/kitcaller", "./pkce/depcaller", "./pkce/kitcaller", "./pkce/browserdep/..."}
	r := runIn(t, fixtures, oauthvet(t), pkgs...)
	require.Equal(t, 3, r.code, "%s", r)
	got := findingsIn(t, fixtures, r.stderr)
	requireFindings(t, got, wants, r)
	for _, f := range got {
		require.NotContains(t, f.file, "depmodules", "the dependency is not named: %s", f)
	}
	v := runIn(t, fixtures, goCmd, append([]string{"vet", "-vettool=" + oauthvet(t)}, pkgs...)...)
	require.Equal(t, 1, v.code, "%s", v)
	requireFindings(t, findingsIn(t, fixtures, v.stdout+v.stderr), wants, v)
}

// TestStandaloneTestVariants: a package and its test variant are one
// package to the user: the production files' kind comes from production
// files (a _test.go that serves HTTP or reads stdin decides nothing), and
// one position gets one finding, with -pkce.confidential too.
func TestStandaloneTestVariants(t *testing.T) {
	t.Parallel()
	const (
		consent = "testdata/pkce/testvariant/consent/consent.go"
		desktop = "testdata/pkce/testvariant/desktoplogin/login.go"
	)
	native := want{"pkce", desktop, `return conf.AuthCodeURL("st8"), conf`,
		`authorization code flow without PKCE in a native client: redirects to a loopback address`}
	r := runIn(t, fixtures, oauthvet(t), "-pkce", "./pkce/testvariant/...")
	require.Equal(t, 3, r.code, "%s", r)
	requireFindings(t, findingsIn(t, fixtures, r.stderr), []want{native}, r)

	r = runIn(t, fixtures, oauthvet(t), "-pkce", "-pkce.confidential", "./pkce/testvariant/...")
	require.Equal(t, 3, r.code, "%s", r)
	requireFindings(t, findingsIn(t, fixtures, r.stderr), []want{native,
		{"pkce", consent, `f.Config.AuthCodeURL(f.State, oauth2.AccessTypeOffline)`,
			`authorization code flow without PKCE in code whose client kind is unknown: the configuration asks for PKCE in every client (`},
	}, r)

	// Test packages are not analysed: the JSON output names each package
	// once, by its production ID, and each finding once.
	r = runIn(t, fixtures, oauthvet(t), "-format=json", "-pkce", "./pkce/testvariant/...")
	require.Equal(t, 0, r.code, "%s", r)
	var tree map[string]map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &tree), "%s", r)
	require.Equal(t, []string{"example.com/fixtures/pkce/testvariant/desktoplogin"}, slices.Sorted(maps.Keys(tree)), "%s", r)
	require.Len(t, jsonDiagnostics(t, r.stdout), 1, "%s", r)
}

// jsonDiagnostic is one diagnostic of the -format=json output.
type jsonDiagnostic struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	End      string `json:"end"`
	Message  string `json:"message"`
}

// jsonDiagnostics returns the diagnostics of a -format=json output
// ({"package": {"analyzer": [diagnostic...]}}), failing on errors.
func jsonDiagnostics(t *testing.T, out string) []jsonDiagnostic {
	t.Helper()
	var tree map[string]map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out), &tree), "%s", out)
	var all []jsonDiagnostic
	for pkg, byAnalyzer := range tree {
		for analyzer, raw := range byAnalyzer {
			var ds []jsonDiagnostic
			require.NoError(t, json.Unmarshal(raw, &ds), "%s %s: not a list of diagnostics: %s", pkg, analyzer, raw)
			all = append(all, ds...)
		}
	}
	return all
}

// copyFixture copies files of the fixture module (slash paths relative to
// testdata) into a new temporary module and returns its directory.
func copyFixture(t *testing.T, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	// The module's replace directives name these directories.
	var deps []string
	for _, under := range []string{"stubs", "depmodules"} {
		require.NoError(t, filepath.WalkDir(filepath.Join(fixtures, under), func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				rel, err := filepath.Rel(fixtures, path)
				if err != nil {
					return err
				}
				deps = append(deps, filepath.ToSlash(rel))
			}
			return err
		}))
	}
	for _, f := range append(append([]string{"go.mod", "go.sum"}, deps...), files...) {
		data, err := os.ReadFile(filepath.Join(fixtures, filepath.FromSlash(f)))
		require.NoError(t, err)
		dst := filepath.Join(dir, filepath.FromSlash(f))
		require.NoError(t, os.MkdirAll(filepath.Dir(dst), 0o755))
		require.NoError(t, os.WriteFile(dst, data, 0o644))
	}
	return dir
}

// TestStandaloneFix applies the pkce rule's suggested fix to a copy of
// testdata/pkce/quickstart, with -diff (prints a patch, changes nothing)
// and -fix (rewrites the file into main.go.golden, the result the
// analyzer's own test expects).
func TestStandaloneFix(t *testing.T) {
	t.Parallel()
	const file = "pkce/quickstart/main.go"
	oauthvet(t)
	golden, err := os.ReadFile(filepath.Join(fixtures, filepath.FromSlash(file+".golden")))
	require.NoError(t, err)
	original, err := os.ReadFile(filepath.Join(fixtures, filepath.FromSlash(file)))
	require.NoError(t, err)

	t.Run("diff", func(t *testing.T) {
		t.Parallel()
		dir := copyFixture(t, file)
		r := runIn(t, dir, oauthvet(t), "-diff", "./pkce/quickstart")
		// Nothing was fixed: the finding is still there.
		require.Equal(t, 3, r.code, "%s", r)
		require.True(t, strings.HasPrefix(r.stdout, "--- a/"+file+"\n+++ b/"+file+"\n@@ "), "%s", r)
		require.Contains(t, r.stdout, "\n+\tverifier := oauth2.GenerateVerifier()\n", "%s", r)
		require.Contains(t, r.stdout, "\n-\ttok, err := config.Exchange(context.TODO(), authCode)\n+\ttok, err := config.Exchange(context.TODO(), authCode, oauth2.VerifierOption(verifier))\n", "%s", r)
		require.Empty(t, r.stderr, "every finding has a fix")
		after, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(file)))
		require.NoError(t, err)
		require.Equal(t, string(original), string(after), "-diff must not change the file")
	})
	t.Run("fix", func(t *testing.T) {
		t.Parallel()
		dir := copyFixture(t, file)
		r := runIn(t, dir, oauthvet(t), "-fix", "./pkce/quickstart")
		// Every finding was fixed: exit 0, nothing printed.
		require.Equal(t, 0, r.code, "%s", r)
		require.Empty(t, r.stdout+r.stderr)
		after, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(file)))
		require.NoError(t, err)
		require.Equal(t, string(golden), string(after))

		// The fixed program has no finding left.
		again := runIn(t, dir, oauthvet(t), "./pkce/quickstart")
		require.Equal(t, 0, again.code, "%s", again)
	})
}

// TestStandaloneRuleFlags runs the rule flags standalone: -NAME=false turns
// a rule off, -NAME alone runs only that rule, -NAME.flag configures it.
func TestStandaloneRuleFlags(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args  []string
		wants []want
	}{
		{[]string{"-passwordgrant=false"}, noPasswordWants},
		{[]string{"-pkce"}, []want{wantPKCE}},
		{[]string{"-pkce.confidential"}, confidentialWants},
		{[]string{"-passwordgrant.trusted=github.com/oauthvet/oauthvet/demo/..."}, noPasswordWants},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			t.Parallel()
			r := run(t, oauthvet(t), append(tc.args, "./demo/...")...)
			require.Equal(t, 3, r.code, "%s", r)
			requireFindings(t, findings(t, r.stderr), tc.wants, r)
		})
	}
}

// TestStandaloneContext checks -c=N: each finding, then its line and N
// lines around it, numbered.
func TestStandaloneContext(t *testing.T) {
	t.Parallel()
	r := run(t, oauthvet(t), "-c=1", "-pkce", "./demo/cli")
	require.Equal(t, 3, r.code, "%s", r)
	line := wantPKCE.line(t)
	src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(wantPKCE.file)))
	require.NoError(t, err)
	lines := strings.Split(string(src), "\n")
	want := fmt.Sprintf("%s:%d:", filepath.Join(root, filepath.FromSlash(wantPKCE.file)), line)
	got := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	require.Len(t, got, 4, "%s", r)
	require.True(t, strings.HasPrefix(got[0], want), "%s", r)
	for i, n := range []int{line - 1, line, line + 1} {
		require.Equal(t, fmt.Sprintf("%d\t%s", n, lines[n-1]), got[i+1], "%s", r)
	}
}

// TestStandaloneExplain checks -explain: a rule's documentation on stdout,
// the list of rules without an argument, one line for an unknown rule.
func TestStandaloneExplain(t *testing.T) {
	t.Parallel()
	t.Run("rule", func(t *testing.T) {
		t.Parallel()
		for _, args := range [][]string{{"-explain", "pkce"}, {"-explain=pkce"}, {"help", "pkce"}} {
			r := run(t, oauthvet(t), args...)
			require.Equal(t, 0, r.code, "%s", r)
			require.Equal(t, rules.PKCE.Explain(), r.stdout)
			require.Empty(t, r.stderr)
		}
	})
	t.Run("list", func(t *testing.T) {
		t.Parallel()
		r := run(t, oauthvet(t), "-explain")
		require.Equal(t, 0, r.code, "%s", r)
		for _, rule := range rules.All {
			require.Contains(t, r.stdout, rule.ID+" ", "%s", r)
			require.Contains(t, r.stdout, rule.Title, "%s", r)
		}
		require.Empty(t, r.stderr)
	})
	t.Run("unknown rule", func(t *testing.T) {
		t.Parallel()
		r := run(t, oauthvet(t), "-explain", "nosuchrule")
		require.Equal(t, 1, r.code, "%s", r)
		require.Empty(t, r.stdout)
		require.Equal(t, 1, strings.Count(r.stderr, "\n"), "one line\n%s", r)
		require.True(t, strings.HasPrefix(r.stderr, `oauthvet: unknown rule "nosuchrule"`), "%s", r)
		for _, rule := range rules.All {
			require.Contains(t, r.stderr, rule.ID, "the valid rules are listed\n%s", r)
		}
	})
}

// TestStandaloneUsage checks -help and the remaining command-line errors.
func TestStandaloneUsage(t *testing.T) {
	t.Parallel()
	hint := "run 'oauthvet -help' for usage\n"
	t.Run("help", func(t *testing.T) {
		t.Parallel()
		r := run(t, oauthvet(t), "-help")
		require.Equal(t, 0, r.code, "%s", r)
		for _, s := range []string{"Usage:", "-format", "-explain", "-fix", "-diff", "-test", "-passwordgrant.trusted", "-pkce.confidential", "go vet -vettool"} {
			require.Contains(t, r.stdout, s)
		}
	})
	for _, tc := range []struct {
		name string
		args []string
		want string // the first line
	}{
		{"no packages", nil, "oauthvet: no packages to check"},
		{"bad format", []string{"-format=xml", "./demo/..."}, `oauthvet: invalid value "xml" for flag -format: want text, json or sarif`},
		{"fix with json", []string{"-fix", "-json", "./demo/..."}, "oauthvet: -fix and -diff print no findings as json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := run(t, oauthvet(t), tc.args...)
			require.Equal(t, 2, r.code, "%s", r)
			first, rest, _ := strings.Cut(r.stderr, "\n")
			require.True(t, strings.HasPrefix(first, tc.want), "%s", r)
			require.Equal(t, hint, rest, "%s", r)
			require.Empty(t, r.stdout)
		})
	}
	t.Run("pattern matching nothing", func(t *testing.T) {
		t.Parallel()
		r := run(t, oauthvet(t), "github.com/oauthvet/oauthvet/nosuchpackage/...")
		require.Equal(t, 1, r.code, "%s", r)
		require.Equal(t, 1, strings.Count(r.stderr, "\n"), "one line\n%s", r)
		require.Contains(t, r.stderr, "matched no packages", "%s", r)
	})
}

// TestStandaloneTypeError runs oauthvet on a package that does not
// type-check: one line per error, exit 1 (an error wins over findings),
// no panic.
func TestStandaloneTypeError(t *testing.T) {
	t.Parallel()
	oauthvet(t)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/broken\n\ngo 1.26\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\n\nfunc main() {\n\tvar n int = \"one\"\n\t_ = n\n}\n"), 0o644))
	r := runIn(t, dir, oauthvet(t), "./...")
	require.Equal(t, 1, r.code, "%s", r)
	require.Equal(t, 1, strings.Count(r.stderr, "\n"), "one line\n%s", r)
	require.Contains(t, r.stderr, "main.go:4:14: cannot use \"one\"", "%s", r)
	for _, s := range []string{"panic:", "goroutine ", "internal error"} {
		require.NotContains(t, r.stdout+r.stderr, s, "%s", r)
	}
}

// TestVetToolProtocol checks the two other requests of go vet's -vettool
// protocol: -V=full (the tool's identity, for build caching) and -flags
// (the flags go vet may forward, as JSON): the same flags as when
// cmd/oauthvet was an x/tools multichecker.
func TestVetToolProtocol(t *testing.T) {
	t.Parallel()
	r := run(t, oauthvet(t), "-V=full")
	require.Equal(t, 0, r.code, "%s", r)
	require.Regexp(t, `^\S*oauthvet version devel comments-go-here buildID=[0-9a-f]{64}\n$`, r.stdout)

	r = run(t, oauthvet(t), "-flags")
	require.Equal(t, 0, r.code, "%s", r)
	var flags []struct {
		Name  string
		Bool  bool
		Usage string
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &flags), "%s", r)
	var got []string
	for _, f := range flags {
		got = append(got, f.Name)
	}
	// The unitchecker's flags, multichecker's -test, and per analyzer
	// -NAME and -NAME.flag.
	want := []string{"V", "all", "c", "diff", "flags", "json", "source", "tags", "test", "v"}
	for _, a := range suite.Analyzers() {
		want = append(want, a.Name)
		a.Flags.VisitAll(func(f *flag.Flag) { want = append(want, a.Name+"."+f.Name) })
	}
	slices.Sort(want)
	require.Equal(t, want, got)
}
