// Package cobraprint2 prints the authorization URL to the cobra
// command's error stream and waits for the code from a receiver it is
// given, without PKCE.
package cobraprint2

import (
	"fmt"

	"github.com/spf13/cobra"
	"golang.org/x/oauth2"
)

func newLogin(conf *oauth2.Config, codes <-chan string) *cobra.Command {
	return &cobra.Command{
		Use: "login",
		RunE: func(cmd *cobra.Command, args []string) error {
			st := oauth2.GenerateVerifier()
			fmt.Fprintln(cmd.ErrOrStderr(), "visit:", conf.AuthCodeURL(st)) // want `authorization code flow without PKCE in a native client: prints the authorization URL with fmt.Fprintln to ErrOrStderr\(\)`
			_, err := conf.Exchange(cmd.Context(), <-codes)
			return err
		},
	}
}

var _ = newLogin

// newLoginPKCE is the same command with an S256 challenge: fine.
func newLoginPKCE(conf *oauth2.Config, codes <-chan string) *cobra.Command {
	return &cobra.Command{
		Use: "login",
		RunE: func(cmd *cobra.Command, args []string) error {
			st, v := oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
			fmt.Fprintln(cmd.ErrOrStderr(), "visit:", conf.AuthCodeURL(st, oauth2.S256ChallengeOption(v)))
			_, err := conf.Exchange(cmd.Context(), <-codes, oauth2.VerifierOption(v))
			return err
		},
	}
}

var _ = newLoginPKCE
