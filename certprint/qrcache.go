package certprint

import (
	"runtime"
	"sync"

	"trainingdesk/printing"
	"trainingdesk/store"
)

// withImages fills each certificate's QR image from the store's cache and
// renders the missing ones on every core. It returns the new images to keep:
// a certificate's code only changes with its state, so the next print of
// the class skips the encoding, which costs more than drawing the page.
func withImages(s *store.Store, list []printing.CertificateData) []store.QRImage {
	var missing []int
	for i := range list {
		if list[i].QRPNG = s.QRImage(list[i].Number, list[i].QRText); list[i].QRPNG == nil {
			missing = append(missing, i)
		}
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.NumCPU(), len(missing)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				// On error the printer encodes it again and reports it.
				list[i].QRPNG, _ = printing.EncodeQR(list[i].QRText)
			}
		}()
	}
	for _, i := range missing {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	var fresh []store.QRImage
	for _, i := range missing {
		if list[i].QRPNG != nil {
			fresh = append(fresh, store.QRImage{Number: list[i].Number, Text: list[i].QRText, PNG: list[i].QRPNG})
		}
	}
	return fresh
}

// RenderStale renders, for every class with certificates whose state changed
// since their QR image was made (issued, registered, revoked, replaced), the
// images of its certificates as they print now, and keeps them: the first
// print after a change then runs as fast as a reprint. The app runs it in the
// background after changes; `certificates issue` and `sync run` at their end.
// A class that cannot print yet (e.g. no verification address) is skipped.
func RenderStale(s *store.Store) (rendered int, err error) {
	classes, gen, err := s.QRStaleClasses()
	if err != nil {
		return 0, err
	}
	for _, classID := range classes {
		b, err := Load(s, classID, nil)
		if err == nil {
			fresh := withImages(s, b.Pages)
			if err := s.KeepQRImages(fresh); err != nil {
				return rendered, err
			}
			rendered += len(fresh)
		}
		if err := s.QRRendered(classID, gen); err != nil {
			return rendered, err
		}
	}
	return rendered, nil
}
