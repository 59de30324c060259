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
	Name    string
	Refresh bool // a refresh token, not an access token
	// Record is set for a method or field whose value holds the tokens
	// among other things (a token response's parameters), as a value of
	// Type itself does.
	Record bool
}

var (
	goOAuth2Root   = []string{"github.com/go-oauth2/oauth2/v4", "gopkg.in/oauth2.v4", "gopkg.in/oauth2.v3", "github.com/go-oauth2/oauth2"}
	goOAuth2Models = []string{"github.com/go-oauth2/oauth2/v4/models", "gopkg.in/oauth2.v4/models", "gopkg.in/oauth2.v3/models", "github.com/go-oauth2/oauth2/models"}
	osinPaths      = []string{"github.com/openshift/osin", "github.com/RangelReale/osin"}
)

// TokenGetters: go-oauth2 v4.5.4 (model.go's TokenInfo interface,
// models/token.go's Token, whose fields carry bson tags only), osin v1.0.1
// (access.go's AccessData; response.go's Response, whose Output holds the
// token response's parameters once FinishAccessRequest has run) and fosite v0.49.0 (oauth2.go's AccessResponder,
// access_response.go's AccessResponse).
var TokenGetters = []TokenGetter{
	{Paths: goOAuth2Root, Type: "TokenInfo"},
	{Paths: goOAuth2Models, Type: "Token"},
	{Paths: osinPaths, Type: "AccessData"},
	{Paths: []string{"github.com/ory/fosite"}, Type: "AccessResponse"},
	{Paths: goOAuth2Root, Type: "TokenInfo", Name: "GetAccess"},
	{Paths: goOAuth2Root, Type: "TokenInfo", Name: "GetRefresh", Refresh: true},
	{Paths: goOAuth2Models, Type: "Token", Name: "GetAccess"},
	{Paths: goOAuth2Models, Type: "Token", Name: "GetRefresh", Refresh: true},
	{Paths: goOAuth2Models, Type: "Token", Name: "Access"},
	{Paths: goOAuth2Models, Type: "Token", Name: "Refresh", Refresh: true},
	{Paths: osinPaths, Type: "AccessData", Name: "AccessToken"},
	{Paths: osinPaths, Type: "AccessData", Name: "RefreshToken", Refresh: true},
	{Paths: osinPaths, Type: "Response", Name: "Output", Record: true},
	{Paths: []string{"github.com/ory/fosite"}, Type: "AccessResponder", Name: "GetAccessToken"},
	{Paths: []string{"github.com/ory/fosite"}, Type: "AccessResponse", Name: "GetAccessToken"},
}
