// Command authz serves the copy's authorization server with the
// defaults of server.NewConfig.
package main

import (
	"net/http"

	"example.com/fixtures/implicitgrant/gooauth2part/oauth2/manage"
	"example.com/fixtures/implicitgrant/gooauth2part/oauth2/server"
)

func main() {
	srv := server.NewServer(server.NewConfig(), manage.NewDefaultManager()) // want `this authorization server allows the implicit grant for every client: server\.NewConfig allows response types code and token by default`
	http.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) {
		if err := srv.HandleAuthorizeRequest(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
		}
	})
	http.ListenAndServe(":9096", nil)
}
