// Package msalresult2: a service that gets app-only tokens with MSAL's
// confidential client and logs what it got with slog: the whole result
// (reported) and, in a helper that receives the result, its access
// token (reported); the expiry alone is silent.
package msalresult2

import (
	"context"
	"log/slog"

	"github.com/AzureAD/microsoft-authentication-library-for-go/apps/confidential"
)

type Graph struct {
	app confidential.Client
	log *slog.Logger
}

func New(tenant, id, secret string, log *slog.Logger) (*Graph, error) {
	cred, err := confidential.NewCredFromSecret(secret)
	if err != nil {
		return nil, err
	}
	app, err := confidential.New("https://login.microsoftonline.com/"+tenant, id, cred)
	if err != nil {
		return nil, err
	}
	return &Graph{app: app, log: log}, nil
}

func (g *Graph) Token(ctx context.Context) (string, error) {
	got, err := g.app.AcquireTokenByCredential(ctx, []string{"https://graph.microsoft.com/.default"})
	if err != nil {
		return "", err
	}
	g.log.Debug("token acquired", "result", got) // want `MSAL AuthResult written to a log`
	g.log.Info("token expires", "at", got.ExpiresOn)
	trace(g.log, got)
	return got.AccessToken, nil
}

func trace(l *slog.Logger, r confidential.AuthResult) {
	l.Debug("bearer", "value", r.AccessToken) // want `access token written to a log`
}
