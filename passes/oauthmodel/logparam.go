package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// LogParamFact marks an exported function of a package that writes some
// of its parameters to a log or standard output (a service's
// RevokeToken(ctx, access, refresh) that prints what it revokes): a
// caller in another package that hands it a token leaks that token
// there, as a call of such a helper of its own package does.
type LogParamFact struct {
	Params                  []int  // 0-based indexes of the parameters written out
	Format                  int    // the parameter the logger reads as its format, or -1
	Sink                    string // the logger or printer: "fmt.Printf"
	Stdout, Stderr, Console bool
}

func (*LogParamFact) AFact() {}
func (f *LogParamFact) String() string {
	return fmt.Sprintf("logsParams(%v via %s)", f.Params, f.Sink)
}

// exportLogParams exports fd's LogParamFact: the parameters that a
// logging or printing call of the table (or of a logger's shape) writes
// out directly, on the function's every path (no if, switch or loop
// around the call). It runs on every package, as GateFacts do: a helper
// package mentions no OAuth parameter. A function with a logger's own
// shape (Infof(format, args...)) is read as a logger where it is
// called, and needs no fact. The package is not marked for its
// importers: one that holds a token to hand over is read anyway.
func exportLogParams(pass *analysis.Pass, fn *types.Func, fd *ast.FuncDecl) {
	if logLike(fn) {
		return
	}
	sig := fn.Type().(*types.Signature)
	var index func(e ast.Expr) int
	index = func(e ast.Expr) int {
		e = ast.Unparen(e)
		if call, ok := e.(*ast.CallExpr); ok {
			// zap.String("token", tok), slog.Any("t", tok), string(b):
			// a field or conversion that carries the parameter to the
			// logger.
			if tv, ok := pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
				return index(call.Args[0])
			}
			if callee, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func); ok {
				if i, ok := carriers[funcName(callee)]; ok && i < len(call.Args) {
					return index(call.Args[i])
				}
			}
			return -1
		}
		id, ok := e.(*ast.Ident)
		if !ok {
			return -1
		}
		for i := 0; i < sig.Params().Len(); i++ {
			if pass.TypesInfo.Uses[id] == sig.Params().At(i) {
				return i
			}
		}
		return -1
	}
	var f *LogParamFact
	for _, s := range fd.Body.List {
		es, ok := s.(*ast.ExprStmt)
		if !ok {
			continue
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok {
			continue
		}
		callee, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
		if !ok || callee.Pkg() == nil || callee.Pkg() == pass.Pkg || !loggerPkgs()[callee.Pkg().Path()] && !logLike(callee) {
			continue
		}
		name := funcName(callee)
		l, known := loggerFuncs()[name]
		if !known && !logLike(callee) || known && derivesLogger(callee) {
			continue
		}
		args, format := call.Args, -1
		switch {
		case strings.HasSuffix(callee.Name(), "f") && len(args) > 0:
			format = 0
		case !known:
			format = callee.Signature().Params().Len() - 2 // logging.Debug(format, v...)
		}
		var params []int
		fmtParam := -1
		for i, a := range args {
			j := index(a)
			switch {
			case j < 0:
			case i == format:
				fmtParam = j
			default:
				params = append(params, j)
			}
		}
		if len(params) == 0 {
			continue
		}
		if f == nil {
			f = &LogParamFact{Format: fmtParam, Sink: name}
			if known {
				f.Stdout, f.Console = l.stdout, l.console
			}
		}
		for _, j := range params {
			if !slices.Contains(f.Params, j) {
				f.Params = append(f.Params, j)
			}
		}
	}
	if f == nil {
		return
	}
	slices.Sort(f.Params)
	pass.ExportObjectFact(fn, f)
}

// importedLogCall is the logging call that a call of fn, another
// package's function with a LogParamFact, makes of the arguments at the
// parameters it writes out; ok false when fn has no such fact.
func (m *model) importedLogCall(cur inspector.Cursor, fn *types.Func, call *ast.CallExpr) (logCall, bool) {
	f := new(LogParamFact)
	if fn.Pkg() == m.pass.Pkg || !m.pass.ImportObjectFact(fn.Origin(), f) {
		return logCall{}, false
	}
	sig := fn.Type().(*types.Signature)
	var args []ast.Expr
	format := -1
	if f.Format >= 0 && f.Format < len(call.Args) {
		format = 0
		args = append(args, call.Args[f.Format])
	}
	for i, a := range call.Args {
		j := i
		if sig.Variadic() && j >= sig.Params().Len()-1 {
			j = sig.Params().Len() - 1
		}
		if slices.Contains(f.Params, j) {
			args = append(args, a)
		}
	}
	if len(args) == 0 || format == 0 && len(args) == 1 {
		return logCall{}, false
	}
	return logCall{cur: cur, call: call, sink: f.Sink, stdout: f.Stdout, stderr: f.Stderr, console: f.Console, args: args, format: format, via: fn.Origin()}, true
}
