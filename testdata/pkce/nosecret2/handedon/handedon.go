// A config without a ClientSecret in its literal that is handed to other
// code, which may give it one: unknown, silent.
package handedon

import (
	"net/http"

	"golang.org/x/oauth2"
)

type Secrets interface {
	Fill(*oauth2.Config)
}

func Handler(sec Secrets) http.HandlerFunc {
	oc := &oauth2.Config{
		ClientID:    "portal",
		RedirectURL: "https://portal.example.com/cb",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
	}
	sec.Fill(oc)
	return func(w http.ResponseWriter, r *http.Request) {
		s := oauth2.GenerateVerifier()
		http.SetCookie(w, &http.Cookie{Name: "s", Value: s, Secure: true, HttpOnly: true})
		http.Redirect(w, r, oc.AuthCodeURL(s), http.StatusFound)
	}
}
