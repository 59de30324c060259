// A fictitious identity-provider SDK, a module of its own that the
// fixtures import through a replace directive: its flows live in a
// dependency, which the standalone driver loads from export data.
module example.com/idpsdk

go 1.22
