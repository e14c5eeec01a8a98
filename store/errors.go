package store

import "errors"

var (
	// ErrLocked means another TrainingDesk already has the data directory open.
	ErrLocked = errors.New("数据目录正被另一个 TrainingDesk 窗口或命令使用。请先关闭它，再重试。")
	// ErrNotFound is returned when a record does not exist.
	ErrNotFound = errors.New("记录不存在")
	// ErrNoKey means the database is here but the key that decrypts its
	// identity numbers is not.
	ErrNoKey = errors.New("找不到本数据目录的加密密钥（trainingdesk.key 或系统钥匙串）。请从带口令的备份恢复（trainingdesk restore）。")
)
