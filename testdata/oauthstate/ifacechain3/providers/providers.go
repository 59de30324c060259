// Package providers: several providers behind one unexported interface,
// each embedding the Settings interface whose one implementation redeems
// the code with x/oauth2; Auth is what the web layer holds.
package providers

import (
	"context"

	"golang.org/x/oauth2"
)

type Settings interface {
	URL(state string) string
	Exchange(ctx context.Context, code string) (*oauth2.Token, error)
}

type settings struct{ c *oauth2.Config }

func (s *settings) URL(state string) string { return s.c.AuthCodeURL(state) }
func (s *settings) Exchange(ctx context.Context, code string) (*oauth2.Token, error) {
	return s.c.Exchange(ctx, code)
}

type provider interface {
	exchange(ctx context.Context, code string) (*oauth2.Token, error)
}

type chat struct{ Settings }

func (p *chat) exchange(ctx context.Context, code string) (*oauth2.Token, error) {
	return p.Exchange(ctx, code)
}

type video struct{ Settings }

func (p *video) exchange(ctx context.Context, code string) (*oauth2.Token, error) {
	return p.Exchange(ctx, code)
}

type Auth interface {
	Redeem(ctx context.Context, code string) (*oauth2.Token, error)
}

type auth struct{ p provider }

func (a *auth) Redeem(ctx context.Context, code string) (*oauth2.Token, error) {
	return a.p.exchange(ctx, code)
}

// Chat returns the chat provider's flow.
func Chat(c *oauth2.Config) Auth { return &auth{p: &chat{&settings{c: c}}} }

// Video returns the video provider's flow.
func Video(c *oauth2.Config) Auth { return &auth{p: &video{&settings{c: c}}} }
