// Package applog is an application's own logging package, which the
// logger table does not name.
package applog

import (
	"fmt"
	"log"
)

func Infof(format string, args ...interface{}) { log.Printf("INFO "+format, args...) }

func Debugf(format string, args ...any) { log.Printf("DEBUG "+format, args...) }

// Errorf makes an error: it writes nothing.
func Errorf(format string, args ...interface{}) error { return fmt.Errorf(format, args...) }
