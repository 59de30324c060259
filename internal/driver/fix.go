package driver

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// An edit replaces the bytes [start, end) of file with text.
type edit struct {
	file       string
	size       int // the size of file when it was parsed
	start, end int
	text       string
}

// A fix is the first suggested fix of a finding, as edits.
type fix struct {
	finding *finding
	edits   []edit // sorted
	key     string // identifies identical fixes (a package and its test variant)
}

// applyFixes implements -fix and -diff: it merges the first suggested fix
// of each finding, skipping a fix that overlaps one already taken (unless
// it is identical) and fixes to generated files, formats the files and
// writes them (-fix) or prints the unified diff on stdout (-diff). The
// findings that remain (without a fix, or whose fix was skipped) are
// printed as text.
//
// Exit status: 1 if anything failed (including a skipped fix: run again),
// otherwise with -fix 3 if findings remain, with -diff 3 if there were any
// findings at all (nothing was changed), else 0.
func (d *driver) applyFixes(findings []*finding, errs []string) int {
	var fixes []*fix
	var remaining []*finding
	seen := make(map[string]bool)
	for _, f := range findings {
		fx, err := toFix(f)
		if err != nil {
			errs = append(errs, err.Error())
		}
		if fx == nil {
			remaining = append(remaining, f)
			continue
		}
		if seen[fx.key] {
			continue
		}
		seen[fx.key] = true
		fixes = append(fixes, fx)
	}
	slices.SortFunc(fixes, func(a, b *fix) int {
		return cmp.Or(
			cmp.Compare(a.edits[0].file, b.edits[0].file),
			cmp.Compare(a.edits[0].start, b.edits[0].start),
			compareFindings(a.finding, b.finding),
		)
	})

	content := make(map[string][]byte)
	generated := make(map[string]bool)
	readFile := func(e edit) ([]byte, error) {
		if data, ok := content[e.file]; ok {
			return data, nil
		}
		data, err := os.ReadFile(e.file)
		if err != nil {
			return nil, err
		}
		if e.size != len(data) {
			return nil, fmt.Errorf("%s changed since it was analysed; not fixing it", e.file)
		}
		content[e.file] = data
		generated[e.file] = isGenerated(e.file, data)
		return data, nil
	}

	accepted := make(map[string][]edit) // by file
	var skipped int
fixes:
	for _, fx := range fixes {
		for _, e := range fx.edits {
			data, err := readFile(e)
			if err != nil {
				errs = append(errs, err.Error())
				remaining = append(remaining, fx.finding)
				continue fixes
			}
			if generated[e.file] || e.end > len(data) {
				remaining = append(remaining, fx.finding)
				continue fixes
			}
			for _, prev := range accepted[e.file] {
				if conflict(prev, e) {
					skipped++
					remaining = append(remaining, fx.finding)
					continue fixes
				}
			}
		}
		for _, e := range fx.edits {
			if !slices.Contains(accepted[e.file], e) {
				accepted[e.file] = append(accepted[e.file], e)
			}
		}
	}

	for _, file := range slices.Sorted(maps.Keys(accepted)) {
		edits := accepted[file]
		slices.SortFunc(edits, func(a, b edit) int {
			return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end))
		})
		old := content[file]
		var b strings.Builder
		last := 0
		for _, e := range edits {
			b.Write(old[last:e.start])
			b.WriteString(e.text)
			last = e.end
		}
		b.Write(old[last:])
		fixed, err := format.Source([]byte(b.String()))
		if err != nil {
			errs = append(errs, fmt.Sprintf("%s: the suggested fixes do not give valid Go (%v); not applied", file, oneLine(err.Error())))
			continue
		}
		if d.diff {
			name := displayName(file)
			fmt.Fprint(d.stdout, unifiedDiff("a/"+name, "b/"+name, string(old), string(fixed)))
			continue
		}
		mode := os.FileMode(0o644)
		if fi, err := os.Stat(file); err == nil {
			mode = fi.Mode().Perm()
		}
		if err := os.WriteFile(file, fixed, mode); err != nil {
			errs = append(errs, err.Error())
		}
	}
	if skipped > 0 {
		errs = append(errs, fmt.Sprintf("%d of %d fixes overlap others and were not applied; run oauthvet -fix again", skipped, len(fixes)))
	}

	slices.SortFunc(remaining, compareFindings)
	remaining = slices.Compact(remaining)
	d.printErrors(errs)
	d.printText(remaining)
	switch {
	case len(errs) > 0:
		return ExitError
	case d.diff && len(findings) > 0, len(remaining) > 0:
		return ExitFindings
	}
	return ExitOK
}

// toFix converts the first suggested fix of f, if any, to edits.
func toFix(f *finding) (*fix, error) {
	if len(f.diag.SuggestedFixes) == 0 {
		return nil, nil
	}
	sf := f.diag.SuggestedFixes[0]
	if len(sf.TextEdits) == 0 {
		return nil, nil
	}
	fx := &fix{finding: f}
	for _, te := range sf.TextEdits {
		end := cmp.Or(te.End, te.Pos)
		start, stop := f.fset.Position(te.Pos), f.fset.Position(end)
		if !start.IsValid() || start.Filename != stop.Filename || stop.Offset < start.Offset {
			return nil, fmt.Errorf("%s: %s: invalid suggested fix %q", f.posn, f.rule, sf.Message)
		}
		fx.edits = append(fx.edits, edit{
			file:  start.Filename,
			size:  f.fset.File(te.Pos).Size(),
			start: start.Offset,
			end:   stop.Offset,
			text:  string(te.NewText),
		})
	}
	slices.SortFunc(fx.edits, func(a, b edit) int {
		return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end), cmp.Compare(a.text, b.text))
	})
	var key strings.Builder
	for _, e := range fx.edits {
		fmt.Fprintf(&key, "%s\x00%d\x00%d\x00%s\x00", e.file, e.start, e.end, e.text)
	}
	fx.key = key.String()
	return fx, nil
}

// conflict reports whether two edits of a file cannot both be applied:
// they overlap, or insert different text at the same place, or one inserts
// inside the other's replaced range. Identical edits do not conflict.
func conflict(a, b edit) bool {
	if a == b {
		return false
	}
	if a.start == a.end && b.start == b.end {
		return a.start == b.start
	}
	if a.start == a.end {
		return b.start < a.start && a.start < b.end
	}
	if b.start == b.end {
		return a.start < b.start && b.start < a.end
	}
	return a.start < b.end && b.start < a.end
}

// isGenerated reports whether a Go file says it is generated ("Code
// generated ... DO NOT EDIT.").
func isGenerated(name string, src []byte) bool {
	f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.PackageClauseOnly|parser.ParseComments)
	return err == nil && ast.IsGenerated(f)
}

// displayName is file relative to the current directory when it is inside
// it, in slash form, for diff headers that patch -p1 and git apply accept.
func displayName(file string) string {
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, file); err == nil && filepath.IsLocal(rel) {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(file)
}
