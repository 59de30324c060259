// Command msalresult is a git credential helper on MSAL (v1.10.1): it
// prints the credential git asks for (password=<token>) on standard
// output, which is its purpose, through the map it answers with
// (silent); with -v it dumps the whole AuthResult to standard error, and
// it logs the token it got: both are reported.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/AzureAD/microsoft-authentication-library-for-go/apps/public"
)

func main() {
	verbose := flag.Bool("v", false, "verbose")
	flag.Parse()
	client, err := public.New("client-id", public.WithAuthority("https://login.microsoftonline.com/organizations"))
	if err != nil {
		log.Fatal(err)
	}
	var result public.AuthResult
	result, err = client.AcquireTokenInteractive(context.Background(), []string{"499b84ac-1321-427f-aa17-267ca6975798/.default"})
	if err != nil {
		log.Fatalln(err)
	}
	if *verbose {
		fmt.Fprintf(os.Stderr, "result: %+v\n", result) // want `MSAL AuthResult printed to standard error: fmt.Fprintf prints an MSAL AuthResult \(printed with its fields, its tokens included\)`
	}
	log.Printf("acquired %s for %s", result.AccessToken, result.Account.PreferredUsername) // want `access token written to a log`
	log.Printf("expires %s", result.ExpiresOn)
	output := map[string]string{"username": result.Account.PreferredUsername, "password": result.AccessToken}
	for k, v := range output {
		fmt.Printf("%s=%s\n", k, v)
	}
}
