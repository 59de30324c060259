// Package csrf sets the token its importers compare in init.
package csrf

import (
	"fmt"
	"time"
)

// CSRFToken is the anti-forgery value: the start-up time, formatted.
var CSRFToken string

// Fallback is a literal that importers replace.
var Fallback = "changeme"

func init() {
	CSRFToken = fmt.Sprint(time.Now().Unix())
}
