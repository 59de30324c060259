// The same provider twice over: one lists S256 alone, the other's list
// grows from its configuration at start-up, which the code does not fix.
// Nothing is reported.
package methodlistsafe

import (
	"crypto/rand"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
)

var (
	strict   = []string{"S256"}
	extended = []string{"S256"}
)

var grants = map[string][2]string{}

func authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("redirect_uri") != "https://app.example.com/cb" || q.Get("response_type") != "code" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if !slices.Contains(strict, q.Get("code_challenge_method")) {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	code := rand.Text()
	grants[code] = [2]string{q.Get("code_challenge"), "S256"}
	http.Redirect(w, r, q.Get("redirect_uri")+"?code="+code+"&state="+url.QueryEscape(q.Get("state")), http.StatusFound)
}

func legacyAuthorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("redirect_uri") != "https://legacy.example.com/cb" || q.Get("response_type") != "code" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if !slices.Contains(extended, q.Get("code_challenge_method")) {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	code := rand.Text()
	grants[code] = [2]string{q.Get("code_challenge"), q.Get("code_challenge_method")}
	http.Redirect(w, r, q.Get("redirect_uri")+"?code="+code+"&state="+url.QueryEscape(q.Get("state")), http.StatusFound)
}

func main() {
	if m := os.Getenv("EXTRA_PKCE_METHODS"); m != "" {
		extended = append(extended, strings.Split(m, ",")...)
	}
	http.HandleFunc("/authorize", authorize)
	http.HandleFunc("/legacy/authorize", legacyAuthorize)
	_ = http.ListenAndServe(":8080", nil)
}
