// The second shape: the implicit link is a constant of the package, put
// into single-quoted markup by concatenation, with a sentence after it;
// a link to the code grant built the same way is silent.
package main

import (
	"io"
	"net/http"
)

const implicitLink = "https://login.example.org/authorize?response_type=token&client_id=wiki&redirect_uri=https%3A%2F%2Fwiki.example.org%2Fcb&state=" + "x1"

const codeLink = "https://login.example.org/authorize?response_type=code&client_id=wiki&redirect_uri=https%3A%2F%2Fwiki.example.org%2Fcb&code_challenge_method=S256&code_challenge="

func index(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "<p>Choose: <a href='"+implicitLink+"'>quick sign in</a> (deprecated) or the safe one.</p>") // want `implicit grant: response_type="token"`
}

func main() {
	http.HandleFunc("/", index)
	_ = http.ListenAndServe(":8080", nil)
}
