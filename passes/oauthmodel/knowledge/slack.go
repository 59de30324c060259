package knowledge

// SlackGo is github.com/slack-go/slack's OAuth functions, checked against
// v0.16.0, v0.17.3 and v0.36.0 (oauth.go): GetOAuthV2Response,
// GetOAuthResponse, GetOAuthToken, GetBotOAuthToken and
// GetOpenIDConnectToken (and their Context forms) post the code and the
// client's credentials to Slack's oauth.v2.access, oauth.access or
// openid.connect.token, which redeem it as the authorization code grant
// does (Slack sends no grant_type for it). From v0.36.0 they take
// options, and OAuthOptionCodeVerifier sends a code_verifier; before,
// they send none.
var SlackGo = SDK{
	Name:  "slack-go",
	Roots: []string{"github.com/slack-go/slack"},
	Calls: slackRedeemers("GetOAuthV2Response", "GetOAuthResponse", "GetOAuthToken", "GetBotOAuthToken", "GetOpenIDConnectToken"),
}

func slackRedeemers(names ...string) []Call {
	var calls []Call
	for _, n := range names {
		for _, name := range []string{n, n + "Context"} {
			calls = append(calls, Call{
				Func:             Func{"", "", name},
				Grant:            "authorization_code",
				CodeParam:        "code",
				Flow:             RedeemsCode,
				PKCE:             PKCEInOptions,
				ChallengeOptions: []Func{{"", "", "OAuthOptionCodeVerifier"}},
				Fix:              "send code_challenge=BASE64URL(SHA256(verifier)) with code_challenge_method=S256 in the authorization URL and pass slack.OAuthOptionCodeVerifier(verifier) here (slack-go v0.36.0 and later)",
			})
		}
	}
	return calls
}
