// A library's out-of-band flow: the redirect URI tells the server to show
// the code for the user to paste. Silent, like the quickstart CLI.
package pasteoob

import "golang.org/x/oauth2"

var conf = &oauth2.Config{
	ClientID:    "installed",
	RedirectURL: "urn:ietf:wg:oauth:2.0:oob",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://accounts.example.com/o/oauth2/auth", TokenURL: "https://oauth2.example.com/token"},
}

func ConsentURL() string {
	return conf.AuthCodeURL("st")
}
