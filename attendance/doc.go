// Package attendance turns a timetable and sign-in/sign-out times into the
// statuses, 学时 and attendance rates a subsidised class is judged by.
//
// The rules, in one place so the clerk and the bureau see the same thing:
//
//   - One 学时 is Rules.MinutesPerHour minutes (45). A lesson's 学时 is its
//     length divided by that, rounded DOWN to the nearest half 学时: a
//     school may not claim time it did not teach.
//   - Signing in up to start+LateTolerance is on time; signing out from
//     end−EarlyTolerance on is on time. Both edges are inclusive.
//   - No sign-in, or a first punch at or after the lesson's end, is absent.
//   - Late and leaving early (or no sign-out) together count as early_leave:
//     a missing sign-out is already early_leave, so a late arrival without
//     sign-out reads the same as one with an early sign-out.
//   - Decide settles every mark, whoever gives it: the status follows from
//     the times; a status against them is a correction (needs a reason);
//     请假/缺勤 carry no times; no time is in the future; while a lesson
//     runs a missing sign-out is not yet 早退. RollCall is 全部出勤, Repeat
//     the double-scan window, Number the lesson order, RollMissing the
//     lessons over with no roll taken.
//   - Attended 学时 count every lesson marked present, late or early_leave.
//     Excused (请假) and absent lessons, and lessons not yet marked, do not
//     count: the subsidy pays for time in the room.
//
// It imports only the standard library, the domain types and x/text for
// GBK terminal logs.
package attendance
