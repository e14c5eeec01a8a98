package store

import (
	"errors"

	"trainingdesk/errs"
)

var (
	// ErrLocked means another TrainingDesk already has the data directory open.
	ErrLocked = errors.New("数据目录正被另一个 TrainingDesk 窗口或命令使用。请先关闭它，再重试。")
	// ErrNotFound is returned when a record does not exist.
	ErrNotFound = errors.New("记录不存在")
	// ErrNoKey means the database is here but the key that decrypts its
	// identity numbers is not.
	ErrNoKey = errors.New("找不到本数据目录的加密密钥（trainingdesk.key 或系统钥匙串）。请从带口令的备份恢复（trainingdesk restore）。")
)

// refusal tells a row's problem the clerk can fix (a value breaks a rule,
// the person is already there, a limit) from a failure of the store: the
// first rejects the row, the second stops the whole import. It gives the
// column (the field's label) and the message.
func refusal(err error) (column, msg string, ok bool) {
	switch errs.KindOf(err) {
	case errs.Invalid, errs.Exists, errs.Limit, errs.Conflict:
		return errs.FieldOf(err).Label(), errs.Message(err), true
	}
	return "", "", false
}
