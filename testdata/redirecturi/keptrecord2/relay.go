// Package keptrecord2 relays logins to an upstream provider. Its
// authorize handler keeps the caller's return address in a session
// record through a helper; the finish handler redirects to it with a
// code. relayUnchecked never compares it (reported); relayChecked
// compares it with the client's registration before keeping it, and
// relayLate compares the kept one when it reads it back (both silent).
package keptrecord2

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"sync"
)

type session struct {
	back  string
	nonce string
}

type relayUnchecked struct {
	mu       sync.Mutex
	sessions map[string]*session
}

func draw() string {
	b := make([]byte, 18)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (s *relayUnchecked) remember(id, back string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	rec := &session{nonce: draw()}
	rec.back = back
	s.sessions[id] = rec
}

func (s *relayUnchecked) Authorize(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	id := draw()
	s.remember(id, r.Form.Get("redirect_uri"))
	http.SetCookie(w, &http.Cookie{Name: "relay", Value: id, HttpOnly: true, Secure: true})
	http.Redirect(w, r, "https://upstream.example.com/login?relay="+url.QueryEscape(id), http.StatusFound)
}

func (s *relayUnchecked) Finish(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("relay")
	if err != nil {
		http.Error(w, "no relay", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	rec := s.sessions[c.Value]
	s.mu.Unlock()
	if rec == nil || rec.back == "" {
		http.Error(w, "unknown relay", http.StatusBadRequest)
		return
	}
	log.Printf("relay %s finished, returning to %s", c.Value, rec.back)
	http.Redirect(w, r, fmt.Sprintf("%s?code=%s", rec.back, url.QueryEscape(draw())), http.StatusSeeOther) // want `redirect_uri never checked: .*kept in session.back until this handler reads it back`
}

type pending struct {
	ReturnURL string
}

type relayChecked struct {
	registered map[string]string // client id → its one redirect URI
	pend       map[string]pending
}

func (s *relayChecked) Authorize(w http.ResponseWriter, r *http.Request) {
	back := r.URL.Query().Get("redirect_uri")
	if s.registered[r.URL.Query().Get("client_id")] != back {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	id := draw()
	s.pend[id] = pending{ReturnURL: back}
	http.SetCookie(w, &http.Cookie{Name: "relay2", Value: id, HttpOnly: true, Secure: true})
	http.Redirect(w, r, "https://upstream.example.com/login?relay="+url.QueryEscape(id), http.StatusFound)
}

func (s *relayChecked) Finish(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("relay2")
	if err != nil {
		http.Error(w, "no relay", http.StatusBadRequest)
		return
	}
	p := s.pend[c.Value]
	http.Redirect(w, r, p.ReturnURL+"?code="+url.QueryEscape(draw()), http.StatusSeeOther)
}

type later struct {
	Client string
	Return string
}

type relayLate struct {
	allowed map[string][]string
	pend    map[string]later
}

func (s *relayLate) Authorize(w http.ResponseWriter, r *http.Request) {
	id := draw()
	s.pend[id] = later{Client: r.FormValue("client_id"), Return: r.FormValue("redirect_uri")}
	http.SetCookie(w, &http.Cookie{Name: "relay3", Value: id, HttpOnly: true, Secure: true})
	http.Redirect(w, r, "https://upstream.example.com/login?relay="+url.QueryEscape(id), http.StatusFound)
}

func (s *relayLate) valid(l later) bool {
	for _, u := range s.allowed[l.Client] {
		if u == l.Return {
			return true
		}
	}
	return false
}

func (s *relayLate) Finish(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("relay3")
	if err != nil {
		http.Error(w, "no relay", http.StatusBadRequest)
		return
	}
	l := s.pend[c.Value]
	if !s.valid(l) {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, l.Return+"?code="+url.QueryEscape(draw()), http.StatusSeeOther)
}
