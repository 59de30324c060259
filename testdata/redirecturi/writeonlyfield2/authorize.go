// The second shape: the URI read by index, kept by an assignment to a
// record's field that nothing reads, the code concatenated onto it.
package writeonlyfield2

import (
	"crypto/rand"
	"net/http"
)

type session struct {
	user        string
	redirectURI string
}

var sessions = map[string]*session{}

func Authorize(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		return
	}
	s := &session{user: r.Form["login"][0]}
	s.redirectURI = r.Form["redirect_uri"][0]
	code := rand.Text()
	sessions[code] = s
	http.Redirect(w, r, r.Form["redirect_uri"][0]+"?code="+code, http.StatusSeeOther) // want `redirect_uri never checked`
}

func Who(code string) string {
	if s := sessions[code]; s != nil {
		return s.user
	}
	return ""
}
