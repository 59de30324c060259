// Command authz3 keeps only the first response type of the copy's
// defaults: what that leaves is not read here (unknown), so silent.
package main

import (
	"net/http"

	"example.com/fixtures/implicitgrant/gooauth2part/oauth2/manage"
	"example.com/fixtures/implicitgrant/gooauth2part/oauth2/server"
)

func main() {
	cfg := server.NewConfig()
	cfg.AllowedResponseTypes = cfg.AllowedResponseTypes[:1]
	srv := server.NewServer(cfg, manage.NewDefaultManager())
	http.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) { _ = srv.HandleAuthorizeRequest(w, r) })
	http.ListenAndServe(":9096", nil)
}
