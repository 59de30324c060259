// Package diag prints diagnostics for a command-line tool.
package diag

import "fmt"

// Show prints a labelled value.
func Show(label string, v any) {
	fmt.Println(label+":", v)
}
