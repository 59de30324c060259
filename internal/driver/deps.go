package driver

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"io"
	"maps"
	"os"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/oauthvet/oauthvet/passes/oauthmodel"
)

// Dependencies that can hold OAuth flows.
//
// The driver loads dependencies from export data, so the fact analyzers
// never see their code: an SDK method in another module that always sends
// the password grant, or returns an authorization URL without PKCE, would
// carry no fact to its callers (go vet -vettool analyses every dependency
// and does see it). Analysing every dependency from source is what makes
// the x/tools checker several times slower than the floor (see
// bench/RESULTS.md), so the driver analyses only the dependencies that can
// hold an OAuth request, in the modules the production packages import
// directly, decided before anything is parsed:
//
//   - a package whose source names a request parameter as a whole word
//     (response_type, grant_type, redirect_uri: every hand-built
//     authorization or token request, form, URL or tagged struct, has one),
//     or that imports golang.org/x/oauth2 and calls one of the methods
//     that make a flow of its own (AuthCodeURL, PasswordCredentialsToken);
//   - a package that imports one of those whose export data holds a string
//     constant naming a request parameter (the parameter names can live in
//     a constants package);
//   - a package that can wrap a browser launcher, told by its imports alone
//     (os/exec, or a browser library such as github.com/pkg/browser: see
//     oauthmodel.MayWrapBrowser): its BrowserFacts say which of its
//     functions open their argument in the browser, the evidence of a
//     native app where a program opens its authorization URL with it. No
//     file is read for this; the packages of a directly imported module
//     that import os/exec are few, and the check of each is the cost of
//     one type-check (bench/RESULTS.md);
//
// and, while the analysis runs, a dependency that imports an analysed
// dependency that exported facts (a public package wrapping the SDK's
// internal one). The scan reads each such dependency's files once, in
// chunks (it keeps none of the tens of megabytes it reads);
// the few packages it selects are parsed and type-checked against their
// own dependencies' export data, as the compiler did, when the executor
// reaches them. Their facts are then re-keyed to the export data's
// objects, which are the ones the analysed packages use.
//
// Only dependencies of production packages are considered: a package
// imported only by tests serves _test.go files, where nothing is reported.

// paramWords are the request parameters that every OAuth request the
// model recognises names (see oauthmodel's relevance check).
var paramWords = [][]byte{[]byte("response_type"), []byte("grant_type"), []byte("redirect_uri")}

// oauth2Calls are the golang.org/x/oauth2 methods that make a flow whose
// fact callers could need.
var oauth2Calls = [][]byte{[]byte("AuthCodeURL"), []byte("PasswordCredentialsToken")}

// depSelection is the dependencies to analyse: static ones always,
// relay ones when one of their analysed imports exported facts.
type depSelection struct {
	static map[*packages.Package]bool
	relay  map[*packages.Package]bool
}

func (s *depSelection) len() int { return len(s.static) + len(s.relay) }

// selectDependencies returns the dependencies of pkgs that are analysed
// for their facts (see above).
func selectDependencies(pkgs []*packages.Package) *depSelection {
	sel := &depSelection{static: make(map[*packages.Package]bool), relay: make(map[*packages.Package]bool)}
	// The dependencies of production packages, without syntax, in the
	// modules the production packages import directly: an SDK's facts
	// reach a program through the SDK module it imports (its public
	// package wrapping its internal ones); flows two modules away (a
	// cloud library's token exchange under another library) are that
	// library's business, and analysing them would cost what this
	// selection saves.
	direct := make(map[string]bool)
	for _, p := range pkgs {
		if isTestVariant(p) {
			continue
		}
		for _, imp := range p.Imports {
			if imp.Module != nil {
				direct[imp.Module.Path] = true
			}
		}
	}
	var deps []*packages.Package
	seen := make(map[*packages.Package]bool)
	var visit func(p *packages.Package)
	visit = func(p *packages.Package) {
		for _, imp := range p.Imports {
			if seen[imp] {
				continue
			}
			seen[imp] = true
			if candidateDep(imp) && direct[imp.Module.Path] {
				deps = append(deps, imp)
			}
			visit(imp)
		}
	}
	for _, p := range pkgs {
		if isTestVariant(p) {
			continue
		}
		seen[p] = true
		visit(p)
	}
	if len(deps) == 0 {
		return sel
	}

	// The source scan, in parallel.
	mentions := make([]bool, len(deps))
	var wg sync.WaitGroup
	work := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(deps)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte // one per worker: the scan reads tens of megabytes and keeps none
			for i := range work {
				mentions[i] = mentionsOAuth(deps[i], &buf)
			}
		}()
	}
	for i := range deps {
		work <- i
	}
	close(work)
	wg.Wait()

	for i, d := range deps {
		if mentions[i] || oauthmodel.MayWrapBrowser(maps.Keys(d.Imports)) {
			sel.static[d] = true
		}
	}
	// Packages that export parameter names as constants, among those the
	// scan selected: their importers are selected too. (The loader's
	// types of an indirect dependency hold only what its importers'
	// export data mention, and a constant is inlined there: read the
	// package's own export data.)
	constants := make(map[*packages.Package]bool)
	for i, d := range deps {
		if mentions[i] && exportsParamConstant(d) {
			constants[d] = true
		}
	}
	for _, d := range deps {
		if sel.static[d] {
			continue
		}
		for _, imp := range d.Imports {
			if constants[imp] {
				sel.static[d] = true
				break
			}
		}
	}
	// Relays: dependencies that import a selected one, directly or not.
	memo := make(map[*packages.Package]bool)
	var reaches func(p *packages.Package) bool
	reaches = func(p *packages.Package) bool {
		if r, ok := memo[p]; ok {
			return r
		}
		memo[p] = false
		r := false
		for _, imp := range p.Imports {
			if sel.static[imp] || reaches(imp) {
				r = true
			}
		}
		memo[p] = r
		return r
	}
	for _, d := range deps {
		if !sel.static[d] && reaches(d) {
			sel.relay[d] = true
		}
	}
	return sel
}

// candidateDep reports whether p is a dependency the scan considers: one
// of a module (not the standard library), loaded without syntax, and not
// golang.org/x/oauth2 itself (its API is modelled where it is called).
func candidateDep(p *packages.Package) bool {
	if p.Module == nil || len(p.Syntax) > 0 || p.Types == nil || len(p.CompiledGoFiles) == 0 {
		return false
	}
	path := p.PkgPath
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		path = path[i+len("/vendor/"):]
	}
	return path != "golang.org/x/oauth2" && !strings.HasPrefix(path, "golang.org/x/oauth2/") && p.PkgPath != "unsafe"
}

// isTestVariant reports whether p is a test variant, an external test
// package or a test main.
func isTestVariant(p *packages.Package) bool {
	return strings.Contains(p.ID, " [") || strings.HasSuffix(p.ID, ".test") || strings.HasSuffix(p.PkgPath, "_test")
}

// mentionsOAuth reports whether p's source names a request parameter, or
// calls a flow-making oauth2 method while importing golang.org/x/oauth2.
func mentionsOAuth(p *packages.Package, buf *[]byte) bool {
	words := paramWords
	for path := range p.Imports {
		if path == "golang.org/x/oauth2" || strings.HasSuffix(path, "/vendor/golang.org/x/oauth2") {
			words = append(append([][]byte(nil), paramWords...), oauth2Calls...)
			break
		}
	}
	for _, name := range p.GoFiles {
		if scanFile(name, words, buf) {
			return true
		}
	}
	return false
}

// scanChunk is how much of a file the scan holds at a time.
const scanChunk = 64 << 10

// scanFile reports whether the file name holds one of words (see
// containsWord), reading it in chunks of whole lines into *buf.
func scanFile(name string, words [][]byte, buf *[]byte) bool {
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	if *buf == nil {
		*buf = make([]byte, scanChunk)
	}
	b := *buf
	n := 0 // bytes of b in use: the unscanned tail of the last read
	for {
		m, err := io.ReadFull(f, b[n:])
		n += m
		end := n
		if err == nil {
			// Scan whole lines; a line longer than the buffer is
			// scanned in pieces.
			if i := bytes.LastIndexByte(b[:n], '\n'); i >= 0 {
				end = i + 1
			}
		}
		for _, w := range words {
			if containsWord(b[:end], w) {
				return true
			}
		}
		if err != nil {
			return false // io.EOF, io.ErrUnexpectedEOF or a read error
		}
		n = copy(b, b[end:n])
	}
}

// containsWord reports whether w occurs in src as a whole word (not
// within a longer identifier: "response_type_url" is not response_type)
// outside a line comment (documentation that mentions a parameter or a
// method is no request).
func containsWord(src, w []byte) bool {
	for off := 0; ; {
		i := bytes.Index(src[off:], w)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(w)
		if (i == 0 || !wordByte(src[i-1])) && (end == len(src) || !wordByte(src[end])) && !inLineComment(src, i) {
			return true
		}
		off = i + 1
	}
}

// inLineComment reports whether src[i] lies after "//" on its line, where
// the "//" is not inside a string (as in "https://…?response_type=code").
func inLineComment(src []byte, i int) bool {
	start := bytes.LastIndexByte(src[:i], '\n') + 1
	line := src[start:i]
	var quote byte
	for j := 0; j < len(line); j++ {
		c := line[j]
		switch {
		case quote != 0:
			if c == '\\' && quote != '`' {
				j++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '`' || c == '\'':
			quote = c
		case c == '/' && j+1 < len(line) && line[j+1] == '/':
			return true
		}
	}
	return false
}

func wordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// exportsParamConstant reports whether p's export data declares a string
// constant whose value names a request parameter.
func exportsParamConstant(p *packages.Package) bool {
	if p.ExportFile == "" {
		return false
	}
	f, err := os.Open(p.ExportFile)
	if err != nil {
		return false
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(bufio.NewReader(f))
	if err != nil {
		return false
	}
	tp, err := gcexportdata.Read(r, token.NewFileSet(), make(map[string]*types.Package), p.PkgPath)
	if err != nil {
		return false
	}
	scope := tp.Scope()
	for _, name := range scope.Names() {
		c, ok := scope.Lookup(name).(*types.Const)
		if !ok || c.Val().Kind() != constant.String {
			continue
		}
		s := []byte(constant.StringVal(c.Val()))
		for _, w := range paramWords {
			if containsWord(s, w) {
				return true
			}
		}
	}
	return false
}

// checkDependency parses and type-checks the dependency p, a view copy
// of the loaded package orig, from source, against the export data of its
// imports, into p's Syntax, TypesInfo and Types, and returns the export
// data's package, which the packages importing p see. It reports false,
// leaving p as it was, when that fails: the dependency then contributes
// no facts.
func checkDependency(p, orig *packages.Package) (exported *types.Package, ok bool) {
	imports := orig.Imports
	exported, err := importExport(orig)
	if err != nil {
		return nil, false
	}
	files := make([]*ast.File, 0, len(p.CompiledGoFiles))
	for _, name := range p.CompiledGoFiles {
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, false
		}
		f, err := parseFile(p.Fset, name, src)
		if err != nil {
			return nil, false
		}
		files = append(files, f)
	}
	info := newInfo()
	var failed bool
	conf := types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			imp := imports[path]
			if imp == nil {
				return nil, fmt.Errorf("%s does not import %s", p.PkgPath, path)
			}
			return importExport(imp)
		}),
		Sizes: p.TypesSizes,
		Error: func(error) { failed = true },
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		conf.GoVersion = "go" + p.Module.GoVersion
	}
	tp, _ := conf.Check(p.PkgPath, p.Fset, files, info)
	if failed || tp == nil {
		return nil, false
	}
	p.Types, p.TypesInfo, p.Syntax = tp, info, files
	return exported, true
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
