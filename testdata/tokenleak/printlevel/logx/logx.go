// Package logx is a module's own logger with Print-shaped level
// functions.
package logx

import "log"

func Error(v ...any) { log.Println(append([]any{"ERROR"}, v...)...) }

func Info(v ...any) { log.Println(append([]any{"INFO"}, v...)...) }
