// Package twodefs: a hand-written authorization endpoint whose redirect
// target is assigned twice, an access_denied reply first and the code
// when the user approved, both built on the requested redirect_uri,
// which nothing compares. Beside it the same endpoint that compares the
// URI with the registered one first, and one whose first assignment is
// the registered URI (not a read of the request).
package twodefs

import (
	"net/http"
	"net/url"
)

type Clients map[string]string // client_id → registered redirect URI

func issue(clientID string) string { return "c0de" }

func Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	back := q.Get("redirect_uri")
	dest := back + "?error=access_denied&state=" + url.QueryEscape(q.Get("state"))
	if r.FormValue("approve") == "yes" {
		dest = back + "?code=" + issue(q.Get("client_id")) + "&state=" + url.QueryEscape(q.Get("state"))
	}
	http.Redirect(w, r, dest, http.StatusFound) // want `redirect_uri never checked: this authorization response sends the code to whatever URI the request names \(read at line 20\)`
}

func (cs Clients) AuthorizeChecked(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	back := q.Get("redirect_uri")
	if registered, ok := cs[q.Get("client_id")]; !ok || registered != back {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	dest := back + "?error=access_denied"
	if r.FormValue("approve") == "yes" {
		dest = back + "?code=" + issue(q.Get("client_id"))
	}
	http.Redirect(w, r, dest, http.StatusFound)
}

func (cs Clients) AuthorizeRegistered(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	dest := cs[q.Get("client_id")] + "?error=access_denied"
	if r.FormValue("approve") == "yes" {
		dest = q.Get("redirect_uri") + "?code=" + issue(q.Get("client_id"))
	}
	http.Redirect(w, r, dest, http.StatusFound)
}
