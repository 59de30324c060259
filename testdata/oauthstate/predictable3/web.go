// A web app whose state is a digest of bytes from math/rand, built by a
// helper that fills a buffer and one that encodes it (reported); its other
// login hashes bytes from crypto/rand the same way (silent).
package predictable3

import (
	crand "crypto/rand"
	"crypto/sha1"
	"encoding/hex"
	"math/rand"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "web",
	ClientSecret: "s",
	RedirectURL:  "https://app.example.org/cb",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.org/auth", TokenURL: "https://idp.example.org/token"},
}

func hexOf(buf []byte) string {
	return hex.EncodeToString(buf)
}

func fingerprint(seed []byte) string {
	h := sha1.New()
	h.Write(seed)
	h.Write([]byte("salt"))
	return hexOf(h.Sum(nil))
}

func weakSeed() []byte {
	seed := make([]byte, 20)
	for i := range seed {
		seed[i] = byte(rand.Intn(256))
	}
	return seed
}

func strongSeed() []byte {
	seed := make([]byte, 20)
	crand.Read(seed)
	return seed
}

func login(w http.ResponseWriter, r *http.Request) {
	st := fingerprint(weakSeed())
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(st), http.StatusFound) // want `predictable OAuth state: the state comes from math/rand`
}

func loginStrong(w http.ResponseWriter, r *http.Request) {
	st := fingerprint(strongSeed())
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(st), http.StatusFound)
}
