// Package web routes the identity service's token endpoint only.
package web

import (
	"net/http"

	"example.com/fixtures/implicitgrant/handlerspkg2/identity"
)

func Routes(mux *http.ServeMux, s *identity.Service) {
	mux.HandleFunc("/oauth/token", func(w http.ResponseWriter, r *http.Request) {
		if err := s.OAuth.HandleTokenRequest(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
		}
	})
}
