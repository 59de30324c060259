package driver

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/oauthvet/oauthvet"
)

const (
	inventoryBegin = "<!-- inventory:begin (generated: OAUTHVET_UPDATE_README=1 go test ./internal/driver -run TestInventoryREADME) -->\n"
	inventoryEnd   = "<!-- inventory:end -->"
)

// runInventory runs oauthvet -inventory from the repository root.
func runInventory(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	d := &driver{stdout: &out, stderr: &errOut, dir: filepath.Join("..", "..")}
	code := d.main(oauthvet.Analyzers(), append([]string{"-inventory"}, args...))
	return code, out.String(), errOut.String()
}

// TestInventoryREADME keeps README's inventory of the demo current:
// OAUTHVET_UPDATE_README=1 rewrites it. The inventory exits 0 although
// the demo has findings of every rule.
func TestInventoryREADME(t *testing.T) {
	code, stdout, stderr := runInventory(t, "./demo/...")
	require.Equal(t, ExitOK, code, "%s", stderr)
	require.Empty(t, stderr)
	path := filepath.Join("..", "..", "README.md")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	readme := string(data)
	i, j := strings.Index(readme, inventoryBegin), strings.Index(readme, inventoryEnd)
	require.True(t, i >= 0 && j > i, "README.md lacks the inventory markers")
	want := readme[:i+len(inventoryBegin)] + "\n" + stdout + readme[j:]
	if os.Getenv("OAUTHVET_UPDATE_README") == "1" {
		require.NoError(t, os.WriteFile(path, []byte(want), 0o644))
		return
	}
	require.Equal(t, want, readme, "README.md's inventory section is stale: run OAUTHVET_UPDATE_README=1 go test ./internal/driver -run TestInventoryREADME")
}

// TestInventoryJSON compares the demo's JSON inventory with a golden file
// (OAUTHVET_UPDATE_GOLDEN=1 rewrites it) and checks the schema: version
// 1, and every key the output uses is documented in README's schema table.
func TestInventoryJSON(t *testing.T) {
	code, stdout, stderr := runInventory(t, "-format=json", "./demo/...")
	require.Equal(t, ExitOK, code, "%s", stderr)
	golden := filepath.Join("testdata", "inventory.json.golden")
	if os.Getenv("OAUTHVET_UPDATE_GOLDEN") == "1" {
		require.NoError(t, os.WriteFile(golden, []byte(stdout), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	require.Equal(t, string(want), stdout, "the JSON inventory changed: if on purpose (and the schema version says so), OAUTHVET_UPDATE_GOLDEN=1 go test ./internal/driver -run TestInventoryJSON")

	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &doc))
	require.Equal(t, float64(1), doc["version"])

	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	documented := make(map[string]bool)
	for _, m := range regexp.MustCompile("(?m)^\\| `([A-Za-z.\\[\\]]+)` \\|").FindAllStringSubmatch(string(readme), -1) {
		documented[m[1]] = true
	}
	var undocumented []string
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				key := k
				if prefix != "" {
					key = prefix + "." + k
				}
				if !documented[key] && !slices.Contains(undocumented, key) {
					undocumented = append(undocumented, key)
				}
				walk(key, x)
			}
		case []any:
			for _, x := range v {
				walk(prefix+"[]", x)
			}
		}
	}
	walk("", doc)
	slices.Sort(undocumented)
	require.Empty(t, undocumented, "JSON keys missing from README's inventory schema table")
}

// TestInventoryExit: an inventory is no gate (0 with findings), but a
// package that does not load is an error (1), and SARIF is refused (2).
func TestInventoryExit(t *testing.T) {
	code, _, stderr := runInventory(t, "./demo/nosuchpackage")
	require.Equal(t, ExitError, code, "%s", stderr)
	code, _, _ = runInventory(t, "-format=sarif", "./demo/...")
	require.Equal(t, ExitUsage, code)
}
