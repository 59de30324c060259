module github.com/RangelReale/osin

go 1.26.0
