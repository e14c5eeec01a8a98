// Command pack is the release script's helper for what Debian lacks out of
// the box: a Windows icon (.ico) from the app's PNG, a Windows resource script
// carrying that icon and the version of FyneApp.toml, and a .zip.
//
//	go run ./tools/pack ico assets/icon.png out.ico
//	go run ./tools/pack rc FyneApp.toml out.ico out.rc
//	go run ./tools/pack zip out.zip file...
package main

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/image/draw"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "pack:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	switch {
	case len(args) == 3 && args[0] == "ico":
		return writeICO(args[1], args[2])
	case len(args) == 4 && args[0] == "rc":
		return writeRC(args[1], args[2], args[3])
	case len(args) >= 3 && args[0] == "zip":
		return writeZip(args[1], args[2:])
	}
	return fmt.Errorf("usage: pack ico PNG ICO | pack rc FyneApp.toml ICO RC | pack zip OUT FILE...")
}

// iconSizes are the sizes Explorer asks for (list, small, large, tiles).
var iconSizes = []int{16, 24, 32, 48, 64, 256}

// writeICO stores every size as PNG inside the ICO, which Windows Vista and
// later read directly.
func writeICO(in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	src, err := png.Decode(f)
	if err != nil {
		return fmt.Errorf("%s: %v", in, err)
	}
	var images [][]byte
	for _, n := range iconSizes {
		dst := image.NewNRGBA(image.Rect(0, 0, n, n))
		draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Over, nil)
		var b bytes.Buffer
		if err := png.Encode(&b, dst); err != nil {
			return err
		}
		images = append(images, b.Bytes())
	}
	var ico bytes.Buffer
	le := binary.LittleEndian
	_ = binary.Write(&ico, le, [3]uint16{0, 1, uint16(len(images))}) // reserved, type icon, count
	offset := 6 + 16*len(images)
	for i, data := range images {
		n := iconSizes[i] % 256 // 0 means 256
		_ = binary.Write(&ico, le, struct {
			W, H, Colours, Reserved uint8
			Planes, Bits            uint16
			Size, Offset            uint32
		}{uint8(n), uint8(n), 0, 0, 1, 32, uint32(len(data)), uint32(offset)})
		offset += len(data)
	}
	for _, data := range images {
		ico.Write(data)
	}
	return os.WriteFile(out, ico.Bytes(), 0o644)
}

// meta is what the resource script needs from FyneApp.toml.
type meta struct {
	Name, ID, Version string
	Build             int
}

func readMeta(path string) (meta, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return meta{}, err
	}
	get := func(key string) string {
		m := regexp.MustCompile(`(?m)^\s*` + key + `\s*=\s*"?([^"\n]*)"?\s*$`).FindSubmatch(b)
		if m == nil {
			return ""
		}
		return strings.TrimSpace(string(m[1]))
	}
	m := meta{Name: get("Name"), ID: get("ID"), Version: get("Version")}
	m.Build, _ = strconv.Atoi(get("Build"))
	if m.Name == "" || m.Version == "" {
		return m, fmt.Errorf("%s: Name and Version are needed", path)
	}
	return m, nil
}

// writeRC writes a resource script for windres: the icon, the version shown
// in Explorer's Details tab, and a manifest asking for per-monitor DPI
// awareness and UTF-8 as the process code page.
func writeRC(toml, ico, out string) error {
	m, err := readMeta(toml)
	if err != nil {
		return err
	}
	v := [4]int{}
	for i, p := range strings.SplitN(m.Version, ".", 3) {
		v[i], _ = strconv.Atoi(p)
	}
	v[3] = m.Build
	num := fmt.Sprintf("%d,%d,%d,%d", v[0], v[1], v[2], v[3])
	str := fmt.Sprintf("%d.%d.%d.%d", v[0], v[1], v[2], v[3])
	manifest := filepath.Join(filepath.Dir(out), "trainingdesk.exe.manifest")
	if err := os.WriteFile(manifest, []byte(manifestXML(m.ID, str)), 0o644); err != nil {
		return err
	}
	rc := fmt.Sprintf(`#pragma code_page(65001)
1 ICON %q
1 24 %q
1 VERSIONINFO
FILEVERSION %s
PRODUCTVERSION %s
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "080404B0"
    BEGIN
      VALUE "CompanyName", "TrainingDesk"
      VALUE "FileDescription", "TrainingDesk 职业培训管理"
      VALUE "FileVersion", %q
      VALUE "InternalName", "trainingdesk"
      VALUE "OriginalFilename", "trainingdesk.exe"
      VALUE "ProductName", %q
      VALUE "ProductVersion", %q
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x0804, 1200
  END
END
`, filepath.ToSlash(ico), filepath.ToSlash(manifest), num, num, m.Version, m.Name, m.Version)
	return os.WriteFile(out, []byte(rc), 0o644)
}

func manifestXML(id, version string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<assembly xmlns="urn:schemas-microsoft-com:asm.v1" manifestVersion="1.0">
  <assemblyIdentity version="` + version + `" processorArchitecture="*" name="` + id + `" type="win32"/>
  <application xmlns="urn:schemas-microsoft-com:asm.v3">
    <windowsSettings>
      <dpiAware xmlns="http://schemas.microsoft.com/SMI/2005/WindowsSettings">true</dpiAware>
      <dpiAwareness xmlns="http://schemas.microsoft.com/SMI/2016/WindowsSettings">permonitorv2,permonitor</dpiAwareness>
      <activeCodePage xmlns="http://schemas.microsoft.com/SMI/2019/WindowsSettings">UTF-8</activeCodePage>
    </windowsSettings>
  </application>
</assembly>
`
}

// writeZip puts each file at the top of the archive under its base name.
func writeZip(out string, files []string) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	z := zip.NewWriter(f)
	for _, name := range files {
		if err := addFile(z, name); err != nil {
			f.Close()
			return err
		}
	}
	if err := z.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func addFile(z *zip.Writer, name string) error {
	in, err := os.Open(name)
	if err != nil {
		return err
	}
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		return err
	}
	h, err := zip.FileInfoHeader(fi)
	if err != nil {
		return err
	}
	h.Name = filepath.Base(name) // UTF-8 names: archive/zip sets the flag
	h.Method = zip.Deflate
	w, err := z.CreateHeader(h)
	if err != nil {
		return err
	}
	_, err = io.Copy(w, in)
	return err
}
