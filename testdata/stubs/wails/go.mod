// A stub of github.com/wailsapp/wails/v2 v2.9.2: the few functions the
// fixtures use, with that release's signatures.
module github.com/wailsapp/wails/v2

go 1.22
