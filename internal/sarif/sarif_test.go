package sarif

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/oauthvet/oauthvet/internal/rules"
)

func TestRuleMetadata(t *testing.T) {
	pascal := regexp.MustCompile(`^[A-Z][A-Za-z0-9]+$`)
	for _, r := range rules.All {
		meta, ok := rules.SARIF[r.ID]
		require.True(t, ok, "rule %s has no SARIF metadata in internal/rules/sarif.go", r.ID)
		require.Regexp(t, pascal, meta.Name, r.ID)
		require.NotEqual(t, strings.ToLower(r.ID), strings.ToLower(meta.Name), "%s: SARIF wants a name different from the id", r.ID)
		require.Contains(t, []string{"very-high", "high", "medium", "low"}, meta.Precision, r.ID)
		if meta.Security {
			score, err := strconv.ParseFloat(meta.SecuritySeverity, 64)
			require.NoError(t, err, r.ID)
			require.True(t, score > 0 && score <= 10, "%s: security-severity %v", r.ID, score)
		} else {
			require.Empty(t, meta.SecuritySeverity, r.ID)
			require.Empty(t, meta.CWE, r.ID)
		}
		require.Contains(t, []string{"error", "warning"}, r.Severity, r.ID)
	}
	for id := range rules.SARIF {
		require.NotNil(t, rules.Lookup(id), "SARIF metadata for unknown rule %s", id)
	}
}

func build(t *testing.T, files map[string]string, findings ...Finding) *Log {
	t.Helper()
	read := func(name string) ([]byte, error) {
		src, ok := files[name]
		if !ok {
			return nil, errNotFound
		}
		return []byte(src), nil
	}
	return Build(findings, Options{Root: "/src", Version: "v1.2.3", ReadFile: read})
}

type notFound struct{}

func (notFound) Error() string { return "not found" }

var errNotFound = notFound{}

func fingerprint(r Result) string { return r.PartialFingerprints[FingerprintKey] }

func TestFingerprints(t *testing.T) {
	const line = "\turl := conf.AuthCodeURL(state)\n"
	before := build(t, map[string]string{"/src/a/main.go": "package main\n" + line},
		Finding{RuleID: "pkce", File: "/src/a/main.go", Line: 2, Column: 9, Message: "m"})
	// The same line, moved down and reindented.
	moved := build(t, map[string]string{"/src/a/main.go": "package main\n\n// comment\n\n  " + strings.TrimLeft(line, "\t")},
		Finding{RuleID: "pkce", File: "/src/a/main.go", Line: 5, Column: 10, Message: "m"})
	edited := build(t, map[string]string{"/src/a/main.go": "package main\n\turl := conf.AuthCodeURL(st)\n"},
		Finding{RuleID: "pkce", File: "/src/a/main.go", Line: 2, Column: 9, Message: "m"})
	otherRule := build(t, map[string]string{"/src/a/main.go": "package main\n" + line},
		Finding{RuleID: "implicitgrant", File: "/src/a/main.go", Line: 2, Column: 9, Message: "m"})

	fp := fingerprint(before.Runs[0].Results[0])
	require.Regexp(t, `^[0-9a-f]{32}:1$`, fp)
	require.Equal(t, fp, fingerprint(moved.Runs[0].Results[0]), "moving a line keeps its fingerprint")
	require.NotEqual(t, fp, fingerprint(edited.Runs[0].Results[0]))
	require.NotEqual(t, fp, fingerprint(otherRule.Runs[0].Results[0]))

	// Two identical lines: the same hash, numbered in order.
	twice := build(t, map[string]string{"/src/a/main.go": "package main\n" + line + line},
		Finding{RuleID: "pkce", File: "/src/a/main.go", Line: 3, Column: 9, Message: "m"},
		Finding{RuleID: "pkce", File: "/src/a/main.go", Line: 2, Column: 9, Message: "m"})
	res := twice.Runs[0].Results
	require.Equal(t, 2, res[0].Locations[0].PhysicalLocation.Region.StartLine)
	require.Equal(t, fp, fingerprint(res[0]))
	require.Equal(t, strings.TrimSuffix(fp, ":1")+":2", fingerprint(res[1]))
}

func TestRegionColumnsInUTF16(t *testing.T) {
	// "é" is 2 bytes and 1 UTF-16 unit, "𝄞" 4 bytes and 2 units.
	src := "package main\nvar s = \"é𝄞\" + x\n"
	col := strings.Index("var s = \"é𝄞\" + x", "x") + 1 // byte column of x: 20
	log := build(t, map[string]string{"/src/m.go": src},
		Finding{RuleID: "pkce", File: "/src/m.go", Line: 2, Column: col, EndLine: 2, EndColumn: col + 1, Message: "m"})
	region := log.Runs[0].Results[0].Locations[0].PhysicalLocation.Region
	require.Equal(t, &Region{StartLine: 2, StartColumn: 17, EndLine: 2, EndColumn: 18}, region)
}

func TestLocations(t *testing.T) {
	log := build(t, nil,
		Finding{RuleID: "pkce", File: "/src/dir with space/b.go", Line: 3, Column: 1, Message: "m"},
		Finding{RuleID: "pkce", File: "/elsewhere/c.go", Line: 1, Column: 1, Message: "m"},
		Finding{RuleID: "pkce", File: "/src/a.go", Line: 9, Column: 2, Message: "m"},
		Finding{RuleID: "implicitgrant", File: "/src/a.go", Line: 9, Column: 2, Message: "m"},
		Finding{RuleID: "nosuchrule", File: "/src/a.go", Line: 1, Column: 1, Message: "m"},
	)
	run := log.Runs[0]
	require.Equal(t, "file:///src/", run.OriginalURIBaseIDs[SrcRoot].URI)
	var got []string
	for _, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation
		got = append(got, loc.ArtifactLocation.URIBaseID+" "+loc.ArtifactLocation.URI+" "+strconv.Itoa(loc.Region.StartLine)+" "+r.RuleID)
		require.Equal(t, r.RuleID, run.Tool.Driver.Rules[r.RuleIndex].ID)
	}
	require.Equal(t, []string{
		"%SRCROOT% a.go 1 nosuchrule",
		"%SRCROOT% a.go 9 implicitgrant",
		"%SRCROOT% a.go 9 pkce",
		"%SRCROOT% dir%20with%20space/b.go 3 pkce",
		" file:///elsewhere/c.go 1 pkce",
	}, got)
	require.Equal(t, "1.2.3", run.Tool.Driver.Version)
	require.Equal(t, "1.2.3", run.Tool.Driver.SemanticVersion)
	require.True(t, run.Invocations[0].ExecutionSuccessful)
}

func TestErrorsAndEmptyRun(t *testing.T) {
	log := Build(nil, Options{Root: "/src", Errors: []string{"a.go:1:2: broken"}})
	var buf bytes.Buffer
	require.NoError(t, log.Write(&buf))
	var doc map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &doc))
	run := doc["runs"].([]any)[0].(map[string]any)
	require.Equal(t, []any{}, run["results"], "results is an empty list, not null")
	inv := run["invocations"].([]any)[0].(map[string]any)
	require.Equal(t, false, inv["executionSuccessful"])
	require.Equal(t, "devel", log.Runs[0].Tool.Driver.Version)
	require.Empty(t, log.Runs[0].Tool.Driver.SemanticVersion)
}

// TestLevels: a result has its rule's level unless the finding names
// another (a finding reported at lower severity is a note).
func TestLevels(t *testing.T) {
	log := build(t, nil,
		Finding{RuleID: "oauthstate", File: "/src/a.go", Line: 1, Column: 1, Message: "constant OAuth state"},
		Finding{RuleID: "oauthstate", File: "/src/a.go", Line: 2, Column: 1, Message: "constant OAuth state (low severity: ...)", Level: "note"},
		Finding{RuleID: "ignoredirective", File: "/src/a.go", Line: 3, Column: 1, Message: "stale directive"},
	)
	var got []string
	for _, r := range log.Runs[0].Results {
		got = append(got, r.RuleID+" "+r.Level)
	}
	require.Equal(t, []string{"oauthstate error", "oauthstate note", "ignoredirective warning"}, got)
}
