// Package webcmd is a CLI's "serve" command whose callback receives the
// code over HTTP: the constant state there is reported, although its
// "token CODE" command also takes a code from the command line.
package webcmd

import (
	"context"
	"net/http"

	"github.com/spf13/cobra"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "tasks",
	RedirectURL: "https://tasks.example.org/cb",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://tasks.example.net/authorize", TokenURL: "https://tasks.example.net/token"},
}

func NewServe() *cobra.Command {
	return &cobra.Command{
		Use: "serve",
		RunE: func(cmd *cobra.Command, _ []string) error {
			http.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, conf.AuthCodeURL("fixed"), http.StatusFound) // want `constant OAuth state`
			})
			http.HandleFunc("/cb", func(w http.ResponseWriter, r *http.Request) {
				if _, err := conf.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
					http.Error(w, "failed", http.StatusBadGateway)
				}
			})
			return http.ListenAndServe("127.0.0.1:8080", nil)
		},
	}
}

func NewToken() *cobra.Command {
	return &cobra.Command{
		Use: "token",
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := conf.Exchange(context.Background(), args[0])
			return err
		},
	}
}
