// A command-line tool that still uses the implicit grant of an old API.
package main

import (
	"fmt"
	"os"
)

const authorizeURL = "https://api.example.com/oauth/authorize?response_type=token&client_id=cli-app&redirect_uri=urn:ietf:wg:oauth:2.0:oob"

func main() {
	fmt.Fprintln(os.Stderr, "Open this URL and paste the token:")
	fmt.Println(authorizeURL) // want `implicit grant: response_type="token" returns the access token in the browser, in a command-line client \(prints the authorization URL with fmt.Println\): use the authorization code flow with PKCE`
}
