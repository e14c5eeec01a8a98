//go:build !linux

package store

import bolt "go.etcd.io/bbolt"

// releaseMappedWhile is a no-op where the mapped pages are not dropped.
func releaseMappedWhile(...*bolt.DB) (stop func()) { return func() {} }
