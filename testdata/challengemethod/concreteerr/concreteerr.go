// An authorization endpoint whose validator refuses unknown methods with
// a constructor of a concrete error type (*Fault), and lets "plain" and
// a missing method through (reported). Its twin, in strict, refuses
// everything but S256 the same way (silent).
package concreteerr

import (
	"crypto/rand"
	"net/http"
)

type Fault struct {
	Code   string
	Status int
}

func (f *Fault) Error() string { return f.Code }

func invalid(code string) *Fault { return &Fault{Code: code, Status: http.StatusBadRequest} }

func checkMethod(m string) error {
	switch m {
	case "", "plain", "S256": // want `this authorization server accepts code_challenge_method=plain: the authorization endpoint accepts code_challenge_method "plain" \(switch case in checkMethod\)`
	default:
		return invalid("unknown code_challenge_method")
	}
	return nil
}

type pendingCode struct{ challenge, method string }

var pending = map[string]pendingCode{}

func Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("redirect_uri") != "https://app.example.com/cb" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	m := q.Get("code_challenge_method")
	if err := checkMethod(m); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	c := rand.Text()
	pending[c] = pendingCode{q.Get("code_challenge"), m}
	http.Redirect(w, r, "https://app.example.com/cb?code="+c, http.StatusFound)
}
