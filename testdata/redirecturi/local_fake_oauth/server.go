// Package localidp is a fake OAuth server for end-to-end tests of a
// client: it sends its code to whatever redirect_uri it is given
// (silent: a fake, by its directory's name).
package localidp

import "net/http"

func Authorize(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, r.FormValue("redirect_uri")+"?code=fake&state="+r.FormValue("state"), http.StatusFound)
}
