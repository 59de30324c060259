// Package sysopen opens URLs with the platform's launcher, chosen by
// runtime.GOOS: a helper package with no OAuth code of its own, whose
// OpenURL carries a fact that says it opens its argument in a browser.
package sysopen

import (
	"fmt"
	"os/exec"
	"runtime"
)

// OpenURL points the user's default browser at url.
func OpenURL(url string) error {
	var cmd string
	var args []string
	switch runtime.GOOS {
	case "darwin":
		cmd = "open"
	case "windows":
		cmd = "rundll32"
		args = []string{"url.dll,FileProtocolHandler"}
	default:
		cmd = "xdg-open"
	}
	args = append(args, url)
	if err := exec.Command(cmd, args...).Start(); err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	return nil
}

// Run runs a command of the caller's choosing: it opens nothing by itself.
func Run(name string, arg string) error {
	return exec.Command(name, arg).Run()
}
