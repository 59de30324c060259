package reliability

// The reliability harness. TestReliability builds the oauthvet command from
// the parent module, then, from this directory (so that the modules pinned
// in go.mod resolve), runs
//
//	oauthvet -json -test=false <patterns>
//
// once for each target: the standard library ("std") and each pinned
// module ("<module>/..."). For every run it checks, and reports separately:
//
//   - CRASH: the process panicked, died of a signal, timed out, exited with
//     status 2 (a Go panic or a bad command line) or an unknown status, or
//     printed something other than JSON on stdout.
//   - ANALYZER ERROR: the JSON holds {"error": ...} for a package and an
//     analyzer (for example "internal error in pkce on package p: ...").
//   - LOAD ERROR: a package does not load: "go list -e" reports an error
//     for it (missing module, build constraints, cgo without a C
//     compiler), or the driver exits 1 with error lines on stderr that no
//     analyzer error explains (type errors in a dependency, a package it
//     could not load). Every pinned package loads and type-checks with
//     Go 1.26 on linux/amd64 with a C compiler, so a load error fails the
//     test too: it means the environment or go.mod/tools.go is broken, and
//     a package that is not analysed could hide a crash. Packages that do
//     load are still analysed, so one bad package does not hide the rest.
//   - FINDINGS: the findings of all runs, as "<rule> <path>:<line>: <first
//     60 characters of the message>", must equal expected.txt, the
//     checked-in list of true positives. A new finding and a vanished one
//     both fail, with a diff.
//   - FLAKY: the targets that hold OAuth code are run a second time, and
//     the two runs must agree on every finding, column and message
//     included.
//
// The findings of a run that failed in any of the first three ways are not
// compared (they may be incomplete); the failure itself is reported.
//
// go test does not cache a pass of this test (see noCache): what it tests
// is the parent module's code, which go test's cache does not see.
//
// -test=false: oauthvet does not check _test.go files anyway, and the test
// dependencies of the pinned modules are not in this module's graph (the go
// command prunes them), so loading tests would only produce load errors.
//
// cgo: github.com/mattn/go-sqlite3 is the cgo target. With cgo enabled
// (the default when a C compiler is found, as on CI) its cgo files are
// analysed; with CGO_ENABLED=0 the go command selects its !cgo stub files
// instead, the run still checks that nothing crashes, and the test logs
// that the cgo path was not exercised.
//
// Flags (after -args):
//
//	-targets=std,golang.org/x/oauth2   run only these targets (expectations
//	                                   of the others are not compared)
//	-update-tools                      rewrite tools.go from the targets'
//	                                   package lists (then run go mod tidy)
//
// OAUTHVET_RELIABILITY_BIN=/path/to/oauthvet in the environment skips the
// build and runs that binary instead.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/parser"
	"go/token"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	onlyTargets = flag.String("targets", "", "comma-separated target names (std or module paths) to run; default all")
	updateTools = flag.Bool("update-tools", false, "rewrite tools.go from the targets' package lists")
)

// A target is one run of oauthvet.
type target struct {
	name     string   // "std" or the module path
	module   string   // the pinned module; "" for std
	patterns []string // what oauthvet is given
	why      string   // what it exercises
	repeat   bool     // run twice and compare (the targets with OAuth code)
}

func mod(path, why string, oauth bool) target {
	return target{name: path, module: path, patterns: []string{path + "/..."}, why: why, repeat: oauth}
}

var targets = []target{
	{name: "std", patterns: []string{"std"}, why: "the standard library: size, unsafe, assembly-backed and vendored packages"},
	mod("golang.org/x/oauth2", "the OAuth 2.0 client library the rules model", true),
	mod("github.com/coreos/go-oidc/v3", "OIDC client library; web-app examples (confidential clients)", true),
	mod("github.com/zitadel/oidc/v3", "OIDC relying party and provider: server code is a false-positive trap", true),
	mod("github.com/Nerzal/gocloak/v13", "Keycloak SDK: token requests as json-tagged structs", true),
	mod("github.com/int128/oauth2cli", "library for CLI authorization code flows (loopback server)", true),
	mod("github.com/cli/oauth", "GitHub CLI OAuth: device flow and web flow with hand-built requests", true),
	mod("github.com/zmb3/spotify/v2", "API client wrapping x/oauth2, with CLI examples", true),
	mod("github.com/go-oauth2/oauth2/v4", "authorization server (false-positive trap) with a client example", true),
	mod("github.com/ory/fosite", "authorization server framework (false-positive trap)", true),
	mod("github.com/samber/lo", "generics-heavy code", false),
	mod("golang.org/x/exp", "generics, iterators, experimental packages", false),
	mod("github.com/mattn/go-sqlite3", "cgo (the SQLite amalgamation)", false),
	mod("google.golang.org/protobuf", "generated code (descriptorpb, known types), reflection, unsafe", false),
}

const (
	parentModule = "github.com/oauthvet/oauthvet"
	messageChars = 60 // characters of a message kept in expected.txt
)

var (
	setupOnce sync.Once
	setupErr  error
	env       environment
)

// environment is what every run shares.
type environment struct {
	goCmd    string   // the go command
	parent   string   // the parent module's root
	dir      string   // this module's root: the working directory of every run
	bin      string   // the oauthvet binary
	goroot   string   // $GOROOT
	cgo      bool     // cgo enabled
	childEnv []string // the environment of every child process
	tmp      string
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if env.tmp != "" {
		os.RemoveAll(env.tmp)
	}
	os.Exit(code)
}

// noCache, run at the end of every test, keeps go test from caching a pass. Its result cache looks only
// at files inside this module and at environment variables, but what the
// harness tests is the parent module's code: a cached "ok" after a change
// to a rule would be a lie. A file of this module written just before the
// test exits is "too new" to hash (cmd/go refuses files modified less than
// two seconds earlier), so the result is not cached. The file is
// gitignored.
func noCache() {
	os.WriteFile(".nocache", []byte("written by reliability_test.go at the end of every run, so that go test does not cache the result\n"), 0o644)
}

func setup(t *testing.T) *environment {
	t.Helper()
	t.Cleanup(noCache) // not in TestMain: after m.Run the test log is closed
	setupOnce.Do(func() { setupErr = doSetup() })
	if setupErr != nil {
		t.Fatal(setupErr)
	}
	return &env
}

func doSetup() error {
	var err error
	if env.goCmd, err = findGo(); err != nil {
		return err
	}
	if env.dir, err = os.Getwd(); err != nil {
		return err
	}
	env.parent = filepath.Dir(env.dir)
	gomod, err := os.ReadFile(filepath.Join(env.parent, "go.mod"))
	if err != nil {
		return fmt.Errorf("parent module: %w", err)
	}
	if !bytes.Contains(gomod, []byte("module "+parentModule+"\n")) {
		return fmt.Errorf("%s is not the root of %s", env.parent, parentModule)
	}

	// GOFLAGS set in the environment replaces the one from "go env -w":
	// keep the user's flags and add -mod=readonly, so that a run never
	// edits go.mod or go.sum. The modules themselves still download
	// through GOPROXY on a fresh machine.
	out, err := exec.Command(env.goCmd, "env", "GOFLAGS", "GOROOT", "CGO_ENABLED").Output()
	if err != nil {
		return fmt.Errorf("go env: %w", err)
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) != 3 {
		return fmt.Errorf("go env: unexpected output %q", out)
	}
	goflags := strings.TrimSpace(lines[0] + " -mod=readonly")
	env.goroot, env.cgo = lines[1], lines[2] == "1"
	// The go command and the binary's go/packages (which runs "go list")
	// must find the same go first in PATH.
	path := filepath.Dir(env.goCmd) + string(os.PathListSeparator) + os.Getenv("PATH")
	env.childEnv = append(os.Environ(), "PATH="+path, "GOFLAGS="+goflags, "GOWORK=off", "GOTOOLCHAIN=local")

	trackInputs()

	if env.tmp, err = os.MkdirTemp("", "oauthvet-reliability-"); err != nil {
		return err
	}
	if bin := os.Getenv("OAUTHVET_RELIABILITY_BIN"); bin != "" {
		// A prebuilt binary (or a stand-in, to test the harness itself).
		env.bin, err = filepath.Abs(bin)
		return err
	}
	env.bin = filepath.Join(env.tmp, "oauthvet")
	if runtime.GOOS == "windows" {
		env.bin += ".exe"
	}
	// The binary needs no C compiler: build it without cgo, so that a
	// missing or broken one shows up as a load error of the cgo target,
	// not as a failure to build oauthvet.
	build := exec.Command(env.goCmd, "build", "-o", env.bin, "./cmd/oauthvet")
	build.Dir, build.Env = env.parent, append(slices.Clip(env.childEnv), "CGO_ENABLED=0")
	out, err = build.CombinedOutput()
	if err != nil {
		return fmt.Errorf("building oauthvet (go build -o %s ./cmd/oauthvet in %s): %v\n%s", env.bin, env.parent, err, out)
	}
	return nil
}

// trackInputs reads what the child processes depend on, so that go
// test's result cache would notice when one changes. It does for the
// environment and this module's files; it ignores files outside this
// module (oauthvet's own sources), hence noCache.
func trackInputs() {
	for _, v := range []string{
		"PATH", "GOROOT", "GOPATH", "GOMODCACHE", "GOFLAGS", "GOPROXY", "GONOSUMDB", "GOPRIVATE",
		"GOENV", "GOOS", "GOARCH", "CGO_ENABLED", "CC", "CGO_CFLAGS", "GOTOOLCHAIN", "GOEXPERIMENT",
		"OAUTHVET_RELIABILITY_BIN",
	} {
		os.Getenv(v)
	}
	if bin := os.Getenv("OAUTHVET_RELIABILITY_BIN"); bin != "" {
		os.ReadFile(bin)
	}
	if out, err := exec.Command(env.goCmd, "env", "GOENV").Output(); err == nil {
		os.ReadFile(strings.TrimSpace(string(out)))
	}
	for _, f := range []string{"go.mod", "go.sum", "tools.go"} {
		os.ReadFile(filepath.Join(env.dir, f))
	}
	filepath.WalkDir(env.parent, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if path == env.parent {
				return nil
			}
			name := d.Name()
			if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
				return filepath.SkipDir // another module (this one, bench/, ...)
			}
			return nil
		}
		if name := d.Name(); strings.HasSuffix(name, ".go") || name == "go.mod" || name == "go.sum" {
			os.ReadFile(path)
		}
		return nil
	})
}

func findGo() (string, error) {
	if p, err := exec.LookPath("go"); err == nil {
		return filepath.Abs(p)
	}
	p := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(p); err != nil {
		return "", errors.New("no go command in PATH or GOROOT")
	}
	return p, nil
}

// result is what a child process did.
type result struct {
	stdout, stderr []byte
	exit           int   // -1 when it did not exit normally
	err            error // failed to start, killed by a signal, timed out
	timedOut       bool
	dur            time.Duration
}

func run(ctx context.Context, dir, name string, args ...string) result {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir, cmd.Env = dir, env.childEnv
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = 10 * time.Second
	start := time.Now()
	err := cmd.Run()
	r := result{stdout: stdout.Bytes(), stderr: stderr.Bytes(), exit: cmd.ProcessState.ExitCode(), dur: time.Since(start)}
	if ctx.Err() != nil {
		r.timedOut, r.err = true, ctx.Err()
	} else if _, ok := err.(*exec.ExitError); !ok || r.exit < 0 {
		r.err = err // not started, or killed by a signal
	}
	return r
}

// commandContext bounds one child process by the test's deadline (go test
// -timeout, 10 minutes by default), keeping a margin to report it.
func commandContext(t *testing.T) (context.Context, context.CancelFunc) {
	limit := 20 * time.Minute
	if d, ok := t.Deadline(); ok {
		limit = min(limit, time.Until(d)-30*time.Second)
	}
	return context.WithTimeout(context.Background(), max(limit, time.Second))
}

// A finding is one diagnostic, as the JSON gives it.
type finding struct {
	rule, posn, message string
}

// key is the finding as expected.txt names it: rule, file as
// <module path>/<file in module> (std/<file in GOROOT/src> for the
// standard library), line, and the first 60 characters of the message.
func (e *environment) key(f finding, modDirs map[string]string) string {
	file, line := f.posn, ""
	if i := strings.LastIndexByte(file, ':'); i > 0 { // column
		file = file[:i]
	}
	if i := strings.LastIndexByte(file, ':'); i > 0 {
		file, line = file[:i], file[i+1:]
	}
	file = e.relPath(file, modDirs)
	msg := []rune(f.message)
	if len(msg) > messageChars {
		msg = msg[:messageChars]
	}
	return fmt.Sprintf("%s %s:%s: %s", f.rule, file, line, strings.TrimSpace(string(msg)))
}

func (e *environment) relPath(file string, modDirs map[string]string) string {
	if !filepath.IsAbs(file) {
		file = filepath.Join(e.dir, file)
	}
	best, bestDir := "", ""
	for dir, path := range modDirs {
		if len(dir) > len(bestDir) && strings.HasPrefix(file, dir+string(filepath.Separator)) {
			best, bestDir = path, dir
		}
	}
	if bestDir != "" {
		return best + "/" + filepath.ToSlash(file[len(bestDir)+1:])
	}
	if src := filepath.Join(e.goroot, "src"); strings.HasPrefix(file, src+string(filepath.Separator)) {
		return "std/" + filepath.ToSlash(file[len(src)+1:])
	}
	return filepath.ToSlash(file)
}

// outcome is what one run of a target produced.
type outcome struct {
	target    target
	completed bool     // the driver ran to the end and its JSON was read
	findings  []string // keys, one per finding
	full      []string // rule, position with column and whole message, for the repeat check
	packages  int
	dur       time.Duration
}

// listed is one package as "go list -e -json" gives it.
type listed struct {
	ImportPath string
	Dir        string
	CgoFiles   []string
	Module     *struct {
		Path, Version, Dir string
	}
	Error      *struct{ Err string }
	DepsErrors []*struct{ Err string }
}

// listPackages runs go list on the target's patterns and returns the
// packages, with the load errors it reports.
func listPackages(t *testing.T, e *environment, tg target) ([]listed, error) {
	ctx, cancel := commandContext(t)
	defer cancel()
	r := run(ctx, e.dir, e.goCmd, append([]string{"list", "-e", "-json=ImportPath,Dir,CgoFiles,Module,Error,DepsErrors"}, tg.patterns...)...)
	if r.err != nil || r.exit != 0 {
		return nil, fmt.Errorf("go list %s: %v (exit %d)\n%s", strings.Join(tg.patterns, " "), r.err, r.exit, r.stderr)
	}
	var pkgs []listed
	dec := json.NewDecoder(bytes.NewReader(r.stdout))
	for {
		var p listed
		if err := dec.Decode(&p); err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return nil, fmt.Errorf("go list: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs, nil
}

var crashRE = regexp.MustCompile(`(?m)^(panic: |fatal error: |goroutine \d+ \[|SIGSEGV|unexpected fault address|runtime: )`)

// runTarget runs oauthvet on one target and reports every failure it
// sees; the outcome says what to compare.
func runTarget(t *testing.T, e *environment, tg target, modDirs map[string]string, pass string) outcome {
	out := outcome{target: tg}

	// Load check: the go command's own view of the packages.
	pkgs, err := listPackages(t, e, tg)
	if err != nil {
		t.Errorf("LOAD ERROR: %s: %v", tg.name, err)
		return out
	}
	var good []string
	var loadErrs []string
	cgoPkgs := 0
	for _, p := range pkgs {
		if p.Module != nil && p.Module.Dir != "" {
			modDirs[p.Module.Dir] = p.Module.Path
		}
		if len(p.CgoFiles) > 0 {
			cgoPkgs++
		}
		var errs []string
		if p.Error != nil {
			errs = append(errs, p.Error.Err)
		}
		for _, d := range p.DepsErrors {
			errs = append(errs, d.Err)
		}
		if len(errs) > 0 {
			loadErrs = append(loadErrs, fmt.Sprintf("  %s: %s", p.ImportPath, strings.Join(errs, "; ")))
			continue
		}
		good = append(good, p.ImportPath)
	}
	out.packages = len(good)
	if len(loadErrs) > 0 {
		t.Errorf("LOAD ERROR (the go command cannot load these packages; not an analyzer failure; they are not analysed; "+
			"a missing module means tools.go or go.mod is out of date: see README.md):\n%s", strings.Join(loadErrs, "\n"))
	}
	if tg.module == "github.com/mattn/go-sqlite3" && pass == "" && (!e.cgo || cgoPkgs == 0) {
		t.Logf("NOTE: cgo is disabled (go env CGO_ENABLED=0): %s was analysed in its !cgo form; its cgo files were not exercised", tg.name)
	}
	if len(good) == 0 {
		t.Errorf("%s: no package to analyse", tg.name)
		return out
	}
	args := tg.patterns
	if len(loadErrs) > 0 {
		args = good // analyse what loads
	}

	ctx, cancel := commandContext(t)
	defer cancel()
	r := run(ctx, e.dir, e.bin, append([]string{"-json", "-test=false"}, args...)...)
	out.dur = r.dur
	cmdline := "oauthvet -json -test=false " + strings.Join(tg.patterns, " ")

	// Crashes.
	switch {
	case r.timedOut:
		t.Errorf("CRASH: %s: timed out after %v (raise go test -timeout if the machine is slow)\nstderr:\n%s", cmdline, r.dur.Round(time.Second), tail(r.stderr, 40))
		return out
	case r.err != nil:
		t.Errorf("CRASH: %s: %v\nstderr:\n%s", cmdline, r.err, tail(r.stderr, 40))
		return out
	case crashRE.Match(r.stderr) || crashRE.Match(r.stdout):
		t.Errorf("CRASH: %s panicked (exit %d):\n%s", cmdline, r.exit, tail(append(r.stderr, r.stdout...), 60))
		return out
	case r.exit == 2:
		t.Errorf("CRASH: %s exited with status 2 (a Go panic or a bad command line):\n%s", cmdline, tail(r.stderr, 40))
		return out
	case r.exit != 0 && r.exit != 1 && r.exit != 3:
		t.Errorf("CRASH: %s exited with unexpected status %d:\n%s", cmdline, r.exit, tail(r.stderr, 40))
		return out
	}

	// The JSON: {"<package>": {"<analyzer>": [diagnostics] or {"error": "..."}}},
	// possibly several such objects in a row (as go vet -json prints them).
	var analyzerErrs []string
	dec := json.NewDecoder(bytes.NewReader(r.stdout))
	nobj := 0
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			t.Errorf("CRASH: %s printed something other than JSON on stdout (%v):\n%s", cmdline, err, head(r.stdout, 40))
			return out
		}
		nobj++
		for _, pkg := range slices.Sorted(maps.Keys(tree)) {
			for _, an := range slices.Sorted(maps.Keys(tree[pkg])) {
				raw := bytes.TrimSpace(tree[pkg][an])
				switch {
				case bytes.HasPrefix(raw, []byte("[")):
					var diags []struct {
						Posn    string `json:"posn"`
						Message string `json:"message"`
					}
					if err := json.Unmarshal(raw, &diags); err != nil {
						t.Errorf("%s: package %s, analyzer %s: unreadable diagnostics: %v", cmdline, pkg, an, err)
						continue
					}
					for _, d := range diags {
						f := finding{rule: an, posn: d.Posn, message: d.Message}
						out.findings = append(out.findings, e.key(f, modDirs))
						out.full = append(out.full, fmt.Sprintf("%s %s: %s", an, e.relPath(d.Posn, modDirs), d.Message))
					}
				case bytes.HasPrefix(raw, []byte("{")):
					var ae struct {
						Error *string `json:"error"`
					}
					if err := json.Unmarshal(raw, &ae); err != nil || ae.Error == nil {
						t.Errorf("%s: package %s, analyzer %s: unexpected JSON %s", cmdline, pkg, an, raw)
						continue
					}
					analyzerErrs = append(analyzerErrs, fmt.Sprintf("  package %s, analyzer %s: %s", pkg, an, *ae.Error))
				default:
					t.Errorf("%s: package %s, analyzer %s: unexpected JSON %s", cmdline, pkg, an, raw)
				}
			}
		}
	}
	if nobj == 0 {
		t.Errorf("CRASH: %s printed no JSON (exit %d):\n%s", cmdline, r.exit, tail(r.stderr, 40))
		return out
	}
	if len(analyzerErrs) > 0 {
		t.Errorf("ANALYZER ERROR: %s: %d analyzer failures (the analyzer, not the code, is at fault):\n%s",
			cmdline, len(analyzerErrs), strings.Join(analyzerErrs, "\n"))
	}

	// stderr: with -json the driver prints only errors there. Lines that
	// are not analyzer failures already seen in the JSON are load errors
	// (type errors in a dependency, packages that failed to load).
	var other []string
	for _, line := range strings.Split(strings.TrimSpace(string(r.stderr)), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.Contains(line, "internal error in ") {
			continue
		}
		dup := false
		for _, a := range analyzerErrs {
			if strings.Contains(line, strings.TrimSpace(a[strings.Index(a, ": ")+2:])) {
				dup = true
				break
			}
		}
		if !dup {
			other = append(other, "  "+line)
		}
	}
	switch {
	case r.exit == 1 && len(other) > 0:
		hint := ""
		if strings.Contains(strings.Join(other, "\n"), "import C") {
			hint = "\n(cgo: is a working C compiler installed? see go env CC; with CGO_ENABLED=0 the !cgo files are used instead)"
		}
		t.Errorf("LOAD ERROR (reported by the driver, not an analyzer failure): %s exited 1:\n%s%s", cmdline, strings.Join(head([]byte(strings.Join(other, "\n")), 40), "\n"), hint)
	case r.exit == 1 && len(analyzerErrs) == 0:
		t.Errorf("%s exited 1 with no error in its JSON and nothing on stderr", cmdline)
	case len(other) > 0:
		t.Logf("%s: stderr (exit %d):\n%s", cmdline, r.exit, strings.Join(other, "\n"))
	}
	// A run with analyzer or load errors may miss findings: its findings
	// are not compared, so that the failure reads as what it is.
	out.completed = len(analyzerErrs) == 0 && len(loadErrs) == 0 && r.exit != 1
	return out
}

func head(b []byte, n int) []string {
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = append(lines[:n:n], fmt.Sprintf("... (%d more lines)", len(lines)-n))
	}
	return lines
}

func tail(b []byte, n int) string {
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{fmt.Sprintf("... (%d lines before)", len(lines)-n)}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}

// expectation is one line of expected.txt.
type expectation struct {
	key    string
	reason string
	line   int
}

var expectedRE = regexp.MustCompile(`^(\S+) (\S+):(\d+): (.*?) # (.*)$`)

func readExpected(path string) ([]expectation, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []expectation
	var bad []string
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m := expectedRE.FindStringSubmatch(line)
		if m == nil || strings.TrimSpace(m[5]) == "" {
			bad = append(bad, fmt.Sprintf("%s:%d: want \"<rule> <path>:<line>: <message prefix> # <why it is a true positive>\", got %q", path, n, line))
			continue
		}
		out = append(out, expectation{
			key:    fmt.Sprintf("%s %s:%s: %s", m[1], m[2], m[3], strings.TrimSpace(m[4])),
			reason: strings.TrimSpace(m[5]),
			line:   n,
		})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(bad) > 0 {
		return nil, errors.New(strings.Join(bad, "\n"))
	}
	return out, nil
}

// owner returns the target whose findings a key's file belongs to.
func owner(key string, ts []target) string {
	_, rest, _ := strings.Cut(key, " ")
	best := ""
	for _, tg := range ts {
		prefix := tg.module + "/"
		if tg.module == "" {
			prefix = "std/"
		}
		if strings.HasPrefix(rest, prefix) && len(tg.name) > len(best) {
			best = tg.name
		}
	}
	return best
}

func selectedTargets(t *testing.T) []target {
	if *onlyTargets == "" {
		return targets
	}
	var out []target
	for _, name := range strings.Split(*onlyTargets, ",") {
		i := slices.IndexFunc(targets, func(tg target) bool { return tg.name == strings.TrimSpace(name) })
		if i < 0 {
			t.Fatalf("-targets: unknown target %q", name)
		}
		out = append(out, targets[i])
	}
	return out
}

func TestReliability(t *testing.T) {
	if *updateTools {
		t.Skip("-update-tools: only TestToolsGo runs")
	}
	start := time.Now()
	e := setup(t)
	t.Logf("oauthvet built in %v", time.Since(start).Round(100*time.Millisecond))
	ts := selectedTargets(t)

	expected, err := readExpected("expected.txt")
	if err != nil {
		t.Fatalf("expected.txt: %v", err)
	}

	modDirs := make(map[string]string) // module directory → module path
	var outcomes []outcome
	var summary []string
	total := 0
	for _, tg := range ts {
		var o outcome
		t.Run(tg.name, func(t *testing.T) {
			o = runTarget(t, e, tg, modDirs, "")
			if o.completed && tg.repeat && !t.Failed() {
				again := runTarget(t, e, tg, modDirs, "again")
				if again.completed && !slices.Equal(sorted(o.full), sorted(again.full)) {
					t.Errorf("FLAKY: two runs of %s disagree:\n%s", tg.name, diff(sorted(o.full), sorted(again.full), "first run", "second run"))
				}
			}
		})
		outcomes = append(outcomes, o)
		total += o.packages
		summary = append(summary, fmt.Sprintf("  %-32s %4d packages %3d findings %7.1fs  %s", tg.name, o.packages, len(o.findings), o.dur.Seconds(), tg.why))
	}
	t.Logf("targets (module versions are pinned in go.mod):\n%s\n  total: %d packages analysed, wall time %v",
		strings.Join(summary, "\n"), total, time.Since(start).Round(time.Second))

	// Compare the findings of the targets that completed with expected.txt.
	completed := make(map[string]bool)
	var actual []string
	for _, o := range outcomes {
		if o.completed {
			completed[o.target.name] = true
			actual = append(actual, o.findings...)
		}
	}
	var want []string
	var skipped []string
	for _, x := range expected {
		switch name := owner(x.key, targets); {
		case name == "":
			t.Errorf("expected.txt:%d: %q belongs to no target", x.line, x.key)
		case completed[name]:
			want = append(want, x.key)
		default:
			skipped = append(skipped, x.key)
		}
	}
	if len(skipped) > 0 {
		var names []string
		for _, tg := range ts {
			if !completed[tg.name] {
				names = append(names, tg.name)
			}
		}
		msg := fmt.Sprintf("%d expectations not compared: their targets were not selected (-targets)", len(skipped))
		if len(names) > 0 {
			msg += " or failed (above): " + strings.Join(names, ", ")
		}
		t.Log(msg)
	}
	actual, want = sorted(actual), sorted(want)
	if !slices.Equal(actual, want) {
		var news []string
		for _, k := range multisetMinus(actual, want) {
			news = append(news, k+" # TODO: true positive? then say why; false positive? then FALSE_POSITIVES.md")
		}
		t.Errorf("FINDINGS differ from expected.txt (- expected but not reported, + reported but not expected):\n%s\n\n"+
			"A new finding is either a true positive (add it to expected.txt with the reason) or a false positive "+
			"(describe it in FALSE_POSITIVES.md; it is not added, and the test fails until the rule is fixed). "+
			"New lines in expected.txt format:\n%s",
			diff(want, actual, "expected.txt", "reported"), strings.Join(news, "\n"))
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// multisetMinus returns the elements of a (sorted) not matched in b (sorted).
func multisetMinus(a, b []string) []string {
	count := make(map[string]int)
	for _, x := range b {
		count[x]++
	}
	var out []string
	for _, x := range a {
		if count[x] > 0 {
			count[x]--
			continue
		}
		out = append(out, x)
	}
	return out
}

func diff(a, b []string, aName, bName string) string {
	var lines []string
	for _, x := range multisetMinus(a, b) {
		lines = append(lines, "- "+x)
	}
	for _, x := range multisetMinus(b, a) {
		lines = append(lines, "+ "+x)
	}
	slices.SortFunc(lines, func(x, y string) int { return strings.Compare(x[2:], y[2:]) })
	return fmt.Sprintf("(- %s, + %s)\n%s", aName, bName, strings.Join(lines, "\n"))
}

// TestToolsGo checks that tools.go imports every package the module
// targets analyse (so that go mod tidy keeps what they need), and with
// -update-tools rewrites it.
func TestToolsGo(t *testing.T) {
	e := setup(t)
	var want []string
	for _, tg := range targets {
		if tg.module == "" {
			continue
		}
		ctx, cancel := commandContext(t)
		args := append([]string{"list", "-e", "-f", "{{.ImportPath}}"}, tg.patterns...)
		if *updateTools {
			args = append(args[:1], append([]string{"-mod=mod"}, args[1:]...)...)
		}
		r := run(ctx, e.dir, e.goCmd, args...)
		cancel()
		if r.err != nil || r.exit != 0 {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), r.err, r.stderr)
		}
		want = append(want, strings.Fields(string(r.stdout))...)
	}
	want = sorted(want)
	want = slices.Compact(want)

	if *updateTools {
		var b strings.Builder
		b.WriteString("//go:build tools\n\n")
		b.WriteString("// Code generated by \"go test -run TestToolsGo -args -update-tools\"; DO NOT EDIT.\n\n")
		b.WriteString("// This file is never compiled. It imports every package that the\n")
		b.WriteString("// reliability harness analyses, so that go mod tidy keeps their\n")
		b.WriteString("// dependencies in go.mod and go.sum and every one of them loads with\n")
		b.WriteString("// -mod=readonly.\n\n")
		b.WriteString("package reliability\n\nimport (\n")
		for _, p := range want {
			fmt.Fprintf(&b, "\t_ %s\n", strconv.Quote(p))
		}
		b.WriteString(")\n")
		if err := os.WriteFile("tools.go", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("tools.go: %d packages; now run go mod tidy", len(want))
		return
	}

	f, err := parser.ParseFile(token.NewFileSet(), "tools.go", nil, parser.ImportsOnly)
	if err != nil {
		t.Fatal(err)
	}
	var have []string
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		have = append(have, p)
	}
	have = sorted(have)
	if !slices.Equal(have, want) {
		t.Errorf("tools.go does not import exactly the packages the harness analyses; run\n"+
			"\tgo test -run TestToolsGo -args -update-tools && go mod tidy\n%s", diff(have, want, "tools.go", "go list"))
	}
}
