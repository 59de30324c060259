module github.com/openshift/osin

go 1.21
