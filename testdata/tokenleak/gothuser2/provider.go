// Package gothuser2 is gothuser written another way: the user is fetched
// from a provider's session by hand and handed to a debug helper that
// formats it (reported where the helper is called); its ID is no token.
package gothuser2

import (
	"fmt"
	"os"

	"github.com/markbates/goth"
)

var verbose = os.Getenv("DEBUG") != ""

func debug(format string, args ...any) {
	if verbose {
		fmt.Fprintf(os.Stderr, format+"\n", args...)
	}
}

func Finish(p goth.Provider, sess goth.Session) (string, error) {
	u, err := p.FetchUser(sess)
	if err != nil {
		return "", err
	}
	debug("fetched %v", u) // want `signed-in goth.User printed to standard`
	debug("user id %s", u.UserID)
	return u.UserID, nil
}
