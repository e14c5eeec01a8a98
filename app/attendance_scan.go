package app

import (
	"fmt"
	"image/color"
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/training"
)

// A USB badge scanner is a keyboard: it types the code (TD1:<trainee id>)
// and Enter, fast. The lesson screen listens on the window's canvas, so a
// scan works with no field focused.

// scanBuffer collects the runes of one scan. A pause longer than scanGap
// starts afresh, so stray keys pressed by hand never glue onto a scan.
type scanBuffer struct {
	runes []rune
	last  time.Time
}

const scanGap = 2 * time.Second

func (b *scanBuffer) add(r rune) {
	t := time.Now()
	if !b.last.IsZero() && t.Sub(b.last) > scanGap {
		b.runes = b.runes[:0]
	}
	b.last = t
	b.runes = append(b.runes, r)
}

func (b *scanBuffer) take() string {
	s := string(b.runes)
	b.runes = b.runes[:0]
	return s
}

// listen routes the canvas's keys to the scan buffer. The handlers stay
// quiet while another screen is on show.
func (m *markingTab) listen() {
	c := m.s.u.Win.Canvas()
	c.SetOnTypedRune(func(r rune) {
		if m.s.shown() {
			m.scan.add(r)
		}
	})
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		if m.s.shown() && (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) {
			if code := strings.TrimSpace(m.scan.take()); code != "" {
				m.Scan(code)
			}
		}
	})
}

func (m *markingTab) manualScan() {
	code := strings.TrimSpace(m.ScanEntry.Text)
	if code == "" {
		return
	}
	m.ScanEntry.SetText("")
	m.Scan(code)
}

var (
	bannerOK   = color.NRGBA{R: 0x1b, G: 0x7f, B: 0x3b, A: 0xff}
	bannerWarn = color.NRGBA{R: 0xb2, G: 0x6a, B: 0x00, A: 0xff}
	bannerBad  = color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff}
)

// Scan records a badge at the lesson shown and says so in big letters:
// 张三 签到 09:02 出勤. A wrong badge is said in red there too, not in a
// dialog that would stop the queue of trainees.
func (m *markingTab) Scan(code string) {
	if m.lessonID == "" {
		m.banner("请先选择课次，再扫码", bannerBad)
		return
	}
	res, err := m.s.u.Store.Scan(m.lessonID, code, now())
	if err != nil {
		m.banner(err.Error(), bannerBad)
		return
	}
	what, at := "签到", res.Mark.SignIn
	if res.SignOut {
		what, at = "签退", res.Mark.SignOut
	}
	col := bannerOK
	if res.Mark.Status != training.Present {
		col = bannerWarn
	}
	if res.Repeat {
		m.banner(fmt.Sprintf("%s 已%s %s（重复扫码，只算一次）", res.Trainee.Name(), what, clockText(at)), bannerWarn)
		return
	}
	m.banner(fmt.Sprintf("%s %s %s %s", res.Trainee.Name(), what, clockText(at), training.StatusLabel(res.Mark.Status)), col)
	for _, r := range m.Rows {
		if r.Trainee.ID == res.Trainee.ID {
			r.show(res.Mark)
		}
	}
	m.count()
	m.setDirty()
}

func (m *markingTab) banner(text string, c color.Color) {
	m.ScanBanner.Text, m.ScanBanner.Color = text, c
	m.ScanBanner.Refresh()
}

// timeEntry is a sign-in/out field. It takes digits and a colon; anything
// else (a scanner's "TD1:…" while the field has the focus) goes to the
// scan buffer, so a scan is never typed into a time.
type timeEntry struct {
	widget.Entry
	m *markingTab
}

func newTimeEntry(m *markingTab) *timeEntry {
	e := &timeEntry{m: m}
	e.ExtendBaseWidget(e)
	e.PlaceHolder = "HH:MM"
	return e
}

func (e *timeEntry) TypedRune(r rune) {
	if len(e.m.scan.runes) > 0 || unicode.IsLetter(r) {
		e.m.scan.add(r)
		return
	}
	e.Entry.TypedRune(r)
}

func (e *timeEntry) TypedKey(k *fyne.KeyEvent) {
	if (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) && len(e.m.scan.runes) > 0 {
		e.m.Scan(strings.TrimSpace(e.m.scan.take()))
		return
	}
	e.Entry.TypedKey(k)
}
