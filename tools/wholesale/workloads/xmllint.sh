# xmllint -- libxml2: a generated document with an internal DTD,
# validated, reformatted, queried with XPath, canonicalised (C14N), and
# a malformed one (its error message and exit status).
# needs: xmllint
# expect: valid

export LC_ALL=C
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<!DOCTYPE catalog [ <!ELEMENT catalog (item*)> <!ELEMENT item (#PCDATA)>'
  echo '  <!ATTLIST item id ID #REQUIRED n CDATA #IMPLIED> ]>'
  echo '<catalog>'
  head -n 2000 "$WS_DATA/words.txt" | awk '{ printf "<item id=\"i%d\" n=\"%s\">%s &amp; %s</item>\n", NR, $2, $1, toupper($1) }'
  echo '</catalog>'
} > doc.xml
xmllint --noout --valid doc.xml && echo "valid"
xmllint --format doc.xml > formatted.xml && sha256sum formatted.xml
xmllint --xpath 'count(//item)' doc.xml; echo
xmllint --xpath 'string(//item[@id="i1234"])' doc.xml; echo
xmllint --xpath 'sum(//item/@n)' doc.xml; echo
xmllint --c14n doc.xml | sha256sum
xmllint --noblanks doc.xml | wc -c
printf '<a><b>unclosed</a>\n' > bad.xml
xmllint --noout bad.xml; echo "status $?"
