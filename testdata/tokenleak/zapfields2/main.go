// Command zapfields2 fetches a service token and traces the grant
// through another package: Grant logs the access token as a slog
// attribute (reported); Quiet logs its size (silent).
package main

import (
	"context"

	"golang.org/x/oauth2/clientcredentials"

	"example.com/fixtures/tokenleak/zapfields2/internal/trace"
)

func main() {
	ctx := context.Background()
	cc := clientcredentials.Config{ClientID: "svc", TokenURL: "https://idp.example/oauth/token"}
	t, err := cc.Token(ctx)
	if err != nil {
		return
	}
	trace.Grant(ctx, cc.ClientID, []byte(t.AccessToken)) // want `access token written to a log: trace.Grant \(which calls`
	trace.Quiet(ctx, cc.ClientID, []byte(t.AccessToken))
}
