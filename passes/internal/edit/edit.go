// Package edit holds the small syntax helpers that the rules' suggested
// fixes share: how a file names an imported package, which statement
// encloses a node, how to indent an inserted line, which name is free.
package edit

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
)

// File returns the syntax tree of the file that holds pos.
func File(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// Qualifier is the prefix the file uses for package path ("oauth2." for a
// plain import, "o2." for a renamed one, "" for a dot import). ok is false
// when the file does not import it usably (blank import, not imported).
func Qualifier(file *ast.File, path string) (string, bool) {
	for _, imp := range file.Imports {
		p, err := strconv.Unquote(imp.Path.Value)
		if err != nil || p != path {
			continue
		}
		if imp.Name == nil {
			return path[strings.LastIndex(path, "/")+1:] + ".", true
		}
		switch imp.Name.Name {
		case "_":
			return "", false
		case ".":
			return "", true
		}
		return imp.Name.Name + ".", true
	}
	return "", false
}

// Stmt returns the statement that directly holds the node at [pos, end)
// in a block, and that block.
func Stmt(file *ast.File, pos, end token.Pos) (ast.Stmt, *ast.BlockStmt) {
	path, _ := astutil.PathEnclosingInterval(file, pos, end)
	for i, n := range path {
		if _, ok := n.(*ast.FuncLit); ok {
			return nil, nil // do not cross into an enclosing function
		}
		if i+1 < len(path) {
			if block, ok := path[i+1].(*ast.BlockStmt); ok {
				if s, ok := n.(ast.Stmt); ok {
					return s, block
				}
			}
		}
	}
	return nil, nil
}

// Indent is the indentation of the line at pos in gofmt-formatted code.
func Indent(fset *token.FileSet, pos token.Pos) string {
	col := fset.Position(pos).Column
	if col < 1 {
		return ""
	}
	return strings.Repeat("\t", col-1)
}

// FreeName returns the first of names not already visible at pos.
func FreeName(pkg *types.Package, pos token.Pos, names ...string) string {
	scope := pkg.Scope().Innermost(pos)
	for _, n := range names {
		if scope == nil {
			return n
		}
		if _, obj := scope.LookupParent(n, pos); obj == nil {
			return n
		}
	}
	return ""
}

// AppendArg is the edit that adds an argument at the end of a call.
func AppendArg(call *ast.CallExpr, text string) analysis.TextEdit {
	if len(call.Args) == 0 {
		return analysis.TextEdit{Pos: call.Rparen, End: call.Rparen, NewText: []byte(text)}
	}
	last := call.Args[len(call.Args)-1]
	return analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(", " + text)}
}

// NextLine is the start of the line after the one that holds pos.
func NextLine(fset *token.FileSet, pos token.Pos) (token.Pos, bool) {
	f := fset.File(pos)
	if f == nil {
		return token.NoPos, false
	}
	line := f.Line(pos)
	if line >= f.LineCount() {
		return token.NoPos, false
	}
	return f.LineStart(line + 1), true
}
