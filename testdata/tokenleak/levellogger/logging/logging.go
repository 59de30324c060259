// Package logging is a module's own leveled logger: Debug and Info take
// a format and its arguments, as Debugf would.
package logging

import "log"

var debug bool

func SetDebug(on bool) { debug = on }

func Debug(format string, v ...interface{}) {
	if debug {
		log.Printf("DEBUG: "+format, v...)
	}
}

func Info(format string, v ...interface{}) { log.Printf("INFO: "+format, v...) }
