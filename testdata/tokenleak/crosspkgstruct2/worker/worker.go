// Package worker logs the grant it got from the auth package (reported);
// logging its kind is silent.
package worker

import (
	"context"
	"log"

	"example.com/fixtures/tokenleak/crosspkgstruct2/auth"
)

func Run(ctx context.Context, c *auth.Client) error {
	g, err := c.Machine(ctx)
	if err != nil {
		return err
	}
	log.Printf("worker authenticated: %v", g) // want `token response written to a log`
	log.Printf("token type %s", g.Kind)
	return nil
}
