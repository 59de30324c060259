// Command reassigned2 is reassigned written another way: inside a select
// case, the response variable reassigned to a second API call whose
// dump is logged (silent), the token answer logged (reported); a buffer
// refilled in a loop keeps what any iteration may hold (reported, as it
// was the token answer on the first).
package main

import (
	"io"
	"log"
	"net/http"
	"net/http/httputil"
	"net/url"
)

func main() {
	codes := make(chan string, 1)
	go func() { codes <- "code" }()
	select {
	case code := <-codes:
		resp, err := http.PostForm("https://sso.example.org/oauth/token", url.Values{"grant_type": {"authorization_code"}, "code": {code}, "client_id": {"tool"}})
		if err != nil {
			return
		}
		raw, _ := io.ReadAll(resp.Body)
		log.Printf("answer %s", raw) // want `token endpoint's response written to a log`
		resp, err = http.Get("https://status.example.org/health")
		if err != nil {
			return
		}
		dump, _ := httputil.DumpResponse(resp, true)
		log.Printf("health %s", dump)
		for i := 0; i < 2; i++ {
			log.Printf("chunk %s", raw) // want `token endpoint's response written to a log`
			raw, _ = io.ReadAll(resp.Body)
		}
	}
}
