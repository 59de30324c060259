// Package cmds holds gh-style commands declared for kong in nested
// structs: "auth print-token" (named by its tag) prints the refresh
// token on purpose; "auth status" logs it, and is reported.
package cmds

import (
	"context"
	"fmt"
	"log"

	"golang.org/x/oauth2"
)

type Globals struct {
	Source oauth2.TokenSource
}

type tokenCmd struct {
	Raw bool `help:"Print only the token."`
}

func (c *tokenCmd) Run(g *Globals) error {
	t, err := g.Source.Token()
	if err != nil {
		return err
	}
	if c.Raw {
		fmt.Println(t.RefreshToken)
		return nil
	}
	fmt.Printf("refresh_token=%s\n", t.RefreshToken)
	return nil
}

type statusCmd struct{}

func (statusCmd) Run(g *Globals) error {
	t, err := g.Source.Token()
	if err != nil {
		return err
	}
	log.Printf("logged in, refresh token %s", t.RefreshToken) // want `refresh token written to a log: log.Printf logs the refresh token`
	return nil
}

type AuthCmd struct {
	Token  *tokenCmd `cmd:"" name:"print-token" help:"Print the refresh token."`
	Status statusCmd `cmd:"" help:"Show the login status."`
}

type CLI struct {
	Auth AuthCmd `cmd:""`
}

func Refresh(ctx context.Context, conf *oauth2.Config, rt string) oauth2.TokenSource {
	return conf.TokenSource(ctx, &oauth2.Token{RefreshToken: rt})
}
