package inventory_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/oauthvet/oauthvet/passes/inventory"
)

var testdata = filepath.Join("..", "..", "testdata")

// rows runs the analyzer on fixture packages (as analysistest loads them,
// but without checking their "want" comments, which belong to the rules)
// and returns one line per row: "file:line kind grants pkce state …".
func rows(t *testing.T, pkgs ...string) []string {
	t.Helper()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: testdata, Tests: false}
	loaded, err := packages.Load(cfg, pkgs...)
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(loaded) > 0 {
		t.Fatalf("fixtures %v do not load", pkgs)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{inventory.Analyzer}, loaded, nil)
	if err != nil {
		t.Fatal(err)
	}
	seen := make(map[string]bool)
	var out []string
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		res := act.Result.(*inventory.Result)
		for _, f := range res.Flows {
			line := fmt.Sprintf("%s:%d %s %s pkce=%s state=%s", filepath.Base(f.Posn.Filename), f.Posn.Line, f.Kind, strings.Join(f.Grants, ","), f.PKCE, f.State)
			if f.Helper != "" {
				line += " helper=" + f.Helper
			}
			for _, e := range f.Endpoints {
				line += " " + e.Kind + "=" + e.Scheme
			}
			if !seen[line] { // a package and its test variant
				seen[line] = true
				out = append(out, line)
			}
		}
		for _, s := range res.Servers {
			line := fmt.Sprintf("%s:%d server %s", filepath.Base(s.Posn.Filename), s.Posn.Line, s.Library)
			for _, d := range s.Decisions {
				line += " " + d.Name + "=" + d.Status
			}
			if !seen[line] {
				seen[line] = true
				out = append(out, line)
			}
		}
	}
	slices.Sort(out)
	return out
}

// TestRows checks the rows of fixtures that show each column: a
// machine (client credentials, two ways), a device, native flows through
// another package's helper (the caller's row names the helper and decides
// the kind; the helper's own rows stay, of unknown kind, until the driver
// merges them), password grants by every route, fosite servers, web apps
// with predictable and random state, and a loopback CLI with and without
// PKCE; an OpenID provider's storage (no row) beside its own upstream
// login (a row).
func TestRows(t *testing.T) {
	got := rows(t, "./inventory/machine", "./inventory/svcaccount", "./pkce/device", "./pkce/authurl/...",
		"./passwordgrant/ropc", "./implicitgrant/fositecompose", "./oauthstate/predictable/...", "./pkce/loopback",
		"./inventory/percallconfig", "./inventory/opstorage", "./inventory/opstorage2/...")
	want := []string{
		"app.go:19 server authorization_code pkce=none state=predictable",
		"app.go:25 server authorization_code pkce=none state=random",
		"authurl.go:10 unknown authorization_code pkce=none state=unknown",
		"authurl.go:15 unknown authorization_code pkce=S256 state=unknown",
		"authurl.go:20 unknown authorization_code pkce=unknown state=unknown",
		"main.go:16 native authorization_code pkce=none state=constant helper=authurl.ConsentURL",
		"main.go:17 native authorization_code pkce=S256 state=constant helper=authurl.PKCEURL",
		"main.go:18 native authorization_code pkce=S256 state=constant helper=authurl.URLWithOptions",
		"main.go:19 native authorization_code pkce=none state=constant helper=authurl.URLWithOptions",
		"main.go:20 machine client_credentials pkce=n/a state=n/a token=https",
		"main.go:27 device device_code pkce=n/a state=n/a device=https token=https",
		"main.go:58 native authorization_code pkce=S256 state=random redirect=http authorization=https token=https",
		"main.go:82 native authorization_code pkce=none state=random redirect=http authorization=https token=https",
		"provider.go:20 server fosite implicit=allowed password=forbidden pkce-optional-public=unknown pkce-optional=unknown plain-pkce=unknown loose-redirect=unknown token-get=unknown code-grant=allowed",
		"provider.go:25 server fosite implicit=forbidden password=forbidden pkce-optional-public=unknown pkce-optional=unknown plain-pkce=unknown loose-redirect=unknown token-get=unknown code-grant=allowed",
		"ropc.go:102 machine client_credentials pkce=n/a state=n/a token=https",
		"ropc.go:22 unknown password pkce=n/a state=n/a token=https",
		"ropc.go:27 unknown password pkce=n/a state=n/a token=https",
		"ropc.go:36 unknown password pkce=n/a state=n/a token=https",
		"ropc.go:47 unknown password pkce=n/a state=n/a token=https",
		"ropc.go:62 unknown password pkce=n/a state=n/a",
		"ropc.go:71 unknown password pkce=n/a state=n/a",
		"ropc.go:78 unknown password pkce=n/a state=n/a",
		"ropc.go:85 unknown password pkce=n/a state=n/a token=https",
		"ropc.go:97 unknown password pkce=n/a state=n/a token=https",
		// opstorage's challenge record keeps the method the client
		// sent, which zitadel's op verifies as plain: a server row.
		"storage.go:57 server zitadel/oidc op implicit=unknown password=unknown pkce-optional-public=unknown pkce-optional=unknown plain-pkce=allowed loose-redirect=unknown token-get=unknown code-grant=unknown",
		// The token URL comes from the caller: its scheme is unknown.
		"sync.go:20 machine client_credentials pkce=n/a state=n/a token=",
		// An OpenID provider's storage keeps the requests it received
		// (opstorage, opstorage2/store): no client row; the same provider's
		// own login at an upstream provider is a client flow.
		"upstream.go:14 server authorization_code pkce=none state=unknown redirect=https authorization=https",
		// A Config made per request: the exchange in the callback joins
		// the login's row and makes it a code flow; no row of its own.
		"web.go:32 server authorization_code pkce=unknown state=random redirect= authorization=https token=https",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
