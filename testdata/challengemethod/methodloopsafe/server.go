// Membership loops that let only S256 through, and a loop that is no
// membership test (a prefix match): silent.
package methodloopsafe

import (
	"net/http"
	"strings"
)

var methods = []string{"S256"}

func has(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// anyPrefix is no membership test: "plain" is not on the list either.
func anyPrefix(list []string, v string) bool {
	for _, x := range list {
		if strings.HasPrefix(v, x) {
			return true
		}
	}
	return false
}

var prefixes = []string{"S2"}

func Authorize(w http.ResponseWriter, r *http.Request) {
	m := r.FormValue("code_challenge_method")
	if r.FormValue("code_challenge") == "" || !has(methods, m) || !anyPrefix(prefixes, m) {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if r.FormValue("redirect_uri") != "https://app.example/cb" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "https://app.example/cb?code=abc", http.StatusFound)
}

// Authorize2 lets a request with a challenge through only with S256.
func Authorize2(w http.ResponseWriter, r *http.Request) {
	challenge, method := r.FormValue("code_challenge"), r.FormValue("code_challenge_method")
	if len(challenge) > 0 && !has([]string{"S256"}, method) {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if challenge == "" {
		http.Error(w, "invalid_request: code_challenge required", http.StatusBadRequest)
		return
	}
	if r.FormValue("redirect_uri") != "https://app.example/cb" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "https://app.example/cb?code=def", http.StatusFound)
}
