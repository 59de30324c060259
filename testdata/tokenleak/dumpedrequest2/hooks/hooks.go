// Package hooks logs the webhooks it receives: no token request here.
package hooks

import (
	"log"
	"net/http"
	"net/http/httputil"
)

func Receive(w http.ResponseWriter, r *http.Request) {
	b, _ := httputil.DumpRequest(r, true)
	log.Printf("webhook: %s", b)
	w.WriteHeader(http.StatusNoContent)
}
