// Package cobraprint is a command-line login that prints the
// authorization URL to the cobra command's output and listens for the
// callback on every interface.
package cobraprint

import (
	"fmt"
	"net"
	"net/http"

	"github.com/spf13/cobra"
	"golang.org/x/oauth2"
)

const port = "8765"

var conf = &oauth2.Config{
	ClientID:    "cli",
	RedirectURL: "http://127.0.0.1:" + port + "/cb",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.org/authorize", TokenURL: "https://idp.example.org/token"},
}

var Login = &cobra.Command{
	Use: "login",
	RunE: func(cmd *cobra.Command, _ []string) error {
		st, v := oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
		codes := make(chan string, 1)
		mux := http.NewServeMux()
		mux.HandleFunc("/cb", func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Query().Get("state") != st {
				http.Error(w, "bad state", http.StatusBadRequest)
				return
			}
			codes <- r.URL.Query().Get("code")
		})
		ln, err := net.Listen("tcp", ":"+port) // want `native app's callback listener on all interfaces: a native client \(prints the authorization URL with fmt.Fprintf to OutOrStdout\(\)\)`
		if err != nil {
			return err
		}
		go http.Serve(ln, mux)
		fmt.Fprintf(cmd.OutOrStdout(), "open %s\n", conf.AuthCodeURL(st, oauth2.S256ChallengeOption(v)))
		_, err = conf.Exchange(cmd.Context(), <-codes, oauth2.VerifierOption(v))
		return err
	},
}

// LoginLocal listens on the loopback interface only: fine.
var LoginLocal = &cobra.Command{
	Use: "login-local",
	RunE: func(cmd *cobra.Command, _ []string) error {
		ln, err := net.Listen("tcp", "127.0.0.1:"+port)
		if err != nil {
			return err
		}
		defer ln.Close()
		v := oauth2.GenerateVerifier()
		fmt.Fprintln(cmd.OutOrStdout(), "open", conf.AuthCodeURL(oauth2.GenerateVerifier(), oauth2.S256ChallengeOption(v)))
		return nil
	},
}
