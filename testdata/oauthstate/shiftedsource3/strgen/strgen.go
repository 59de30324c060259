// Package strgen spells strings out of 63-bit words drawn from pooled
// math/rand generators, a computed number of bits per letter, and hands
// the buffer back as a string without copying it.
package strgen

import (
	"crypto/rand"
	"math"
	mrand "math/rand"
	"sync"
	"time"
	"unsafe"
)

const Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

var pool = sync.Pool{New: func() any { return mrand.New(mrand.NewSource(time.Now().UnixNano())) }}

func widthFor(n int) int {
	return int(math.Ceil(math.Log2(float64(n))))
}

// Fast is quick and predictable.
func Fast(n int) string {
	gen := pool.Get().(*mrand.Rand)
	defer pool.Put(gen)
	out := make([]byte, n)
	width := widthFor(len(Alnum))
	mask := int64(1)<<width - 1
	perWord := 63 / width
	for i, word, left := n-1, gen.Int63(), perWord; i >= 0; {
		if left == 0 {
			word, left = gen.Int63(), perWord
		}
		if k := int(word & mask); k < len(Alnum) {
			out[i] = Alnum[k]
			i--
		}
		word >>= width
		left--
	}
	return *(*string)(unsafe.Pointer(&out))
}

// Safe spells crypto/rand bytes the same way.
func Safe(n int) string {
	out := make([]byte, n)
	if _, err := rand.Read(out); err != nil {
		panic(err)
	}
	for i := range out {
		out[i] = Alnum[int(out[i])%len(Alnum)]
	}
	return *(*string)(unsafe.Pointer(&out))
}
