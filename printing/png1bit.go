package printing

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
)

// grayPNG writes a QR bitmap (true = dark) as a 1-bit grayscale PNG, each
// module scale×scale pixels. image/png can only write 1-bit images as
// paletted ones, and gofpdf compresses a paletted image's palette with a
// fresh compressor per image — more work than drawing the certificate.
func grayPNG(bitmap [][]bool, scale int) []byte {
	n := len(bitmap) * scale
	rowBytes := (n + 7) / 8
	raw := make([]byte, 0, (rowBytes+1)*n)
	row := make([]byte, rowBytes)
	for _, modules := range bitmap {
		for i := range row {
			row[i] = 0xff // white
		}
		for x := 0; x < n; x++ {
			if modules[x/scale] {
				row[x/8] &^= 0x80 >> (x % 8)
			}
		}
		for range scale {
			raw = append(raw, 0) // filter: none
			raw = append(raw, row...)
		}
	}
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	zw.Write(raw)
	zw.Close()

	var out bytes.Buffer
	out.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(n))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(n))
	ihdr[8], ihdr[9] = 1, 0 // bit depth 1, grayscale
	chunk(&out, "IHDR", ihdr)
	chunk(&out, "IDAT", z.Bytes())
	chunk(&out, "IEND", nil)
	return out.Bytes()
}

func chunk(w *bytes.Buffer, kind string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	w.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(kind))
	crc.Write(data)
	w.WriteString(kind)
	w.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	w.Write(n[:])
}
