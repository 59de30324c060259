// A hand-written authorization endpoint that tests the requested
// challenge method against its list with a membership loop of its own
// instead of slices.Contains: plain is on the list.
package methodloop

import (
	"crypto/rand"
	"net/http"
)

var challengeMethods = []string{"plain", "S256"} // want `this authorization server accepts code_challenge_method=plain`

func hasString(list []string, s string) bool {
	for _, item := range list {
		if item == s {
			return true
		}
	}
	return false
}

type pending struct{ challenge, method, redirect string }

var codes = map[string]pending{}

func authorize(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("redirect_uri") != "https://app.example/cb" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	challenge := r.FormValue("code_challenge")
	method := r.FormValue("code_challenge_method")
	if challenge == "" || !hasString(challengeMethods, method) {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	code := rand.Text()
	codes[code] = pending{challenge: challenge, method: method, redirect: r.FormValue("redirect_uri")}
	http.Redirect(w, r, "https://app.example/cb?code="+code, http.StatusFound)
}

func main() {
	http.HandleFunc("/authorize", authorize)
	http.ListenAndServe(":8080", nil)
}
