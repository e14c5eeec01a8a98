package printing

import (
	"os"
	"testing"
)

// TestMain uses only the embedded fonts, so the tests print the same on a
// machine with fonts-hanazono installed as on a fresh CI machine.
func TestMain(m *testing.M) {
	fallback = newOutlineFonts(nil)
	os.Exit(m.Run())
}
