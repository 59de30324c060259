// Package login wraps providers behind two interfaces: Flow, which the
// web layer calls, and an unexported provider interface whose one
// implementation redeems the code through an embedded config wrapper.
package login

import (
	"context"
	"crypto/rand"

	"golang.org/x/oauth2"
)

type configWrap struct{ conf *oauth2.Config }

func (c *configWrap) URL(state string) string { return c.conf.AuthCodeURL(state) }
func (c *configWrap) Redeem(ctx context.Context, code string) (*oauth2.Token, error) {
	return c.conf.Exchange(ctx, code)
}

type provider interface {
	url(state string) string
	redeem(ctx context.Context, code string) (*oauth2.Token, error)
}

type gitHost struct{ *configWrap }

func (g *gitHost) url(state string) string { return g.URL(state) }
func (g *gitHost) redeem(ctx context.Context, code string) (*oauth2.Token, error) {
	return g.Redeem(ctx, code)
}

// Flow is what the web layer sees.
type Flow interface {
	Start(ctx context.Context) (url, state string)
	Finish(ctx context.Context, code string) (*oauth2.Token, error)
}

type flow struct{ p provider }

// New returns the flow of the git host.
func New(id, secret, redirect string) Flow {
	return &flow{p: &gitHost{&configWrap{conf: &oauth2.Config{ClientID: id, ClientSecret: secret, RedirectURL: redirect,
		Endpoint: oauth2.Endpoint{AuthURL: "https://git.example.org/login/oauth/authorize", TokenURL: "https://git.example.org/login/oauth/access_token"}}}}}
}

func (f *flow) Start(ctx context.Context) (string, string) {
	s := rand.Text()
	return f.p.url(s), s
}

func (f *flow) Finish(ctx context.Context, code string) (*oauth2.Token, error) {
	return f.p.redeem(ctx, code)
}
