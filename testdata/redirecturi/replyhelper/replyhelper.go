// An authorization endpoint whose error replies go through another
// package's helper that takes the request: each is followed by a return,
// so none can be the check that guards the redirect. The requested URI is
// never compared (reported). The twin compares it (silent).
package replyhelper

import (
	"crypto/rand"
	"net/http"
	"net/url"

	"example.com/fixtures/redirecturi/replyhelper/problem"
)

var clients = map[string]string{"pad": "https://pad.example.com/cb"}

func authorize(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		problem.Reply(w, r, http.StatusBadRequest, "bad form")
		return
	}
	if _, ok := clients[r.Form.Get("client_id")]; !ok {
		problem.Reply(w, r, http.StatusBadRequest, "unknown client")
		return
	}
	to, err := url.Parse(r.Form.Get("redirect_uri"))
	if err != nil {
		problem.Reply(w, r, http.StatusBadRequest, "bad redirect_uri")
		return
	}
	q := to.Query()
	q.Set("code", rand.Text())
	q.Set("state", r.Form.Get("state"))
	to.RawQuery = q.Encode()
	http.Redirect(w, r, to.String(), http.StatusFound) // want `redirect_uri never checked`
}

func authorizeChecked(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		problem.Reply(w, r, http.StatusBadRequest, "bad form")
		return
	}
	raw := r.Form.Get("redirect_uri")
	if raw != clients[r.Form.Get("client_id")] {
		problem.Reply(w, r, http.StatusBadRequest, "redirect_uri not registered")
		return
	}
	to, err := url.Parse(raw)
	if err != nil {
		problem.Reply(w, r, http.StatusBadRequest, "bad redirect_uri")
		return
	}
	q := to.Query()
	q.Set("code", rand.Text())
	to.RawQuery = q.Encode()
	http.Redirect(w, r, to.String(), http.StatusFound)
}

func main() {
	http.HandleFunc("/authorize", authorize)
	http.HandleFunc("/authorize2", authorizeChecked)
	_ = http.ListenAndServe(":8080", nil)
}
