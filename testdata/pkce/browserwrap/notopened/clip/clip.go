// Package clip copies text to the clipboard through os/exec: it takes a
// URL but opens no browser, so it carries no browser fact.
package clip

import (
	"os/exec"
	"strings"
)

func Copy(text string) error {
	cmd := exec.Command("xclip", "-selection", "clipboard")
	cmd.Stdin = strings.NewReader(text)
	return cmd.Run()
}

// Launch runs the tool the user configured on target.
func Launch(tool, target string) error {
	return exec.Command(tool, target).Start()
}
