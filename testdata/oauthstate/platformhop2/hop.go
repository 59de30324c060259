// Package platformhop2: the hop's path is a constant of the package and
// the query is joined by concatenation; the relative target is this
// server's own consent route (silent).
package platformhop2

import (
	"net/http"
	"net/url"
)

const consentPath = "/consent"

func Forward(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	next := consentPath + "?client_id=" + url.QueryEscape(q.Get("client_id"))
	next += "&redirect_uri=" + url.QueryEscape(q.Get("redirect_uri"))
	http.Redirect(w, r, next, http.StatusSeeOther)
}
