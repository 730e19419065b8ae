#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Rebuilds the Markdown, subtitle and two-column fixtures of TextFormatImportTest from the snow report
# (dev.tandem.testing.SnowReport): run it in this folder. The XLSX is made by LibreOffice headless from the CSV
# (apt-get install -y libreoffice-calc-nogui), so it is a workbook as a spreadsheet program writes it.
set -eu
cd "$(dirname "$0")"

cat > snow-report.en.md <<'EOF'
---
title: Snow in Beijing
lang: en
---

# Snow in *Beijing*

Winter came early to Beijing this year. In early November, the first snow fell on the roofs of the
[Forbidden City](https://example.org/gugong "The palace").

> "Look, it's snowing!" the little girl shouted, pointing out of the window. Her mother smiled and said:
> "Go and put on your coat."

- According to the weather bureau, snowfall this year is **30%** higher than last year.
- Experts believe this is related to `La Niña`.

```
snowfall_mm = {"2025": 40, "2026": 52}
```

    indented code is left out too

| Roads | Subway |
|---|---|
| Roads &amp; traffic in the city were somewhat affected. | The subway ran normally 🚇. |

![A snowy roof](roof.jpg) <span class="credit">Photo</span>: Xinhua.
EOF

cat > snow-report.en.srt <<'EOF'
1
00:00:01,000 --> 00:00:03,500
Winter came early to Beijing this year.

2
00:00:03,600 --> 00:00:06,000
In early November,
the first snow fell

3
00:00:06,100 --> 00:00:08,500
on the roofs of the <i>Forbidden City</i>.

4
00:00:11,000 --> 00:00:14,000
{\an8}"Look, it's snowing!" the little girl shouted,
pointing out of the window.

5
00:00:14,100 --> 00:00:17,000
Her mother smiled and said: "Go and put on your coat."

6
00:00:20,000 --> 00:00:23,000
According to the weather bureau, snowfall this year
is 30% higher than last year.

7
00:00:23,100 --> 00:00:25,000
Experts believe this is related to La Niña.

8
00:00:28,000 --> 00:00:30,000
Roads &amp; traffic in the city were somewhat affected,

9
00:00:30,100 --> 00:00:32,000
but the subway ran normally 🚇.
EOF

cat > snow-report.en.vtt <<'EOF'
WEBVTT - The snow report

NOTE Made from the snow report for Tandem's tests.
Notes are skipped.

STYLE
::cue(.yellow) { color: yellow; }

REGION
id:top
width:40%

intro
00:01.000 --> 00:03.500 line:0 position:50%
Winter came early to Beijing this year.

00:03.600 --> 00:06.000
In early November,
the first snow fell

00:06.100 --> 00:08.500
on the roofs of the <c.yellow>Forbidden City</c>.

00:11.000 --> 00:14.000
<v Girl>"Look, it's snowing!"</v> the little girl shouted,
pointing out of the window.

00:14.100 --> 00:17.000
<v.mother Mother>Her mother smiled and said: "Go and put on your coat."

00:20.000 --> 00:23.000
According to the weather bureau, snowfall this year
is <b>30%</b> higher than last year.

00:00:23.100 --> 00:00:25.000
Experts believe this is related to La Niña.

00:28.000 --> 00:30.000
Roads &amp; traffic in the city were somewhat affected,

00:30.100 --> 00:32.000
but the subway ran <00:31.000>normally 🚇.
EOF

cat > snow-pairs.csv <<'EOF'
Chinese,English
北京今年的冬天来得很早。,Winter came early to Beijing this year.
十一月初，第一场雪就落在了故宫的屋顶上。,"In early November, the first snow fell on the roofs of the Forbidden City."
“你看，下雪了！”小女孩指着窗外喊道。,"""Look, it's snowing!"" the little girl shouted, pointing out of the window."
她的母亲笑着说：“快去穿上外套。”,
据气象局统计，今年的降雪量比去年多了 30%。,"According to the weather bureau, snowfall this year is 30% higher than last year."
30%,30%
=2*6,=2*6
城市的道路 & 交通受到了一定影响，但地铁运行正常 🚇。,"Roads & traffic in the city were somewhat affected, but the subway ran normally 🚇.",checked
EOF

# 44 = comma, 34 = double quote, 76 = UTF-8, 1 = from the first line, 1033 = English (US) numbers, true = detect
# special numbers (30% becomes 0.3 shown as a percentage), the last true = evaluate formulas (=2*6 is saved with its
# value, 12)
soffice --headless --infilter="CSV:44,34,76,1,,1033,false,true,false,false,false,,true" --convert-to xlsx \
    snow-pairs.csv >/dev/null
