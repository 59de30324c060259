package browserfacts // want package:"opensBrowser"

// Browser helpers of several shapes: each that opens one of its parameters
// in the user's browser carries a fact saying which; the others carry none.

import (
	"net/url"
	"os/exec"
	"runtime"

	"github.com/pkg/browser"
)

func OpenURL(u string) error { // want OpenURL:`opensBrowser\(arg1\)`
	var name string
	var args []string
	switch runtime.GOOS {
	case "darwin":
		name = "open"
	case "windows":
		name, args = "cmd", []string{"/c", "start"}
	default:
		name = "xdg-open"
	}
	args = append(args, u)
	return exec.Command(name, args...).Start()
}

type Opener struct{ Quiet bool }

// Open takes the URL second, as a *url.URL.
func (o Opener) Open(title string, target *url.URL) error { // want Open:`opensBrowser\(arg2\)`
	return openString(target.String())
}

func openString(s string) error { return browser.OpenURL(s) }

// Edit opens a file in an editor: not a browser.
func Edit(path string) error {
	return exec.Command("vim", path).Run()
}

// Exec runs whatever the caller names.
func Exec(cmd, arg string) error {
	return exec.Command(cmd, arg).Run()
}

// Either runs a browser or a pager: not only a browser.
func Either(page string, text bool) error {
	cmd := "xdg-open"
	if text {
		cmd = "less"
	}
	return exec.Command(cmd, page).Run()
}
