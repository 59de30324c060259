// Loopback addresses, and addresses from the caller (a flag): silent.
package safe

import (
	"context"

	"github.com/int128/oauth2cli"
	"golang.org/x/oauth2"
)

func Loopback(ctx context.Context, conf oauth2.Config, ready chan string) (*oauth2.Token, error) {
	v := oauth2.GenerateVerifier()
	return oauth2cli.GetToken(ctx, oauth2cli.Config{
		OAuth2Config:           conf,
		LocalServerBindAddress: []string{"127.0.0.1:0", "[::1]:0", "localhost:8000"},
		AuthCodeOptions:        []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(v)},
		TokenRequestOptions:    []oauth2.AuthCodeOption{oauth2.VerifierOption(v)},
		LocalServerReadyChan:   ready,
	})
}

func Configured(ctx context.Context, conf oauth2.Config, bind []string, ready chan string) (*oauth2.Token, error) {
	v := oauth2.GenerateVerifier()
	return oauth2cli.GetToken(ctx, oauth2cli.Config{
		OAuth2Config:           conf,
		LocalServerBindAddress: bind,
		AuthCodeOptions:        []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(v)},
		TokenRequestOptions:    []oauth2.AuthCodeOption{oauth2.VerifierOption(v)},
		LocalServerReadyChan:   ready,
	})
}
