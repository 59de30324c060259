// Package storageparam is an osin storage that prints the tokens osin
// looks up and revokes through it (reported), and the client ids it is
// asked for (silent).
package storageparam

import (
	"fmt"

	"github.com/RangelReale/osin"
)

type memory struct {
	clients map[string]osin.Client
	access  map[string]*osin.AccessData
	refresh map[string]string
}

func New() osin.Storage {
	return &memory{clients: map[string]osin.Client{}, access: map[string]*osin.AccessData{}, refresh: map[string]string{}}
}

func (s *memory) Clone() osin.Storage { return s }
func (s *memory) Close()              {}

func (s *memory) GetClient(id string) (osin.Client, error) {
	fmt.Println("GetClient:", id)
	if c, ok := s.clients[id]; ok {
		return c, nil
	}
	return nil, osin.ErrNotFound
}

func (s *memory) SaveAuthorize(*osin.AuthorizeData) error { return nil }

func (s *memory) LoadAuthorize(string) (*osin.AuthorizeData, error) { return nil, osin.ErrNotFound }

func (s *memory) RemoveAuthorize(string) error { return nil }

func (s *memory) SaveAccess(d *osin.AccessData) error {
	s.access[d.AccessToken] = d
	if d.RefreshToken != "" {
		s.refresh[d.RefreshToken] = d.AccessToken
	}
	return nil
}

func (s *memory) LoadAccess(tok string) (*osin.AccessData, error) {
	fmt.Printf("LoadAccess: %s\n", tok) // want `access token printed to standard output`
	if d, ok := s.access[tok]; ok {
		return d, nil
	}
	return nil, osin.ErrNotFound
}

func (s *memory) RemoveAccess(tok string) error {
	delete(s.access, tok)
	return nil
}

func (s *memory) LoadRefresh(tok string) (*osin.AccessData, error) {
	fmt.Printf("LoadRefresh: %s\n", tok) // want `refresh token printed to standard output`
	if a, ok := s.refresh[tok]; ok {
		return s.LoadAccess(a)
	}
	return nil, osin.ErrNotFound
}

func (s *memory) RemoveRefresh(tok string) error {
	delete(s.refresh, tok)
	return nil
}
