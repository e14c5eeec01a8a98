package printing

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/jung-kurt/gofpdf"
)

// render makes one A4 document with the embedded font, lets draw fill it,
// and writes it to w only when everything succeeded. A panic inside gofpdf
// becomes an error: no library fault may reach the user as a crash.
func render(w io.Writer, orientation string, draw func(pdf *gofpdf.Fpdf) error) (err error) {
	t := loadFont()
	if t.err != nil {
		return t.err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("生成 PDF 时出错（%v）；请检查要打印的内容后重试", r)
		}
	}()
	pdf := gofpdf.New(orientation, "mm", "A4", "")
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCreator("TrainingDesk", true)
	pdf.AddUTF8FontFromBytes(fontFamily, "", t.bytes)
	pdf.SetFont(fontFamily, "", 12)
	if pdf.Err() {
		return fmt.Errorf("加载内置字体失败（%v）；请重新安装本程序", pdf.Error())
	}
	if err := draw(pdf); err != nil {
		return err
	}
	if pdf.Err() {
		return fmt.Errorf("生成 PDF 时出错（%v）", pdf.Error())
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return fmt.Errorf("生成 PDF 时出错（%v）", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("写入 PDF 文件失败（%v）；请检查磁盘空间或换一个保存位置", err)
	}
	return nil
}

var errNothing = errors.New("没有可打印的内容")
