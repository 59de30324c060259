// A middleware that splits the Authorization header and logs the part
// after the scheme, the caller's bearer token (reported); logging the
// scheme alone is fine.
package authsplit

import (
	"log"
	"net/http"
	"strings"
)

func Guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := r.Header.Get("Authorization")
		pieces := strings.SplitN(h, " ", 2)
		if len(pieces) != 2 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		log.Printf("auth scheme %q", pieces[0])
		log.Printf("checking credential %s", pieces[1]) // want `request's Authorization header written to a log`
		next.ServeHTTP(w, r)
	})
}
