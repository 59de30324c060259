// Redirect URIs over plain http whose host is an unknown name under a
// public domain: the host is on the internet whatever the name. A name
// under a cluster's domain, or with only a port known, is silent.
package publicsuffix

import (
	"os"

	"golang.org/x/oauth2"
)

var Heroku = &oauth2.Config{
	ClientID: os.Getenv("ID"), ClientSecret: os.Getenv("SECRET"),
	Endpoint:    oauth2.Endpoint{AuthURL: "https://id.heroku.com/oauth/authorize", TokenURL: "https://id.heroku.com/oauth/token"},
	RedirectURL: "http://" + os.Getenv("APP_NAME") + ".herokuapp.com/auth/callback", // want `redirect URI over plain http to \*\.herokuapp\.com`
}

var InCluster = &oauth2.Config{
	ClientID:    "svc",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://id.heroku.com/oauth/authorize", TokenURL: "https://id.heroku.com/oauth/token"},
	RedirectURL: "http://" + os.Getenv("SERVICE") + ".apps.svc.cluster.local/callback",
}

var PortOnly = &oauth2.Config{
	ClientID:    "svc",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://id.heroku.com/oauth/authorize", TokenURL: "https://id.heroku.com/oauth/token"},
	RedirectURL: "http://" + os.Getenv("HOST") + ":8080/callback",
}
