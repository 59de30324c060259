// Command credverbose is a git credential helper: its "get" action
// answers git with the token on standard output (the protocol: silent),
// and with -verbose also traces the token to standard error and the
// standard logger, which end up in pasted bug reports: reported.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"

	"golang.org/x/oauth2"
)

var verbose = flag.Bool("verbose", false, "trace to stderr")

func token() (*oauth2.Token, error) {
	conf := &oauth2.Config{ClientID: "git", Endpoint: oauth2.Endpoint{TokenURL: "https://git.example.com/oauth/token"}}
	return conf.TokenSource(nil, &oauth2.Token{RefreshToken: os.Getenv("GIT_REFRESH")}).Token()
}

func main() {
	flag.Parse()
	switch flag.Arg(0) {
	case "get":
		tok, err := token()
		if err != nil {
			log.Fatal(err)
		}
		if *verbose {
			fmt.Fprintln(os.Stderr, "token:", tok) // want `oauth2.Token printed`
			log.Printf("access token %s", tok.AccessToken) // want `access token written to a log`
		}
		w := bufio.NewWriter(os.Stdout)
		fmt.Fprintf(w, "username=oauth2\n")
		fmt.Printf("password=%s\n", tok.AccessToken)
		w.Flush()
	case "erase":
	}
}
