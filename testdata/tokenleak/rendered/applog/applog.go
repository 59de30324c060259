// Package applog is the application's logging facade: one-message levels
// beside a printf-style one.
package applog

import "log/slog"

type Logger interface {
	Debug(msg string)
	Info(msg string)
	Errorf(format string, args ...any)
}

type slogger struct{ l *slog.Logger }

func New() Logger { return &slogger{l: slog.Default()} }

func (s *slogger) Debug(msg string)                  { s.l.Debug(msg) }
func (s *slogger) Info(msg string)                   { s.l.Info(msg) }
func (s *slogger) Errorf(format string, args ...any) { s.l.Error(format, "args", args) }
