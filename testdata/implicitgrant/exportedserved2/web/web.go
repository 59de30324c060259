// Package web mounts the token handler and hands the server itself to a
// router function, which serves its authorization endpoint: reported
// where the server is handed on.
package web

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4/server"

	"example.com/fixtures/implicitgrant/exportedserved2/oauthsrv"
)

func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("/token", oauthsrv.Tokens{})
	mountAuthorize(mux, oauthsrv.Server) // want `this authorization server allows the implicit grant for every client: server.NewConfig allows response types code and token by default.*\(the server oauthsrv.Server, configured at oauthsrv.go:19`
	return mux
}

func mountAuthorize(mux *http.ServeMux, s *server.Server) {
	mux.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) {
		_ = s.HandleAuthorizeRequest(w, r)
	})
}
