// Command nouserhandler serves go-oauth2's defaults as its README shows,
// but never installs a UserAuthorizationHandler: the default answers
// every authorization request with access_denied, so its authorization
// endpoint issues no token and no code, whatever the response types.
package main

import (
	"log"
	"net/http"

	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/models"
	"github.com/go-oauth2/oauth2/v4/server"
	"github.com/go-oauth2/oauth2/v4/store"
)

func main() {
	manager := manage.NewDefaultManager()
	manager.MustTokenStorage(store.NewMemoryTokenStore())
	clients := store.NewClientStore()
	clients.Set("svc", &models.Client{ID: "svc", Secret: "s3cret", Domain: "https://svc.example.org"})
	manager.MapClientStorage(clients)

	srv := server.NewDefaultServer(manager)
	srv.SetClientInfoHandler(server.ClientFormHandler)
	http.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) {
		if err := srv.HandleAuthorizeRequest(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
		}
	})
	http.HandleFunc("/token", func(w http.ResponseWriter, r *http.Request) {
		_ = srv.HandleTokenRequest(w, r)
	})
	log.Fatal(http.ListenAndServe(":9096", nil))
}
