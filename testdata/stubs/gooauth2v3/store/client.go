// Package store is a stub of github.com/go-oauth2/oauth2/store at
// v3.9.2+incompatible (client.go): see the server stub.
package store

import (
	"errors"
	"sync"

	"gopkg.in/oauth2.v3"
)

type ClientStore struct {
	sync.RWMutex
	data map[string]oauth2.ClientInfo
}

func NewClientStore() *ClientStore { return &ClientStore{data: make(map[string]oauth2.ClientInfo)} }

func (cs *ClientStore) GetByID(id string) (oauth2.ClientInfo, error) {
	cs.RLock()
	defer cs.RUnlock()
	if c, ok := cs.data[id]; ok {
		return c, nil
	}
	return nil, errors.New("not found")
}

func (cs *ClientStore) Set(id string, cli oauth2.ClientInfo) (err error) {
	cs.Lock()
	defer cs.Unlock()
	cs.data[id] = cli
	return
}
