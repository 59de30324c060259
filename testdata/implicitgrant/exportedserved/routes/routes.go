// Package routes serves both endpoints of authsrv.Provider.
package routes

import (
	"net/http"

	"example.com/fixtures/implicitgrant/exportedserved/authsrv"
)

func Mount(mux *http.ServeMux) {
	mux.Handle("POST /token", authsrv.TokenEndpoint{})
	mux.HandleFunc("GET /authorize", func(w http.ResponseWriter, r *http.Request) {
		if err := authsrv.Provider.HandleAuthorizeRequest(w, r); err != nil { // want `this authorization server allows the implicit grant for every client: server.NewDefaultServer allows response types code and token by default.* \(the server authsrv.Provider, configured at authsrv.go:17, whose authorization endpoint this package serves\)`
			http.Error(w, err.Error(), http.StatusBadRequest)
		}
	})
}
