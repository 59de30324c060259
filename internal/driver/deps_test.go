package driver

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/packages"
)

// TestSelectDependencies loads a module whose dependency module (a
// replace'd directory) has: a package that names grant_type (selected),
// one that imports a package exporting a parameter-name constant
// (selected), one that wraps the first (a relay), one with no OAuth at all
// and one imported only by a test (neither); a package that imports
// os/exec (selected for its BrowserFacts), one that wraps it (a relay),
// and one whose function is named OpenURL but imports neither os/exec nor a
// browser library (not selected: names decide nothing).
func TestSelectDependencies(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"app/go.mod": "module example.com/app\n\ngo 1.22\n\nrequire example.com/sdk v0.0.0\n\nreplace example.com/sdk => ../sdk\n",
		"app/main.go": `package main

import (
	"example.com/sdk/public"
	"example.com/sdk/tokens"
	"example.com/sdk/users"
	"example.com/sdk/wrap"
	"example.com/sdk/launch"
	"example.com/sdk/ui"
	"example.com/sdk/fake"
)

func main() { tokens.Login(); wrap.Login(); users.List(); public.Start(); launch.Open("u"); ui.Show("u"); fake.OpenURL("u") }
`,
		"app/main_test.go": "package main\n\nimport (\n\t\"testing\"\n\n\t\"example.com/sdk/mock\"\n)\n\nfunc TestX(t *testing.T) { mock.Serve() }\n",
		"sdk/go.mod":       "module example.com/sdk\n\ngo 1.22\n",
		"sdk/tokens/t.go":  "package tokens\n\nimport \"net/url\"\n\nfunc Login() string { return url.Values{\"grant_type\": {\"password\"}}.Encode() }\n",
		"sdk/names/n.go":   "package names\n\n// Redirect is the parameter name.\nconst Redirect = \"redirect_uri\"\n",
		"sdk/public/p.go":  "package public\n\nimport \"example.com/sdk/names\"\n\nfunc Start() string { return names.Redirect + \"=x\" }\n",
		"sdk/wrap/w.go":    "package wrap\n\nimport \"example.com/sdk/tokens\"\n\nfunc Login() string { return tokens.Login() }\n",
		"sdk/users/u.go":   "package users\n\n// List lists users (response_type_url is another word).\nfunc List() string { return \"response_type_url\" }\n",
		"sdk/mock/m.go":    "package mock\n\nfunc Serve() string { return \"grant_type\" }\n",
		"sdk/launch/l.go":  "package launch\n\nimport \"os/exec\"\n\nfunc Open(u string) error { return exec.Command(\"xdg-open\", u).Start() }\n",
		"sdk/ui/u.go":      "package ui\n\nimport \"example.com/sdk/launch\"\n\nfunc Show(u string) error { return launch.Open(u) }\n",
		"sdk/fake/f.go":    "package fake\n\nimport \"os\"\n\nfunc OpenURL(u string) error { _, err := os.Stat(u); return err }\n",
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
	pkgs, err := load(filepath.Join(dir, "app"), []string{"./..."}, true)
	require.NoError(t, err)
	sel := selectDependencies(pkgs)
	ids := func(m map[*packages.Package]bool) []string {
		var out []string
		for p := range m {
			out = append(out, p.ID)
		}
		slices.Sort(out)
		return out
	}
	require.Equal(t, []string{"example.com/sdk/launch", "example.com/sdk/names", "example.com/sdk/public", "example.com/sdk/tokens"}, ids(sel.static))
	require.Equal(t, []string{"example.com/sdk/ui", "example.com/sdk/wrap"}, ids(sel.relay))
}
