package knowledge

// Auth0 is github.com/auth0/go-auth0's authentication API, checked
// against v1.47.0 and v2.2.0 (authentication/oauth.go, the same in both):
//
//   - LoginWithPassword sends grant_type=password, or Auth0's
//     password-realm grant when the request's Realm is set.
//   - LoginWithAuthCode exchanges a code without code_verifier;
//     LoginWithAuthCodeWithPKCE sends the request's CodeVerifier.
//   - LoginWithClientCredentials sends client_credentials.
//
// auth0.String returns a pointer to its argument (auth0.go).
var Auth0 = SDK{
	Name:  "go-auth0",
	Roots: []string{"github.com/auth0/go-auth0", "github.com/auth0/go-auth0/v2"},
	Calls: []Call{
		{
			Func:         Func{"authentication", "OAuth", "LoginWithPassword"},
			Grant:        "password",
			RequestParam: "body",
			GrantField:   "Realm",
			FieldGrant:   "http://auth0.com/oauth/grant-type/password-realm",
		},
		{
			Func:          Func{"authentication", "OAuth", "LoginWithAuthCode"},
			Grant:         "authorization_code",
			RequestParam:  "body",
			CodeField:     "Code",
			RedirectField: "RedirectURI",
			Flow:          RedeemsCode,
			PKCE:          PKCENever,
			Fix:           "send code_challenge=BASE64URL(SHA256(verifier)) with code_challenge_method=S256 to /authorize and redeem the code with (*authentication.OAuth).LoginWithAuthCodeWithPKCE and that CodeVerifier",
		},
		{
			Func:          Func{"authentication", "OAuth", "LoginWithAuthCodeWithPKCE"},
			Grant:         "authorization_code",
			RequestParam:  "body",
			CodeField:     "Code",
			VerifierField: "CodeVerifier",
			RedirectField: "RedirectURI",
		},
		{
			Func:  Func{"authentication", "OAuth", "LoginWithClientCredentials"},
			Grant: "client_credentials",
		},
		{
			Func:  Func{"authentication", "OAuth", "RefreshToken"},
			Grant: "refresh_token",
		},
	},
	Pointers: []Func{{"", "", "String"}},
}
