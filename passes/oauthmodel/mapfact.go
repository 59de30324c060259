package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// AllowFact is on a package-level map variable initialised with a literal
// keyed by constants, one of which is a value hand-built endpoints decide
// on ("password", "token", "plain"): the keys whose element is neither
// nil nor false. Another package that looks the request's value up in
// the map (types.SupportedMethods[m]) accepts those keys (handbuilt.go).
type AllowFact struct {
	Keys []string
}

func (*AllowFact) AFact() {}
func (f *AllowFact) String() string {
	return "allows(" + strings.Join(f.Keys, ", ") + ")"
}

// exportAllowFacts reads the package's top-level variable declarations
// only, so it runs on every package, OAuth code or not (a types package
// holding the allow-list mentions no OAuth parameter).
func exportAllowFacts(pass *analysis.Pass) {
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, name := range vs.Names {
					v, ok := pass.TypesInfo.Defs[name].(*types.Var)
					if !ok {
						continue
					}
					if keys := allowedKeys(pass.TypesInfo, vs.Values[i]); len(keys) > 0 {
						pass.ExportObjectFact(v, &AllowFact{Keys: keys})
					}
				}
			}
		}
	}
}

// switchedOff reports whether a map element is nil or the constant false:
// the key is listed, and refused.
func switchedOff(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && (tv.IsNil() || isFalseValue(tv))
}

func isFalseValue(tv types.TypeAndValue) bool {
	return tv.Value != nil && tv.Value.Kind() == constant.Bool && !constant.BoolVal(tv.Value)
}

// allowedKeys is the keys of a map literal with constant string keys
// whose element is not nil or false, when one of them names a value of
// knowledge.HandBuilt; nil otherwise.
func allowedKeys(info *types.Info, e ast.Expr) []string {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return nil
	}
	if _, ok := underlying(info, lit).(*types.Map); !ok {
		return nil
	}
	var keys []string
	relevant := false
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return nil
		}
		tv, ok := info.Types[kv.Key]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			return nil
		}
		if switchedOff(info, kv.Value) {
			continue
		}
		s := constant.StringVal(tv.Value)
		keys = append(keys, s)
		for _, p := range knowledge.HandBuilt.Params {
			if hasWord(s, p.Word) {
				relevant = true
			}
		}
	}
	if !relevant {
		return nil
	}
	slices.Sort(keys)
	return keys
}

// underlying is the underlying type of e, nil where the type checker gave
// e no type (code with errors: an undefined name).
func underlying(info *types.Info, e ast.Expr) types.Type {
	if t := info.TypeOf(e); t != nil {
		return t.Underlying()
	}
	return nil
}
