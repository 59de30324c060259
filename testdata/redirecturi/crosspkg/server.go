// An authorization endpoint that hands the requested redirect URI to a
// validator of another package: reported where it calls the loose one.
package crosspkg

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"net/url"

	"example.com/fixtures/redirecturi/crosspkg/allow"
)

type client struct {
	callback string
}

var clients = map[string]client{"wiki": {callback: "https://wiki.example.com/oauth/done"}}

func code() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func authorize(w http.ResponseWriter, r *http.Request) {
	c, ok := clients[r.FormValue("client_id")]
	back := r.FormValue("redirect_uri")
	if !ok || !allow.Permits(c.callback, back) { // want `redirect_uri matched by suffix \(strings.HasSuffix\), not exact comparison: this call hands the requested URI to allow.Permits, which compares it at allow.go:24`
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, back+"?code="+code()+"&state="+url.QueryEscape(r.FormValue("state")), http.StatusFound)
}

func authorizeExact(w http.ResponseWriter, r *http.Request) {
	c, ok := clients[r.FormValue("client_id")]
	back := r.FormValue("redirect_uri")
	if err := allow.HTTPS(back); err != nil || !ok || !allow.Same(c.callback, back) {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, back+"?code="+code()+"&state="+url.QueryEscape(r.FormValue("state")), http.StatusFound)
}

// A configured URL checked against another configured one: no requested
// redirect URI, nothing to report.
func selfCheck(publicURL string) bool {
	return allow.Permits("https://example.com", publicURL)
}

func main() {
	http.HandleFunc("/authorize", authorize)
	http.HandleFunc("/authorize2", authorizeExact)
	_ = selfCheck("https://www.example.com")
	_ = http.ListenAndServe(":8080", nil)
}
