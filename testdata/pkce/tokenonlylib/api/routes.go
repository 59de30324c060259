package api

import (
	"net/http"

	"example.com/fixtures/pkce/tokenonlylib/token"
)

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /token", token.Issue)
	mux.HandleFunc("POST /enroll", token.Enroll)
}
