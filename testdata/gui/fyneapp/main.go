// A Fyne photo uploader that signs in through ./signin.
package main

import (
	"net/url"
	"os"

	"fyne.io/fyne/v2/app"

	"example.com/fixtures/gui/fyneapp/signin"
)

func main() {
	a := app.New()
	w := a.NewWindow("Uploader")
	go func() {
		for raw := range signin.Pending {
			if u, err := url.Parse(raw); err == nil {
				_ = a.OpenURL(u)
			}
		}
	}()
	redirect := os.Getenv("UPLOADER_REDIRECT")
	if os.Getenv("UPLOADER_PKCE") == "" {
		signin.Begin("uploader", redirect) // want `no PKCE in the authorization request made by signin\.Begin in a desktop or mobile app: imports fyne\.io/fyne; an intercepted code`
	} else {
		signin.BeginWithVerifier("uploader", redirect, os.Getenv("UPLOADER_VERIFIER"))
	}
	w.ShowAndRun()
}
