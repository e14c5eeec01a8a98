package store

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"trainingdesk/certificate"
	"trainingdesk/errs"
	"trainingdesk/training"
)

// clock is a settable "now" for stores under test.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func openCertStore(t *testing.T, at time.Time) (*Store, *clock) {
	t.Helper()
	c := &clock{t: at}
	s, err := Open(t.TempDir(), Options{Who: "测试员", Now: c.now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.SaveInstitution(training.Institution{Name: "测试培训学校", USCC: "91350100M000100Y43", Code: "FZ01"}); err != nil {
		t.Fatal(err)
	}
	st, _ := s.Settings()
	st.VerifyBaseURL = "https://rsj.example.cn/zs"
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	return s, c
}

// issueAll issues with every name printable.
func issueAll(s *Store, classID string) ([]training.Certificate, error) {
	got, err := s.IssueCertificates(classID, nil)
	return got.Certificates, err
}

// finishedClass files a class of one 8-hour lesson, enrols n people (ids
// from first), marks everyone present and gives everyone a pass, so all n
// are eligible.
func finishedClass(t *testing.T, s *Store, code string, first, n int) (training.Class, []training.Trainee) {
	t.Helper()
	c, err := s.FileClass(training.Class{Code: code, Name: code + "班", Occupation: "电工", Level: 5, Type: "就业技能培训",
		Start: day("2026-03-02"), End: day("2026-03-02"), Hours: 8})
	if err != nil {
		t.Fatal(err)
	}
	lessons, err := s.AddLessons(c.ID, []training.Lesson{{Date: day("2026-03-02"), Start: "09:00", End: "17:00", Hours: 8, Topic: "实操"}})
	if err != nil {
		t.Fatal(err)
	}
	var roster []training.Trainee
	var marks []MarkInput
	for i := first; i < first+n; i++ {
		tr, _, err := s.EnrolTrainee(c.ID, training.Person{Name: personName(i), IDNumber: idFor(i)}, "")
		if err != nil {
			t.Fatal(err)
		}
		roster = append(roster, tr)
		marks = append(marks, MarkInput{TraineeID: tr.ID, Status: training.Present, Source: "terminal"})
	}
	if err := s.MarkLesson(lessons[0].ID, marks, ""); err != nil {
		t.Fatal(err)
	}
	for _, tr := range roster {
		setScores(t, s, tr.ID, 80, 80)
	}
	return c, roster
}

// personName is a distinct Chinese name for test person i.
func personName(i int) string {
	given := []rune("甲乙丙丁戊己庚辛壬癸")
	return "王" + string(given[i/10%10]) + string(given[i%10])
}

// correctScores replaces a mistyped latest attempt (with a reason).
func correctScores(t *testing.T, s *Store, traineeID string, theory, practice float64) {
	t.Helper()
	if _, err := s.SetResult(traineeID, &theory, &practice, "录入错误"); err != nil {
		t.Fatal(err)
	}
}

func setScores(t *testing.T, s *Store, traineeID string, theory, practice float64) {
	t.Helper()
	if _, err := s.SetResult(traineeID, &theory, &practice); err != nil {
		t.Fatal(err)
	}
}

// serialOf reads the serial of a number made by {code}{year}{serial:N}
// with the test institution's code FZ01.
func serialOf(t *testing.T, number string) int {
	t.Helper()
	n, err := strconv.Atoi(strings.TrimPrefix(number, "FZ01")[4:])
	if err != nil {
		t.Fatalf("number %q has no serial", number)
	}
	return n
}

func TestCertificateNumbersAreUniqueAndGapFreeAcrossIssuesAndClasses(t *testing.T) {
	s, clk := openCertStore(t, time.Date(2026, 3, 30, 10, 0, 0, 0, time.UTC))
	a, rosterA := finishedClass(t, s, "A", 0, 3)
	b, _ := finishedClass(t, s, "B", 10, 2)
	// One of A fails: not eligible until the re-sit.
	correctScores(t, s, rosterA[1].ID, 80, 40)

	var all []training.Certificate
	for _, step := range []struct {
		class string
		want  int
		then  func()
	}{
		{a.ID, 2, func() { setScores(t, s, rosterA[1].ID, 80, 75) }}, // 补考 passes
		{b.ID, 2, nil},
		{a.ID, 1, nil}, // only the one who passed the re-sit
		{a.ID, 0, nil}, // nothing left to number
	} {
		got, err := issueAll(s, step.class)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != step.want {
			t.Fatalf("issued %d, want %d", len(got), step.want)
		}
		all = append(all, got...)
		if step.then != nil {
			step.then()
		}
	}
	seen := map[string]bool{}
	for i, c := range all {
		if !strings.HasPrefix(c.Number, "FZ012026") || len(c.Number) != len("FZ012026000001") {
			t.Errorf("number %q does not follow {code}{year}{serial:6}", c.Number)
		}
		if serialOf(t, c.Number) != i+1 {
			t.Errorf("certificate %d has serial %d: numbers must run 1, 2, 3… without gaps", i+1, serialOf(t, c.Number))
		}
		if seen[c.Number] {
			t.Errorf("number %s issued twice", c.Number)
		}
		seen[c.Number] = true
		if c.Status != training.CertProvisional {
			t.Errorf("%s status %s, want provisional until the bureau confirms", c.Number, c.Status)
		}
	}
	if all[0].TraineeID != rosterA[0].ID || all[1].TraineeID != rosterA[2].ID {
		t.Error("the first issue did not follow roster order")
	}
	rep, _ := s.ClassReport(a.ID)
	for _, line := range rep.Trainees {
		if line.Certificate == nil {
			t.Errorf("%s has no certificate in the class report", line.Trainee.Name())
		}
	}
	if _, err := s.SetResult(rosterA[0].ID, ptr(90), ptr(90)); err == nil {
		t.Error("a result was changed after its certificate was issued")
	}

	// A new year starts its own counter.
	clk.t = time.Date(2027, 1, 4, 9, 0, 0, 0, time.UTC)
	c, _ := finishedClass(t, s, "C", 20, 1)
	got, err := issueAll(s, c.ID)
	if err != nil || len(got) != 1 || got[0].Number != "FZ012027000001" {
		t.Fatalf("first number of 2027 = %+v, %v", got, err)
	}
}

func ptr(f float64) *float64 { return &f }

func TestFailedIssueWritesNothingAndLeavesNoGap(t *testing.T) {
	s, _ := openCertStore(t, time.Date(2026, 3, 30, 10, 0, 0, 0, time.UTC))
	st, _ := s.Settings()
	st.CertPattern = "{code}{year}{serial:1}"
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	a, _ := finishedClass(t, s, "A", 0, 3)
	b, _ := finishedClass(t, s, "B", 10, 7)
	if got, err := issueAll(s, a.ID); err != nil || len(got) != 3 {
		t.Fatalf("class A: %d, %v", len(got), err)
	}
	pending := func() int { c, _ := s.Counts(); return c.Pending }
	before := pending()
	// Serial 10 does not fit one digit: the whole issue must fail.
	if _, err := issueAll(s, b.ID); !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != certificate.FieldSerial {
		t.Fatalf("overflowing serial: %v", err)
	}
	if certs, _ := s.Certificates(b.ID); len(certs) != 0 {
		t.Fatalf("a failed issue left %d certificates", len(certs))
	}
	if pending() != before {
		t.Fatal("a failed issue queued records for the bureau")
	}
	st.CertPattern = "{code}{year}{serial:2}"
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	got, err := issueAll(s, b.ID)
	if err != nil || len(got) != 7 {
		t.Fatalf("class B after fixing the pattern: %d, %v", len(got), err)
	}
	if got[0].Number != "FZ01202604" || got[6].Number != "FZ01202610" {
		t.Fatalf("class B numbers %s … %s, want FZ01202604 … FZ01202610 (no gap)", got[0].Number, got[6].Number)
	}
}

func TestRevokeNeedsReasonAndLetsTheResultBeCorrected(t *testing.T) {
	s, _ := openCertStore(t, time.Date(2026, 3, 30, 10, 0, 0, 0, time.UTC))
	a, roster := finishedClass(t, s, "A", 0, 2)
	certs, err := issueAll(s, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	n := certs[0].Number
	for _, reason := range []string{"", "   "} {
		if _, err := s.RevokeCertificate(n, reason); !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != certificate.FieldRevokeReason {
			t.Errorf("revoke with reason %q: %v", reason, err)
		}
	}
	c, err := s.RevokeCertificate(n, "姓名录入错误")
	if err != nil || c.Status != training.CertRevoked || c.RevokeReason != "姓名录入错误" {
		t.Fatalf("revoke: %+v, %v", c, err)
	}
	if _, err := s.RevokeCertificate(n, "再次"); !errs.Is(errs.Conflict, err) || errs.FieldOf(err) != certificate.FieldStatus {
		t.Error("revoked twice")
	}
	if _, err := s.ReplaceCertificate(n, "遗失"); !errs.Is(errs.Conflict, err) || errs.FieldOf(err) != certificate.FieldStatus {
		t.Error("a revoked certificate was replaced")
	}
	log, _ := s.AuditLog(5)
	if !strings.Contains(log[0].Action, "姓名录入错误") {
		t.Errorf("audit does not carry the reason: %q", log[0].Action)
	}
	// The result may now be corrected and a new number issued; the old stays revoked.
	correctScores(t, s, roster[0].ID, 85, 85)
	again, err := issueAll(s, a.ID)
	if err != nil || len(again) != 1 || again[0].Number == n || serialOf(t, again[0].Number) != 3 {
		t.Fatalf("re-issue after revoke: %+v, %v", again, err)
	}
	all, _ := s.Certificates(a.ID)
	if len(all) != 3 {
		t.Fatalf("class lists %d certificates, want 3 (the revoked one kept)", len(all))
	}
	if _, err := s.CertificateByNumber("NOPE"); !errs.Is(errs.NotFound, err) || errs.FieldOf(err) != certificate.FieldNumber {
		t.Errorf("unknown number: %v", err)
	}
}

// signFor makes the QR text the printer would put on c.
func signFor(t *testing.T, s *Store, c training.Certificate, name string) string {
	t.Helper()
	priv, err := s.SigningKey()
	if err != nil {
		t.Fatal(err)
	}
	text, err := certificate.Sign(certificate.Payload{Number: c.Number, NameDigest: certificate.NameDigest(name),
		IssuedAt: c.IssuedAt, Status: c.Status, Replacement: c.Replacement}, priv)
	if err != nil {
		t.Fatal(err)
	}
	return certificate.URL("https://verify.example.invalid/c", text)
}

func TestVerifyCertificate(t *testing.T) {
	s, _ := openCertStore(t, time.Date(2026, 3, 30, 10, 0, 0, 0, time.UTC))
	a, _ := finishedClass(t, s, "A", 0, 3)
	certs, _ := issueAll(s, a.ID)
	good, revoked, replaced := certs[0], certs[1], certs[2]
	goodText := signFor(t, s, good, good.Name)
	revokedText := signFor(t, s, revoked, revoked.Name)
	oldCopy := signFor(t, s, replaced, replaced.Name)
	if _, err := s.RevokeCertificate(revoked.Number, "考核舞弊"); err != nil {
		t.Fatal(err)
	}
	newer, err := s.ReplaceCertificate(replaced.Number, "原证遗失")
	if err != nil || newer.Number != replaced.Number || newer.Replacement != 1 {
		t.Fatalf("replacement must keep the number and count one: %+v, %v", newer, err)
	}
	ghost := good
	ghost.Number = "FZ012026999999"
	other, _ := openCertStore(t, time.Date(2026, 3, 30, 10, 0, 0, 0, time.UTC))
	sample := good
	sample.Status = certificate.StatusSample
	sampleText := signFor(t, s, sample, sample.Name)

	flipped := []byte(goodText)
	if flipped[len(flipped)-10] == 'A' {
		flipped[len(flipped)-10] = 'B'
	} else {
		flipped[len(flipped)-10] = 'A'
	}
	tests := []struct {
		name string
		text string
		want error // nil: genuine
	}{
		{"genuine URL", goodText, nil},
		{"bare payload", goodText[strings.Index(goodText, "#")+1:], nil},
		{"a 样本's QR", sampleText, ErrSample},
		{"one character altered", string(flipped), certificate.ErrInvalid},
		{"revoked", revokedText, ErrRevoked},
		{"copy from before the 补发", oldCopy, ErrSuperseded},
		{"the 补发 copy", signFor(t, s, newer, newer.Name), nil},
		{"number never issued", signFor(t, s, ghost, ghost.Name), ErrUnknownCertificate},
		{"issued to another name", signFor(t, s, good, "冒名者"), ErrNameMismatch},
		{"another institution's key", signFor(t, other, good, good.Name), certificate.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _, err := s.VerifyCertificate(tt.text)
			if tt.want == nil {
				if err != nil || c.Number == "" {
					t.Fatalf("genuine certificate refused: %v", err)
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestReprintsAreLoggedAuditedAndNotSynced(t *testing.T) {
	s, clk := openCertStore(t, time.Date(2026, 3, 30, 10, 0, 0, 0, time.UTC))
	a, _ := finishedClass(t, s, "A", 0, 2)
	certs, _ := issueAll(s, a.ID)
	before, _ := s.Counts()
	if err := s.LogReprint([]string{certs[0].Number, certs[1].Number}, 1); err != nil {
		t.Fatal(err)
	}
	clk.t = clk.t.Add(time.Hour)
	if err := s.LogReprint([]string{certs[0].Number}, 2); err != nil {
		t.Fatal(err)
	}
	if err := s.LogReprint([]string{"NOPE"}, 1); err == nil {
		t.Error("a reprint of an unknown number was logged")
	}
	got, _ := s.Reprints(certs[0].Number)
	if len(got) != 2 || got[0].Copies != 1 || got[1].Copies != 2 || got[1].Who != "测试员" || !got[1].At.After(got[0].At) {
		t.Fatalf("reprints = %+v", got)
	}
	if one, _ := s.Reprints(certs[1].Number); len(one) != 1 {
		t.Fatalf("second certificate has %d reprints", len(one))
	}
	after, _ := s.Counts()
	if after.Pending != before.Pending {
		t.Error("printing queued records for the bureau")
	}
	log, _ := s.AuditLog(1)
	if !strings.Contains(log[0].Action, "打印证书") || log[0].ID != certs[0].Number {
		t.Errorf("last audit entry = %+v", log[0])
	}
	if _, err := s.VerifyAudit(); err != nil {
		t.Fatal(err)
	}
}
