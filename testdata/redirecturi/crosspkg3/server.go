// An authorization endpoint that lets a redirect URI through when its
// origin matches a configured one: the check reads the host and port,
// through a helper of a third package, and lets any path through.
package crosspkg3

import (
	"net/http"
	"net/url"

	"example.com/fixtures/redirecturi/crosspkg3/guard"
)

type server struct {
	origins []string
	codes   map[string]string
}

func (s *server) authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	to := q.Get("redirect_uri")
	if !guard.Allowed(to, s.origins) { // want `redirect_uri matched by regular expression, not exact comparison: this call hands the requested URI to guard.Allowed, which compares it at guard.go:24, and every URI the pattern matches passes`
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	code := "c-" + q.Get("client_id")
	s.codes[code] = to
	http.Redirect(w, r, to+"?code="+url.QueryEscape(code)+"&state="+url.QueryEscape(q.Get("state")), http.StatusFound)
}

// origin is the CORS check of the same server: an Origin header, no
// redirect URI, nothing to report.
func (s *server) origin(w http.ResponseWriter, r *http.Request) {
	if guard.Allowed(r.Header.Get("Origin"), s.origins) {
		w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
	}
}

func main() {
	s := &server{origins: []string{"*.example.com"}, codes: map[string]string{}}
	http.HandleFunc("/authorize", s.authorize)
	http.HandleFunc("/cors", s.origin)
	_ = http.ListenAndServe(":8080", nil)
}
