// Package gen draws identifiers from math/rand/v2.
package gen

import "math/rand/v2"

var alphabet = []rune("0123456789abcdefghijklmnopqrstuvwxyz")

func Token(n int) string {
	out := make([]rune, n)
	for i := range out {
		out[i] = alphabet[rand.Uint32N(uint32(len(alphabet)))]
	}
	return string(out)
}
