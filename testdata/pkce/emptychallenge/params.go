// An OpenID provider's record of an authorization request, cleared to
// empty values before a signed request object refills it. An empty
// code_challenge is no challenge, not a constant one: silent.
package emptychallenge

type AuthorizationParameters struct {
	ResponseType        string `json:"response_type,omitempty"`
	ClientID            string `json:"client_id,omitempty"`
	RedirectURI         string `json:"redirect_uri,omitempty"`
	CodeChallenge       string `json:"code_challenge,omitempty"`
	CodeChallengeMethod string `json:"code_challenge_method,omitempty"`
}

func Clear(dst *AuthorizationParameters) {
	dst.ResponseType = ""
	dst.ClientID = ""
	dst.RedirectURI = ""
	dst.CodeChallenge = ""
	dst.CodeChallengeMethod = ""
}
