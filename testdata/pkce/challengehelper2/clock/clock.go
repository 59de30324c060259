// Package clock makes identifiers from a generator seeded with the time.
package clock

import (
	"math/rand"
	"strconv"
	"time"
)

var gen = rand.New(rand.NewSource(time.Now().UnixNano()))

func ID() string {
	return strconv.FormatUint(gen.Uint64(), 36) + strconv.FormatInt(time.Now().Unix(), 16)
}
