package oauthvet_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/oauthvet/oauthvet"
	"github.com/oauthvet/oauthvet/passes/passwordgrant"
	"github.com/oauthvet/oauthvet/passes/pkce"
)

// settings turns a JSON object into the value golangci-lint hands a module
// plugin: the section as decoded from .golangci.yml (map[string]any, []any).
func settings(t *testing.T, js string) any {
	t.Helper()
	var v any
	require.NoError(t, json.Unmarshal([]byte(js), &v))
	return v
}

func build(t *testing.T, conf any) []*analysis.Analyzer {
	t.Helper()
	p, err := oauthvet.New(conf)
	require.NoError(t, err)
	require.Equal(t, register.LoadModeTypesInfo, p.GetLoadMode())
	as, err := p.BuildAnalyzers()
	require.NoError(t, err)
	return as
}

func names(as []*analysis.Analyzer) []string {
	var ns []string
	for _, a := range as {
		ns = append(ns, a.Name)
	}
	return ns
}

func byName(t *testing.T, as []*analysis.Analyzer, name string) *analysis.Analyzer {
	t.Helper()
	for _, a := range as {
		if a.Name == name {
			return a
		}
	}
	t.Fatalf("no analyzer %q in %v", name, names(as))
	return nil
}

func flag(t *testing.T, a *analysis.Analyzer, name string) string {
	t.Helper()
	f := a.Flags.Lookup(name)
	require.NotNil(t, f, "%s has no flag %s", a.Name, name)
	return f.Value.String()
}

// reaches reports whether target is a or one of its (transitive)
// requirements.
func reaches(a, target *analysis.Analyzer) bool {
	if a == target {
		return true
	}
	for _, r := range a.Requires {
		if reaches(r, target) {
			return true
		}
	}
	return false
}

func TestPluginRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("oauthvet")
	require.NoError(t, err)
	p, err := newPlugin(nil)
	require.NoError(t, err)
	as, err := p.BuildAnalyzers()
	require.NoError(t, err)
	require.NotEmpty(t, as)
}

// TestPluginDefaults: no settings (nil, as when the section is absent, or
// empty) gives every rule of Analyzers, configured as the command's
// defaults, in fresh instances that share nothing with the analyzers the
// command's flags configure.
func TestPluginDefaults(t *testing.T) {
	for _, conf := range []any{nil, map[string]any{}} {
		as := build(t, conf)
		require.Equal(t, names(oauthvet.Analyzers()), names(as))
		require.Equal(t, "", flag(t, byName(t, as, "passwordgrant"), "trusted"))
		require.Equal(t, "false", flag(t, byName(t, as, "pkce"), "confidential"))
		for _, a := range as {
			require.False(t, reaches(a, passwordgrant.Analyzer), "%s uses the shared passwordgrant.Analyzer", a.Name)
			require.False(t, reaches(a, pkce.Analyzer), "%s uses the shared pkce.Analyzer", a.Name)
		}
		// ignoredirective judges directives by the plugin's own rules.
		id := byName(t, as, "ignoredirective")
		require.True(t, reaches(id, byName(t, as, "passwordgrant")))
		require.True(t, reaches(id, byName(t, as, "pkce")))
	}
}

// TestPluginConfigExample: .golangci-plugin.yml, the configuration users
// copy, shows every setting.
func TestPluginConfigExample(t *testing.T) {
	data, err := os.ReadFile(".golangci-plugin.yml")
	require.NoError(t, err)
	require.Equal(t, []string{"passwordgrant-trusted", "pkce-confidential", "disable"}, oauthvet.SettingNames())
	for _, name := range oauthvet.SettingNames() {
		require.Regexp(t, `(?m)^          `+regexp.QuoteMeta(name)+`: `, string(data), "setting %s is not in .golangci-plugin.yml", name)
	}
	require.Contains(t, string(data), "type: module")
	require.Contains(t, string(data), "- oauthvet")
}

func TestPluginSettings(t *testing.T) {
	as := build(t, settings(t, `{
		"passwordgrant-trusted": ["example.com/app/auth", "example.com/tools/..."],
		"pkce-confidential": true
	}`))
	pg, pk := byName(t, as, "passwordgrant"), byName(t, as, "pkce")
	require.Equal(t, "example.com/app/auth,example.com/tools/...", flag(t, pg, "trusted"))
	require.Equal(t, "true", flag(t, pk, "confidential"))

	// Two configurations in one process do not share flags, and the
	// command's analyzers keep theirs.
	other := build(t, nil)
	require.Equal(t, "", flag(t, byName(t, other, "passwordgrant"), "trusted"))
	require.Equal(t, "false", flag(t, byName(t, other, "pkce"), "confidential"))
	require.Equal(t, "example.com/app/auth,example.com/tools/...", flag(t, pg, "trusted"))
	require.Equal(t, "", flag(t, passwordgrant.Analyzer, "trusted"))
	require.Equal(t, "false", flag(t, pkce.Analyzer, "confidential"))

	// The settings act as the flags do: on the rules' own fixtures.
	testdata := filepath.Join("testdata")
	as = build(t, settings(t, `{"passwordgrant-trusted": ["example.com/fixtures/passwordgrant/trusted/..."]}`))
	results := analysistest.Run(t, testdata, byName(t, as, "passwordgrant"), "./passwordgrant/trusted/...")
	require.Len(t, results, 2) // the trusted helper and the command that calls it
	for _, r := range results {
		require.Empty(t, r.Diagnostics, r.Pass.Pkg.Path())
	}

	// The fixture's message names the flag, as under go vet; the
	// plugin's names the golangci-lint setting instead, and that is the
	// only difference.
	as = build(t, settings(t, `{"pkce-confidential": true}`))
	rec := &recorder{}
	results = analysistest.Run(rec, testdata, byName(t, as, "pkce"), "./pkce/confidential")
	require.Len(t, results, 1)
	require.Len(t, results[0].Diagnostics, 1)
	msg := results[0].Diagnostics[0].Message
	require.Contains(t, msg, "the configuration asks for PKCE in every client (golangci-lint setting pkce-confidential);")
	require.NotContains(t, msg, "-pkce.confidential")
	require.NotEmpty(t, rec.errors)
	for _, e := range rec.errors {
		require.Contains(t, e, `\(-pkce.confidential\)`, "the only mismatch is the setting's name")
	}
}

// TestPluginMessages: the plugin's messages name its settings, never the
// command's flags; the command's analyzers name the flags.
func TestPluginMessages(t *testing.T) {
	as := build(t, nil)
	rec := &recorder{}
	results := analysistest.Run(rec, "testdata", byName(t, as, "passwordgrant"), "./passwordgrant/ropc")
	var n int
	for _, r := range results {
		for _, d := range r.Diagnostics {
			n++
			require.Contains(t, d.Message, "list it as trusted (golangci-lint setting passwordgrant-trusted)")
			require.NotContains(t, d.Message, "-passwordgrant.trusted")
		}
	}
	require.NotZero(t, n)
	results = analysistest.Run(t, "testdata", passwordgrant.Analyzer, "./passwordgrant/ropc")
	require.Contains(t, results[0].Diagnostics[0].Message, "list it as trusted (-passwordgrant.trusted)")
}

// recorder is an analysistest.Testing that keeps the mismatches.
type recorder struct{ errors []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func TestPluginDisable(t *testing.T) {
	as := build(t, settings(t, `{"disable": ["pkce", "challengemethod"]}`))
	all := names(oauthvet.Analyzers())
	var want []string
	for _, n := range all {
		if n != "pkce" && n != "challengemethod" {
			want = append(want, n)
		}
	}
	require.Equal(t, want, names(as))
	// A disabled rule still runs, unreported, for ignoredirective, as
	// under the command's -pkce=false: its directives are not stale.
	var pk *analysis.Analyzer
	for _, r := range byName(t, as, "ignoredirective").Requires {
		if r.Name == "pkce" {
			pk = r
		}
	}
	require.NotNil(t, pk, "ignoredirective does not run the disabled pkce rule")
	require.NotSame(t, pkce.Analyzer, pk)
}

func TestPluginErrors(t *testing.T) {
	for _, tc := range []struct {
		name, settings string
		want           []string // substrings of the error
	}{
		{"unknown key", `{"pkce-confidental": true}`,
			[]string{`unknown field "pkce-confidental"`, "passwordgrant-trusted, pkce-confidential, disable"}},
		{"command-line spelling", `{"passwordgrant.trusted": ["example.com/x"]}`,
			[]string{`unknown field "passwordgrant.trusted"`}},
		{"wrong type", `{"pkce-confidential": "yes"}`,
			[]string{"pkce-confidential"}},
		{"pattern list as a string", `{"passwordgrant-trusted": "example.com/x"}`,
			[]string{"passwordgrant-trusted"}},
		{"file system path as a pattern", `{"passwordgrant-trusted": ["./internal/..."]}`,
			[]string{"passwordgrant-trusted", `invalid package pattern "./internal/..."`}},
		{"bad character in a pattern", `{"passwordgrant-trusted": ["example.com/a b"]}`,
			[]string{"passwordgrant-trusted", `invalid package pattern "example.com/a b"`}},
		{"unknown rule", `{"disable": ["pkce", "nosuchrule"]}`,
			[]string{`disable: unknown rule "nosuchrule"`, "implicitgrant, passwordgrant, pkce, challengemethod, "}},
		{"every rule", allDisabled(t),
			[]string{"disable the oauthvet linter instead"}},
		{"not an object", `["pkce"]`,
			[]string{"decoding settings"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := oauthvet.New(settings(t, tc.settings))
			require.Error(t, err)
			require.True(t, p == nil, "New returned %#v with its error", p)
			for _, w := range tc.want {
				require.ErrorContains(t, err, w)
			}
		})
	}
}

func allDisabled(t *testing.T) string {
	b, err := json.Marshal(map[string]any{"disable": names(oauthvet.Analyzers())})
	require.NoError(t, err)
	return string(b)
}
