package store

import (
	"runtime"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
)

// boltOptions opens the database with a large initial mapping where that
// costs nothing. bbolt re-maps the file each time it outgrows the mapping,
// and every re-map copies every node the writing transaction holds: a
// 100,000-row import into a new file re-mapped about 13 times while it
// committed (quadratic-ish, a quarter of its time). On 64-bit Unix a 1 GB
// mapping is address space only (the file does not grow); on Windows bbolt
// grows the file to the mapping, so there it keeps its default.
func boltOptions(timeout time.Duration) *bolt.Options {
	o := &bolt.Options{Timeout: timeout}
	if runtime.GOOS != "windows" && strconv.IntSize == 64 {
		o.InitialMmapSize = 1 << 30
	}
	return o
}
