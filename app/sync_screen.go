package app

import (
	"context"
	"fmt"
	"strings"
	gosync "sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/store"
	tdsync "trainingdesk/sync"
)

// SyncScreen (同步) shows the outbox, pushes it to the bureau in the
// background, lists what the bureau refused with a way to fix it, and
// holds the bureau credentials.
type SyncScreen struct {
	u    *UI
	root fyne.CanvasObject

	Pending, Failed, Sent, Quarantined *widget.Label
	LastSuccess, State                 *widget.Label
	Busy                               *widget.ProgressBarInfinite
	SyncButton                         *widget.Button
	Log                                *widget.List
	LogDetail                          *widget.Label // the batch picked in Log, whole (a line ends in "…")
	EmptyHint                          *widget.Label // nothing ever queued
	QuarantineBox                      *fyne.Container
	// FixButtons[i] jumps to where refused record i is corrected;
	// RequeueButtons[i] sends it again unchanged.
	FixButtons, RequeueButtons []*widget.Button

	Endpoint, AppKey, Secret, CAFile *widget.Entry
	SaveConfig                       *widget.Button
	ConfigStatus                     *widget.Label

	// Guarded by mu: what the background loop last learned.
	mu            gosync.Mutex
	counts        tdsync.Counts
	last          time.Time
	items         []store.QuarantineItem
	log           []tdsync.BatchLog
	busy          bool
	lastErr       string
	notConfigured bool
	waitUntil     time.Time
	countsAt      time.Time
	sender        *tdsync.Sender
	cancel        context.CancelFunc
	done, kick    chan struct{}
	debounce      *time.Timer
	subscribed    bool

	settling atomic.Bool // the sender's own Settle is committing
	stopping atomic.Bool // the window is gone: no more fyne.Do

	shownLog   []tdsync.BatchLog // UI thread only
	shownItems string            // UI thread only: what QuarantineBox shows
}

func newSyncScreen(u *UI) *SyncScreen {
	s := &SyncScreen{u: u}
	s.Pending, s.Failed, s.Sent, s.Quarantined = widget.NewLabel(""), widget.NewLabel(""), widget.NewLabel(""), widget.NewLabel("")
	s.LastSuccess, s.State = widget.NewLabel(""), widget.NewLabel("")
	s.State.Wrapping = fyne.TextWrapWord
	s.Busy = widget.NewProgressBarInfinite()
	s.Busy.Hide()
	s.SyncButton = widget.NewButton(u.T("立即同步"), s.SyncNow)
	s.SyncButton.Importance = widget.HighImportance
	s.Log = widget.NewList(func() int { return len(s.shownLog) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(logLine(s.shownLog[i])) })
	s.LogDetail = widget.NewLabel("")
	s.LogDetail.Wrapping = fyne.TextWrapWord
	s.Log.OnSelected = func(i widget.ListItemID) {
		if i < len(s.shownLog) {
			s.LogDetail.SetText(logLine(s.shownLog[i]))
		}
	}
	s.QuarantineBox = container.NewVBox()
	s.buildConfigForm()

	counts := container.NewGridWithColumns(4, s.Pending, s.Failed, s.Sent, s.Quarantined)
	top := container.NewVBox(counts,
		container.NewBorder(nil, nil, nil, s.SyncButton, container.NewVBox(s.LastSuccess, s.State)), s.Busy)
	s.EmptyHint = newEmptyHint()
	logCard := widget.NewCard(u.T("最近上传批次"), u.T("点一行看全文"), container.NewBorder(nil, s.LogDetail, nil, nil, overList(s.Log, s.EmptyHint)))
	refused := widget.NewCard(u.T("被人社局退回的记录"), u.T("改正后保存即自动重新上传"), container.NewVScroll(s.QuarantineBox))
	split := container.NewHSplit(logCard, refused)
	split.Offset = 0.45
	s.root = container.NewBorder(top, s.configCard(), nil, nil, split)

	u.SyncState = s.statusText
	s.Refresh()
	return s
}

func (s *SyncScreen) Content() fyne.CanvasObject { return s.root }

// Refresh reads the outbox now (on the UI thread; the background loop
// does the same off it after every batch).
func (s *SyncScreen) Refresh() {
	c, err := s.u.Store.Counts()
	if err != nil {
		s.State.SetText(err.Error())
		return
	}
	last, ok, _ := s.u.Store.LastSyncSuccess()
	items, err := s.u.Store.QuarantineItems()
	if err != nil {
		s.State.SetText(err.Error())
	}
	s.mu.Lock()
	s.counts, s.items, s.countsAt = c, items, time.Now()
	if ok {
		s.last = last
	}
	s.mu.Unlock()
	s.show()
}

// show puts the cached state on the widgets; UI thread only.
func (s *SyncScreen) show() {
	s.mu.Lock()
	c, last, items, busy := s.counts, s.last, s.items, s.busy
	lastErr, notConfigured, waitUntil := s.lastErr, s.notConfigured, s.waitUntil
	s.shownLog = append(s.shownLog[:0], s.log...)
	s.mu.Unlock()

	s.Pending.SetText(fmt.Sprintf("%s：%d", s.u.T("待上传"), c.Pending))
	s.Failed.SetText(fmt.Sprintf("%s：%d", s.u.T("失败待重试"), c.Failed))
	s.Sent.SetText(fmt.Sprintf("%s：%d", s.u.T("已上传"), c.Sent))
	s.Quarantined.SetText(fmt.Sprintf("%s：%d", s.u.T("被退回"), c.Quarantined))
	s.LastSuccess.SetText(s.u.T("上次成功") + "：" + s.when(last, "2006-01-02 15:04:05"))
	switch {
	case notConfigured:
		s.State.SetText(s.u.T("尚未配置人社局上传接口：请在下方填写接口地址、应用标识和应用密钥。记录会保存在本机，配置后自动上传。"))
	case lastErr != "":
		s.State.SetText(s.u.T("上次上传未完成") + "：" + lastErr)
	case busy && !waitUntil.IsZero() && waitUntil.After(time.Now()):
		s.State.SetText(s.u.T("正在上传…部分记录稍后自动重试"))
	case busy:
		s.State.SetText(s.u.T("正在上传…"))
	case c.Pending > 0 && c.Quarantined > 0:
		// A finished run leaves only records waiting behind refused ones.
		s.State.SetText(fmt.Sprintf(s.u.T("其余 %d 条记录要等被退回的记录改正后随之上传"), c.Pending))
	case c.Pending > 0:
		s.State.SetText(s.u.T("等待下次自动上传（每分钟一次，修改后随即上传）"))
	default:
		s.State.SetText(s.u.T("全部记录已上传"))
	}
	if busy {
		s.Busy.Show()
		s.Busy.Start()
	} else {
		s.Busy.Stop()
		s.Busy.Hide()
	}
	s.Log.Refresh()
	s.updateEmpty(c.Pending + c.Failed + c.Sent + c.Quarantined)
	s.showItems(items)
}

// showItems rebuilds the refused-records list when it changed.
func (s *SyncScreen) showItems(items []store.QuarantineItem) {
	var sig strings.Builder
	for _, it := range items {
		fmt.Fprintf(&sig, "%s/%s/%s/%s|", it.Kind, it.ID, it.Code, it.Label)
	}
	if sig.String() == s.shownItems && s.FixButtons != nil {
		return
	}
	s.shownItems = sig.String()
	s.QuarantineBox.RemoveAll()
	s.FixButtons, s.RequeueButtons = []*widget.Button{}, []*widget.Button{}
	if len(items) == 0 {
		s.QuarantineBox.Add(widget.NewLabel(s.u.T("没有被退回的记录")))
	}
	for _, it := range items {
		it := it
		title := widget.NewLabelWithStyle(it.Label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		hint := widget.NewLabel(it.Hint)
		hint.Wrapping = fyne.TextWrapWord
		fix := widget.NewButton(s.u.T("去修改")+" → "+s.u.T(placeTitle(it.Place)), func() { s.fix(it) })
		again := widget.NewButton(s.u.T("原样重传"), func() { s.u.showError(s.u.Store.Requeue(it.Kind, it.ID)) })
		s.FixButtons = append(s.FixButtons, fix)
		s.RequeueButtons = append(s.RequeueButtons, again)
		s.QuarantineBox.Add(container.NewVBox(title, hint, container.NewHBox(fix, again), widget.NewSeparator()))
	}
}

// fix opens the screen where a refused record is edited, on its class.
func (s *SyncScreen) fix(it store.QuarantineItem) {
	if it.ClassID != "" {
		s.u.SelectClass(it.ClassID)
	}
	if it.Place == store.PlaceClaims {
		s.u.showClaims()
		return
	}
	s.u.Show(placeTab(it.Place))
}

// placeTab is the navigation index of the screen that fixes a record.
func placeTab(p store.FixPlace) int {
	switch p {
	case store.PlaceRoster:
		return 1
	case store.PlaceAttendance:
		return 2
	case store.PlaceCompletion:
		return 3
	case store.PlaceFollowUp:
		return tabFollowUp
	}
	return 0
}

func placeTitle(p store.FixPlace) string {
	switch p {
	case store.PlaceFollowUp:
		return "跟踪"
	case store.PlaceClaims:
		return "补贴"
	}
	return []string{"班级", "学员", "考勤", "结业/证书"}[placeTab(p)]
}

// statusText is the status bar's sync part: 待上传 N · 上次成功 HH:MM.
func (s *SyncScreen) statusText() string {
	s.mu.Lock()
	c, last, busy, lastErr, notConfigured := s.counts, s.last, s.busy, s.lastErr, s.notConfigured
	s.mu.Unlock()
	parts := []string{fmt.Sprintf("%s %d", s.u.T("待上传"), c.Pending)}
	if c.Quarantined > 0 {
		parts = append(parts, fmt.Sprintf("%s %d", s.u.T("被退回"), c.Quarantined))
	}
	parts = append(parts, s.u.T("上次成功")+" "+s.when(last, "15:04"))
	switch {
	case notConfigured:
		parts = append(parts, s.u.T("未配置上传"))
	case busy:
		parts = append(parts, s.u.T("正在上传…"))
	case lastErr != "":
		parts = append(parts, s.u.T("上传出错"))
	}
	return strings.Join(parts, " · ")
}

// when formats a time for the clerk; the date is added when it is not today.
func (s *SyncScreen) when(t time.Time, layout string) string {
	if t.IsZero() {
		return s.u.T("从未")
	}
	t = t.Local()
	if y, m, d := t.Date(); layout == "15:04" {
		if ny, nm, nd := now().Date(); y != ny || m != nm || d != nd {
			layout = "01-02 15:04"
		}
	}
	return t.Format(layout)
}

func logLine(b tdsync.BatchLog) string {
	line := fmt.Sprintf("%s  %d 条：接收 %d · 重复 %d · 退回 %d · 失败 %d  %.2f 秒", b.At.Local().Format("15:04:05"),
		b.Records, b.Accepted, b.Duplicates, b.Rejected, b.Failed, b.Duration.Seconds())
	if b.Error != "" {
		line += "  " + b.Error
	}
	return line
}

// do is fyne.Do for the background loop: silent once the window is gone.
func (s *SyncScreen) do(f func()) {
	if s.stopping.Load() {
		return
	}
	defer func() { _ = recover() }()
	fyne.Do(f)
}
