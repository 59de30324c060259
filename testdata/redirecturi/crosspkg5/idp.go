// An identity provider whose authorization endpoint reads its parameters
// through a closure, defaults a missing redirect URI to its own page, and
// checks a given one by domain through a method and a validator of
// another package: reported where the handler hands it on. Its login
// page takes the URL to return to after login under the same name, with
// the same validator, and sends no code there: silent.
package crosspkg5

import (
	"net/http"
	"net/url"
	"strings"

	"example.com/fixtures/redirecturi/crosspkg5/origin"
)

type idp struct {
	domains map[string][]string // per client
	site    []string
}

func (p *idp) permitted(client, uri string) bool {
	return origin.Allowed(uri, p.domains[client])
}

func (p *idp) authorize(w http.ResponseWriter, r *http.Request) {
	get := func(k string) string { return strings.TrimSpace(r.FormValue(k)) }
	back := get("redirect_uri")
	client := get("client_id")
	if back == "" {
		back = "/account"
	} else if !p.permitted(client, back) { // want `redirect_uri matched by suffix \(strings.HasSuffix\), not exact comparison: this call hands the requested URI to \(\*idp\).permitted, which compares it at origin.go:22`
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, back+"?code=x1&state="+url.QueryEscape(get("state")), http.StatusFound)
}

// login sends the browser back where it came from once signed in: a
// return URL of the provider's own pages, no authorization response.
func (p *idp) login(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("redirect_uri")
	if next == "" || !origin.Allowed(next, p.site) {
		next = "/"
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "s", HttpOnly: true, Secure: true})
	http.Redirect(w, r, next, http.StatusFound)
}

func main() {
	p := &idp{domains: map[string][]string{"app": {"app.example.com"}}, site: []string{"id.example.com"}}
	http.HandleFunc("/authorize", p.authorize)
	http.HandleFunc("/login", p.login)
	_ = http.ListenAndServe(":8080", nil)
}
