#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the PDF, ODT and EPUB import fixtures with LibreOffice (headless) from flat ODT files written here, from
# the snow report of dev.tandem.testing.SnowReport and a ten-page English report generated below. The outputs are
# committed, so the tests need no LibreOffice; run this again only to change them. Needs: soffice (libreoffice-writer),
# fonts-wqy-microhei (Chinese glyphs) and hyphen-en-us (automatic hyphenation of the English report).
#   src/test/resources/formats/make-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

NS='xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"'

# $1 language, $2 country, $3 page width, $4 page height, $5 column count, $6 header, $7 footer (ODF markup)
head_xml() {
    cat <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<office:document $NS>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties fo:font-family="DejaVu Serif" fo:font-size="10pt" fo:language="$1" fo:country="$2"
     fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"
     style:font-family-asian="WenQuanYi Micro Hei" style:font-size-asian="10pt" style:language-asian="zh" style:country-asian="CN"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:text-align="justify"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Furniture" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="8pt" fo:font-style="italic"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="$3" fo:page-height="$4" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm"
     fo:margin-left="1.5cm" fo:margin-right="1.5cm">
    <style:columns fo:column-count="$5" fo:column-gap="0.6cm"/>
   </style:page-layout-properties>
   <style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.4cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   $6
   $7
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
EOF
}

tail_xml() {
    echo ' </office:text></office:body>'
    echo '</office:document>'
}

para() { printf '  <text:p text:style-name="Standard">%s</text:p>\n' "$1"; }
heading() { printf '  <text:h text:style-name="Heading" text:outline-level="1">%s</text:h>\n' "$1"; }

# The snow report, as in SnowReport (with & escaped for XML).
snow_zh=(
 '北京今年的冬天来得很早。十一月初，第一场雪就落在了故宫的屋顶上。'
 '“你看，下雪了！”小女孩指着窗外喊道。她的母亲笑着说：“快去穿上外套。”'
 '据气象局统计，今年的降雪量比去年多了 30%。专家认为，这与拉尼娜现象有关。'
 '城市的道路 &amp; 交通受到了一定影响，但地铁运行正常 🚇。')
snow_en=(
 'Winter came early to Beijing this year. In early November, the first snow fell on the roofs of the Forbidden City.'
 '"Look, it'"'"'s snowing!" the little girl shouted, pointing out of the window. Her mother smiled and said: "Go and put on your coat."'
 'According to the weather bureau,<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Beijing Meteorological Service, winter bulletin.</text:p></text:note-body></text:note> snowfall this year is 30% higher than last year. Experts believe this is related to La Niña.'
 'Roads &amp; traffic in the city were somewhat affected, but the subway ran normally 🚇.')
snow_de=(
 'Der Winter kam dieses Jahr früh nach Peking. Anfang November fiel der erste Schnee auf die Dächer der Verbotenen Stadt.'
 '„Schau, es schneit!“, rief das kleine Mädchen und zeigte aus dem Fenster. Ihre Mutter sagte lächelnd: „Zieh schnell deinen Mantel an.“'
 'Nach Angaben des Wetteramts ist die Schneemenge in diesem Jahr um 30 % höher als im Vorjahr. Experten glauben, dass dies mit dem La-Niña-Phänomen zusammenhängt.'
 'Straßen &amp; Verkehr in der Stadt waren etwas beeinträchtigt, aber die U-Bahn fuhr normal 🚇.')

snow() { # $1 language $2 country $3 page width, then the paragraphs
    local lang=$1 country=$2 width=$3
    shift 3
    head_xml "$lang" "$country" "$width" 14cm 1 "" ""
    for p in "$@"; do para "$p"; done
    tail_xml
}

snow zh CN 9cm "${snow_zh[@]}" > "$work/snow-zh.fodt"
snow en GB 21cm "${snow_en[@]}" > "$work/snow-en.fodt"
snow de DE 21cm "${snow_de[@]}" > "$work/snow-de.fodt"

# Ten pages in two columns with a running title and "Page N of M", hyphenated, from sentences built here.
cities=(Harbin Shenyang Changchun Hohhot Urumqi Lhasa Xining)
months=(November December January February March October April May)
report() {
    head_xml en US 14.8cm 21cm 2 \
        '<style:header><text:p text:style-name="Furniture">Snow Across the North: A Field Report</text:p></style:header>' \
        '<style:footer><text:p text:style-name="Furniture">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>10</text:page-count></text:p></style:footer>'
    local c p n
    for c in "${!cities[@]}"; do
        local city=${cities[$c]} month=${months[$c]}
        heading "Chapter $((c + 1)): The winter in $city"
        for p in 1 2 3; do
            n=$((c * 7 + p * 3))
            para "In $city, meteorologists recorded $((n + 11)) centimetres of fresh snow during the first week of $month. Municipal administrations in $city responded by deploying $((n + 4)) additional snowploughs along the principal thoroughfares. Commuters described the conditions as extraordinarily challenging, although most railway connections of district $p continued to operate. According to the regional observatory, temperatures fell to minus $((n % 30 + 5)) degrees Celsius shortly before dawn on day $p of the survey. The snow-covered roads of district $p were cleared by noon."
            para "Schoolchildren in the snow-covered courtyards of quarter $n built snowmen while their teachers photographed the unexpectedly picturesque scenery. Representatives of the transportation authority emphasised that the infrastructure had withstood $((p + 1)) consecutive storms without interruption. Nevertheless, shopkeepers complained that deliveries arrived $((p * 2 + 1)) hours late, which they considered characteristic of long-term underinvestment in $city."
        done
    done
    tail_xml
}
report > "$work/report-en.fodt"
# The text the report was made from, one paragraph per line pair, for the test to compare with.
sed -n 's|.*<text:[ph] [^>]*>\(.*\)</text:[ph]>.*|\1|p' "$work/report-en.fodt" \
    | grep -v -e 'Snow Across the North' -e '^Page ' | sed 's/$/\n/' > report-en.txt

export HOME="$work" # a throw-away LibreOffice profile
convert() { soffice --headless --norestore --convert-to "$1" --outdir "$work" "$work/$2" > /dev/null; }
convert pdf snow-zh.fodt
convert pdf report-en.fodt
convert odt snow-en.fodt
convert epub snow-de.fodt
cp "$work/snow-zh.pdf" "$work/report-en.pdf" "$work/snow-en.odt" "$work/snow-de.epub" .
ls -l snow-zh.pdf report-en.pdf snow-en.odt snow-de.epub report-en.txt
