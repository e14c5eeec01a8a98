package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"trainingdesk/attendance"
	"trainingdesk/errs"
	"trainingdesk/printing"
	"trainingdesk/sheets"
	"trainingdesk/store"
	"trainingdesk/training"
)

func init() {
	register("attendance import", "attendance import --class C 文件.csv [--dry-run] [--json]（考勤机导出的“证件号码,打卡时间”；请假和已补录的考勤不会被覆盖；--dry-run 只预览，不保存）", attendanceImport)
	register("attendance sheet", "attendance sheet --class C -o 文件.pdf [--lesson N]（不带 --lesson 时打印全部课次）", attendanceSheet)
	register("attendance mark", "attendance mark --class C --lesson N --id 证件号码 (--in HH:MM [--out HH:MM] | --status present|late|early_leave|excused|absent) [--reason 原因]（有时间时状态由时间决定；与时间不符的 --status 或事后补录须 --reason）", attendanceMark)
	register("attendance badges", "attendance badges --class C -o 文件.pdf（学员胸卡，二维码供扫码签到）", attendanceBadges)
}

type unmatchedJSON struct {
	Line     int    `json:"line"`
	IDMasked string `json:"id_masked"`
	Time     string `json:"time"`
	Reason   string `json:"reason"`
}

type keptJSON struct {
	Lesson int    `json:"lesson"`
	Name   string `json:"name"`
	Status string `json:"status"`
	Reason string `json:"reason"`
}

type punchImportJSON struct {
	Matched   int             `json:"matched"`
	Unmatched []unmatchedJSON `json:"unmatched"`
	Saved     int             `json:"saved"`
	Kept      []keptJSON      `json:"kept"`
}

// attendanceImport exits 0 even when some punches are unmatched: people
// punch outside lessons all the time; the list is for the clerk to check.
func attendanceImport(e *env, args []string) error {
	return e.withClassFile("attendance import", "打卡记录文件（CSV：证件号码,打卡时间）", args,
		func(s *store.Store, c training.Class, f io.Reader, _ string, dryRun bool) (any, func(), bool, error) {
			if dryRun { // the import itself, rolled back: the preview cannot differ
				s = s.DryRun()
			}
			rep, err := s.ImportPunches(c.ID, f)
			if err != nil {
				return nil, nil, false, err
			}
			out := punchImportJSON{Matched: rep.Matched, Saved: rep.Saved, Unmatched: []unmatchedJSON{}, Kept: []keptJSON{}}
			for _, u := range rep.Unmatched {
				at := ""
				if !u.At.IsZero() {
					at = u.At.Format("2006-01-02 15:04:05")
				}
				out.Unmatched = append(out.Unmatched, unmatchedJSON{u.Line, u.IDNumberMasked, at, u.Reason})
			}
			for _, k := range rep.Kept {
				out.Kept = append(out.Kept, keptJSON{k.LessonNo, k.Name, k.Status, k.Reason})
			}
			return out, func() { sayPunches(e, out, c, dryRun) }, false, nil
		})
}

// sayPunches tells a person what a terminal log import did (or would do).
func sayPunches(e *env, out punchImportJSON, c training.Class, dryRun bool) {
	if dryRun {
		e.say("试导入（未保存）%s：%d 条打卡对应到课程，将保存 %d 条考勤。", c.Code, out.Matched, out.Saved)
	} else {
		e.say("已导入 %s：%d 条打卡对应到课程，保存 %d 条考勤。", c.Code, out.Matched, out.Saved)
	}
	for _, k := range out.Kept {
		e.say("保留：第 %d 课 %s（%s）—— %s", k.Lesson, k.Name, training.StatusLabel(k.Status), k.Reason)
	}
	if len(out.Unmatched) > 0 {
		e.say("%d 条未能对应，请核对：", len(out.Unmatched))
	}
	for _, u := range out.Unmatched {
		e.say("第 %d 行\t%s\t%s\t%s", u.Line, u.IDMasked, u.Time, u.Reason)
	}
}

func attendanceSheet(e *env, args []string) error {
	fs := flag.NewFlagSet("attendance sheet", flag.ContinueOnError)
	class := fs.String("class", "", "")
	out := fs.String("o", "", "")
	lesson := fs.Int("lesson", 0, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := need("-o", *out); err != nil {
		return err
	}
	return e.withClass(*class, func(s *store.Store, c training.Class) error {
		data, err := sheetData(s, c, *lesson)
		if err != nil {
			return err
		}
		if err := writeFileAtomic(*out, func(w io.Writer) error { return printing.SignInSheet(w, data) }); err != nil {
			return err
		}
		e.warnStandIns(data.StandInNotice())
		e.say("已生成签到表：%s（%d 名学员，%d 个课次）", *out, len(data.Trainees), max(len(data.Lessons), 1))
		return nil
	})
}

// sheetData gathers a class's 签到表: one lesson (第 no 课) or, with no = 0,
// every lesson of the timetable.
func sheetData(s *store.Store, c training.Class, no int) (printing.SheetData, error) {
	var lessons []training.Lesson
	if no > 0 {
		l, err := s.LessonByNo(c.ID, no)
		if err != nil {
			return printing.SheetData{}, err
		}
		lessons = []training.Lesson{l}
	} else {
		var err error
		if lessons, err = s.Lessons(c.ID); err != nil {
			return printing.SheetData{}, err
		}
	}
	return sheets.SignIn(s, c, lessons)
}

// attendanceMark records one mark. With --in (and --out) the status comes
// from the times and the rules; --status alone is the clerk's word; a
// --status that contradicts the times needs --reason (a correction).
func attendanceMark(e *env, args []string) error {
	fs := flag.NewFlagSet("attendance mark", flag.ContinueOnError)
	class := fs.String("class", "", "")
	lesson := fs.Int("lesson", 0, "")
	id := fs.String("id", "", "")
	status := fs.String("status", "", "")
	in := fs.String("in", "", "")
	out := fs.String("out", "", "")
	reason := fs.String("reason", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	for _, f := range [][2]string{{"--class", *class}, {"--id", *id}} {
		if err := need(f[0], f[1]); err != nil {
			return err
		}
	}
	if *lesson <= 0 {
		return errs.E(errs.Invalid, attendance.FieldLesson, "缺少参数 --lesson（第几课，见 lessons list）")
	}
	if strings.TrimSpace(*status) == "" && strings.TrimSpace(*in) == "" {
		return errs.E(errs.Invalid, attendance.FieldStatus, "请用 --in HH:MM [--out HH:MM] 给出签到/签退时间，或用 --status 给出考勤状态")
	}
	st := ""
	if strings.TrimSpace(*status) != "" {
		st = parseStatus(*status)
	}
	return e.withStore(func(s *store.Store) error {
		c, err := s.ClassByCode(*class)
		if err != nil {
			return err
		}
		l, err := s.LessonByNo(c.ID, *lesson)
		if err != nil {
			return err
		}
		tr, err := s.FindTrainee(c.ID, *id)
		if err != nil {
			return err
		}
		mi := store.MarkInput{TraineeID: tr.ID, Status: st}
		if mi.SignIn, err = attendance.ClockOn(l, attendance.FieldSignIn, *in, nil); err != nil {
			return err
		}
		if mi.SignOut, err = attendance.ClockOn(l, attendance.FieldSignOut, *out, nil); err != nil {
			return err
		}
		if err := s.MarkLesson(l.ID, []store.MarkInput{mi}, *reason); err != nil {
			if errs.FieldOf(err) == attendance.FieldReason {
				return fmt.Errorf("%v（用 --reason 填写）", err)
			}
			return err
		}
		marks, err := s.LessonMarks(l.ID)
		if err != nil {
			return err
		}
		m := marks[tr.ID]
		times := ""
		if !m.SignIn.IsZero() {
			times = " " + m.SignIn.In(time.Local).Format("15:04") + "–"
			if !m.SignOut.IsZero() {
				times += m.SignOut.In(time.Local).Format("15:04")
			}
		}
		note := ""
		if m.Correction {
			note = "（更正：" + m.Reason + "）"
		}
		e.say("已记录：%s 第 %d 课 %s%s %s%s", c.Code, l.No, tr.Name(), times, training.StatusLabel(m.Status), note)
		return nil
	})
}

// parseStatus accepts the contract's English words and the Chinese labels.
// An unknown word is passed on for the store to refuse.
func parseStatus(s string) string {
	if st, ok := training.ParseStatus(s); ok {
		return st
	}
	return strings.ToLower(strings.TrimSpace(s))
}

func attendanceBadges(e *env, args []string) error {
	return e.withClassOutput("attendance badges", args, func(s *store.Store, c training.Class, out string) error {
		d, err := sheets.Badges(s, c)
		if err != nil {
			return err
		}
		if err := writeFileAtomic(out, func(w io.Writer) error { return printing.Badges(w, d) }); err != nil {
			return err
		}
		e.warnStandIns(d.StandInNotice())
		e.say("已生成学员胸卡：%s（%d 张）", out, len(d.Badges))
		return nil
	})
}

// warnStandIns says on stderr whose names a sheet printed with □ (the
// sheet is made all the same: exit 0).
func (e *env) warnStandIns(n string) {
	if n != "" {
		fmt.Fprintln(e.errw, "注意："+n)
	}
}
