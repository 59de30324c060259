package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// A command-line tool without a command library picks its subcommand by
// comparing a command-line argument with a name:
//
//	if os.Args[1] == "show" { … }
//	switch cmd := flag.Arg(0); cmd { case "token", "print": … }
//
// The branch taken for a name that says the command prints the token
// (tokenCommandName: "show", "token", "print-token") is that command's
// body, as a cobra command's Run is.

// argFuncs are the functions that return one command-line argument.
var argFuncs = map[string]bool{
	"flag.Arg": true, "(*flag.FlagSet).Arg": true,
	"github.com/spf13/pflag.Arg": true, "(*github.com/spf13/pflag.FlagSet).Arg": true,
}

// argListFuncs are the functions that return the command-line arguments.
var argListFuncs = map[string]bool{
	"flag.Args": true, "(*flag.FlagSet).Args": true,
	"github.com/spf13/pflag.Args": true, "(*github.com/spf13/pflag.FlagSet).Args": true,
}

// argBranchCommand returns the command name an enclosing if or switch
// branch was taken for, when the branch holding the node below it (from)
// runs only for command-line arguments naming a token-printing command;
// "" otherwise. clause is the case clause just below a switch.
func (m *model) argBranchCommand(n ast.Node, from ast.Node, clause *ast.CaseClause) string {
	switch n := n.(type) {
	case *ast.IfStmt:
		if from != n.Body {
			return "" // the else branch, or the condition itself
		}
		return m.argCondCommand(n.Cond)
	case *ast.SwitchStmt:
		if clause == nil || len(clause.List) == 0 { // default: any other name
			return ""
		}
		name := ""
		for _, e := range clause.List {
			var s string
			if n.Tag == nil {
				s = m.argCondCommand(e)
			} else if m.isCmdArg(n.Tag, 0) {
				s = m.printCommandConst(e)
			}
			if s == "" {
				return "" // every name of the case must print the token
			}
			if name == "" {
				name = s
			}
		}
		return name
	}
	return ""
}

// argCondCommand returns the command name when cond holds only if a
// command-line argument equals a token-printing command's name:
// arg == "show", a conjunction with such a comparison, or a disjunction
// of them.
func (m *model) argCondCommand(cond ast.Expr) string {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return ""
	}
	switch b.Op {
	case token.EQL:
		for _, p := range [2][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
			if m.isCmdArg(p[0], 0) {
				if s := m.printCommandConst(p[1]); s != "" {
					return s
				}
			}
		}
	case token.LAND:
		if s := m.argCondCommand(b.X); s != "" {
			return s
		}
		return m.argCondCommand(b.Y)
	case token.LOR:
		if s := m.argCondCommand(b.X); s != "" && m.argCondCommand(b.Y) != "" {
			return s
		}
	}
	return ""
}

// printCommandConst returns e's constant string when it names a
// token-printing command.
func (m *model) printCommandConst(e ast.Expr) string {
	tv, ok := m.info.Types[e]
	if !ok || tv.Value == nil {
		return ""
	}
	s := m.str(e, nil)
	if value.Known(s) && s != "" && tokenCommandName(s, false) {
		return s
	}
	return ""
}

// isCmdArg reports whether e is one command-line argument: os.Args[i],
// flag.Arg(i), flag.Args()[i], or a variable only ever assigned such.
func (m *model) isCmdArg(e ast.Expr, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.IndexExpr:
		return m.isArgList(x.X, depth+1)
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(m.info, x).(*types.Func); ok {
			return argFuncs[fn.FullName()]
		}
	case *ast.Ident:
		return m.onlyAssigned(x, depth, m.isCmdArg)
	}
	return false
}

// isArgList reports whether e is the command-line arguments or a part of
// them: os.Args, os.Args[1:], flag.Args(), or a variable only ever
// assigned such.
func (m *model) isArgList(e ast.Expr, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		v, ok := m.info.Uses[x.Sel].(*types.Var)
		return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && v.Name() == "Args"
	case *ast.SliceExpr:
		return m.isArgList(x.X, depth+1)
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(m.info, x).(*types.Func); ok {
			return argListFuncs[fn.FullName()]
		}
	case *ast.Ident:
		return m.onlyAssigned(x, depth, m.isArgList)
	}
	return false
}

// onlyAssigned reports whether the local variable id names is assigned
// (at least once, and never where its value is not seen) only values for
// which is holds.
func (m *model) onlyAssigned(id *ast.Ident, depth int, is func(ast.Expr, int) bool) bool {
	v := m.varOf(id)
	if v == nil || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() || m.addrTaken[v] {
		return false // a parameter's or a package variable's value comes from anywhere
	}
	defs := m.defs[v]
	if len(defs) == 0 {
		return false
	}
	for _, d := range defs {
		if d.rhs == nil || d.tuple >= 0 || d.op != token.DEFINE && d.op != token.ASSIGN && d.op != token.VAR || !is(d.rhs, depth+1) {
			return false
		}
	}
	return true
}

// argCommandPurpose walks up from cur to its function and returns the
// token-printing command whose if or switch branch cur is in, or "".
func (m *model) argCommandPurpose(cur inspector.Cursor) string {
	var from ast.Node
	var clause *ast.CaseClause
	for c := range cur.Enclosing() {
		n := c.Node()
		switch n := n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return ""
		case *ast.CaseClause:
			clause = n
		case *ast.IfStmt, *ast.SwitchStmt:
			if name := m.argBranchCommand(n, from, clause); name != "" {
				return name
			}
		}
		if _, ok := n.(*ast.BlockStmt); !ok {
			if _, ok := n.(*ast.CaseClause); !ok {
				clause = nil // only the clause just below a switch's body
			}
		}
		from = n
	}
	return ""
}
