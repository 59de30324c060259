// Package settings reads the program's settings from a file.
package settings

import (
	"encoding/json"
	"os"
)

type Settings struct{ Secret string }

// Load reads settings.json.
func Load() Settings {
	var s Settings
	b, _ := os.ReadFile("settings.json")
	_ = json.Unmarshal(b, &s)
	return s
}
