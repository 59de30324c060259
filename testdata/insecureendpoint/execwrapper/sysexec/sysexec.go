// Package sysexec runs external commands for the rest of the program: a
// thin wrapper around os/exec that takes the command in a struct.
package sysexec

import (
	"io"
	"os/exec"
)

type Options struct {
	Cmd    string
	Args   []string
	Stdout io.Writer
	Stderr io.Writer
}

type Executor interface {
	Execute(Options) error
}

type OS struct{}

func (OS) Execute(o Options) error {
	c := exec.Command(o.Cmd, o.Args...)
	c.Stdout, c.Stderr = o.Stdout, o.Stderr
	return c.Run()
}
