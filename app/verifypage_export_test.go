package app

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
)

type bufCloser struct {
	bytes.Buffer
	closed bool
}

func (b *bufCloser) Close() error { b.closed = true; return nil }

// The 设置 button sits beside the verification address, and what it writes
// (where the save dialog would) is the page carrying this institution's key.
func TestSettingsExportsTheVerificationPage(t *testing.T) {
	u := newDemoUI(t)
	u.Show(5)
	if u.Settings.VerifyPageButton == nil || u.Settings.VerifyPageButton.Disabled() {
		t.Fatal("设置 has no enabled 导出核验网页 button")
	}
	var out bufCloser
	var got error
	done := make(chan struct{})
	u.writeVerifyPage(&out, func(err error) { got = err; close(done) })
	<-done
	if got != nil || !out.closed {
		t.Fatalf("export failed: %v (closed %v)", got, out.closed)
	}
	pub, err := u.Store.PublicKey()
	if err != nil {
		t.Fatal(err)
	}
	page := out.String()
	for _, want := range []string{"<!DOCTYPE html>", base64.StdEncoding.EncodeToString(pub), "榕城示范职业技能培训学校", "nacl"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if strings.Contains(page, "/*DATA*/") || strings.Contains(page, "/*NACL*/") {
		t.Error("the page still has unfilled markers")
	}
}
