package e2e_test

// Tests of oauthvet -format=sarif: the log of the demo project against a
// golden file, its validation by Microsoft's SARIF validator (the
// @microsoft/sarif-multitool package from the npm registry, installed on
// first use into the user's cache directory), and byte-identical output
// from run to run.
//
// Update the golden file with
//
//	OAUTHVET_UPDATE_GOLDEN=1 go test ./analysistest -run TestSARIFGolden

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

const (
	sarifGolden = "testdata/sarif/demo.sarif.golden"
	// rootPlaceholder replaces the absolute URI of the module root, which
	// depends on the machine, in the golden file.
	rootPlaceholder = "file:///SRCROOT/"
	// multitoolVersion is the SARIF validator's version, pinned so that
	// its rules do not change under the test.
	multitoolVersion = "5.7.0"
)

// sarifLog is the part of a SARIF log the tests look at.
type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name    string `json:"name"`
				Version string `json:"version"`
				Rules   []struct {
					ID                   string `json:"id"`
					HelpURI              string `json:"helpUri"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
					Properties struct {
						Tags             []string `json:"tags"`
						SecuritySeverity string   `json:"security-severity"`
					} `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []struct {
			ExecutionSuccessful        bool `json:"executionSuccessful"`
			ToolExecutionNotifications []struct {
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		OriginalURIBaseIDs map[string]struct {
			URI string `json:"uri"`
		} `json:"originalUriBaseIds"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex int    `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine   int `json:"startLine"`
						StartColumn int `json:"startColumn"`
						EndLine     int `json:"endLine"`
						EndColumn   int `json:"endColumn"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
		} `json:"results"`
	} `json:"runs"`
}

// demoSARIF runs oauthvet -format=sarif on the demo project.
func demoSARIF(t *testing.T) result {
	t.Helper()
	r := run(t, oauthvet(t), "-format=sarif", "./demo/...")
	// Findings: exit code 3, as with text output.
	require.Equal(t, 3, r.code, "%s", r)
	require.Empty(t, r.stderr)
	return r
}

// rootURI is the file URI of the module root, as SARIF's
// originalUriBaseIds has it.
func rootURI() string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(root) + "/"}).String()
}

func TestSARIFGolden(t *testing.T) {
	t.Parallel()
	r := demoSARIF(t)

	var log sarifLog
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &log), "%s", r)
	require.Equal(t, "2.1.0", log.Version)
	require.Len(t, log.Runs, 1)
	run := log.Runs[0]
	require.Equal(t, "oauthvet", run.Tool.Driver.Name)
	require.Equal(t, "devel", run.Tool.Driver.Version, "a -buildvcs=false build from a work tree")
	require.Equal(t, rootURI(), run.OriginalURIBaseIDs["%SRCROOT%"].URI)
	require.Len(t, run.Invocations, 1)
	require.True(t, run.Invocations[0].ExecutionSuccessful)

	// Every rule is described, with a level, documentation and tags.
	var ids []string
	for _, rule := range run.Tool.Driver.Rules {
		ids = append(ids, rule.ID)
		require.NotEmpty(t, rule.DefaultConfiguration.Level, rule.ID)
		require.Contains(t, rule.HelpURI, "#"+rule.ID)
		require.Contains(t, rule.Properties.Tags, "oauth", rule.ID)
	}
	require.Subset(t, ids, []string{"implicitgrant", "passwordgrant", "pkce", "challengemethod"})

	// One result per demo finding, at its line, with a relative URI.
	require.Len(t, run.Results, len(defaultWants), "%s", r.stdout)
	for _, w := range defaultWants {
		line, n := w.line(t), 0
		for _, res := range run.Results {
			loc := res.Locations[0].PhysicalLocation
			if res.RuleID == w.rule && loc.ArtifactLocation.URI == w.file && loc.Region.StartLine == line && strings.Contains(res.Message.Text, w.message) {
				n++
				require.Equal(t, "%SRCROOT%", loc.ArtifactLocation.URIBaseID)
				require.Equal(t, w.rule, run.Tool.Driver.Rules[res.RuleIndex].ID, "ruleIndex")
				require.Equal(t, "error", res.Level)
				require.NotEmpty(t, res.PartialFingerprints)
				require.Positive(t, loc.Region.StartColumn)
				require.GreaterOrEqual(t, loc.Region.EndLine, loc.Region.StartLine)
			}
		}
		require.Equal(t, 1, n, "want one %s result at %s:%d", w.rule, w.file, line)
	}

	// The golden file, with the root's URI made machine-independent.
	got := strings.ReplaceAll(r.stdout, `"`+rootURI()+`"`, `"`+rootPlaceholder+`"`)
	require.NotContains(t, got, root, "no absolute path may remain")
	if os.Getenv("OAUTHVET_UPDATE_GOLDEN") == "1" {
		require.NoError(t, os.MkdirAll(filepath.Dir(sarifGolden), 0o755))
		require.NoError(t, os.WriteFile(sarifGolden, []byte(got), 0o644))
		t.Logf("updated %s", sarifGolden)
	}
	want, err := os.ReadFile(sarifGolden)
	require.NoError(t, err, "run with OAUTHVET_UPDATE_GOLDEN=1 to create it")
	require.Equal(t, string(want), got, "the SARIF output changed: if that is intended, run with OAUTHVET_UPDATE_GOLDEN=1")
}

// TestSARIFValidator validates the demo's SARIF log with Microsoft's SARIF
// validator (sarif-multitool validate), and fails on any error or warning
// but one: SARIF2005 asks for a numeric tool version, which a build from a
// work tree ("devel") does not have.
//
// It needs npm (the validator is installed from the npm registry into the
// user cache directory on first use) and fails without it.
func TestSARIFValidator(t *testing.T) {
	t.Parallel()
	r := demoSARIF(t)
	tool := sarifMultitool(t)
	dir := t.TempDir()

	file := filepath.Join(dir, "demo.sarif")
	require.NoError(t, os.WriteFile(file, []byte(r.stdout), 0o644))
	for _, res := range validateSARIF(t, tool, file) {
		switch {
		case res.Level == "error":
			t.Errorf("SARIF validator error %s: %s", res.RuleID, res.Message.Text)
		case res.Level == "warning" && res.RuleID == "SARIF2005" && strings.Contains(res.Message.Text, "'devel'"):
			// The version of a build from a work tree; a release has a
			// numeric one.
		case res.Level == "warning":
			t.Errorf("SARIF validator warning %s: %s", res.RuleID, res.Message.Text)
		}
	}

	// The validator skips, without a word, a file it cannot read into its
	// object model (an unknown enum value, say). Make sure it really
	// checks files of this shape: the same log with an invalid region
	// must fail.
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
	region := doc["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)["region"].(map[string]any)
	region["startLine"] = 0
	broken, err := json.MarshalIndent(doc, "", "  ")
	require.NoError(t, err)
	brokenFile := filepath.Join(dir, "broken.sarif")
	require.NoError(t, os.WriteFile(brokenFile, broken, 0o644))
	var caught []string
	for _, res := range validateSARIF(t, tool, brokenFile) {
		if res.Level == "error" {
			caught = append(caught, res.RuleID)
		}
	}
	// JSON1008: startLine below its minimum; SARIF1007: a region without
	// a start.
	require.Subset(t, caught, []string{"JSON1008", "SARIF1007"}, "the validator did not report startLine 0: it did not validate the log")
}

// validatorResult is a finding of the SARIF validator.
type validatorResult struct {
	RuleID  string `json:"ruleId"`
	Level   string `json:"level"`
	Message struct {
		Text string `json:"text"`
	} `json:"message"`
}

// validateSARIF runs the validator on file, logs what it prints and
// returns its findings (read from the SARIF log it writes).
func validateSARIF(t *testing.T, tool, file string) []validatorResult {
	t.Helper()
	out := strings.TrimSuffix(file, ".sarif") + ".validation.sarif"
	ctx, cancel := context.WithTimeout(t.Context(), commandTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, tool, "validate", file,
		"--output", out, "--log", "ForceOverwrite", "--level", "Error;Warning;Note")
	cmd.Env = append(os.Environ(), "DOTNET_CLI_TELEMETRY_OPTOUT=1")
	output, err := cmd.CombinedOutput()
	t.Logf("sarif-multitool validate %s:\n%s", filepath.Base(file), output)
	require.NoError(t, err, "the SARIF validator failed to run")

	data, err := os.ReadFile(out)
	require.NoError(t, err, "the SARIF validator wrote no report")
	var report struct {
		Runs []struct {
			Invocations []struct {
				ExecutionSuccessful        bool              `json:"executionSuccessful"`
				ToolExecutionNotifications []validatorResult `json:"toolExecutionNotifications"`
			} `json:"invocations"`
			Results []validatorResult `json:"results"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal(data, &report), "%s", data)
	require.Len(t, report.Runs, 1, "%s", data)
	for _, inv := range report.Runs[0].Invocations {
		require.True(t, inv.ExecutionSuccessful, "the SARIF validator did not run to completion: %+v", inv.ToolExecutionNotifications)
	}
	return report.Runs[0].Results
}

// sarifMultitool returns the path of the SARIF validator's executable,
// installing @microsoft/sarif-multitool with npm on first use into
// <user cache>/oauthvet/sarif-multitool-VERSION. The package is a
// self-contained .NET program: the platform package
// (@microsoft/sarif-multitool-linux, -darwin, -win32) holds the
// executable, which is run directly (the package's node wrapper runs it
// through a shell, which splits arguments at ';').
func sarifMultitool(t *testing.T) string {
	t.Helper()
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Fatalf("npm is not in PATH: the SARIF validator (@microsoft/sarif-multitool %s, from the npm registry) cannot be installed; install Node.js and npm (Debian: apt-get install nodejs npm): %v", multitoolVersion, err)
	}
	platform := map[string]string{"linux": "linux", "darwin": "darwin", "windows": "win32"}[runtime.GOOS]
	if platform == "" {
		t.Fatalf("@microsoft/sarif-multitool has no build for %s", runtime.GOOS)
	}
	exe := "Sarif.Multitool"
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	cache, err := os.UserCacheDir()
	require.NoError(t, err)
	dir := filepath.Join(cache, "oauthvet", "sarif-multitool-"+multitoolVersion)
	path := filepath.Join(dir, "node_modules", "@microsoft", "sarif-multitool-"+platform, exe)

	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		// Install beside dir, then rename: a concurrent test process
		// sees a complete installation or none.
		require.NoError(t, os.MkdirAll(filepath.Dir(dir), 0o755))
		tmp, err := os.MkdirTemp(filepath.Dir(dir), "install-")
		require.NoError(t, err)
		defer os.RemoveAll(tmp)
		ctx, cancel := context.WithTimeout(t.Context(), commandTimeout)
		defer cancel()
		cmd := exec.CommandContext(ctx, npm, "install", "--prefix", tmp, "--no-audit", "--no-fund",
			"@microsoft/sarif-multitool@"+multitoolVersion)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			t.Fatalf("npm install @microsoft/sarif-multitool@%s: %v\n%s", multitoolVersion, err, out.String())
		}
		t.Logf("installed @microsoft/sarif-multitool@%s into %s:\n%s", multitoolVersion, dir, out.String())
		if err := os.Rename(tmp, dir); err != nil {
			if _, statErr := os.Stat(path); statErr != nil {
				t.Fatalf("installing the SARIF validator into %s: %v", dir, err)
			}
		}
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("the SARIF validator is not where its npm package puts it: %v", err)
	}
	// npm does not always run the package's postinstall "chmod u+x".
	require.NoError(t, os.Chmod(path, 0o755))
	return path
}

// TestOutputDeterministic runs oauthvet twice in each format and requires
// byte-identical output.
func TestOutputDeterministic(t *testing.T) {
	t.Parallel()
	for _, format := range []string{"text", "json", "sarif"} {
		t.Run(format, func(t *testing.T) {
			t.Parallel()
			first := run(t, oauthvet(t), "-format="+format, "./demo/...")
			second := run(t, oauthvet(t), "-format="+format, "./demo/...")
			require.NotEmpty(t, first.stdout+first.stderr)
			require.Equal(t, first.stdout, second.stdout)
			require.Equal(t, first.stderr, second.stderr)
			require.Equal(t, first.code, second.code)
		})
	}
	t.Run("json alias", func(t *testing.T) {
		t.Parallel()
		alias := run(t, oauthvet(t), "-json", "./demo/...")
		format := run(t, oauthvet(t), "-format=json", "./demo/...")
		require.Equal(t, 0, alias.code, "%s", alias)
		require.Equal(t, format.stdout, alias.stdout)
	})
}

// TestSARIFLowSeverity: a finding the rule reports at lower severity (a
// constant state where an S256 challenge already stops login CSRF) is a
// SARIF note, the same rule's other findings keep the rule's level, and
// the JSON output's category says which is which.
func TestSARIFLowSeverity(t *testing.T) {
	t.Parallel()
	r := runIn(t, fixtures, oauthvet(t), "-cache=off", "-format=sarif", "./oauthstate/...")
	require.Equal(t, 3, r.code, "%s", r)
	var log sarifLog
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &log), "%s", r)
	levels := map[string]int{}
	for _, res := range log.Runs[0].Results {
		if res.RuleID != "oauthstate" {
			continue
		}
		low := strings.Contains(res.Message.Text, "(low severity:")
		if low {
			require.Equal(t, "note", res.Level, res.Message.Text)
		} else {
			require.Equal(t, "error", res.Level, res.Message.Text)
		}
		levels[res.Level]++
	}
	require.Positive(t, levels["note"], "%s", r.stdout)
	require.Positive(t, levels["error"], "%s", r.stdout)

	j := runIn(t, fixtures, oauthvet(t), "-cache=off", "-json", "./oauthstate/...")
	require.Contains(t, j.stdout, `"category": "oauthstate/low"`, "%s", j)
	require.Contains(t, j.stdout, `"category": "oauthstate"`, "%s", j)
}
