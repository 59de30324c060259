// The second shape: a store type's method answers "", nil for a key it
// never saw, and a handler method compares the query's state with it.
package emptylookup2

import (
	"net/http"
	"sync"

	"golang.org/x/oauth2"
)

type kv struct {
	mu sync.Mutex
	m  map[string]string
}

func (s *kv) Lookup(k string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[k]
	if !ok {
		return "", nil
	}
	return v, nil
}

type App struct {
	Store *kv
	Conf  *oauth2.Config
}

func (a *App) Done(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("sid")
	if c == nil {
		http.Error(w, "no session", http.StatusBadRequest)
		return
	}
	want, err := a.Store.Lookup("state:" + c.Value)
	if err != nil {
		return
	}
	if got := r.URL.Query().Get("state"); got != want { // want `state check passes an empty state`
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	_, _ = a.Conf.Exchange(r.Context(), r.URL.Query().Get("code"))
}
