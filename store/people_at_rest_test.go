package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"trainingdesk/outcome"
	"trainingdesk/training"
)

// person gives test person i a name, phone and address found nowhere else.
func person(i int) training.Person {
	return training.Person{Name: personName(i), IDNumber: idFor(i), Phone: fmt.Sprintf("1390000%04d", i),
		Address: fmt.Sprintf("福建省福州市仓山区金港路%d号", 100+i)}
}

// inClear lists what of people is found in the database file in clear.
func inClear(t *testing.T, dir string, people []training.Person) []string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, DBFile))
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, p := range people {
		for _, s := range []string{p.Name, p.Phone, p.Address, p.IDNumber, p.IDNumber[6:14]} {
			if bytes.Contains(raw, []byte(s)) {
				found = append(found, s)
			}
		}
	}
	if bytes.Contains(raw, []byte(`"birth":"19`)) {
		found = append(found, "birth date")
	}
	return found
}

// namedClass is a finished class of three whose trainees have names, phones,
// addresses and birth dates to look for in the file (person 1–3).
func namedClass(t *testing.T, s *Store, code string) (training.Class, []training.Trainee, []training.Person) {
	t.Helper()
	c, roster := finishedClass(t, s, code, 1, 3)
	var people []training.Person
	for i, tr := range roster {
		tr.Person = person(1 + i)
		if _, _, err := s.UpdateTrainee(tr); err != nil {
			t.Fatal(err)
		}
		people = append(people, tr.Person)
	}
	return c, roster, people
}

// Names, phones, addresses and birth dates are sealed like identity
// numbers — on the trainee and on the certificate printed with the name —
// and the store still answers them decrypted.
func TestNamesPhonesAndAddressesAreNotInTheDatabaseFile(t *testing.T) {
	s, _ := openCertStore(t, day("2026-03-10"))
	dir := s.Dir()
	c, _, people := namedClass(t, s, "PA")
	certs, err := issueAll(s, c.ID)
	if err != nil || len(certs) != 3 {
		t.Fatal(len(certs), err)
	}
	s.Close()
	if found := inClear(t, dir, people); len(found) > 0 {
		t.Fatalf("in clear in the database file: %v", found)
	}
	s = openTest(t, dir)
	list, err := s.Trainees(c.ID)
	if err != nil || len(list) != 3 {
		t.Fatal(len(list), err)
	}
	for i, tr := range list {
		p := tr.Person
		if p.Name != people[i].Name || p.Phone != people[i].Phone || p.Address != people[i].Address || p.IDNumber != people[i].IDNumber || p.Birth.IsZero() {
			t.Errorf("trainee %d read back as %+v", i, p)
		}
	}
	cert, err := s.CertificateByNumber(certs[0].Number)
	if err != nil || cert.Name != people[0].Name {
		t.Fatalf("certificate name read back as %q (%v)", cert.Name, err)
	}
	if _, err := s.VerifyAudit(); err != nil {
		t.Fatal(err)
	}
}

// legacyTrainee is a trainee as schema 5 wrote it: only the number sealed.
type legacyTrainee struct {
	training.Trainee
	IDSealed []byte `json:"id_sealed"`
}

// writeLegacy turns a store's trainees and certificates back into what
// schema 5 wrote (through the audited write path, as that version did) and
// adds an audit entry naming a trainee, as old follow-ups and photo imports
// did.
func writeLegacy(t *testing.T, s *Store, classID string) {
	t.Helper()
	err := s.update(func(tx *tx) error {
		trs, err := tx.classTrainees(classID)
		if err != nil {
			return err
		}
		for _, tr := range trs {
			lt := legacyTrainee{Trainee: tr, IDSealed: tx.s.k.seal([]byte(tr.Person.IDNumber), tr.ID)}
			lt.Person.IDNumber = ""
			if err := tx.put("学员报名", training.KindTrainee, tr.ID, tr.Version, lt); err != nil {
				return err
			}
		}
		if err := tx.note("导入照片："+trs[0].Name(), "photo", trs[0].ID, "abc"); err != nil {
			return err
		}
		c := tx.records(training.KindCertificate).Cursor()
		type plain struct{ training.Certificate } // not a training.Certificate: written as is
		var certs []training.Certificate
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			var cert training.Certificate
			if _, err := tx.get(training.KindCertificate, string(k), &cert); err != nil {
				return err
			}
			certs = append(certs, cert)
		}
		for _, cert := range certs {
			if err := tx.put("发放证书", training.KindCertificate, cert.ID, cert.Version, plain{cert}); err != nil {
				return err
			}
		}
		type plainEntry struct{ outcome.Entry } // written as is, as schema 5 did
		es, err := tx.followUps(trs[0].ID)
		if err != nil {
			return err
		}
		for _, e := range es {
			if err := tx.put("就业跟踪："+trs[0].Name()+" 已就业", training.KindFollowUp, e.ID, e.Version, plainEntry{e}); err != nil {
				return err
			}
		}
		return tx.Bucket(bMeta).Put(mSchema, u64(5))
	})
	if err != nil {
		t.Fatal(err)
	}
}

// An old data file is migrated when opened: every trainee and certificate
// re-sealed in one transaction, the names taken out of old audit entries,
// the clear text gone from the file (free pages included), the audit log
// still verifying — and a record edited behind the program's back before
// the upgrade is still named by `audit verify` after it.
func TestAnOldDataFileIsSealedWhenOpenedAndStillVerifies(t *testing.T) {
	for _, tampered := range []bool{false, true} {
		t.Run(fmt.Sprint("tampered=", tampered), func(t *testing.T) {
			s, _ := openCertStore(t, day("2026-03-10"))
			dir := s.Dir()
			c, roster, people := namedClass(t, s, "OLD")
			if _, err := issueAll(s, c.ID); err != nil {
				t.Fatal(err)
			}
			if _, err := s.RecordFollowUp(outcome.Entry{TraineeID: roster[0].ID, Date: day("2026-03-09"), Status: outcome.Employed,
				Employer: "榕城电器有限公司", Evidence: []outcome.Evidence{{Kind: outcome.Contract, Ref: "HT-7"}}}, nil); err != nil {
				t.Fatal(err)
			}
			writeLegacy(t, s, c.ID)
			s.Close()
			if found := inClear(t, dir, people); len(found) == 0 {
				t.Fatal("the legacy file should hold names in clear")
			}
			if raw, _ := os.ReadFile(filepath.Join(dir, DBFile)); !bytes.Contains(raw, []byte("榕城电器有限公司")) {
				t.Fatal("the legacy file should hold the follow-up's employer in clear")
			}
			if tampered { // a phone changed with a bbolt tool, no key needed
				editFile(t, filepath.Join(dir, DBFile), func(btx *bolt.Tx) error {
					b := btx.Bucket(bRecords).Bucket([]byte(training.KindTrainee))
					var lt legacyTrainee
					if err := json.Unmarshal(b.Get([]byte(roster[1].ID)), &lt); err != nil {
						return err
					}
					lt.Person.Phone = "13800000000"
					raw, _ := json.Marshal(lt)
					return b.Put([]byte(roster[1].ID), raw)
				})
			}
			var told []string
			s, err := Open(dir, Options{OnUpgrade: func(n string) { told = append(told, n) }})
			if err != nil {
				t.Fatal(err)
			}
			if len(told) != 1 || told[0] != UpgradingNotice {
				t.Fatalf("the clerk was told %q while the file was upgraded", told)
			}
			list, err := s.Trainees(c.ID)
			if err != nil || len(list) != 3 || list[0].Person.Name != people[0].Name || list[2].Person.Address != people[2].Address ||
				list[0].Person.IDNumber != people[0].IDNumber {
				t.Fatalf("after the upgrade: %d trainees %v", len(list), err)
			}
			if es, err := s.FollowUps(roster[0].ID); err != nil || len(es) != 1 || es[0].Employer != "榕城电器有限公司" {
				t.Fatalf("follow-up after the upgrade: %+v %v", es, err)
			}
			certs, _ := s.Certificates(c.ID)
			if len(certs) != 3 || certs[0].Name == "" {
				t.Fatalf("certificates after the upgrade: %+v", certs)
			}
			_, err = s.VerifyAudit()
			var p *AuditProblem
			switch {
			case !tampered && err != nil:
				t.Fatalf("audit verify after the upgrade: %v", err)
			case tampered && (!errors.As(err, &p) || p.ID != roster[1].ID):
				t.Fatalf("the record edited before the upgrade is no longer named: %v", err)
			}
			log, _ := s.AuditLog(100)
			for _, e := range log {
				for _, who := range people {
					if bytes.Contains([]byte(e.Action), []byte(who.Name)) {
						t.Errorf("audit entry %d still names %s: %s", e.Seq, who.Name, e.Action)
					}
				}
			}
			s.Close()
			if raw, _ := os.ReadFile(filepath.Join(dir, DBFile)); bytes.Contains(raw, []byte("榕城电器有限公司")) {
				t.Error("the follow-up's employer is in clear after the upgrade")
			}
			if found := inClear(t, dir, people); len(found) > 0 {
				t.Fatalf("in clear after the upgrade: %v", found)
			}
			// Opening again changes nothing more, and says nothing.
			st, _ := os.Stat(filepath.Join(dir, DBFile))
			if s, err = Open(dir, Options{OnUpgrade: func(n string) { told = append(told, n) }}); err != nil || len(told) != 1 {
				t.Fatalf("second open: %v, told %q", err, told)
			}
			s.Close()
			s = openTest(t, dir)
			n1, _ := s.AuditLog(1)
			s.Close()
			s = openTest(t, dir)
			n2, _ := s.AuditLog(1)
			if n1[0].Seq != n2[0].Seq || st == nil {
				t.Fatalf("a second open wrote to the audit log: %d → %d", n1[0].Seq, n2[0].Seq)
			}
		})
	}
}
