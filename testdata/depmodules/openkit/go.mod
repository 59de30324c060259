// A fictitious helper module with browser launchers and no OAuth code:
// the standalone driver analyses its packages for their BrowserFacts
// because they import os/exec or a browser library.
module example.com/openkit

go 1.22

require github.com/pkg/browser v0.0.0-20240102092130-5ac0b6a4141c
