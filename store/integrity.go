package store

import (
	"errors"
	"strings"

	"trainingdesk/errs"
	"trainingdesk/training"
)

// checkClassIntegrity refuses to go on when any record of a class (the
// class, its trainees and their results, its lessons and their marks, its
// certificates) differs from its last audited change, or the audit chain
// itself is broken: a result turned into a pass with a bbolt tool must not
// get a certificate.
func (t *tx) checkClassIntegrity(classID string) error {
	trainees, lessons, certs := map[string]bool{}, map[string]bool{}, map[string]bool{}
	prefix := []byte(classID + "|")
	c := t.index(ixClassTrainees).Cursor()
	for k, _ := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, _ = c.Next() {
		trainees[string(k[len(prefix):])] = true
	}
	c = t.index(ixClassLessons).Cursor()
	for k, v := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, v = c.Next() {
		lessons[string(v)] = true
	}
	c = t.index(ixClassCerts).Cursor()
	for k, _ := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, _ = c.Next() {
		certs[string(k[len(prefix):])] = true
	}
	want := func(kind, id string) bool {
		switch training.Kind(kind) {
		case training.KindClass:
			return id == classID
		case training.KindTrainee, training.KindResult:
			return trainees[id]
		case training.KindLesson:
			return lessons[id]
		case training.KindAttendance:
			lesson, _, _ := strings.Cut(id, ".")
			return lessons[lesson]
		case training.KindCertificate:
			return certs[id]
		}
		return false
	}
	_, last, err := t.walkAudit(want)
	if err == nil {
		err = t.checkRecords(last, want)
	}
	var p *AuditProblem
	if errors.As(err, &p) {
		return errs.E(errs.Corrupt, errs.Op("store.IssueCertificates"),
			"本班数据与审计日志不符（"+p.Error()+"），不能发证。请运行“校验审计日志”，并从备份恢复或联系技术支持。", err)
	}
	return err
}
