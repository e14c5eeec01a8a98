package outcome

import (
	"strings"
	"time"
	"unicode/utf8"

	"trainingdesk/errs"
	"trainingdesk/training"
)

// MaxReason is the longest withdrawal reason (characters).
const MaxReason = 200

// CheckWithdrawal decides whether a trainee may leave a class on w.Date: not
// twice, not once certified, not before the class opened or after it ended
// (by then the trainee completed it), not in the future, with a reason.
func CheckWithdrawal(tr training.Trainee, class training.Class, w *training.Withdrawal, certified bool, today time.Time) error {
	w.Reason = strings.TrimSpace(w.Reason)
	switch {
	case tr.Withdrawn != nil:
		return errs.E(errs.Conflict, FieldTrainee, tr.Name()+" 已于 "+tr.Withdrawn.Date.Format(training.DateLayout)+" 退学")
	case certified:
		return errs.E(errs.Conflict, FieldTrainee, tr.Name()+" 已取得证书，不能退学：如需作废请先撤销证书")
	case w.Date.IsZero():
		return errs.E(errs.Invalid, FieldWithdrawDate, "请填写退学日期")
	case training.Day(w.Date).Before(training.Day(class.Start)):
		return errs.E(errs.Invalid, FieldWithdrawDate, "退学日期早于开班日期 "+class.Start.Format(training.DateLayout)+"：开班前不来的学员请直接从名单删除")
	case !class.End.IsZero() && training.Day(w.Date).After(training.Day(class.End)):
		return errs.E(errs.Invalid, FieldWithdrawDate, "退学日期晚于结业日期 "+class.End.Format(training.DateLayout)+"：结业后不能退学")
	case !today.IsZero() && training.Day(w.Date).After(training.Day(today)):
		return errs.E(errs.Invalid, FieldWithdrawDate, "退学日期不能晚于今天")
	case w.Reason == "":
		return errs.E(errs.Invalid, FieldWithdrawReason, "请填写退学原因")
	case utf8.RuneCountInString(w.Reason) > MaxReason:
		return errs.Errorf(errs.Limit, FieldWithdrawReason, "退学原因最多 %d 个字", MaxReason)
	case strings.ContainsAny(w.Reason, "\x00\r\n"):
		return errs.E(errs.Invalid, FieldWithdrawReason, "退学原因不能含有换行或控制字符")
	}
	w.Date = training.Day(w.Date)
	return nil
}
