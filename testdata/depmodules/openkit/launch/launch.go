// Package launch opens a URL with the platform's launcher.
package launch

import (
	"os/exec"
	"runtime"
)

// OpenURL points the default browser at target.
func OpenURL(target string) error {
	name, args := "xdg-open", []string{target}
	switch runtime.GOOS {
	case "darwin":
		name = "open"
	case "windows":
		name, args = "cmd", []string{"/c", "start", target}
	}
	return exec.Command(name, args...).Start()
}

// Git runs git with the caller's arguments: it opens nothing.
func Git(arg string) ([]byte, error) {
	return exec.Command("git", arg).Output()
}
