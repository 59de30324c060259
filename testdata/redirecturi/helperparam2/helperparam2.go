// An authorization endpoint with a decoded request struct whose
// redirect_uri goes, through a local variable, to a matcher method's
// helper that compiles each registered pattern (reported), and to an
// exact one (silent).
package helperparam2

import (
	"encoding/json"
	"net/http"
	"regexp"
)

type authzReq struct {
	Client string `json:"client_id"`
	Return string `json:"redirect_uri"`
	State  string `json:"state"`
}

type registry struct{ patterns map[string][]string }

func matchAny(list []string, s string) bool {
	for _, p := range list {
		if regexp.MustCompile(p).MatchString(s) { // want `redirect_uri matched by regular expression`
			return true
		}
	}
	return false
}

func equalAny(list []string, s string) bool {
	for _, p := range list {
		if p == s {
			return true
		}
	}
	return false
}

func (g *registry) authorize(w http.ResponseWriter, r *http.Request) {
	var in authzReq
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	dest := in.Return
	if !matchAny(g.patterns[in.Client], dest) {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, dest+"?code=x&state="+in.State, http.StatusFound)
}

func (g *registry) authorizeExact(w http.ResponseWriter, r *http.Request) {
	var in authzReq
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if !equalAny(g.patterns[in.Client], in.Return) {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, in.Return+"?code=y&state="+in.State, http.StatusFound)
}
