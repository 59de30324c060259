// Package ident makes identifiers for a desktop client. It holds no
// OAuth code: facts carry what its exported helpers return to callers.
package ident

import (
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"math/big"
	mrand "math/rand"
	"strings"
)

var symbols = []byte("0123456789abcdefghijklmnopqrstuvwxyz")

// Session draws each byte with math/rand, into a byte array, and returns
// it hex encoded, upper-cased: predictable however it is dressed.
func Session() string {
	var raw [20]byte
	for k := 0; k < len(raw); k++ {
		raw[k] = symbols[mrand.Intn(len(symbols))]
	}
	return strings.ToUpper(hex.EncodeToString([]byte(string(raw[:]))))
}

// Strong does the same with crypto/rand.
func Strong() string {
	var raw [20]byte
	for k := 0; k < len(raw); k++ {
		n, err := crand.Int(crand.Reader, big.NewInt(int64(len(symbols))))
		if err != nil {
			panic(err)
		}
		raw[k] = symbols[n.Int64()]
	}
	return strings.ToUpper(hex.EncodeToString([]byte(string(raw[:]))))
}

// Label is the same shape over bytes read from crypto/rand.
func Label() string {
	buf := make([]byte, 24)
	if _, err := crand.Read(buf); err != nil {
		panic(err)
	}
	return fmt.Sprintf("%x", []byte(string(buf[:])))
}
