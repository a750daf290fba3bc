// SPDX-License-Identifier: MPL-2.0
#include "webpagestyle.h"

namespace Akademiplan {

QStringView WebPageStyle::sheet()
{
    // The fonts are those the reader's system has; an intranet page must not fetch one.
    static const char16_t css[] = uR"css(
:root { color: #1a1a1a; background: #fff; }
body {
  margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif;
  font-size: 1rem; line-height: 1.5;
}
.page { max-width: 70rem; margin: 0 auto; padding: 0 1.25rem; }
a { color: #174a84; text-decoration: underline; text-underline-offset: 0.15em; }
a:hover { color: #0d2f57; }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #174a84; outline-offset: 2px; border-radius: 2px; }
.skip { position: absolute; left: -100vw; top: 0.5rem; background: #fff; padding: 0.5rem 0.75rem; }
.skip:focus { left: 0.5rem; }
header.site { background: #eef2f7; border-bottom: 1px solid #c9d2de; padding: 1.5rem 0 1.25rem; }
.owner { margin: 0; font-size: 0.95rem; font-weight: 600; letter-spacing: 0.02em; color: #36404d; }
h1 { margin: 0.25rem 0 0.25rem; font-size: 2rem; line-height: 1.2; }
h2 { margin: 2.5rem 0 0.75rem; font-size: 1.5rem; line-height: 1.25; }
h3 { margin: 1.75rem 0 0.5rem; font-size: 1.2rem; line-height: 1.3; }
h4 { margin: 1rem 0 0.25rem; font-size: 1rem; }
.period { margin: 0; font-size: 1.1rem; }
nav.contents { border-bottom: 1px solid #c9d2de; padding: 0.75rem 0 1rem; }
nav.contents h2 { margin: 0 0 0.25rem; font-size: 1rem; }
nav.contents ol { margin: 0; padding-left: 1.5rem; columns: 2 18rem; column-gap: 2rem; }
nav.contents li { padding: 0.1rem 0; break-inside: avoid; }
.swatch {
  display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.4em; border-radius: 2px;
  vertical-align: -0.05em; border: 1px solid rgba(0, 0, 0, 0.35);
}
section.track { border-left: 0.5rem solid #8a94a3; padding-left: 1.25rem; margin-top: 3rem; }
section.track > h2 { margin-top: 0; padding-top: 0.25rem; }
section.activity { margin-top: 1.75rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1.25rem; margin: 0.5rem 0 0.75rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
p { margin: 0.5rem 0; max-width: 48rem; }
section.table { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; caption-side: top; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.6rem; border-bottom: 1px solid #d5dbe3; }
thead th { background: #eef2f7; border-bottom: 2px solid #8a94a3; }
tbody th { font-weight: normal; }
.nowrap { white-space: nowrap; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
td.none { color: #595959; }
table.glance thead .swatch { display: block; margin: 0 0 0.3rem auto; }
tfoot th, tfoot td { font-weight: 600; border-top: 2px solid #8a94a3; }
ul.people { columns: 3 14rem; column-gap: 2rem; padding-left: 1.25rem; margin: 0.25rem 0 1rem; }
footer.site {
  margin-top: 3rem; border-top: 1px solid #c9d2de; padding: 1rem 0 2rem; color: #36404d; font-size: 0.9rem;
}
footer.site p { margin: 0.2rem 0; }
@media (min-width: 48rem) {
  /* The same columns in every activity's table of sessions, so that they read as one list. */
  table.sessions { table-layout: fixed; }
  table.sessions th:nth-child(1) { width: 13%; }
  table.sessions th:nth-child(2) { width: 20%; }
  table.sessions th:nth-child(3) { width: 10%; }
  table.sessions th:nth-child(4) { width: 15%; }
}
@media (max-width: 40rem) {
  h1 { font-size: 1.6rem; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: 0.4rem; }
  section.track { padding-left: 0.75rem; }
}
@page { margin: 1.5cm 1.5cm 1.8cm; }
@media print {
  :root, body { color: #000; background: #fff; }
  body { font-size: 10.5pt; }
  .page { max-width: none; padding: 0; }
  nav.contents, .skip { display: none; }
  section.table { overflow: visible; }
  .swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  header.site { background: none; border-bottom: 1pt solid #000; }
  .owner, footer.site { color: #000; }
  a { color: #000; text-decoration: none; }
  thead th { background: none; border-bottom: 1pt solid #000; }
  th, td { border-bottom: 0.5pt solid #777; }
  thead { display: table-header-group; }
  tr, dl.facts, caption { break-inside: avoid; }
  h2, h3, h4, caption { break-after: avoid; }
  section.track, #calendar { break-before: page; }
  section.activity, #glance section.table { break-inside: avoid-page; }
  section.track { border-left-width: 4pt; }
}
)css";
    return QStringView(css).trimmed();
}

} // namespace Akademiplan
