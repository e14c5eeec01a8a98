package photos

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"

	"trainingdesk/errs"
	"trainingdesk/training"
)

func testImage(w, h int) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), 128, 255})
		}
	}
	return img
}

func TestPrepareMakesAOneInchPortraitOfAnySize(t *testing.T) {
	for _, size := range [][2]int{{4000, 3000}, {600, 1600}, {295, 413}} {
		var buf bytes.Buffer
		png.Encode(&buf, testImage(size[0], size[1]))
		out, err := Prepare(&buf)
		if err != nil {
			t.Fatalf("%v: %v", size, err)
		}
		img, err := jpeg.Decode(bytes.NewReader(out))
		if err != nil || img.Bounds().Dx() != Width || img.Bounds().Dy() != Height {
			t.Fatalf("%v: got %v %v, want a %dx%d JPEG", size, img.Bounds(), err, Width, Height)
		}
	}
	if _, err := Prepare(bytes.NewReader([]byte("not an image"))); !errs.Is(errs.Invalid, err) {
		t.Errorf("text is refused as invalid: %v", err)
	}
	var tiny bytes.Buffer
	png.Encode(&tiny, testImage(20, 20))
	if _, err := Prepare(&tiny); !errs.Is(errs.Limit, err) {
		t.Errorf("a 20×20 thumbnail is refused naming the size: %v", err)
	}
}

func TestMatchByIDOrUniqueNameNeverGuesses(t *testing.T) {
	roster := []training.Trainee{
		{ID: "a", Person: training.Person{Name: "张伟", IDNumber: "11010519491231002X"}},
		{ID: "b", Person: training.Person{Name: "张伟", IDNumber: "110105199001011235"}},
		{ID: "c", Person: training.Person{Name: "阿依古丽·买买提", IDNumber: "650102199203040021"}},
		{ID: "d", Person: training.Person{Name: "李娜", IDNumber: "110105198501010026"}},
	}
	files := []string{"11010519491231002x.jpg", "张伟.jpg", "阿依古丽·买买提.png", "王五.jpg", "李娜.jpg", "110105198501010026.JPG"}
	matched, unmatched := Match(files, roster)
	if matched["11010519491231002x.jpg"] != "a" || matched["阿依古丽·买买提.png"] != "c" || len(matched) != 2 {
		t.Fatalf("matched = %v", matched)
	}
	reasons := map[string]string{}
	for _, u := range unmatched {
		reasons[u.File] = u.Reason
	}
	for _, f := range []string{"张伟.jpg", "王五.jpg", "李娜.jpg", "110105198501010026.JPG"} {
		if reasons[f] == "" {
			t.Errorf("%s must be listed, not guessed (unmatched %v)", f, unmatched)
		}
	}
}
