// The stylesheet of the HTML report (inline, so the file stands alone and needs no network).
export const CSS = `
:root{--ink:#0f172a;--muted:#64748b;--line:#e2e8f0;--bg:#f1f5f9;--panel:#fff;--err:#dc2626;--err-bg:#fef2f2;--warn:#d97706;--warn-bg:#fffbeb;--ok:#16a34a;--ok-bg:#f0fdf4;--accent:#2563eb;--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header.top{background:#0f172a;color:#e2e8f0;padding:22px 32px 20px}
header.top .brand{font:600 12px/1 var(--mono);letter-spacing:.08em;text-transform:uppercase;color:#94a3b8}
header.top h1{margin:6px 0 4px;font-size:24px;font-weight:650;color:#fff;display:flex;align-items:center;gap:12px;flex-wrap:wrap}
header.top .meta{margin:0;color:#94a3b8;font-size:13px}
header.top .meta code{color:#cbd5e1}
.badge{display:inline-block;font-size:12px;font-weight:700;letter-spacing:.04em;text-transform:uppercase;padding:3px 10px;border-radius:999px;vertical-align:middle}
.badge.fail{background:var(--err);color:#fff}.badge.pass{background:var(--ok);color:#fff}.badge.warn{background:var(--warn);color:#fff}
main{max-width:1180px;margin:0 auto;padding:24px 32px 48px}
.cards{display:grid;grid-template-columns:repeat(6,minmax(0,1fr));gap:12px;margin-bottom:20px}
.card{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:12px 16px}
.card .k{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em}
.card .v{font-size:24px;font-weight:650;font-variant-numeric:tabular-nums}
.card.err .v{color:var(--err)}.card.warn .v{color:var(--warn)}.card.ok .v{color:var(--ok)}
.panel{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:16px 20px;margin-bottom:20px}
.panel h2{font-size:16px;margin:0 0 10px}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:20px}
.grid2>div{min-width:0}
h3{font-size:13px;margin:14px 0 6px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{color:var(--muted);font-weight:600;font-size:12px;background:#f8fafc}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
code,.mono{font-family:var(--mono);font-size:12.5px}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
.chip{display:inline-block;font:600 11.5px/1.6 var(--mono);padding:0 7px;border-radius:4px;white-space:nowrap}
.chip.error{background:var(--err-bg);color:#991b1b;border:1px solid #fecaca}
.chip.warning{background:var(--warn-bg);color:#92400e;border:1px solid #fde68a}
.status{font-weight:600;white-space:nowrap}.status.error{color:var(--err)}.status.warning{color:var(--warn)}.status.ok{color:var(--ok)}
section.file{background:var(--panel);border:1px solid var(--line);border-radius:10px;margin-bottom:20px;overflow:hidden}
section.file>header{padding:14px 20px;border-bottom:1px solid var(--line);display:flex;gap:12px;align-items:baseline;flex-wrap:wrap}
section.file>header h2{margin:0;font:600 15px/1.4 var(--mono);word-break:break-all}
section.file>header .facts{color:var(--muted);font-size:12.5px}
section.file>.body{padding:4px 20px 16px}
.callout{border-radius:8px;padding:8px 12px;margin:10px 0;border:1px solid}
.callout.error{background:var(--err-bg);border-color:#fecaca}.callout.warning{background:var(--warn-bg);border-color:#fde68a}.callout.ok{background:var(--ok-bg);border-color:#bbf7d0}
.callout p{margin:2px 0}
.note{color:var(--muted);font-size:12px;margin:4px 0 0}
td.value{font-family:var(--mono);font-size:12.5px;white-space:pre-wrap;word-break:break-all;max-width:360px}
mark.cell{background:var(--err-bg);color:#7f1d1d;border:1px solid #fca5a5;border-radius:3px;padding:0 3px}
mark.cell.warning{background:var(--warn-bg);color:#78350f;border-color:#fcd34d}
.ctl{color:#6d28d9;background:#ede9fe;border-radius:3px;padding:0 2px;margin:0 1px;font-weight:600}
.empty{color:var(--muted);font-style:italic;font-family:system-ui,sans-serif}
td.col{white-space:nowrap}.idx{color:var(--muted);font-size:12px}
td.msg{color:#334155;word-break:break-word}
tr.first td{border-top:2px solid var(--line)}
.meter{height:8px;background:#e2e8f0;border-radius:4px;overflow:hidden;min-width:80px}
.meter>span{display:block;height:100%;background:#64748b}
.meter.high>span{background:var(--warn)}
.spell{display:inline-block;font-family:var(--mono);font-size:11.5px;background:#f1f5f9;border:1px solid var(--line);border-radius:4px;padding:0 5px;margin:1px 4px 1px 0;white-space:pre}
svg.chart{display:block;max-width:100%;height:auto}
svg.chart text{font-size:12px;fill:#334155}
svg.chart text.val,svg.chart text.tick{fill:#64748b;font-size:11px}
svg.chart .bar.error rect,svg.chart rect.error{fill:var(--err)}
svg.chart .bar.warning rect,svg.chart rect.warning{fill:var(--warn)}
svg.chart .bar.neutral rect{fill:#64748b}
svg.chart .axis{stroke:#94a3b8;stroke-width:1}
svg.chart .grid{stroke:#e2e8f0;stroke-dasharray:3 3}
.legend{display:flex;gap:14px;color:var(--muted);font-size:12px;margin:2px 0 6px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}
.legend .e{background:var(--err)}.legend .w{background:var(--warn)}
footer{color:var(--muted);font-size:12px;text-align:center;padding:0 0 32px}
@media (max-width:860px){.cards{grid-template-columns:repeat(3,1fr)}.grid2{grid-template-columns:1fr}}
@media print{body{background:#fff}header.top{background:#fff;color:var(--ink)}header.top h1{color:var(--ink)}.panel,section.file{break-inside:avoid}}
`;
