package training

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strconv"
	gosync "sync"
	"time"
)

var idClock struct {
	gosync.Mutex
	last int64
}

// NewID makes a record id on the device, so a record can be kept, linked and
// synced before the bureau has seen it. The fixed-width time prefix is
// strictly increasing within a process, so ids sort in creation order (the
// roster keeps enrolment order); the random part keeps devices apart.
func NewID() string {
	idClock.Lock()
	now := time.Now().UnixMicro()
	if now <= idClock.last {
		now = idClock.last + 1
	}
	idClock.last = now
	idClock.Unlock()
	var b [6]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%012s", strconv.FormatInt(now, 36)) + "-" + hex.EncodeToString(b[:])
}
