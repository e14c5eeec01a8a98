package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"trainingdesk/roster"
	"trainingdesk/spreadsheet"
	"trainingdesk/store"
	"trainingdesk/training"
)

func init() {
	register("export roster", "export roster --class C -o 花名册.xlsx [--full-id]", exportRoster)
	register("export template", "export template -o 导入模板.xlsx", exportTemplate)
}

func exportRoster(e *env, args []string) error {
	fs := flag.NewFlagSet("export roster", flag.ContinueOnError)
	class := fs.String("class", "", "")
	out := fs.String("o", "", "")
	fullID := fs.Bool("full-id", false, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := need("-o", *out); err != nil {
		return err
	}
	return e.withClass(*class, func(s *store.Store, c training.Class) error {
		if err := writeFileAtomic(*out, func(w io.Writer) error { return roster.Export(s, c.ID, w, *fullID, nil) }); err != nil {
			return err
		}
		if *fullID {
			e.say("已导出花名册（含完整证件号码，请妥善保管）：%s", *out)
		} else {
			e.say("已导出花名册（证件号码已隐去中间部分）：%s", *out)
		}
		return nil
	})
}

func exportTemplate(e *env, args []string) error {
	fs := flag.NewFlagSet("export template", flag.ContinueOnError)
	out := fs.String("o", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := need("-o", *out); err != nil {
		return err
	}
	if err := writeFileAtomic(*out, spreadsheet.WriteTemplate); err != nil {
		return err
	}
	e.say("已生成导入模板：%s", *out)
	return nil
}

// writeFileAtomic writes through a temporary file in the same folder, so a
// failure never leaves half a spreadsheet under the clerk's file name.
func writeFileAtomic(path string, write func(w io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".trainingdesk-*.tmp")
	if err != nil {
		return fmt.Errorf("无法写入 %s：%v", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("无法写入 %s：%v", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("无法写入 %s：%v", path, err)
	}
	return nil
}
