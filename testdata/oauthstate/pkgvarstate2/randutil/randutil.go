// Package randutil names login attempts with math/rand/v2.
package randutil

import (
	"math/rand/v2"
	"strconv"
)

func AttemptID() string {
	return strconv.FormatUint(rand.Uint64(), 36)
}
