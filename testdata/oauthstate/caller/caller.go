// A helper that takes the state from its caller: each call is judged.
package caller

import (
	"crypto/rand"
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "x"}

func loginURL(state string) string {
	return conf.AuthCodeURL(state, oauth2.AccessTypeOnline)
}

func Fixed(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, loginURL("fixed"), http.StatusFound) // want `constant OAuth state: the state is the constant "fixed"`
}

func Random(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, loginURL(rand.Text()), http.StatusFound)
}

// FromEnv: configuration, unknown: silent.
func FromEnv(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, loginURL(os.Getenv("OAUTH_STATE")), http.StatusFound)
}
