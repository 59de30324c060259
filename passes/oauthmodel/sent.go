package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// A struct whose fields are tagged with OAuth parameter names is a request
// only where it is sent: a CLI keeps its pending login (`json:"code_verifier"`,
// `json:"response_type"`) in a struct it saves to disk, a config file's
// context names the grant it will use. structSent follows the struct (and
// the bytes it is marshalled into) to where it goes: an HTTP request, a
// query encoder, or a function that does so is a send; a file, the
// terminal, a field of some other state is not.

// sendDepth bounds how far structSent follows a value through variables
// and this package's functions.
const sendDepth = 6

// serializers turn their argument into bytes or text that is sent only if
// the result is: structSent follows their result.
var serializers = map[string]bool{
	"encoding/json.Marshal":                   true,
	"encoding/json.MarshalIndent":             true,
	"encoding/xml.Marshal":                    true,
	"encoding/xml.MarshalIndent":              true,
	"bytes.NewReader":                         true,
	"bytes.NewBuffer":                         true,
	"bytes.NewBufferString":                   true,
	"strings.NewReader":                       true,
	"io.NopCloser":                            true,
	"io/ioutil.NopCloser":                     true,
	"gopkg.in/yaml.v2.Marshal":                true,
	"gopkg.in/yaml.v3.Marshal":                true,
	"sigs.k8s.io/yaml.Marshal":                true,
	"github.com/BurntSushi/toml.Marshal":      true,
	"github.com/pelletier/go-toml/v2.Marshal": true,
}

// queryEncoders turn a tagged struct into request parameters.
var queryEncoders = map[string]bool{
	"github.com/google/go-querystring/query.Values": true,
	"(*github.com/gorilla/schema.Encoder).Encode":   true,
	"github.com/ajg/form.EncodeToValues":            true,
	"github.com/ajg/form.EncodeToString":            true,
}

// keepers store a value: the keyring and configuration libraries, and
// the shared stores.
var keepers = append([]string{
	"github.com/zalando/go-keyring", "github.com/99designs/keyring", "github.com/spf13/viper",
	"github.com/adrg/xdg", "github.com/spf13/afero",
}, sharedStores...)

// sharedStores are key-value stores and databases: a record kept for
// later, the same for every request.
var sharedStores = []string{
	"github.com/redis/go-redis", "github.com/go-redis/redis", "github.com/redis/rueidis",
	"github.com/valkey-io/valkey-go", "github.com/gomodule/redigo", "github.com/bradfitz/gomemcache",
	"go.etcd.io/bbolt", "github.com/boltdb/bolt", "github.com/dgraph-io/badger", "github.com/cockroachdb/pebble",
	"go.etcd.io/etcd/client", "go.mongodb.org/mongo-driver", "gorm.io/gorm", "github.com/jmoiron/sqlx",
	"github.com/jackc/pgx", "github.com/uptrace/bun", "entgo.io/ent", "github.com/syndtr/goleveldb",
	"cloud.google.com/go/firestore", "cloud.google.com/go/datastore", "github.com/aws/aws-sdk-go-v2/service/dynamodb",
	// In-process caches.
	"github.com/patrickmn/go-cache", "github.com/jellydator/ttlcache", "github.com/hashicorp/golang-lru",
	"github.com/dgraph-io/ristretto", "github.com/allegro/bigcache", "github.com/coocood/freecache",
}

// structSent reports whether a tagged struct container is sent anywhere.
func (m *model) structSent(c *container) bool {
	seen := make(map[ast.Node]bool)
	if c.lit != nil {
		return c.cur.Valid() && m.sentAt(c.cur, 0, seen)
	}
	v := c.key.v
	if v == nil {
		return true
	}
	if len(m.defs[v]) == 0 && v.Parent() != m.pass.Pkg.Scope() {
		return true // a parameter: the caller built it, and sends it or not
	}
	return m.varSent(v, c.cur, 0, seen)
}

// varSent reports whether one of v's uses sends its value.
func (m *model) varSent(v *types.Var, at inspector.Cursor, depth int, seen map[ast.Node]bool) bool {
	if !at.Valid() {
		return true
	}
	sent := false
	m.eachUse(v, at, func(use inspector.Cursor) {
		if !sent && m.sentAt(use, depth+1, seen) {
			sent = true
		}
	})
	return sent
}

// sentAt reports whether the value of the expression at cur is sent.
func (m *model) sentAt(cur inspector.Cursor, depth int, seen map[ast.Node]bool) bool {
	n := cur.Node()
	if depth > sendDepth {
		return true // too far to tell: as sent
	}
	if seen[n] {
		return false
	}
	seen[n] = true
	parent := cur.Parent()
	if !parent.Valid() {
		return false
	}
	switch p := parent.Node().(type) {
	case *ast.ParenExpr, *ast.StarExpr, *ast.KeyValueExpr, *ast.CompositeLit:
		return m.sentAt(parent, depth, seen) // part of a larger value
	case *ast.UnaryExpr:
		return p.Op == token.AND && m.sentAt(parent, depth, seen)
	case *ast.SelectorExpr:
		// A method call on the value: this package's methods may send
		// it; a field read is state.
		call, ok := parent.Parent().Node().(*ast.CallExpr)
		if !ok || call.Fun != p {
			return false
		}
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		return ok && fn.Pkg() == m.pass.Pkg
	case *ast.CallExpr:
		if p.Fun == n {
			return false
		}
		if tv, ok := m.info.Types[p.Fun]; ok && tv.IsType() {
			return m.sentAt(parent, depth, seen) // []byte(b), string(b)
		}
		return m.callSends(parent, p, n, depth, seen)
	case *ast.AssignStmt:
		i := indexOf(p.Rhs, n)
		if i < 0 {
			return false // assigned to, not from
		}
		if len(p.Lhs) != len(p.Rhs) {
			i = 0 // b, err := json.Marshal(x)
		}
		if v := m.localVar(p.Lhs[i]); v != nil {
			return m.varSent(v, parent, depth, seen)
		}
		if _, ok := ast.Unparen(p.Lhs[i]).(*ast.SelectorExpr); ok {
			return false // kept in a field of some state
		}
		return true
	case *ast.ValueSpec:
		i := indexOf(p.Values, n)
		if i < 0 {
			return false
		}
		if len(p.Names) != len(p.Values) {
			i = 0
		}
		if i < len(p.Names) {
			if v, ok := m.info.Defs[p.Names[i]].(*types.Var); ok {
				return m.varSent(v, parent, depth, seen)
			}
		}
		return true
	case *ast.ReturnStmt:
		return m.returnedSent(parent, p, n, depth, seen)
	case *ast.ExprStmt, *ast.IfStmt, *ast.SwitchStmt, *ast.BinaryExpr, *ast.IndexExpr, *ast.RangeStmt:
		return false
	}
	return true // somewhere we do not follow (a channel, a closure): as sent
}

// returnedSent follows a value an unexported function of the package
// returns (its only result) to its callers: sent if one of the calls'
// values is. A function another package may call, one whose value goes
// elsewhere than into calls (a function value), or one with several
// results is left to its callers: as sent.
func (m *model) returnedSent(retCur inspector.Cursor, ret *ast.ReturnStmt, n ast.Node, depth int, seen map[ast.Node]bool) bool {
	if len(ret.Results) != 1 || ret.Results[0] != n {
		return true
	}
	var decl *ast.FuncDecl
	for c := range retCur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		decl, _ = c.Node().(*ast.FuncDecl)
		break
	}
	if decl == nil {
		return true
	}
	fn, ok := m.info.Defs[decl.Name].(*types.Func)
	if !ok || fn.Exported() {
		return true
	}
	calls := m.refs().uses[fn]
	if len(calls) == 0 {
		return true
	}
	for _, c := range calls {
		at := c
		if sel, ok := c.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == c.Node() {
			at = c.Parent() // recv.m
		}
		call, ok := at.Parent().Node().(*ast.CallExpr)
		if !ok || ast.Unparen(call.Fun) != at.Node() {
			return true // a function value: called where we do not follow
		}
		if m.sentAt(at.Parent(), depth+1, seen) {
			return true
		}
	}
	return false
}

// callSends reports whether the call at callCur sends its argument arg.
func (m *model) callSends(callCur inspector.Cursor, call *ast.CallExpr, arg ast.Node, depth int, seen map[ast.Node]bool) bool {
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return false // a builtin (len, append), or a func value
	}
	fn = fn.Origin()
	if fn.Pkg() == nil {
		return false
	}
	name := m.funcName(fn)
	path := trimVendor(fn.Pkg().Path())
	switch {
	case serializers[name]:
		return m.sentAt(callCur, depth+1, seen)
	case queryEncoders[name]:
		return true
	case name == "(*encoding/json.Encoder).Encode" || name == "(*encoding/xml.Encoder).Encode":
		return m.encoderSends(call, depth, seen)
	case path == "net/http" || strings.HasPrefix(path, "net/http/"):
		return true
	case fn.Pkg() == m.pass.Pkg:
		return m.paramSent(fn, call, arg, depth, seen)
	case !strings.Contains(strings.SplitN(path, "/", 2)[0], "."):
		return false // the standard library: files, the terminal, logs
	}
	for _, k := range keepers {
		if path == k || strings.HasPrefix(path, k+"/") {
			return false
		}
	}
	return true // another module's function: an HTTP client library or an SDK's transport
}

// encoderSends follows json.NewEncoder(w).Encode(x) to w: an HTTP
// response or a file is not a request; a buffer is sent if it is.
func (m *model) encoderSends(call *ast.CallExpr, depth int, seen map[ast.Node]bool) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return true
	}
	x := ast.Unparen(sel.X)
	if v := m.localVar(x); v != nil {
		if d, ok := m.singleDef(v); ok && d.rhs != nil {
			x = ast.Unparen(d.rhs)
		}
	}
	newEnc, ok := x.(*ast.CallExpr)
	if !ok || len(newEnc.Args) != 1 {
		return true
	}
	w := newEnc.Args[0]
	t := m.info.TypeOf(w)
	if isResponseWriter(t) || isNamed(t, "os", "File") {
		return false
	}
	if u, ok := ast.Unparen(w).(*ast.UnaryExpr); ok && u.Op == token.AND {
		w = u.X
	}
	v := m.localVar(w)
	if v == nil {
		return true
	}
	at, ok := m.in.Root().FindNode(newEnc)
	if !ok {
		return true
	}
	return m.varSent(v, at, depth, seen)
}

// paramSent follows an argument into this package's function fn: sent if
// the function sends its parameter.
func (m *model) paramSent(fn *types.Func, call *ast.CallExpr, arg ast.Node, depth int, seen map[ast.Node]bool) bool {
	cur, ok := m.funcDecls[fn]
	if !ok {
		return true
	}
	sig, _ := fn.Type().(*types.Signature)
	argi := indexOf(call.Args, arg)
	if sig == nil || argi < 0 || argi >= sig.Params().Len() || (sig.Variadic() && argi >= sig.Params().Len()-1) {
		return true
	}
	param := sig.Params().At(argi)
	body := cur.Child(cur.Node().(*ast.FuncDecl).Body)
	for c := range body.Preorder((*ast.Ident)(nil)) {
		if m.info.Uses[c.Node().(*ast.Ident)] == param && m.sentAt(c, depth+1, seen) {
			return true
		}
	}
	return false
}

// keptRecord reports whether a parameter set holding both halves of
// PKCE, the verifier and its challenge, is only handed to code of this
// module that the model cannot read (a method of an interface, a function
// of another package of the module): a client keeping what it asked for
// until the callback (`db.StoreAuthRequest(state, data)`,
// obot-platform/mcp-oauth-proxy), not a request. A request never needs
// both: the verifier goes to the token endpoint, the challenge to the
// authorization endpoint. Set handed to anything else (a function of
// this package, net/http, another module, a range that copies it) stays a
// request.
func (m *model) keptRecord(c *container, p value.Params) bool {
	if !hasKey(p, paramCodeVerifier) || !hasKey(p, paramCodeChallenge) || m.pass.Module == nil {
		return false
	}
	stores := func(use inspector.Cursor) bool {
		for {
			switch use.Parent().Node().(type) {
			case *ast.ParenExpr, *ast.UnaryExpr:
				use = use.Parent()
				continue
			}
			break
		}
		call, ok := use.Parent().Node().(*ast.CallExpr)
		if !ok || call.Fun == use.Node() {
			return false
		}
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || fn.Pkg() == nil || !inModule(fn.Pkg().Path(), m.pass.Module.Path) {
			return false
		}
		sig, _ := fn.Type().(*types.Signature)
		if recv := sig.Recv(); recv != nil && types.IsInterface(recv.Type()) {
			return true
		}
		return fn.Pkg() != m.pass.Pkg
	}
	if c.lit != nil || c.key.v == nil {
		return c.cur.Valid() && stores(c.cur)
	}
	uses := 0
	kept := true
	m.eachUse(c.key.v, c.cur, func(use inspector.Cursor) {
		if a, ok := use.Parent().Node().(*ast.AssignStmt); ok && slices.Contains(a.Lhs, ast.Expr(use.Node().(*ast.Ident))) {
			return // data = …
		}
		if ix, ok := use.Parent().Node().(*ast.IndexExpr); ok && ix.X == use.Node() {
			if a, ok := use.Parent().Parent().Node().(*ast.AssignStmt); ok && slices.Contains(a.Lhs, ast.Expr(ix)) {
				return // data["code_verifier"] = v: a write
			}
		}
		if sel, ok := use.Parent().Node().(*ast.SelectorExpr); ok && sel.X == use.Node() {
			if s, ok := m.info.Selections[sel]; ok && s.Kind() == types.FieldVal {
				return // req.State: a field read
			}
		}
		uses++
		kept = kept && stores(use)
	})
	return kept && uses > 0
}

// inModule reports whether the package path is in module mod.
func inModule(path, mod string) bool {
	return path == mod || strings.HasPrefix(path, mod+"/")
}
