package printing

import (
	"fmt"
	"strings"
)

// standInMark takes the place of a character no font has, on printouts the
// trainee signs or wears (签到表, 学员证). A certificate never prints one: it
// refuses the name instead (CheckName), since the name is what it attests.
const standInMark = "□"

// StandIn is a name as a sheet can print it: each character in none of the
// fonts becomes □, so one rare character does not hold back the whole
// class's sheet. missing lists the characters replaced.
func StandIn(name string) (shown string, missing []rune) {
	var b strings.Builder
	for _, r := range name {
		if r >= 0x20 && r != 0x7F {
			if settable, f, _ := glyphFor(r); !settable && f == nil {
				missing = append(missing, r)
				b.WriteString(standInMark)
				continue
			}
		}
		b.WriteRune(r)
	}
	if missing == nil {
		return name, nil
	}
	return b.String(), missing
}

// StandInNotice tells the clerk which names a sheet printed with □ (""
// when none), so they can write the character in by hand or add a font.
func StandInNotice(names []string) string {
	var lines []string
	for _, n := range names {
		if _, missing := StandIn(n); missing != nil {
			var codes []string
			for _, r := range missing {
				codes = append(codes, fmt.Sprintf("“%c”U+%04X", r, r))
			}
			lines = append(lines, n+"（"+strings.Join(codes, "、")+"）")
		}
	}
	if lines == nil {
		return ""
	}
	return fmt.Sprintf("以下 %d 名学员的姓名中有字库里没有的字，表上以“%s”代替，请手写补全，或把含有这个字的字库文件（如花园明朝 HanaMinB.ttf）放进数据目录的 fonts 文件夹后重新生成：\n%s",
		len(lines), standInMark, strings.Join(lines, "\n"))
}

// StandInNotice of a 签到表: whose names it prints with □.
func (s SheetData) StandInNotice() string {
	names := make([]string, len(s.Trainees))
	for i, t := range s.Trainees {
		names[i] = t.Name
	}
	return StandInNotice(names)
}

// StandInNotice of a sheet of 学员证: whose names it prints with □.
func (b BadgeData) StandInNotice() string {
	names := make([]string, len(b.Badges))
	for i, x := range b.Badges {
		names[i] = x.Name
	}
	return StandInNotice(names)
}
