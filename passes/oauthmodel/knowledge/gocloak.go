package knowledge

// Gocloak is github.com/Nerzal/gocloak's client, checked against
// v13.9.0, v12.0.0, v11.2.0, v10.0.1, v9.0.4, v8.6.0, v7.11.0, v5.5.0
// (no context argument) and v1.0.0 (client.go; before v12 the methods are
// those of the GoCloak interface, which NewClient returns): Login,
// LoginOtp and LoginAdmin build TokenOptions with GrantType "password"
// (v1.0.0: a form with grant_type=password); LoginClient and LoginClientSignedJWT
// "client_credentials"; RefreshToken "refresh_token";
// LoginClientTokenExchange RFC 8693's token exchange. StringP returns a
// pointer to its argument (utils.go). Under go vet the same is known from
// gocloak's own code (TokenRequestFact); the table makes standalone runs,
// which do not analyse dependencies, see it too, and is read first.
var Gocloak = SDK{
	Name:  "gocloak",
	Roots: []string{"github.com/Nerzal/gocloak/v13", "github.com/Nerzal/gocloak/v12", "github.com/Nerzal/gocloak/v11", "github.com/Nerzal/gocloak/v10", "github.com/Nerzal/gocloak/v9", "github.com/Nerzal/gocloak/v8", "github.com/Nerzal/gocloak/v7", "github.com/Nerzal/gocloak/v5", "github.com/Nerzal/gocloak"},
	Calls: []Call{
		{Func: Func{"", "GoCloak", "Login"}, Grant: "password"},
		{Func: Func{"", "GoCloak", "LoginOtp"}, Grant: "password"},
		{Func: Func{"", "GoCloak", "LoginAdmin"}, Grant: "password"},
		{Func: Func{"", "GoCloak", "LoginClient"}, Grant: "client_credentials"},
		{Func: Func{"", "GoCloak", "LoginClientSignedJWT"}, Grant: "client_credentials"},
		{Func: Func{"", "GoCloak", "RefreshToken"}, Grant: "refresh_token"},
		{Func: Func{"", "GoCloak", "LoginClientTokenExchange"}, Grant: "urn:ietf:params:oauth:grant-type:token-exchange"},
	},
	Pointers: []Func{{"", "", "StringP"}},
	// NewClient(basePath string, options ...): every request, the
	// token requests included, goes to basePath.
	BaseURLs: []BaseURL{{Func: Func{"", "", "NewClient"}, Arg: 0}},
}
