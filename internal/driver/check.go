package driver

import (
	"bufio"
	"errors"
	"fmt"
	"go/ast"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// Parsing and type-checking, in dependency order, by the executor.
//
// The loader (see load) asks the go command only for the package graph,
// the files and the export data; nothing is parsed then. The executor
// parses and type-checks each named package when it reaches it, after
// the packages it imports, runs the analyzers, and lets the package's
// syntax trees and types.Info go before the next (see execution.run):
// only the types stay, for its importers. go/packages, asked for syntax
// and types, parses and type-checks every named package before returning
// any, so that all of them are in memory at once, the test packages
// (two thirds of a real module's files) included; here a test package is
// type-checked (its errors are the run's errors, as go vet's are) and
// dropped at once.
//
// What go/packages does for each package is done the same way here:
// every package of the graph gets its types.Package before anything is
// read, so that export data never creates a second package for a path;
// a package not named on the command line is read from its export data
// when a named one first imports it, under one lock (reading export data
// may complete packages that other reads share); errors become the
// package's Errors and TypeErrors, and a package is IllTyped when it or
// an import has errors.

// exportMu serialises the reading of export data (see above).
var exportMu sync.Mutex

// viewOrigin holds, for a package copied into the analysed view (see
// rootView), the loaded package it copies, whose Imports are the
// package's own imports by import path: the view's Imports are the
// analysed packages it reaches, which is what the executor orders by, but
// the type checker needs every import, and the errors it finds belong to
// the loaded package (see loadErrors). The executor takes the entry when
// it checks the package.
var viewOrigin sync.Map // *packages.Package → *packages.Package

// prepare gives every package of the graph of pkgs the file set and an
// empty types.Package, which checkSource fills from source and
// importExport from export data.
func prepare(pkgs []*packages.Package) {
	fset := token.NewFileSet()
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		p.Fset = fset
		if p.Types != nil {
			return
		}
		if p.PkgPath == "unsafe" {
			p.Types = types.Unsafe
			return
		}
		p.Types = types.NewPackage(p.PkgPath, p.Name)
	})
}

// completed holds the loaded packages whose types are complete, for
// importers to take without the lock: a package's Types and its
// completeness are written under exportMu by the reading of export data
// (which fills the graph's shared packages), so reading them unlocked
// while another package's export data is read would race.
var completed sync.Map // *packages.Package → *types.Package

// importExport returns the complete types of p, a loaded package (not a
// view copy, whose Imports are pruned): those its source was checked
// into, or else those of its export data.
func importExport(p *packages.Package) (*types.Package, error) {
	if tp, ok := completed.Load(p); ok {
		return tp.(*types.Package), nil
	}
	exportMu.Lock()
	defer exportMu.Unlock()
	if p.Types != nil && p.Types.Complete() {
		completed.Store(p, p.Types)
		return p.Types, nil
	}
	if p.ExportFile == "" {
		return nil, fmt.Errorf("no export data for %s", p.PkgPath)
	}
	f, err := os.Open(p.ExportFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %v", p.ExportFile, err)
	}
	// The export data names packages by path: give it the graph's
	// packages of p's closure, so that it fills them and makes no others.
	view := make(map[string]*types.Package)
	seen := make(map[*packages.Package]bool)
	var visit func(imports map[string]*packages.Package)
	visit = func(imports map[string]*packages.Package) {
		for _, q := range imports {
			if !seen[q] {
				seen[q] = true
				if q.Types != nil {
					view[q.PkgPath] = q.Types
				}
				visit(q.Imports)
			}
		}
	}
	visit(p.Imports)
	if p.Types != nil {
		view[p.PkgPath] = p.Types
	}
	tp, err := gcexportdata.Read(r, p.Fset, view, p.PkgPath)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %v", p.ExportFile, err)
	}
	p.Types = tp
	completed.Store(p, tp)
	return tp, nil
}

// newInfo is the types.Info the analyzers need.
func newInfo() *types.Info {
	return &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
}

// checkSource parses and type-checks the named package p, whose imports
// by path are imports, into p.Types (made by prepare), p.Syntax and
// p.TypesInfo, with its errors in p.Errors and p.TypeErrors, as
// go/packages does. Every package p imports has been checked or is read
// from its export data now. orig, when not p, is the loaded package p is
// a copy of: it gets the errors too (see loadErrors).
func checkSource(p, orig *packages.Package, imports map[string]*packages.Package) {
	var errs []packages.Error
	var typeErrs []types.Error
	addErr := func(err error) {
		var list scanner.ErrorList
		var te types.Error
		var pe *os.PathError
		switch {
		case errors.As(err, &te):
			typeErrs = append(typeErrs, te)
			errs = append(errs, packages.Error{Pos: te.Fset.Position(te.Pos).String(), Msg: te.Msg, Kind: packages.TypeError})
		case errors.As(err, &list):
			for _, e := range list {
				errs = append(errs, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
			}
		case errors.As(err, &pe):
			errs = append(errs, packages.Error{Pos: pe.Path + ":1", Msg: pe.Err.Error(), Kind: packages.ParseError})
		default:
			errs = append(errs, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
		}
	}
	defer func() {
		p.Errors = append(p.Errors, errs...)
		p.TypeErrors = append(p.TypeErrors, typeErrs...)
		ill := len(p.Errors) > 0
		for _, imp := range imports {
			ill = ill || imp.IllTyped
		}
		p.IllTyped = ill
		if orig != nil && orig != p {
			orig.Errors, orig.TypeErrors, orig.IllTyped = p.Errors, p.TypeErrors, p.IllTyped
		}
	}()

	if p.Types == nil || p.Types.Complete() {
		// Not prepared, or already checked (a second execution on the
		// same view): nothing to add.
		return
	}
	files := make([]*ast.File, 0, len(p.CompiledGoFiles))
	for _, name := range p.CompiledGoFiles {
		src, err := os.ReadFile(name)
		if err != nil {
			addErr(err)
			continue
		}
		f, err := parseFile(p.Fset, name, src)
		if f != nil {
			files = append(files, f)
		}
		if err != nil {
			addErr(err)
		}
	}
	info := newInfo()
	conf := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			imp := imports[path]
			if imp == nil {
				return nil, fmt.Errorf("no metadata for %s", path)
			}
			return importExport(imp)
		}),
		Sizes: p.TypesSizes,
		Error: addErr,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		conf.GoVersion = "go" + p.Module.GoVersion
	}
	err := types.NewChecker(conf, p.Fset, p.Types, info).Files(files)
	if err != nil && len(errs) == 0 {
		addErr(err)
	}
	p.Syntax, p.TypesInfo = files, info
}
