package occupation

import (
	"fmt"
	"strings"

	"trainingdesk/errs"
)

// Resolve checks a class's occupation against the catalogue and returns the
// code in its canonical form and the name to keep: a code not in the
// catalogue is refused; a code with no name takes the catalogue's name; a
// name typed without a code is kept with a warning (old classes and trades
// the catalogue lacks keep working).
func (c *Catalogue) Resolve(code, name string) (canonCode, canonName, warning string, err error) {
	code, name = NormalizeCode(code), strings.TrimSpace(name)
	if code == "" {
		if name != "" {
			if found := c.Search(name, 1); len(found) > 0 && found[0].Name == name {
				warning = fmt.Sprintf("未填职业编码：“%s”在职业分类大典中的编码是 %s，建议填上（备案和补贴按编码核对）", name, found[0].Code)
			} else {
				warning = fmt.Sprintf("未填职业编码：“%s”未按职业分类大典选择，人社部门可能不予认可；请用「选择…」按名称、编码或拼音首字母查找", name)
			}
		}
		return "", name, warning, nil
	}
	o, ok := c.Lookup(code)
	if !ok {
		return code, name, "", errs.E(errs.Invalid, FieldCode, fmt.Sprintf(
			"“%s”不在职业分类大典（2022年版）中：请用「选择…」按名称、编码或拼音首字母查找（如 dgong → 电工），地区增补的职业请在设置中选择职业目录补充文件", code))
	}
	if name == "" {
		name = o.Name
	}
	return o.Code, name, "", nil
}
