// Package svc issues authorization codes and keeps each with the
// challenge and method the authorization request sent.
package svc

import (
	"context"
	"crypto/rand"
	"errors"
	"sync"
)

type issued struct {
	Client, Challenge, Method string
}

type Codes struct {
	mu sync.Mutex
	m  map[string]issued
}

func NewCodes() *Codes { return &Codes{m: map[string]issued{}} }

// Issue keeps the code's request and returns the code.
func (c *Codes) Issue(_ context.Context, client, challenge, method string) (string, error) {
	code := rand.Text()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[code] = issued{Client: client, Challenge: challenge, Method: method}
	return code, nil
}

// Describe is handed the method and reads it: not a keeper of it.
func (c *Codes) Describe(method string) error {
	if method == "" {
		return errors.New("no method")
	}
	return nil
}
