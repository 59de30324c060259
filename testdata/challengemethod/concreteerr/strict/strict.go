// The strict twin: only S256 passes, refused with a concrete error type.
package strict

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

func checkMethodStrict(m string) error {
	switch m {
	case "S256":
	default:
		return invalid("unknown code_challenge_method")
	}
	return nil
}

var pending = map[string][2]string{}

func AuthorizeStrict(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("redirect_uri") != "https://app.example.com/cb" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	m := q.Get("code_challenge_method")
	if err := checkMethodStrict(m); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	c := rand.Text()
	pending[c] = [2]string{q.Get("code_challenge"), m}
	http.Redirect(w, r, "https://app.example.com/cb?code="+c, http.StatusFound)
}
