package driver

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A baseline is the findings a team has accepted for now: -baseline=FILE
// reports only the findings that are not in it, -write-baseline=FILE
// writes the current ones.
//
// An entry identifies its finding by the rule, the file (relative to the
// module root) and three fingerprints of the code, none of which holds a
// line number, so that edits elsewhere in the file and moved lines leave
// it matching:
//
//   - code: the reported line, with its spacing normalised;
//   - shape: the reported line's tokens with identifiers masked (names
//     after a dot kept: they are the API), which survives renaming a
//     variable;
//   - context: the shapes of the two non-blank lines above and below.
//
// Findings and entries of one rule in one file are paired in rounds, from
// the strictest match to the loosest (code and context, code, shape and
// context, shape, context: the reported line edited in place), each
// finding to the nearest unpaired entry, so that a new finding of the
// same rule next to an old one stays new. A finding whose line and
// surroundings both changed is new.
type baseline struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Rule    string `json:"rule"`
	File    string `json:"file"`    // slash path relative to the module root
	Line    int    `json:"line"`    // where it was when written: for people, and to break ties
	Message string `json:"message"` // the message's first clause, for people
	Code    string `json:"code"`
	Shape   string `json:"shape"`
	Context string `json:"context"`
}

const baselineVersion = 1

// fingerprinter computes entries, reading each file once.
type fingerprinter struct {
	root  string
	lines map[string][]string
}

func (fp *fingerprinter) entry(f *finding) baselineEntry {
	lines, ok := fp.lines[f.posn.Filename]
	if !ok {
		data, _ := os.ReadFile(f.posn.Filename)
		lines = strings.Split(string(data), "\n")
		fp.lines[f.posn.Filename] = lines
	}
	line := func(n int) string {
		if 1 <= n && n <= len(lines) {
			return lines[n-1]
		}
		return ""
	}
	text := line(f.posn.Line)
	var ctx []string
	for n, k := f.posn.Line-1, 0; n >= 1 && k < 2; n-- {
		if s := shape(line(n)); s != "" {
			ctx = append(ctx, s)
			k++
		}
	}
	ctx = append(ctx, "|")
	for n, k := f.posn.Line+1, 0; n <= len(lines) && k < 2; n++ {
		if s := shape(line(n)); s != "" {
			ctx = append(ctx, s)
			k++
		}
	}
	return baselineEntry{
		Rule:    f.rule,
		File:    fp.rel(f.posn.Filename),
		Line:    f.posn.Line,
		Message: head(f.message),
		Code:    hash(f.rule, strings.Join(strings.Fields(text), " ")),
		Shape:   hash(f.rule, shape(text)),
		Context: hash(f.rule, strings.Join(ctx, "\n")),
	}
}

func (fp *fingerprinter) rel(file string) string {
	if fp.root != "" {
		if rel, err := filepath.Rel(fp.root, file); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(file)
}

func hash(parts ...string) string {
	sum := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(sum[:8])
}

// shape is a line's Go tokens with identifiers masked, except those after
// a dot (selected fields and methods) and Go's predeclared constants;
// comments are dropped. A line that holds no token has no shape.
func shape(line string) string {
	var s scanner.Scanner
	fset := token.NewFileSet()
	src := []byte(line)
	s.Init(fset.AddFile("", -1, len(src)), src, func(token.Position, string) {}, 0)
	var b strings.Builder
	prev := token.ILLEGAL
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		if tok == token.SEMICOLON && lit == "\n" {
			continue // inserted at the end of the line
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		switch {
		case tok == token.IDENT && prev != token.PERIOD && lit != "nil" && lit != "true" && lit != "false":
			b.WriteByte('_')
		case lit != "":
			b.WriteString(lit)
		default:
			b.WriteString(tok.String())
		}
		prev = tok
	}
	return b.String()
}

// head is a message's first clause: up to the first ": " or "; ".
func head(msg string) string {
	i := len(msg)
	for _, sep := range []string{": ", "; "} {
		if j := strings.Index(msg, sep); j >= 0 && j < i {
			i = j
		}
	}
	return msg[:i]
}

func readBaseline(file string) (*baseline, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var b baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("%s: not a baseline: %v", file, err)
	}
	if b.Version != baselineVersion {
		return nil, fmt.Errorf("%s: baseline version %d, want %d (write it again with -write-baseline)", file, b.Version, baselineVersion)
	}
	return &b, nil
}

func writeBaseline(file string, entries []baselineEntry) error {
	entries = slices.Clone(entries)
	slices.SortStableFunc(entries, func(a, b baselineEntry) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Rule, b.Rule))
	})
	if entries == nil {
		entries = []baselineEntry{}
	}
	data, err := json.MarshalIndent(baseline{Version: baselineVersion, Findings: entries}, "", "\t")
	if err != nil {
		return err
	}
	return os.WriteFile(file, append(data, '\n'), 0o644)
}

// matchBaseline pairs the findings with the entries (see baseline). It
// returns, for each finding, whether it is in the baseline, and the
// entries that matched no finding.
func matchBaseline(entries []baselineEntry, current []baselineEntry) (known []bool, stale []baselineEntry) {
	known = make([]bool, len(current))
	used := make([]bool, len(entries))
	rounds := []func(e, c *baselineEntry) bool{
		func(e, c *baselineEntry) bool { return e.Code == c.Code && e.Context == c.Context },
		func(e, c *baselineEntry) bool { return e.Code == c.Code },
		func(e, c *baselineEntry) bool { return e.Shape == c.Shape && e.Context == c.Context },
		func(e, c *baselineEntry) bool { return e.Shape == c.Shape },
		func(e, c *baselineEntry) bool { return e.Context == c.Context },
	}
	for _, match := range rounds {
		for i := range current {
			if known[i] {
				continue
			}
			c := &current[i]
			best := -1
			for j := range entries {
				e := &entries[j]
				if used[j] || e.Rule != c.Rule || e.File != c.File || !match(e, c) {
					continue
				}
				if best < 0 || distance(e.Line, c.Line) < distance(entries[best].Line, c.Line) {
					best = j
				}
			}
			if best >= 0 {
				used[best], known[i] = true, true
			}
		}
	}
	for j, e := range entries {
		if !used[j] {
			stale = append(stale, e)
		}
	}
	return known, stale
}

func distance(a, b int) int {
	if a > b {
		return a - b
	}
	return b - a
}

// findingKey identifies a diagnostic in the JSON output, which is made
// from the actions, not from the findings.
type findingKey struct {
	rule       string
	file       string
	start, end int
	message    string // as the analyzer wrote it
}

func keyOf(f *finding) findingKey {
	return findingKey{f.rule, f.posn.Filename, f.posn.Offset, f.end.Offset, f.diag.Message}
}

// fingerprints returns the baseline entries of the findings, with files
// relative to root.
func fingerprints(root string, findings []*finding) []baselineEntry {
	fp := &fingerprinter{root: root, lines: make(map[string][]string)}
	out := make([]baselineEntry, len(findings))
	for i, f := range findings {
		out[i] = fp.entry(f)
	}
	return out
}

// saveBaseline is -write-baseline: the findings go to the file, unless an
// error means they may be incomplete.
func (d *driver) saveBaseline(findings []*finding, errs []string) int {
	d.printErrors(errs)
	if len(errs) > 0 {
		d.errorf("baseline %s not written: the findings may be incomplete", d.writeBaseline)
		return ExitError
	}
	if err := writeBaseline(d.writeBaseline, fingerprints(d.srcRoot(), findings)); err != nil {
		d.errorf("%v", err)
		return ExitError
	}
	d.errorf("wrote %d finding(s) to baseline %s", len(findings), d.writeBaseline)
	return ExitOK
}

// applyBaseline is -baseline: it returns the findings that are not in the
// baseline and the keys of those that are, and prints the stale entries:
// those of a rule that ran, in a file that was analysed, that match no
// finding any more.
func (d *driver) applyBaseline(analyzers []*analysis.Analyzer, graph *execution, findings []*finding) ([]*finding, map[findingKey]bool, error) {
	b, err := readBaseline(d.baseline)
	if err != nil {
		return nil, nil, err
	}
	root := d.srcRoot()
	current := fingerprints(root, findings)
	known, stale := matchBaseline(b.Findings, current)
	var out []*finding
	hidden := make(map[findingKey]bool)
	for i, f := range findings {
		if known[i] {
			hidden[keyOf(f)] = true
		} else {
			out = append(out, f)
		}
	}
	fp := &fingerprinter{root: root}
	analysed := make(map[string]bool)
	for _, act := range graph.Roots() {
		for _, file := range act.Package.CompiledGoFiles {
			analysed[fp.rel(file)] = true
		}
	}
	ran := make(map[string]bool)
	for _, a := range analyzers {
		ran[a.Name] = true
	}
	n := 0
	for _, e := range stale {
		if ran[e.Rule] && analysed[e.File] {
			n++
			d.errorf("baseline %s: stale entry: no %s finding %q in %s (was line %d)", d.baseline, e.Rule, e.Message, e.File, e.Line)
		}
	}
	if n > 0 {
		d.errorf("baseline %s: %d stale entr%s: run with -write-baseline=%s to drop %s", d.baseline, n, plural(n, "y", "ies"), d.baseline, plural(n, "it", "them"))
	}
	return out, hidden, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
