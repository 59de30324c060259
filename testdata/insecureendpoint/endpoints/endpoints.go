// Endpoints in x/oauth2's types: plain http to a real host is reported;
// loopback development servers, https and configuration are not.
package endpoints

import (
	"os"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

var Prod = &oauth2.Config{
	ClientID:    "web",
	RedirectURL: "http://app.northwind-traders.io/callback", // want `redirect URI over plain http to app.northwind-traders.io`
	Endpoint: oauth2.Endpoint{
		AuthURL:  "http://sso.northwind-traders.io/oauth/authorize", // want `authorization endpoint over plain http to sso.northwind-traders.io \(oauth2.Endpoint.AuthURL\)`
		TokenURL: "http://sso.northwind-traders.io/oauth/token",     // want `token endpoint over plain http to sso.northwind-traders.io \(oauth2.Endpoint.TokenURL\): the client secret, the authorization code and the tokens`
	},
}

const internalIdP = "http://10.0.0.12:8080"

var Service = clientcredentials.Config{
	ClientID: "svc",
	TokenURL: internalIdP + "/token", // want `token endpoint over plain http to 10.0.0.12:8080 \(clientcredentials.Config.TokenURL\)`
}

// Dev talks to an identity provider on the developer's machine.
var Dev = &oauth2.Config{
	ClientID:    "dev",
	RedirectURL: "http://localhost:3000/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "http://127.0.0.1:9000/authorize",
		TokenURL: "http://[::1]:9000/token",
	},
}

// FromEnv is configured by the environment: unknown, silent.
func FromEnv() *oauth2.Config {
	return &oauth2.Config{
		ClientID:    os.Getenv("CLIENT_ID"),
		RedirectURL: os.Getenv("REDIRECT_URL"),
		Endpoint: oauth2.Endpoint{
			AuthURL:  "http://" + os.Getenv("IDP_HOST") + "/authorize",
			TokenURL: os.Getenv("TOKEN_URL"),
		},
	}
}

var Secure = oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token", DeviceAuthURL: "https://idp.example.com/device"}

// Assigned field by field, another way to write the same.
func Legacy() *oauth2.Config {
	c := &oauth2.Config{ClientID: "legacy"}
	c.Endpoint.TokenURL = "http://legacy.fabrikam.io/token"       // want `token endpoint over plain http to legacy.fabrikam.io`
	c.Endpoint.DeviceAuthURL = "HTTP://legacy.fabrikam.io/device" // want `device authorization endpoint over plain http to legacy.fabrikam.io`
	c.Endpoint.AuthURL = "https://legacy.fabrikam.io/authorize"
	return c
}
