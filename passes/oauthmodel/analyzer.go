// Package oauthmodel recognises the OAuth 2.0 requests a package makes.
//
// It is the one recogniser every oauthvet rule relies on: a single pass over
// the package's syntax that understands golang.org/x/oauth2 through type
// information, hand-built requests through constant folding and simple local
// data flow, and helper functions in other packages through facts. Its
// Result lists authorization and token requests with their parameters, where
// each authorization URL goes, and package-level signals for the client
// kind. What cannot be known is recorded as unknown.
package oauthmodel

import (
	"go/ast"
	"go/build"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/oauthvet/oauthvet/passes/internal/guard"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

const doc = `oauthmodel: recognise OAuth 2.0 authorization and token requests

The oauthmodel analyzer builds, once per package, the model that the
oauthvet rules judge: authorization requests (oauth2.Config.AuthCodeURL,
authorize URLs built from url.Values, strings or fmt.Sprintf, helper
functions that return them) and token requests (Exchange,
PasswordCredentialsToken, form, map and JSON bodies), with their
parameters, where each URL goes and what kind of program holds them.
It reports nothing itself.`

var Analyzer = &analysis.Analyzer{
	Name:             "oauthmodel",
	Doc:              doc,
	URL:              "https://github.com/oauthvet/oauthvet#how-it-works",
	RunDespiteErrors: true, // ill-typed code still gets the findings types allow
	// No inspect.Analyzer: nearly every package is not OAuth code and
	// returns after one scan of its constants; the inspector is built only
	// for the others, and dropped with the model's working state.
	Run:        guard.Run("oauthmodel", run),
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{(*AuthURLFact)(nil), (*TokenRequestFact)(nil), (*FlowsFact)(nil), (*StateFact)(nil), (*SDKClientFact)(nil), (*BrowserFact)(nil), (*BrowserPkgFact)(nil), (*AllowFact)(nil), (*PKCEFact)(nil), (*ServedFact)(nil), (*CodeParamFact)(nil), (*LooseMatchFact)(nil), (*LoosePkgFact)(nil), (*URIPartFact)(nil), (*URIPartPkgFact)(nil), (*StateLookupFact)(nil), (*PredicateFact)(nil), (*GateFact)(nil), (*TokenResultFact)(nil), (*TokenResultPkgFact)(nil), (*SealFact)(nil), (*SealPkgFact)(nil), (*ServerParamFact)(nil), (*ServerConfigFact)(nil), (*CheckFact)(nil), (*RequestReadFact)(nil), (*KeepFact)(nil), (*FieldReadFact)(nil), (*LogParamFact)(nil), (*CarrierFact)(nil), (*ChallengeFact)(nil)},
}

func run(pass *analysis.Pass) (any, error) {
	result := &Result{}
	if standardLibrary(pass, build.Default.GOROOT) {
		// go vet -vettool hands the tool every dependency, the
		// standard library's included, for facts: nothing there is a
		// request, a state helper or a browser wrapper of the program.
		return result, nil
	}
	exportAllowFacts(pass)
	exportGateFacts(pass)
	if !relevant(pass) {
		random, browser, loose := importsRandomness(pass.Pkg) || exportsStateVar(pass.Pkg), mayWrapBrowser(pass, pass.Pkg), mayExportLoose(pass)
		parts, lookups, seals := mayExportURIParts(pass), mayLookUpState(pass), mayOpenSealed(pass)
		requests, challenges := takesRequest(pass), importsChallengeSDK(pass.Pkg)
		if random || browser || loose || parts || lookups || seals || requests || challenges {
			// A package of helpers that may make state values for
			// OAuth code elsewhere (randString on math/rand), or open
			// its URL in the browser (utils.OpenURL on xdg-open), or
			// compare a URI loosely (a redirect URI validator called
			// by a server elsewhere): facts only.
			m := newModel(pass, &Result{})
			m.collect()
			if random {
				m.exportStateFacts()
			}
			if browser {
				m.exportBrowserFacts()
			}
			if loose {
				m.looseParams()
				m.exportLooseFacts()
			}
			if parts {
				m.exportURIPartFacts()
			}
			if lookups {
				m.exportStateLookups()
			}
			if seals {
				m.exportSealFacts()
			}
			if requests {
				m.exportRequestReadFacts()
			}
			if challenges {
				m.exportChallengeFacts()
			}
		}
		return result, nil
	}
	m := newModel(pass, result)
	m.collect()
	m.build()
	return result, nil
}

// standardLibrary reports whether the package's files lie in the source
// tree of the standard library under goroot (GOROOT/src, its vendored
// golang.org/x packages included). An unknown goroot, or a tool built
// with another toolchain than the one that lists the package, gives
// false: the package is then judged as any other.
func standardLibrary(pass *analysis.Pass, goroot string) bool {
	if goroot == "" || len(pass.Files) == 0 {
		return false
	}
	f := pass.Fset.File(pass.Files[0].Package)
	if f == nil {
		return false
	}
	src := filepath.Join(goroot, "src") + string(filepath.Separator)
	return strings.HasPrefix(filepath.Clean(f.Name()), src)
}

// oauthWords are the parameter names whose presence in a string constant
// makes a package worth modelling even without an oauth2 import.
var oauthWords = []string{"response_type", "grant_type", "code_challenge", "code_verifier", "redirect_uri", "access_token", "refresh_token", "client_secret"}

// methodS256 is PKCE's challenge method (RFC 7636 §4.2), a constant only
// code that speaks PKCE has.
const methodS256 = "S256"

// relevant reports whether the package can hold an OAuth request: it
// imports golang.org/x/oauth2 or a package with OAuth flows (FlowsFact),
// it uses golang.org/x/oauth2's types or a flow package's functions
// without importing them (an *oauth2.Config returned by a helper of
// another package, whose AuthCodeURL it calls), or one of its string
// constants names an OAuth request parameter. Every other package (nearly
// all of them) costs one scan of its selections and constants.
func relevant(pass *analysis.Pass) bool {
	if isOAuth2Path(pass.Pkg.Path()) {
		// golang.org/x/oauth2 itself: its API is modelled where it is
		// called; its insides (PasswordCredentialsToken's own form) are not
		// requests of the program under analysis.
		return false
	}
	for _, imp := range pass.Pkg.Imports() {
		if isOAuth2Path(imp.Path()) || isOIDCPath(imp.Path()) {
			return true
		}
		if pass.ImportPackageFact(imp, new(FlowsFact)) || isSDKPackage(imp.Path()) {
			return true
		}
		if pass.ImportPackageFact(imp, new(TokenResultPkgFact)) {
			return true // it logs, perhaps, a token another package returns
		}
		if serverLibOf(imp, func(p *types.Package) bool { return directImport(pass.Pkg, p) }).lib != nil {
			return true // an authorization server library
		}
	}
	if usesOAuthTypes(pass) {
		return true
	}
	// One scan of the typed expressions: string constants that name a
	// request parameter, and composite literals of struct types whose
	// tags do (`json:"grant_type"`: a token request body).
	structs := make(map[*types.Struct]bool)
	authHeader := false
	for e, tv := range pass.TypesInfo.Types {
		if tv.Value != nil && tv.Value.Kind() == constant.String {
			s := constant.StringVal(tv.Value)
			for _, w := range oauthWords {
				if strings.Contains(s, w) {
					return true
				}
			}
			if s == methodS256 {
				return true // a PKCE method compared or sent (vocab.go); "RS256" is not one
			}
			authHeader = authHeader || strings.EqualFold(s, "Authorization")
			continue
		}
		if _, ok := e.(*ast.CompositeLit); ok && tv.Type != nil {
			if st, ok := tv.Type.Underlying().(*types.Struct); ok {
				tagged, seen := structs[st]
				if !seen {
					tagged = hasRequestTag(st)
					structs[st] = tagged
				}
				if tagged {
					return true
				}
			}
		}
	}
	if authHeader && (importsLogger(pass.Pkg) || printsWithFmt(pass)) {
		return true // a bearer token read from a request may be logged (tokenleak)
	}
	// Struct types declared here and filled field by field elsewhere.
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok {
			if st, ok := tn.Type().Underlying().(*types.Struct); ok && hasRequestTag(st) {
				return true
			}
		}
	}
	return false
}

// usesOAuthTypes reports whether the package selects a field or method
// of golang.org/x/oauth2 (cfg.AuthCodeURL on a config it got from another
// package) or of a package with OAuth flows (client.LoginURL() on a client
// another package made), whatever it imports, or a field another package
// tags with a request parameter's name. A package-qualified use
// needs an import, which relevant has checked; a selection does not, so
// the selections are the one place to look: no walk of the dependencies.
func usesOAuthTypes(pass *analysis.Pass) bool {
	flows := make(map[*types.Package]bool)
	tagged := make(map[types.Object]bool)
	for _, sel := range pass.TypesInfo.Selections {
		pkg := sel.Obj().Pkg()
		if pkg == nil || pkg == pass.Pkg {
			continue
		}
		if sel.Kind() == types.FieldVal {
			// req.RedirectURI of a struct another package declares with
			// `form:"redirect_uri"`: a request bound into it here.
			is, seen := tagged[sel.Obj()]
			if !seen {
				is = mentionsRequest(fieldTag(sel))
				tagged[sel.Obj()] = is
			}
			if is {
				return true
			}
		}
		is, seen := flows[pkg]
		if !seen {
			is = isOAuth2Path(pkg.Path()) || pass.ImportPackageFact(pkg, new(FlowsFact))
			flows[pkg] = is
		}
		if is {
			return true
		}
	}
	return false
}

func hasRequestTag(st *types.Struct) bool {
	for i := 0; i < st.NumFields(); i++ {
		if mentionsRequest(st.Tag(i)) || tokenFieldTags[tagName(st.Tag(i))] != "" {
			return true
		}
	}
	return false
}

func isOAuth2Path(path string) bool {
	path = trimVendor(path)
	return path == "golang.org/x/oauth2" || strings.HasPrefix(path, "golang.org/x/oauth2/")
}

// trimVendor maps a vendored import path to the path it vendors.
func trimVendor(path string) string {
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		return path[i+len("/vendor/"):]
	}
	return strings.TrimPrefix(path, "vendor/")
}

// model holds the state of one run.
type model struct {
	pass   *analysis.Pass
	info   *types.Info
	in     *inspector.Inspector
	result *Result

	// Collected in the single traversal.
	defs       map[*types.Var][]def          // every assignment to a variable
	stateDefs  map[*types.Var][]def          // every write to an unexported string field (statefield.go)
	stateOpen  map[*types.Var]bool           // such fields written where the value is not seen (&x.f, unkeyed literals)
	addrTaken  map[*types.Var]bool           // &v seen: its value may change anywhere
	soleAddr   map[*types.Var]*ast.UnaryExpr // the one &v, when there is one
	funcDecls  map[*types.Func]inspector.Cursor
	containers map[containerKey]*container
	fieldSets  map[varField][]ast.Expr // u.RawQuery = …, cfg.RedirectURL = …
	roots      []inspector.Cursor      // maximal string expressions
	oauthCalls []inspector.Cursor      // calls into golang.org/x/oauth2
	helperCall []inspector.Cursor      // calls to functions that may carry an AuthURLFact
	// Authorization-server side (server.go, redirect.go).
	serverCalls      []inspector.Cursor           // calls into a server library
	serverLits       []inspector.Cursor           // literals of a server library's types
	serverSets       []serverSet                  // assignments to a server library type's fields
	matchCalls       []inspector.Cursor           // strings.HasPrefix, path.Match, regexp matches
	starTests        []inspector.Cursor           // x == "*" (wildcard.go)
	looseImported    []inspector.Cursor           // calls of other packages' functions with a LooseMatchFact
	loose            map[*types.Func]*looseMatch  // this package's functions whose parameters reach a loose match (loosematch.go)
	looseFacts       map[*types.Func]*looseMatch  // imported LooseMatchFacts, nil for none
	resultMemo       map[resultKey][]int          // resultParams' complete answers
	uriParts         map[*types.Func]*URIPartFact // imported URIPartFacts, nil for none
	clientReads      map[ast.Node]bool            // readsClientParams' answers
	helperTokens     map[*types.Func]string       // helperToken's answers
	stateKeepers     map[types.Object]bool        // keepsState's answers
	secretSet        bool                         // a ClientSecret of an oauth2.Config is assigned (nosecret.go)
	program          string                       // programName's answer
	programChecked   bool
	resultCuts       int                // resultParams calls cut by recursion
	paramReads       map[string]bool    // readsParam's answers
	httpRedirects    []inspector.Cursor // http.Redirect and web frameworks' Redirect calls (unchecked.go)
	serverParamCalls []inspector.Cursor // calls of other packages' server builders (serverparam.go)
	sdkStateChecks   []inspector.Cursor // SDK callbacks that check the state only with a state option (sdk.go)
	libs             map[*types.Package]libRef
	storage          *[]*types.Interface                  // storageIfaces, once computed
	ifaceTypes       map[*types.TypeName]*ifaceClientType // types implementing a library's client interface
	sdkCalls         []inspector.Cursor                   // calls of functions the SDK tables describe
	sdkValues        []inspector.Cursor                   // SDK handlers named as values (gothic.BeginAuthHandler)
	forwardMemo      int8                                 // forwards: 0 not computed, 1 yes, -1 no
	hookStates       map[knowledge.Func]State             // hookState, per SDK state hook
	sdkFields        map[*types.Var][]sdkDef              // values written to fields holding SDK clients
	// Transport: endpoint fields set, calls that hand a client to OAuth
	// code, the URLs token requests are posted to (transport.go).
	endpointExprs []endpointExpr
	clientCalls   []inspector.Cursor
	tokenTargets  []Param
	// defaultClientSets are the values assigned to http.DefaultClient
	// (transportField).
	defaultClientSets []ast.Expr

	// Computed lazily.
	evalMemo   map[ast.Expr]string
	evaluating map[ast.Expr]bool
	consumed   map[ast.Node]bool // roots and containers folded into a larger request

	facts       map[*types.Func]*AuthURLFact   // this package's helpers
	returned    map[*types.Func][]*AuthRequest // the requests each helper returns
	grantParams map[*types.Func]int            // functions sending a parameter as grant_type
	pathGrants  map[*types.Func][]PathGrant    // functions sending the password grant on paths their parameters choose
	pend        map[*AuthRequest]*pending

	// Struct fields that hold authorization URLs (fields.go).
	fieldReqs  map[*types.Var][]*AuthRequest
	fieldReads []inspector.Cursor
	flowPkgs   map[*types.Package]bool
	exported   bool // a fact on a field was exported
	// Every write of an unexported []oauth2.AuthCodeOption field.
	optionWrites map[*types.Var][]ast.Expr

	// The path being evaluated (paths.go): events of the request that
	// are tracked, and those the path executes; nil outside.
	tracked map[ast.Node]bool
	active  map[ast.Node]bool

	// Caches for the traversal, which asks the same of every use.
	names            map[*types.Func]string
	helpers          map[*types.Func]bool
	browserFacts     map[*types.Func]*BrowserFact     // other packages' browser wrappers (browser.go)
	tokenResultFacts map[*types.Func]*TokenResultFact // other packages' token-returning functions (tokenresult.go)
	tokenBodyUses    map[*ast.Ident]bool              // uses of a reassigned variable that hold a token response (tokenbody.go)
	helperResults    map[tokenResultKey]string        // this package's functions' token results past the first
	paramRefs        *paramRefs                       // who refers to the package's functions (soleparam.go)
	// mainOnlyKept are the decisions a MainOnly gate left allowed in
	// this package, not main, because an importer may make the gate call
	// (server.go); noAuthorizeEndpoint settles them when the server
	// cannot reach an importer's authorization endpoint unseen.
	mainOnlyKept   []keptGate
	keptBusy       map[*types.Var]bool           // record fields being followed (keptredirect.go)
	passChain      map[*types.Var]bool           // the variables passedThrough follows (unchecked.go)
	passTarget     ast.Expr                      // and the redirect target it judges
	keepDepth      int                           // keptByCallee's nesting
	paramOwners    map[*types.Var]paramAt        // callerstate.go
	funcValues     map[*types.Func]bool          // functions used other than called
	membership     map[*types.Func]bool          // containsFunc's answers for the package's functions
	ownRedirects   map[types.Object]bool         // ownRedirectURIs (redirect.go)
	implParams     map[*types.Var]string         // parameters a library hands a token (tokens.go)
	purposeBusy    map[*types.Func]bool          // helpers whose callers are being judged (tokens.go)
	execCmds       []execCmd                     // exec.Command calls, for Signals.OpensBrowser
	funcVarCalls   []*ast.CallExpr               // calls through package-level function variables (browser.go)
	devirtMemo     map[*types.Func]*types.Func   // interface methods and the SDK methods they run (devirt.go)
	carrierMemo    map[*types.Func]int           // functions and the parameter their text result carries (carrier.go)
	harmlessStores map[*types.Var]bool           // maps and fields the requested URI is kept in, read only harmlessly (keptstore.go)
	embedsConf     *bool                         // a type of the package embeds x/oauth2's Config (codefact.go)
	devirt         map[*ast.CallExpr]*types.Func // calls of such interface methods
	optional       *[2]ast.Node                  // optionalPKCE's guard and function, once computed (optionalpkce.go)
	readsRefresh   *bool                         // a handler reads the served request's refresh_token (servedTokenRequest)
	handedOutMemo  map[handedKey]bool            // foreign struct fields code elsewhere may see (optionalpkce.go)
	downgrade      bool                          // the guard tests the verifier itself: skipped when none is sent
	sends          []inspector.Cursor            // channel sends (relay.go)
	tokenBodyVars  map[*types.Var]bool           // token endpoint responses (tokenbody.go)
	builtResponses map[*types.Var]bool           // their responses, of a request builder (builder.go)
	codeParams     map[*types.Func]CodeParamFact // exported functions that redeem a parameter (codefact.go)
	redeemed       map[*types.Func]int           // every function noted as redeeming a parameter (codefact.go), exported or not
	stringers      map[*types.Func]bool          // String methods that print a token (tokens.go)
	notContainer   map[*types.Var]bool

	// Token leaks (tokens.go).
	logCalls []logCall
	// queryCalls are the calls of request methods that set one URL
	// query parameter (knowledge.QuerySetters), judged with the tokens.
	queryCalls  []inspector.Cursor
	localCalls  []inspector.Cursor        // calls to this package's functions
	fieldDefs   map[*types.Var][]ast.Expr // values assigned to string fields
	fieldTokens map[*types.Var]string     // fields that hold a token
	sealed      map[*types.Var]bool       // tagged token fields given ciphertext only (sealedField)
	tokenVars   map[*types.Var]string     // memo of tokenVar
	// funcCommands maps the functions that are a token-printing command's
	// Run, RunE or Action to its name (tokens.go), built on first use.
	funcCommands  map[*types.Func]string
	testFiles     map[*token.File]bool
	dispatchSeen  bool                        // a literal may read a parameter hand-built servers dispatch on (dispatchRead)
	seesS256      bool                        // the package uses the constant "S256" (vocab.go)
	wrappers      map[*types.Func]int         // redirect wrappers, while uncheckedRedirects runs
	issuesTokens  bool                        // a literal or tag names access_token (handbuilt.go)
	readsVerifier bool                        // a literal or tag names code_verifier (handbuilt.go)
	otherVars     []inspector.Cursor          // uses of other packages' package-level variables (served.go)
	tables        map[types.Object][]tableKey // dispatch tables' registered keys (registry.go)
}

// varField names a field of a variable: u.RawQuery, cfg.RedirectURL.
type varField struct {
	v     *types.Var
	field string
}

// def is one assignment to a variable: rhs (nil for a zero-value
// declaration or an unknown source) and, for a multi-value assignment, the
// index of the variable's value in it.
type def struct {
	rhs   ast.Expr
	tuple int // -1 unless rhs yields several values
	cur   inspector.Cursor
	op    token.Token // token.ASSIGN, DEFINE, VAR, or an op= token
}

func newModel(pass *analysis.Pass, result *Result) *model {
	return &model{
		pass:        pass,
		info:        pass.TypesInfo,
		in:          inspector.New(pass.Files),
		result:      result,
		defs:        make(map[*types.Var][]def),
		addrTaken:   make(map[*types.Var]bool),
		soleAddr:    make(map[*types.Var]*ast.UnaryExpr),
		funcDecls:   make(map[*types.Func]inspector.Cursor),
		containers:  make(map[containerKey]*container),
		fieldSets:   make(map[varField][]ast.Expr),
		evalMemo:    make(map[ast.Expr]string),
		evaluating:  make(map[ast.Expr]bool),
		consumed:    make(map[ast.Node]bool),
		facts:       make(map[*types.Func]*AuthURLFact),
		returned:    make(map[*types.Func][]*AuthRequest),
		grantParams: make(map[*types.Func]int),
		pathGrants:  make(map[*types.Func][]PathGrant),

		flowPkgs:     make(map[*types.Package]bool),
		names:        make(map[*types.Func]string),
		helpers:      make(map[*types.Func]bool),
		browserFacts: make(map[*types.Func]*BrowserFact),
		notContainer: make(map[*types.Var]bool),
		fieldDefs:    make(map[*types.Var][]ast.Expr),
		tokenVars:    make(map[*types.Var]string),
	}
}

// importsLogger reports whether pkg imports one of the logging packages
// of the loggers table.
// printsWithFmt reports whether the package prints to standard output
// or error with fmt (fmt.Println; fmt.Fprintf with os.Stdout or
// os.Stderr in the package): in a server, standard output is its log.
// Fprintf alone is most often an HTTP handler writing its reply.
func printsWithFmt(pass *analysis.Pass) bool {
	var fmtPkg *types.Package
	for _, imp := range pass.Pkg.Imports() {
		if imp.Path() == "fmt" {
			fmtPkg = imp
		}
	}
	if fmtPkg == nil {
		return false
	}
	fprint, std := false, false
	for _, used := range pass.TypesInfo.Uses {
		switch x := used.(type) {
		case *types.Func:
			if x.Pkg() != fmtPkg {
				continue
			}
			switch x.Name() {
			case "Print", "Printf", "Println":
				return true
			case "Fprint", "Fprintf", "Fprintln":
				fprint = true
			}
		case *types.Var:
			if x.Pkg() != nil && x.Pkg().Path() == "os" && (x.Name() == "Stdout" || x.Name() == "Stderr") {
				std = true
			}
		}
		if fprint && std {
			return true
		}
	}
	return false
}

func importsLogger(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		p := trimVendor(imp.Path())
		for _, l := range loggers {
			if l.pkg == p && !l.stdout {
				return true
			}
		}
	}
	return false
}
