// Package settings holds the program's settings.
package settings

import "os"

// OAuthState is the state every login sends: one literal for all users.
var OAuthState = "pseudo-random-string"

// SessionState is read from the environment: unknown here.
var SessionState = os.Getenv("SESSION_STATE")
