// Package errs gives every error the clerk can meet a kind (what sort of
// failure), a field (what to fix), an optional row (where in a file) and a
// Chinese message (what to do), in the manner of upspin's errors and wtf's
// error codes. Tests and faces match the kind and the field, never the text.
package errs

import (
	"errors"
	"fmt"
	"strings"
)

// Kind is the sort of failure. The zero value is Other.
type Kind uint8

const (
	Other       Kind = iota // not classified
	Invalid                 // a value breaks a rule; the clerk fixes the field
	NotFound                // the record asked for does not exist
	Conflict                // the change contradicts what is already recorded
	Exists                  // the record is already there (duplicate)
	Limit                   // an input exceeds a size, row or length limit
	Permission              // not allowed in this state or for this caller
	Unavailable             // a service, device or network is not reachable
	Corrupt                 // stored data fails its integrity check
	Internal                // a bug or an unexpected condition
)

var kindNames = [...]string{"other", "invalid", "not_found", "conflict", "exists", "limit", "permission", "unavailable", "corrupt", "internal"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", k)
}

// Field names an input the clerk can correct. Fields are declared once, as
// package-level values in the domain package that owns the rule; compare
// them with ==.
type Field struct {
	key, zh, en string
}

// NewField declares a field: key is its stable English name (JSON, CLI flag
// hint), zh and en its display labels.
func NewField(key, zh, en string) Field { return Field{key, zh, en} }

// Key is the stable name of the field ("" for no field).
func (f Field) Key() string { return f.key }

// Label is the Chinese display label.
func (f Field) Label() string { return f.zh }

// English is the English display label.
func (f Field) English() string { return f.en }

// IsZero reports whether the field is unset.
func (f Field) IsZero() bool { return f.key == "" }

// Error is the one error type below the faces.
type Error struct {
	Op    string // operation that failed, e.g. "store.EnrolTrainee"; for logs
	Kind  Kind
	Field Field
	Row   int    // 1-based row of an input file or paste, 0 if none
	Msg   string // Chinese: what is wrong and what to do
	Err   error  // underlying error, if any
}

// Error renders "第N行 标签：消息" (row and label only when set).
func (e *Error) Error() string {
	var b strings.Builder
	if e.Row > 0 {
		fmt.Fprintf(&b, "第%d行 ", e.Row)
	}
	if !e.Field.IsZero() {
		b.WriteString(e.Field.Label())
		b.WriteString("：")
	}
	switch {
	case e.Msg != "":
		b.WriteString(e.Msg)
	case e.Err != nil:
		b.WriteString(e.Err.Error())
	default:
		b.WriteString(e.Kind.String())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// E builds an *Error from its arguments in any order: a Kind, a Field, an
// Op, a Row, a Chinese message (the first string), or an underlying error.
//
//	errs.E(errs.Invalid, training.FieldStart, "开班日期不能晚于结业日期")
func E(args ...any) error {
	e := &Error{}
	for _, a := range args {
		switch v := a.(type) {
		case Kind:
			e.Kind = v
		case Field:
			e.Field = v
		case Op:
			e.Op = string(v)
		case Row:
			e.Row = int(v)
		case string:
			if e.Msg == "" {
				e.Msg = v
			}
		case *Error:
			cp := *v
			e.Err = &cp
		case error:
			e.Err = v
		default:
			panic(fmt.Sprintf("errs.E: bad argument %T", a))
		}
	}
	// Inherit what the wrapped error knows and this one does not say.
	var inner *Error
	if e.Err != nil && errors.As(e.Err, &inner) {
		if e.Kind == Other {
			e.Kind = inner.Kind
		}
		if e.Field.IsZero() {
			e.Field = inner.Field
		}
		if e.Row == 0 {
			e.Row = inner.Row
		}
		if e.Msg == "" {
			e.Msg = inner.Msg
			e.Err = inner.Err
		}
	}
	return e
}

// Op is the operation name passed to E.
type Op string

// Row is a 1-based input row passed to E.
type Row int

// Errorf is E with a formatted Chinese message.
func Errorf(kind Kind, field Field, format string, args ...any) error {
	return &Error{Kind: kind, Field: field, Msg: fmt.Sprintf(format, args...)}
}

// KindOf returns the kind of the first *Error in err's chain, or Other.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return Other
}

// Is reports whether err (or an error it wraps) is an *Error of kind k.
func Is(k Kind, err error) bool { return err != nil && KindOf(err) == k }

// FieldOf returns the field the error names, or the zero Field.
func FieldOf(err error) Field {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return Field{}
}

// RowOf returns the input row the error names, or 0.
func RowOf(err error) int {
	var e *Error
	if errors.As(err, &e) {
		return e.Row
	}
	return 0
}

// Message is the Chinese text without the row and field prefix, for a
// face that shows the field itself (the message under a form field).
func Message(err error) string {
	var e *Error
	if errors.As(err, &e) {
		if e.Msg != "" {
			return e.Msg
		}
		if e.Err != nil {
			return e.Err.Error()
		}
	}
	if err == nil {
		return ""
	}
	return err.Error()
}

// Problems splits an error that joins several (errors.Join: a form with
// more than one wrong field) into its problems; a single error is one.
func Problems(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
