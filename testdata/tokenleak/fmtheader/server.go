// Package fmtheader is a logout endpoint that prints the caller's bearer
// token with fmt while serving the request: the server's standard output
// is its log. It imports no logger, only fmt. The request's path printed
// beside it is no credential (silent).
package fmtheader

import (
	"fmt"
	"net/http"
	"strings"
)

func logout(w http.ResponseWriter, r *http.Request) {
	bearer := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	fmt.Println("logging out", bearer) // want `request's Authorization header printed to standard output while serving a request`
	fmt.Println("path", r.URL.Path)
	if bearer == "" {
		http.Error(w, "no token", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func Serve() error {
	http.HandleFunc("/logout", logout)
	return http.ListenAndServe(":8081", nil)
}
