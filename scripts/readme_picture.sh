#!/usr/bin/env bash
# Regenerate docs/bao-cao-trang-1.png, the picture of page 1 of the Word report in the README:
# the demo plan's 6-month report, converted to PDF by LibreOffice, page 1 rendered by pdftoppm.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cchc report --plan examples/demo/plan --period H1 --date 2021-07-05 --number 45 \
  -o "$work/bao-cao.docx"
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf \
  --outdir "$work" "$work/bao-cao.docx" >/dev/null
pdftoppm -png -gray -r 75 -f 1 -l 1 -singlefile "$work/bao-cao.pdf" docs/bao-cao-trang-1
