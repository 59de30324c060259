// Command printedformat2 runs the login package's prompts.
package main

import (
	"os"

	"example.com/fixtures/insecureendpoint/printedformat2/login"
)

func main() {
	code, verifier := login.Prompt(os.Stdin, "desk")
	_, _ = code, verifier
	code, verifier = login.PromptTLS(os.Stdin, "desk")
	_, _ = code, verifier
}
