package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
)

// preferencesFile is where Fyne keeps this program's preferences: its
// configuration root (per OS, as fyne's internal/app has it) and AppID.
func preferencesFile() string {
	home, _ := os.UserHomeDir()
	root := ""
	switch runtime.GOOS {
	case "windows":
		root = filepath.Join(home, "AppData", "Roaming", "fyne")
	case "darwin":
		root = filepath.Join(home, "Library", "Preferences", "fyne")
	default:
		cfg, _ := os.UserConfigDir()
		root = filepath.Join(cfg, "fyne")
	}
	return filepath.Join(root, AppID, "preferences.json")
}

// setAsideBrokenPreferences moves a preferences file that is not JSON (an
// empty one is a write cut short: the program was killed while saving)
// aside as preferences.json.broken, so Fyne starts on fresh preferences
// instead of printing "Preferences load error: EOF".
func setAsideBrokenPreferences(path string) {
	b, err := os.ReadFile(path)
	if err != nil || json.Valid(b) {
		return
	}
	_ = os.Rename(path, path+".broken")
}
