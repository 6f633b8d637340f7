// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlstyle.h"

namespace hindsight::exporting::html {

QLatin1StringView pageStyle()
{
    // The system's own fonts, as GitHub shows Markdown; colours with enough contrast on white.
    return QLatin1StringView(R"css(body {
  margin: 0;
  padding: 24px 16px;
  background: #ffffff;
  color: #1f2328;
  font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
  font-size: 15px;
  line-height: 1.55;
}
.review { max-width: 880px; margin: 0 auto; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.4em 0 0.5em; }
h1 { font-size: 1.9em; margin-top: 0.3em; }
h2 { font-size: 1.45em; padding-bottom: 0.25em; border-bottom: 1px solid #d0d7de; margin-top: 1.8em; }
h3 { font-size: 1.15em; }
h4, h5, h6 { font-size: 1em; }
p, ul, ol, dl, table, pre, blockquote { margin: 0 0 0.9em; }
ul, ol { padding-left: 1.8em; }
li + li { margin-top: 0.2em; }
a { color: #0969da; }
code, pre { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.88em; }
code { background: #eff1f3; border-radius: 4px; padding: 0.1em 0.3em; }
pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: 10px 12px; overflow: auto; line-height: 1.4; }
pre code { background: none; padding: 0; font-size: 1em; }
blockquote { color: #59636e; border-left: 4px solid #d0d7de; padding: 0 1em; margin-left: 0; }
hr { border: 0; border-top: 1px solid #d0d7de; margin: 1.5em 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
th, td { border: 1px solid #d0d7de; padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.time, td.nowrap { white-space: nowrap; }
img { max-width: 100%; height: auto; }
figure { margin: 1.2em 0 1.4em; text-align: center; }
figure img { border: 1px solid #d0d7de; }
figcaption { color: #59636e; font-size: 0.88em; margin-top: 0.4em; }
.audience { display: inline-block; margin: 0; padding: 2px 8px; border: 1px solid #1f2328; border-radius: 4px; font-size: 0.78em; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; }
.audience.customer { color: #0b5cad; border-color: #0b5cad; }
.key-figures { color: #59636e; }
.key-figures strong { color: #1f2328; }
dl.milestones { display: table; border-collapse: collapse; }
dl.milestones div { display: table-row; }
dl.milestones dt, dl.milestones dd { display: table-cell; padding: 1px 16px 1px 0; margin: 0; }
dl.milestones dt { color: #59636e; }
.nothing { color: #59636e; font-style: italic; }
@media print {
  body { padding: 0; font-size: 10.5pt; color: #000000; }
  .review { max-width: none; }
  a { color: inherit; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  figure, tr, pre, blockquote { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  pre { white-space: pre-wrap; overflow: visible; }
}
)css");
}

} // namespace hindsight::exporting::html
