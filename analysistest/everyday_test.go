package e2e_test

// Everyday use of the command: the rule on every line, messages, the
// baseline, the configuration file, versions, and the output shape editors
// parse.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/oauthvet/oauthvet/internal/rules"
)

// ruleLine is a standalone text line: go vet's "file:line:col: message",
// then the rule.
var ruleLine = regexp.MustCompile(`^(.+\.go):(\d+):(\d+): (.+) \(([a-z]+)\)$`)

func ruleIDs() []string {
	var ids []string
	for _, r := range rules.All {
		ids = append(ids, r.ID)
	}
	return ids
}

// TestStandaloneRuleIDs: every text line ends with the rule that reported
// it, the one the suppression directive names, with and without -c.
func TestStandaloneRuleIDs(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"./demo/..."}, {"-c=1", "./demo/..."}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			t.Parallel()
			r := run(t, oauthvet(t), args...)
			require.Equal(t, 3, r.code, "%s", r)
			n := 0
			for _, line := range strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n") {
				if len(args) > 1 && regexp.MustCompile(`^\d+\t`).MatchString(line) {
					continue // a line of context
				}
				m := ruleLine.FindStringSubmatch(line)
				require.NotNil(t, m, "line without a rule: %q\n%s", line, r)
				require.Contains(t, ruleIDs(), m[5])
				f := findings(t, line)
				require.Len(t, f, 1)
				f[0].msg = strings.TrimSuffix(f[0].msg, " ("+m[5]+")")
				require.Equal(t, ruleAt(t, f[0]), m[5], "%s", line)
				n++
			}
			require.Equal(t, len(defaultWants), n, "%s", r)
		})
	}
}

// TestEditorOutputShape: the shapes editors and CI annotations parse.
// VS Code's Go extension and GoLand's external tools read go vet's
// "file:line:col: message" lines, with the file relative to the working
// directory; golangci-lint's own output is tested in golangci_test.go.
func TestEditorOutputShape(t *testing.T) {
	t.Parallel()
	vetLine := regexp.MustCompile(`^(demo/[a-z]+/[a-z]+\.go):(\d+):(\d+): \S`)
	v := vet(t, "./demo/...")
	n := 0
	sc := bufio.NewScanner(strings.NewReader(v.stderr))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "# ") {
			continue // go vet's package header
		}
		require.Regexp(t, vetLine, line, "%s", v)
		n++
	}
	require.Equal(t, len(defaultWants), n, "%s", v)

	// The standalone command prints absolute paths with the same shape.
	r := run(t, oauthvet(t), "./demo/...")
	for _, line := range strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n") {
		m := ruleLine.FindStringSubmatch(line)
		require.NotNil(t, m, "%q", line)
		require.True(t, filepath.IsAbs(m[1]), "%q", line)
	}
}

// TestMessages: every message of every fixture starts with the problem in
// a short clause (what a CI annotation shows), and names the way to
// configure a rule of its own driver only.
func TestMessages(t *testing.T) {
	t.Parallel()
	r := runIn(t, fixtures, oauthvet(t), "-pkce.confidential", "./...")
	v := runIn(t, fixtures, goCmd, "vet", "-vettool="+oauthvet(t), "-pkce.confidential", "./passwordgrant/ropc", "./pkce/confidential")
	n := 0
	for _, line := range strings.Split(r.stderr, "\n") {
		m := ruleLine.FindStringSubmatch(line)
		if m == nil {
			continue // the robust fixtures' type errors
		}
		n++
		msg := m[4]
		require.LessOrEqual(t, len(msgHead(msg)), 100, "the first clause is long:\n%s", line)
		// Lower case, but for an acronym (PKCE).
		first := strings.Fields(msg)[0]
		require.True(t, strings.ToLower(first[:1]) == first[:1] || strings.ToUpper(first) == first, "%s", line)
		require.NotContains(t, msg, "golangci", "%s", line)
		if strings.Contains(msg, "(-") {
			require.Regexp(t, `\(-[a-z]+\.[a-z]+, or [a-z]+-[a-z]+ in \.oauthvet\.yml\)`, msg)
		}
	}
	require.Greater(t, n, 40, "%s", r)
	require.Contains(t, r.stderr, "(-pkce.confidential, or pkce-confidential in .oauthvet.yml)")
	require.Contains(t, r.stderr, "(-passwordgrant.trusted, or passwordgrant-trusted in .oauthvet.yml)")
	// go vet: the flags, nothing else.
	require.NotContains(t, v.stderr, "golangci")
	require.NotContains(t, v.stderr, ".oauthvet.yml")
	require.Contains(t, v.stderr, "(-pkce.confidential)")
	require.Contains(t, v.stderr, "(-passwordgrant.trusted)")
}

// msgHead is a message's first clause: up to the first ": " or "; ".
func msgHead(msg string) string {
	i := len(msg)
	for _, sep := range []string{": ", "; "} {
		if j := strings.Index(msg, sep); j >= 0 && j < i {
			i = j
		}
	}
	return msg[:i]
}

// scratchModule is a copy of the fixture module's go.mod with one program,
// cli/main.go, holding src.
func scratchModule(t *testing.T, src string) string {
	t.Helper()
	oauthvet(t) // sets fixtures
	dir := copyFixture(t)
	writeFile(t, filepath.Join(dir, "cli", "main.go"), src)
	return dir
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
}

const baselineProgram = `package main

import (
	"context"
	"fmt"
	"os"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    os.Getenv("CLIENT_ID"),
	RedirectURL: "http://127.0.0.1:8085/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example/auth", TokenURL: "https://idp.example/token"},
}
%s
func login(ctx context.Context) (*oauth2.Token, error) {
	u := conf.AuthCodeURL("state")
	fmt.Println("open", u)
	var code string
	fmt.Scan(&code)
	return conf.Exchange(ctx, code)
}
%s
func main() {
	tok, err := login(context.Background())
	fmt.Println(tok.Expiry, err)
}
`

const passwordFunc = `
func password(ctx context.Context, user, pass string) (*oauth2.Token, error) {
	return conf.PasswordCredentialsToken(ctx, user, pass)
}
`

// lineOf is the line of the only occurrence of snippet in src.
func lineOf(t *testing.T, src, snippet string) int {
	t.Helper()
	require.Equal(t, 1, strings.Count(src, snippet), snippet)
	return strings.Count(src[:strings.Index(src, snippet)], "\n") + 1
}

// TestStandaloneBaseline adopts oauthvet on a program with two findings,
// then edits it: findings in the baseline stay quiet when code above them
// moves them and when a variable on their line is renamed, a new finding
// of the same rule in the same file is reported, and an entry whose
// finding is gone is reported as stale.
func TestStandaloneBaseline(t *testing.T) {
	t.Parallel()
	src := fmt.Sprintf(baselineProgram, "", passwordFunc)
	dir := scratchModule(t, src)
	oauthvet := oauthvet(t)
	main := filepath.Join(dir, "cli", "main.go")

	r := runIn(t, dir, oauthvet, "./...")
	require.Equal(t, 3, r.code, "%s", r)
	require.Len(t, findingsIn(t, dir, r.stderr), 2, "%s", r)

	// -write-baseline: the findings go to the file, exit 0.
	r = runIn(t, dir, oauthvet, "-write-baseline=oauthvet-baseline.json", "./...")
	require.Equal(t, 0, r.code, "%s", r)
	require.Equal(t, "oauthvet: wrote 2 finding(s) to baseline oauthvet-baseline.json\n", r.stderr)
	data, err := os.ReadFile(filepath.Join(dir, "oauthvet-baseline.json"))
	require.NoError(t, err)
	var b struct {
		Version  int
		Findings []struct{ Rule, File, Message string }
	}
	require.NoError(t, json.Unmarshal(data, &b), "%s", data)
	require.Len(t, b.Findings, 2)
	require.Equal(t, "cli/main.go", b.Findings[0].File, "paths relative to the module root")
	require.Equal(t, "pkce", b.Findings[0].Rule)
	require.Equal(t, "authorization code flow without PKCE in a command-line client", b.Findings[0].Message)

	quiet := func(t *testing.T, what string) {
		t.Helper()
		r := runIn(t, dir, oauthvet, "-baseline=oauthvet-baseline.json", "./...")
		require.Equal(t, 0, r.code, "%s: %s", what, r)
		require.Empty(t, r.stderr, "%s", what)
	}
	quiet(t, "unchanged")

	// Code above both findings moves them down.
	helper := `
// state returns the state parameter.
func state() string {
	return "state"
}
`
	src = fmt.Sprintf(baselineProgram, helper, passwordFunc)
	writeFile(t, main, src)
	quiet(t, "lines moved")

	// A variable on the reported line renamed (and where it is used).
	src = strings.Replace(src, "u := conf.AuthCodeURL", "loginURL := conf.AuthCodeURL", 1)
	src = strings.Replace(src, `fmt.Println("open", u)`, `fmt.Println("open", loginURL)`, 1)
	writeFile(t, main, src)
	quiet(t, "variable renamed")

	// A new finding of the same rule in the same file, next to the old.
	again := `
func relogin() {
	link := conf.AuthCodeURL("again")
	fmt.Println("open", link)
}
`
	src = strings.Replace(src, "\nfunc main() {", again+"\nfunc main() {", 1)
	writeFile(t, main, src)
	r = runIn(t, dir, oauthvet, "-baseline=oauthvet-baseline.json", "./...")
	require.Equal(t, 3, r.code, "%s", r)
	got := findingsIn(t, dir, r.stderr)
	require.Len(t, got, 1, "%s", r)
	require.Equal(t, lineOf(t, src, `link := conf.AuthCodeURL("again")`), got[0].line, "%s", r)
	require.True(t, strings.HasSuffix(got[0].msg, " (pkce)"), "%s", r)

	// The other formats hide the baseline's findings too.
	r = runIn(t, dir, oauthvet, "-baseline=oauthvet-baseline.json", "-json", "./...")
	require.Equal(t, 0, r.code, "%s", r)
	require.Equal(t, 1, strings.Count(r.stdout, `"posn"`), "%s", r)
	require.Contains(t, r.stdout, fmt.Sprintf("main.go:%d:", got[0].line))
	r = runIn(t, dir, oauthvet, "-baseline=oauthvet-baseline.json", "-format=sarif", "./...")
	require.Equal(t, 3, r.code, "%s", r)
	var log struct {
		Runs []struct{ Results []json.RawMessage }
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &log))
	require.Len(t, log.Runs[0].Results, 1, "%s", r)

	// The password grant is gone: its entry is stale, and said so.
	src = strings.Replace(src, passwordFunc, "", 1)
	writeFile(t, main, src)
	r = runIn(t, dir, oauthvet, "-baseline=oauthvet-baseline.json", "./...")
	require.Equal(t, 3, r.code, "%s", r)
	require.Len(t, findingsIn(t, dir, r.stderr), 1, "%s", r)
	require.Contains(t, r.stderr, `oauthvet: baseline oauthvet-baseline.json: stale entry: no passwordgrant finding "resource owner password credentials grant (oauth2.Config.PasswordCredentialsToken)" in cli/main.go (was line `)
	require.Contains(t, r.stderr, "oauthvet: baseline oauthvet-baseline.json: 1 stale entry: run with -write-baseline=oauthvet-baseline.json to drop it\n")

	// A rule that did not run has no stale entries.
	r = runIn(t, dir, oauthvet, "-baseline=oauthvet-baseline.json", "-passwordgrant=false", "./...")
	require.NotContains(t, r.stderr, "stale", "%s", r)

	// Writing the baseline again takes the new finding in and drops the
	// stale entry.
	r = runIn(t, dir, oauthvet, "-write-baseline=oauthvet-baseline.json", "./...")
	require.Equal(t, 0, r.code, "%s", r)
	quiet(t, "rewritten")

	// A baseline that does not exist is an error.
	r = runIn(t, dir, oauthvet, "-baseline=nosuchfile.json", "./...")
	require.Equal(t, 1, r.code, "%s", r)
	require.Contains(t, r.stderr, "nosuchfile.json", "%s", r)
}

// configProgram has one finding of each of pkce and passwordgrant.
var configProgram = fmt.Sprintf(baselineProgram, "", passwordFunc)

// TestStandaloneConfig: .oauthvet.yml at the module root configures a run
// from a subdirectory; flags win over it; a mistake in it is one error
// naming the file and line, exit 2, and nothing is analysed or written.
func TestStandaloneConfig(t *testing.T) {
	t.Parallel()
	oauthvet := oauthvet(t)
	setup := func(t *testing.T, config string) (root, sub string) {
		root = scratchModule(t, configProgram)
		writeFile(t, filepath.Join(root, ".oauthvet.yml"), config)
		sub = filepath.Join(root, "cli")
		return root, sub
	}
	rulesOf := func(t *testing.T, r result) []string {
		t.Helper()
		var out []string
		for _, line := range strings.Split(r.stderr, "\n") {
			if m := ruleLine.FindStringSubmatch(line); m != nil {
				out = append(out, m[5])
			}
		}
		slices.Sort(out)
		return out
	}

	const config = `# oauthvet's settings for this repository
passwordgrant-trusted:
  - example.com/fixtures/cli
disable: [pkce]
`
	t.Run("from a subdirectory", func(t *testing.T) {
		t.Parallel()
		_, sub := setup(t, config)
		r := runIn(t, sub, oauthvet, "./...")
		require.Equal(t, 0, r.code, "%s", r)
		require.Empty(t, r.stderr)
	})
	t.Run("flags win", func(t *testing.T) {
		t.Parallel()
		_, sub := setup(t, config)
		r := runIn(t, sub, oauthvet, "-pkce=true", "./...")
		require.Equal(t, 3, r.code, "%s", r)
		require.Equal(t, []string{"pkce"}, rulesOf(t, r), "%s", r)

		r = runIn(t, sub, oauthvet, "-passwordgrant.trusted=example.com/other/...", "./...")
		require.Equal(t, 3, r.code, "%s", r)
		require.Equal(t, []string{"passwordgrant"}, rulesOf(t, r), "%s", r)
	})
	t.Run("-config", func(t *testing.T) {
		t.Parallel()
		root, sub := setup(t, config)
		// Another file, named on the command line, replaces the one found.
		writeFile(t, filepath.Join(root, "strict.yml"), "pkce-confidential: true\n")
		r := runIn(t, sub, oauthvet, "-config=../strict.yml", "./...")
		require.Equal(t, 3, r.code, "%s", r)
		require.Equal(t, []string{"passwordgrant", "pkce"}, rulesOf(t, r), "%s", r)
	})
	t.Run("outside the module", func(t *testing.T) {
		t.Parallel()
		// A file above the module root is not the module's.
		parent := t.TempDir()
		root := filepath.Join(parent, "m")
		dir := scratchModule(t, configProgram)
		require.NoError(t, os.Rename(dir, root))
		writeFile(t, filepath.Join(parent, ".oauthvet.yml"), "disable: [pkce, passwordgrant]\n")
		r := runIn(t, root, oauthvet, "./...")
		require.Equal(t, 3, r.code, "%s", r)
		require.Equal(t, []string{"passwordgrant", "pkce"}, rulesOf(t, r), "%s", r)
	})

	for _, tc := range []struct {
		name, config, want string
	}{
		{"unknown key", "disable: []\npkce-confidental: true\n",
			`oauthvet: ../.oauthvet.yml:2: unknown key "pkce-confidental" (keys: passwordgrant-trusted, pkce-confidential, `},
		{"command-line spelling", "passwordgrant.trusted: [example.com/x]\n",
			`oauthvet: ../.oauthvet.yml:1: unknown key "passwordgrant.trusted"`},
		{"bad boolean", "\npkce-confidential: yes please\n",
			`oauthvet: ../.oauthvet.yml:2: pkce-confidential: want true or false, not the string "yes please"`},
		{"bad pattern", "passwordgrant-trusted:\n  - example.com/ok\n  - ./internal/...\n",
			`oauthvet: ../.oauthvet.yml:3: passwordgrant-trusted: invalid package pattern "./internal/..."`},
		{"string for a list", "passwordgrant-trusted: example.com/x\n",
			`oauthvet: ../.oauthvet.yml:1: passwordgrant-trusted: want a list of strings ([a, b]), not the string "example.com/x"`},
		{"unknown rule", "disable:\n  - pkce\n  - pcke\n",
			`oauthvet: ../.oauthvet.yml:3: disable: unknown rule "pcke" (rules: ` + strings.Join(ruleIDs(), ", ") + ")"},
		{"not yaml", "disable: [pkce\n",
			`oauthvet: ../.oauthvet.yml:1: did not find expected ',' or ']'`},
		{"set twice", "disable: [pkce]\ndisable: [passwordgrant]\n",
			`oauthvet: ../.oauthvet.yml:2: disable is set twice (first on line 1)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			root, sub := setup(t, tc.config)
			before, err := os.ReadFile(filepath.Join(sub, "main.go"))
			require.NoError(t, err)
			for _, args := range [][]string{
				{"./..."},
				{"-write-baseline=../baseline.json", "./..."},
				{"-fix", "./..."},
			} {
				r := runIn(t, sub, oauthvet, args...)
				require.Equal(t, 2, r.code, "%s", r)
				require.Empty(t, r.stdout)
				lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
				require.Len(t, lines, 1, "one line: %s", r)
				require.True(t, strings.HasPrefix(lines[0], tc.want), "want %q\n%s", tc.want, r)
				_, err := os.Stat(filepath.Join(root, "baseline.json"))
				require.True(t, os.IsNotExist(err), "a baseline was written: %v", err)
				after, err := os.ReadFile(filepath.Join(sub, "main.go"))
				require.NoError(t, err)
				require.Equal(t, string(before), string(after))
			}
		})
	}
}

// TestStandaloneVersion: a build from this work tree has no module
// version; the go vet protocol's -V=full is unchanged. (A build with a
// module version: TestVersionInstall.)
func TestStandaloneVersion(t *testing.T) {
	t.Parallel()
	r := run(t, oauthvet(t), "-version")
	require.Equal(t, 0, r.code, "%s", r)
	require.Regexp(t, `^oauthvet \(devel\)( commit [0-9a-f]{12}( with local changes)?)?\n$`, r.stdout)
	require.Empty(t, r.stderr)

	v := run(t, oauthvet(t), "-V=full")
	require.Equal(t, 0, v.code, "%s", v)
	require.Regexp(t, `^\S*oauthvet version devel .*buildID=[0-9a-f]+\n$`, v.stdout)
}

// TestStandaloneBaselineFix: -fix and -diff leave the baseline's findings
// alone.
func TestStandaloneBaselineFix(t *testing.T) {
	t.Parallel()
	const file = "pkce/quickstart/main.go"
	oauthvet(t)
	dir := copyFixture(t, file)
	original, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(file)))
	require.NoError(t, err)
	r := runIn(t, dir, oauthvet(t), "-write-baseline=b.json", "./pkce/quickstart")
	require.Equal(t, 0, r.code, "%s", r)
	for _, args := range [][]string{{"-diff"}, {"-fix"}} {
		r = runIn(t, dir, oauthvet(t), append(args, "-baseline=b.json", "./pkce/quickstart")...)
		require.Equal(t, 0, r.code, "%s", r)
		require.Empty(t, r.stdout+r.stderr)
	}
	after, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(file)))
	require.NoError(t, err)
	require.Equal(t, string(original), string(after))

	// Without the baseline, the same -fix applies the fix.
	r = runIn(t, dir, oauthvet(t), "-fix", "./pkce/quickstart")
	require.Equal(t, 0, r.code, "%s", r)
	after, err = os.ReadFile(filepath.Join(dir, filepath.FromSlash(file)))
	require.NoError(t, err)
	require.NotEqual(t, string(original), string(after))
}
