// Package problem renders error pages; it takes the request to log it.
package problem

import (
	"log"
	"net/http"
)

func Reply(w http.ResponseWriter, r *http.Request, status int, msg string) {
	log.Printf("%s %s: %s", r.Method, r.URL.Path, msg)
	http.Error(w, msg, status)
}
