// Package manage is the copy's manager (go-oauth2 v4.5.4's manage
// package, cut down).
package manage

import "time"

type Config struct {
	AccessTokenExp    time.Duration
	RefreshTokenExp   time.Duration
	IsGenerateRefresh bool
}

type Manager struct{ cfg *Config }

func NewDefaultManager() *Manager { return &Manager{cfg: &Config{AccessTokenExp: time.Hour}} }
