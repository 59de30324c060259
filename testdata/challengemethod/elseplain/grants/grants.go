// Package grants keeps the authorization requests a server issued codes
// for, in memory.
package grants

import "sync"

type Grant struct {
	Client          string
	Challenge       string
	ChallengeMethod string
}

type Store struct {
	mu    sync.Mutex
	items map[string]*Grant
}

func New() *Store { return &Store{items: map[string]*Grant{}} }

func (s *Store) Put(code string, g *Grant) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items[code] = g
}

func (s *Store) Take(code string) (*Grant, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	g, ok := s.items[code]
	delete(s.items, code)
	return g, ok
}
