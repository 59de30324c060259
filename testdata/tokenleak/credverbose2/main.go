// Command credverbose2 is credverbose written differently: a cobra
// command named "print" that answers on cmd.OutOrStdout (silent) and
// traces on cmd.ErrOrStderr (reported); a "token" command may answer on
// standard error too (silent).
package main

import (
	"fmt"

	"github.com/spf13/cobra"
	"golang.org/x/oauth2"
)

func current() *oauth2.Token { return &oauth2.Token{AccessToken: "from-the-keyring"} }

func main() {
	root := &cobra.Command{Use: "creds"}
	root.AddCommand(&cobra.Command{
		Use: "print",
		RunE: func(cmd *cobra.Command, args []string) error {
			t := current()
			fmt.Fprintln(cmd.ErrOrStderr(), "debug: refreshed", t.AccessToken) // want `access token printed`
			fmt.Fprintln(cmd.OutOrStdout(), t.AccessToken)
			return nil
		},
	})
	root.AddCommand(&cobra.Command{
		Use: "token",
		Run: func(cmd *cobra.Command, args []string) {
			fmt.Fprintln(cmd.ErrOrStderr(), current().AccessToken)
		},
	})
	_ = root.Execute()
}
