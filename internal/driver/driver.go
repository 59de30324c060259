// Package driver is oauthvet's standalone command line: it loads the
// packages named on the command line, runs the analyzers on them and
// prints the findings as text, JSON or SARIF, or applies their suggested
// fixes. (Under go vet -vettool, cmd/oauthvet hands the command line to
// the x/tools unitchecker instead; see IsVetTool.)
//
// It differs from the x/tools multichecker in how it loads: only the named
// packages and the main module's packages they import come from source,
// other dependencies' types from export data, and the fact-producing
// analyzers run on those packages and on the few dependencies that can
// hold OAuth flows, type-checked from source when reached (see rootView,
// moduleHelpers, selectDependencies, execute). Facts flow from a module's
// helpers, and from an SDK in another module, to the commands that call
// them.
package driver

import (
	"bytes"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/oauthvet/oauthvet/internal/rules"
	"github.com/oauthvet/oauthvet/internal/sarif"
	"github.com/oauthvet/oauthvet/passes/inventory"
)

// Exit codes.
const (
	ExitOK       = 0 // no findings (and, with -format=json, findings too)
	ExitError    = 1 // packages that do not load, analyzer errors, patterns matching nothing
	ExitUsage    = 2 // a bad command line
	ExitFindings = 3 // findings, with -format=text or -format=sarif
)

const progname = "oauthvet"

// Main runs the standalone oauthvet with the command-line arguments args
// (without the program name), in the current directory, and returns the
// exit code.
func Main(analyzers []*analysis.Analyzer, args []string, stdout, stderr io.Writer) (code int) {
	d := &driver{stdout: stdout, stderr: stderr}
	defer func() {
		// One line, not a stack trace. (The analyzers recover from their
		// own panics; see passes/internal/guard.)
		if r := recover(); r != nil {
			d.errorf("internal error: %s (please report it)", oneLine(fmt.Sprint(r)))
			code = ExitError
		}
	}()
	return d.main(analyzers, args)
}

type driver struct {
	stdout, stderr io.Writer
	dir            string // where to load packages; "" for the current directory

	format  string // text, json or sarif
	fix     bool
	diff    bool
	tests   bool
	context int

	config        string // -config: the configuration file; "" to look for .oauthvet.yml
	cache         string // -cache: off, or the run cache's directory ("": the user cache directory)
	baseline      string // -baseline: report only findings not in this file
	writeBaseline string // -write-baseline: write the findings to this file
	version       bool

	recording bool       // the run is recorded in the run cache
	inputs    *runInputs // its inputs, when it loaded without errors

	// The package cache's hits and misses in the last analysis (tests).
	pkgHits, pkgMisses int

	sums *sumMemo // the content hashes of the files this run read

	goDirsOut []string // see goDirs
	goDirsErr error
	inventory bool // -inventory: list the flows instead of reporting findings

	fset *flag.FlagSet // the driver's own flags, for the run cache's key
}

// usageError is a bad command line.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }

func (d *driver) errorf(format string, args ...any) {
	fmt.Fprintf(d.stderr, "%s: %s\n", progname, fmt.Sprintf(format, args...))
}

func (d *driver) main(analyzers []*analysis.Analyzer, args []string) int {
	fs, explain, enabled := d.flags(analyzers)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			d.usage(fs, d.stdout)
			return ExitOK
		}
		return d.badUsage(err)
	}
	patterns := fs.Args()
	if d.version {
		fmt.Fprintln(d.stdout, versionLine(readBuildInfo()))
		return ExitOK
	}

	// oauthvet help [RULE], as the x/tools drivers have it.
	if len(patterns) > 0 && patterns[0] == "help" && !explain.set {
		if len(patterns) == 1 {
			d.usage(fs, d.stdout)
			return ExitOK
		}
		explain.set = true
		patterns = patterns[1:]
	}
	if explain.set {
		return d.explain(append(explain.rules, patterns...))
	}

	if err := d.checkFlags(); err != nil {
		return d.badUsage(err)
	}
	// The configuration file, below the command line. A mistake in it is
	// a bad command line: nothing is analysed or written.
	if err := d.loadConfig(d.config, fs, analyzers, enabled); err != nil {
		d.errorf("%s", oneLine(err.Error()))
		return ExitUsage
	}
	if len(patterns) == 0 {
		return d.badUsage(errors.New("no packages to check (for the current module: oauthvet ./...)"))
	}
	analyzers = selectAnalyzers(analyzers, enabled)
	if len(analyzers) == 0 {
		return d.badUsage(errors.New("every rule is turned off"))
	}
	return d.run(analyzers, patterns)
}

func (d *driver) badUsage(err error) int {
	d.errorf("%s", oneLine(err.Error()))
	fmt.Fprintf(d.stderr, "run '%s -help' for usage\n", progname)
	return ExitUsage
}

// flags defines the command line: the driver's flags, then for each
// analyzer -NAME (turn it on or off) and its own flags as -NAME.flag,
// bound to the analyzer's flag values as under go vet.
func (d *driver) flags(analyzers []*analysis.Analyzer) (*flag.FlagSet, *explainFlag, map[*analysis.Analyzer]*triState) {
	fs := flag.NewFlagSet(progname, flag.ContinueOnError)
	d.fset = fs
	fs.SetOutput(io.Discard) // errors are printed by badUsage, on one line
	fs.Usage = func() {}

	d.format = "text"
	d.tests = true
	d.context = -1
	fs.Var((*formatFlag)(&d.format), "format", "output `format`: text (findings on stderr), json or sarif (on stdout)")
	fs.Var(jsonFlag{&d.format}, "json", "same as -format=json")
	explain := &explainFlag{}
	fs.Var(explain, "explain", "print the documentation of the rules named as arguments (all rules' names with no argument), and exit")
	fs.BoolVar(&d.fix, "fix", false, "apply the suggested fixes to the files, then report the findings that have none")
	fs.BoolVar(&d.diff, "diff", false, "print the suggested fixes as a unified diff on stdout instead of applying them")
	fs.BoolVar(&d.tests, "test", true, "also load the packages' tests (the rules do not report in _test.go files)")
	fs.IntVar(&d.context, "c", -1, "with -format=text, print each reported line with `N` lines of context")
	fs.StringVar(&d.config, "config", "", "read the settings from this `file` instead of the "+ConfigName+" found from the working directory up to the module root")
	fs.StringVar(&d.baseline, "baseline", "", "report only the findings that are not in this baseline `file`, and its stale entries")
	fs.StringVar(&d.writeBaseline, "write-baseline", "", "write the findings to this baseline `file` and exit 0")
	fs.BoolVar(&d.version, "version", false, "print oauthvet's version and exit")
	fs.StringVar(&d.cache, "cache", "", "`off` to analyse even when nothing changed since the last run; or the run cache's directory (default: oauthvet in the user cache directory)")
	fs.BoolVar(&d.inventory, "inventory", false, "list the OAuth flows and authorization servers (Markdown with a Mermaid decision tree; -format=json for JSON) and exit 0 unless loading failed")

	enabled := make(map[*analysis.Analyzer]*triState)
	for _, a := range analyzers {
		ts := new(triState)
		enabled[a] = ts
		if fs.Lookup(a.Name) != nil {
			continue // an analyzer named like a driver flag: no -NAME flags
		}
		fs.Var(ts, a.Name, fmt.Sprintf("enable the %s rule (-%s=false turns it off)", a.Name, a.Name))
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	return fs, explain, enabled
}

func (d *driver) checkFlags() error {
	if d.inventory {
		switch {
		case d.format == "sarif":
			return fmt.Errorf("-inventory prints Markdown, or JSON with -format=json, not SARIF")
		case d.fix || d.diff || d.baseline != "" || d.writeBaseline != "" || d.context >= 0:
			return fmt.Errorf("-inventory lists flows: it does not combine with -fix, -diff, -c, -baseline or -write-baseline")
		}
	}
	if (d.fix || d.diff) && d.format != "text" {
		return fmt.Errorf("-fix and -diff print no findings as %s: use them without -format=%s", d.format, d.format)
	}
	if d.context >= 0 && d.format != "text" {
		return fmt.Errorf("-c applies to -format=text only")
	}
	if d.writeBaseline != "" && (d.fix || d.diff) {
		return fmt.Errorf("-write-baseline records findings and -fix or -diff fixes them: use one at a time")
	}
	return nil
}

// selectAnalyzers applies the -NAME flags as the x/tools drivers do: if
// any -NAME is true, run only those; otherwise run all but those that are
// false.
func selectAnalyzers(analyzers []*analysis.Analyzer, enabled map[*analysis.Analyzer]*triState) []*analysis.Analyzer {
	var hasTrue bool
	for _, a := range analyzers {
		hasTrue = hasTrue || *enabled[a] == setTrue
	}
	var keep []*analysis.Analyzer
	for _, a := range analyzers {
		if hasTrue && *enabled[a] == setTrue || !hasTrue && *enabled[a] != setFalse {
			keep = append(keep, a)
		}
	}
	return keep
}

func (d *driver) usage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprintf(w, `%[1]s reports OAuth 2.0 misuse in Go packages.

Usage:
  %[1]s [flags] packages...                   check packages (as "go vet" names them: ./...)
  %[1]s -explain [RULE...]                    document a rule, or list the rules
  %[1]s -inventory [-format=json] packages... list the OAuth flows and servers, with the
                                              decision tree as a Mermaid chart (exit 0)
  go vet -vettool=$(command -v %[1]s) [flags] packages...

Settings are read from .oauthvet.yml, found from the working directory up
to the module root (see -config); flags win over it.

Exit status: 0 no findings, 3 findings (with -format=text or sarif),
1 an error (a package that does not load, a pattern that matches nothing),
2 a bad command line or configuration file. With -format=json the findings
are data: exit status 0 unless an error occurred.

Flags:
`, progname)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	fmt.Fprintf(w, "\nRules:\n")
	d.listRules(w)
}

func (d *driver) listRules(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, r := range rules.All {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", r.ID, r.Severity, r.Title)
	}
	tw.Flush()
}

// explain prints the documentation of the named rules, or lists them all.
func (d *driver) explain(names []string) int {
	if len(names) == 0 {
		d.listRules(d.stdout)
		fmt.Fprintf(d.stdout, "\nRun '%s -explain RULE' for a rule's documentation.\n", progname)
		return ExitOK
	}
	var rs []*rules.Rule
	for _, n := range names {
		r := rules.Lookup(n)
		if r == nil {
			d.errorf("unknown rule %q; the rules are %s", n, ruleIDs())
			return ExitError
		}
		rs = append(rs, r)
	}
	for i, r := range rs {
		if i > 0 {
			fmt.Fprintln(d.stdout)
		}
		fmt.Fprint(d.stdout, r.Explain())
	}
	return ExitOK
}

func ruleIDs() string {
	ids := make([]string, len(rules.All))
	for i, r := range rules.All {
		ids[i] = r.ID
	}
	return strings.Join(ids, ", ")
}

// run loads, analyses and reports; or, when nothing changed since a run
// with the same settings, prints what that run printed (see cache.go).
func (d *driver) run(analyzers []*analysis.Analyzer, patterns []string) int {
	if !d.cacheable() {
		return d.analyse(analyzers, patterns)
	}
	key, ok := d.runKey(analyzers, patterns)
	if !ok {
		return d.analyse(analyzers, patterns)
	}
	dir := d.cacheDir()
	if code, ok := d.replay(dir, key); ok {
		return code
	}
	var stdout, stderr bytes.Buffer
	w1, w2 := d.stdout, d.stderr
	d.stdout, d.stderr = io.MultiWriter(w1, &stdout), io.MultiWriter(w2, &stderr)
	d.recording = true
	code := d.analyse(analyzers, patterns)
	d.stdout, d.stderr, d.recording = w1, w2, false
	if (code == ExitOK || code == ExitFindings) && d.inputs != nil {
		d.record(dir, key, d.inputs, stdout.Bytes(), stderr.Bytes(), code)
	}
	d.inputs = nil
	return code
}

// analyse loads, analyses and reports.
func (d *driver) analyse(analyzers []*analysis.Analyzer, patterns []string) int {
	// (The run's packages need not outlive it; another run's, in the
	// same process, are found again under the lock.)
	defer completed.Clear()
	pkgs, err := load(d.dir, patterns, d.tests)
	if err != nil {
		d.errorf("%s", explainLoadError(oneLine(err.Error())))
		return ExitError
	}
	// Helpers of the main module that the named packages import are
	// analysed too, for their facts: load once more with them named.
	var report map[string]bool
	if helpers := moduleHelpers(pkgs); len(helpers) > 0 {
		report = make(map[string]bool, len(pkgs))
		for _, p := range pkgs {
			report[p.ID] = true
		}
		all, err := load(d.dir, append(slices.Clone(patterns), helpers...), d.tests)
		if err != nil {
			d.errorf("%s", explainLoadError(oneLine(err.Error())))
			return ExitError
		}
		pkgs = all
	}
	d.sums = new(sumMemo)
	if d.recording {
		d.inputs, _ = d.collectInputs(pkgs, patterns)
	}

	// Dependencies that can hold OAuth flows are analysed for their facts.
	sel := selectDependencies(pkgs)
	var deps []*packages.Package
	depIDs := make(map[string]*dependency, sel.len())
	for _, m := range []map[*packages.Package]bool{sel.static, sel.relay} {
		for p := range m {
			deps = append(deps, p)
			depIDs[p.ID] = &dependency{relay: sel.relay[p]}
		}
	}
	slices.SortFunc(deps, func(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) })
	if len(deps) > 0 && report == nil {
		report = make(map[string]bool, len(pkgs))
		for _, p := range pkgs {
			report[p.ID] = true
		}
	}

	// The view holds copies of the packages, which the executor
	// type-checks, analyses and lets go one after the other (see
	// check.go); the loaded packages keep only what was loaded, and get
	// the errors the type checker finds. The test packages are in the
	// view to be type-checked, not analysed (see productionPackages).
	view := rootView(pkgs, deps...)
	deps = nil
	var keep []*analysis.Analyzer
	if d.inventory {
		analyzers = append(slices.Clone(analyzers), inventory.Analyzer)
		keep = append(keep, inventory.Analyzer)
	}
	// The package cache: not with -inventory, whose rows are the
	// analyzers' results, which it does not keep.
	var pc *pkgCache
	if d.cacheable() && !d.inventory {
		salt, ok := d.pkgSalt(analyzers)
		dirs, err := d.goDirs()
		if ok && err == nil {
			pc = newPkgCache(d.cacheDir(), salt, analyzers, d.sums, slices.DeleteFunc(slices.Clone(dirs), func(s string) bool { return s == "" || s == "off" }))
		}
	}
	graph, err := executeWithDeps(analyzers, view, report, true, depIDs, pc, keep...)
	if err != nil {
		d.errorf("%s", oneLine(err.Error()))
		return ExitError
	}
	if pc != nil {
		d.pkgHits, d.pkgMisses = int(pc.hits.Load()), int(pc.misses.Load())
		if os.Getenv("OAUTHVET_CACHESTATS") != "" {
			// For the benchmark; straight to the process's stderr, so
			// that the run cache does not record it.
			fmt.Fprintf(os.Stderr, "oauthvet: package cache: %d of %d packages from the cache\n", d.pkgHits, len(graph.units)+len(graph.depUnits))
		}
	}
	view = nil
	errs := append(loadErrors(pkgs), actionErrors(graph)...)
	if len(errs) > 0 {
		d.inputs = nil // a run with errors is not replayed
	}
	findings := collect(graph)
	if d.inventory {
		return d.printInventory(graph, findings, errs)
	}

	if d.writeBaseline != "" {
		return d.saveBaseline(findings, errs)
	}
	var hidden map[findingKey]bool
	if d.baseline != "" {
		var err error
		findings, hidden, err = d.applyBaseline(analyzers, graph, findings)
		if err != nil {
			d.errorf("%s", oneLine(err.Error()))
			return ExitError
		}
	}

	switch {
	case d.fix || d.diff:
		return d.applyFixes(findings, errs)
	case d.format == "json":
		d.printErrors(errs)
		if err := writeJSON(d.stdout, graph, hidden); err != nil {
			d.errorf("%v", err)
			return ExitError
		}
		if len(errs) > 0 {
			return ExitError
		}
		return ExitOK
	case d.format == "sarif":
		d.printErrors(errs)
		log := sarif.Build(sarifFindings(findings), sarif.Options{
			Root:    d.srcRoot(),
			Version: version(),
			Extra:   extraRules(analyzers),
			Errors:  errs,
		})
		if err := log.Write(d.stdout); err != nil {
			d.errorf("%v", err)
			return ExitError
		}
	default:
		d.printErrors(errs)
		d.printText(findings)
	}
	return exitCode(errs, findings)
}

// productionPackages returns pkgs without the test packages (test
// variants, external tests and test mains). They are loaded, so that
// errors in _test.go files are reported, but not analysed: the rules
// report nothing in _test.go files, and a test variant's production files
// are its package's, which is analysed on its own and decides what is
// reported there (a test's imports are no evidence about production
// code). Analysing them again would double the analysis of every
// package with tests, for nothing.
func productionPackages(pkgs []*packages.Package) []*packages.Package {
	out := make([]*packages.Package, 0, len(pkgs))
	for _, p := range pkgs {
		if !isTestVariant(p) {
			out = append(out, p)
		}
	}
	return out
}

// exitCode: an error wins over findings, since it means the findings may
// be incomplete.
func exitCode(errs []string, findings []*finding) int {
	switch {
	case len(errs) > 0:
		return ExitError
	case len(findings) > 0:
		return ExitFindings
	}
	return ExitOK
}

// printErrors prints each error on one line on stderr: "file:line:col:
// message" when it has a position, "oauthvet: message" otherwise.
func (d *driver) printErrors(errs []string) {
	for _, e := range errs {
		if hasPosition(e) {
			fmt.Fprintln(d.stderr, e)
		} else {
			d.errorf("%s", e)
		}
	}
}

// hasPosition reports whether an error line starts with file:line.
func hasPosition(e string) bool {
	file, rest, ok := strings.Cut(e, ":")
	if !ok || file == "" || strings.ContainsAny(file, " \t") {
		return false
	}
	n, _, _ := strings.Cut(rest, ":")
	_, err := strconv.Atoi(n)
	return err == nil
}

// actionErrors returns the analysis errors in the graph, one line each.
// "failed prerequisites" only repeats an error that is already there.
func actionErrors(graph *execution) []string {
	var out []string
	seen := make(map[string]bool)
	for _, act := range graph.actions {
		if act.Err == nil || act.dependency || strings.HasPrefix(act.Err.Error(), "failed prerequisites") {
			continue
		}
		msg := oneLine(act.Err.Error())
		if !strings.Contains(msg, act.Analyzer.Name) {
			msg = fmt.Sprintf("%s on %s: %s", act.Analyzer.Name, act.Package.ID, msg)
		}
		if !seen[msg] {
			seen[msg] = true
			out = append(out, msg)
		}
	}
	slices.Sort(out)
	return out
}

// A finding is one diagnostic of a rule, with its position resolved.
type finding struct {
	rule     string
	posn     token.Position
	end      token.Position
	message  string
	fset     *token.FileSet
	diag     analysis.Diagnostic
	analyzer *analysis.Analyzer
}

// collect returns the diagnostics of the root actions, without the
// duplicates a file shared by a package and its test variant produces,
// sorted by file, line, column and rule. One position gets one finding of
// a rule: the production package's, when the test variant (which also
// sees the _test.go files) says something else there.
func collect(graph *execution) []*finding {
	type key struct {
		rule      string
		posn, end token.Position
		message   string
	}
	type posKey struct {
		rule      string
		posn, end token.Position
	}
	seen := make(map[key]bool)
	reporter := make(map[posKey]*action)
	roots := graph.Roots()
	slices.SortStableFunc(roots, func(a, b *action) int {
		return cmp.Compare(b2i(isTestVariant(a.Package)), b2i(isTestVariant(b.Package)))
	})
	var out []*finding
	for _, act := range roots {
		if act.Err != nil {
			continue
		}
		fset := act.Package.Fset
		for _, diag := range act.Diagnostics {
			f := &finding{
				rule:     act.Analyzer.Name,
				posn:     fset.Position(diag.Pos),
				end:      fset.Position(cmp.Or(diag.End, diag.Pos)),
				message:  rules.ForDriver(rules.Standalone, diag.Message),
				fset:     fset,
				diag:     diag,
				analyzer: act.Analyzer,
			}
			k := key{f.rule, f.posn, f.end, f.message}
			pk := posKey{f.rule, f.posn, f.end}
			if seen[k] || reporter[pk] != nil && reporter[pk] != act {
				continue
			}
			seen[k] = true
			reporter[pk] = act
			out = append(out, f)
		}
	}
	slices.SortFunc(out, compareFindings)
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func compareFindings(a, b *finding) int {
	return cmp.Or(
		cmp.Compare(a.posn.Filename, b.posn.Filename),
		cmp.Compare(a.posn.Line, b.posn.Line),
		cmp.Compare(a.posn.Column, b.posn.Column),
		cmp.Compare(a.rule, b.rule),
		cmp.Compare(a.end.Line, b.end.Line),
		cmp.Compare(a.end.Column, b.end.Column),
		cmp.Compare(a.message, b.message),
	)
}

// printText prints the findings on stderr as go vet does, "file:line:col:
// message", with the rule after it as staticcheck and golangci-lint do,
// "(pkce)"; then with -c=N the reported lines and N lines around them.
func (d *driver) printText(findings []*finding) {
	files := make(map[string][]string)
	for _, f := range findings {
		fmt.Fprintf(d.stderr, "%s: %s (%s)\n", f.posn, f.message, f.rule)
		if d.context < 0 {
			continue
		}
		lines, ok := files[f.posn.Filename]
		if !ok {
			data, _ := os.ReadFile(f.posn.Filename)
			lines = strings.Split(string(data), "\n")
			files[f.posn.Filename] = lines
		}
		end := f.end
		if !end.IsValid() || end.Line < f.posn.Line {
			end = f.posn
		}
		for i := f.posn.Line - d.context; i <= end.Line+d.context; i++ {
			if 1 <= i && i <= len(lines) {
				fmt.Fprintf(d.stderr, "%d\t%s\n", i, lines[i-1])
			}
		}
	}
}

func sarifFindings(findings []*finding) []sarif.Finding {
	out := make([]sarif.Finding, len(findings))
	for i, f := range findings {
		out[i] = sarif.Finding{
			RuleID:  f.rule,
			File:    f.posn.Filename,
			Line:    f.posn.Line,
			Column:  f.posn.Column,
			Message: f.message,
		}
		if rules.IsLow(f.diag.Category) {
			out[i].Level = "note"
		}
		if f.end.Filename == f.posn.Filename {
			out[i].EndLine, out[i].EndColumn = f.end.Line, f.end.Column
		}
	}
	return out
}

func extraRules(analyzers []*analysis.Analyzer) []sarif.ExtraRule {
	var out []sarif.ExtraRule
	for _, a := range analyzers {
		if rules.Lookup(a.Name) == nil {
			out = append(out, sarif.ExtraRule{ID: a.Name, Doc: a.Doc, URL: a.URL})
		}
	}
	return out
}

// srcRoot is the directory SARIF locations are relative to: the main
// module's directory (where go.mod is) for the current directory, or the
// current directory outside a module.
func (d *driver) srcRoot() string {
	dir := d.dir
	if dir == "" {
		var err error
		if dir, err = os.Getwd(); err != nil {
			return ""
		}
	}
	cmd := exec.Command("go", "env", "GOMOD")
	cmd.Dir = dir
	if out, err := cmd.Output(); err == nil {
		gomod := strings.TrimSpace(string(out))
		if gomod != "" && gomod != os.DevNull && filepath.IsAbs(gomod) {
			return filepath.Dir(gomod)
		}
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return dir
	}
	return abs
}

// version is oauthvet's module version, or "devel" for a build from a
// work tree.
func version() string {
	if v := moduleVersion(readBuildInfo()); v != "" {
		return v
	}
	return "devel"
}
