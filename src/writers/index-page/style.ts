/** The index page's stylesheet: a plain readable table; each state has a colour and a mark, errors red, warnings amber. */
export const STYLESHEET = `
:root { color-scheme: light; --vien: #d0d7de; --nhat: #f6f8fa; --chu-phu: #57606a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1f2328; background: #fff; }
header, main { max-width: 1440px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 20px; }
h1 { font-size: 24px; margin: 0 0 4px; }
.nguon { margin: 0; color: var(--chu-phu); }
code { font: 13px/1.3 ui-monospace, "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; }
.tong-ket ul { list-style: none; display: flex; flex-wrap: wrap; gap: 8px; padding: 0; margin: 16px 0; }
.tong-ket li { border: 1px solid var(--vien); border-radius: 6px; padding: 4px 10px; background: var(--nhat); }
.tong-ket li.tong { background: #1f2328; color: #fff; border-color: #1f2328; }
.can-xem { border: 1px solid #d4a72c; border-left-width: 6px; border-radius: 6px; background: #fff8c5; padding: 8px 16px; margin: 0 0 16px; }
.can-xem h2 { font-size: 16px; margin: 4px 0; }
.can-xem ul { margin: 4px 0; padding-left: 4px; list-style: none; }
.nhom { margin: 0 0 28px; overflow-x: auto; }
table { width: 100%; min-width: 1000px; border-collapse: collapse; table-layout: fixed; }
.c-loai { width: 7.5em; } .c-so { width: 11em; } .c-ngay { width: 7em; } .c-nguoi-ky { width: 10em; } .c-trang-thai { width: 10.5em; } .c-tep { width: 10.5em; }
caption { text-align: left; }
caption h2 { font-size: 18px; margin: 8px 0; font-family: ui-monospace, "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; font-weight: 600; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--vien); }
thead th { background: var(--nhat); font-size: 13px; color: var(--chu-phu); font-weight: 600; border-top: 1px solid var(--vien); }
tbody th { font-weight: 600; overflow-wrap: anywhere; }
td.ngay { white-space: nowrap; font-variant-numeric: tabular-nums; }
.tep { display: block; color: var(--chu-phu); font: 12px/1.4 ui-monospace, "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; margin-top: 2px; overflow-wrap: anywhere; }
.nhan { display: inline-block; border-radius: 4px; padding: 1px 7px; margin: 0 4px 4px 0; font-size: 13px; font-weight: 600; border: 1px solid transparent; }
.dau { display: inline-block; min-width: 1em; text-align: center; font-weight: 700; }
.nhan.tt-built { background: #dafbe1; color: #116329; border-color: #4ac26b; }
.nhan.tt-unchanged { background: var(--nhat); color: #424a53; border-color: var(--vien); }
.nhan.tt-stale { background: #fff8c5; color: #7d4e00; border-color: #d4a72c; }
.nhan.tt-error { background: #ffebe9; color: #a40e26; border-color: #ff8182; }
.nhan.tt-held { background: #ddf4ff; color: #0a3069; border-color: #54aeff; }
.nhan.du-thao { background: #fff; color: #6e4c00; border: 1px dashed #bf8700; }
.nhan.ban-hanh { background: #fff; color: #0a3069; border-color: #54aeff; }
.can-xem .dau.tt-stale { color: #7d4e00; }
.can-xem .dau.tt-error { color: #a40e26; }
.can-xem .dau.tt-held { color: #0a3069; }
tbody.tt-stale > tr > :first-child { box-shadow: inset 4px 0 #d4a72c; }
tbody.tt-error > tr > :first-child { box-shadow: inset 4px 0 #cf222e; }
tbody.tt-held > tr > :first-child { box-shadow: inset 4px 0 #54aeff; }
tbody.tt-error > tr:first-child { background: #fffafa; }
tbody.tt-stale > tr:first-child { background: #fffdf0; }
.lien-ket a { display: inline-block; margin: 0 4px 2px 0; color: #0969da; }
tbody.tt-stale .lien-ket a, tbody.tt-held .lien-ket a { color: #7d4e00; }
tr.van-de td { padding-top: 0; }
.danh-sach-van-de { list-style: none; margin: 0; padding: 0; font-size: 13.5px; }
.danh-sach-van-de li { margin: 2px 0; padding: 3px 8px; border-left: 4px solid; border-radius: 2px; overflow-wrap: anywhere; }
.danh-sach-van-de li.loi { border-color: #cf222e; background: #ffebe9; color: #82071e; }
.danh-sach-van-de li.canh-bao { border-color: #d4a72c; background: #fff8c5; color: #4d2d00; }
tbody:has(tr.van-de) > tr:first-child > * { border-bottom: none; }
@media print { a { color: inherit; } }
`;
