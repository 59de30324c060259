// An authorization endpoint that compares the whole requested redirect
// URI, canonicalised by a helper of another package, with the registered
// one: exact, nothing to report. The https test is a scheme test.
package crosspkgsafe2

import (
	"net/http"
	"net/url"
	"strings"

	"example.com/fixtures/redirecturi/crosspkgsafe2/canon"
)

var registered = map[string]string{"desk": "https://desk.example.com/oauth/cb"}

func authorize(w http.ResponseWriter, r *http.Request) {
	asked := canon.Form(r.URL.Query().Get("redirect_uri"))
	if !strings.HasPrefix(asked, "https://") || asked != canon.Form(registered[r.URL.Query().Get("client_id")]) {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, asked+"?code=k&state="+url.QueryEscape(r.URL.Query().Get("state")), http.StatusFound)
}

func main() {
	http.HandleFunc("/authorize", authorize)
	_ = http.ListenAndServe(":8080", nil)
}
