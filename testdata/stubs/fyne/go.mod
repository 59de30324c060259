// A stub of fyne.io/fyne/v2 v2.5.2: the few declarations the fixtures use,
// with that release's signatures.
module fyne.io/fyne/v2

go 1.22
