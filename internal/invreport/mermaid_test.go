package invreport

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/oauthvet/oauthvet/passes/inventory"
)

// mermaidVersion is the Mermaid release the picture is checked with
// (GitHub renders Markdown's mermaid blocks with a recent 11.x).
const mermaidVersion = "11.17.2"

// TestMermaidRenders renders the inventory's flowchart in a real headless
// browser (Debian's chromium) with Mermaid from the npm registry: a
// report that takes every path of the tree, with more flows with findings
// than are drawn one by one and servers, and the demo's picture in
// README.md. Mermaid's parser and renderer must accept each, and the
// SVG must hold the nodes' text. OAUTHVET_MERMAID_PNG=DIR also saves a
// screenshot of each, to look at. Without chromium or npm the test is
// skipped locally and fails in CI (CI=true), where .ci/run installs them.
func TestMermaidRenders(t *testing.T) {
	browser := chromium(t)
	lib := mermaidLib(t)

	var in Input
	paths := []struct {
		kind, grant, pkce string
	}{
		{inventory.KindMachine, "client_credentials", inventory.NotApplicable},
		{inventory.KindServer, "authorization_code", inventory.PKCENone},
		{inventory.KindServer, "implicit", inventory.NotApplicable},
		{inventory.KindUnknown, "password", inventory.NotApplicable},
		{inventory.KindNative, "authorization_code", inventory.PKCES256},
		{inventory.KindBrowser, "authorization_code", inventory.PKCENone},
		{inventory.KindDevice, "device_code", inventory.NotApplicable},
		{inventory.KindUnknown, "authorization_code", inventory.Unknown},
	}
	for i := range 60 {
		p := paths[i%len(paths)]
		file := fmt.Sprintf("/src/app%d/main.go", i)
		in.Flows = append(in.Flows, &inventory.Flow{
			Posn: token.Position{Filename: file, Line: 10, Column: 2}, Kind: p.kind, Grants: []string{p.grant}, PKCE: p.pkce,
			Spans: []inventory.Span{{File: file, Start: 100, End: 200}},
		})
		if i%2 == 0 {
			in.Findings = append(in.Findings, Finding{Rule: "pkce", Location: Location{File: file, Line: 10}, Offset: 150, Message: `a "quoted" <message>`})
		}
	}
	in.Servers = []*inventory.Server{{Posn: token.Position{Filename: "/src/idp/main.go", Line: 5}, Library: "fosite", Spans: []inventory.Span{{File: "/src/idp/main.go", Start: 1, End: 50}}}}
	in.Findings = append(in.Findings, Finding{Rule: "implicitgrant", Location: Location{File: "/src/idp/main.go", Line: 5}, Offset: 10})
	r := Build(in)
	if r.Summary.Clients != 60 || r.Summary.WithFindings != 30 {
		t.Fatalf("summary %+v", r.Summary)
	}

	// The check can fail: mismatched brackets do not parse.
	if _, err := render(t, browser, lib, "broken", "flowchart TD\n  a{{\"x\"] --> b\n"); err == nil {
		t.Error("Mermaid accepted a broken flowchart: the check checks nothing")
	}

	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)<!-- inventory:begin.*?```mermaid\n(.*?)```").FindSubmatch(readme)
	if m == nil {
		t.Fatal("README.md has no mermaid block in its inventory section")
	}
	for _, tc := range []struct {
		name, src string
		texts     []string
	}{
		{"every-path", r.Mermaid(), []string{"60 client flows", "client credentials", "kind unknown", "more", "1 authorization server"}},
		{"demo", string(m[1]), []string{"client flows", "PKCE S256", "authorization server"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			svg, err := render(t, browser, lib, tc.name, tc.src)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tc.texts {
				if !strings.Contains(svg, s) {
					t.Errorf("the rendered SVG lacks %q", s)
				}
			}
		})
	}
}

// render draws src with Mermaid in headless chromium and returns the SVG.
func render(t *testing.T, browser, lib, name, src string) (string, error) {
	t.Helper()
	dir := t.TempDir()
	text, _ := json.Marshal(src)
	libURL, _ := json.Marshal("file://" + lib)
	page := `<!doctype html><html><head><meta charset="utf-8"><title>pending</title></head><body style="margin:0;background:white">
<div id="out"></div>
<script>document.write('<script src=' + ` + string(libURL) + ` + '><\/script>')</script>
<script>
const text = ` + string(text) + `;
(async () => {
  try {
    mermaid.initialize({startOnLoad: false, securityLevel: "strict"});
    await mermaid.parse(text);
    const r = await mermaid.render("g", text);
    document.getElementById("out").innerHTML = r.svg;
    document.title = "RENDERED";
  } catch (e) { document.title = "MERMAID-ERROR " + (e && e.message || e); }
})();
</script></body></html>`
	html := filepath.Join(dir, "page.html")
	if err := os.WriteFile(html, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + filepath.Join(dir, "profile"), "--allow-file-access-from-files",
		"--virtual-time-budget=20000"}
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, append(args, "--dump-dom", "file://"+html)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	dom := string(out)
	title := regexp.MustCompile(`<title>(.*?)</title>`).FindStringSubmatch(dom)
	if title == nil || title[1] != "RENDERED" {
		return "", fmt.Errorf("Mermaid did not render the flowchart: title %q\n%s", title, src)
	}
	i := strings.Index(dom, "<svg")
	if i < 0 {
		return "", errors.New("no SVG in the page")
	}
	if dir := os.Getenv("OAUTHVET_MERMAID_PNG"); dir != "" {
		png := filepath.Join(dir, name+".png")
		shot := exec.CommandContext(ctx, browser, append(args, "--hide-scrollbars", "--window-size=1300,1700", "--screenshot="+png, "file://"+html)...)
		if out, err := shot.CombinedOutput(); err != nil {
			t.Fatalf("screenshot: %v\n%s", err, out)
		}
		t.Logf("wrote %s", png)
	}
	return dom[i:], nil
}

// missing skips the test, or fails it in CI.
func missing(t *testing.T, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip("SKIPPED (would fail in CI): " + msg)
}

func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	missing(t, "no chromium to render the Mermaid flowchart in (Debian: apt-get install chromium)")
	return ""
}

// mermaidLib returns the path of mermaid.min.js, installing the mermaid
// package with npm on first use into <user cache>/oauthvet/mermaid-VERSION.
func mermaidLib(t *testing.T) string {
	npm, err := exec.LookPath("npm")
	if err != nil {
		missing(t, "npm is not in PATH: Mermaid %s cannot be installed from the npm registry", mermaidVersion)
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(cache, "oauthvet", "mermaid-"+mermaidVersion)
	lib := filepath.Join(dir, "node_modules", "mermaid", "dist", "mermaid.min.js")
	if _, err := os.Stat(lib); errors.Is(err, os.ErrNotExist) {
		if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
			t.Fatal(err)
		}
		tmp, err := os.MkdirTemp(filepath.Dir(dir), "install-")
		if err != nil {
			t.Fatal(err)
		}
		defer os.RemoveAll(tmp)
		ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, npm, "install", "--prefix", tmp, "--no-audit", "--no-fund", "mermaid@"+mermaidVersion)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("npm install mermaid@%s: %v\n%s", mermaidVersion, err, out)
		}
		if err := os.Rename(tmp, dir); err != nil {
			if _, statErr := os.Stat(lib); statErr != nil {
				t.Fatalf("installing mermaid into %s: %v", dir, err)
			}
		}
	}
	if _, err := os.Stat(lib); err != nil {
		t.Fatalf("mermaid.min.js is not where the npm package puts it: %v", err)
	}
	return lib
}
