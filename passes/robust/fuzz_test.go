package robust

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/oauthvet/oauthvet"
	"github.com/oauthvet/oauthvet/passes/internal/combined"
)

// oauth2Stub declares, for the fuzzer's type checker, the parts of
// golang.org/x/oauth2's API the model knows (same names and signatures),
// so that mutated programs resolve to "the real" oauth2 without loading it.
const oauth2Stub = `package oauth2

import "context"

type Endpoint struct{ AuthURL, DeviceAuthURL, TokenURL string }

type Config struct {
	ClientID, ClientSecret, RedirectURL string
	Endpoint                            Endpoint
	Scopes                              []string
}

type Token struct{ AccessToken string }

type DeviceAuthResponse struct{ DeviceCode, UserCode, VerificationURI string }

type AuthCodeOption interface{ setValue() }

type setParam struct{ k, v string }

func (setParam) setValue() {}

var (
	AccessTypeOnline  AuthCodeOption = setParam{"access_type", "online"}
	AccessTypeOffline AuthCodeOption = setParam{"access_type", "offline"}
	ApprovalForce     AuthCodeOption = setParam{"prompt", "consent"}
)

func SetAuthURLParam(key, value string) AuthCodeOption { return setParam{key, value} }
func S256ChallengeOption(verifier string) AuthCodeOption { return setParam{} }
func S256ChallengeFromVerifier(verifier string) string  { return "" }
func VerifierOption(verifier string) AuthCodeOption      { return setParam{} }
func GenerateVerifier() string                          { return "" }

func (c *Config) AuthCodeURL(state string, opts ...AuthCodeOption) string { return "" }
func (c *Config) Exchange(ctx context.Context, code string, opts ...AuthCodeOption) (*Token, error) {
	return nil, nil
}
func (c *Config) PasswordCredentialsToken(ctx context.Context, username, password string) (*Token, error) {
	return nil, nil
}
func (c *Config) DeviceAuth(ctx context.Context, opts ...AuthCodeOption) (*DeviceAuthResponse, error) {
	return nil, nil
}
func (c *Config) DeviceAccessToken(ctx context.Context, da *DeviceAuthResponse, opts ...AuthCodeOption) (*Token, error) {
	return nil, nil
}
`

// fuzzImporter resolves golang.org/x/oauth2 to the stub and everything
// else through the toolchain's export data; it is shared by all inputs.
type fuzzImporter struct {
	mu     sync.Mutex
	std    types.Importer
	cache  map[string]*types.Package
	oauth2 *types.Package
}

func (imp *fuzzImporter) Import(path string) (*types.Package, error) {
	imp.mu.Lock()
	defer imp.mu.Unlock()
	if path == "golang.org/x/oauth2" {
		return imp.oauth2, nil
	}
	if pkg, ok := imp.cache[path]; ok {
		return pkg, nil
	}
	// Mutated import paths would each cost a go list run: only the
	// packages the fixtures use resolve; the rest is a type error, as a
	// missing import is for a driver.
	return nil, fmt.Errorf("package %q is not available to the fuzzer", path)
}

// fuzzStd are the standard packages the fixtures import, loaded once.
var fuzzStd = []string{
	"bufio", "bytes", "context", "crypto/rand", "crypto/sha256", "encoding/base64", "encoding/hex",
	"encoding/json", "errors", "fmt", "html/template", "io", "log", "net", "net/http", "net/url",
	"os", "os/exec", "runtime", "strconv", "strings", "sync", "testing", "time",
}

func newFuzzImporter(t testing.TB) *fuzzImporter {
	fset := token.NewFileSet()
	imp := &fuzzImporter{std: importer.ForCompiler(fset, "gc", nil), cache: map[string]*types.Package{}}
	for _, path := range fuzzStd {
		pkg, err := imp.std.Import(path)
		if err != nil {
			t.Fatal(err)
		}
		imp.cache[path] = pkg
	}
	f, err := parser.ParseFile(fset, "oauth2.go", oauth2Stub, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: imp.std}
	imp.oauth2, err = conf.Check("golang.org/x/oauth2", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return imp
}

// analyze parses and type-checks src as far as it goes and runs the whole
// suite on it, as a driver would on an ill-typed package.
func analyze(t *testing.T, imp *fuzzImporter, suite []*analysis.Analyzer, src []byte) (diagnostics int) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "fuzz.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if f == nil || f.Name == nil || f.Name.Name == "" || f.Name.Name == "_" {
		return 0 // nothing a driver would analyse
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Instances:    map[*ast.Ident]types.Instance{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		FileVersions: map[*ast.File]string{},
	}
	var typeErrs []types.Error
	conf := types.Config{
		Importer: imp,
		Error:    func(e error) { typeErrs = append(typeErrs, e.(types.Error)) },
		Sizes:    types.SizesFor("gc", "amd64"),
	}
	pkg, _ := conf.Check("example.com/fuzz", fset, []*ast.File{f}, info)
	p := &packages.Package{
		ID:         "example.com/fuzz",
		Name:       f.Name.Name,
		PkgPath:    "example.com/fuzz",
		Fset:       fset,
		Syntax:     []*ast.File{f},
		Types:      pkg,
		TypesInfo:  info,
		TypesSizes: conf.Sizes,
		IllTyped:   err != nil || len(typeErrs) > 0,
		Imports:    map[string]*packages.Package{},
	}
	graph, aerr := checker.Analyze(suite, []*packages.Package{p}, nil)
	if aerr != nil {
		t.Fatalf("checker: %v", aerr)
	}
	for act := range graph.All() {
		if act.Err != nil {
			t.Fatalf("%s failed on:\n%s\n\n%v", act.Analyzer.Name, src, act.Err)
		}
		diagnostics += len(act.Diagnostics)
	}
	return diagnostics
}

// TestFuzzHarnessSeesFindings keeps FuzzAnalyze honest: on a fixture with
// findings, the harness's stub oauth2 and driver produce them.
func TestFuzzHarnessSeesFindings(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(testdata, "pkce", "quickstart", "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	if n := analyze(t, newFuzzImporter(t), fuzzSuite(), src); n == 0 {
		t.Fatal("the fuzz harness reported nothing on a fixture with a finding")
	}
}

func fuzzSuite() []*analysis.Analyzer {
	return []*analysis.Analyzer{combined.Analyzer("suite", oauthvet.Analyzers()...)}
}

// FuzzAnalyze runs every analyzer over mutated source files; seeds are the
// fixtures. An analyzer error (a recovered panic) fails the input.
func FuzzAnalyze(f *testing.F) {
	err := filepath.WalkDir(testdata, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.Contains(path, "stubs") {
			data, err := os.ReadFile(path)
			if err == nil && len(data) < 64<<10 {
				f.Add(data)
			}
		}
		return nil
	})
	if err != nil {
		f.Fatal(err)
	}
	imp := newFuzzImporter(f)
	suite := fuzzSuite()
	f.Fuzz(func(t *testing.T, src []byte) {
		analyze(t, imp, suite, src)
	})
}

// FuzzEvaluate puts arbitrary strings where the model folds constants,
// evaluates fmt.Sprintf and parses queries: keys and values of url.Values,
// a format string and its arguments, concatenations, redirect URIs.
func FuzzEvaluate(f *testing.F) {
	f.Add("response_type", "token", "%s/authorize?%s&x=%d", "https://idp", "http://127.0.0.1:0/cb")
	f.Add("grant_type", "password", "%[1]s%%%q", "&code_challenge=", "urn:ietf:wg:oauth:2.0:oob")
	f.Add("code_challenge", "\x00", "%v%v%v", "?response_type=code", "com.example:/cb")
	imp := newFuzzImporter(f)
	suite := fuzzSuite()
	f.Fuzz(func(t *testing.T, key, val, format, piece, redirect string) {
		q := strconv.Quote
		src := "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n\n\t\"golang.org/x/oauth2\"\n)\n\n" +
			"var conf = &oauth2.Config{RedirectURL: " + q(redirect) + "}\n\n" +
			"const piece = " + q(piece) + "\n\n" +
			"func main() {\n" +
			"\tv := url.Values{" + q(key) + ": {" + q(val) + "}}\n" +
			"\tv.Set(" + q(val) + ", piece)\n" +
			"\ts := fmt.Sprintf(" + q(format) + ", piece, v.Encode(), 7)\n" +
			"\tfmt.Println(\"https://idp.example.com/authorize?\" + s + piece + " + q(key) + ")\n" +
			"\tfmt.Println(conf.AuthCodeURL(piece, oauth2.SetAuthURLParam(" + q(key) + ", " + q(val) + ")))\n" +
			"\tm := map[string]string{" + q(key) + ": piece + " + q(val) + "}\n" +
			"\tfmt.Println(m)\n" +
			"}\n"
		analyze(t, imp, suite, []byte(src))
	})
}
