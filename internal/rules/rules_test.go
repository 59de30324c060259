package rules_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet"
	"github.com/oauthvet/oauthvet/internal/rules"
)

const (
	begin = "<!-- rules:begin (generated from internal/rules; go test ./internal/rules keeps it current) -->\n"
	end   = "<!-- rules:end -->"
)

// TestREADMERules fails when README.md's rules section and the metadata
// drift apart. OAUTHVET_UPDATE_README=1 rewrites the section.
func TestREADMERules(t *testing.T) {
	path := filepath.Join("..", "..", "README.md")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	readme := string(data)
	i := strings.Index(readme, begin)
	j := strings.Index(readme, end)
	require.True(t, i >= 0 && j > i, "README.md lacks the rules markers")
	want := readme[:i+len(begin)] + rules.Markdown() + readme[j:]
	if os.Getenv("OAUTHVET_UPDATE_README") == "1" {
		require.NoError(t, os.WriteFile(path, []byte(want), 0o644))
		return
	}
	require.Equal(t, want, readme, "README.md's rules section is stale: run OAUTHVET_UPDATE_README=1 go test ./internal/rules")
}

// TestAnalyzersMatchRules checks that every analyzer of the suite has its
// metadata, and that Doc and URL come from it.
func TestAnalyzersMatchRules(t *testing.T) {
	suite := oauthvet.Analyzers()
	require.NoError(t, analysis.Validate(suite))
	require.Len(t, suite, len(rules.All))
	for _, a := range suite {
		r := rules.Lookup(a.Name)
		require.NotNil(t, r, a.Name)
		require.Equal(t, r.Doc(), a.Doc)
		require.Equal(t, r.URL(), a.URL)
		require.True(t, strings.HasPrefix(a.Doc, a.Name+": "), "Doc starts with the name and title")
		title := strings.SplitN(a.Doc, "\n", 2)[0]
		require.LessOrEqual(t, len(title), 90, "title of %s is short", a.Name)
		require.False(t, strings.HasSuffix(title, "."), "title of %s has no period", a.Name)
		for _, f := range r.Flags {
			require.NotNil(t, a.Flags.Lookup(f), "%s declares flag %s", a.Name, f)
		}
	}
	require.Nil(t, rules.Lookup("nosuchrule"))
}
