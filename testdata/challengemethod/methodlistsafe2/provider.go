// A provider whose list of challenge methods holds plain as a default
// that its configuration replaces at start-up: what it accepts is not
// fixed by the code. Nothing is reported.
package methodlistsafe2

import (
	"crypto/rand"
	"net/http"
	"net/url"
	"os"
	"slices"
)

var methods = []string{"plain"}

var issued = map[string]string{}

func authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("redirect_uri") != "https://pinned.example.com/cb" || q.Get("response_type") != "code" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if !slices.Contains(methods, q.Get("code_challenge_method")) {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	code := rand.Text()
	issued[code] = q.Get("code_challenge")
	http.Redirect(w, r, q.Get("redirect_uri")+"?code="+code+"&state="+url.QueryEscape(q.Get("state")), http.StatusFound)
}

func main() {
	if m := os.Getenv("PKCE_METHOD"); m != "" {
		methods[0] = m
	}
	http.HandleFunc("/authorize", authorize)
	_ = http.ListenAndServe(":8080", nil)
}
