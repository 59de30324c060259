// A command-line sign-in whose challenge comes from a helper package and
// whose verifier from another: reported when the verifier is drawn from
// math/rand, silent when from crypto/rand.
package main

import (
	"context"
	"fmt"
	"net/http"

	"golang.org/x/oauth2"

	"example.com/fixtures/pkce/challengehelper/s256"
	"example.com/fixtures/pkce/challengehelper/verif"
)

var conf = &oauth2.Config{
	ClientID:    "tool",
	RedirectURL: "http://127.0.0.1:8765/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.example.net/authorize",
		TokenURL: "https://auth.example.net/token",
	},
}

func login(ctx context.Context, secure bool) {
	v := verif.New()
	if secure {
		v = verif.Secure()
	}
	_ = v
	weak := verif.New()
	u := conf.AuthCodeURL(verif.Secure(),
		oauth2.SetAuthURLParam("code_challenge", s256.Of(weak)), // want `PKCE with a predictable verifier: the code_challenge derives from math/rand.Intn in verif.New`
		oauth2.SetAuthURLParam("code_challenge_method", "S256"))
	fmt.Println("Open", u)
	serve(ctx, weak)
}

func loginSecure(ctx context.Context) {
	good := verif.Secure()
	u := conf.AuthCodeURL(verif.Secure(),
		oauth2.SetAuthURLParam("code_challenge", s256.Of(good)),
		oauth2.SetAuthURLParam("code_challenge_method", "S256"))
	fmt.Println("Open", u)
	serve(ctx, good)
}

func serve(ctx context.Context, verifier string) {
	srv := &http.Server{Addr: "127.0.0.1:8765"}
	http.HandleFunc("/callback", func(w http.ResponseWriter, r *http.Request) {
		if _, err := conf.Exchange(ctx, r.URL.Query().Get("code"), oauth2.VerifierOption(verifier)); err != nil {
			http.Error(w, "failed", http.StatusBadRequest)
		}
	})
	_ = srv.ListenAndServe()
}

func main() {
	login(context.Background(), false)
	loginSecure(context.Background())
}
