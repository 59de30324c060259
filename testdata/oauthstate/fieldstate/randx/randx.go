// Package randx draws strings for its callers; Letters uses math/rand.
package randx

import "math/rand"

const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

// Letters returns n letters from math/rand: predictable.
func Letters(n int) string {
	out := make([]byte, n)
	for i := range out {
		out[i] = alphabet[rand.Intn(len(alphabet))]
	}
	return string(out)
}

// Runes is Letters over a rune buffer: as predictable.
func Runes(n int) string {
	set := []rune("abcdefghijkmnopqrstuvwxyzäöü")
	buf := make([]rune, n)
	for i := range buf {
		buf[i] = set[rand.Intn(len(set))]
	}
	return string(buf)
}
