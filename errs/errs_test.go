package errs

import (
	"errors"
	"fmt"
	"testing"
)

var fieldName = NewField("name", "姓名", "Name")

func TestErrorCarriesKindFieldRow(t *testing.T) {
	err := E(Invalid, fieldName, Row(7), "含有不可见字符 U+200B，请删除后重试")
	if got := err.Error(); got != "第7行 姓名：含有不可见字符 U+200B，请删除后重试" {
		t.Fatalf("Error() = %q", got)
	}
	wrapped := fmt.Errorf("导入失败: %w", err)
	if !Is(Invalid, wrapped) || FieldOf(wrapped) != fieldName || RowOf(wrapped) != 7 {
		t.Fatalf("kind/field/row lost through wrapping: %v %v %v", KindOf(wrapped), FieldOf(wrapped), RowOf(wrapped))
	}
	if Is(NotFound, wrapped) {
		t.Fatal("Is matched the wrong kind")
	}
	if Message(wrapped) != "含有不可见字符 U+200B，请删除后重试" {
		t.Fatalf("Message = %q", Message(wrapped))
	}
}

func TestEInheritsFromInnerError(t *testing.T) {
	inner := E(Conflict, fieldName, "已在本班")
	outer := E(Op("store.Enrol"), Row(3), inner)
	if KindOf(outer) != Conflict || FieldOf(outer) != fieldName || RowOf(outer) != 3 {
		t.Fatalf("outer did not inherit: %+v", outer)
	}
	if outer.Error() != "第3行 姓名：已在本班" {
		t.Fatalf("Error() = %q", outer.Error())
	}
	plain := errors.New("boom")
	if KindOf(plain) != Other || Message(plain) != "boom" {
		t.Fatal("plain errors are Other with their own text")
	}
}
