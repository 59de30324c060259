// Command firstparty2 signs in to a Supabase project through the gotrue
// package, and to a legacy API with the password grant (reported).
package main

import (
	"context"
	"os"

	"example.com/fixtures/passwordgrant/firstparty2/gotrue"
	"golang.org/x/oauth2"
)

func main() {
	_, _ = gotrue.New("abcd").PasswordLogin(os.Getenv("EMAIL"), os.Getenv("PASSWORD"))
	conf := &oauth2.Config{ClientID: "legacy", Endpoint: oauth2.Endpoint{TokenURL: "https://legacy.example.net/auth/v1/oauth/token"}}
	_, _ = conf.PasswordCredentialsToken(context.Background(), os.Getenv("USER"), os.Getenv("PASSWORD")) // want `resource owner password credentials grant`
}
