// Package weblog is a web framework's logger interface.
package weblog

type Logger interface {
	Debugf(string, ...interface{})
	Warnf(string, ...interface{})
	WithField(string, interface{}) Logger
}

type Context interface {
	Logger() Logger
}
