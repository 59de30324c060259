// The same with an if statement that refuses with a composite literal of
// a value error type: plain gets through (reported); the device
// endpoint's validator lets only S256 through (silent).
package concreteerr2

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
)

type apiError struct{ msg string }

func (e apiError) Error() string { return e.msg }

func verifyPKCE(challenge, method string) error {
	if challenge == "" {
		return apiError{msg: "code_challenge required"}
	}
	if method != "S256" && method != "plain" { // want `this authorization server accepts code_challenge_method=plain: the authorization endpoint accepts code_challenge_method "plain" \(the values it lets through in verifyPKCE\)`
		return apiError{msg: "unsupported code_challenge_method"}
	}
	return nil
}

func verifyDevicePKCE(challenge, method string) error {
	if challenge == "" || method != "S256" {
		return apiError{msg: "S256 code_challenge required"}
	}
	return nil
}

var redirects = map[string]string{"app": "https://app.example.com/cb"}

func handle(w http.ResponseWriter, r *http.Request) {
	back := r.FormValue("redirect_uri")
	if back != redirects[r.FormValue("client_id")] {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	if err := verifyPKCE(r.FormValue("code_challenge"), r.FormValue("code_challenge_method")); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	http.Redirect(w, r, back+"?code="+hex.EncodeToString(b), http.StatusFound)
}

func handleDevice(w http.ResponseWriter, r *http.Request) {
	if err := verifyDevicePKCE(r.FormValue("code_challenge"), r.FormValue("code_challenge_method")); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	http.Redirect(w, r, redirects[r.FormValue("client_id")]+"?code="+hex.EncodeToString(b), http.StatusFound)
}

func main() {
	http.HandleFunc("/authorize", handle)
	http.HandleFunc("/device/authorize", handleDevice)
	_ = http.ListenAndServe(":8080", nil)
}
