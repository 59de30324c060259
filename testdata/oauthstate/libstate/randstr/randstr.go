// Package randstr makes random-looking strings for its importers: its
// generator picks each character with math/rand from the alphabet the
// caller passes (the shape of labstack/gommon's random package before
// v0.4.2).
package randstr

import (
	"math/rand"
	"strings"
	"time"
)

const (
	Lower  = "abcdefghijklmnopqrstuvwxyz"
	Digits = "0123456789"
)

type Gen struct{}

var std = NewGen()

func NewGen() *Gen {
	rand.Seed(time.Now().UnixNano())
	return &Gen{}
}

func (g *Gen) Make(n int, sets ...string) string {
	alphabet := strings.Join(sets, "")
	if alphabet == "" {
		alphabet = Lower + Digits
	}
	out := make([]byte, n)
	for i := range out {
		out[i] = alphabet[rand.Int63()%int64(len(alphabet))]
	}
	return string(out)
}

// Make draws n characters with the package's generator.
func Make(n int, sets ...string) string { return std.Make(n, sets...) }
