package app

import (
	"io"
	"path/filepath"
	"strings"
	"testing"
)

// A class code that looks like a path never makes a file outside the
// output folder.
func TestPDFNamesFromClassCodesStayInTheOutputFolder(t *testing.T) {
	dir := t.TempDir()
	path, err := writePDF(dir, "签到表-../../x.pdf", func(w io.Writer) error { _, err := io.WriteString(w, "%PDF"); return err })
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(path) != dir || strings.Contains(filepath.Base(path), "/") {
		t.Fatalf("written to %s, outside %s", path, dir)
	}
	if got := safeFileName("证书-../../x.pdf"); strings.ContainsAny(got, `/\`) {
		t.Fatalf("safe name %q keeps a separator", got)
	}
}
