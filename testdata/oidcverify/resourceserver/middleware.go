// A resource server that accepts any bearer token the provider issued,
// whatever its audience (reported), even though it looks like the client's
// access-token check above.
package resourceserver

import (
	"net/http"
	"strings"

	"github.com/coreos/go-oidc/v3/oidc"
)

func Middleware(provider *oidc.Provider, next http.Handler) http.Handler {
	verifier := provider.Verifier(&oidc.Config{SkipClientIDCheck: true}) // want `SkipClientIDCheck is true, so the audience \(aud\) is not checked`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		accessToken := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if _, err := verifier.Verify(r.Context(), accessToken); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}
