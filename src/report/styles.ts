/** The light palette, also used for print whatever the screen's scheme. `--*-ink`: a tone dark enough for text on a card (4.5:1). */
const LIGHT = `--bg:#f4f6f9;--card:#fff;--ink:#1b2330;--muted:#5c6677;--line:#dde2ea;--grid:#e8ecf2;--lane:#fafbfc;
--open:rgba(24,160,100,.13);--quiet-bg:rgba(72,84,120,.07);--hatch:rgba(72,84,120,.28);--weekend:rgba(90,100,125,.09);--holiday:rgba(236,150,20,.2);
--reached:#12a26a;--sent:#3867d6;--missed:#9099aa;--failed:#d8443b;--held:#e08a00;--lead:#8a55e8;--exit:#1b2330;
--reached-ink:#0d7a4e;--held-ink:#9c5a00;--failed-ink:#bd352d;
--tip-bg:#1b2330;--tip-ink:#f4f6f9;--focus:#3867d6;--accent:#3867d6;--shadow:0 1px 2px rgba(20,30,50,.06),0 2px 10px rgba(20,30,50,.05)`;

/** The report's whole stylesheet: light and dark through `prefers-color-scheme`, and print. */
export const STYLES = `
:root{color-scheme:light dark;${LIGHT}}
@media (prefers-color-scheme:dark){:root{
--bg:#0e1217;--card:#161b22;--ink:#e5e9f0;--muted:#99a3b3;--line:#2a323d;--grid:#222a34;--lane:#1a2029;
--open:rgba(46,200,130,.14);--quiet-bg:rgba(150,165,210,.06);--hatch:rgba(150,165,210,.22);--weekend:rgba(150,160,185,.07);--holiday:rgba(240,165,40,.18);
--reached:#2fc986;--sent:#6b93f0;--missed:#7f8898;--failed:#f0625a;--held:#f0a43a;--lead:#a67ef5;--exit:#e5e9f0;
--reached-ink:#2fc986;--held-ink:#f0a43a;--failed-ink:#f0625a;
--tip-bg:#e5e9f0;--tip-ink:#131820;--focus:#8fb0ff;--accent:#8fb0ff;--shadow:none}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1280px;margin:0 auto;padding:24px 20px 40px}
header.report-head{margin:0 0 18px}
h1{font-size:22px;line-height:1.25;margin:0 0 4px;font-weight:650;overflow-wrap:anywhere}
h2{font-size:17px;margin:0 0 4px;font-weight:650;overflow-wrap:anywhere}
h3{font-size:14px;margin:0 0 10px;font-weight:650;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
p{margin:0 0 8px}
.sub{color:var(--muted);overflow-wrap:anywhere}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:18px 18px 14px;margin:0 0 18px;box-shadow:var(--shadow);min-width:0}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px;margin:12px 0 14px;padding:0;list-style:none}
.kpis li{border:1px solid var(--line);border-radius:10px;padding:9px 12px;min-width:0}
.kpis .v{display:block;font-size:20px;font-weight:650;font-variant-numeric:tabular-nums;overflow-wrap:anywhere}
.kpis .k{display:block;color:var(--muted);font-size:12px}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;margin:4px 0 12px;padding:0;list-style:none;color:var(--muted);font-size:12px}
.legend li{display:flex;align-items:center;gap:6px}
.swatch{flex:none}
.chart-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:0 -4px;padding:0 4px}
svg.chart{display:block;width:100%;height:auto;font-family:inherit}
svg.swimlanes{min-width:960px}
table.events{min-width:720px}
svg.small{min-width:300px;max-width:100%}
/* On a narrow screen a chart scrolls in its card rather than shrink its text below about 7.5 px. */
svg.heatmap{min-width:800px}svg.histogram{min-width:400px}
.lane-bg{fill:var(--lane)}
.band-open{fill:var(--open)}
.hatch-bg{fill:var(--quiet-bg)}.hatch{stroke:var(--hatch);stroke-width:1.6}
.legend-quiet{fill:var(--quiet-bg);stroke:var(--hatch);stroke-dasharray:2 2}
.band-weekend,.legend-weekend{fill:var(--weekend)}
.band-holiday,.legend-holiday{fill:var(--holiday)}
.grid-day{stroke:var(--grid);stroke-width:1}.grid-week{stroke:var(--line);stroke-width:1.5}.grid-hour{stroke:var(--grid);stroke-width:.6;stroke-dasharray:2 3}
.day-label{fill:var(--ink);font-size:12px;font-weight:600}.day-label.weekend{fill:var(--muted)}
.hour-label{fill:var(--muted);font-size:10px}
.lane-label{fill:var(--ink);font-size:13px;font-weight:600}
.foot-label{fill:var(--muted);font-size:11px}.holiday-label{fill:var(--held-ink);font-weight:600}
.start-line{stroke:var(--muted);stroke-width:1;stroke-dasharray:3 3}
.mark{cursor:default;outline:none}
.mark .hit{fill:transparent}
.dot{stroke:var(--card);stroke-width:1.5}
.tone-reached .dot,.legend-reached{fill:var(--reached)}
.tone-sent .dot,.legend-sent{fill:var(--sent)}
.tone-missed .dot,.legend-missed{fill:var(--missed)}
.tone-failed .dot,.legend-failed{fill:var(--failed)}
.ring{fill:var(--card);stroke-width:2.5}
.legend-ring{stroke:var(--missed)}.tone-reached .ring{stroke:var(--reached)}.tone-sent .ring{stroke:var(--sent)}.tone-missed .ring{stroke:var(--missed)}.tone-failed .ring{stroke:var(--failed)}
.diamond{fill:var(--card);stroke:var(--held);stroke-width:2}
.deferral-path,.legend-defer{stroke:var(--held);stroke-width:2;stroke-dasharray:5 3;fill:none}
.arrow-head{fill:var(--held)}
.cross{stroke:var(--failed);stroke-width:2.4;stroke-linecap:round;fill:none}
.square{fill:var(--lead)}.triangle{fill:var(--failed);stroke:var(--card);stroke-width:1}
.exit-line{stroke:var(--exit);stroke-width:1.5}
.flag{fill:var(--exit);stroke:var(--exit);stroke-width:1.5}
.exit-label{fill:var(--exit);font-size:12px;font-weight:650}
.mark:hover .hit,.mark:focus .hit{stroke:var(--focus);stroke-width:2.5}
.tip{display:none;pointer-events:none}
.mark:hover .tip,.mark:focus .tip{display:inline}
.tip rect{fill:var(--tip-bg);opacity:.97}
.tip text{fill:var(--tip-ink);font-size:12px}
.tip-title{font-weight:650}
.table-wrap{overflow-x:auto;margin-top:14px}
table{border-collapse:collapse;width:100%;font-size:13px}
caption{text-align:left;color:var(--muted);padding:0 0 8px;caption-side:top}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:break-word}
thead th{font-size:12px;color:var(--muted);font-weight:600;border-bottom:1.5px solid var(--line)}
tbody th{font-weight:500}
.nowrap{white-space:nowrap}.num{font-variant-numeric:tabular-nums}
.pill{display:inline-block;white-space:nowrap;padding:1px 8px;border-radius:999px;font-size:12px;background:var(--grid)}
.pill-touch{background:color-mix(in srgb,var(--sent) 18%,transparent)}
.tone-reached .pill-touch{background:color-mix(in srgb,var(--reached) 22%,transparent)}
.tone-failed .pill-touch,.pill-skip{background:color-mix(in srgb,var(--failed) 18%,transparent)}
.pill-deferral{background:color-mix(in srgb,var(--held) 22%,transparent)}
.pill-lead{background:color-mix(in srgb,var(--lead) 20%,transparent)}
.pill-escalation{background:color-mix(in srgb,var(--failed) 28%,transparent)}.pill-exit{background:var(--ink);color:var(--card)}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,520px),1fr));gap:18px}
.grid2>.card{margin:0}
.bar-bg{fill:var(--grid)}.bar{fill:var(--accent)}.bar-contact{fill:var(--reached)}
.bar-label{fill:var(--ink);font-size:12px}.bar-value{fill:var(--muted);font-size:12px;font-variant-numeric:tabular-nums}
.axis-label{fill:var(--muted);font-size:11px}
.heat-cell{fill:var(--accent);stroke:var(--card);stroke-width:2}
.heat-value{font-size:12px;fill:var(--ink);stroke:var(--card);stroke-width:3px;stroke-linejoin:round;paint-order:stroke;pointer-events:none}
.compare-table{max-width:760px}.compare-table td.num,.compare-table th.num{text-align:right}
.shift{font-weight:600}.delta-up{color:var(--reached-ink)}.delta-down{color:var(--failed-ink)}
.note{color:var(--muted);font-size:12px;margin-top:8px}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
footer{color:var(--muted);font-size:12px;margin-top:24px}
@media (max-width:640px){main{padding:14px 10px 28px}.card{padding:14px 12px 10px;border-radius:10px}h1{font-size:19px}}
@media print{
:root{color-scheme:light;${LIGHT};--bg:#fff;--ink:#000;--muted:#444;--line:#bbb;--shadow:none}
body{background:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
main{max-width:none;padding:0}
.card{box-shadow:none;break-inside:avoid;border-color:#bbb}
.chart-wrap,.table-wrap{overflow:visible}
svg.swimlanes,svg.small,table.events{min-width:0}
.tip{display:none}
tr{break-inside:avoid}
}
`;
