// Command web is a server-side web app (a confidential client with a
// secret) that serves zitadel's login handler on a public address: PKCE
// is recommended but not required there (RFC 9700 §2.1.1), so a relying
// party without rp.WithPKCE is reported only with -pkce.confidential.
package main

import (
	"context"
	"crypto/rand"
	"log"
	"net/http"
	"os"

	"github.com/zitadel/oidc/v3/pkg/client/rp"
	httphelper "github.com/zitadel/oidc/v3/pkg/http"
	"github.com/zitadel/oidc/v3/pkg/oidc"
)

func main() {
	key := []byte(os.Getenv("COOKIE_KEY"))
	cookies := httphelper.NewCookieHandler(key, key)
	provider, err := rp.NewRelyingPartyOIDC(context.Background(), os.Getenv("ISSUER"), os.Getenv("CLIENT_ID"), os.Getenv("CLIENT_SECRET"),
		"https://app.example.com/auth/callback", []string{oidc.ScopeOpenID}, rp.WithCookieHandler(cookies))
	if err != nil {
		log.Fatal(err)
	}
	http.Handle("/login", rp.AuthURLHandler(rand.Text, provider))
	http.Handle("/auth/callback", rp.CodeExchangeHandler(func(w http.ResponseWriter, r *http.Request, t *oidc.Tokens[*oidc.IDTokenClaims], state string, _ rp.RelyingParty) {
		http.Redirect(w, r, "/", http.StatusFound)
	}, provider))
	log.Fatal(http.ListenAndServe(":8080", nil))
}
