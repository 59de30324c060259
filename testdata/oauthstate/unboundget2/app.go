// The second shape: the token URL built in main and kept in a field of
// the server, a sync.Map of states, the code read into a variable and
// appended with http.Get. A callback that compares the state with its
// cookie is silent.
package main

import (
	"crypto/rand"
	"net/http"
	"net/url"
	"os"
	"sync"
)

type server struct {
	pending sync.Map
}

var tokenEndpoint = "https://forge.example.org/oauth/token?grant_type=authorization_code&client_id=" + url.QueryEscape(os.Getenv("ID")) + "&client_secret=" + url.QueryEscape(os.Getenv("SECRET")) + "&code="

func (s *server) start(w http.ResponseWriter, r *http.Request) {
	st := rand.Text()
	s.pending.Store(st, true)
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, "https://forge.example.org/oauth/authorize?response_type=code&client_id="+url.QueryEscape(os.Getenv("ID"))+"&state="+st, http.StatusFound)
}

func (s *server) finish(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.pending.LoadAndDelete(r.FormValue("state")); !ok { // want `state not bound to the browser`
		http.Error(w, "unknown state", http.StatusBadRequest)
		return
	}
	code := r.FormValue("code")
	resp, err := http.Get(tokenEndpoint + code)
	if err != nil {
		return
	}
	resp.Body.Close()
}

func (s *server) finishBound(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("st")
	if err != nil || c.Value == "" || c.Value != r.FormValue("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	resp, err := http.Get(tokenEndpoint + r.FormValue("code"))
	if err != nil {
		return
	}
	resp.Body.Close()
}

func main() {
	s := &server{}
	http.HandleFunc("/start", s.start)
	http.HandleFunc("/finish", s.finish)
	http.HandleFunc("/finish2", s.finishBound)
	_ = http.ListenAndServe(":8080", nil)
}
