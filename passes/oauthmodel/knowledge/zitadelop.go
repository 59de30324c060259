package knowledge

// ZitadelOP is github.com/zitadel/oidc's OpenID provider (pkg/op),
// checked against v3.52.0 (op.go, token_code.go, token_request.go,
// auth_request.go, discovery.go, client.go; pkg/oidc/code_challenge.go):
//
//   - NewProvider(config, storage, issuer, opts...) and the deprecated
//     NewOpenIDProvider, NewDynamicOpenIDProvider and
//     NewForwardedOpenIDProvider(issuerOrPath, config, storage, opts...)
//     make the provider. op.Config decides nothing below:
//     CodeMethodS256 only advertises S256 in discovery, AuthMethodPost and
//     AuthMethodPrivateKeyJWT are client authentication, WithAllowInsecure
//     allows an http issuer.
//   - There is no password grant: the token endpoint answers
//     unsupported_grant_type to grant_type=password.
//   - A client whose AuthMethod is none must send a code_challenge
//     (AuthorizeCodeClient: "PKCE required"); confidential clients may
//     skip it, unless the program's Storage.CreateAuthRequest refuses
//     such requests, which no configuration says: unknown.
//   - Response types are the client's: ValidateAuthReqResponseType
//     accepts what Client.ResponseTypes() lists, among code, id_token and
//     id_token token (oidc.ResponseTypeIDToken, which returns an access
//     token in the redirect). The clients come from the program's
//     Storage; where a type of the program implements op.Client with
//     lists fixed in code, those lists decide (Clients below).
//   - Plain challenges, and challenges without a method, are always
//     verified (oidc.VerifyCodeChallenge; ValidateAuthReqCodeChallengeMethod
//     lets plain and "" through); no option refuses them. The program's
//     AuthRequest.GetCodeChallenge decides: an oidc.CodeChallenge whose
//     Method is the received request's CodeChallengeMethod accepts plain
//     (PlainCopy below); Method fixed to S256, or the method compared by
//     the program, does not, or is its own decision.
var ZitadelOP = Server{
	Name: "zitadel/oidc op",
	// v1 (import path without a major version, checked against v1.13.5:
	// NewOpenIDProvider(ctx, config, storage, opts...), the same
	// op.Client, AuthStorage and PKCE check for AuthMethodNone clients,
	// no password grant).
	// github.com/caos/oidc is the module's name before the rename
	// (checked against v1.2.0: NewOpenIDProvider(ctx, config, storage,
	// opts...), the same op.Client and AuthMethodNone PKCE check in
	// token_code.go, no password grant in token_request.go).
	Paths: []string{"github.com/zitadel/oidc/v3/pkg/op", "github.com/zitadel/oidc/v2/pkg/op", "github.com/zitadel/oidc/pkg/op", "github.com/caos/oidc/pkg/op"},
	Anchors: []Anchor{
		{Func: Func{Name: "NewProvider"}, Config: 0, Factories: -1, Defaults: zitadelOPDefaults("op.NewProvider")},
		{Func: Func{Name: "NewOpenIDProvider"}, Config: 1, Factories: -1, Defaults: zitadelOPDefaults("op.NewOpenIDProvider")},
		{Func: Func{Name: "NewDynamicOpenIDProvider"}, Config: 1, Factories: -1, Defaults: zitadelOPDefaults("op.NewDynamicOpenIDProvider")},
		{Func: Func{Name: "NewForwardedOpenIDProvider"}, Config: 1, Factories: -1, Defaults: zitadelOPDefaults("op.NewForwardedOpenIDProvider")},
	},
	Clients: []Client{{
		Type:  Type{Name: "Client"},
		Inert: []Decision{Password},
		Advice: map[Decision]string{
			Implicit: "list only oidc.ResponseTypeCode in the client's ResponseTypes (id_token alone returns no access token)",
		},
		Interface:     true,
		ResponseTypes: "ResponseTypes",
		GrantTypes:    "GrantTypes",
	}},
	// The provider parses each authorization request into an
	// *oidc.AuthRequest and hands it to the program's
	// AuthStorage.CreateAuthRequest (auth_request.go), which keeps it.
	Received: zitadelOIDC("AuthRequest"),
	Storage:  []Type{{Name: "AuthStorage"}},
	PlainCopy: &PlainCopy{
		Challenge:     zitadelOIDC("CodeChallenge"),
		MethodField:   "Method",
		ReceivedField: "CodeChallengeMethod",
		MethodTypes:   zitadelOIDC("CodeChallengeMethod"),
		Why:           "the code challenge handed to the provider (the AuthRequest's GetCodeChallenge) keeps the code_challenge_method the client sent, and zitadel's oidc.VerifyCodeChallenge verifies plain and method-less challenges as the verifier itself; nothing in this package refuses plain",
	},
	Advice: map[Decision]string{
		PlainPKCE: "refuse a code_challenge_method other than S256 in Storage.CreateAuthRequest (oidc.ErrInvalidRequest()), or build the oidc.CodeChallenge with Method: oidc.CodeChallengeMethodS256",
	},
}

func zitadelOPDefaults(ctor string) []Default {
	return []Default{
		{Decision: Password, Status: Forbidden, Why: ctor + " makes a provider without a password grant"},
		{Decision: PKCEPublic, Status: Forbidden, Why: ctor + " makes a provider that requires PKCE from clients whose AuthMethod is none"},
	}
}

// zitadelOIDC is the type name of zitadel's oidc package under each of
// its import paths (the provider's Paths, pkg/op → pkg/oidc).
func zitadelOIDC(name string) []Named {
	return []Named{
		{Path: "github.com/zitadel/oidc/v3/pkg/oidc", Name: name},
		{Path: "github.com/zitadel/oidc/v2/pkg/oidc", Name: name},
		{Path: "github.com/zitadel/oidc/pkg/oidc", Name: name},
		{Path: "github.com/caos/oidc/pkg/oidc", Name: name},
	}
}
