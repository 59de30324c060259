package main

import (
	"net/http"

	"example.com/fixtures/pkce/tokenonlylib/api"
)

func main() {
	mux := http.NewServeMux()
	api.Routes(mux)
	http.ListenAndServe(":1054", mux)
}
