// Package unboundlater checks the callback's state only in a store every
// browser shares, exchanges the code in a helper, then signs the user in
// through a service whose calls read the request's context: what runs
// after the exchange binds nothing, so the callback is reported at the
// check an if tests (not at the popup lookup beside it). Beside it the
// same callback that compares the state with the browser's cookie first.
package unboundlater

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"sync"
	"time"

	"golang.org/x/oauth2"
)

type stateStore struct {
	mu sync.Mutex
	m  map[string]time.Time
}

func newState() string {
	b := make([]byte, 24)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (s *stateStore) Put(st string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[st] = time.Now().Add(10 * time.Minute)
}

func (s *stateStore) Consume(st string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	exp, ok := s.m[st]
	delete(s.m, st)
	return ok && time.Now().Before(exp)
}

type popups struct {
	mu sync.Mutex
	m  map[string]chan string
}

func (p *popups) Register(st string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.m[st] = make(chan string, 1)
}

func (p *popups) Has(st string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, ok := p.m[st]
	return ok
}

type ctxKey struct{}

type Service struct{}

func requestID(ctx context.Context) string {
	id, _ := ctx.Value(ctxKey{}).(string)
	return id
}

func (s *Service) audit(ctx context.Context, what string) { _ = requestID(ctx) + what }

func (s *Service) Login(ctx context.Context, tok *oauth2.Token) (string, error) {
	s.audit(ctx, "login")
	return "user-1", nil
}

type Handler struct {
	conf   *oauth2.Config
	states *stateStore
	popup  *popups
	svc    *Service
}

func (h *Handler) Start(w http.ResponseWriter, r *http.Request) {
	st := newState()
	h.states.Put(st)
	if r.URL.Query().Get("popup") == "1" {
		h.popup.Register(st)
	}
	http.Redirect(w, r, h.conf.AuthCodeURL(st), http.StatusFound)
}

func (h *Handler) Callback(w http.ResponseWriter, r *http.Request) {
	st := r.URL.Query().Get("state")
	isPopup := h.popup.Has(st)
	if !h.states.Consume(st) { // want `state not bound to the browser: the callback looks the request's state up in h.states, a store every browser shares`
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	tok, err := h.exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	user, err := h.svc.Login(r.Context(), tok)
	if err != nil || isPopup {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "uid", Value: user, HttpOnly: true, Secure: true})
}

func (h *Handler) CallbackBound(w http.ResponseWriter, r *http.Request) {
	st := r.URL.Query().Get("state")
	c, err := r.Cookie("login_state")
	if err != nil || c.Value != st || !h.states.Consume(st) {
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	tok, err := h.exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	user, _ := h.svc.Login(r.Context(), tok)
	http.SetCookie(w, &http.Cookie{Name: "uid", Value: user, HttpOnly: true, Secure: true})
}

func (h *Handler) exchange(ctx context.Context, code string) (*oauth2.Token, error) {
	return h.conf.Exchange(ctx, code)
}
