// Command azlogin signs in to Microsoft Entra ID with MSAL: interactively
// in the system browser (the code flow with PKCE that MSAL runs), or, in
// its legacy mode, with the user's name and password.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/AzureAD/microsoft-authentication-library-for-go/apps/confidential"
	"github.com/AzureAD/microsoft-authentication-library-for-go/apps/public"
)

var scopes = []string{"https://graph.microsoft.com/User.Read"}

func interactive(ctx context.Context, app public.Client) (string, error) {
	res, err := app.AcquireTokenInteractive(ctx, scopes)
	return res.AccessToken, err
}

func legacy(ctx context.Context, app public.Client, user, pass string) (string, error) {
	res, err := app.AcquireTokenByUsernamePassword(ctx, scopes, user, pass) // want `resource owner password credentials grant \(from \(public.Client\).AcquireTokenByUsernamePassword\): \(public.Client\).AcquireTokenByUsernamePassword always sends grant_type=password`
	return res.AccessToken, err
}

// daemon is a confidential client: client credentials are its grant; the
// password grant in serviceUser is reported all the same.
func daemon(ctx context.Context) error {
	cred, err := confidential.NewCredFromSecret(os.Getenv("AZURE_CLIENT_SECRET"))
	if err != nil {
		return err
	}
	app, err := confidential.New("https://login.microsoftonline.com/contoso", os.Getenv("AZURE_CLIENT_ID"), cred)
	if err != nil {
		return err
	}
	if _, err := app.AcquireTokenByCredential(ctx, []string{"https://graph.microsoft.com/.default"}); err != nil {
		return err
	}
	_, err = app.AcquireTokenByUsernamePassword(ctx, scopes, os.Getenv("SVC_USER"), os.Getenv("SVC_PASSWORD")) // want `resource owner password credentials grant \(from AcquireTokenByUsernamePassword\): \(confidential.Client\).AcquireTokenByUsernamePassword always sends grant_type=password`
	return err
}

func main() {
	ctx := context.Background()
	app, err := public.New(os.Getenv("AZURE_CLIENT_ID"))
	if err != nil {
		panic(err)
	}
	var tok string
	if len(os.Args) == 3 {
		tok, err = legacy(ctx, app, os.Args[1], os.Args[2])
	} else {
		tok, err = interactive(ctx, app)
	}
	fmt.Println(len(tok) > 0, err, daemon(ctx))
}
