// Command ownlink is an authorization server that prints a sample link
// to its own /authorize for a person trying it out: the link is the
// server's, no client of this program sends it (silent). The client it
// also ships, which logs in at another server with a constant state, is
// reported.
package main

import (
	"fmt"
	"net/http"
)

func authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("response_type") != "code" || q.Get("client_id") != "demo" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "http://localhost:8080/cb?code=c0de&state="+q.Get("state"), http.StatusFound)
}

func main() {
	http.HandleFunc("GET /authorize", authorize)
	fmt.Println("try: http://localhost:8080/authorize?response_type=code&client_id=demo&redirect_uri=http://localhost:8080/cb&state=xyz")
	fmt.Println("upstream: https://idp.example/authorize?response_type=code&client_id=demo&redirect_uri=http://localhost:8080/cb&state=xyz") // want `constant OAuth state`
	http.ListenAndServe("127.0.0.1:8080", nil)
}
