package sync_test

import (
	"context"
	"testing"

	"trainingdesk/sync/bureau"
	"trainingdesk/training"
)

// Rare-character names reach the bureau as they are: the reference bureau,
// told to refuse exactly "王𠮷", refuses that trainee and accepts the others
// (a name mangled on the way would not match and would be accepted).
func TestRareNamesAreSyncedAsTheyAre(t *testing.T) {
	d := dataset{classes: 1, only: map[training.Kind]bool{training.KindClass: true}}
	ob := newFakeOutbox()
	d.fill(ob)
	names := []string{"王𠮷", "李㐀明", "刘𭀖华", "阿依古丽·买买提"}
	for i, name := range names {
		tr := d.trainee(0, i, 1, false)
		tr.Person.Name = name
		ob.add(training.KindTrainee, tr.ID, 1, tr, key(training.KindClass, classID(0)))
	}
	_, url := newBureau(t, bureau.Options{RejectNames: []string{"王𠮷"}}, nil)
	sum, err := newSender(t, ob, url).Run(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Rejected != 1 || sum.Sent != 1+len(names)-1 {
		t.Fatalf("summary %+v: want 王𠮷 refused by name and the other %d accepted", sum, len(names)-1)
	}
}
