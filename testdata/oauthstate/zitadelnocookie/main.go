// Command zitadelnocookie serves zitadel/oidc's login and callback
// handlers (v3.52.0). The relying party of /login has no cookie handler:
// rp.AuthURLHandler keeps no state, and rp.CodeExchangeHandler then takes
// the request's own state, whatever it is (reported). The admin relying
// party has one (rp.WithCookieHandler), and the partner one gets it
// through rp.WithPKCE: both silent.
package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/google/uuid"
	"github.com/zitadel/oidc/v3/pkg/client/rp"
	httphelper "github.com/zitadel/oidc/v3/pkg/http"
	"github.com/zitadel/oidc/v3/pkg/oidc"
)

func done(w http.ResponseWriter, r *http.Request, t *oidc.Tokens[*oidc.IDTokenClaims], state string, _ rp.RelyingParty) {
	http.Redirect(w, r, "/", http.StatusFound)
}

func main() {
	ctx := context.Background()
	issuer, id, secret := os.Getenv("ISSUER"), os.Getenv("CLIENT_ID"), os.Getenv("CLIENT_SECRET")
	users, err := rp.NewRelyingPartyOIDC(ctx, issuer, id, secret, "https://app.example.com/callback", []string{oidc.ScopeOpenID})
	if err != nil {
		log.Fatal(err)
	}
	http.Handle("/login", rp.AuthURLHandler(uuid.NewString, users))
	http.Handle("/callback", rp.CodeExchangeHandler(done, users)) // want `callback accepts any state: rp.CodeExchangeHandler compares the request's state with the one kept at login only when the client has somewhere to keep it, and the one from rp.NewRelyingPartyOIDC \(line 28\) has no rp.WithCookieHandler or rp.WithPKCE or rp.WithPKCEFromDiscovery option`

	key := []byte(os.Getenv("COOKIE_KEY"))
	admins, err := rp.NewRelyingPartyOIDC(ctx, issuer, id, secret, "https://app.example.com/admin/callback", []string{oidc.ScopeOpenID},
		rp.WithCookieHandler(httphelper.NewCookieHandler(key, key)))
	if err != nil {
		log.Fatal(err)
	}
	http.Handle("/admin/login", rp.AuthURLHandler(uuid.NewString, admins))
	http.Handle("/admin/callback", rp.CodeExchangeHandler(done, admins))

	partners, err := rp.NewRelyingPartyOIDC(ctx, issuer, id, secret, "https://app.example.com/partner/callback", []string{oidc.ScopeOpenID},
		rp.WithPKCE(httphelper.NewCookieHandler(key, key)))
	if err != nil {
		log.Fatal(err)
	}
	http.Handle("/partner/login", rp.AuthURLHandler(uuid.NewString, partners))
	http.Handle("/partner/callback", rp.CodeExchangeHandler(done, partners))
	log.Fatal(http.ListenAndServe(":8080", nil))
}
