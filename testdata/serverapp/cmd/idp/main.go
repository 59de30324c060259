// Command idp serves the identity provider of package idp.
package main

import (
	"crypto/rand"
	"crypto/rsa"
	"log"
	"net/http"
	"os"

	"example.com/fixtures/serverapp/idp"
)

func main() {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		log.Fatal(err)
	}
	provider, err := idp.New([]byte(os.Getenv("IDP_SECRET")), key, os.Getenv("IDP_CLIENTS"))
	if err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/oauth2/auth", func(w http.ResponseWriter, r *http.Request) {
		ar, err := provider.NewAuthorizeRequest(r.Context(), r)
		if err != nil {
			provider.WriteAuthorizeError(r.Context(), w, ar, err)
			return
		}
		http.Error(w, "login not implemented", http.StatusNotImplemented)
	})
	log.Fatal(http.ListenAndServe(":4444", nil))
}
