// A token CLI's output function: it logs only its format parameter, so
// its token parameter does not make it a logging helper (silent); a
// helper that does log its token parameter is reported at its callers.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"

	"golang.org/x/oauth2"
)

func emit(tok *oauth2.Token, format string) {
	switch format {
	case "bare":
		fmt.Println(tok.AccessToken) // want `access token printed to standard output: fmt.Println`
	case "json":
		_ = json.NewEncoder(os.Stdout).Encode(tok)
	default:
		log.Fatalf("unknown output format %q", format)
	}
}

func trace(msg string, v any) {
	log.Printf("%s: %v", msg, v)
}

func main() {
	ts := oauth2.StaticTokenSource(&oauth2.Token{})
	tok, err := ts.Token()
	if err != nil {
		log.Fatal(err)
	}
	emit(tok, os.Args[1])
	fmt.Println("expires:", tok.Expiry) // not only the token: the output is for a person too
	trace("expiry", tok.Expiry)
	trace("token", tok) // want `oauth2.Token written to a log: trace \(which calls log.Printf\) logs the oauth2.Token`
}
