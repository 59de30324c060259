// Package oauth2 is an identity provider's own copy of
// github.com/go-oauth2/oauth2/v4 under its own import path, cut down to
// what the fixtures use (shapes as in v4.5.4). The programs beside it
// import its server and manage packages only, never this root.
package oauth2

// ResponseType is a response_type value.
type ResponseType string

const (
	Code  ResponseType = "code"
	Token ResponseType = "token"
)

// GrantType is a grant_type value.
type GrantType string

const (
	AuthorizationCode   GrantType = "authorization_code"
	PasswordCredentials GrantType = "password"
	ClientCredentials   GrantType = "client_credentials"
	Refreshing          GrantType = "refresh_token"
)

// CodeChallengeMethod is a code_challenge_method value.
type CodeChallengeMethod string

const (
	CodeChallengePlain CodeChallengeMethod = "plain"
	CodeChallengeS256  CodeChallengeMethod = "S256"
)

// TokenGenerateRequest is what a token is made from.
type TokenGenerateRequest struct {
	ClientID     string
	ClientSecret string
	UserID       string
	RedirectURI  string
	Scope        string
	Code         string
}
