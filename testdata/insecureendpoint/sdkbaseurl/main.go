// Command sdkbaseurl logs users in through Keycloak with gocloak, whose
// client sends every request, the password grant's included, to the base
// URL it is built with: a remote host over plain http is reported; https,
// a loopback development server and a URL from the environment are not.
package main

import (
	"context"
	"os"

	"github.com/Nerzal/gocloak/v13"
)

func main() {
	ctx := context.Background()
	remote := gocloak.NewClient("http://sso.contoso.net:8080/") // want `token endpoint over plain http to sso.contoso.net:8080 \(the base URL of gocloak.NewClient\)`
	secure := gocloak.NewClient("https://sso.contoso.net")
	dev := gocloak.NewClient("http://127.0.0.1:8080")
	configured := gocloak.NewClient(os.Getenv("KEYCLOAK_URL"))
	for _, kc := range []*gocloak.GoCloak{remote, secure, dev, configured} {
		kc.LoginClient(ctx, "svc", os.Getenv("SECRET"), "apps")
	}
}
