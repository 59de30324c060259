// Package login prints a desktop app's authorization URL to standard
// error, with PKCE, inside a message: the page is plain http, reported.
// The same message naming the https page is not.
package login

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

func Prompt(in io.Reader, clientID string) (code, verifier string) {
	verifier = oauth2.GenerateVerifier()
	fmt.Fprintf(os.Stderr, "\tSign in at http://sso.acme-corp.io/oauth2/authorize?response_type=code&client_id=%s&redirect_uri=urn:ietf:wg:oauth:2.0:oob&code_challenge=%s&code_challenge_method=S256\nand paste the code here: ", // want `authorization endpoint over plain http to sso.acme-corp.io \(the authorization URL built by hand\)`
		clientID, oauth2.S256ChallengeFromVerifier(verifier))
	line, _ := bufio.NewReader(in).ReadString('\n')
	return strings.TrimSpace(line), verifier
}

func PromptTLS(in io.Reader, clientID string) (code, verifier string) {
	verifier = oauth2.GenerateVerifier()
	fmt.Fprintf(os.Stderr, "\tSign in at https://sso.acme-corp.io/oauth2/authorize?response_type=code&client_id=%s&redirect_uri=urn:ietf:wg:oauth:2.0:oob&code_challenge=%s&code_challenge_method=S256\nand paste the code here: ",
		clientID, oauth2.S256ChallengeFromVerifier(verifier))
	line, _ := bufio.NewReader(in).ReadString('\n')
	return strings.TrimSpace(line), verifier
}
