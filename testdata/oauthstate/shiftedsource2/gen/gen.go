// Package gen spells tokens in base 62 out of 64-bit words: Nonce draws
// its words from math/rand/v2, Secure from crypto/rand.
package gen

import (
	"crypto/rand"
	"encoding/binary"
	mrand "math/rand/v2"
	"strings"
)

const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

func Nonce(words int) string {
	var sb strings.Builder
	for k := 0; k < words; k++ {
		word := mrand.Uint64()
		for j := 0; j < 10; j++ {
			sb.WriteByte(alphabet[word%62])
			word /= 62
		}
	}
	return sb.String()
}

func Secure(words int) string {
	var sb strings.Builder
	var raw [8]byte
	for k := 0; k < words; k++ {
		if _, err := rand.Read(raw[:]); err != nil {
			return ""
		}
		word := binary.BigEndian.Uint64(raw[:])
		for j := 0; j < 10; j++ {
			sb.WriteByte(alphabet[word%62])
			word /= 62
		}
	}
	return sb.String()
}
