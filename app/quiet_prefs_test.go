package app

import (
	"bytes"
	"errors"
	"io"
	"log"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// Fyne's own "Preferences load error … EOF" (its watcher reading the file
// it is writing at exit) does not reach the console; its other errors do.
func TestPreferencesEOFNoiseIsDropped(t *testing.T) {
	var out bytes.Buffer
	log.SetOutput(newPrefsNoiseFilter(&out))
	defer log.SetOutput(io.Discard)
	fyne.LogError("Preferences load error:", io.EOF)
	if out.Len() != 0 {
		t.Errorf("the EOF message got through:\n%s", out.String())
	}
	fyne.LogError("Preferences load error:", errors.New("permission denied"))
	fyne.LogError("Failed on saving preferences", errors.New("disk full"))
	got := out.String()
	for _, want := range []string{"Preferences load error", "permission denied", "Failed on saving preferences", "disk full"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q was dropped:\n%s", want, got)
		}
	}
}
