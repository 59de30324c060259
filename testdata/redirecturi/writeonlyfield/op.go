// A test provider whose login form carries the authorization request as
// one hidden field; the login handler parses it, keeps the requested
// redirect URI in the code's record, a field nothing ever reads, and sends
// the code there: nothing compares it with the client's registration.
// A provider that keeps the URI in a record it encodes (a tagged field,
// read back by whatever decodes it) is silent.
package main

import (
	"crypto/rand"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
)

type pending struct {
	Client   string
	Callback string
}

var issued = map[string]*pending{}

func loginPage(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(`<form method="post" action="/login"><input type="hidden" name="query" value="` + url.QueryEscape(r.URL.RawQuery) + `"><button>Login</button></form>`))
}

func login(w http.ResponseWriter, r *http.Request) {
	q, err := url.ParseQuery(r.PostFormValue("query"))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	code := rand.Text()
	issued[code] = &pending{Client: q.Get("client_id"), Callback: q.Get("redirect_uri")}
	to, err := url.Parse(q.Get("redirect_uri"))
	if err != nil {
		http.Error(w, "bad redirect_uri", http.StatusBadRequest)
		return
	}
	v := to.Query()
	v.Set("code", code)
	v.Set("state", q.Get("state"))
	to.RawQuery = v.Encode()
	http.Redirect(w, r, to.String(), http.StatusFound) // want `redirect_uri never checked: this authorization response sends the code to whatever URI the request names`
}

type record struct {
	Client   string `json:"client"`
	Callback string `json:"callback"`
}

func loginEncoded(w http.ResponseWriter, r *http.Request) {
	q, err := url.ParseQuery(r.PostFormValue("query"))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	code := rand.Text()
	_ = json.NewEncoder(os.Stdout).Encode(record{Client: q.Get("client_id"), Callback: q.Get("redirect_uri")})
	to, err := url.Parse(q.Get("redirect_uri"))
	if err != nil {
		http.Error(w, "bad redirect_uri", http.StatusBadRequest)
		return
	}
	v := to.Query()
	v.Set("code", code)
	to.RawQuery = v.Encode()
	http.Redirect(w, r, to.String(), http.StatusFound)
}

func main() {
	_ = issued
	http.HandleFunc("GET /authorize", loginPage)
	http.HandleFunc("POST /login", login)
	http.HandleFunc("POST /login2", loginEncoded)
	_ = http.ListenAndServe(":9005", nil)
}
