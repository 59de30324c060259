package knowledge

// BrowserBoundChallenge is an identity server whose login and consent
// apps are handed a challenge that the server itself binds to the browser
// that started the login: ORY Hydra sets a login-CSRF cookie when it
// redirects to the login app with login_challenge, and on the way back it
// refuses a challenge accepted from a browser without that cookie. A
// login app that uses the challenge as the state of its own upstream
// login (a "login with Google" bridge) and checks it by asking Hydra is
// bound to the browser through Hydra: the victim's browser cannot finish
// the attacker's challenge.
type BrowserBoundChallenge struct {
	// Paths are the SDKs' module roots; a package below one counts.
	Paths []string
	// Setters are the methods of the SDK's request builders that take
	// the challenge (admin.GetLoginRequestParams.WithLoginChallenge in
	// the go-swagger SDK v1.x, AdminApi.AcceptLoginRequest(ctx).
	// LoginChallenge in v1.10 and later, OAuth2API.GetOAuth2LoginRequest
	// (ctx).LoginChallenge in v2 and ory/client-go).
	Setters []string
	// Fields are the request parameter structs' fields that hold it
	// (&admin.GetLoginRequestParams{LoginChallenge: c}).
	Fields []string
}

// BrowserBoundChallenges lists the identity servers that bind their
// challenges to the browser.
var BrowserBoundChallenges = []BrowserBoundChallenge{
	{
		Paths: []string{"github.com/ory/hydra-client-go", "github.com/ory/client-go", "github.com/ory/hydra/sdk/go"},
		Setters: []string{
			"LoginChallenge", "WithLoginChallenge", "SetLoginChallenge",
			"ConsentChallenge", "WithConsentChallenge", "SetConsentChallenge",
		},
		Fields: []string{"LoginChallenge", "ConsentChallenge"},
	},
}
