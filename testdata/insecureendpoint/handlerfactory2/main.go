// Command handlerfactory2 writes the same with zitadel/oidc: the login
// page is rp.AuthURLHandler on a relying party handed to a factory, the
// server's address has no host (every interface), and the ID token is
// logged.
package main

import (
	"context"
	"crypto/rand"
	"log"
	"net/http"

	"github.com/zitadel/oidc/v3/pkg/client/rp"
	"github.com/zitadel/oidc/v3/pkg/client/rp/cli"
	httphelper "github.com/zitadel/oidc/v3/pkg/http"
	"github.com/zitadel/oidc/v3/pkg/oidc"
)

func page(party rp.RelyingParty) http.Handler {
	return rp.AuthURLHandler(rand.Text, party)
}

func main() {
	ctx := context.Background()
	key := []byte("0123456789abcdef0123456789abcdef")
	cookies := httphelper.NewCookieHandler(key, key, httphelper.WithUnsecure())
	party, err := rp.NewRelyingPartyOIDC(ctx, "https://id.example.com", "cli", "", "http://127.0.0.1:9999/callback",
		[]string{"openid"}, rp.WithCookieHandler(cookies), rp.WithPKCE(cookies))
	if err != nil {
		log.Fatal(err)
	}
	got := make(chan *oidc.Tokens[*oidc.IDTokenClaims], 1)
	mux := http.NewServeMux()
	mux.Handle("/login", page(party))
	mux.Handle("/callback", rp.CodeExchangeHandler(func(w http.ResponseWriter, r *http.Request, t *oidc.Tokens[*oidc.IDTokenClaims], state string, _ rp.RelyingParty) {
		got <- t
	}, party))
	srv := &http.Server{Addr: ":9999", Handler: mux} // want `native app's callback listener on all interfaces`
	go srv.ListenAndServe()
	cli.OpenBrowser("http://127.0.0.1:9999/login")
	t := <-got
	log.Println("id token:", t.IDToken)
}
