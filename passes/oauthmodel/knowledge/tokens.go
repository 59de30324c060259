package knowledge

// TokenGetter is a library's method or field whose value is a live
// access or refresh token: one that whoever reads it can use. Logged or put
// in a URL query, it leaks (tokenleak). A type whose field is tagged
// access_token or refresh_token needs no row: the tag says it.
type TokenGetter struct {
	Paths []string // import paths of the package that declares Type
	Type  string   // the method's receiver or the field's struct (an interface or a struct)
	// Name is the method or the field; "" for the value itself, which
	// printed whole (%v, %+v) shows the tokens among its fields.
	Name string
	// Noun, for the value itself, is what a message calls it ("the
	// signed-in goth.User"); an issued token's record by default.
	Noun    string
	Refresh bool // a refresh token, not an access token
	ID      bool // an ID token
	// Record is set for a method or field whose value holds the tokens
	// among other things (a token response's parameters), as a value of
	// Type itself does.
	Record bool
	// After names the library's method that puts the tokens there: the
	// value holds them only in a function that calls it with the same
	// value (osin's FinishAccessRequest(resp, r, ar) fills resp.Output;
	// an authorization or userinfo response's Output holds no token).
	After string
}

var (
	goOAuth2Root   = []string{"github.com/go-oauth2/oauth2/v4", "gopkg.in/oauth2.v4", "gopkg.in/oauth2.v3", "github.com/go-oauth2/oauth2"}
	goOAuth2Models = []string{"github.com/go-oauth2/oauth2/v4/models", "gopkg.in/oauth2.v4/models", "gopkg.in/oauth2.v3/models", "github.com/go-oauth2/oauth2/models"}
	osinPaths      = []string{"github.com/openshift/osin", "github.com/RangelReale/osin"}
	gothPaths      = []string{"github.com/markbates/goth"}
	msalBase       = []string{"github.com/AzureAD/microsoft-authentication-library-for-go/apps/internal/base"}
)

// TokenGetters: go-oauth2 v4.5.4 (model.go's TokenInfo interface,
// models/token.go's Token, whose fields carry bson tags only), osin v1.0.1
// (access.go's AccessData; response.go's Response, whose Output holds the
// token response's parameters once FinishAccessRequest has run) and fosite v0.49.0 (oauth2.go's AccessResponder,
// access_response.go's AccessResponse), and goth v1.81.0 (user.go's
// User, the signed-in user gothic.CompleteUserAuth returns, whose untagged
// fields hold the provider's tokens), and MSAL v1.10.1 (apps/internal/
// base's AuthResult, which public.AuthResult and confidential.AuthResult
// alias: what every AcquireToken* method returns, its AccessToken
// untagged).
var TokenGetters = []TokenGetter{
	{Paths: gothPaths, Type: "User", Noun: "the signed-in goth.User"},
	{Paths: gothPaths, Type: "User", Name: "AccessToken"},
	{Paths: gothPaths, Type: "User", Name: "RefreshToken", Refresh: true},
	{Paths: gothPaths, Type: "User", Name: "IDToken", ID: true},
	{Paths: gothPaths, Type: "User", Name: "AccessTokenSecret"},
	{Paths: msalBase, Type: "AuthResult", Noun: "an MSAL AuthResult"},
	{Paths: msalBase, Type: "AuthResult", Name: "AccessToken"},
	{Paths: goOAuth2Root, Type: "TokenInfo"},
	{Paths: goOAuth2Models, Type: "Token"},
	{Paths: osinPaths, Type: "AccessData"},
	{Paths: []string{"github.com/ory/fosite"}, Type: "AccessResponse"},
	// fosite v0.49.0 access_request.go, request.go: the token request a
	// token endpoint received (NewAccessRequest's result), whose Form
	// holds the refresh token or code, a password, a client secret.
	{Paths: []string{"github.com/ory/fosite"}, Type: "AccessRequest", Noun: "the token request fosite received (its form: the refresh token or code, a password, the client secret)"},
	{Paths: []string{"github.com/ory/fosite"}, Type: "AccessRequester", Noun: "the token request fosite received (its form: the refresh token or code, a password, the client secret)"},
	{Paths: goOAuth2Root, Type: "TokenInfo", Name: "GetAccess"},
	{Paths: goOAuth2Root, Type: "TokenInfo", Name: "GetRefresh", Refresh: true},
	{Paths: goOAuth2Models, Type: "Token", Name: "GetAccess"},
	{Paths: goOAuth2Models, Type: "Token", Name: "GetRefresh", Refresh: true},
	{Paths: goOAuth2Models, Type: "Token", Name: "Access"},
	{Paths: goOAuth2Models, Type: "Token", Name: "Refresh", Refresh: true},
	{Paths: osinPaths, Type: "AccessData", Name: "AccessToken"},
	{Paths: osinPaths, Type: "AccessData", Name: "RefreshToken", Refresh: true},
	{Paths: osinPaths, Type: "Response", Name: "Output", Record: true, After: "FinishAccessRequest"},
	{Paths: []string{"github.com/ory/fosite"}, Type: "AccessResponder", Name: "GetAccessToken"},
	{Paths: []string{"github.com/ory/fosite"}, Type: "AccessResponse", Name: "GetAccessToken"},
	// zitadel/oidc v3.52.0 pkg/oidc/token.go: Tokens[C] embeds
	// *oauth2.Token and adds IDToken string (json:"-"), the raw ID
	// token; v2 the same; v1's Tokens is not generic.
	{Paths: zitadelOIDCPaths(), Type: "Tokens", Name: "IDToken", ID: true},
}

// zitadelOIDCPaths are the import paths of zitadel's oidc package.
func zitadelOIDCPaths() []string {
	var out []string
	for _, n := range zitadelOIDC("Tokens") {
		out = append(out, n.Path)
	}
	return out
}

// TokenParam is a library's function or method parameter that takes a
// live token: the value a program passes there is that token, wherever
// it came from (decrypted from a cookie, read from a file), and printed
// it leaks (tokenleak).
type TokenParam struct {
	Paths   []string // import paths of the function's package
	Recv    string   // the method's receiver type (a struct or an interface); "" for a function
	Name    string
	Param   int // 0-based, the receiver excluded
	Refresh bool
}

var gocloakCtx = []string{"github.com/Nerzal/gocloak/v13", "github.com/Nerzal/gocloak/v12", "github.com/Nerzal/gocloak/v11", "github.com/Nerzal/gocloak/v10", "github.com/Nerzal/gocloak/v9", "github.com/Nerzal/gocloak/v8", "github.com/Nerzal/gocloak/v7"}

// TokenParams: zitadel/oidc v3.10.0 to v3.52.0 (rp/relying_party.go:
// RefreshTokens[C](ctx, rp, refreshToken, clientAssertion,
// clientAssertionType string)), gocloak v7.11.0 to v13.9.0 (client.go:
// RefreshToken(ctx, refreshToken, clientID, clientSecret, realm),
// Logout(ctx, clientID, clientSecret, realm, refreshToken),
// GetUserInfo(ctx, accessToken, realm), RetrospectToken(ctx,
// accessToken, clientID, clientSecret, realm), on the GoCloak struct from
// v12 and the GoCloak interface before) and gocloak v5.5.0 (the same
// without ctx). x/oauth2's Token literal fields are read by the model.
var TokenParams = []TokenParam{
	{Paths: []string{"github.com/zitadel/oidc/v3/pkg/client/rp"}, Name: "RefreshTokens", Param: 2, Refresh: true},
	{Paths: gocloakCtx, Recv: "GoCloak", Name: "RefreshToken", Param: 1, Refresh: true},
	{Paths: gocloakCtx, Recv: "GoCloak", Name: "Logout", Param: 4, Refresh: true},
	{Paths: gocloakCtx, Recv: "GoCloak", Name: "GetUserInfo", Param: 1},
	{Paths: gocloakCtx, Recv: "GoCloak", Name: "RetrospectToken", Param: 1},
	{Paths: []string{"github.com/Nerzal/gocloak/v5"}, Recv: "GoCloak", Name: "RefreshToken", Param: 0, Refresh: true},
	{Paths: []string{"github.com/Nerzal/gocloak/v5"}, Recv: "GoCloak", Name: "Logout", Param: 3, Refresh: true},
	{Paths: []string{"github.com/Nerzal/gocloak/v5"}, Recv: "GoCloak", Name: "GetUserInfo", Param: 0},
	// go-oauth2's token manager, the *manage.Manager and the root
	// package's Manager interface: v4.4.2 to v4.5.4 (manage/manager.go,
	// manage.go) take ctx first; gopkg.in/oauth2.v3 v3.12.0 and the
	// pre-module github.com/go-oauth2/oauth2 do not. A server's
	// middleware that hands a request's bearer token to LoadAccessToken
	// says the value is an access token, whatever header carried it.
	{Paths: []string{"github.com/go-oauth2/oauth2/v4/manage", "github.com/go-oauth2/oauth2/v4"}, Recv: "Manager", Name: "LoadAccessToken", Param: 1},
	{Paths: []string{"github.com/go-oauth2/oauth2/v4/manage", "github.com/go-oauth2/oauth2/v4"}, Recv: "Manager", Name: "RemoveAccessToken", Param: 1},
	{Paths: []string{"github.com/go-oauth2/oauth2/v4/manage", "github.com/go-oauth2/oauth2/v4"}, Recv: "Manager", Name: "LoadRefreshToken", Param: 1, Refresh: true},
	{Paths: []string{"github.com/go-oauth2/oauth2/v4/manage", "github.com/go-oauth2/oauth2/v4"}, Recv: "Manager", Name: "RemoveRefreshToken", Param: 1, Refresh: true},
	{Paths: []string{"gopkg.in/oauth2.v3/manage", "gopkg.in/oauth2.v3", "github.com/go-oauth2/oauth2/manage", "github.com/go-oauth2/oauth2"}, Recv: "Manager", Name: "LoadAccessToken", Param: 0},
	{Paths: []string{"gopkg.in/oauth2.v3/manage", "gopkg.in/oauth2.v3", "github.com/go-oauth2/oauth2/manage", "github.com/go-oauth2/oauth2"}, Recv: "Manager", Name: "RemoveAccessToken", Param: 0},
	{Paths: []string{"gopkg.in/oauth2.v3/manage", "gopkg.in/oauth2.v3", "github.com/go-oauth2/oauth2/manage", "github.com/go-oauth2/oauth2"}, Recv: "Manager", Name: "LoadRefreshToken", Param: 0, Refresh: true},
	{Paths: []string{"gopkg.in/oauth2.v3/manage", "gopkg.in/oauth2.v3", "github.com/go-oauth2/oauth2/manage", "github.com/go-oauth2/oauth2"}, Recv: "Manager", Name: "RemoveRefreshToken", Param: 0, Refresh: true},
}

// TokenImplParams are parameters of a library's interface methods that
// the library calls with a live token: a program's type that implements
// the interface (Recv) receives the token there, and printing it leaks
// it. osin v1.0.1 (storage.go: Storage.LoadAccess(token string),
// RemoveAccess, LoadRefresh, RemoveRefresh) and go-oauth2 v4.5.2 to
// v4.5.4 (store.go: TokenStore.GetByAccess(ctx, access string),
// GetByRefresh, RemoveByAccess, RemoveByRefresh).
var TokenImplParams = []TokenParam{
	{Paths: osinPaths, Recv: "Storage", Name: "LoadAccess", Param: 0},
	{Paths: osinPaths, Recv: "Storage", Name: "RemoveAccess", Param: 0},
	{Paths: osinPaths, Recv: "Storage", Name: "LoadRefresh", Param: 0, Refresh: true},
	{Paths: osinPaths, Recv: "Storage", Name: "RemoveRefresh", Param: 0, Refresh: true},
	{Paths: []string{"github.com/go-oauth2/oauth2/v4"}, Recv: "TokenStore", Name: "GetByAccess", Param: 1},
	{Paths: []string{"github.com/go-oauth2/oauth2/v4"}, Recv: "TokenStore", Name: "RemoveByAccess", Param: 1},
	{Paths: []string{"github.com/go-oauth2/oauth2/v4"}, Recv: "TokenStore", Name: "GetByRefresh", Param: 1, Refresh: true},
	{Paths: []string{"github.com/go-oauth2/oauth2/v4"}, Recv: "TokenStore", Name: "RemoveByRefresh", Param: 1, Refresh: true},
}
