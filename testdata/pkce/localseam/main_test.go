package main

import "testing"

func TestSeam(t *testing.T) {
	openPage = func(string) error { return nil }
	defer func() { openPage = nil }()
}
