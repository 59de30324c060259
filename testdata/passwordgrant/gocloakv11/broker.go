// Package gocloakv11 is a web broker written against gocloak v11, whose
// NewClient returns the GoCloak interface, kept in a field of the
// application's state: its login handler forwards the credentials it
// receives to Keycloak.
package gocloakv11

import (
	"net/http"

	"github.com/Nerzal/gocloak/v11"
)

type keycloak struct {
	api          gocloak.GoCloak
	clientID     string
	clientSecret string
	realm        string
}

type application struct {
	kc *keycloak
}

func newApplication(url, clientID, secret, realm string) *application {
	return &application{kc: &keycloak{api: gocloak.NewClient(url), clientID: clientID, clientSecret: secret, realm: realm}}
}

func (app *application) login(w http.ResponseWriter, r *http.Request) {
	user, pass := r.Header.Get("Username"), r.Header.Get("Password")
	jwt, err := app.kc.api.Login(r.Context(), // want `resource owner password credentials grant \(from \(gocloak\.GoCloak\)\.Login\)`
		app.kc.clientID, app.kc.clientSecret, app.kc.realm, user, pass)
	if err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "session", Value: jwt.AccessToken, HttpOnly: true, Secure: true})
}

// Checking a bearer token is no grant: silent.
func (app *application) authenticate(r *http.Request) bool {
	res, err := app.kc.api.RetrospectToken(r.Context(), r.Header.Get("Authorization"), app.kc.clientID, app.kc.clientSecret, app.kc.realm)
	return err == nil && res.Active != nil && *res.Active
}
