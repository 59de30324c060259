// The second shape: a tenant's token endpoint and an app's redirect URI
// formatted with the tenant's or app's name under a public domain.
package publicsuffix2

import (
	"fmt"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

func Machine(tenant, id, secret string) *clientcredentials.Config {
	return &clientcredentials.Config{
		ClientID: id, ClientSecret: secret,
		TokenURL: fmt.Sprintf("http://%s.eu.auth0.com/oauth/token", tenant), // want `token endpoint over plain http to \*\.eu\.auth0\.com`
	}
}

func Web(app, id, secret string) *oauth2.Config {
	return &oauth2.Config{
		ClientID: id, ClientSecret: secret,
		Endpoint:    oauth2.Endpoint{AuthURL: "https://login.example.org/authorize", TokenURL: "https://login.example.org/token"},
		RedirectURL: fmt.Sprintf("http://%s.azurewebsites.net/signin-oidc", app), // want `redirect URI over plain http to \*\.azurewebsites\.net`
	}
}
