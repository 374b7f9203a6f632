package main

import (
	"archive/zip"
	"compress/flate"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// zipFile writes args[1] as the only entry of the zip archive args[0], with
// its file mode (Lambda needs bootstrap executable) and maximum compression,
// so `make package` needs no zip program. The timestamp is fixed: the same
// binary gives the same archive.
func zipFile(args []string) {
	if len(args) != 2 {
		usage()
	}
	in, err := os.Open(args[1])
	must(err)
	defer in.Close()
	fi, err := in.Stat()
	must(err)
	out, err := os.Create(args[0])
	must(err)
	zw := zip.NewWriter(out)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestCompression)
	})
	h, err := zip.FileInfoHeader(fi)
	must(err)
	h.Name = filepath.Base(args[1])
	h.Method = zip.Deflate
	h.Modified = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	w, err := zw.CreateHeader(h)
	must(err)
	_, err = io.Copy(w, in)
	must(err)
	must(zw.Close())
	must(out.Close())
	st, err := os.Stat(args[0])
	must(err)
	fmt.Printf("%s %d bytes (%.2f MB); %s %d bytes (%.2f MB)\n", args[1], fi.Size(), float64(fi.Size())/1e6, args[0], st.Size(), float64(st.Size())/1e6)
}
