package paperwork

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"trainingdesk/errs"
	"trainingdesk/printing"
	"trainingdesk/spreadsheet"
	"trainingdesk/training"
)

// FieldFolder is where the papers are written.
var FieldFolder = errs.NewField("folder", "保存位置", "Folder")

// Export is what an export wrote.
type Export struct {
	Dir   string   // the class's folder
	Files []string // full paths, in the order written
}

// maxNameRunes keeps a file or folder name well inside every file system's limit.
const maxNameRunes = 80

// SafeName makes s usable as a file or folder name on Windows, macOS and
// Linux: characters the file systems refuse become "_", leading and
// trailing dots and spaces go, reserved device names get a "_" in front.
func SafeName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x20 || r == 0x7f || unicode.Is(unicode.Cf, r):
			b.WriteRune('_')
		case strings.ContainsRune(`<>:"/\|?*`, r):
			b.WriteRune('_')
		default:
			b.WriteRune(r)
		}
	}
	out := strings.Trim(b.String(), " .")
	if utf8.RuneCountInString(out) > maxNameRunes {
		out = strings.TrimRight(string([]rune(out)[:maxNameRunes]), " .")
	}
	if out == "" {
		return "_"
	}
	base := strings.ToUpper(strings.SplitN(out, ".", 2)[0])
	switch base {
	case "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
		"LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9":
		return "_" + out
	}
	return out
}

// ClassFolder is the folder of a class's papers below dir.
func ClassFolder(dir string, c training.Class) string {
	return filepath.Join(dir, SafeName(strings.TrimSpace(c.Code+" "+c.Name)))
}

// writer writes the documents of one package into the class's folder.
type writer struct {
	out Export
}

func newWriter(dir string, c training.Class) (*writer, error) {
	if strings.TrimSpace(dir) == "" {
		return nil, errs.E(errs.Invalid, FieldFolder, "请选择保存文件的文件夹")
	}
	folder := ClassFolder(dir, c)
	if err := os.MkdirAll(folder, 0o755); err != nil {
		return nil, errs.E(errs.Unavailable, FieldFolder, fmt.Sprintf("无法创建文件夹 %s：请检查磁盘空间和权限，或换一个位置", folder), err)
	}
	return &writer{out: Export{Dir: folder}}, nil
}

// file writes one document whole, or nothing: a half-written paper would
// be handed in as if it were complete.
func (w *writer) file(name string, write func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	path := filepath.Join(w.out.Dir, SafeName(name))
	tmp, err := os.CreateTemp(w.out.Dir, ".tmp-*")
	if err != nil {
		return errs.E(errs.Unavailable, FieldFolder, "无法写入 "+w.out.Dir+"：请检查权限", err)
	}
	_, err = tmp.Write(buf.Bytes())
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return errs.E(errs.Unavailable, FieldFolder, fmt.Sprintf("写入 %s 失败：请检查磁盘空间，或确认文件没有在其他程序中打开", filepath.Base(path)), err)
	}
	w.out.Files = append(w.out.Files, path)
	return nil
}

// table is one list written both as PDF and, when xlsx, as a spreadsheet.
type table struct {
	name      string // file name without extension, also the title's end
	title     string
	lines     []string
	columns   []printing.Column
	rows      [][]string
	closing   []string
	landscape bool
	xlsx      bool
	stamp     string
	checklist []string
}

func (w *writer) table(t table) error {
	doc := printing.Doc{Title: t.title, Landscape: t.landscape, Lines: t.lines, Columns: t.columns, Rows: t.rows,
		Closing: t.closing, Stamp: t.stamp, Checklist: t.checklist}
	if err := w.file(t.name+".pdf", func(out io.Writer) error { return printing.Document(out, doc) }); err != nil {
		return err
	}
	if !t.xlsx {
		return nil
	}
	heads := make([]string, len(t.columns))
	for i, c := range t.columns {
		heads[i] = c.Title
	}
	sheet := []rune(t.title)
	if len(sheet) > 31 { // Excel's limit for a sheet name
		sheet = sheet[:31]
	}
	return w.file(t.name+".xlsx", func(out io.Writer) error {
		return spreadsheet.WriteTable(out, spreadsheet.Table{Sheet: SafeName(string(sheet)), Title: strings.Join(append([]string{t.title}, t.lines...), "　"),
			Headers: heads, Rows: t.rows, Closing: t.closing})
	})
}

func cols(spec ...any) []printing.Column {
	var out []printing.Column
	for i := 0; i+1 < len(spec); i += 2 {
		out = append(out, printing.Column{Title: spec[i].(string), Weight: spec[i+1].(float64)})
	}
	return out
}

// tableWithText writes a paper of free text (考核方案) as a PDF.
func (w *writer) tableWithText(t table, text string) error {
	doc := printing.Doc{Title: t.title, Lines: t.lines, Paragraphs: strings.Split(text, "\n"), Stamp: t.stamp}
	return w.file(t.name+".pdf", func(out io.Writer) error { return printing.Document(out, doc) })
}
