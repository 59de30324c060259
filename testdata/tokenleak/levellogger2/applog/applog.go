// Package applog's logger writes leveled lines to a file: Error takes a
// format and its arguments.
package applog

import (
	"fmt"
	"os"
)

type L struct{ f *os.File }

var Std = &L{f: os.Stderr}

func (l *L) Error(format string, v ...any) { fmt.Fprintf(l.f, "ERROR "+format+"\n", v...) }
