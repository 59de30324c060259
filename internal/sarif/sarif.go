// Package sarif writes oauthvet's findings as a SARIF 2.1.0 log, the format
// GitHub code scanning and other SARIF consumers read.
//
// The log is built from small hand-written structs rather than a SARIF
// library: oauthvet needs a dozen of the format's objects, wants full
// control over which optional properties appear (and so over
// byte-for-byte reproducible output), and keeps its dependency set, which
// every user of the analyzers inherits, to golang.org/x/tools.
// (github.com/owenrumney/go-sarif/v3, the maintained Go library, would
// bring in a JSON schema validator, a UUID library and their
// dependencies.)
//
// What the log holds:
//   - tool.driver: name, version, informationUri and one rule per
//     oauthvet rule, from internal/rules (descriptions, help text and
//     Markdown with the RFC references and the reported/instead examples,
//     the documentation URL, the default level, and properties: tags with
//     CWE references, GitHub's security-severity, precision);
//   - one result per finding: rule, level, message, the location as a URI
//     relative to %SRCROOT% (the main module's directory) with a region in
//     UTF-16 columns (run.columnKind), and a partial fingerprint that does
//     not change when the finding's line moves;
//   - run.originalUriBaseIds: where %SRCROOT% is on this machine;
//   - run.invocations: whether the run was complete, with one
//     notification per error (a package that did not load, say).
//
// Results are sorted by file, line, column and rule, so that two runs on
// the same code write identical bytes.
package sarif

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/oauthvet/oauthvet/internal/rules"
)

// Schema is the $schema of the log: the SARIF 2.1.0 schema, as published
// by SchemaStore (the address GitHub's documentation and most tools use).
const Schema = "https://json.schemastore.org/sarif-2.1.0.json"

// InformationURI is oauthvet's home page.
const InformationURI = "https://github.com/oauthvet/oauthvet"

// SrcRoot is the uriBaseId of every location inside the root directory.
const SrcRoot = "%SRCROOT%"

// FingerprintKey names oauthvet's partial fingerprint: a hash of the rule,
// the file's path relative to the root and the text of the reported line
// (trimmed), then ":N" for its N-th occurrence in the file. Moving code up
// or down keeps it; editing the reported line changes it.
const FingerprintKey = "oauthvetLineHash/v1"

// A Finding is one diagnostic, as the driver has it.
type Finding struct {
	RuleID string
	// File is the absolute path of the file. Line and Column (1-based,
	// Column in bytes, as go/token counts) locate the start, EndLine and
	// EndColumn the first character after the end; EndLine 0 means the
	// finding is a point.
	File                             string
	Line, Column, EndLine, EndColumn int
	Message                          string
	// Level overrides the rule's level ("note" for a finding reported at
	// lower severity); "" keeps it.
	Level string
}

// An ExtraRule describes an analyzer that is not in internal/rules (one
// that another program adds to the suite, say), so that its findings
// still have a rule.
type ExtraRule struct {
	ID, Doc, URL string
}

// Options say how to build the log.
type Options struct {
	// Root is the absolute directory that %SRCROOT% stands for.
	Root string
	// Version is the tool's module version ("v1.2.3"), or "" or "devel"
	// for a build from a work tree.
	Version string
	// Extra lists rules for analyzers not in internal/rules.
	Extra []ExtraRule
	// Errors are the errors of the run, one line each; any makes the
	// invocation unsuccessful.
	Errors []string
	// ReadFile reads a source file (default os.ReadFile).
	ReadFile func(string) ([]byte, error)
}

// Log is a SARIF log (SARIF §3.13).
type Log struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []Run  `json:"runs"`
}

// Run is one run of the tool (§3.14).
type Run struct {
	Tool               Tool                        `json:"tool"`
	Invocations        []Invocation                `json:"invocations"`
	OriginalURIBaseIDs map[string]ArtifactLocation `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                      `json:"columnKind"`
	Results            []Result                    `json:"results"`
}

// Tool describes oauthvet (§3.18).
type Tool struct {
	Driver ToolComponent `json:"driver"`
}

// ToolComponent is the tool's driver (§3.19).
type ToolComponent struct {
	Name            string                `json:"name"`
	Version         string                `json:"version"`
	SemanticVersion string                `json:"semanticVersion,omitempty"`
	InformationURI  string                `json:"informationUri"`
	Rules           []ReportingDescriptor `json:"rules"`
}

// ReportingDescriptor is a rule (§3.49).
type ReportingDescriptor struct {
	ID                   string                  `json:"id"`
	Name                 string                  `json:"name,omitempty"`
	ShortDescription     *Message                `json:"shortDescription,omitempty"`
	FullDescription      *Message                `json:"fullDescription,omitempty"`
	Help                 *Message                `json:"help,omitempty"`
	HelpURI              string                  `json:"helpUri,omitempty"`
	DefaultConfiguration *ReportingConfiguration `json:"defaultConfiguration,omitempty"`
	Properties           *RuleProperties         `json:"properties,omitempty"`
}

// ReportingConfiguration is a rule's default configuration (§3.50).
type ReportingConfiguration struct {
	Level string `json:"level"`
}

// RuleProperties is a rule's property bag, with the properties GitHub code
// scanning reads.
type RuleProperties struct {
	Tags             []string `json:"tags,omitempty"`
	Precision        string   `json:"precision,omitempty"`
	SecuritySeverity string   `json:"security-severity,omitempty"`
}

// Message is a message or a multiformat message string (§3.11, §3.12).
type Message struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

// Invocation records whether the run was complete (§3.20).
type Invocation struct {
	ExecutionSuccessful        bool           `json:"executionSuccessful"`
	ToolExecutionNotifications []Notification `json:"toolExecutionNotifications,omitempty"`
}

// Notification is an error of the run (§3.58).
type Notification struct {
	Level   string  `json:"level"`
	Message Message `json:"message"`
}

// Result is a finding (§3.27).
type Result struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             Message           `json:"message"`
	Locations           []Location        `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
}

// Location is where a finding is (§3.28).
type Location struct {
	PhysicalLocation PhysicalLocation `json:"physicalLocation"`
}

// PhysicalLocation is a region of a file (§3.29).
type PhysicalLocation struct {
	ArtifactLocation ArtifactLocation `json:"artifactLocation"`
	Region           *Region          `json:"region,omitempty"`
}

// ArtifactLocation is a file, relative to a base URI or absolute (§3.4).
type ArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// Region is a range of lines and columns, the end column exclusive
// (§3.30).
type Region struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// Level is the SARIF level of a rule severity.
func Level(severity string) string {
	switch severity {
	case "error", "warning", "note":
		return severity
	}
	return "warning"
}

// Rules returns the reporting descriptors of oauthvet's rules, in the order
// of internal/rules, then the extra ones.
func Rules(extra []ExtraRule) []ReportingDescriptor {
	var out []ReportingDescriptor
	for _, r := range rules.All {
		out = append(out, descriptor(r))
	}
	for _, e := range extra {
		if rules.Lookup(e.ID) != nil {
			continue
		}
		title, _, _ := strings.Cut(e.Doc, "\n")
		d := ReportingDescriptor{
			ID:                   e.ID,
			ShortDescription:     &Message{Text: title},
			HelpURI:              e.URL,
			DefaultConfiguration: &ReportingConfiguration{Level: "warning"},
		}
		if e.Doc != "" {
			d.FullDescription = &Message{Text: e.Doc}
			d.Help = &Message{Text: e.Doc}
		}
		out = append(out, d)
	}
	return out
}

func descriptor(r *rules.Rule) ReportingDescriptor {
	meta := rules.SARIF[r.ID]
	var tags []string
	if meta.Security {
		tags = append(tags, "security")
	}
	tags = append(tags, "oauth")
	for _, n := range meta.CWE {
		// The tag form CodeQL uses, which GitHub shows as "CWE-n".
		tags = append(tags, fmt.Sprintf("external/cwe/cwe-%d", n))
	}
	tags = append(tags, meta.Tags...)
	props := &RuleProperties{Tags: tags, Precision: meta.Precision}
	if meta.Security {
		props.SecuritySeverity = meta.SecuritySeverity
	}
	return ReportingDescriptor{
		ID:                   r.ID,
		Name:                 meta.Name,
		ShortDescription:     &Message{Text: sentence(r.Title)},
		FullDescription:      &Message{Text: unwrap(r.Text)},
		Help:                 &Message{Text: r.Explain(), Markdown: helpMarkdown(r)},
		HelpURI:              r.URL(),
		DefaultConfiguration: &ReportingConfiguration{Level: Level(r.Severity)},
		Properties:           props,
	}
}

// helpMarkdown is the rule's documentation as in README.md, with its
// specification and a link.
func helpMarkdown(r *rules.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** (%s)\n\n%s", r.Title, r.Severity, r.DocMarkdown())
	if len(r.RFC) > 0 {
		fmt.Fprintf(&b, "\nSpecification: %s.\n", strings.Join(r.RFC, ", "))
	}
	fmt.Fprintf(&b, "\n[Documentation](%s)\n", r.URL())
	return b.String()
}

// sentence capitalises a title and ends it with a period, as SARIF wants
// descriptions to be complete sentences.
func sentence(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	s = strings.ToUpper(string(r)) + s[n:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

func unwrap(s string) string { return strings.ReplaceAll(s, "\n", " ") }

// Build makes the log of findings.
func Build(findings []Finding, opts Options) *Log {
	readFile := opts.ReadFile
	if readFile == nil {
		readFile = os.ReadFile
	}
	// A module version without its "v", as SARIF wants versions to start
	// with a digit; it is then a semantic version too.
	version := strings.TrimPrefix(opts.Version, "v")
	var semver string
	switch {
	case version == "":
		version = "devel"
	case version[0] >= '0' && version[0] <= '9':
		semver = version
	}
	descriptors := Rules(opts.Extra)
	index := make(map[string]int, len(descriptors))
	for i, d := range descriptors {
		index[d.ID] = i
	}

	files := &fileCache{read: readFile, lines: make(map[string][]string)}
	type located struct {
		Result
		uri         string
		line, col   int
		endLine     int
		endCol      int
		fingerprint string
	}
	var results []located
	for _, f := range findings {
		i, ok := index[f.RuleID]
		if !ok {
			// An analyzer that is neither a rule nor an extra rule:
			// give it a rule of its own rather than lose the finding.
			descriptors = append(descriptors, ReportingDescriptor{
				ID:                   f.RuleID,
				DefaultConfiguration: &ReportingConfiguration{Level: "warning"},
			})
			i = len(descriptors) - 1
			index[f.RuleID] = i
		}
		level := "warning"
		if dc := descriptors[i].DefaultConfiguration; dc != nil {
			level = dc.Level
		}
		if f.Level != "" {
			level = f.Level
		}
		loc, rel := artifact(opts.Root, f.File)
		region := &Region{StartLine: max(f.Line, 1)}
		if f.Column > 0 {
			region.StartColumn = files.utf16Column(f.File, f.Line, f.Column)
		}
		if f.EndLine > 0 && (f.EndLine > f.Line || f.EndLine == f.Line && f.EndColumn > f.Column) {
			region.EndLine = f.EndLine
			if f.EndColumn > 0 {
				region.EndColumn = files.utf16Column(f.File, f.EndLine, f.EndColumn)
			}
		}
		text := files.line(f.File, f.Line)
		sum := sha256.Sum256([]byte(f.RuleID + "\x00" + rel + "\x00" + strings.TrimSpace(text)))
		results = append(results, located{
			Result: Result{
				RuleID:    f.RuleID,
				RuleIndex: i,
				Level:     level,
				Message:   Message{Text: f.Message},
				Locations: []Location{{PhysicalLocation: PhysicalLocation{ArtifactLocation: loc, Region: region}}},
			},
			uri:         loc.URIBaseID + loc.URI,
			line:        f.Line,
			col:         f.Column,
			endLine:     f.EndLine,
			endCol:      f.EndColumn,
			fingerprint: hex.EncodeToString(sum[:16]),
		})
	}
	slices.SortFunc(results, func(a, b located) int {
		return cmp.Or(
			cmp.Compare(a.uri, b.uri),
			cmp.Compare(a.line, b.line),
			cmp.Compare(a.col, b.col),
			cmp.Compare(a.RuleID, b.RuleID),
			cmp.Compare(a.endLine, b.endLine),
			cmp.Compare(a.endCol, b.endCol),
			cmp.Compare(a.Message.Text, b.Message.Text),
		)
	})
	// Number identical fingerprints in order of appearance, so that two
	// findings of one rule on identical lines of a file stay distinct.
	seen := make(map[string]int)
	out := make([]Result, 0, len(results))
	for _, r := range results {
		seen[r.fingerprint]++
		r.PartialFingerprints = map[string]string{FingerprintKey: fmt.Sprintf("%s:%d", r.fingerprint, seen[r.fingerprint])}
		out = append(out, r.Result)
	}

	inv := Invocation{ExecutionSuccessful: len(opts.Errors) == 0}
	for _, e := range opts.Errors {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications,
			Notification{Level: "error", Message: Message{Text: e}})
	}
	run := Run{
		Tool: Tool{Driver: ToolComponent{
			Name:            "oauthvet",
			Version:         version,
			SemanticVersion: semver,
			InformationURI:  InformationURI,
			Rules:           descriptors,
		}},
		Invocations: []Invocation{inv},
		ColumnKind:  "utf16CodeUnits",
		Results:     out,
	}
	if opts.Root != "" {
		run.OriginalURIBaseIDs = map[string]ArtifactLocation{SrcRoot: {URI: fileURI(opts.Root, true)}}
	}
	return &Log{Schema: Schema, Version: "2.1.0", Runs: []Run{run}}
}

// Write writes the log as indented JSON, ending with a newline.
func (l *Log) Write(w io.Writer) error {
	data, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// artifact locates file: relative to root when it is inside, else by its
// absolute file URI. rel is the slash path used in fingerprints.
func artifact(root, file string) (loc ArtifactLocation, rel string) {
	if root != "" {
		if r, err := filepath.Rel(root, file); err == nil && filepath.IsLocal(r) {
			rel = filepath.ToSlash(r)
			return ArtifactLocation{URI: escapePath(rel), URIBaseID: SrcRoot}, rel
		}
	}
	return ArtifactLocation{URI: fileURI(file, false)}, filepath.ToSlash(file)
}

// fileURI is the file: URI of an absolute path, with a final slash for a
// directory.
func fileURI(path string, dir bool) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x → /C:/x
	}
	if dir && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return "file://" + escapePath(p)
}

// escapePath percent-encodes each segment of a slash path.
func escapePath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}

// fileCache reads each source file once, for the text of reported lines.
type fileCache struct {
	read  func(string) ([]byte, error)
	lines map[string][]string
}

// line returns line n (1-based) of file without its newline, or "".
func (c *fileCache) line(file string, n int) string {
	lines, ok := c.lines[file]
	if !ok {
		if data, err := c.read(file); err == nil {
			lines = strings.Split(string(data), "\n")
		}
		c.lines[file] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSuffix(lines[n-1], "\r")
}

// utf16Column converts a 1-based byte column of line n to a 1-based column
// in UTF-16 code units. Without the file, the byte column stands.
func (c *fileCache) utf16Column(file string, n, col int) int {
	text := c.line(file, n)
	if text == "" || col-1 > len(text) {
		return col
	}
	units := 0
	for _, r := range text[:col-1] {
		units += utf16.RuneLen(r)
	}
	return units + 1
}
