package identity

import "errors"

// Reasons a number is rejected. Parse and ValidateUSCC wrap one of these in
// a message that says exactly what is wrong; test with errors.Is.
var (
	ErrLength     = errors.New("位数不对")
	ErrCharacter  = errors.New("含有无效字符")
	ErrBirthDate  = errors.New("出生日期无效")
	ErrFutureDate = errors.New("出生日期晚于今天")
	ErrCheckDigit = errors.New("校验码不符")
)

// ValidationError is the error returned by Parse and ValidateUSCC: Msg is the
// full Chinese explanation for the user, Reason one of the Err values above.
type ValidationError struct {
	Reason error
	Msg    string
}

func (e *ValidationError) Error() string { return e.Msg }
func (e *ValidationError) Unwrap() error { return e.Reason }

func invalid(reason error, msg string) error {
	return &ValidationError{Reason: reason, Msg: msg}
}
