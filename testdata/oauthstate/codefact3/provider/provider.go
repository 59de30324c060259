// Package provider redeems codes at GitLab.
package provider

import (
	"context"

	"golang.org/x/oauth2"
)

type GitLab struct{ Conf *oauth2.Config }

func (g *GitLab) Redeem(ctx context.Context, code string) (*oauth2.Token, error) {
	return g.Conf.Exchange(ctx, code)
}
