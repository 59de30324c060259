// Package photos builds its configuration in a value-returning factory
// method; one uploader pastes the code (silent), the other sends the user
// back to a web callback with a constant state (reported).
package photos

import (
	"net/http"

	"golang.org/x/oauth2"
)

type Uploader struct{ ClientID string }

func (u Uploader) oob() oauth2.Config {
	return oauth2.Config{ClientID: u.ClientID, RedirectURL: oauth2OOB, Endpoint: endpoint}
}

func (u Uploader) web() oauth2.Config {
	return oauth2.Config{ClientID: u.ClientID, RedirectURL: "https://photos.acme-gallery.net/oauth/callback", Endpoint: endpoint}
}

const oauth2OOB = "urn:ietf:wg:oauth:2.0:oob"

var endpoint = oauth2.Endpoint{AuthURL: "https://login.acme-gallery.net/authorize", TokenURL: "https://login.acme-gallery.net/token"}

func (u Uploader) PasteURL() string {
	c := u.oob()
	return c.AuthCodeURL("upload")
}

func (u Uploader) Start(w http.ResponseWriter, r *http.Request) {
	c := u.web()
	http.Redirect(w, r, c.AuthCodeURL("upload"), http.StatusFound) // want `constant OAuth state: the state is the constant "upload"`
}
