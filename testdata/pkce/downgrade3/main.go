// Command downgrade3 serves the authorization server of package server.
package main

import (
	"net/http"
	"os"

	"github.com/rs/zerolog"

	"example.com/fixtures/pkce/downgrade3/server"
)

func main() {
	s := server.New(zerolog.New(os.Stderr))
	http.HandleFunc("/authorize", s.Authorize)
	http.HandleFunc("/token", s.Token)
	http.ListenAndServe(":9443", nil)
}
