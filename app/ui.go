package app

import (
	"fmt"
	gosync "sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/demo"
	"trainingdesk/store"
)

// screen is one place of the navigation. Each lives in its own file and
// keeps its widgets as fields so tests can tap and type on them.
type screen interface {
	Content() fyne.CanvasObject
	// Refresh reloads what the screen shows from the store.
	Refresh()
}

// UI is the main window and everything in it.
type UI struct {
	App   fyne.App
	Win   fyne.Window
	Store *store.Store
	lang  string

	Tabs       *container.AppTabs
	panes      []*fyne.Container   // one per screen, holding it while shown
	switchedAt time.Time           // when the switch to the screen shown began
	looks      atomic.Int64        // counts changes of the theme and the OS's settings
	paneLooks  []int64             // looks when each pane was last refreshed whole
	contents   []fyne.CanvasObject // the screens' contents, in navigation order
	StatusSync *widget.Label
	StatusDir  *widget.Label

	Classes    *ClassesScreen
	Roster     *RosterScreen
	Attendance *AttendanceScreen
	Completion *CompletionScreen
	Teachers   *TeachersScreen
	Claims     *ClaimsScreen
	Sync       *SyncScreen
	Settings   *SettingsScreen
	FollowUp   *FollowUpScreen
	Stats      *StatsScreen

	// SyncState reports the status bar's sync text; the sync screen sets it.
	SyncState func() string
	// selectedClass is the class the roster, attendance and completion
	// screens work on; the classes screen sets it.
	selectedClass string
	stopBackups   chan struct{}
	backups       gosync.WaitGroup // the automatic-backup goroutine
	qrWarm        *qrWarmer        // renders certificates' QR images after their state changes
	started       bool             // Start ran and Stop has not
	placeRestored bool             // the last session's class and screen are back: remember changes
	lastPlace     place            // the place last written

	// DemoDir is where 打开演示数据 opens the demo (never the clerk's
	// directory); StoreOptions open it as the main store was opened.
	DemoDir      string
	StoreOptions store.Options
	// AfreshNotice is shown at start when the store began anew (see
	// showAfreshNotice); nil otherwise.
	AfreshNotice dialog.Dialog
	// screenShown, when profiling (ProfileClassEnv), hears how long each
	// screen switched to took to show its class.
	screenShown func(screen int, onThread, shown time.Duration)
}

// New builds the main window on an open store.
func New(a fyne.App, s *store.Store) *UI {
	st, _ := s.Settings()
	u := &UI{App: a, Store: s, lang: st.Language, DemoDir: demo.Dir()}
	u.Win = a.NewWindow("TrainingDesk 职业培训管理")
	u.StatusSync = widget.NewLabel("")
	u.StatusDir = widget.NewLabel(u.T("数据目录") + "：" + s.Dir())
	u.Classes = newClassesScreen(u)
	u.Roster = newRosterScreen(u)
	u.Attendance = newAttendanceScreen(u)
	u.Completion = newCompletionScreen(u)
	u.Claims = newClaimsScreen(u)
	u.Sync = newSyncScreen(u)
	u.Settings = newSettingsScreen(u)
	u.FollowUp = newFollowUpScreen(u)
	u.Stats = newStatsScreen(u)
	u.Teachers = newTeachersScreen(u)
	u.newNavigation(
		[]string{u.T("班级"), u.T("学员"), u.T("考勤"), u.T("结业/证书"), u.T("同步"), u.T("设置"), u.T("师资"), u.T("补贴"), u.T("跟踪"), u.T("统计")},
		[]fyne.CanvasObject{u.Classes.Content(), u.Roster.Content(), u.Attendance.Content(), u.Completion.Content(),
			u.Sync.Content(), u.Settings.Content(), u.Teachers.Content(), u.Claims.Content(), u.FollowUp.Content(), u.Stats.Content()})
	status := container.NewBorder(nil, nil, u.StatusSync, u.StatusDir)
	u.Win.SetContent(container.NewBorder(nil, status, nil, nil, u.Tabs))
	u.Win.Resize(fyne.NewSize(1180, 760))
	s.OnChange(func() { u.changed() })
	u.showDir()
	u.refreshStatus()
	u.Classes.Refresh()
	return u
}

// changed hears of a store change (any goroutine).
func (u *UI) changed() { fyne.Do(u.refreshStatus) }

func (u *UI) screens() []screen {
	return []screen{u.Classes, u.Roster, u.Attendance, u.Completion, u.Sync, u.Settings, u.Teachers, u.Claims, u.FollowUp, u.Stats}
}

func (u *UI) current() screen { return u.screens()[u.Tabs.SelectedIndex()] }

// SelectClass makes a class the one the other screens work on.
func (u *UI) SelectClass(id string) { u.selectedClass = id; u.rememberPlace() }

// SelectedClass is the class the other screens work on ("" before a choice).
func (u *UI) SelectedClass() string { return u.selectedClass }

// refreshStatus updates the status bar: the outbox and the last success.
func (u *UI) refreshStatus() {
	if u.SyncState != nil {
		u.StatusSync.SetText(u.SyncState())
		return
	}
	c, err := u.Store.Counts()
	if err != nil {
		u.StatusSync.SetText(err.Error())
		return
	}
	u.StatusSync.SetText(fmt.Sprintf("%s %d · %s %d · %s %d", u.T("待上传"), c.Pending, u.T("已上传"), c.Sent, u.T("被退回"), c.Quarantined))
}

// showError tells the clerk what went wrong, in a dialog on the main window.
func (u *UI) showError(err error) {
	if err != nil {
		showErrorDialog(err, u.Win)
	}
}

// now is the clock screens use (tests may replace it).
var now = time.Now
