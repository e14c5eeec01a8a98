// Package app is the desktop face of TrainingDesk (Fyne). It only asks and
// shows: every rule lives in a domain package and every operation in the
// store (or roster, sheets, certprint) below both this and the command line.
//
// # Map of screens
//
// The window (ui.go) is a column of tabs in this order — navigation.go owns
// the order, switching (UI.Show) and the shortcuts (Ctrl+N, Ctrl+F):
//
//	0 班级 Classes     classes.go (list, filters), classes_form.go (开班 form),
//	                   class_teachers_pick.go, occupation_picker.go, classpick.go
//	                   (the class chooser the other screens share), search.go
//	1 学员 Roster      roster.go (virtualised table), roster_form.go, roster_photos.go,
//	                   roster_withdraw.go (退学),
//	                   import.go (导入表格 / 粘贴名单 → preview = the real import
//	                   rolled back → save), import_export.go (花名册, template)
//	2 考勤 Attendance  attendance_screen.go; attendance_marks.go, attendance_list.go (点名),
//	                   attendance_scan.go (badge scanner), attendance_files.go
//	                   (terminal log preview + import, 签到表, 胸卡),
//	                   attendance_timetable.go (课程表), attendance_report.go (出勤统计)
//	3 结业/证书        completion_screen.go, completion_rows.go, completion_list.go (scores),
//	                   completion_actions.go (发证, 预览样本, print, revoke, 补发)
//	4 同步 Sync        sync_screen.go, sync_loop.go (background push), sync_config_form.go
//	5 设置 Settings    settings_screen.go (rules: the store's Settings.Check decides),
//	                   settings_screen_institution.go, settings_audit.go,
//	                   settings_claims.go, settings_outcomes.go, settings_output.go,
//	                   verifypage_export.go
//	6 师资 Teachers    teachers_screen.go, teacher_scans.go, settings_teachers.go
//	7 补贴 Claims      claims_screen.go
//	8 跟踪 Follow-up   followup_screen.go (the week's calls), followup_form.go (one
//	                   answer), followup_files.go (跟踪表 export, bulk entry)
//	9 统计 Scorecard   stats_screen.go (figures against targets, class table)
//
// First start and lifecycle: run.go (open the store, start), firstrun.go,
// demo_switch.go, lifecycle.go (automatic backup, stop), habits.go (Ctrl+Q,
// reopen where the clerk left off), qr_warm.go (QR images rendered in the
// background), output.go (the one output folder).
//
// # Shared widgets
//
//   - form_fields.go: the form skeleton (fieldForm) — every field with its
//     error line under it, filled from errs.FieldOf; notice lines; 保存/取消.
//   - desk_entry.go: the entry that lets window shortcuts and Esc through.
//   - tables.go: header rows and column widths of widget.Table.
//   - dialogs.go, openfile.go: error dialogs, opening a produced file.
//   - datepick.go: a date entry with a calendar button.
//   - classes_empty.go: the hint an empty list shows in place of rows.
//   - theme.go, theme_contrast.go: the embedded CJK font and readable colours.
//
// # Wording
//
// The UI is Chinese; i18n.go's UI.T looks texts up in wording_en.go, the one
// English table: add a screen's words there, under its heading, never in an
// init(). fynewords.go only renames Fyne's own dialog buttons (确定/取消).
package app
