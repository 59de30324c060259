// An API's middleware that logs the caller's Authorization header
// (reported: it is the bearer token), beside logs of whether one came and
// of its scheme (silent).
package authheader

import (
	"crypto/sha256"
	"fmt"
	"log"
	"net/http"
	"strings"
)

func logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.Printf("%s %s auth=%s", r.Method, r.URL.Path, r.Header.Get("Authorization")) // want `request's Authorization header written to a log: log.Printf logs the request's Authorization header`
		next.ServeHTTP(w, r)
	})
}

func debugBearer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		bearer := strings.TrimPrefix(r.Header.Get("authorization"), "Bearer ")
		log.Println("bearer:", bearer) // want `request's Authorization header written to a log`
		next.ServeHTTP(w, r)
	})
}

// Right: whether a credential came, its scheme, a fingerprint.
func quiet(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := r.Header.Get("Authorization")
		scheme, _, _ := strings.Cut(h, " ")
		log.Printf("%s %s authenticated=%t scheme=%s", r.Method, r.URL.Path, h != "", scheme)
		log.Printf("caller %x", sha256.Sum256([]byte(h)))
		log.Printf("agent %s", r.Header.Get("User-Agent"))
		fmt.Println(len(h))
		next.ServeHTTP(w, r)
	})
}
