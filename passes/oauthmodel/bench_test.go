package oauthmodel_test

// Benchmarks of the oauthmodel pass alone: packages are loaded once with
// go/packages (syntax and types of the named packages, dependencies from
// export data), then each iteration runs checker.Analyze with just
// oauthmodel.Analyzer (and whatever it requires) on them, so that what is
// measured is recognition, not loading. The inspect-only sub-benchmarks
// run inspect.Analyzer alone: building an AST inspector, the baseline
// that every inspector-based pass pays.
//
//	go test -run '^$' -bench . -benchtime=1x ./passes/oauthmodel   # as CI does
//	go test -run '^$' -bench . -count 6 ./passes/oauthmodel | benchstat -

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/packages"

	"github.com/oauthvet/oauthvet/passes/oauthmodel"
)

var benchTestdata = filepath.Join("..", "..", "testdata")

// benchLoad loads patterns in dir and returns the analysable view of
// them: shallow copies whose Imports are pruned to other loaded packages
// (as the standalone driver does), so that checker.Analyze runs
// oauthmodel, which has facts, on these packages only and not on
// dependencies that have no syntax.
func benchLoad(b *testing.B, dir string, patterns ...string) []*packages.Package {
	b.Helper()
	cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Dir: dir}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		b.Fatalf("%s: packages with errors", strings.Join(patterns, " "))
	}
	if len(pkgs) == 0 {
		b.Fatalf("%s: no packages", strings.Join(patterns, " "))
	}
	view := make(map[*packages.Package]*packages.Package, len(pkgs))
	for _, p := range pkgs {
		c := *p
		view[p] = &c
	}
	out := make([]*packages.Package, 0, len(pkgs))
	for _, p := range pkgs {
		imports := make(map[string]*packages.Package)
		seen := map[*packages.Package]bool{p: true}
		var walk func(q *packages.Package)
		walk = func(q *packages.Package) {
			for _, imp := range q.Imports {
				if seen[imp] {
					continue
				}
				seen[imp] = true
				if v, ok := view[imp]; ok {
					imports[imp.PkgPath] = v
				} else {
					walk(imp)
				}
			}
		}
		walk(p)
		view[p].Imports = imports
		out = append(out, view[p])
	}
	return out
}

// benchAnalyze runs the analyzers on pkgs once per iteration and checks
// the first iteration's result.
func benchAnalyze(b *testing.B, pkgs []*packages.Package, analyzers ...*analysis.Analyzer) {
	b.Helper()
	lines := 0
	for _, p := range pkgs {
		for _, f := range p.Syntax {
			lines += p.Fset.File(f.Pos()).LineCount()
		}
	}
	b.ReportAllocs()
	checked := false
	for b.Loop() {
		g, err := checker.Analyze(analyzers, pkgs, &checker.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if !checked {
			checked = true
			for act := range g.All() {
				if act.Err != nil {
					b.Fatalf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
				}
			}
		}
	}
	b.ReportMetric(float64(len(pkgs)), "pkgs")
	b.ReportMetric(float64(lines), "lines")
}

// BenchmarkFixtures runs oauthmodel over groups of the rule fixtures in
// testdata (module example.com/fixtures).
func BenchmarkFixtures(b *testing.B) {
	for _, group := range []struct {
		name     string
		patterns []string
	}{
		{"pkce", []string{"./pkce/..."}},
		{"passwordgrant", []string{"./passwordgrant/..."}},
		{"implicitgrant", []string{"./implicitgrant/..."}},
		{"all", []string{"./pkce/...", "./passwordgrant/...", "./implicitgrant/...", "./challengemethod/...", "./oauthmodel/..."}},
	} {
		b.Run(group.name, func(b *testing.B) {
			pkgs := benchLoad(b, benchTestdata, group.patterns...)
			b.Run("oauthmodel", func(b *testing.B) { benchAnalyze(b, pkgs, oauthmodel.Analyzer) })
			b.Run("inspect-only", func(b *testing.B) { benchAnalyze(b, pkgs, inspect.Analyzer) })
		})
	}
}

// BenchmarkLargePackage runs oauthmodel over one generated package of
// 5,000 functions of ordinary code (about 100,000 lines): without OAuth
// (the relevance check returns early: the cost every ordinary package
// pays) and with
// golang.org/x/oauth2 imported and 50 OAuth functions among them (the
// whole model is built).
func BenchmarkLargePackage(b *testing.B) {
	sum, err := os.ReadFile(filepath.Join(benchTestdata, "go.sum"))
	if err != nil {
		b.Fatal(err)
	}
	root := b.TempDir()
	write := func(name, content string) {
		name = filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	// The fixtures' x/oauth2, whose go.sum lines are copied.
	gomod, err := os.ReadFile(filepath.Join(benchTestdata, "go.mod"))
	if err != nil {
		b.Fatal(err)
	}
	version := regexp.MustCompile(`golang\.org/x/oauth2 (v\S+)`).FindSubmatch(gomod)
	if version == nil {
		b.Fatal("testdata/go.mod requires no golang.org/x/oauth2")
	}
	write("go.mod", "module example.com/big\n\ngo 1.26.0\n\nrequire golang.org/x/oauth2 "+string(version[1])+"\n")
	write("go.sum", string(sum))
	const funcs, files, oauthFuncs = 5000, 10, 50
	for _, variant := range []string{"ordinary", "oauth"} {
		for f := range files {
			write(filepath.Join(variant, fmt.Sprintf("f%02d.go", f)), ordinaryFile(f, funcs/files))
		}
		if variant == "oauth" {
			write(filepath.Join(variant, "oauth.go"), oauthFile(oauthFuncs))
		}
	}
	for _, variant := range []string{"ordinary", "oauth"} {
		b.Run(variant, func(b *testing.B) {
			pkgs := benchLoad(b, root, "./"+variant)
			b.Run("oauthmodel", func(b *testing.B) { benchAnalyze(b, pkgs, oauthmodel.Analyzer) })
			b.Run("inspect-only", func(b *testing.B) { benchAnalyze(b, pkgs, inspect.Analyzer) })
		})
	}
}

// ordinaryFile returns file number f of package big: n functions of
// ordinary code (loops, maps, strings, errors, closures, a struct).
func ordinaryFile(f, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "package big\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"sort\"\n\t\"strconv\"\n\t\"strings\"\n)\n\n")
	fmt.Fprintf(&b, "var errTooBig%d = errors.New(\"too big\")\n\n", f)
	fmt.Fprintf(&b, "type rec%d struct {\n\tName string `json:\"name\"`\n\tN    int    `json:\"n\"`\n}\n\n", f)
	for i := range n {
		id := f*n + i
		fmt.Fprintf(&b, `// fn%[1]d is ordinary code.
func fn%[1]d(xs []int, m map[string]int, names []string) (int, error) {
	total := 0
	for i, x := range xs {
		if x%%2 == 0 {
			total += x * i
		} else {
			total -= x
		}
	}
	key := "key-%[1]d-" + strconv.Itoa(total)
	m[key] = total
	sort.Strings(names)
	joined := strings.Join(names, ",")
	less := func(a, b rec%[2]d) bool { return a.N < b.N || a.Name < b.Name }
	if less(rec%[2]d{Name: joined, N: total}, rec%[2]d{N: %[1]d}) && total > %[1]d {
		return 0, fmt.Errorf("fn%[1]d: %%w: %%d", errTooBig%[2]d, total)
	}
	return total + len(joined), nil
}

`, id, f)
	}
	return b.String()
}

// oauthFile returns n functions of OAuth code of the kinds the rules know.
func oauthFile(n int) string {
	var b strings.Builder
	b.WriteString(`package big

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os/exec"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "big",
	Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
	RedirectURL: "http://127.0.0.1:9999/callback",
}

`)
	for i := range n {
		switch i % 5 {
		case 0:
			fmt.Fprintf(&b, "func oauthFn%d() { fmt.Println(conf.AuthCodeURL(\"state-%d\")) }\n\n", i, i)
		case 1:
			fmt.Fprintf(&b, "func oauthFn%d(ctx context.Context) (*oauth2.Token, error) {\n\tv := oauth2.GenerateVerifier()\n\tu := conf.AuthCodeURL(\"s\", oauth2.S256ChallengeOption(v))\n\texec.Command(\"xdg-open\", u).Run()\n\treturn conf.Exchange(ctx, \"code\", oauth2.VerifierOption(v))\n}\n\n", i)
		case 2:
			fmt.Fprintf(&b, "func oauthFn%d(ctx context.Context, u, p string) (*oauth2.Token, error) {\n\treturn conf.PasswordCredentialsToken(ctx, u, p)\n}\n\n", i)
		case 3:
			fmt.Fprintf(&b, "func oauthFn%d(user, pass string) (*http.Response, error) {\n\treturn http.PostForm(\"https://idp.example.com/token\", url.Values{\"grant_type\": {\"password\"}, \"username\": {user}, \"password\": {pass}})\n}\n\n", i)
		case 4:
			fmt.Fprintf(&b, "func oauthFn%d(w http.ResponseWriter, r *http.Request) {\n\tq := url.Values{\"response_type\": {\"token\"}, \"client_id\": {\"big\"}}\n\thttp.Redirect(w, r, \"https://idp.example.com/authorize?\"+q.Encode(), http.StatusFound)\n}\n\n", i)
		}
	}
	return b.String()
}
