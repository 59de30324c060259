// A consent form's POST that reads redirect_uri again and answers both a
// refusal (error=access_denied) and an approval (the code) by redirecting
// to it, never comparing it with the client's registered URIs: one
// finding, at the redirect that carries the code. The twin compares it
// first: silent.
package denybranch

import (
	"crypto/rand"
	"net/http"
	"net/url"
	"slices"
)

var registered = map[string][]string{"notes": {"https://notes.example.com/oauth/cb"}}

var issued = map[string]string{}

func decide(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	back, err := url.Parse(r.PostForm.Get("redirect_uri"))
	if err != nil {
		http.Error(w, "bad redirect_uri", http.StatusBadRequest)
		return
	}
	q := back.Query()
	if r.PostForm.Get("approve") != "yes" {
		q.Set("error", "access_denied")
		back.RawQuery = q.Encode()
		http.Redirect(w, r, back.String(), http.StatusSeeOther)
		return
	}
	c := rand.Text()
	issued[c] = r.PostForm.Get("client_id")
	q.Set("code", c)
	q.Set("state", r.PostForm.Get("state"))
	back.RawQuery = q.Encode()
	http.Redirect(w, r, back.String(), http.StatusSeeOther) // want `redirect_uri never checked: this authorization response sends the code to whatever URI the request names \(read at line 24\)`
}

func decideChecked(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	raw := r.PostForm.Get("redirect_uri")
	if !slices.Contains(registered[r.PostForm.Get("client_id")], raw) {
		http.Error(w, "redirect_uri not registered", http.StatusBadRequest)
		return
	}
	back, err := url.Parse(raw)
	if err != nil {
		http.Error(w, "bad redirect_uri", http.StatusBadRequest)
		return
	}
	q := back.Query()
	if r.PostForm.Get("approve") != "yes" {
		q.Set("error", "access_denied")
		back.RawQuery = q.Encode()
		http.Redirect(w, r, back.String(), http.StatusSeeOther)
		return
	}
	c := rand.Text()
	issued[c] = r.PostForm.Get("client_id")
	q.Set("code", c)
	back.RawQuery = q.Encode()
	http.Redirect(w, r, back.String(), http.StatusSeeOther)
}

func main() {
	http.HandleFunc("/consent", decide)
	http.HandleFunc("/consent2", decideChecked)
	_ = http.ListenAndServe(":9000", nil)
}
