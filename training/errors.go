package training

import (
	"errors"
	"fmt"

	"trainingdesk/errs"
)

// Error is a mistake the clerk can fix: the field at fault (its Chinese
// label) and what to do, in Chinese. Screens put Message beside Field;
// the command line prints Error().
type Error struct {
	Field   string
	Message string
}

func (e *Error) Error() string {
	if e.Field == "" {
		return e.Message
	}
	return e.Field + "：" + e.Message
}

// Invalid builds an *Error for a field.
func Invalid(field, format string, args ...any) *Error {
	return &Error{Field: field, Message: fmt.Sprintf(format, args...)}
}

// FieldOf returns the label of the field an error names, or "" when it
// names none. It reads both this older *Error and an *errs.Error, while
// code moves to errs (match errs.FieldOf against a declared Field there).
func FieldOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return errs.FieldOf(err).Label()
}
