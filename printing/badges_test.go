package printing

import (
	"bytes"
	"strings"
	"testing"
)

func TestBadges(t *testing.T) {
	var badges []Badge
	for i, tr := range sheetTrainees(11) {
		badges = append(badges, Badge{Name: tr.Name, Class: "2024年第3期中式烹调师（五级）就业技能培训班", Code: "TD1:lx2abc-" + string(rune('a'+i))})
	}
	var buf bytes.Buffer
	if err := Badges(&buf, BadgeData{Institution: "广州市某某职业技能培训学校", Badges: badges}); err != nil {
		t.Fatal(err)
	}
	pdf := buf.Bytes()
	text := pdfText(t, pdf)
	if pages := strings.Count(text, "\f"); pages != 2 {
		t.Errorf("%d pages for 11 badges, want 2 (ten a page)", pages)
	}
	sq := squeeze(text)
	for _, b := range badges {
		if !strings.Contains(sq, b.Name) {
			t.Errorf("badge name %q missing", b.Name)
		}
	}
	if strings.Count(sq, squeeze(badges[0].Class)) != len(badges) {
		t.Errorf("class name not on every badge:\n%s", text)
	}
	// The last page holds one badge, so its only QR code must be the 11th's.
	png := rasterize(t, pdf, 2)
	if got := decodeQR(t, png); got != badges[10].Code {
		t.Errorf("badge QR reads %q, want %q", got, badges[10].Code)
	}
	if got, ok := zbar(t, png); ok && got != badges[10].Code {
		t.Errorf("zbarimg reads %q, want %q", got, badges[10].Code)
	}
}

func TestBadgesRefuseEmptyCode(t *testing.T) {
	var buf bytes.Buffer
	err := Badges(&buf, BadgeData{Badges: []Badge{{Name: "张三", Class: "一班"}}})
	if err == nil || !strings.Contains(err.Error(), "二维码内容为空") {
		t.Errorf("err = %v", err)
	}
}
