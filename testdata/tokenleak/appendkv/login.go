// Package appendkv logs through a leveled wrapper of logr that prepends
// its own attributes to the caller's key-value pairs: the ID token handed
// to it is logged.
package appendkv

import (
	"context"

	"github.com/go-logr/logr"
	"golang.org/x/oauth2"
)

type Logger struct {
	sink  *logr.Logger
	level int
	attrs []any
}

func (l *Logger) Log(level int, msg string, kvList ...any) {
	if l.level >= level {
		(*l.sink).Info(msg, append(l.attrs, kvList...)...)
	}
}

func Finish(ctx context.Context, l *Logger, conf *oauth2.Config, code string) error {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return err
	}
	raw, _ := tok.Extra("id_token").(string)
	l.Log(7, "verified login", "idToken", raw) // want `ID token written to a log`
	l.Log(7, "login finished", "expiry", tok.Expiry)
	return nil
}
