// Package session signs a user in: the authorization URL comes from an
// interface method whose one implementation here builds it without PKCE,
// and is opened with another package's launcher method (the URL its second
// argument): a native client, reported where the URL is opened.
package session

import (
	"context"

	"golang.org/x/oauth2"

	"example.com/fixtures/pkce/browserwrap/desktop/launch"
)

type Provider interface {
	Name() string
	ConsentPage() string
}

type base struct {
	cfg   oauth2.Config
	nonce string
}

func (b base) ConsentPage() string { return b.cfg.AuthCodeURL(b.nonce) }

// Google and GitLab share base's ConsentPage (promoted).
type Google struct{ base }

func (Google) Name() string { return "google" }

type GitLab struct {
	base
	group string
}

func (g *GitLab) Name() string { return "gitlab/" + g.group }

func SignIn(ctx context.Context, l *launch.Launcher, p Provider) error {
	return l.Visit(ctx, p.ConsentPage()) // want `authorization URL from \(base\).ConsentPage carries no PKCE challenge in a native client: opens the authorization URL in the system browser with launch.Visit`
}
