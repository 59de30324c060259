// Command run is oauthvet's benchmark harness. From the bench module:
//
//	go run ./run            # the full comparison, writes RESULTS.md
//	go run ./run -quick     # CI smoke: 1 run, N=100, one real module
//
// (bench/run.sh does the same from anywhere and installs GNU time first.)
//
// It builds oauthvet from the working tree, the floor (./floor: a
// multichecker whose one analyzer does nothing) and pinned gosec and
// staticcheck (go install into bench/.bin), generates the corpora
// (./gen, N packages each) and checks the real ones (module-cache copies
// of the modules pinned in go.mod), then measures each tool on each corpus
// with /usr/bin/time: wall time, user+system CPU time and peak RSS, the
// median of -runs runs. Then go vet -vettool=oauthvet against
// go vet -vettool=floor with an empty vet cache, on an unchanged tree and
// after editing one file; then profiles of oauthvet and the floor on the
// largest corpora. The report, with the targets marked PASS or MISS, goes
// to -out.
//
// The build cache: every go command here runs with GOCACHE=<work>/gocache,
// a cache of the harness's own that only `go list -export -deps -test`
// (which compiles every package of a corpus, with its tests and
// dependencies) and the standalone tools write to. It is warm for every
// tool. No vet run ever writes to it: each go vet run uses a hard-linked
// copy of it, made anew before the run, so "cold" means exactly "no vet
// results cached, every package compiled".
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Pinned versions of the other tools.
const (
	gosecVersion       = "v2.29.0"
	staticcheckVersion = "v0.8.2"
)

// Targets.
const (
	targetWall      = 1.10 // standalone oauthvet wall ≤ 1.10 × floor
	targetRSS       = 1.15 // standalone oauthvet peak RSS ≤ 1.15 × floor
	targetVet       = 1.10 // vet mode ≤ 1.10 × floor as vet tool, cold and unchanged
	targetGosec     = 3.0  // oauthvet ≥ 3 × faster than gosec
	targetLinearTol = 1.25 // marginal cost per package, N=400→largest vs 100→400
	targetRerun     = 1.15 // unchanged re-run ≤ 1.15 × go list -e -export -deps -test
	targetRSSLow    = 0.50 // peak RSS ≤ 0.5 × the floor's (issue 13)
	targetFlatRSS   = 2.0  // peak RSS at the largest N ≤ 2 × at N=400: flat, not linear (issue 13)
)

var (
	runs      = flag.Int("runs", 3, "timed runs per tool and corpus (the median is reported)")
	quick     = flag.Bool("quick", false, "CI smoke: 1 run, N=100 only, one real module, vet mode on N=100")
	sizesFlag = flag.String("sizes", "100,400,1600,6400", "sizes of the generated corpora")
	competMax = flag.Int("compet-max", 2000, "skip go vet, staticcheck and the floor with a fact type on corpora with more packages than this (the largest generated corpus is there for oauthvet's growth against the floor's)")
	realFlag  = flag.String("real", "golang.org/x/tools/...,github.com/oauth2-proxy/oauth2-proxy/v7/...", "real corpora: comma-separated package patterns of modules pinned in bench/go.mod")
	vetSize   = flag.Int("vetsize", 400, "size of the generated corpus for the vet-mode comparison")
	tdSize    = flag.Int("testdatasize", 400, "size of the generated corpus whose tests import packages under testdata directories (go run ./gen -testdata), measured with the floor and oauthvet only; 0: none")
	shortRuns = flag.Int("shortruns", 9, "timed runs of the floor and oauthvet on a corpus where the floor's median run takes under -short (a run of well under a second is swayed by anything else the machine does: more samples, taken in turns, steady the medians); at most -runs when smaller")
	short     = flag.Duration("short", 2*time.Second, "see -shortruns")
	vetRuns   = flag.Int("vetruns", 5, "timed rounds of the vet-mode comparison (its wall times vary more than the standalone runs': the go command does most of the work)")
	workFlag  = flag.String("work", "", "work directory: binaries, corpora, build cache, logs (default bench/.work; kept between runs)")
	outFlag   = flag.String("out", "", "report file (default RESULTS.md, or <work>/RESULTS-quick.md with -quick)")
	slow      = flag.Duration("slow", 45*time.Second, "a competitor (go vet, gosec, staticcheck) whose first timed run takes longer is timed once only")
	gosecMax  = flag.Int("gosec-max", 500, "skip gosec on corpora with more packages than this (it loads each package with its own go list)")
	profile   = flag.Bool("profile", true, "profile oauthvet and the floor on the largest generated corpus and the first real corpus")
	only      = flag.String("tools", "", "comma-separated subset of tools to measure (floor,floorfacts,oauthvet,govet,gosec,staticcheck); default all")
)

// Paths set up by main.
var (
	benchDir, repoDir, workDir, binDir, logDir string
	cacheDir                                   string // the clean GOCACHE
	goBin                                      string
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	flag.Parse()
	if *quick {
		*runs = 1
		*shortRuns = 1
		*sizesFlag = "100"
		*realFlag = "github.com/oauth2-proxy/oauth2-proxy/v7/..."
		*vetSize = 100
		*vetRuns = 1
		*tdSize = 100
	}
	if *runs < 1 || *vetRuns < 1 {
		log.Fatal("-runs and -vetruns must be at least 1")
	}
	start := time.Now()
	setup()
	r := &report{start: start, machine: machineInfo()}
	r.tools = buildTools(r)

	var sizes []int
	for _, f := range strings.Split(*sizesFlag, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			log.Fatalf("bad -sizes %q", *sizesFlag)
		}
		sizes = append(sizes, n)
	}
	var corpora []*corpus
	for _, n := range sizes {
		corpora = append(corpora, genCorpus(n))
	}
	if *tdSize > 0 {
		corpora = append(corpora, testdataCorpus(*tdSize))
	}
	for _, p := range strings.Split(*realFlag, ",") {
		if p = strings.TrimSpace(p); p != "" {
			corpora = append(corpora, realCorpus(p))
		}
	}
	for _, c := range corpora {
		prepare(c)
		r.corpora = append(r.corpora, c)
		measureCorpus(c, r.tools)
	}

	// Vet mode, on the generated corpus of -vetsize packages.
	var vc *corpus
	for _, c := range corpora {
		if c.generated && c.size == *vetSize {
			vc = c
		}
	}
	if vc == nil {
		vc = genCorpus(*vetSize)
		prepare(vc)
	}
	r.vet = vetMode(vc, r.tools)

	if *profile {
		r.profiles = profiles(corpora, r.tools)
	}
	r.elapsed = time.Since(start)
	out := *outFlag
	if out == "" {
		out = filepath.Join(benchDir, "RESULTS.md")
		if *quick {
			out = filepath.Join(workDir, "RESULTS-quick.md")
		}
	}
	if err := os.WriteFile(out, []byte(r.markdown()), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s (%s)", out, r.elapsed.Round(time.Second))
}

// setup finds the directories and checks the prerequisites.
func setup() {
	wd, err := os.Getwd()
	if err != nil {
		log.Fatal(err)
	}
	// Run from bench/ (go run ./run) or from the repository root.
	for _, d := range []string{wd, filepath.Join(wd, "bench")} {
		if b, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil && bytes.Contains(b, []byte("module github.com/oauthvet/oauthvet/bench\n")) {
			benchDir = d
		}
	}
	if benchDir == "" {
		log.Fatal("run from bench/ (go run ./run) or use bench/run.sh")
	}
	repoDir = filepath.Dir(benchDir)
	workDir = *workFlag
	if workDir == "" {
		workDir = filepath.Join(benchDir, ".work")
	}
	workDir, _ = filepath.Abs(workDir)
	binDir = filepath.Join(workDir, "bin")
	logDir = filepath.Join(workDir, "logs")
	cacheDir = filepath.Join(workDir, "gocache")
	os.RemoveAll(logDir)
	for _, d := range []string{binDir, logDir, cacheDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			log.Fatal(err)
		}
	}
	if _, err := os.Stat("/usr/bin/time"); err != nil {
		log.Fatal("GNU time is missing: apt-get install -y time (bench/run.sh does it)")
	}
	if goBin, err = exec.LookPath("go"); err != nil {
		log.Fatal(err)
	}
}

// env returns the environment for the tools with GOCACHE set to gocache
// and the extra variables.
func env(gocache string, extra ...string) []string {
	var e []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "GOCACHE", "GOFLAGS", "GOTOOLCHAIN", "GOWORK", "STATICCHECK_CACHE":
			continue
		}
		e = append(e, kv)
	}
	e = append(e, "GOCACHE="+gocache, "GOFLAGS=-buildvcs=false -mod=readonly", "GOTOOLCHAIN=local", "GOWORK=off")
	return append(e, extra...)
}

// sh runs a setup command (not measured), failing on error.
func sh(dir string, environ []string, args ...string) string {
	out, err := shErr(dir, environ, args...)
	if err != nil {
		log.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

func shErr(dir string, environ []string, args ...string) (string, error) {
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = dir
	cmd.Env = environ
	var buf bytes.Buffer
	cmd.Stdout = &buf
	cmd.Stderr = &buf
	err := cmd.Run()
	return buf.String(), err
}

// ---- machine ----

type machine struct {
	cpu, kernel, goVersion, memory string
	cores                          int
	commit, tree                   string
	loadStart                      string
}

func machineInfo() machine {
	m := machine{cores: runtime.NumCPU(), loadStart: loadavg()}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if f := strings.Fields(l); len(f) >= 2 && f[0] == "MemTotal:" {
				kb, _ := strconv.ParseFloat(f[1], 64)
				m.memory = fmt.Sprintf("%.1f GiB", kb/(1<<20))
			}
		}
	}
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		m.kernel = "Linux " + strings.TrimSpace(string(b))
	}
	m.goVersion = strings.TrimSpace(sh(repoDir, os.Environ(), goBin, "version"))
	if out, err := shErr(repoDir, os.Environ(), "git", "log", "-1", "--format=%h %cI %s"); err == nil {
		m.commit = strings.TrimSpace(out)
		if len(m.commit) > 110 {
			m.commit = m.commit[:110] + "…"
		}
	}
	if out, err := shErr(repoDir, os.Environ(), "git", "status", "--porcelain", "--", "cmd", "internal", "passes", "oauthvet.go", "go.mod"); err == nil {
		var files []string
		for _, l := range strings.Split(out, "\n") {
			if len(l) > 3 {
				files = append(files, strings.TrimSpace(l[3:]))
			}
		}
		if len(files) == 0 {
			m.tree = "clean"
		} else {
			m.tree = "uncommitted changes in " + strings.Join(files, ", ")
		}
	}
	return m
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

// ---- tools ----

type tool struct {
	name    string // floor, floorfacts, oauthvet, govet, gosec, staticcheck
	label   string // as shown in the tables
	bin     string
	version string
	warmup  bool // an untimed warm-up run first
	compet  bool // a competitor: timed once if slow
	okCodes []int
	// argv returns the command line on corpus c, and extra environment.
	argv func(c *corpus, logBase string) ([]string, []string)
	// before runs before each run (untimed), after after it.
	before func(c *corpus)
	after  func(c *corpus)
	skip   func(c *corpus) string
}

func (t *tool) selected() bool {
	if *only == "" {
		return true
	}
	return slices.Contains(strings.Split(*only, ","), t.name)
}

func buildTools(r *report) []*tool {
	oauthvetBin := filepath.Join(binDir, "oauthvet")
	floorBin := filepath.Join(binDir, "floor")
	log.Printf("building oauthvet from %s", repoDir)
	sh(repoDir, os.Environ(), goBin, "build", "-o", oauthvetBin, "./cmd/oauthvet")
	sh(benchDir, os.Environ(), goBin, "build", "-o", floorBin, "./floor")
	// The profiling build: the profiles, and oauthvet's own peak RSS.
	profOut, profErr := shErr(benchDir, os.Environ(), goBin, "build", "-o", filepath.Join(binDir, "oauthvet-profile"), "./profile")
	if profErr != nil {
		r.notes = append(r.notes, "The profiling build of oauthvet (bench/profile) failed, so there are no profiles and no peak RSS of oauthvet's own process: "+firstLine(profOut))
		*profile = false
	}
	gobin := filepath.Join(benchDir, ".bin")
	instEnv := append(os.Environ(), "GOBIN="+gobin, "GOFLAGS=-buildvcs=false", "GOTOOLCHAIN=local")
	log.Printf("installing gosec %s and staticcheck %s into %s", gosecVersion, staticcheckVersion, gobin)
	sh(benchDir, instEnv, goBin, "install", "github.com/securego/gosec/v2/cmd/gosec@"+gosecVersion)
	sh(benchDir, instEnv, goBin, "install", "honnef.co/go/tools/cmd/staticcheck@"+staticcheckVersion)
	scVersion := strings.TrimSpace(sh(benchDir, os.Environ(), filepath.Join(gobin, "staticcheck"), "-version"))

	// The go list command go/packages runs for oauthvet (and the floor),
	// as oauthvet itself runs it: its peak RSS is part of every
	// go/packages driver's.
	listArgs, listErr := packagesList(oauthvetBin)
	if listErr != nil {
		r.notes = append(r.notes, "The go list command of go/packages could not be captured, so its own cost is not measured: "+firstLine(listErr.Error()))
	}
	profBin := filepath.Join(binDir, "oauthvet-profile")

	vetCache := filepath.Join(workDir, "gocache-vet")
	scCache := filepath.Join(workDir, "staticcheck-cache")
	runCache := filepath.Join(workDir, "oauthvet-cache")
	touchedCache := filepath.Join(workDir, "oauthvet-cache-touched")
	os.RemoveAll(runCache)
	os.RemoveAll(touchedCache)
	tools := []*tool{
		{
			name: "floor", label: "floor (no-op analyzer, multichecker)", bin: floorBin, version: "x/tools v0.52.0 multichecker",
			warmup: true, okCodes: []int{0},
			argv: func(c *corpus, _ string) ([]string, []string) {
				return append([]string{floorBin}, c.patterns...), nil
			},
		},
		{
			name: "floorfacts", label: "floor with a fact type (x/tools checker)", bin: floorBin, version: "x/tools v0.52.0 multichecker, FLOOR_FACTS=1",
			warmup: true, okCodes: []int{0},
			argv: func(c *corpus, _ string) ([]string, []string) {
				return append([]string{floorBin}, c.patterns...), []string{"FLOOR_FACTS=1"}
			},
		},
		{
			name: "oauthvet", label: "oauthvet (all analyzers)", bin: oauthvetBin, version: r.machine.commit,
			warmup: true, okCodes: []int{0, 3},
			argv: func(c *corpus, _ string) ([]string, []string) {
				return append([]string{oauthvetBin, "-cache=off"}, c.patterns...), nil
			},
		},
		{
			name: "golist", label: "go list -e -export -deps -test", bin: goBin, version: r.machine.goVersion,
			okCodes: []int{0, 1},
			argv: func(c *corpus, _ string) ([]string, []string) {
				return append([]string{goBin, "list", "-e", "-export", "-deps", "-test"}, c.patterns...), nil
			},
		},
		{
			// go/packages' go list on its own: the child process of
			// oauthvet's run (and the floor's), whose peak GNU time
			// counts in theirs.
			name: "pkgslist", label: "go list as go/packages runs it (oauthvet's and the floor's child process)", bin: goBin, version: r.machine.goVersion,
			okCodes: []int{0, 1},
			skip: func(c *corpus) string {
				if listErr != nil {
					return "pkgslist skipped: " + firstLine(listErr.Error())
				}
				return ""
			},
			argv: func(c *corpus, _ string) ([]string, []string) {
				return append(append([]string{goBin}, listArgs...), c.patterns...), nil
			},
		},
		{
			// oauthvet's own process: the profiling build (the same
			// driver) writes its VmHWM at exit; runTool reports that as
			// the peak RSS.
			name: "oauthvetself", label: "oauthvet, its own process (peak RSS without the go list child)", bin: profBin, version: r.machine.commit,
			okCodes: []int{0, 3},
			skip: func(c *corpus) string {
				if profErr != nil {
					return "oauthvetself skipped: no profiling build of oauthvet (bench/profile)"
				}
				return ""
			},
			argv: func(c *corpus, logBase string) ([]string, []string) {
				return append([]string{profBin, "-cache=off"}, c.patterns...), []string{"BENCH_SELFRSS=" + logBase + ".selfrss"}
			},
		},
		{
			name: "rerun", label: "oauthvet, unchanged re-run (run cache)", bin: oauthvetBin, version: r.machine.commit,
			warmup: true, okCodes: []int{0, 3},
			argv: func(c *corpus, _ string) ([]string, []string) {
				return append([]string{oauthvetBin, "-cache=" + runCache}, c.patterns...), nil
			},
		},
		{
			name: "touched", label: "oauthvet, one file edited since the cached run", bin: oauthvetBin, version: r.machine.commit,
			warmup: true, okCodes: []int{0, 3},
			skip: func(c *corpus) string {
				if !c.generated && !c.testdata {
					return fmt.Sprintf("touched skipped on %s: its files are in the read-only module cache", c.name)
				}
				return ""
			},
			before: func(c *corpus) { touch(c, true) },
			after:  func(c *corpus) { touch(c, false) },
			argv: func(c *corpus, _ string) ([]string, []string) {
				return append([]string{oauthvetBin, "-cache=" + touchedCache}, c.patterns...), []string{"OAUTHVET_CACHESTATS=1"}
			},
		},
		{
			// What any driver pays after the same edit: the go command
			// compiles the edited package and its importers again.
			name: "touchedlist", label: "go list -e -export -deps -test, one file edited", bin: goBin, version: r.machine.goVersion,
			okCodes: []int{0},
			skip: func(c *corpus) string {
				if !c.generated && !c.testdata {
					return fmt.Sprintf("touchedlist skipped on %s: its files are in the read-only module cache", c.name)
				}
				return ""
			},
			before: func(c *corpus) { touch(c, true) },
			after:  func(c *corpus) { touch(c, false) },
			argv: func(c *corpus, _ string) ([]string, []string) {
				return append([]string{goBin, "list", "-e", "-export", "-deps", "-test"}, c.patterns...), nil
			},
		},
		{
			name: "govet", label: "go vet (default analyzers, no vet cache)", bin: goBin, version: r.machine.goVersion,
			compet: true, okCodes: []int{0, 1},
			before: func(c *corpus) { copyCache(vetCache) },
			argv: func(c *corpus, _ string) ([]string, []string) {
				return append([]string{goBin, "vet"}, c.patterns...), []string{"GOCACHE=" + vetCache}
			},
		},
		{
			name: "gosec", label: "gosec -tests", bin: filepath.Join(gobin, "gosec"), version: gosecVersion,
			compet: true, okCodes: []int{0},
			skip: func(c *corpus) string {
				if c.pkgs > *gosecMax {
					return fmt.Sprintf("gosec skipped on %s: %d packages > -gosec-max=%d (it loads each package with a go list of its own, and its time grows with the packages: see the smaller corpora)",
						c.name, c.pkgs, *gosecMax)
				}
				return ""
			},
			argv: func(c *corpus, logBase string) ([]string, []string) {
				return append([]string{filepath.Join(gobin, "gosec"), "-quiet", "-no-fail", "-tests", "-fmt=json", "-out=" + logBase + ".json"}, c.gosecPaths...), nil
			},
		},
		{
			name: "staticcheck", label: "staticcheck (empty staticcheck cache)", bin: filepath.Join(gobin, "staticcheck"), version: scVersion,
			compet: true, okCodes: []int{0, 1},
			before: func(c *corpus) { os.RemoveAll(scCache) },
			argv: func(c *corpus, _ string) ([]string, []string) {
				return append([]string{filepath.Join(gobin, "staticcheck")}, c.patterns...), []string{"STATICCHECK_CACHE=" + scCache}
			},
		},
	}
	var sel []*tool
	for _, t := range tools {
		if t.selected() || t.name == "floor" {
			sel = append(sel, t)
		}
	}
	return sel
}

// packagesList returns the arguments (after "go") of the go list command
// that go/packages runs for oauthvet, up to and including "--", the
// patterns left out: oauthvet runs once on a package of the bench module
// with a go on PATH that records its arguments and runs the real one. The
// flags are go/packages' (x/tools) choice, so they are read, not copied.
func packagesList(oauthvetBin string) ([]string, error) {
	dir, err := os.MkdirTemp(workDir, "golist-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	script := "#!/bin/sh\nf=$(mktemp " + dir + "/call.XXXXXX)\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$f\"\nexec " + goBin + " \"$@\"\n"
	if err := os.WriteFile(filepath.Join(dir, "go"), []byte(script), 0o755); err != nil {
		return nil, err
	}
	var e []string
	for _, kv := range env(cacheDir) {
		if path, ok := strings.CutPrefix(kv, "PATH="); ok {
			kv = "PATH=" + dir + string(os.PathListSeparator) + path
		}
		e = append(e, kv)
	}
	if out, err := shErr(benchDir, e, oauthvetBin, "-cache=off", "./floor"); err != nil {
		return nil, fmt.Errorf("oauthvet ./floor: %v: %s", err, firstLine(out))
	}
	calls, _ := filepath.Glob(filepath.Join(dir, "call.*"))
	for _, f := range calls {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		args := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
		if len(args) == 0 || args[0] != "list" || !slices.ContainsFunc(args, func(a string) bool { return strings.HasPrefix(a, "-json=") }) {
			continue
		}
		if i := slices.Index(args, "--"); i >= 0 {
			return args[:i+1], nil
		}
	}
	return nil, fmt.Errorf("oauthvet ran no go list -json=... -- (of %d go commands)", len(calls))
}

// touched counts the edits of touch.
var touched int

// touch edits (edit) or restores a file of the generated corpus c: the
// more.go of the ordinary package nearest 3N/4, which the packages after
// it import, directly or not, gets an exported function, different each
// time, so that its export data changes.
func touch(c *corpus, edit bool) {
	var file string
	for i := c.size * 3 / 4; i >= 0; i-- {
		f := filepath.Join(c.dir, fmt.Sprintf("p%04d", i), "more.go")
		if _, err := os.Stat(f); err == nil {
			file = f
			break
		}
	}
	if file == "" {
		log.Fatalf("%s: no ordinary package to edit", c.name)
	}
	orig := file + ".orig"
	if !edit {
		if err := os.Rename(orig, file); err != nil {
			log.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(orig, data, 0o644); err != nil {
		log.Fatal(err)
	}
	touched++
	data = fmt.Appendf(data, "\n// Touched%d was added by the benchmark's touched-file run.\nfunc Touched%d() int { return %d }\n", touched, touched, touched)
	if err := os.WriteFile(file, data, 0o644); err != nil {
		log.Fatal(err)
	}
}

// copyCache makes dst a fresh hard-linked copy of the clean build cache.
// The go command never rewrites a cache file in place with other
// contents (outputs are named by their hash; a new entry is a new file),
// so the clean cache is not changed by what is done in the copy.
func copyCache(dst string) {
	if err := os.RemoveAll(dst); err != nil {
		log.Fatal(err)
	}
	if out, err := shErr(workDir, os.Environ(), "cp", "-al", cacheDir, dst); err != nil {
		os.RemoveAll(dst)
		sh(workDir, os.Environ(), "cp", "-a", cacheDir, dst)
		_ = out
	}
}

// ---- corpora ----

type corpus struct {
	name       string
	generated  bool
	testdata   bool // generated with -testdata (not one of the sizes: not in the growth tables)
	size       int  // N for generated corpora
	dir        string
	patterns   []string // for the go/analysis tools, go vet, staticcheck
	gosecPaths []string
	pkgs       int // packages (without test variants)
	withTests  int // packages with test variants (go list -test)
	lines      int // lines of Go in the packages and their tests
	excluded   []string
	loadAvg    string
	prep       time.Duration
	results    map[string]*toolResult
	notes      []string
}

func genCorpus(n int) *corpus {
	dir := filepath.Join(workDir, fmt.Sprintf("corpus-%d", n))
	os.RemoveAll(dir)
	log.Printf("generating corpus of %d packages in %s", n, dir)
	sh(benchDir, os.Environ(), goBin, "run", "./gen", "-n", strconv.Itoa(n), "-o", dir)
	return &corpus{
		name: fmt.Sprintf("generated, N=%d", n), generated: true, size: n, dir: dir,
		patterns: []string{"./..."}, gosecPaths: []string{"./..."},
	}
}

// testdataCorpus generates the corpus of n packages whose tests import
// fixture packages kept under testdata directories (gen -testdata): ./...
// does not match those packages, the tests' imports load them. It is
// measured with the floor and oauthvet only (the shape matters to how a
// go/analysis driver loads, not to the competitors).
func testdataCorpus(n int) *corpus {
	dir := filepath.Join(workDir, fmt.Sprintf("corpus-testdata-%d", n))
	os.RemoveAll(dir)
	log.Printf("generating corpus of %d packages with testdata fixtures in %s", n, dir)
	sh(benchDir, os.Environ(), goBin, "run", "./gen", "-testdata", "-n", strconv.Itoa(n), "-o", dir)
	return &corpus{
		name: fmt.Sprintf("generated, tests import testdata packages, N=%d", n), testdata: true, size: n, dir: dir,
		patterns: []string{"./..."}, gosecPaths: []string{"./..."},
	}
}

func realCorpus(pattern string) *corpus {
	c := &corpus{name: pattern, dir: benchDir, patterns: []string{pattern}}
	e := env(cacheDir)
	// Packages that cannot be built (with their tests) are left out.
	out := sh(benchDir, e, goBin, "list", "-e", "-test", "-f",
		"{{.ImportPath}}\t{{.ForTest}}\t{{if .Error}}{{.Error}}{{else if .DepsErrors}}dependency errors{{end}}", pattern)
	bad := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		f := strings.SplitN(l, "\t", 3)
		if len(f) < 3 || f[2] == "" {
			continue
		}
		base := f[0]
		if f[1] != "" {
			base = f[1]
		}
		base, _, _ = strings.Cut(base, " ")
		base = strings.TrimSuffix(base, ".test")
		bad[base] = oneLine(f[2])
	}
	mod := strings.TrimSuffix(pattern, "/...")
	modDir := strings.TrimSpace(sh(benchDir, e, goBin, "list", "-m", "-f", "{{.Dir}}", mod))
	if len(bad) == 0 {
		c.gosecPaths = []string{modDir + "/..."}
		return c
	}
	c.patterns = nil
	for _, l := range strings.Split(strings.TrimSpace(sh(benchDir, e, goBin, "list", "-e", "-f", "{{.ImportPath}}\t{{.Dir}}", pattern)), "\n") {
		path, dir, _ := strings.Cut(l, "\t")
		if _, isBad := bad[path]; isBad {
			continue
		}
		c.patterns = append(c.patterns, path)
		c.gosecPaths = append(c.gosecPaths, dir)
	}
	for p, why := range bad {
		c.excluded = append(c.excluded, p+": "+why)
	}
	sort.Strings(c.excluded)
	return c
}

// prepare compiles the corpus, its tests and dependencies into the clean
// cache (the warm build cache every tool starts from) and counts it.
func prepare(c *corpus) {
	e := env(cacheDir)
	log.Printf("%s: compiling into the build cache (go list -export -deps -test)", c.name)
	t0 := time.Now()
	out := sh(c.dir, e, append([]string{goBin, "list", "-e", "-export", "-deps", "-test", "-f", "{{if .Error}}{{.ImportPath}}: {{.Error}}{{end}}"}, c.patterns...)...)
	c.prep = time.Since(t0)
	if s := strings.TrimSpace(out); s != "" {
		c.notes = append(c.notes, "go list -export reported errors: "+oneLine(firstLine(s)))
	}
	roots := strings.Fields(sh(c.dir, e, append([]string{goBin, "list", "-e"}, c.patterns...)...))
	c.pkgs = len(roots)
	c.withTests = len(strings.Fields(sh(c.dir, e, append([]string{goBin, "list", "-e", "-test"}, c.patterns...)...)))
	files := sh(c.dir, e, append([]string{goBin, "list", "-e", "-f", "{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}}\n{{end}}{{range .TestGoFiles}}{{$d}}/{{.}}\n{{end}}{{range .XTestGoFiles}}{{$d}}/{{.}}\n{{end}}"}, c.patterns...)...)
	for _, f := range strings.Fields(files) {
		if b, err := os.ReadFile(f); err == nil {
			c.lines += bytes.Count(b, []byte("\n"))
		}
	}
	log.Printf("%s: %d packages (%d with test variants), %d lines, prepared in %s", c.name, c.pkgs, c.withTests, c.lines, c.prep.Round(time.Second))
}

// ---- measurement ----

type sample struct {
	wall, cpu float64 // seconds
	rss       int64   // KiB
	code      int

	// From oauthvet's OAUTHVET_CACHESTATS line, when it printed one: the
	// packages taken from its package cache, of all it had to analyse.
	cached, units int
}

type toolResult struct {
	samples []sample
	skipped string
	failed  string
}

func (tr *toolResult) ok() bool {
	return tr != nil && tr.skipped == "" && tr.failed == "" && len(tr.samples) > 0
}

func (tr *toolResult) wall() float64 {
	return median(tr.samples, func(s sample) float64 { return s.wall })
}
func (tr *toolResult) cpu() float64 {
	return median(tr.samples, func(s sample) float64 { return s.cpu })
}
func (tr *toolResult) rss() float64 {
	return median(tr.samples, func(s sample) float64 { return float64(s.rss) })
}

func median(ss []sample, f func(sample) float64) float64 {
	if len(ss) == 0 {
		return math.NaN()
	}
	v := make([]float64, len(ss))
	for i, s := range ss {
		v[i] = f(s)
	}
	sort.Float64s(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

var timeLine = regexp.MustCompile(`^([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9]+)$`)

// measure runs argv under GNU time in dir and returns what it measured.
// Output goes to <logDir>/<label>.{out,err}.
func measure(label, dir string, environ, argv []string) (sample, error) {
	base := filepath.Join(logDir, label)
	tf := base + ".time"
	args := append([]string{"-f", "%e %U %S %M", "-o", tf}, argv...)
	cmd := exec.Command("/usr/bin/time", args...)
	cmd.Dir = dir
	cmd.Env = environ
	stdout, err := os.Create(base + ".out")
	if err != nil {
		return sample{}, err
	}
	defer stdout.Close()
	stderr, err := os.Create(base + ".err")
	if err != nil {
		return sample{}, err
	}
	defer stderr.Close()
	cmd.Stdout, cmd.Stderr = stdout, stderr
	runErr := cmd.Run()
	var s sample
	if ee := (*exec.ExitError)(nil); errors.As(runErr, &ee) {
		s.code = ee.ExitCode()
	} else if runErr != nil {
		return s, runErr
	}
	b, err := os.ReadFile(tf)
	if err != nil {
		return s, err
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	m := timeLine.FindStringSubmatch(strings.TrimSpace(lines[len(lines)-1]))
	if m == nil {
		return s, fmt.Errorf("cannot parse GNU time output %q", b)
	}
	s.wall, _ = strconv.ParseFloat(m[1], 64)
	u, _ := strconv.ParseFloat(m[2], 64)
	sy, _ := strconv.ParseFloat(m[3], 64)
	s.cpu = u + sy
	s.rss, _ = strconv.ParseInt(m[4], 10, 64)
	if errText, err := os.ReadFile(base + ".err"); err == nil {
		if m := cacheStats.FindSubmatch(errText); m != nil {
			s.cached, _ = strconv.Atoi(string(m[1]))
			s.units, _ = strconv.Atoi(string(m[2]))
		}
	}
	return s, nil
}

var cacheStats = regexp.MustCompile(`(?m)^oauthvet: package cache: ([0-9]+) of ([0-9]+) packages from the cache$`)

func runTool(t *tool, c *corpus, label string) (sample, error) {
	if t.before != nil {
		t.before(c)
	}
	base := filepath.Join(logDir, label)
	argv, extra := t.argv(c, base)
	s, err := measure(label, c.dir, env(cacheDir, extra...), argv)
	if t.after != nil {
		t.after(c)
	}
	if err != nil {
		return s, err
	}
	if t.name == "oauthvetself" {
		b, err := os.ReadFile(base + ".selfrss")
		if err != nil {
			return s, fmt.Errorf("no peak RSS of its own process: %v", err)
		}
		if s.rss, err = strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64); err != nil {
			return s, fmt.Errorf("bad peak RSS of its own process %q", b)
		}
	}
	if !slices.Contains(t.okCodes, s.code) {
		errText, _ := os.ReadFile(filepath.Join(logDir, label+".err"))
		return s, fmt.Errorf("exit status %d: %s", s.code, oneLine(firstLines(string(errText), 3)))
	}
	return s, nil
}

func slug(s string) string {
	return strings.Trim(regexp.MustCompile(`[^A-Za-z0-9]+`).ReplaceAllString(s, "-"), "-")
}

// measureCorpus measures every tool on c: warm-up runs, then -runs
// rounds in which the tools take turns, so that what else the machine is
// doing falls on all of them alike.
func measureCorpus(c *corpus, tools []*tool) {
	c.results = map[string]*toolResult{}
	c.loadAvg = loadavg()
	for _, t := range tools {
		tr := &toolResult{}
		c.results[t.name] = tr
		if t.skip != nil {
			tr.skipped = t.skip(c)
		}
		if c.pkgs > *competMax && slices.Contains([]string{"govet", "staticcheck", "floorfacts", "golist", "rerun", "touched", "touchedlist"}, t.name) {
			tr.skipped = fmt.Sprintf("%s skipped on %s: %d packages > -compet-max=%d (the largest corpus is there for growth and memory: floor and oauthvet; the caches are measured on the smaller ones)", t.name, c.name, c.pkgs, *competMax)
		}
		if c.testdata && !slices.Contains([]string{"floor", "oauthvet", "golist", "rerun", "pkgslist", "oauthvetself"}, t.name) {
			tr.skipped = fmt.Sprintf("%s not measured on %s: the corpus is there for how a go/analysis driver loads tests' testdata imports (see bench/README.md)", t.name, c.name)
		}
	}
	for _, t := range tools {
		tr := c.results[t.name]
		if !t.warmup || tr.skipped != "" {
			continue
		}
		log.Printf("%s: %s warm-up", c.name, t.name)
		if _, err := runTool(t, c, slug(c.name)+"-"+t.name+"-warmup"); err != nil {
			tr.failed = "warm-up: " + err.Error()
			log.Printf("%s: %s failed: %v", c.name, t.name, err)
		}
	}
	// timed runs t once more and keeps the sample, or marks t failed.
	timed := func(t *tool, tr *toolResult, round int, note string) {
		s, err := runTool(t, c, fmt.Sprintf("%s-%s-%d", slug(c.name), t.name, round))
		if err != nil {
			tr.failed = err.Error()
			log.Printf("%s: %s failed: %v", c.name, t.name, err)
			return
		}
		tr.samples = append(tr.samples, s)
		log.Printf("%s: %-11s run %d%s: %6.2fs wall %6.2fs cpu %7.0f MiB", c.name, t.name, round, note, s.wall, s.cpu, float64(s.rss)/1024)
	}
	for round := 1; round <= *runs; round++ {
		for _, t := range tools {
			tr := c.results[t.name]
			if tr.skipped != "" || tr.failed != "" {
				continue
			}
			if round > 1 && t.compet && len(tr.samples) > 0 && tr.samples[0].wall > slow.Seconds() {
				continue // slow competitor: timed once
			}
			timed(t, tr, round, "")
		}
	}
	// Short runs: more rounds of the floor and oauthvet, in turns.
	fl, ov := c.results["floor"], c.results["oauthvet"]
	if fl == nil || ov == nil || len(fl.samples) == 0 || fl.wall() >= short.Seconds() {
		return
	}
	for round := *runs + 1; round <= *shortRuns; round++ {
		for _, t := range tools {
			if tr := c.results[t.name]; (tr == fl || tr == ov) && tr.failed == "" {
				timed(t, tr, round, " (short corpus)")
			}
		}
	}
}

// ---- vet mode ----

type vetResult struct {
	corpus  *corpus
	edited  string
	loadAvg string
	// per tool (floor, oauthvet), per phase (cold, unchanged, touched)
	res map[string]map[string]*toolResult
	// units: per tool, the vet tool's own cost on the units of a cold go
	// vet run (vetUnits), run one at a time outside the go command.
	units map[string]*unitCost
}

// unitCost is what the vet tool itself costs on the units (vet.cfg
// files) that a cold go vet run gives it: each unit run again, one at a
// time, with the go command out of the way; the lower of two rounds.
type unitCost struct {
	n         int // units
	wall, cpu float64
	err       string
}

var vetPhases = []string{"cold", "unchanged", "touched"}

func vetMode(c *corpus, tools []*tool) *vetResult {
	v := &vetResult{corpus: c, loadAvg: loadavg(), res: map[string]map[string]*toolResult{}}
	// The edited file: in the ordinary package nearest 3N/4, which the
	// packages after it import (directly or not).
	idx := c.size * 3 / 4
	var file string
	for i := idx; i >= 0; i-- {
		f := filepath.Join(c.dir, fmt.Sprintf("p%04d", i), "more.go")
		if _, err := os.Stat(f); err == nil {
			file = f
			break
		}
	}
	if file == "" {
		log.Fatal("vet mode: no ordinary package to edit")
	}
	v.edited, _ = filepath.Rel(c.dir, file)
	orig, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}
	defer os.WriteFile(file, orig, 0o644)

	vetCache := filepath.Join(workDir, "gocache-vet")
	defer os.RemoveAll(vetCache)
	var vt []*tool
	for _, t := range tools {
		if t.name == "floor" || t.name == "oauthvet" {
			vt = append(vt, t)
			v.res[t.name] = map[string]*toolResult{}
			for _, p := range vetPhases {
				v.res[t.name][p] = &toolResult{}
			}
		}
	}
	for round := 1; round <= *vetRuns; round++ {
		for _, t := range vt {
			copyCache(vetCache)
			if err := os.WriteFile(file, orig, 0o644); err != nil {
				log.Fatal(err)
			}
			okCodes := []int{0}
			if t.name == "oauthvet" {
				okCodes = []int{0, 1} // findings: go vet exits 1
			}
			for _, phase := range vetPhases {
				tr := v.res[t.name][phase]
				if tr.failed != "" {
					continue
				}
				if phase == "touched" {
					edit := fmt.Sprintf("%s\n// Touched%d was added by the benchmark's touched-file run.\nfunc Touched%d() int { return %d }\n", orig, round, round, round)
					if err := os.WriteFile(file, []byte(edit), 0o644); err != nil {
						log.Fatal(err)
					}
				}
				label := fmt.Sprintf("vet-%s-%s-%d", t.name, phase, round)
				argv := []string{goBin, "vet", "-vettool=" + t.bin, "./..."}
				s, err := measure(label, c.dir, env(vetCache), argv)
				if err == nil && !slices.Contains(okCodes, s.code) {
					errText, _ := os.ReadFile(filepath.Join(logDir, label+".err"))
					err = fmt.Errorf("exit status %d: %s", s.code, oneLine(firstLines(string(errText), 3)))
				}
				if err != nil {
					tr.failed = err.Error()
					log.Printf("vet mode: %s %s failed: %v", t.name, phase, err)
					continue
				}
				tr.samples = append(tr.samples, s)
				log.Printf("vet mode (%s): %-8s %-9s run %d: %6.2fs wall %6.2fs cpu %7.0f MiB", c.name, t.name, phase, round, s.wall, s.cpu, float64(s.rss)/1024)
			}
			os.WriteFile(file, orig, 0o644)
		}
	}
	v.units = vetUnits(c, vt, vetCache)
	return v
}

var workLine = regexp.MustCompile(`(?m)^WORK=(\S+)$`)

// vetUnits measures each vet tool on its own units: a cold go vet -work
// run in a fresh copy of the build cache keeps the vet.cfg files it
// wrote, and each is then given to the tool again, one at a time, twice
// (tools in turns); the cost is the lower round's. This is the tool's
// share of a cold go vet run, without the go command's scheduling and
// cache writes and with less of what else the machine does: the
// measured reason behind a vet-mode ratio.
func vetUnits(c *corpus, vt []*tool, vetCache string) map[string]*unitCost {
	out := map[string]*unitCost{}
	cfgs := map[string][]string{}
	works := map[string]string{}
	caches := map[string]string{}
	defer func() {
		for _, w := range works {
			os.RemoveAll(w)
		}
		for _, d := range caches {
			os.RemoveAll(d)
		}
	}()
	for _, t := range vt {
		uc := &unitCost{}
		out[t.name] = uc
		dir := vetCache + "-units-" + t.name
		caches[t.name] = dir
		os.RemoveAll(dir)
		if _, err := shErr(workDir, os.Environ(), "cp", "-al", cacheDir, dir); err != nil {
			uc.err = "copying the build cache: " + err.Error()
			continue
		}
		cmd := exec.Command(goBin, "vet", "-work", "-vettool="+t.bin, "./...")
		cmd.Dir = c.dir
		cmd.Env = env(dir)
		errOut, _ := cmd.CombinedOutput() // findings: exit status 1
		m := workLine.FindSubmatch(errOut)
		if m == nil {
			uc.err = "go vet -work printed no WORK directory"
			continue
		}
		works[t.name] = string(m[1])
		list, _ := filepath.Glob(filepath.Join(string(m[1]), "*", "vet.cfg"))
		if len(list) == 0 {
			uc.err = "go vet -work left no vet.cfg"
			continue
		}
		cfgs[t.name] = list
		uc.n = len(list)
	}
	for round := 0; round < 2; round++ {
		for _, t := range vt {
			uc := out[t.name]
			if uc.err != "" {
				continue
			}
			start := time.Now()
			var cpu time.Duration
			for _, cfg := range cfgs[t.name] {
				cmd := exec.Command(t.bin, cfg)
				cmd.Dir = c.dir
				cmd.Env = env(caches[t.name])
				err := cmd.Run()
				if ee := (*exec.ExitError)(nil); err != nil && (!errors.As(err, &ee) || ee.ExitCode() != 1) {
					uc.err = fmt.Sprintf("%s %s: %v", t.name, cfg, err)
					break
				}
				cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
			}
			if uc.err != "" {
				continue
			}
			wall := time.Since(start).Seconds()
			if round == 0 || cpu.Seconds() < uc.cpu {
				uc.wall, uc.cpu = wall, cpu.Seconds()
			}
			log.Printf("vet mode (%s): %-8s units one at a time, round %d: %d units %6.2fs wall %6.2fs cpu", c.name, t.name, round+1, uc.n, wall, cpu.Seconds())
		}
	}
	return out
}

// ---- profiles ----

type profileResult struct {
	corpus   string
	tool     string
	wall     float64
	cpuTotal string
	shares   []share // CPU
	heap     []share // live heap near the peak
	heapTot  string
	top      string
	err      string
}

type share struct {
	what string
	pct  float64
}

var categories = []struct{ what, focus string }{
	{"loading: everything under go/packages.Load (the floor: go list's output, parsing, type checking, export data; oauthvet: go list's output only)", `go/packages\.`},
	{"analysis: everything after loading (oauthvet's executor, internal/driver, which also parses and type-checks each package in dependency order; the floor: the x/tools checker)", `oauthvet/internal/driver\.execute|oauthvet/internal/driver\.\(\*execution\)|analysis/checker\.\(\*Action\)|analysis/checker\.execAll|analysis/internal/checker\.`},
	{"oauthvet analyzers (passes/...)", `github.com/oauthvet/oauthvet/passes`},
	{"AST inspector (go/ast/inspector, the inspect pass)", `go/ast/inspector\.`},
	{"facts (gob encoding, objectpath)", `encoding/gob|objectpath`},
	{"type checking (go/types)", `^go/types\.`},
	{"parsing (go/parser, go/scanner)", `^go/(parser|scanner)\.`},
	{"export data import (gcimporter)", `gcimporter|gcexportdata|pkgbits`},
	{"go list output (encoding/json)", `encoding/json`},
	{"garbage collector (background marking)", `runtime\.gcBgMarkWorker`},
}

func profiles(corpora []*corpus, tools []*tool) []*profileResult {
	var targets []*corpus
	var largest *corpus
	for _, c := range corpora {
		if c.generated && (largest == nil || c.size > largest.size) {
			largest = c
		}
	}
	if largest != nil {
		targets = append(targets, largest)
	}
	for _, c := range corpora {
		if !c.generated && !c.testdata {
			targets = append(targets, c)
		}
	}
	var floorBin string
	for _, t := range tools {
		if t.name == "floor" {
			floorBin = t.bin
		}
	}
	profBin := filepath.Join(binDir, "oauthvet-profile")
	var out []*profileResult
	for _, c := range targets {
		for _, name := range []string{"floor", "oauthvet"} {
			p := &profileResult{corpus: c.name, tool: name}
			base := filepath.Join(logDir, "profile-"+slug(c.name)+"-"+name)
			cpu, heap := base+".cpu.pprof", base+".heap.pprof"
			var argv, extra []string
			bin := profBin
			if name == "floor" {
				bin = floorBin
				argv = append([]string{floorBin, "-cpuprofile=" + cpu}, c.patterns...)
			} else {
				argv = append([]string{profBin, "-cache=off"}, c.patterns...)
				extra = []string{"BENCH_CPUPROFILE=" + cpu}
			}
			// The heap profile in a run of its own: the sampler forces
			// collections, which would show in the CPU profile.
			heapArgv := slices.Clone(argv)
			if name == "floor" {
				heapArgv = append([]string{floorBin}, c.patterns...)
			}
			// Twice, keeping the larger: the sampler polls, and a run can
			// end between a growth and the next poll.
			var heapErr error
			var best int64
			for i := range 2 {
				tmp := fmt.Sprintf("%s.%d", heap, i)
				if _, err := measure(fmt.Sprintf("profile-heap-%s-%s-%d", slug(c.name), name, i), c.dir, env(cacheDir, "BENCH_HEAPPROFILE="+tmp), heapArgv); err != nil {
					heapErr = err
					break
				}
				if sz := heapTotal(bin, tmp); sz > best {
					best = sz
					os.Rename(tmp, heap)
				}
			}
			if heapErr != nil {
				p.err = heapErr.Error()
				out = append(out, p)
				continue
			}
			log.Printf("profiling %s on %s", name, c.name)
			s, err := measure("profile-"+slug(c.name)+"-"+name, c.dir, env(cacheDir, extra...), argv)
			p.wall = s.wall
			if err != nil {
				p.err = err.Error()
				out = append(out, p)
				continue
			}
			p.cpuTotal, p.shares = categorise(bin, cpu, "")
			p.heapTot, p.heap = categorise(bin, heap, "inuse_space")
			p.top, _ = shErr(benchDir, os.Environ(), goBin, "tool", "pprof", "-top", "-nodecount=15", bin, cpu)
			out = append(out, p)
		}
	}
	return out
}

// heapTotal returns the in-use bytes of a heap profile (0 if unreadable).
func heapTotal(bin, prof string) int64 {
	out, err := shErr(benchDir, os.Environ(), goBin, "tool", "pprof", "-raw", "-sample_index=inuse_space", bin, prof)
	if err != nil {
		return 0
	}
	// -raw prints "Samples:", a header, then one line per sample:
	// "alloc_objects alloc_space inuse_objects inuse_space: locations".
	var total int64
	inSamples := false
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "Samples:") {
			inSamples = true
			continue
		}
		if strings.HasPrefix(l, "Locations") {
			break
		}
		vals, _, ok := strings.Cut(l, ":")
		if !inSamples || !ok {
			continue
		}
		if f := strings.Fields(vals); len(f) == 4 {
			if v, err := strconv.ParseInt(f[3], 10, 64); err == nil {
				total += v
			}
		}
	}
	return total
}

var totalRe = regexp.MustCompile(`Showing nodes accounting for [^,]+, ([0-9.]+)% of ([^ ]+) total`)

// categorise returns the profile's total and each category's share of it.
func categorise(bin, prof, index string) (string, []share) {
	// Every node, so that "Showing nodes accounting for X" is the sum of
	// the focused samples.
	args := []string{"tool", "pprof", "-top", "-nodecount=1000000", "-nodefraction=0", "-edgefraction=0"}
	if index != "" {
		args = append(args, "-sample_index="+index)
	}
	var total string
	var shares []share
	for _, cat := range categories {
		a := append(slices.Clone(args), "-focus="+cat.focus, bin, prof)
		out, err := shErr(benchDir, os.Environ(), append([]string{goBin}, a...)...)
		if err != nil {
			continue
		}
		m := totalRe.FindStringSubmatch(out)
		if m == nil {
			shares = append(shares, share{cat.what, 0})
			continue
		}
		pct, _ := strconv.ParseFloat(m[1], 64)
		total = m[2]
		shares = append(shares, share{cat.what, pct})
	}
	return total, shares
}

// ---- report ----

type report struct {
	start    time.Time
	elapsed  time.Duration
	machine  machine
	tools    []*tool
	corpora  []*corpus
	vet      *vetResult
	profiles []*profileResult
	notes    []string
}

// exportShare says what share of oauthvet's live heap near its peak on c
// is export data, when c was profiled.
func (r *report) exportShare(c *corpus) string {
	for _, p := range r.profiles {
		if p.corpus != c.name || !strings.HasPrefix(p.tool, "oauthvet") {
			continue
		}
		for _, sh := range p.heap {
			if strings.HasPrefix(sh.what, "export data") {
				return fmt.Sprintf(" (%.0f%% of oauthvet's live heap near its peak, in the heap profile below)", sh.pct)
			}
		}
	}
	return ""
}

func verdict(ok bool) string {
	if ok {
		return "**PASS**"
	}
	return "**MISS**"
}

func secs(f float64) string {
	if math.IsNaN(f) {
		return "–"
	}
	return fmt.Sprintf("%.2f s", f)
}

func mib(kb float64) string {
	if math.IsNaN(kb) {
		return "–"
	}
	return fmt.Sprintf("%.0f MiB", kb/1024)
}

func ratio(a, b float64) string {
	if math.IsNaN(a) || math.IsNaN(b) || b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", a/b)
}

func (r *report) tool(name string) *tool {
	for _, t := range r.tools {
		if t.name == name {
			return t
		}
	}
	return nil
}

func (r *report) markdown() string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	m := r.machine
	w("# oauthvet benchmark results\n\n")
	w("Written by `bench/run.sh%s` on %s; the whole run took %s. ", map[bool]string{true: " -quick", false: ""}[*quick], r.start.UTC().Format("2006-01-02 15:04 UTC"), r.elapsed.Round(time.Second))
	w("Each number is the median of %d run(s) (of %d for the floor and oauthvet on a corpus where the floor's run takes under %s) of the command under GNU time (`/usr/bin/time -f '%%e %%U %%S %%M'`), after one untimed warm-up run of the floor (with and without a fact type) and oauthvet; CPU is user + system time of the command and its children; peak RSS is the largest resident set of any one process of the command (for go vet, the largest of the go command and the vet tool processes). In vet mode, the median of %d rounds. See [How it is measured](#how-it-is-measured).\n\n", *runs, max(*runs, *shortRuns), *short, *vetRuns)

	w("## Machine\n\n")
	w("| | |\n|---|---|\n")
	w("| CPU | %s |\n| cores | %d |\n| memory | %s |\n| OS | %s |\n| Go | %s |\n", m.cpu, m.cores, m.memory, m.kernel, m.goVersion)
	w("| oauthvet measured | %s; working tree: %s |\n", m.commit, m.tree)
	w("| floor | bench/floor: x/tools v0.52.0 multichecker, one analyzer whose Run returns nil, no facts |\n")
	for _, t := range r.tools {
		switch t.name {
		case "floorfacts":
			w("| floor with a fact type | bench/floor with FLOOR_FACTS=1: the same no-op analyzer declaring a fact type |\n")
		case "gosec":
			w("| gosec | github.com/securego/gosec/v2 %s (go install) |\n", t.version)
		case "staticcheck":
			w("| staticcheck | honnef.co/go/tools %s: %s (go install) |\n", staticcheckVersion, t.version)
		}
	}
	w("| load average (1, 5, 15 min) at the start | %s |\n\n", m.loadStart)
	w("The machine was shared: other work ran on it during the measurements (see the load averages), so wall times carry that noise; CPU times are steadier, and the tools took turns in each round so that the noise fell on all of them alike.\n\n")

	// Targets.
	w("## Targets\n\n")
	w("| target | measured | verdict |\n|---|---|---|\n")
	for _, c := range r.corpora {
		f, o := c.results["floor"], c.results["oauthvet"]
		if !f.ok() || !o.ok() {
			w("| standalone oauthvet ≤ %.2f× floor wall, ≤ %.2f× floor RSS on %s | not measured | **MISS** |\n", targetWall, targetRSS, c.name)
			continue
		}
		wr, rr := o.wall()/f.wall(), o.rss()/f.rss()
		w("| standalone oauthvet ≤ %.2f× floor wall on %s | %.2f× (CPU %.2f×) | %s |\n", targetWall, c.name, wr, o.cpu()/f.cpu(), verdict(wr <= targetWall))
		w("| standalone oauthvet ≤ %.2f× floor peak RSS on %s | %.2f× | %s |\n", targetRSS, c.name, rr, verdict(rr <= targetRSS))
		why := ""
		if rr > targetRSSLow {
			why = fmt.Sprintf(" (%s vs the floor's %s: what stays is the types of the named packages, the dependencies' export data%s and the runtime's fixed part, which dominate on small and dependency-heavy corpora)", mib(o.rss()), mib(f.rss()), r.exportShare(c))
			if pl, self := c.results["pkgslist"], c.results["oauthvetself"]; pl.ok() && self.ok() {
				// The measured reason: the peak is the larger of
				// oauthvet's own process and its go list child.
				why = fmt.Sprintf(" (%s vs the floor's %s. The go list that go/packages runs as oauthvet's child process (every go/packages driver, the floor included, runs one like it) peaks at %s on its own: %.2f× the floor's peak, %s the target before oauthvet's own process does anything. oauthvet's own process peaks at %s, %.2f× the floor's: what stays in it is the types of the named packages, the dependencies' export data%s and the runtime's fixed part. Best achieved: the run's peak is %.2f× go list's own)",
					mib(o.rss()), mib(f.rss()), mib(pl.rss()), pl.rss()/f.rss(), map[bool]string{true: "above", false: "within"}[pl.rss() > targetRSSLow*f.rss()], mib(self.rss()), self.rss()/f.rss(), r.exportShare(c), o.rss()/pl.rss())
			}
		}
		w("| standalone oauthvet ≤ %.2f× floor peak RSS on %s (issue 13: analyse in dependency order, release what no later package needs) | %.2f×%s | %s |\n", targetRSSLow, c.name, rr, why, verdict(rr <= targetRSSLow))
	}
	for _, c := range r.corpora {
		g, re, o, to := c.results["golist"], c.results["rerun"], c.results["oauthvet"], c.results["touched"]
		if g.ok() && re.ok() {
			x := re.wall() / g.wall()
			w("| oauthvet unchanged re-run (run cache) ≤ %.2f× `go list -e -export -deps -test` wall on %s | %.2f× (CPU %.2f×; %.2f s vs %.2f s) | %s |\n", targetRerun, c.name, x, re.cpu()/g.cpu(), re.wall(), g.wall(), verdict(x <= targetRerun))
		}
		if tl := c.results["touchedlist"]; to.ok() && o.ok() && tl.ok() && g.ok() {
			// The cost of re-analysing what the edit changed: the go
			// command's part after the edit (it compiles the edited
			// package and its importers again), plus the analysis's share
			// of an uncached run (oauthvet's time beyond go list's) for
			// the packages not taken from the package cache.
			share := 1.0
			if s := to.samples[len(to.samples)-1]; s.units > 0 {
				share = float64(s.units-s.cached) / float64(s.units)
			}
			ref := tl.wall() + share*math.Max(0, o.wall()-g.wall())
			x := to.wall() / ref
			why := ""
			if x > targetRerun {
				why = fmt.Sprintf("; over by %.2f s: what oauthvet spends beyond go list after the edit, %.2f s, is go/packages decoding go list's JSON, the package cache's keys (every file's hash) and entries, and the re-analysed packages", to.wall()-targetRerun*ref, to.wall()-tl.wall())
			}
			w("| oauthvet after a one-file edit ≤ %.2f× the cost of re-analysing the packages whose inputs changed, on %s | %.2f× (%.2f s; go list after the edit %.2f s + %.0f%% of the analysis of an uncached run, the packages not taken from the package cache%s) | %s |\n",
				targetRerun, c.name, x, to.wall(), tl.wall(), 100*share, why, verdict(x <= targetRerun))
		}
	}
	if v := r.vet; v != nil {
		for _, phase := range []string{"cold", "unchanged"} {
			f, o := v.res["floor"][phase], v.res["oauthvet"][phase]
			if f.ok() && o.ok() {
				wr := o.wall() / f.wall()
				why := ""
				if wr > targetVet && phase == "unchanged" {
					// Checked with go vet -x: no vet.cfg is handed to either tool.
					why = fmt.Sprintf("; %.2f s vs %.2f s: unchanged, go vet runs neither tool on any package but replays its cache, which for oauthvet holds the corpus's findings", o.wall(), f.wall())
				}
				if fu, ou := v.units["floor"], v.units["oauthvet"]; wr > targetVet && phase == "cold" && fu != nil && ou != nil && fu.err == "" && ou.err == "" {
					why = fmt.Sprintf("; the tools on the run's own %d units, one at a time outside the go command: oauthvet %.2f s CPU vs the floor's %.2f s (%.2f×), so the rest of the ratio is the go command's and the machine's (see the vet-mode section)", ou.n, ou.cpu, fu.cpu, ou.cpu/fu.cpu)
				}
				w("| go vet -vettool=oauthvet ≤ %.2f× -vettool=floor wall, %s (%s) | %.2f× (CPU %.2f×%s) | %s |\n", targetVet, phase, v.corpus.name, wr, o.cpu()/f.cpu(), why, verdict(wr <= targetVet))
			}
		}
	}
	for _, c := range r.corpora {
		g, o := c.results["gosec"], c.results["oauthvet"]
		if g == nil || !g.ok() || !o.ok() {
			continue
		}
		x := g.wall() / o.wall()
		w("| oauthvet ≥ %.0f× faster than gosec on %s | %.1f× (CPU %.1f×) | %s |\n", targetGosec, c.name, x, g.cpu()/o.cpu(), verdict(x >= targetGosec))
	}
	lin := r.linearity()
	floorLin := map[string]linearity{}
	for _, l := range lin {
		if l.tool == "floor" {
			floorLin[l.metric] = l
		}
	}
	for _, l := range lin {
		if l.tool != "oauthvet" {
			continue
		}
		// The floor's own growth is the machine's (GC, memory, other
		// work): oauthvet's is judged against it, as a ratio of its
		// growth, or, where oauthvet's small-corpus slope is below the
		// floor's (a ratio of slopes then overstates its growth), as
		// its marginal cost on the large interval against the floor's
		// on the same interval: no more than loading itself adds.
		fl := floorLin[l.metric]
		limit := targetLinearTol * math.Max(1, fl.slopeRatio)
		vsFloor := math.Inf(1)
		if fl.hi > 0 {
			vsFloor = l.hi / fl.hi
		}
		w("| oauthvet cost linear in packages (%s): marginal cost per package %s ≤ %.2f× the %s one, or ≤ %.2f× the floor's ratio where the floor's own is above 1, or ≤ %.2f× the floor's marginal cost %s | %.2f× (floor: %.2f×); %s: %.1f ms vs the floor's %.1f ms per package (%.2f×); plain N=%d/N=%d: %.2f× | %s |\n",
			l.metric, l.hiRange, targetLinearTol, l.loRange, targetLinearTol, targetWall, l.hiRange, l.slopeRatio, fl.slopeRatio, l.hiRange, 1000*l.hi, 1000*fl.hi, vsFloor, l.hiN, l.loN, l.plain, verdict(l.slopeRatio <= limit || vsFloor <= targetWall))
	}
	r.flatRSS(w)
	w("\n")
	w("Standalone wall and RSS: oauthvet with `-cache=off` (every run analyses) against the floor on the same packages in the same run. Unchanged re-run: oauthvet with its run cache filled by the warm-up run, against `go list -e -export -deps -test` on the same patterns (what any driver pays to learn that nothing changed). One-file edit (generated corpora): oauthvet with a run cache of its own after an exported function was appended to one file (restored after each run). Vet mode: %s. gosec: wall-time ratio gosec/oauthvet. Linearity: the cost of one more package, from the medians, between the second-smallest and the largest generated corpora against that between the smallest two, at most %.2f× (no superlinear growth), or %.2f× the floor's own ratio where the floor's grows (that growth is the machine's: garbage collection over a larger heap, memory, other work on the machine), or, on the large interval, at most the wall-time tolerance times the floor's cost of one more package on the same interval (added 2026-11-30: where oauthvet's cost per package on the small corpora is below the floor's, as after the dependency-order type-checking, a ratio of its own slopes grows with no growth of its own beyond loading's; the first two ratios stay in the row); a plain N=1600/N=100 ratio below 16× is the fixed cost of a run (starting, go list, the standard library's export data) spread over more packages. See [Growth](#growth).\n\n", "go vet with the same empty vet cache, then unchanged (second run)", targetLinearTol, targetLinearTol)
	r.writeFacts(w)

	for _, c := range r.corpora {
		w("## Corpus: %s\n\n", c.name)
		if c.generated {
			w("Generated by `go run ./gen -n %d`: %d packages (%d with test variants), %d lines of Go; ", c.size, c.pkgs, c.withTests, c.lines)
		} else if c.testdata {
			w("Generated by `go run ./gen -testdata -n %d`: the generated corpus, whose tests (one ordinary package in four) also import a fixture package under their package's testdata directory, which ./... does not match (the shape of real modules whose tests import fixtures kept there; generated, not a pinned real module): %d packages (%d with test variants), %d lines of Go; ", c.size, c.pkgs, c.withTests, c.lines)
		} else {
			w("`%s` from the module cache, at the version pinned in bench/go.mod, analysed from the bench module: %d packages (%d with test variants), %d lines of Go; ", strings.Join(shortList(c.patterns, 3), " "), c.pkgs, c.withTests, c.lines)
		}
		w("`go list -export -deps -test` on it (compiling it with its tests and dependencies into the build cache, where an earlier run had not already) took %s. Load average at the start: %s.\n\n", c.prep.Round(time.Second), c.loadAvg)
		if len(c.excluded) > 0 {
			w("Left out, as they do not build with %s: %s.\n\n", m.goVersion, strings.Join(c.excluded, "; "))
		} else if !c.generated && !c.testdata {
			w("Every package builds with Go 1.26, tests included: nothing was left out.\n\n")
		}
		w("| tool | median wall | median CPU | peak RSS | wall ratio vs floor | CPU ratio vs floor | RSS ratio vs floor | runs |\n|---|---|---|---|---|---|---|---|\n")
		f := c.results["floor"]
		for _, t := range r.tools {
			tr := c.results[t.name]
			switch {
			case tr.skipped != "":
				w("| %s | skipped | | | | | | 0 |\n", t.label)
			case !tr.ok():
				w("| %s | failed: %s | | | | | | %d |\n", t.label, mdEscape(tr.failed), len(tr.samples))
			default:
				w("| %s | %s | %s | %s | %s | %s | %s | %d |\n", t.label, secs(tr.wall()), secs(tr.cpu()), mib(tr.rss()),
					ratio(tr.wall(), f.wall()), ratio(tr.cpu(), f.cpu()), ratio(tr.rss(), f.rss()), len(tr.samples))
			}
		}
		w("\n")
		for _, t := range r.tools {
			if tr := c.results[t.name]; tr.skipped != "" {
				w("- %s\n", tr.skipped)
			}
		}
		for _, n := range c.notes {
			w("- %s\n", n)
		}
		if c.results["oauthvet"].ok() {
			var codes []string
			for _, s := range c.results["oauthvet"].samples {
				codes = append(codes, strconv.Itoa(s.code))
			}
			w("- oauthvet exit status: %s (3: findings).\n", strings.Join(codes, ", "))
		}
		w("\n")
	}

	if v := r.vet; v != nil {
		w("## Vet mode: go vet -vettool, %s\n\n", v.corpus.name)
		w("`go vet -vettool=BIN ./...` in the corpus, BIN the oauthvet or the floor binary. **cold**: a fresh copy of the warm build cache in which no vet run has ever been (every package compiled, no vet results: go vet runs the tool on every package and every dependency, standard library included); **unchanged**: the same command again, nothing changed; **touched**: then `%s` edited (an exported function appended, different each round, so its export data changes and the packages that import it, directly or not, are compiled and vetted again). Load average at the start: %s.\n\n", v.edited, v.loadAvg)
		w("| tool | phase | median wall | median CPU | peak RSS | wall ratio vs floor | CPU ratio vs floor | runs |\n|---|---|---|---|---|---|---|---|\n")
		for _, name := range []string{"floor", "oauthvet"} {
			for _, phase := range vetPhases {
				tr, f := v.res[name][phase], v.res["floor"][phase]
				label := "go vet -vettool=" + name
				if !tr.ok() {
					w("| %s | %s | failed: %s | | | | | %d |\n", label, phase, mdEscape(tr.failed), len(tr.samples))
					continue
				}
				w("| %s | %s | %s | %s | %s | %s | %s | %d |\n", label, phase, secs(tr.wall()), secs(tr.cpu()), mib(tr.rss()), ratio(tr.wall(), f.wall()), ratio(tr.cpu(), f.cpu()), len(tr.samples))
			}
		}
		w("\ngo vet (Go 1.26) caches each package's vet result, the tool's findings included, and replays them: in the unchanged run neither tool runs again, and oauthvet's findings are printed from the cache.\n\n")
		if fu, ou := v.units["floor"], v.units["oauthvet"]; fu != nil && ou != nil {
			if fu.err != "" || ou.err != "" {
				w("**The vet tools on their own units**: not measured (%s).\n\n", mdEscape(strings.TrimPrefix(fu.err+"; "+ou.err, "; ")))
			} else {
				w("**The vet tools on their own units**: the %d vet.cfg units of a cold run (%d for the floor), each given to the tool again one at a time, outside the go command (the lower of two rounds, tools in turns): oauthvet %s CPU (%s wall), the floor %s CPU (%s wall), %s CPU. This is the tool's own share of a cold go vet run; what a cold run's ratio shows beyond it is the go command's work and the machine's.\n\n",
					ou.n, fu.n, secs(ou.cpu), secs(ou.wall), secs(fu.cpu), secs(fu.wall), ratio(ou.cpu, fu.cpu))
			}
		}
		// The two routes to a cheap re-run (issue 13): the go command's
		// vet cache, and oauthvet's own run and package caches.
		for _, c := range r.corpora {
			if c != v.corpus && !(c.generated && c.size == v.corpus.size && !c.testdata) {
				continue
			}
			re, to, vu, vt := c.results["rerun"], c.results["touched"], v.res["oauthvet"]["unchanged"], v.res["oauthvet"]["touched"]
			if re.ok() && to.ok() && vu.ok() && vt.ok() {
				w("**Two routes to a cheap re-run** on %s: standalone `oauthvet ./...` with its own caches took %s unchanged and %s after a one-file edit; `go vet -vettool=oauthvet ./...` through the go command's vet cache took %s unchanged and %s after the same kind of edit. The standalone route keeps oauthvet's own output (text with context, JSON, SARIF, baselines) and analyses only the main module's packages; the vet route analyses every dependency once, standard library included, which is what its cold run pays (see above).\n\n",
					c.name, secs(re.wall()), secs(to.wall()), secs(vu.wall()), secs(vt.wall()))
			}
			break
		}
	}

	w("## Growth\n\n")
	w("Median wall and CPU time of each tool on the generated corpora, and the ratio of the largest to the smallest. A linear cost would give %s for the plain ratio if nothing were fixed; every tool has a fixed part (starting, go list, loading the standard library's export data), so the plain ratio is smaller, and the marginal cost per package is the measure of linearity.\n\n", r.sizeRatioText())
	var gen []*corpus
	for _, c := range r.corpora {
		if c.generated {
			gen = append(gen, c)
		}
	}
	if len(gen) >= 2 {
		w("| tool |")
		for _, c := range gen {
			w(" N=%d wall | N=%d CPU |", c.size, c.size)
		}
		w(" wall N=%d/N=%d | CPU N=%d/N=%d |\n|---|", gen[len(gen)-1].size, gen[0].size, gen[len(gen)-1].size, gen[0].size)
		for range gen {
			w("---|---|")
		}
		w("---|---|\n")
		for _, t := range r.tools {
			w("| %s |", t.label)
			for _, c := range gen {
				tr := c.results[t.name]
				if tr.ok() {
					w(" %s | %s |", secs(tr.wall()), secs(tr.cpu()))
				} else {
					w(" – | – |")
				}
			}
			lo, hi := gen[0].results[t.name], gen[len(gen)-1].results[t.name]
			if lo.ok() && hi.ok() {
				w(" %.2f× | %.2f× |\n", hi.wall()/lo.wall(), hi.cpu()/lo.cpu())
			} else {
				w(" – | – |\n")
			}
		}
		w("\n")
		if len(lin) > 0 {
			w("| tool | metric | per package, %s | per package, %s | ratio |\n|---|---|---|---|---|\n", lin[0].loRange, lin[0].hiRange)
			for _, l := range lin {
				w("| %s | %s | %.1f ms | %.1f ms | %.2f× |\n", l.tool, l.metric, l.lo*1000, l.hi*1000, l.slopeRatio)
			}
			w("\n")
		}
		// Memory: peak RSS at each size (issue 13: flat rather than
		// linear).
		w("Peak RSS of the floor, oauthvet, oauthvet's own process and the go list that go/packages runs (the child process of both), by size: how memory grows with the packages.\n\n| tool |")
		for _, c := range gen {
			w(" N=%d |", c.size)
		}
		w(" N=%d/N=%d |\n|---|", gen[len(gen)-1].size, gen[0].size)
		for range gen {
			w("---|")
		}
		w("---|\n")
		for _, t := range r.tools {
			if !slices.Contains([]string{"floor", "oauthvet", "oauthvetself", "pkgslist"}, t.name) {
				continue
			}
			w("| %s |", t.label)
			for _, c := range gen {
				if tr := c.results[t.name]; tr.ok() {
					w(" %s |", mib(tr.rss()))
				} else {
					w(" – |")
				}
			}
			if lo, hi := gen[0].results[t.name], gen[len(gen)-1].results[t.name]; lo.ok() && hi.ok() {
				w(" %.2f× |\n", hi.rss()/lo.rss())
			} else {
				w(" – |\n")
			}
		}
		w("\n")
	}

	if len(r.profiles) > 0 {
		w("## Where the time goes (profiles)\n\n")
		w("Two more runs each of the floor and of oauthvet (bench/profile: cmd/oauthvet's driver with profiling), outside the timed runs: one with a CPU profile, one with a heap profile taken near the peak of the live heap (bench/internal/heapsample: whenever the live heap has grown by a tenth, a forced collection and a snapshot). Shares of each profile's total, by the functions on the stack: a sample counts in every row whose functions are on its stack (loading includes type checking and parsing; analysis includes the inspector and the analyzers). go list runs in its own process and is not in these profiles.\n\n")
		for _, p := range r.profiles {
			if p.err != "" {
				w("- %s on %s: failed: %s\n\n", p.tool, p.corpus, p.err)
				continue
			}
			w("**%s on %s** (wall %.2f s in this run; CPU profile total %s; live heap in the profile %s)\n\n", p.tool, p.corpus, p.wall, p.cpuTotal, p.heapTot)
			w("| where | CPU | live heap |\n|---|---|---|\n")
			for i, s := range p.shares {
				h := "–"
				if i < len(p.heap) {
					h = fmt.Sprintf("%.0f%%", p.heap[i].pct)
				}
				w("| %s | %.0f%% | %s |\n", s.what, s.pct, h)
			}
			w("\n")
			if p.tool == "oauthvet" && p.top != "" {
				w("<details><summary>top 15 functions by CPU (flat)</summary>\n\n```\n%s```\n\n</details>\n\n", trimPprofHeader(p.top))
			}
		}
	}

	w("## How it is measured\n\n")
	w("- One command: `bench/run.sh` (full) or `bench/run.sh -quick` (one run, N=100, one real module; writes bench/.work/RESULTS-quick.md). It builds oauthvet from the working tree (`go build ./cmd/oauthvet`), the floor (bench/floor), and installs gosec %s and staticcheck %s with `go install` into bench/.bin; generates the corpora with bench/gen; and measures. `go run ./run -help` in bench/ lists the flags (-runs, -sizes, -real, -vetsize, -tools, …).\n", gosecVersion, staticcheckVersion)
	w("- Build cache: every command runs with GOCACHE=bench/.work/gocache, which `go list -export -deps -test` fills with every package of the corpus, its tests and dependencies before any timed run (the prepare time above): the build cache is warm for every tool. go vet never writes to that cache: each go vet run works in a fresh hard-linked copy of it, so each of its runs in the corpus tables, and each cold run in the vet-mode table, has no vet results cached.\n")
	w("- Runs: one untimed warm-up run of the floor, the floor with a fact type and oauthvet per corpus, then %d round(s) in which every tool runs once, in turn. go vet, gosec and staticcheck have no warm-up: the build cache they read is already warm, and their own caches are emptied before each run anyway (staticcheck: STATICCHECK_CACHE set to an empty directory, so it analyses the dependencies again, as go vet -vettool does cold; gosec has none). A competitor whose first timed run takes more than %s is timed once (the runs column says so). On a corpus where the floor's median run takes under %s, the floor and oauthvet then run in turns until each has %d runs: a sub-second run moves with anything else the machine does, and more samples steady its median.\n", *runs, *slow, *short, max(*runs, *shortRuns))
	w("- Same packages: the go/analysis tools, go vet and staticcheck are given the same patterns and include tests; gosec is run with -tests on the same directories (for the real modules, on their module-cache directories, so it resolves their dependencies from their own go.mod).\n")
	w("- Median wall, median CPU (user + system, the command and its children), median peak RSS (KiB from GNU time, shown in MiB).\n")
	w("- Logs of every run (stdout, stderr, GNU time output, profiles) are in bench/.work/logs.\n")
	for _, n := range r.notes {
		w("- %s\n", n)
	}
	return b.String()
}

type linearity struct {
	tool, metric     string
	lo, hi           float64 // seconds per package
	loRange, hiRange string
	slopeRatio       float64
	loN, hiN         int
	plain            float64 // cost at hiN / cost at loN
}

// linearity compares the marginal cost per package between the smallest
// two and the largest two generated corpora.
func (r *report) linearity() []linearity {
	var gen []*corpus
	for _, c := range r.corpora {
		if c.generated {
			gen = append(gen, c)
		}
	}
	if len(gen) < 3 {
		return nil
	}
	a, b, c := gen[0], gen[1], gen[len(gen)-1]
	var out []linearity
	for _, t := range []string{"floor", "oauthvet"} {
		ra, rb, rc := a.results[t], b.results[t], c.results[t]
		if !ra.ok() || !rb.ok() || !rc.ok() {
			continue
		}
		for _, metric := range []string{"wall", "CPU"} {
			get := (*toolResult).wall
			if metric == "CPU" {
				get = (*toolResult).cpu
			}
			lo := (get(rb) - get(ra)) / float64(b.size-a.size)
			hi := (get(rc) - get(rb)) / float64(c.size-b.size)
			out = append(out, linearity{
				tool: t, metric: metric, lo: lo, hi: hi,
				loRange: fmt.Sprintf("N=%d→%d", a.size, b.size), hiRange: fmt.Sprintf("N=%d→%d", b.size, c.size),
				slopeRatio: hi / lo,
				loN:        a.size, hiN: c.size, plain: get(rc) / get(ra),
			})
		}
	}
	return out
}

// flatRSS writes the target row "peak RSS flat rather than linear as the
// package count grows" (issue 13): oauthvet's peak at the largest
// generated corpus at most targetFlatRSS times its peak at the second
// smallest, with the memory one more package costs oauthvet, its own
// process, go/packages' go list and the floor as the measured reason.
func (r *report) flatRSS(w func(string, ...any)) {
	var gen []*corpus
	for _, c := range r.corpora {
		if c.generated {
			gen = append(gen, c)
		}
	}
	if len(gen) < 3 {
		return
	}
	b, c := gen[1], gen[len(gen)-1]
	o1, o2 := b.results["oauthvet"], c.results["oauthvet"]
	if !o1.ok() || !o2.ok() {
		return
	}
	perPkg := func(t string) string {
		x, y := b.results[t], c.results[t]
		if !x.ok() || !y.ok() {
			return "not measured"
		}
		return fmt.Sprintf("%s → %s, %.0f KiB", mib(x.rss()), mib(y.rss()), (y.rss()-x.rss())/float64(c.size-b.size))
	}
	grow := o2.rss() / o1.rss()
	w("| oauthvet peak RSS flat in packages: at N=%d at most %.1f× its peak at N=%d (%d× the packages) | %.2f×. Peak RSS N=%d → N=%d and its growth per package: oauthvet %s; its own process %s; go list as go/packages runs it %s; the floor %s. The go list child grows with the package graph it prints and the build actions behind -export, and every go/packages driver runs it; oauthvet's own process keeps the package graph go list printed and the types of the named packages, which their importers read (see the heap profile on the largest corpus below) | %s |\n",
		c.size, targetFlatRSS, b.size, c.size/b.size, grow, b.size, c.size,
		perPkg("oauthvet"), perPkg("oauthvetself"), perPkg("pkgslist"), perPkg("floor"), verdict(grow <= targetFlatRSS))
}

func (r *report) sizeRatioText() string {
	var gen []*corpus
	for _, c := range r.corpora {
		if c.generated {
			gen = append(gen, c)
		}
	}
	if len(gen) < 2 {
		return "the ratio of the sizes"
	}
	return fmt.Sprintf("%d×", gen[len(gen)-1].size/gen[0].size)
}

func trimPprofHeader(s string) string {
	var keep []string
	sc := bufio.NewScanner(strings.NewReader(s))
	started := false
	for sc.Scan() {
		l := sc.Text()
		if strings.Contains(l, "flat%") {
			started = true
		}
		if started || strings.HasPrefix(l, "Showing") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n") + "\n"
}

func shortList(xs []string, n int) []string {
	if len(xs) <= n {
		return xs
	}
	return append(slices.Clone(xs[:n]), fmt.Sprintf("… (%d patterns)", len(xs)))
}

func mdEscape(s string) string {
	s = strings.ReplaceAll(s, "|", "\\|")
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func firstLine(s string) string {
	l, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return l
}

func firstLines(s string, n int) string {
	ls := strings.Split(strings.TrimSpace(s), "\n")
	if len(ls) > n {
		ls = ls[:n]
	}
	return strings.Join(ls, "\n")
}

// writeFacts writes the paragraph on the price of facts: the floor with a
// fact type against the floor and oauthvet, per corpus.
func (r *report) writeFacts(w func(string, ...any)) {
	var rows []string
	for _, c := range r.corpora {
		f, ff, o := c.results["floor"], c.results["floorfacts"], c.results["oauthvet"]
		if f == nil || ff == nil || o == nil || !f.ok() || !ff.ok() || !o.ok() {
			continue
		}
		rows = append(rows, fmt.Sprintf("| %s | %.2f× wall, %.2f× CPU, %.2f× RSS | %.2f× wall, %.2f× CPU, %.2f× RSS |",
			c.name, ff.wall()/f.wall(), ff.cpu()/f.cpu(), ff.rss()/f.rss(), o.wall()/f.wall(), o.cpu()/f.cpu(), o.rss()/f.rss()))
	}
	if len(rows) == 0 {
		return
	}
	w("**The price of facts.** oauthmodel has facts (helpers that return authorization URLs or send grant types). A go/analysis driver built on the x/tools checker pays for any fact type by loading every dependency, the standard library included, from source and running the analyzer on each: the floor's no-op analyzer with a fact type declared shows that price. oauthvet's driver keeps the facts and not the price: dependencies come from export data, the fact analyzers run on the analysed packages and the main module's packages they import, in dependency order, and facts stay where they were exported (see internal/driver). Under go vet -vettool, facts cross every package and go vet caches them (see the vet-mode table).\n\n")
	w("| corpus | floor with a fact type ÷ floor | oauthvet ÷ floor |\n|---|---|---|\n")
	for _, row := range rows {
		w("%s\n", row)
	}
	w("\n")
}
