// Package portal fills a foreign struct's field by assignment (not sent
// from here: silent), and redirects the browser to another URL that it
// builds completely and that has no state (reported).
package portal

import (
	"net/http"

	"example.com/fixtures/oauthstate/storedbase/types"
)

const authorize = "https://accounts.partnerhub.io/authorize"

func Describe(clientID string) *types.Flow {
	f := new(types.Flow)
	f.Start = authorize + "?response_type=code&client_id=" + clientID
	return f
}

func Start(w http.ResponseWriter, r *http.Request) {
	f := Describe("portal")
	u := authorize + "?response_type=code&client_id=portal&redirect_uri=https://portal.partnerhub.io/cb" // want `authorization request without a state`
	f.Scope = "openid"
	http.Redirect(w, r, u, http.StatusFound)
}
