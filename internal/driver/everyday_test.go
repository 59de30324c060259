package driver

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/internal/rules"
)

func TestVersionLine(t *testing.T) {
	for _, tc := range []struct {
		name string
		bi   *debug.BuildInfo
		want string
		sarf string // version(): what SARIF shows
	}{
		{"no build information", nil, "oauthvet (devel)", ""},
		{"go install ...@v0.2.0", &debug.BuildInfo{Main: debug.Module{Path: ModulePath, Version: "v0.2.0"}}, "oauthvet v0.2.0", "v0.2.0"},
		{"pseudo-version", &debug.BuildInfo{Main: debug.Module{Path: ModulePath, Version: "v0.2.1-0.20260101000000-abcdefabcdef"}},
			"oauthvet v0.2.1-0.20260101000000-abcdefabcdef", "v0.2.1-0.20260101000000-abcdefabcdef"},
		{"work tree", &debug.BuildInfo{Main: debug.Module{Path: ModulePath, Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "true"},
		}}, "oauthvet (devel) commit 0123456789ab with local changes", ""},
		{"linked into another program", &debug.BuildInfo{Main: debug.Module{Path: "example.com/tool", Version: "v1.0.0"}, Deps: []*debug.Module{
			{Path: "golang.org/x/tools", Version: "v0.52.0"}, {Path: ModulePath, Version: "v0.3.0"},
		}}, "oauthvet v0.3.0", "v0.3.0"},
		{"replaced dependency", &debug.BuildInfo{Main: debug.Module{Path: "example.com/tool"}, Deps: []*debug.Module{
			{Path: ModulePath, Version: "v0.3.0", Replace: &debug.Module{Path: "../oauthvet"}},
		}}, "oauthvet v0.3.0", "v0.3.0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, versionLine(tc.bi))
			require.Equal(t, tc.sarf, moduleVersion(tc.bi))
		})
	}
}

func TestShape(t *testing.T) {
	// Renaming variables keeps the shape; the API and literals do not.
	a := shape(`	u := conf.AuthCodeURL("state") // comment`)
	require.Equal(t, `_ := _ . AuthCodeURL ( "state" )`, a)
	require.Equal(t, a, shape(`loginURL:=cfg.AuthCodeURL( "state" )`))
	require.NotEqual(t, a, shape(`u := conf.AuthCodeURL("other")`))
	require.NotEqual(t, a, shape(`u := conf.PasswordCredentialsToken("state")`))
	require.Equal(t, "", shape("   // only a comment"))
	require.Equal(t, "", shape(""))
	require.Equal(t, `_ ( nil , true )`, shape(`f(nil, true)`))
	// A line that does not scan still has a shape, and no panic.
	require.NotEmpty(t, shape("x := `unterminated"))
}

func entries(t *testing.T, root string, findings ...*finding) []baselineEntry {
	t.Helper()
	fp := &fingerprinter{root: root, lines: make(map[string][]string)}
	var out []baselineEntry
	for _, f := range findings {
		out = append(out, fp.entry(f))
	}
	return out
}

func at(file string, line int, rule string) *finding {
	f := &finding{rule: rule, message: rule + " problem: evidence; fix"}
	f.posn.Filename, f.posn.Line = file, line
	return f
}

func TestMatchBaseline(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.go")
	write := func(src string) {
		require.NoError(t, os.WriteFile(file, []byte(src), 0o644))
	}
	write(`package a

func f() {
	u := conf.AuthCodeURL("state")
	fmt.Println(u)
}

func g() {
	v := conf.AuthCodeURL("state")
	fmt.Println(v)
}
`)
	base := entries(t, dir, at(file, 4, "pkce"), at(file, 9, "pkce"))
	require.Equal(t, "a.go", base[0].File)
	require.Equal(t, "pkce problem", base[0].Message)
	// Two identical lines: only their context and line tell them apart.
	require.Equal(t, base[0].Shape, base[1].Shape)

	// Unchanged: both known, none stale.
	known, stale := matchBaseline(base, entries(t, dir, at(file, 4, "pkce"), at(file, 9, "pkce")))
	require.Equal(t, []bool{true, true}, known)
	require.Empty(t, stale)

	// Another rule on the same line is new.
	known, _ = matchBaseline(base, entries(t, dir, at(file, 4, "challengemethod")))
	require.Equal(t, []bool{false}, known)

	// A third identical finding is new, the first two known.
	write(`package a

func f() {
	u := conf.AuthCodeURL("state")
	fmt.Println(u)
}

func g() {
	v := conf.AuthCodeURL("state")
	fmt.Println(v)
}

func h() {
	w := conf.AuthCodeURL("state")
	fmt.Println(w)
}
`)
	known, stale = matchBaseline(base, entries(t, dir, at(file, 4, "pkce"), at(file, 9, "pkce"), at(file, 14, "pkce")))
	require.Equal(t, []bool{true, true, false}, known)
	require.Empty(t, stale)

	// A changed line whose context changed too is new; its entry stale.
	write(`package a

func f() {
	u := conf.AuthCodeURL(makeState(), oauth2.AccessTypeOffline)
	if err := browser.OpenURL(u); err != nil {
}
`)
	known, stale = matchBaseline(base, entries(t, dir, at(file, 4, "pkce")))
	require.Equal(t, []bool{false}, known)
	require.Len(t, stale, 2)

	// A changed line in unchanged context is the same finding.
	write(`package a

func f() {
	u := conf.AuthCodeURL("state", oauth2.AccessTypeOffline)
	fmt.Println(u)
}
`)
	known, stale = matchBaseline(base, entries(t, dir, at(file, 4, "pkce")))
	require.Equal(t, []bool{true}, known)
	require.Len(t, stale, 1)
}

func TestBaselineFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "b.json")
	in := []baselineEntry{
		{Rule: "pkce", File: "b.go", Line: 9, Code: "1", Shape: "2", Context: "3"},
		{Rule: "passwordgrant", File: "a.go", Line: 3, Code: "4", Shape: "5", Context: "6"},
	}
	require.NoError(t, writeBaseline(file, in))
	b, err := readBaseline(file)
	require.NoError(t, err)
	require.Equal(t, []baselineEntry{in[1], in[0]}, b.Findings, "sorted by file")

	require.NoError(t, writeBaseline(file, nil))
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	require.Contains(t, string(data), `"findings": []`)

	require.NoError(t, os.WriteFile(file, []byte(`{"version": 7, "findings": []}`), 0o644))
	_, err = readBaseline(file)
	require.ErrorContains(t, err, "baseline version 7")
	require.NoError(t, os.WriteFile(file, []byte(`not json`), 0o644))
	_, err = readBaseline(file)
	require.ErrorContains(t, err, "not a baseline")
}

func TestParseConfig(t *testing.T) {
	known := []string{"implicitgrant", "passwordgrant", "pkce"}
	c, err := parseConfig("c.yml", []byte(`
# comment
passwordgrant-trusted: [example.com/a, "example.com/b/..."]
pkce-confidential: true
disable:
  - implicitgrant
`), known)
	require.NoError(t, err)
	require.Equal(t, map[string]string{"passwordgrant.trusted": "example.com/a,example.com/b/...", "pkce.confidential": "true"}, c.flags)
	require.Equal(t, []string{"implicitgrant"}, c.disable)
	require.Equal(t, 3, c.lines["passwordgrant.trusted"])

	for _, src := range []string{"", "# nothing\n", "---\n"} {
		c, err := parseConfig("c.yml", []byte(src), known)
		require.NoError(t, err, "%q", src)
		require.Empty(t, c.flags)
	}

	for _, tc := range []struct{ src, want string }{
		{"- pkce\n", "c.yml:1: want a map of settings (passwordgrant-trusted, pkce-confidential, disable"},
		{"pkce-confidential: 1\n", `c.yml:1: pkce-confidential: want true or false, not 1`},
		{"pkce-confidential:\n", `c.yml:1: pkce-confidential: want true or false, not nothing`},
		{"passwordgrant-trusted: [a, [b]]\n", `c.yml:1: passwordgrant-trusted: want a list of strings, not a list holding a list`},
		{"passwordgrant-trusted: [\"a,b\"]\n", `c.yml:1: passwordgrant-trusted: "a,b": write one item per list entry, without commas`},
		{"\n\ndisable: pkce\n", `c.yml:3: disable: want a list of rules ([pkce, ...]), not "pkce"`},
		{"disable: [ignoredirective]\n", `c.yml:1: disable: unknown rule "ignoredirective" (rules: implicitgrant, passwordgrant, pkce)`},
		{"x: [\n", "c.yml:1: "},
	} {
		_, err := parseConfig("c.yml", []byte(tc.src), known)
		require.Error(t, err, "%q", tc.src)
		require.True(t, strings.HasPrefix(err.Error(), tc.want), "%q: got %q, want %q", tc.src, err, tc.want)
	}
}

// TestConfigSettingsTable: every setting of the table is a flag of its
// rule's analyzer, and a new table entry is accepted by the file with no
// other change.
func TestConfigSettingsTable(t *testing.T) {
	a := &analysis.Analyzer{Name: "newrule", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	var allowed string
	a.Flags.StringVar(&allowed, "allowed", "", "")
	s := &rules.Setting{Key: "newrule-allowed", Rule: "newrule", Flag: "allowed", List: true}
	rules.Settings = append(rules.Settings, s)
	defer func() { rules.Settings = rules.Settings[:len(rules.Settings)-1] }()

	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/m\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ConfigName), []byte("newrule-allowed: [x, y]\ndisable: [newrule]\n"), 0o644))
	sub := filepath.Join(dir, "sub", "dir")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	found, err := findConfig(sub)
	require.NoError(t, err)
	require.Equal(t, filepath.Join(dir, ConfigName), found)

	d := &driver{dir: sub}
	fs, _, enabled := d.flags([]*analysis.Analyzer{a})
	require.NoError(t, fs.Parse(nil))
	require.NoError(t, d.loadConfig("", fs, []*analysis.Analyzer{a}, enabled))
	require.Equal(t, "x,y", allowed)
	require.Equal(t, setFalse, *enabled[a])

	// The command line wins.
	allowed = ""
	d = &driver{dir: sub}
	fs, _, enabled = d.flags([]*analysis.Analyzer{a})
	require.NoError(t, fs.Parse([]string{"-newrule.allowed=z", "-newrule"}))
	require.NoError(t, d.loadConfig("", fs, []*analysis.Analyzer{a}, enabled))
	require.Equal(t, "z", allowed)
	require.Equal(t, setTrue, *enabled[a])
}

// TestREADMEConfigExample: the .oauthvet.yml that README.md shows is valid,
// and sets what its comments say.
func TestREADMEConfigExample(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	readme := string(data)
	i := strings.Index(readme, "```yaml\n# .oauthvet.yml\n")
	require.GreaterOrEqual(t, i, 0, "README.md shows no .oauthvet.yml")
	block := readme[i+len("```yaml\n"):]
	block = block[:strings.Index(block, "```")]
	var known []string
	for _, r := range rules.All {
		known = append(known, r.ID)
	}
	c, err := parseConfig("README.md", []byte(block), known)
	require.NoError(t, err)
	require.Equal(t, map[string]string{
		"passwordgrant.trusted": "example.com/app/auth,example.com/tools/...",
		"pkce.confidential":     "false",
	}, c.flags)
	require.Equal(t, []string{"challengemethod"}, c.disable)
	// Every key of the table is documented.
	for _, k := range rules.SettingKeys() {
		require.Contains(t, readme, "| `"+k+"` |", "README.md's configuration table lacks %s", k)
	}
}
