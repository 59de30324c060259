// Command gen writes the benchmark's generated corpus: a module of N
// packages that mixes ordinary code with OAuth 2.0 code of every kind the
// oauthvet rules know, so that the cost of a run can be measured as N grows.
//
//	go run ./gen -n 400 -o /tmp/corpus-400
//
// The module is example.com/benchcorpus and requires golang.org/x/oauth2
// v0.37.0 (from the module cache or the module proxy). Packages come in
// groups of 20: 16 ordinary library packages (types, methods, generics,
// maps, sorting, errors, JSON, goroutines, each importing two earlier
// ordinary packages so that the import graph has depth) and four OAuth
// packages:
//
//   - helpers: exported functions that build authorization URLs (with and
//     without PKCE, with forwarded options, implicit by hand) and token
//     requests (a grant-type forwarding helper), for facts across packages;
//   - a command-line client (package main) that prints and opens the
//     helpers' URLs, calls AuthCodeURL without PKCE, uses the password
//     grant, and a plain challenge method;
//   - a web server that redirects to AuthCodeURL with S256 PKCE, exchanges
//     the code with the verifier, asks for response_type=token, and posts a
//     JSON token request (struct tags `json:"grant_type"`);
//   - a hand-built HTTP client without golang.org/x/oauth2: url.Values
//     authorization requests opened with xdg-open, fmt.Sprintf URLs, a
//     password grant with http.PostForm, a PKCE S256 request done by hand
//     and a refresh request.
//
// One in four ordinary packages has a _test.go file. The output is
// deterministic for a given N.
//
// With -testdata, each of those tests also imports a package of the
// module under the tested package's testdata directory (pNNNN/testdata/
// fixture), as real modules' tests import fixtures kept there: ./...
// does not match those packages, but the tests' imports make them part of
// the load.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"text/template"
)

const (
	modulePath = "example.com/benchcorpus"
	groupSize  = 20 // packages per group
	oauthKinds = 4  // the last oauthKinds packages of a group are OAuth code
)

func main() {
	n := flag.Int("n", 100, "number of packages")
	out := flag.String("o", "", "output directory (created; must be empty or absent)")
	flag.BoolVar(&withTestdata, "testdata", false, "tests import a fixture package under their package's testdata directory")
	flag.Parse()
	if *out == "" || *n < 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := generate(*out, *n); err != nil {
		log.Fatal(err)
	}
}

// kind of package i.
type kind int

const (
	ordinary kind = iota
	helpers
	cli
	web
	handbuilt
)

func kindOf(i int) kind {
	switch j := i % groupSize; {
	case j < groupSize-oauthKinds:
		return ordinary
	default:
		return kind(j - (groupSize - oauthKinds) + 1)
	}
}

func pkgName(i int) string { return fmt.Sprintf("p%04d", i) }

// lastBefore returns the last package before i of kind k, or -1.
func lastBefore(i int, k kind) int {
	for j := i - 1; j >= 0; j-- {
		if kindOf(j) == k {
			return j
		}
	}
	return -1
}

// ordinaryDeps returns up to two earlier ordinary packages for i to import.
func ordinaryDeps(i int) []int {
	var deps []int
	if a := lastBefore(i, ordinary); a >= 0 {
		deps = append(deps, a)
		// A second, farther dependency: about half way back.
		for j := i / 2; j >= 0; j-- {
			if kindOf(j) == ordinary && j != a {
				deps = append(deps, j)
				break
			}
		}
	}
	return deps
}

// withTestdata is -testdata.
var withTestdata bool

type data struct {
	Testdata bool // the test imports ./testdata/fixture
	Module   string
	Name     string // package name (main for commands)
	Dir      string // directory under the module root
	Index    int
	Deps     []string // directory names of ordinary packages imported
	Helpers  string   // directory of the helpers package used, or ""
}

func generate(root string, n int) error {
	if entries, err := os.ReadDir(root); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s exists and is not empty", root)
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return err
	}
	if err := write(filepath.Join(root, "go.mod"), []byte(goMod), false); err != nil {
		return err
	}
	if err := write(filepath.Join(root, "go.sum"), []byte(goSum), false); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		d := data{Module: modulePath, Name: pkgName(i), Dir: pkgName(i), Index: i}
		for _, j := range ordinaryDeps(i) {
			d.Deps = append(d.Deps, pkgName(j))
		}
		var files map[string]*template.Template
		switch kindOf(i) {
		case ordinary:
			files = map[string]*template.Template{"code.go": ordinaryTmpl, "more.go": ordinaryMoreTmpl}
			if i%4 == 0 {
				files["code_test.go"] = ordinaryTestTmpl
				if withTestdata {
					d.Testdata = true
					files[filepath.Join("testdata", "fixture", "fixture.go")] = fixtureTmpl
				}
			}
		case helpers:
			files = map[string]*template.Template{"helpers.go": helpersTmpl}
		case cli:
			d.Name = "main"
			if h := lastBefore(i, helpers); h >= 0 {
				d.Helpers = pkgName(h)
			}
			files = map[string]*template.Template{"main.go": cliTmpl}
		case web:
			files = map[string]*template.Template{"web.go": webTmpl}
		case handbuilt:
			d.Name = "main"
			files = map[string]*template.Template{"main.go": handbuiltTmpl}
		}
		dir := filepath.Join(root, d.Dir)
		for name, t := range files {
			if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
				return err
			}
			var buf bytes.Buffer
			if err := t.Execute(&buf, d); err != nil {
				return fmt.Errorf("%s/%s: %v", d.Dir, name, err)
			}
			if err := write(filepath.Join(dir, name), buf.Bytes(), true); err != nil {
				return err
			}
		}
	}
	return nil
}

func write(name string, src []byte, gofmt bool) error {
	if gofmt {
		formatted, err := format.Source(src)
		if err != nil {
			return fmt.Errorf("%s: %v\n%s", name, err, src)
		}
		src = formatted
	}
	return os.WriteFile(name, src, 0o644)
}

const goMod = `module ` + modulePath + `

go 1.26.0

require golang.org/x/oauth2 v0.37.0
`

const goSum = `golang.org/x/oauth2 v0.37.0 h1:JUlcxA8oAtauLfiH8FX2/FkAWHAdi0QtGCGc+hofE98=
golang.org/x/oauth2 v0.37.0/go.mod h1:IxwZNxUULJmpBFf9K/9NTMSIfZZuvuTy1gGxhigP/58=
`

var funcs = template.FuncMap{}

func parse(src string) *template.Template {
	return template.Must(template.New("").Funcs(funcs).Parse(src))
}

// ordinaryTmpl is a library package of ordinary code: no OAuth.
var ordinaryTmpl = parse(`// Package {{.Name}} is ordinary library code of the benchmark corpus.
package {{.Name}}

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
{{range .Deps}}
	"{{$.Module}}/{{.}}"
{{- end}}
)

// ErrEmpty is returned for empty input.
var ErrEmpty = errors.New("{{.Name}}: empty input")

const (
	defaultLimit = {{.Index}} + 16
	separator    = ", "
	greeting     = "hello from {{.Name}}"
)

// Item is a named, weighted value.
type Item struct {
	Name   string            ` + "`json:\"name\"`" + `
	Weight int               ` + "`json:\"weight\"`" + `
	Tags   []string          ` + "`json:\"tags,omitempty\"`" + `
	Attrs  map[string]string ` + "`json:\"attrs,omitempty\"`" + `
}

// Store keeps items by name.
type Store struct {
	mu    sync.Mutex
	items map[string]*Item
	order []string
}

// NewStore returns an empty store.
func NewStore() *Store {
	return &Store{items: make(map[string]*Item)}
}

// Put adds or replaces an item.
func (s *Store) Put(it *Item) error {
	if it == nil || it.Name == "" {
		return ErrEmpty
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.items[it.Name]; !ok {
		s.order = append(s.order, it.Name)
	}
	s.items[it.Name] = it
	return nil
}

// Get returns the item called name.
func (s *Store) Get(name string) (*Item, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	it, ok := s.items[name]
	return it, ok
}

// Heaviest returns the n heaviest items, heaviest first.
func (s *Store) Heaviest(n int) []*Item {
	s.mu.Lock()
	all := make([]*Item, 0, len(s.items))
	for _, name := range s.order {
		all = append(all, s.items[name])
	}
	s.mu.Unlock()
	sort.Slice(all, func(i, j int) bool {
		if all[i].Weight != all[j].Weight {
			return all[i].Weight > all[j].Weight
		}
		return all[i].Name < all[j].Name
	})
	if n > len(all) {
		n = len(all)
	}
	return all[:n]
}

// Describe renders an item on one line.
func Describe(it *Item) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%d)", it.Name, it.Weight)
	if len(it.Tags) > 0 {
		b.WriteString(" [")
		b.WriteString(strings.Join(it.Tags, separator))
		b.WriteString("]")
	}
	keys := make([]string, 0, len(it.Attrs))
	for k := range it.Attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%q", k, it.Attrs[k])
	}
	return b.String()
}

// Compute combines this package's work with its dependencies'.
func Compute(words []string) (int, error) {
	if len(words) == 0 {
		return 0, ErrEmpty
	}
	total := 0
	for i, w := range words {
		switch {
		case strings.HasPrefix(w, "#"):
			continue
		case i%3 == 0:
			total += len(w) * 3
		default:
			total += len(w)
		}
	}
{{- range .Deps}}
	if n, err := {{.}}.Compute(words[1:]); err == nil {
		total += n
	}
{{- end}}
	if total > defaultLimit*1000 {
		return 0, fmt.Errorf("{{.Name}}: total %d over limit", total)
	}
	return total, nil
}

// Greeting names the package.
func Greeting() string { return greeting }
`)

var ordinaryMoreTmpl = parse(`package {{.Name}}

import (
	"context"
	"encoding/json"
	"strconv"
	"sync"
	"time"
)

// Map applies f to each element of xs.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// Filter keeps the elements of xs for which keep is true.
func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// Number is any integer or float type.
type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

// Sum adds xs.
func Sum[N Number](xs []N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

// Encode returns the JSON form of the heaviest items.
func (s *Store) Encode(n int) ([]byte, error) {
	return json.Marshal(s.Heaviest(n))
}

// Decode adds the items of a JSON array.
func (s *Store) Decode(data []byte) error {
	var items []*Item
	if err := json.Unmarshal(data, &items); err != nil {
		return err
	}
	for _, it := range items {
		if err := s.Put(it); err != nil {
			return err
		}
	}
	return nil
}

// Parallel computes the weights of names concurrently.
func Parallel(ctx context.Context, names []string) map[string]int {
	var (
		mu  sync.Mutex
		wg  sync.WaitGroup
		out = make(map[string]int, len(names))
	)
	for _, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case <-ctx.Done():
				return
			case <-time.After(time.Microsecond):
			}
			w, err := strconv.Atoi(name)
			if err != nil {
				w = len(name)
			}
			mu.Lock()
			out[name] = w
			mu.Unlock()
		}()
	}
	wg.Wait()
	return out
}

// Stats are summary statistics.
type Stats struct {
	Count    int
	Min, Max int
	Mean     float64
}

// Summarise computes Stats over ws.
func Summarise(ws []int) Stats {
	if len(ws) == 0 {
		return Stats{}
	}
	st := Stats{Count: len(ws), Min: ws[0], Max: ws[0]}
	for _, w := range ws {
		st.Min = min(st.Min, w)
		st.Max = max(st.Max, w)
	}
	st.Mean = float64(Sum(ws)) / float64(len(ws))
	return st
}

// String implements fmt.Stringer.
func (st Stats) String() string {
	return "n=" + strconv.Itoa(st.Count) + " min=" + strconv.Itoa(st.Min) +
		" max=" + strconv.Itoa(st.Max) + " mean=" + strconv.FormatFloat(st.Mean, 'f', 2, 64)
}
`)

var ordinaryTestTmpl = parse(`package {{.Name}}

{{if .Testdata}}import (
	"testing"

	"{{.Module}}/{{.Dir}}/testdata/fixture"
)

{{- else}}import "testing"{{end}}
{{if .Testdata}}
func TestFixture(t *testing.T) {
	for _, in := range fixture.Inputs() {
		if _, err := Compute(in); err != nil && len(in) > 0 {
			t.Fatalf("Compute(%q) = %v", in, err)
		}
	}
}
{{end}}
func TestCompute(t *testing.T) {
	if _, err := Compute(nil); err != ErrEmpty {
		t.Fatalf("Compute(nil) = %v, want ErrEmpty", err)
	}
	n, err := Compute([]string{"a", "bb", "#c"})
	if err != nil || n <= 0 {
		t.Fatalf("Compute = %d, %v", n, err)
	}
}

func TestStore(t *testing.T) {
	s := NewStore()
	for i, name := range []string{"x", "y", "z"} {
		if err := s.Put(&Item{Name: name, Weight: i}); err != nil {
			t.Fatal(err)
		}
	}
	if got := s.Heaviest(1); len(got) != 1 || got[0].Name != "z" {
		t.Fatalf("Heaviest(1) = %v", got)
	}
}
`)

// fixtureTmpl is a test fixture package under a testdata directory.
var fixtureTmpl = parse(`// Package fixture holds {{.Dir}}'s test inputs.
package fixture

import "strings"

// Inputs returns the inputs the tests feed to Compute.
func Inputs() [][]string {
	return [][]string{
		strings.Fields("alpha beta gamma"),
		strings.Split("{{.Dir}},x,yy,#zzz", ","),
		nil,
	}
}
`)

// helpersTmpl exports helpers whose facts flow to other packages.
var helpersTmpl = parse(`// Package {{.Name}} exports OAuth helpers used by other packages.
package {{.Name}}

import (
	"net/url"

	"golang.org/x/oauth2"
)

// Config returns the client configuration.
func Config(clientID string) *oauth2.Config {
	return &oauth2.Config{
		ClientID: clientID,
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://idp.example.com/oauth2/authorize",
			TokenURL: "https://idp.example.com/oauth2/token",
		},
		RedirectURL: "http://127.0.0.1:8{{printf "%03d" .Index}}/callback",
		Scopes:      []string{"openid", "profile"},
	}
}

// ConsentURL returns an authorization URL without PKCE.
func ConsentURL(c *oauth2.Config, state string) string {
	return c.AuthCodeURL(state, oauth2.AccessTypeOffline)
}

// PKCEURL returns an authorization URL with an S256 challenge.
func PKCEURL(c *oauth2.Config, state, verifier string) string {
	return c.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier))
}

// WithOptions forwards its callers' options.
func WithOptions(c *oauth2.Config, state string, opts ...oauth2.AuthCodeOption) string {
	return c.AuthCodeURL(state, opts...)
}

// Implicit builds an implicit-grant URL by hand.
func Implicit(base, clientID string) string {
	q := url.Values{"response_type": {"token"}, "client_id": {clientID}}
	return base + "?" + q.Encode()
}

// Wrapped calls another helper.
func Wrapped(c *oauth2.Config) string {
	return ConsentURL(c, "state-{{.Index}}")
}

// Grant sends grantType as the grant type.
func Grant(grantType string, form url.Values) url.Values {
	form.Set("grant_type", grantType)
	return form
}
`)

// cliTmpl is a command-line client: a public client.
var cliTmpl = parse(`// Command {{.Dir}} is a command-line OAuth client.
package main

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"

	"golang.org/x/oauth2"
{{- if .Helpers}}

	"{{.Module}}/{{.Helpers}}"
{{- end}}
{{- range .Deps}}
	"{{$.Module}}/{{.}}"
{{- end}}
)

var conf = &oauth2.Config{
	ClientID: "cli-{{.Index}}",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://idp.example.com/authorize",
		TokenURL: "https://idp.example.com/token",
	},
	RedirectURL: "http://127.0.0.1:9{{printf "%03d" .Index}}/callback",
}

func login(ctx context.Context) (*oauth2.Token, error) {
	u := conf.AuthCodeURL("state")
	fmt.Println("Open this URL in your browser:", u)
	if err := exec.Command("xdg-open", u).Start(); err != nil {
		return nil, err
	}
	var code string
	fmt.Scanln(&code)
	return conf.Exchange(ctx, code)
}

func loginPKCE(ctx context.Context) (*oauth2.Token, error) {
	verifier := oauth2.GenerateVerifier()
	u := conf.AuthCodeURL("state", oauth2.S256ChallengeOption(verifier))
	fmt.Println(u)
	var code string
	fmt.Scanln(&code)
	return conf.Exchange(ctx, code, oauth2.VerifierOption(verifier))
}

func loginPlain(ctx context.Context) string {
	verifier := oauth2.GenerateVerifier()
	return conf.AuthCodeURL("state",
		oauth2.SetAuthURLParam("code_challenge", verifier),
		oauth2.SetAuthURLParam("code_challenge_method", "plain"))
}

func password(ctx context.Context, user, pass string) (*oauth2.Token, error) {
	return conf.PasswordCredentialsToken(ctx, user, pass)
}
{{if .Helpers}}
func viaHelpers() {
	c := {{.Helpers}}.Config("cli-{{.Index}}")
	fmt.Println({{.Helpers}}.ConsentURL(c, "s"))
	fmt.Println({{.Helpers}}.Wrapped(c))
	fmt.Println({{.Helpers}}.PKCEURL(c, "s", oauth2.GenerateVerifier()))
	fmt.Println({{.Helpers}}.WithOptions(c, "s", oauth2.AccessTypeOffline))
	exec.Command("xdg-open", {{.Helpers}}.Implicit("https://idp.example.com/authorize", "cli")).Run()
	form := {{.Helpers}}.Grant("password", url.Values{"username": {"u"}, "password": {"p"}})
	http.PostForm("https://idp.example.com/token", form)
}
{{end}}
func main() {
	ctx := context.Background()
{{- range .Deps}}
	if n, err := {{.}}.Compute(os.Args); err == nil {
		fmt.Println(n)
	}
{{- end}}
	if _, err := login(ctx); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	loginPKCE(ctx)
	fmt.Println(loginPlain(ctx))
	password(ctx, os.Getenv("USER"), os.Getenv("PASS"))
{{- if .Helpers}}
	viaHelpers()
{{- end}}
}
`)

// webTmpl is a server-side web application: a confidential client.
var webTmpl = parse(`// Package {{.Name}} is a web application's OAuth login.
package {{.Name}}

import (
	"bytes"
	"encoding/json"
	"net/http"

	"golang.org/x/oauth2"
{{- range .Deps}}
	"{{$.Module}}/{{.}}"
{{- end}}
)

// Server handles the login routes.
type Server struct {
	Conf     *oauth2.Config
	verifier string
}

// NewServer returns a Server for the given client.
func NewServer(id, secret string) *Server {
	return &Server{Conf: &oauth2.Config{
		ClientID:     id,
		ClientSecret: secret,
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://idp.example.com/authorize",
			TokenURL: "https://idp.example.com/token",
		},
		RedirectURL: "https://app{{.Index}}.example.com/callback",
	}}
}

// Login redirects to the authorization server with PKCE.
func (s *Server) Login(w http.ResponseWriter, r *http.Request) {
	s.verifier = oauth2.GenerateVerifier()
	http.Redirect(w, r, s.Conf.AuthCodeURL("state", oauth2.S256ChallengeOption(s.verifier)), http.StatusFound)
}

// LoginImplicit asks for the token in the fragment.
func (s *Server) LoginImplicit(w http.ResponseWriter, r *http.Request) {
	u := s.Conf.AuthCodeURL("state", oauth2.SetAuthURLParam("response_type", "token"))
	http.Redirect(w, r, u, http.StatusFound)
}

// Callback exchanges the code with the verifier.
func (s *Server) Callback(w http.ResponseWriter, r *http.Request) {
	tok, err := s.Conf.Exchange(r.Context(), r.URL.Query().Get("code"), oauth2.VerifierOption(s.verifier))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	json.NewEncoder(w).Encode(tok)
}

type tokenRequest struct {
	GrantType string ` + "`json:\"grant_type\"`" + `
	Username  string ` + "`json:\"username\"`" + `
	Password  string ` + "`json:\"password\"`" + `
	ClientID  string ` + "`json:\"client_id\"`" + `
}

// PasswordLogin posts a JSON password grant.
func (s *Server) PasswordLogin(user, pass string) (*http.Response, error) {
	body, err := json.Marshal(tokenRequest{GrantType: "password", Username: user, Password: pass, ClientID: s.Conf.ClientID})
	if err != nil {
		return nil, err
	}
	return http.Post(s.Conf.Endpoint.TokenURL, "application/json", bytes.NewReader(body))
}

// Routes registers the handlers.
func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/login", s.Login)
	mux.HandleFunc("/login/implicit", s.LoginImplicit)
	mux.HandleFunc("/callback", s.Callback)
{{- range .Deps}}
	mux.HandleFunc("/{{.}}", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte({{.}}.Greeting()))
	})
{{- end}}
}
`)

// handbuiltTmpl speaks OAuth over plain HTTP, without golang.org/x/oauth2.
var handbuiltTmpl = parse(`// Command {{.Dir}} speaks OAuth over plain HTTP.
package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strings"
)

const (
	authorizeEndpoint = "https://idp.example.com/oauth2/authorize"
	tokenEndpoint     = "https://idp.example.com/oauth2/token"
	clientID          = "desktop-{{.Index}}"
	redirectURI       = "http://127.0.0.1:7{{printf "%03d" .Index}}/callback"
)

func randomString() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func authorizeWithoutPKCE(state string) error {
	params := url.Values{}
	params.Set("response_type", "code")
	params.Set("client_id", clientID)
	params.Set("redirect_uri", redirectURI)
	params.Set("state", state)
	return exec.Command("xdg-open", authorizeEndpoint+"?"+params.Encode()).Run()
}

func authorizeSprintf(state string) error {
	u := fmt.Sprintf("%s?response_type=code&client_id=%s&redirect_uri=%s&state=%s",
		authorizeEndpoint, clientID, url.QueryEscape(redirectURI), state)
	fmt.Println("open", u)
	return nil
}

func authorize(state string) (string, error) {
	verifier := randomString()
	sum := sha256.Sum256([]byte(verifier))
	params := url.Values{
		"response_type":         {"code"},
		"client_id":             {clientID},
		"redirect_uri":          {redirectURI},
		"state":                 {state},
		"code_challenge":        {base64.RawURLEncoding.EncodeToString(sum[:])},
		"code_challenge_method": {"S256"},
	}
	return verifier, exec.Command("xdg-open", authorizeEndpoint+"?"+params.Encode()).Run()
}

func exchange(code, verifier string) (*http.Response, error) {
	form := url.Values{
		"grant_type":    {"authorization_code"},
		"code":          {code},
		"redirect_uri":  {redirectURI},
		"client_id":     {clientID},
		"code_verifier": {verifier},
	}
	return http.Post(tokenEndpoint, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}

func passwordGrant(user, pass string) (*http.Response, error) {
	return http.PostForm(tokenEndpoint, url.Values{
		"grant_type": {"password"},
		"username":   {user},
		"password":   {pass},
		"client_id":  {clientID},
	})
}

func refresh(refreshToken string) (*http.Response, error) {
	return http.PostForm(tokenEndpoint, url.Values{
		"grant_type":    {"refresh_token"},
		"refresh_token": {refreshToken},
		"client_id":     {clientID},
	})
}

func main() {
	state := randomString()
	verifier, err := authorize(state)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	authorizeWithoutPKCE(state)
	authorizeSprintf(state)
	var code string
	fmt.Scanln(&code)
	exchange(code, verifier)
	passwordGrant(os.Getenv("USER"), os.Getenv("PASS"))
	refresh("r")
}
`)
