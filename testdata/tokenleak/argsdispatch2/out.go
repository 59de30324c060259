package main

import (
	"fmt"
	"os"

	"golang.org/x/oauth2"
)

func cached() *oauth2.Token { return &oauth2.Token{AccessToken: os.Getenv("TOKCTL_CACHE")} }

func announce(da *oauth2.DeviceAuthResponse) {
	fmt.Printf("open %s and enter %s\n", da.VerificationURI, da.UserCode)
}

// emit is called only in the "print"/"token" branch.
func emit(t *oauth2.Token) {
	fmt.Fprintln(os.Stdout, t.AccessToken)
}

// summarize is called after login too.
func summarize(t *oauth2.Token) {
	fmt.Printf("logged in, token %s\n", t.AccessToken) // want `access token printed to standard output`
}

// emitAll is called from the default branch as well as "dump".
func emitAll(t *oauth2.Token) {
	fmt.Println(t.AccessToken, t.RefreshToken) // want `access token printed to standard output`
}
