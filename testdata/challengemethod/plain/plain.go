// Package plain uses the "plain" challenge method.
package plain

import (
	"context"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/authhandler"
)

var conf = &oauth2.Config{ClientID: "app", Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/auth"}}

func PlainOption(state, verifier string) string {
	return conf.AuthCodeURL(state,
		oauth2.SetAuthURLParam("code_challenge", verifier),
		oauth2.SetAuthURLParam("code_challenge_method", "plain")) // want `code_challenge_method=plain makes the challenge the verifier itself`
}

func PlainString(base, state, verifier string) string {
	return base + "?response_type=code&state=" + state + "&code_challenge=" + verifier + "&code_challenge_method=plain" // want `code_challenge_method=plain`
}

func PlainHandler(ctx context.Context, verifier string, h authhandler.AuthorizationHandler) oauth2.TokenSource {
	return authhandler.TokenSourceWithPKCE(ctx, conf, "state", h, &authhandler.PKCEParams{
		Challenge:       verifier,
		ChallengeMethod: "plain", // want `code_challenge_method=plain`
		Verifier:        verifier,
	})
}

// S256 through authhandler is right.
func S256Handler(ctx context.Context, verifier string, h authhandler.AuthorizationHandler) oauth2.TokenSource {
	return authhandler.TokenSourceWithPKCE(ctx, conf, "state", h, &authhandler.PKCEParams{
		Challenge:       oauth2.S256ChallengeFromVerifier(verifier),
		ChallengeMethod: "S256",
		Verifier:        verifier,
	})
}
