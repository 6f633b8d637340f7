<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AssetFolder</name>
    <message>
        <source>%1 exists and is not a folder; move it or export under another name.</source>
        <translation>%1 existiert und ist kein Ordner; verschieben Sie es oder exportieren Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>the folder %1 holds “%2”, which an export did not write; move it or export under another name.</source>
        <translation>der Ordner %1 enthält „%2“, was kein Export geschrieben hat; verschieben Sie es oder exportieren Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="vanished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the folder %1 cannot be replaced.</source>
        <translation>der Ordner %1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written.</source>
        <translation>in den Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Section “%1” (internal)</source>
        <translation>Abschnitt „%1“ (intern)</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Notiz ohne Titel</translation>
    </message>
    <message>
        <source>1 internal timeline event</source>
        <translation>1 internes Ereignis der Zeitleiste</translation>
    </message>
    <message>
        <source>%1 internal timeline events</source>
        <translation>%1 interne Ereignisse der Zeitleiste</translation>
    </message>
    <message>
        <source>1 internal action</source>
        <translation>1 interne Maßnahme</translation>
    </message>
    <message>
        <source>%1 internal actions</source>
        <translation>%1 interne Maßnahmen</translation>
    </message>
    <message>
        <source>Authors&apos; contact details</source>
        <translation>Kontaktdaten der Autoren</translation>
    </message>
    <message>
        <source>1 host name</source>
        <translation>1 Hostname</translation>
    </message>
    <message>
        <source>%1 host names</source>
        <translation>%1 Hostnamen</translation>
    </message>
    <message>
        <source>1 IP address</source>
        <translation>1 IP-Adresse</translation>
    </message>
    <message>
        <source>%1 IP addresses</source>
        <translation>%1 IP-Adressen</translation>
    </message>
    <message>
        <source>1 e-mail address</source>
        <translation>1 E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 e-mail addresses</source>
        <translation>%1 E-Mail-Adressen</translation>
    </message>
    <message>
        <source>1 name</source>
        <translation>1 Name</translation>
    </message>
    <message>
        <source>%1 names</source>
        <translation>%1 Namen</translation>
    </message>
    <message>
        <source>1 match of your patterns</source>
        <translation>1 Treffer Ihrer Muster</translation>
    </message>
    <message>
        <source>%1 matches of your patterns</source>
        <translation>%1 Treffer Ihrer Muster</translation>
    </message>
    <message>
        <source>%1 redacted</source>
        <translation>%1 geschwärzt</translation>
    </message>
    <message>
        <source>1 internal image or chart</source>
        <translation>1 internes Bild oder Diagramm</translation>
    </message>
    <message>
        <source>%1 internal images and charts</source>
        <translation>%1 interne Bilder und Diagramme</translation>
    </message>
    <message>
        <source>Impact: “%1” (internal)</source>
        <translation>Auswirkungen: „%1“ (intern)</translation>
    </message>
</context>
<context>
    <name>BlamelessScanner</name>
    <message>
        <source>“%1” pins the failure on %2. Describe the circumstance instead: what made this easy to get wrong, and what would catch it next time.</source>
        <translation>„%1“ gibt %2 die Schuld am Fehler. Beschreiben Sie stattdessen die Umstände: was den Fehler leicht gemacht hat und was ihn beim nächsten Mal abfängt.</translation>
    </message>
    <message>
        <source>“%1” judges a person, not what happened. Describe the circumstance instead: what made the failure possible, and what would have caught it.</source>
        <translation>„%1“ urteilt über einen Menschen, nicht über das Geschehen. Beschreiben Sie stattdessen die Umstände: was den Fehler möglich gemacht hat und was ihn abgefangen hätte.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands (run without a display):
  export REVIEW --format md|pdf|json [--audience internal|customer] -o OUT
  import FILE.md|FILE.json -o REVIEW.hindsight</source>
        <translation type="vanished">Befehle (laufen ohne Bildschirm):
  export REVIEW --format md|pdf|json [--audience internal|customer] -o OUT
  import FILE.md|FILE.json -o REVIEW.hindsight</translation>
    </message>
    <message>
        <source>Exports a review to Markdown, PDF or JSON.</source>
        <translation type="vanished">Exportiert ein Review als Markdown, PDF oder JSON.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The .hindsight review to export.</source>
        <translation>Das zu exportierende .hindsight-Review.</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>Das Format: %1.</translation>
    </message>
    <message>
        <source>Who it is for: internal (everything) or customer (public parts only).</source>
        <translation>Für wen es ist: internal (alles) oder customer (nur die öffentlichen Teile).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Leave the emoji out of the headings.</source>
        <translation>Die Emojis in den Überschriften weglassen.</translation>
    </message>
    <message>
        <source>usage: export REVIEW --format md|pdf|json [--audience internal|customer] -o OUT</source>
        <translation type="vanished">Aufruf: export REVIEW --format md|pdf|json [--audience internal|customer] -o OUT</translation>
    </message>
    <message>
        <source>unknown format “%1”; use one of: %2</source>
        <translation>unbekanntes Format „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>unknown audience “%1”; use internal or customer</source>
        <translation>unbekannte Zielgruppe „%1“; möglich sind internal oder customer</translation>
    </message>
    <message>
        <source>Imports a Markdown postmortem or a JSON interchange file into a new review.</source>
        <translation>Importiert ein Markdown-Postmortem oder eine JSON-Austauschdatei in ein neues Review.</translation>
    </message>
    <message>
        <source>The .md or .json file to import.</source>
        <translation>Die zu importierende .md- oder .json-Datei.</translation>
    </message>
    <message>
        <source>The .hindsight review to create.</source>
        <translation>Das anzulegende .hindsight-Review.</translation>
    </message>
    <message>
        <source>Replace the output review if it exists.</source>
        <translation>Das Ziel-Review ersetzen, falls es schon existiert.</translation>
    </message>
    <message>
        <source>usage: import FILE.md|FILE.json -o REVIEW.hindsight</source>
        <translation>Aufruf: import FILE.md|FILE.json -o REVIEW.hindsight</translation>
    </message>
    <message>
        <source>“%1” does not exist</source>
        <translation>„%1“ existiert nicht</translation>
    </message>
    <message>
        <source>cannot import “%1”: use a .md or .json file</source>
        <translation>„%1“ kann nicht importiert werden: verwenden Sie eine .md- oder .json-Datei</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>“%1” already exists; add --force to replace it</source>
        <translation>„%1“ existiert bereits; mit --force wird es ersetzt</translation>
    </message>
    <message>
        <source>Start an incident now, in live mode, on FILE when given (created if it does not exist); the note input has the keyboard focus.</source>
        <translation>Jetzt einen Incident im Live-Modus beginnen, in FILE, falls angegeben (wird angelegt, falls es nicht existiert); die Notizeingabe hat den Tastaturfokus.</translation>
    </message>
    <message>
        <source>Take notes line by line from standard input, answering “ok ID” once each is in the file.</source>
        <translation>Notizen zeilenweise von der Standardeingabe lesen und mit „ok ID“ antworten, sobald eine in der Datei steht.</translation>
    </message>
    <message>
        <source>A review to open, or a Markdown or JSON file to import.</source>
        <translation>Ein zu öffnendes Review oder eine zu importierende Markdown- oder JSON-Datei.</translation>
    </message>
    <message>
        <source>Hindsight: an editor for incident reviews.</source>
        <translation>Hindsight: ein Editor für Incident-Reviews.</translation>
    </message>
    <message>
        <source>“%1” is not a command; the commands that run without a display are: %2</source>
        <translation>„%1“ ist kein Befehl; ohne Bildschirm laufen diese Befehle: %2</translation>
    </message>
    <message>
        <source>there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set); without one, use a command: %1</source>
        <translation>es gibt keinen Bildschirm, auf dem sich ein Fenster öffnen ließe (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt); ohne ihn bleiben die Befehle: %1</translation>
    </message>
    <message>
        <source>cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>Commands (run without a display):
  export REVIEW --format md|pdf|html|json [--audience internal|customer] -o OUT
  import FILE.md|FILE.json -o REVIEW.hindsight</source>
        <translation type="vanished">Befehle (laufen ohne Bildschirm):
  export REVIEW --format md|pdf|html|json [--audience internal|customer] -o OUT
  import FILE.md|FILE.json -o REVIEW.hindsight</translation>
    </message>
    <message>
        <source>Exports a review to Markdown, PDF, HTML or JSON.</source>
        <translation>Exportiert ein Review als Markdown, PDF, HTML oder JSON.</translation>
    </message>
    <message>
        <source>usage: export REVIEW --format md|pdf|html|json [--audience internal|customer] -o OUT</source>
        <translation>Aufruf: export REVIEW --format md|pdf|html|json [--audience internal|customer] -o OUT</translation>
    </message>
    <message>
        <source>Commands (run without a display):
  export REVIEW --format md|pdf|html|json [--audience internal|customer] -o OUT
  import FILE.md|FILE.json -o REVIEW.hindsight
  check REVIEW [--json]</source>
        <translation type="vanished">Befehle (laufen ohne Bildschirm):
  export REVIEW --format md|pdf|html|json [--audience internal|customer] -o OUT
  import FILE.md|FILE.json -o REVIEW.hindsight
  check REVIEW [--json]</translation>
    </message>
    <message>
        <source>Checks a review against the template&apos;s advice; exits with 1 when a check is open, 0 otherwise.</source>
        <translation>Prüft ein Review auf die Ratschläge der Vorlage; endet mit 1, wenn eine Prüfung offen ist, sonst mit 0.</translation>
    </message>
    <message>
        <source>The .hindsight review to check.</source>
        <translation>Das zu prüfende .hindsight-Review.</translation>
    </message>
    <message>
        <source>Print the open checks as JSON.</source>
        <translation>Die offenen Prüfungen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>usage: check REVIEW [--json]</source>
        <translation>Aufruf: check REVIEW [--json]</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Commands (run without a display):
  export REVIEW --format md|pdf|html|json [--audience internal|customer] -o OUT
  import FILE.md|FILE.json -o REVIEW.hindsight
  check REVIEW [--json]
  merge-comments REVIEW COPY…</source>
        <translation>Befehle (laufen ohne Bildschirm):
  export REVIEW --format md|pdf|html|json [--audience internal|customer] -o OUT
  import FILE.md|FILE.json -o REVIEW.hindsight
  check REVIEW [--json]
  merge-comments REVIEW COPY…</translation>
    </message>
    <message>
        <source>Brings the comments, replies, resolutions and sign-offs of copies of a review into it, never their edits of the review itself. Exits with 1, leaving REVIEW unchanged, when a copy is refused.</source>
        <translation>Übernimmt die Kommentare, Antworten, Erledigungen und Freigaben aus Kopien eines Reviews, nie deren Änderungen am Review selbst. Endet mit 1 und lässt REVIEW unverändert, wenn eine Kopie abgelehnt wird.</translation>
    </message>
    <message>
        <source>The .hindsight review to merge into.</source>
        <translation>Das .hindsight-Review, in das übernommen wird.</translation>
    </message>
    <message>
        <source>Copies of the review that reviewers sent back.</source>
        <translation>Kopien des Reviews, die Reviewer zurückgeschickt haben.</translation>
    </message>
    <message>
        <source>usage: merge-comments REVIEW COPY…</source>
        <translation>Aufruf: merge-comments REVIEW COPY…</translation>
    </message>
    <message>
        <source>“%1” was saved by an older version of Hindsight and has no review identity yet; open it in Hindsight once to give it one.</source>
        <translation>„%1“ wurde von einer älteren Version von Hindsight gespeichert und hat noch keine Review-Identität; öffnen Sie es einmal in Hindsight, damit es eine bekommt.</translation>
    </message>
    <message>
        <source>nothing was merged; “%1” is unchanged</source>
        <translation>nichts wurde übernommen; „%1“ ist unverändert</translation>
    </message>
    <message>
        <source>cannot merge into “%1”: %2</source>
        <translation>in „%1“ kann nicht übernommen werden: %2</translation>
    </message>
    <message>
        <source>Merge comments</source>
        <translation>Kommentare übernehmen</translation>
    </message>
    <message>
        <source>could not write “%1”</source>
        <translation>„%1“ konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>End the internal Markdown or PDF with the open comment threads (never in the customer version).</source>
        <translation>Das interne Markdown oder PDF mit den offenen Diskussionen beenden (nie in der Kundenversion).</translation>
    </message>
</context>
<context>
    <name>DiscussionAppendix</name>
    <message>
        <source>Open comment threads</source>
        <translation>Offene Diskussionen</translation>
    </message>
    <message>
        <source>%1: on %2</source>
        <translation>%1: zu %2</translation>
    </message>
    <message>
        <source>**%1**, %2:</source>
        <translation>**%1**, %2:</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
</context>
<context>
    <name>DiscussionMerge</name>
    <message>
        <source>an untitled review</source>
        <translation>ein Review ohne Titel</translation>
    </message>
    <message>
        <source>%1 was saved by an older version of Hindsight, before reviews had an identity, so it cannot be told to be a copy of this review.</source>
        <translation>%1 wurde von einer älteren Version von Hindsight gespeichert, als Reviews noch keine Identität hatten; daher lässt sich nicht erkennen, ob es eine Kopie dieses Reviews ist.</translation>
    </message>
    <message>
        <source>%1 is another review (%2), not a copy of this one.</source>
        <translation>%1 ist ein anderes Review (%2), keine Kopie dieses Reviews.</translation>
    </message>
    <message>
        <source>1 comment</source>
        <translation>1 Kommentar</translation>
    </message>
    <message>
        <source>%1 comments</source>
        <translation>%1 Kommentare</translation>
    </message>
    <message>
        <source>1 reply</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <source>%1 replies</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>1 resolution</source>
        <translation>1 Erledigung</translation>
    </message>
    <message>
        <source>%1 resolutions</source>
        <translation>%1 Erledigungen</translation>
    </message>
    <message>
        <source>1 change of a comment</source>
        <translation>1 Änderung eines Kommentars</translation>
    </message>
    <message>
        <source>%1 changes of comments</source>
        <translation>%1 Änderungen von Kommentaren</translation>
    </message>
    <message>
        <source>1 sign-off</source>
        <translation>1 Freigabe</translation>
    </message>
    <message>
        <source>%1 sign-offs</source>
        <translation>%1 Freigaben</translation>
    </message>
    <message>
        <source>from 1 copy</source>
        <translation>aus 1 Kopie</translation>
    </message>
    <message>
        <source>from %1 copies</source>
        <translation>aus %1 Kopien</translation>
    </message>
    <message>
        <source>Nothing new %1: the review already holds all of their comments.</source>
        <translation>Nichts Neues %1: das Review enthält schon alle ihre Kommentare.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list of things merged</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Merged %1 %2.</source>
        <comment>“Merged 2 comments and 1 reply from 2 copies.”</comment>
        <translation>%1 %2 übernommen.</translation>
    </message>
</context>
<context>
    <name>DiscussionText</name>
    <message>
        <source>the section</source>
        <translation>den Abschnitt</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>text that was removed: “%1”</source>
        <translation>entfernten Text: „%1“</translation>
    </message>
    <message>
        <source>the event “%1”</source>
        <translation>das Ereignis „%1“</translation>
    </message>
    <message>
        <source>the action “%1”</source>
        <translation>die Maßnahme „%1“</translation>
    </message>
    <message>
        <source>the lesson “%1”</source>
        <translation>die Lehre „%1“</translation>
    </message>
    <message>
        <source>the figure “%1”</source>
        <translation>die Abbildung „%1“</translation>
    </message>
    <message>
        <source>the row “%1”</source>
        <translation>die Zeile „%1“</translation>
    </message>
    <message>
        <source>a row that was removed</source>
        <translation>eine entfernte Zeile</translation>
    </message>
</context>
<context>
    <name>DocumentContent</name>
    <message>
        <source>Users affected</source>
        <translation>Betroffene Nutzer</translation>
    </message>
    <message>
        <source>Revenue lost</source>
        <translation>Umsatzverlust</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>Data lost</source>
        <translation>Daten verloren</translation>
    </message>
    <message>
        <source>Data compromised</source>
        <translation>Daten kompromittiert</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>DocumentFigures</name>
    <message>
        <source>Figure %1</source>
        <translation>Abbildung %1</translation>
    </message>
    <message>
        <source>Figure %1: %2</source>
        <translation>Abbildung %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the review has charts, and no chart renderer was given to draw them. Export from the Hindsight application or its command line, which draw charts.</source>
        <translation>%1 kann nicht geschrieben werden: das Review enthält Diagramme, aber nichts wurde übergeben, das sie zeichnet. Exportieren Sie aus der Hindsight-Anwendung oder über ihre Kommandozeile, die Diagramme zeichnen.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist keine normale Datei.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a Hindsight review, and an export never replaces a review. Choose another file name.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Hindsight-Review, und ein Export ersetzt nie ein Review. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>FigureImages</name>
    <message>
        <source>The image</source>
        <translation>Das Bild</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is too large (%2; a review keeps images up to %3).</source>
        <translation>%1 ist zu groß (%2; ein Review nimmt Bilder bis %3 auf).</translation>
    </message>
    <message>
        <source>%1 is not an image Hindsight can show (PNG, JPEG, GIF, BMP or WebP).</source>
        <translation>%1 ist kein Bild, das Hindsight anzeigen kann (PNG, JPEG, GIF, BMP oder WebP).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file; only image files are read.</source>
        <translation>%1 ist keine normale Datei; nur Bilddateien werden gelesen.</translation>
    </message>
</context>
<context>
    <name>FigureInput</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Metrics files (*.csv *.tsv *.json);;CSV files (*.csv *.tsv);;Prometheus answers (*.json);;All files (*)</source>
        <translation>Metrikdateien (*.csv *.tsv *.json);;CSV-Dateien (*.csv *.tsv);;Prometheus-Antworten (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Hindsight</name>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Actions and issues</source>
        <translation>Maßnahmen und Tickets</translation>
    </message>
    <message>
        <source>Share it</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Millisecond</source>
        <translation>Millisekunde</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>Day only</source>
        <translation>Nur Tag</translation>
    </message>
    <message>
        <source>Unknown time</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>Live note</source>
        <translation>Live-Notiz</translation>
    </message>
    <message>
        <source>Typed in the table</source>
        <translation>In der Tabelle eingegeben</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Monitoring dashboard</source>
        <translation>Monitoring-Dashboard</translation>
    </message>
    <message>
        <source>Customer report</source>
        <translation>Kundenmeldung</translation>
    </message>
    <message>
        <source>Employee report</source>
        <translation>Meldung von Mitarbeitenden</translation>
    </message>
    <message>
        <source>Automated test</source>
        <translation>Automatisierter Test</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation>Vorbeugung</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation>Wird nicht umgesetzt</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Wo wir Glück hatten</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Datenreihen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add chart to %1</source>
        <translation>Diagramm zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add image to %1</source>
        <translation>Bild zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>additional notes</source>
        <translation>weiteren Notizen</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>Zeile verschieben</translation>
    </message>
    <message>
        <source>Edit row</source>
        <translation>Zeile bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n figure(s)</source>
        <translation>
            <numerusform>%n Abbildung entfernen</numerusform>
            <numerusform>%n Abbildungen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>%n Zeile löschen</numerusform>
            <numerusform>%n Zeilen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>LABELS_IN_SENTENCE_LOWER_CASE</source>
        <comment>Translate as LABELS_IN_SENTENCE_AS_WRITTEN when the names of sections and columns keep their capital letters inside a sentence (as German nouns do); keep it as it is when they are written in lower case.</comment>
        <translation>LABELS_IN_SENTENCE_AS_WRITTEN</translation>
    </message>
    <message>
        <source>The review is open read-only, so the note was not added.</source>
        <translation>Das Review ist schreibgeschützt geöffnet, daher wurde die Notiz nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>The review has no file, so the note could not be kept.</source>
        <translation>Das Review hat keine Datei, daher konnte die Notiz nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A note needs a time to be placed on the timeline.</source>
        <translation>Eine Notiz braucht eine Zeit, um auf der Zeitleiste eingeordnet zu werden.</translation>
    </message>
    <message>
        <source>User impact</source>
        <translation>Auswirkungen auf Nutzer</translation>
    </message>
    <message>
        <source>Business impact</source>
        <translation>Auswirkungen auf das Geschäft</translation>
    </message>
    <message>
        <source>Team impact</source>
        <translation>Auswirkungen auf das Team</translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation>Betroffene Nutzer</translation>
    </message>
    <message>
        <source>Revenue lost</source>
        <translation>Umsatzverlust</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>Data lost</source>
        <translation>Daten verloren</translation>
    </message>
    <message>
        <source>Data compromised</source>
        <translation>Daten kompromittiert</translation>
    </message>
    <message>
        <source>Dismiss check</source>
        <translation>Prüfung verwerfen</translation>
    </message>
    <message>
        <source>Restore check</source>
        <translation>Prüfung wiederherstellen</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>Resolve thread</source>
        <translation>Diskussion erledigen</translation>
    </message>
    <message>
        <source>Reopen thread</source>
        <translation>Diskussion wieder öffnen</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Kommentar löschen</translation>
    </message>
    <message>
        <source>Approve as %1</source>
        <translation>Als %1 freigeben</translation>
    </message>
    <message>
        <source>Request changes as %1</source>
        <translation>Als %1 Änderungen anfordern</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigung</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wiedereröffnung</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>Add a reviewer</source>
        <translation>Reviewer hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n reviewer(s)</source>
        <translation>
            <numerusform>%n Reviewer entfernen</numerusform>
            <numerusform>%n Reviewer entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Web page (HTML, self-contained)</source>
        <translation>Webseite (HTML, eigenständig)</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Review ohne Titel</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code</comment>
        <extracomment>The language this translation is written in, as an HTML lang attribute (a BCP 47 code).</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Notiz ohne Titel</translation>
    </message>
    <message>
        <source>Customer version</source>
        <translation>Kundenversion</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Begonnen %1</translation>
    </message>
    <message>
        <source>Detected after %1</source>
        <translation>Erkannt nach %1</translation>
    </message>
    <message>
        <source>Mitigated after %1</source>
        <translation>Eingedämmt nach %1</translation>
    </message>
    <message>
        <source>Resolved after %1</source>
        <translation>Behoben nach %1</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Zielgruppe:</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Ohne Namen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>All times in UTC.</source>
        <translation>Alle Zeiten in UTC.</translation>
    </message>
    <message>
        <source>All times in %1 (%2).</source>
        <translation>Alle Zeiten in %1 (%2).</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>the chart “%1” could not be drawn.</source>
        <translation>das Diagramm „%1“ konnte nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>The milestone &quot;%1&quot; is set on %n events; the earliest one counts.</source>
        <translation>
            <numerusform>Der Meilenstein „%1“ ist an %n Ereignis gesetzt; das früheste zählt.</numerusform>
            <numerusform>Der Meilenstein „%1“ ist an %n Ereignissen gesetzt; das früheste zählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The milestone &quot;%1&quot; comes before &quot;%2&quot; in time; the metrics will be flagged.</source>
        <translation>Der Meilenstein „%1“ liegt zeitlich vor „%2“; die Kennzahlen werden als fraglich markiert.</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>JSON interchange file</source>
        <translation>JSON-Austauschdatei</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>JSON interchange file</source>
        <translation>JSON-Austauschdatei</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Line %1, column %2: not valid JSON: %3.</source>
        <translation>Zeile %1, Spalte %2: kein gültiges JSON: %3.</translation>
    </message>
    <message>
        <source>This is not a Hindsight review: the top level is an array, not a JSON object.</source>
        <translation>Dies ist kein Hindsight-Review: die oberste Ebene ist ein Array, kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This is not a Hindsight review: it has no &quot;format&quot; field (a review has &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Dies ist kein Hindsight-Review: es fehlt das Feld &quot;format&quot; (ein Review hat &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>This is not a Hindsight review: format is %1, not &quot;%2&quot;.</source>
        <translation>Dies ist kein Hindsight-Review: format ist %1, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>formatVersion: missing; a review says which version of the format it follows.</source>
        <translation>formatVersion: fehlt; ein Review gibt an, welcher Version des Formats es folgt.</translation>
    </message>
    <message>
        <source>formatVersion: expected a whole number, found %1.</source>
        <translation>formatVersion: ganze Zahl erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>formatVersion: %1 is not a format version.</source>
        <translation>formatVersion: %1 ist keine Formatversion.</translation>
    </message>
    <message>
        <source>This review was written by a newer Hindsight (format version %1; this version reads %2).</source>
        <translation>Dieses Review wurde von einem neueren Hindsight geschrieben (Formatversion %1; diese Version liest %2).</translation>
    </message>
    <message>
        <source>a review status</source>
        <translation>ein Review-Status</translation>
    </message>
    <message>
        <source>timeZone: %1 is not a time zone this system knows; times are shown in UTC.</source>
        <translation>timeZone: %1 ist keine Zeitzone, die dieses System kennt; Zeiten werden in UTC angezeigt.</translation>
    </message>
    <message>
        <source>a visibility</source>
        <translation>eine Sichtbarkeit</translation>
    </message>
    <message>
        <source>a detection method</source>
        <translation>eine Erkennungsmethode</translation>
    </message>
    <message>
        <source>a time precision</source>
        <translation>eine Zeitgenauigkeit</translation>
    </message>
    <message>
        <source>%1: missing; every event needs a time.</source>
        <translation>%1: fehlt; jedes Ereignis braucht eine Zeit.</translation>
    </message>
    <message>
        <source>an event kind</source>
        <translation>eine Ereignisart</translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation>ein Meilenstein</translation>
    </message>
    <message>
        <source>an event source</source>
        <translation>eine Ereignisquelle</translation>
    </message>
    <message>
        <source>an action type</source>
        <translation>ein Maßnahmentyp</translation>
    </message>
    <message>
        <source>an action status</source>
        <translation>ein Maßnahmenstatus</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3.</source>
        <translation>%1: %2 erwartet, %3 gefunden.</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number.</source>
        <translation>%1: %2 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4).</source>
        <translation>%1: %2 liegt außerhalb des Bereichs (%3 bis %4).</translation>
    </message>
    <message>
        <source>%1: %2 is below %3.</source>
        <translation>%1: %2 ist kleiner als %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not %3 (expected one of %4).</source>
        <translation>%1: %2 ist nicht %3 (erwartet wird eines von %4).</translation>
    </message>
    <message>
        <source>%1: %2 has no time zone; add Z for UTC or an offset such as +01:00.</source>
        <translation>%1: %2 hat keine Zeitzone; ergänzen Sie Z für UTC oder einen Versatz wie +01:00.</translation>
    </message>
    <message>
        <source>%1: %2 is not a valid time (expected ISO 8601 such as 2023-03-14T13:05:00.000Z).</source>
        <translation>%1: %2 ist keine gültige Zeit (erwartet wird ISO 8601 wie 2023-03-14T13:05:00.000Z).</translation>
    </message>
    <message>
        <source>%1: %2 is not a valid date (expected YYYY-MM-DD).</source>
        <translation>%1: %2 ist kein gültiges Datum (erwartet wird JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>ein Abschnitt</translation>
    </message>
    <message>
        <source>a figure kind</source>
        <translation>eine Abbildungsart</translation>
    </message>
    <message>
        <source>%1: not Base64-encoded image data.</source>
        <translation>%1: keine Base64-kodierten Bilddaten.</translation>
    </message>
    <message>
        <source>%1: expected a pair [milliseconds since 1970 UTC, value].</source>
        <translation>%1: erwartet wird ein Paar [Millisekunden seit 1970 UTC, Wert].</translation>
    </message>
    <message>
        <source>sections.impact: its parts have no visibility of their own, so all of them are internal and the customer version leaves the impact out; make the parts to share public in the Impact section.</source>
        <translation>sections.impact: Die Teile haben keine eigene Sichtbarkeit, daher sind alle intern und die Kundenversion lässt die Auswirkungen weg; machen Sie die Teile, die geteilt werden sollen, im Abschnitt Auswirkungen öffentlich.</translation>
    </message>
    <message>
        <source>%1: missing; it is the record&apos;s UUID.</source>
        <translation>%1: fehlt; es ist die UUID des Eintrags.</translation>
    </message>
    <message>
        <source>%1: %2 is not a UUID.</source>
        <translation>%1: %2 ist keine UUID.</translation>
    </message>
    <message>
        <source>a verdict</source>
        <translation>ein Urteil</translation>
    </message>
    <message>
        <source>%1: missing; every sign-off has a time.</source>
        <translation>%1: fehlt; jede Freigabe hat eine Zeit.</translation>
    </message>
    <message>
        <source>%1: missing; every comment has a time.</source>
        <translation>%1: fehlt; jeder Kommentar hat eine Zeit.</translation>
    </message>
    <message>
        <source>%1: missing; a resolution has a time.</source>
        <translation>%1: fehlt; eine Erledigung hat eine Zeit.</translation>
    </message>
    <message>
        <source>%1: missing; a comment belongs to a section.</source>
        <translation>%1: fehlt; ein Kommentar gehört zu einem Abschnitt.</translation>
    </message>
    <message>
        <source>an anchor kind</source>
        <translation>eine Art von Bezug</translation>
    </message>
    <message>
        <source>%1: %2 is not a kind of row.</source>
        <translation>%1: %2 ist keine Art von Zeile.</translation>
    </message>
</context>
<context>
    <name>JsonSyntax</name>
    <message>
        <source>text after the end of the JSON value</source>
        <translation>Text nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>the object is not closed</source>
        <translation>das Objekt wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the array is not closed</source>
        <translation>das Array wird nicht geschlossen</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot;</source>
        <translation>„,“ oder „}“ erwartet</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot;</source>
        <translation>„,“ oder „]“ erwartet</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>ein Name in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after the member name</source>
        <translation>„:“ nach dem Namen erwartet</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>ein Wert fehlt</translation>
    </message>
    <message>
        <source>not a JSON value</source>
        <translation>kein JSON-Wert</translation>
    </message>
    <message>
        <source>a control character (0x%1) inside a string must be escaped</source>
        <translation>ein Steuerzeichen (0x%1) in einer Zeichenkette muss maskiert werden</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>auf \u müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>\%1 is not an escape sequence of JSON</source>
        <translation>\%1 ist keine Escape-Sequenz von JSON</translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation>die Zeichenkette wird nicht geschlossen</translation>
    </message>
    <message>
        <source>a number must not start with 0</source>
        <translation>eine Zahl darf nicht mit 0 beginnen</translation>
    </message>
    <message>
        <source>a digit is missing in the number</source>
        <translation>in der Zahl fehlt eine Ziffer</translation>
    </message>
    <message>
        <source>a backslash followed by the byte 0x%1 is not an escape sequence of JSON</source>
        <translation>ein Backslash gefolgt vom Byte 0x%1 ist keine Escape-Sequenz von JSON</translation>
    </message>
</context>
<context>
    <name>LastLook</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author “%1”</source>
        <translation>Autor „%1“</translation>
    </message>
    <message>
        <source>Timeline event at %1</source>
        <translation>Ereignis der Zeitleiste um %1</translation>
    </message>
    <message>
        <source>Action “%1”</source>
        <translation>Maßnahme „%1“</translation>
    </message>
    <message>
        <source>Additional notes</source>
        <translation>Weitere Notizen</translation>
    </message>
    <message>
        <source>Note “%1”</source>
        <translation>Notiz „%1“</translation>
    </message>
    <message>
        <source>Figure “%1” in %2</source>
        <translation>Abbildung „%1“ in %2</translation>
    </message>
    <message>
        <source>Revenue lost: %1</source>
        <translation>Umsatzverlust: %1</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Internal service name</source>
        <translation>Interner Dienstname</translation>
    </message>
    <message>
        <source>Ticket key</source>
        <translation>Ticket-Schlüssel</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>Dateipfad</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>Name einer Person</translation>
    </message>
    <message>
        <source>Amount of money</source>
        <translation>Geldbetrag</translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source>Untitled review</source>
        <translation>Review ohne Titel</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Notiz ohne Titel</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Begonnen %1</translation>
    </message>
    <message>
        <source>Detected after %1</source>
        <translation>Erkannt nach %1</translation>
    </message>
    <message>
        <source>Mitigated after %1</source>
        <translation>Eingedämmt nach %1</translation>
    </message>
    <message>
        <source>Resolved after %1</source>
        <translation>Behoben nach %1</translation>
    </message>
    <message>
        <source>Customer version</source>
        <translation>Kundenversion</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Zielgruppe:</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Ohne Namen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>All times in UTC.</source>
        <translation>Alle Zeiten in UTC.</translation>
    </message>
    <message>
        <source>All times in %1 (%2).</source>
        <translation>Alle Zeiten in %1 (%2).</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Markdown (GitHub)</source>
        <translation>Markdown (GitHub)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the chart “%2” could not be saved as PNG.</source>
        <translation>%1 kann nicht geschrieben werden: das Diagramm „%2“ konnte nicht als PNG gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>MarkdownImporter</name>
    <message>
        <source>Markdown postmortem</source>
        <translation>Markdown-Postmortem</translation>
    </message>
    <message>
        <source>The image %1 in %2 was not found beside the file; it stays a link.</source>
        <translation>Das Bild %1 in %2 wurde neben der Datei nicht gefunden; es bleibt ein Link.</translation>
    </message>
    <message>
        <source>%1 It stays a link.</source>
        <translation>%1 Es bleibt ein Link.</translation>
    </message>
    <message>
        <source>The image %1 in %2 stays a link: only an image on a line of its own becomes a figure.</source>
        <translation>Das Bild %1 in %2 bleibt ein Link: nur ein Bild in einer eigenen Zeile wird zu einer Abbildung.</translation>
    </message>
    <message>
        <source>The image %1 in %2 lies outside the folder of the Markdown file; it stays a link: only images in that folder and the folders below it are read.</source>
        <translation>Das Bild %1 in %2 liegt außerhalb des Ordners der Markdown-Datei; es bleibt ein Link: nur Bilder in diesem Ordner und den Ordnern darunter werden gelesen.</translation>
    </message>
    <message>
        <source>The image %1 in %2 leads through a symbolic link to a file outside the folder of the Markdown file; it stays a link: only images in that folder and the folders below it are read.</source>
        <translation>Das Bild %1 in %2 führt über einen symbolischen Link zu einer Datei außerhalb des Ordners der Markdown-Datei; es bleibt ein Link: nur Bilder in diesem Ordner und den Ordnern darunter werden gelesen.</translation>
    </message>
</context>
<context>
    <name>MarkdownReader</name>
    <message>
        <source>%1 more warnings were left out.</source>
        <translation>%1 weitere Warnungen wurden weggelassen.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; is kept as a link; image files are not imported.</source>
        <translation>das Bild „%1“ bleibt ein Link; Bilddateien werden nicht importiert.</translation>
    </message>
    <message>
        <source>No heading names a section of the review template; the whole text was put in the summary.</source>
        <translation>Keine Überschrift nennt einen Abschnitt der Review-Vorlage; der ganze Text steht jetzt in der Zusammenfassung.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>„%1“ ist kein Datum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>„%1“ ist keine Uhrzeit.</translation>
    </message>
    <message>
        <source>The document has no title (a first-level heading such as &quot;# Checkout outage&quot;); the review is untitled.</source>
        <translation>Das Dokument hat keinen Titel (eine Überschrift erster Ebene wie „# Checkout-Ausfall“); das Review hat keinen Titel.</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Front Matter</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity (SEV1 to SEV5); it was kept as text.</source>
        <translation>„%1“ ist kein Schweregrad (SEV1 bis SEV5); es blieb als Text erhalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review status; the review is a draft and the line was kept as text.</source>
        <translation>„%1“ ist kein Review-Status; das Review ist ein Entwurf, und die Zeile blieb als Text erhalten.</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; was read as &quot;%2&quot;; the line was kept as text.</source>
        <translation>der Status „%1“ wurde als „%2“ gelesen; die Zeile blieb als Text erhalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone Hindsight knows; times without a zone are read as UTC.</source>
        <translation>„%1“ ist keine Zeitzone, die Hindsight kennt; Zeiten ohne Zone werden als UTC gelesen.</translation>
    </message>
    <message>
        <source>the timeline marks &quot;%1&quot; at another time; the timeline&apos;s was kept.</source>
        <translation>die Zeitleiste setzt „%1“ zu einer anderen Zeit; die der Zeitleiste wurde übernommen.</translation>
    </message>
    <message>
        <source>the table row has %1 of %2 cells; the missing ones were left empty.</source>
        <translation>die Tabellenzeile hat %1 von %2 Zellen; die fehlenden blieben leer.</translation>
    </message>
    <message>
        <source>the table row has %1 cells but its header %2; the extra ones were added to the last.</source>
        <translation>die Tabellenzeile hat %1 Zellen, ihre Kopfzeile aber %2; die überzähligen wurden an die letzte angehängt.</translation>
    </message>
    <message>
        <source>the lesson under &quot;%1&quot; does not say whether it went well or wrong; it was put under &quot;What went wrong&quot;.</source>
        <translation>die Erkenntnis unter „%1“ sagt nicht, ob etwas gut oder schief lief; sie steht jetzt unter „Was schiefging“.</translation>
    </message>
    <message>
        <source>the %1 lessons under &quot;%2&quot; do not say whether they went well or wrong; they were put under &quot;What went wrong&quot;.</source>
        <translation>die %1 Erkenntnisse unter „%2“ sagen nicht, ob etwas gut oder schief lief; sie stehen jetzt unter „Was schiefging“.</translation>
    </message>
    <message>
        <source>the action&apos;s %1 was kept in its title.</source>
        <translation>%1 der Maßnahme blieb in ihrem Titel erhalten.</translation>
    </message>
    <message>
        <source>the timeline&apos;s times have no date, and the document names none; the timeline was kept as a note. Add a date line such as &quot;2023-03-14&quot; above it to import its events.</source>
        <translation>die Zeiten der Zeitleiste haben kein Datum, und das Dokument nennt keines; die Zeitleiste blieb als Notiz erhalten. Fügen Sie darüber eine Datumszeile wie „2023-03-14“ ein, um ihre Ereignisse zu importieren.</translation>
    </message>
    <message>
        <source>the timeline names no time zone; its times were read as UTC.</source>
        <translation>die Zeitleiste nennt keine Zeitzone; ihre Zeiten wurden als UTC gelesen.</translation>
    </message>
    <message>
        <source>%1 is UTC%2, but %3 was on UTC%4 at that time; the time was read as written, in UTC%2.</source>
        <translation>%1 ist UTC%2, aber %3 war zu dieser Zeit UTC%4; die Zeit wurde wie geschrieben gelesen, in UTC%2.</translation>
    </message>
    <message>
        <source>the timeline gives times without a date; they were taken to be on %1, the first date the document names (line %2).</source>
        <translation>die Zeitleiste nennt Zeiten ohne Datum; sie wurden dem %1 zugeordnet, dem ersten Datum im Dokument (Zeile %2).</translation>
    </message>
    <message>
        <source>the event has no time; it was kept with an unknown time on %1.</source>
        <translation>das Ereignis hat keine Zeit; es blieb mit unbekannter Zeit am %1 erhalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; the event was kept with an unknown time on %2, and the time as written in its text.</source>
        <translation>„%1“ ist keine Zeit; das Ereignis blieb mit unbekannter Zeit am %2 erhalten, die Zeit wie geschrieben in seinem Text.</translation>
    </message>
    <message>
        <source>a timeline entry without a time was kept in a note.</source>
        <translation>ein Eintrag der Zeitleiste ohne Zeit blieb in einer Notiz erhalten.</translation>
    </message>
    <message>
        <source>an author in the front matter has no name; the entry was kept as written in the note &quot;%1&quot;.</source>
        <translation>eine Person unter den Autoren im Front Matter hat keinen Namen; der Eintrag blieb unverändert in der Notiz „%1“ erhalten.</translation>
    </message>
    <message>
        <source>the author %1 in the front matter has keys that are not understood (%2); the entry was kept as written in the note &quot;%3&quot;.</source>
        <translation>der Autor %1 im Front Matter hat Schlüssel, die nicht verstanden werden (%2); der Eintrag blieb unverändert in der Notiz „%3“ erhalten.</translation>
    </message>
    <message>
        <source>the table&apos;s first row is its header, as GitHub shows it; it was not read as an event.</source>
        <translation>die erste Zeile der Tabelle ist ihre Kopfzeile, wie GitHub sie zeigt; sie wurde nicht als Ereignis gelesen.</translation>
    </message>
</context>
<context>
    <name>MetricReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1: a quoted value is not closed on its line.</source>
        <translation>Zeile %1: ein Wert in Anführungszeichen wird in seiner Zeile nicht geschlossen.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>No column holds times; expected a header such as “time” or “timestamp”, or times such as 2023-03-14T12:30:00Z or 1678797000 in the first row.</source>
        <translation>Keine Spalte enthält Zeiten; erwartet wird eine Überschrift wie „time“ oder „timestamp“ oder Zeiten wie 2023-03-14T12:30:00Z oder 1678797000 in der ersten Zeile.</translation>
    </message>
    <message>
        <source>The file has only a time column; a chart needs a column of values beside it.</source>
        <translation>Die Datei hat nur eine Zeitspalte; ein Diagramm braucht daneben eine Spalte mit Werten.</translation>
    </message>
    <message>
        <source>Line %1, column “%2”: %3 is not a time; expected times such as 2023-03-14T12:30:00Z, 2023-03-14 12:30 or 1678797000.</source>
        <translation>Zeile %1, Spalte „%2“: %3 ist keine Zeit; erwartet werden Zeiten wie 2023-03-14T12:30:00Z, 2023-03-14 12:30 oder 1678797000.</translation>
    </message>
    <message>
        <source>Line %1, column “%2”: %3 is %4, but line %5 has %6 (%7); a file must keep to one time format.</source>
        <translation>Zeile %1, Spalte „%2“: %3 ist %4, aber Zeile %5 hat %6 (%7); eine Datei muss bei einem Zeitformat bleiben.</translation>
    </message>
    <message>
        <source>The file has a header but no rows of values.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen mit Werten.</translation>
    </message>
    <message>
        <source>Column “%1” is empty; it was left out.</source>
        <translation>Spalte „%1“ ist leer; sie wurde weggelassen.</translation>
    </message>
    <message>
        <source>Column “%1” holds no numbers (%2); it was left out.</source>
        <translation>Spalte „%1“ enthält keine Zahlen (%2); sie wurde weggelassen.</translation>
    </message>
    <message>
        <source>Column “%1”: left out 1 value that is not a number (%2).</source>
        <translation>Spalte „%1“: 1 Wert, der keine Zahl ist, wurde weggelassen (%2).</translation>
    </message>
    <message>
        <source>Column “%1”: left out %2 values that are not numbers (%3).</source>
        <translation>Spalte „%1“: %2 Werte, die keine Zahlen sind, wurden weggelassen (%3).</translation>
    </message>
    <message>
        <source>Column “%1”: left out 1 value that is NaN or infinite.</source>
        <translation>Spalte „%1“: 1 Wert, der NaN oder unendlich ist, wurde weggelassen.</translation>
    </message>
    <message>
        <source>Column “%1”: left out %2 values that are NaN or infinite.</source>
        <translation>Spalte „%1“: %2 Werte, die NaN oder unendlich sind, wurden weggelassen.</translation>
    </message>
    <message>
        <source>No value is a number: line %1, column “%2”: %3 is not a number.</source>
        <translation>Kein Wert ist eine Zahl: Zeile %1, Spalte „%2“: %3 ist keine Zahl.</translation>
    </message>
    <message>
        <source>The file holds times but no values.</source>
        <translation>Die Datei enthält Zeiten, aber keine Werte.</translation>
    </message>
    <message>
        <source>Skipped 1 empty row (line %1).</source>
        <translation>1 leere Zeile übersprungen (Zeile %1).</translation>
    </message>
    <message>
        <source>Skipped %1 empty rows (lines %2).</source>
        <translation>%1 leere Zeilen übersprungen (Zeilen %2).</translation>
    </message>
    <message>
        <source>Skipped 1 row without a time (line %1).</source>
        <translation>1 Zeile ohne Zeit übersprungen (Zeile %1).</translation>
    </message>
    <message>
        <source>Skipped %1 rows without a time (lines %2).</source>
        <translation>%1 Zeilen ohne Zeit übersprungen (Zeilen %2).</translation>
    </message>
    <message>
        <source>The times carry no zone; they were read as %1 time.</source>
        <translation>Die Zeiten haben keine Zone; sie wurden als Zeit in %1 gelesen.</translation>
    </message>
    <message>
        <source>a time with a zone</source>
        <translation>eine Zeit mit Zone</translation>
    </message>
    <message>
        <source>a time without a zone</source>
        <translation>eine Zeit ohne Zone</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>Unix-Sekunden</translation>
    </message>
    <message>
        <source>Unix milliseconds</source>
        <translation>Unix-Millisekunden</translation>
    </message>
    <message>
        <source>Unix microseconds</source>
        <translation>Unix-Mikrosekunden</translation>
    </message>
    <message>
        <source>Unix nanoseconds</source>
        <translation>Unix-Nanosekunden</translation>
    </message>
    <message>
        <source>not a time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>Not a Prometheus query_range answer: %1.</source>
        <translation>Keine Antwort auf eine Prometheus-query_range-Abfrage: %1.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Line %1, column %2: not valid JSON: %3.</source>
        <translation>Zeile %1, Spalte %2: kein gültiges JSON: %3.</translation>
    </message>
    <message>
        <source>the top level is an array, not an object</source>
        <translation>die oberste Ebene ist ein Array, kein Objekt</translation>
    </message>
    <message>
        <source>Prometheus answered with an error (%1): %2.</source>
        <translation>Prometheus hat mit einem Fehler geantwortet (%1): %2.</translation>
    </message>
    <message>
        <source>no “data.result”</source>
        <translation>kein „data.result“</translation>
    </message>
    <message>
        <source>This is the answer to an instant query (resultType “%1”): values at one instant, not a range of samples; a chart needs a range query (/api/v1/query_range), whose answer is a “matrix”.</source>
        <translation>Dies ist die Antwort auf eine Instant-Abfrage (resultType „%1“): Werte zu einem Zeitpunkt, keine Folge von Messwerten; ein Diagramm braucht eine Bereichsabfrage (/api/v1/query_range), deren Antwort eine „matrix“ ist.</translation>
    </message>
    <message>
        <source>data.resultType is %1, not “matrix”</source>
        <translation>data.resultType ist %1, nicht „matrix“</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>data.result is %1, not an array of series</source>
        <translation>data.result ist %1, kein Array von Datenreihen</translation>
    </message>
    <message>
        <source>The answer holds no series: data.result is empty (the query matched nothing in its time range).</source>
        <translation>Die Antwort enthält keine Datenreihen: data.result ist leer (die Abfrage fand in ihrem Zeitraum nichts).</translation>
    </message>
    <message>
        <source>%1: no “values” array (found %2).</source>
        <translation>%1: kein Array „values“ (gefunden: %2).</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>Datenreihe %1</translation>
    </message>
    <message>
        <source>%1.values[%2]: expected [time, &quot;value&quot;], as Prometheus writes a sample.</source>
        <translation>%1.values[%2]: [time, &quot;value&quot;] erwartet, wie Prometheus einen Messwert schreibt.</translation>
    </message>
    <message>
        <source>%1: left out 1 sample that is NaN or ±Inf (Prometheus writes them for gaps and divisions by zero).</source>
        <translation>%1: 1 Messwert, der NaN oder ±Inf ist, wurde weggelassen (Prometheus schreibt sie für Lücken und Divisionen durch null).</translation>
    </message>
    <message>
        <source>%1: left out %2 samples that are NaN or ±Inf (Prometheus writes them for gaps and divisions by zero).</source>
        <translation>%1: %2 Messwerte, die NaN oder ±Inf sind, wurden weggelassen (Prometheus schreibt sie für Lücken und Divisionen durch null).</translation>
    </message>
    <message>
        <source>%1: left out 1 sample that is not a number (%2).</source>
        <translation>%1: 1 Messwert, der keine Zahl ist, wurde weggelassen (%2).</translation>
    </message>
    <message>
        <source>%1: left out %2 samples that are not numbers (%3).</source>
        <translation>%1: %2 Messwerte, die keine Zahlen sind, wurden weggelassen (%3).</translation>
    </message>
    <message>
        <source>%1 has no samples to draw; it was left out.</source>
        <translation>%1 hat keine darstellbaren Messwerte; die Datenreihe wurde weggelassen.</translation>
    </message>
    <message>
        <source>No series has a sample that is a number.</source>
        <translation>Keine Datenreihe hat einen Messwert, der eine Zahl ist.</translation>
    </message>
    <message>
        <source>No series has a sample that is a number: %1 is not a number.</source>
        <translation>Keine Datenreihe hat einen Messwert, der eine Zahl ist: %1 ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>“%1” (%2) comes before “%3” (%4).</source>
        <translation>„%1“ (%2) liegt vor „%3“ (%4).</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>the file could not be written in full</source>
        <translation>die Datei konnte nicht vollständig geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>Cannot write %1: PDF export needs the graphical part of Qt; start the program with a QGuiApplication (the offscreen platform works without a display).</source>
        <translation>%1 kann nicht geschrieben werden: der PDF-Export braucht den grafischen Teil von Qt; starten Sie das Programm mit einer QGuiApplication (die Plattform „offscreen“ funktioniert ohne Bildschirm).</translation>
    </message>
    <message>
        <source>Cannot write %1: no fonts are available to the platform &quot;%2&quot;; install a font (DejaVu Sans) or use the offscreen platform.</source>
        <translation>%1 kann nicht geschrieben werden: der Plattform „%2“ stehen keine Schriften zur Verfügung; installieren Sie eine Schrift (DejaVu Sans) oder verwenden Sie die Plattform „offscreen“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Incident review</source>
        <translation>Incident-Review</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>%1 kann nicht geschrieben werden: das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: a new page could not be started.</source>
        <translation>%1 kann nicht geschrieben werden: eine neue Seite konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be finished.</source>
        <translation>%1 kann nicht geschrieben werden: das PDF konnte nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Customer version</source>
        <translation>Kundenversion</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Additional notes</source>
        <translation>Weitere Notizen</translation>
    </message>
    <message>
        <source>Not in the customer version</source>
        <translation>Nicht in der Kundenversion</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation>Betroffene Nutzer</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Erkannt durch</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Erkannt um</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>Keine Ereignisse erfasst.</translation>
    </message>
    <message>
        <source>All times are in %1.</source>
        <translation>Alle Zeiten in %1.</translation>
    </message>
    <message>
        <source>Rows with a date only, or “--:--”, record the day but not the time.</source>
        <translation>Zeilen mit nur einem Datum oder „--:--“ halten den Tag fest, aber nicht die Uhrzeit.</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>No actions recorded.</source>
        <translation>Keine Maßnahmen erfasst.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>INCIDENT REVIEW</source>
        <translation>INCIDENT-REVIEW</translation>
    </message>
    <message>
        <source>Untitled incident review</source>
        <translation>Incident-Review ohne Titel</translation>
    </message>
    <message>
        <source>Severity not set</source>
        <translation>Schweregrad nicht angegeben</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Customer version: prepared for sharing outside the company; internal sections, timeline entries, actions and contact details are left out.</source>
        <translation>Kundenversion: zur Weitergabe außerhalb des Unternehmens; interne Abschnitte, Einträge der Zeitleiste, Maßnahmen und Kontaktdaten sind weggelassen.</translation>
    </message>
    <message>
        <source>Internal version: the complete review, including internal notes. Do not share it outside the company; export the customer version for that.</source>
        <translation>Interne Version: das vollständige Review mit internen Notizen. Nicht außerhalb des Unternehmens weitergeben; dafür die Kundenversion exportieren.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Internal: do not share outside the company</source>
        <translation>Intern: nicht außerhalb des Unternehmens weitergeben</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Dieses Bild kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>PublishReadiness</name>
    <message>
        <source>1 comment thread still open</source>
        <translation>1 Diskussion noch offen</translation>
    </message>
    <message>
        <source>%1 comment threads still open</source>
        <translation>%1 Diskussionen noch offen</translation>
    </message>
    <message>
        <source>A reviewer without a name</source>
        <translation>Ein Reviewer ohne Namen</translation>
    </message>
    <message>
        <source>%1 has not signed off</source>
        <translation>%1 hat noch nicht freigegeben</translation>
    </message>
    <message>
        <source>%1 requested changes</source>
        <translation>%1 hat Änderungen angefordert</translation>
    </message>
    <message>
        <source>An action without a title</source>
        <translation>Eine Maßnahme ohne Titel</translation>
    </message>
    <message>
        <source>The action “%1”</source>
        <translation>Die Maßnahme „%1“</translation>
    </message>
    <message>
        <source>%1 has no owner and no ticket</source>
        <translation>%1 hat keinen Verantwortlichen und kein Ticket</translation>
    </message>
    <message>
        <source>%1 has no owner</source>
        <translation>%1 hat keinen Verantwortlichen</translation>
    </message>
    <message>
        <source>%1 has no ticket</source>
        <translation>%1 hat kein Ticket</translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message>
        <source>The redaction pattern “%1” is not a valid regular expression: %2 (at character %3).</source>
        <translation>Das Schwärzungsmuster „%1“ ist kein gültiger regulärer Ausdruck: %2 (bei Zeichen %3).</translation>
    </message>
    <message>
        <source>[host]</source>
        <translation>[Host]</translation>
    </message>
    <message>
        <source>[IP address]</source>
        <translation>[IP-Adresse]</translation>
    </message>
    <message>
        <source>[e-mail]</source>
        <translation>[E-Mail]</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[Name]</translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[geschwärzt]</translation>
    </message>
</context>
<context>
    <name>ReportClock</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>ReviewChecks</name>
    <message>
        <source>No authors</source>
        <translation>Keine Autoren</translation>
    </message>
    <message>
        <source>Nobody is listed as an author: readers need to know whom to ask.</source>
        <translation>Niemand ist als Autor genannt: Lesende müssen wissen, wen sie fragen können.</translation>
    </message>
    <message>
        <source>No summary</source>
        <translation>Keine Zusammenfassung</translation>
    </message>
    <message>
        <source>There is no summary: many readers read only the TL;DR.</source>
        <translation>Es gibt keine Zusammenfassung: viele lesen nur das TL;DR.</translation>
    </message>
    <message>
        <source>Summary too long for a TL;DR</source>
        <translation>Zusammenfassung zu lang für ein TL;DR</translation>
    </message>
    <message>
        <source>The summary %1 has %2 words; a TL;DR is read in half a minute: keep it to %3.</source>
        <translation>Die Zusammenfassung %1 hat %2 Wörter; ein TL;DR liest man in einer halben Minute: höchstens %3.</translation>
    </message>
    <message>
        <source>User impact not described</source>
        <translation>Auswirkung auf Nutzer nicht beschrieben</translation>
    </message>
    <message>
        <source>The impact on users is not described: could they do what they came to do?</source>
        <translation>Die Auswirkung auf die Nutzer ist nicht beschrieben: konnten sie tun, was sie vorhatten?</translation>
    </message>
    <message>
        <source>Business impact not described</source>
        <translation>Geschäftliche Auswirkung nicht beschrieben</translation>
    </message>
    <message>
        <source>The impact on the business is not described: was money lost, was an agreement breached?</source>
        <translation>Die geschäftliche Auswirkung ist nicht beschrieben: ging Geld verloren, wurde eine Vereinbarung verletzt?</translation>
    </message>
    <message>
        <source>Team impact not described</source>
        <translation>Auswirkung auf das Team nicht beschrieben</translation>
    </message>
    <message>
        <source>The impact on the team is not described: was anyone woken at night, was a sprint interrupted?</source>
        <translation>Die Auswirkung auf das Team ist nicht beschrieben: wurde jemand nachts geweckt, ein Sprint unterbrochen?</translation>
    </message>
    <message>
        <source>tick “Data lost” or “Data compromised”, or say in the user impact that no data was.</source>
        <translation>kreuzen Sie „Daten verloren“ oder „Daten kompromittiert“ an, oder schreiben Sie bei der Auswirkung auf Nutzer, dass keine Daten betroffen waren.</translation>
    </message>
    <message>
        <source>Data loss not answered</source>
        <translation>Datenverlust nicht beantwortet</translation>
    </message>
    <message>
        <source>Nothing says whether data was lost or compromised: %1</source>
        <translation>Nichts sagt, ob Daten verloren gingen oder kompromittiert wurden: %1</translation>
    </message>
    <message>
        <source>The user impact %1 does not say whether data was lost or compromised: %2</source>
        <translation>Die Auswirkung auf Nutzer %1 sagt nicht, ob Daten verloren gingen oder kompromittiert wurden: %2</translation>
    </message>
    <message>
        <source>Detection method not set</source>
        <translation>Erkennungsweg nicht angegeben</translation>
    </message>
    <message>
        <source>How the team became aware is not set: an alert, a dashboard, a customer report?</source>
        <translation>Wie das Team davon erfuhr, ist nicht angegeben: ein Alarm, ein Dashboard, eine Kundenmeldung?</translation>
    </message>
    <message>
        <source>Detection not described</source>
        <translation>Erkennung nicht beschrieben</translation>
    </message>
    <message>
        <source>The detection method is “%1”, but nothing says what happened: which alert, who noticed?</source>
        <translation>Der Erkennungsweg ist „%1“, aber nichts sagt, was geschah: welcher Alarm, wer hat es bemerkt?</translation>
    </message>
    <message>
        <source>Detection time not set</source>
        <translation>Zeitpunkt der Erkennung nicht angegeben</translation>
    </message>
    <message>
        <source>When the team became aware is not set.</source>
        <translation>Wann das Team davon erfuhr, ist nicht angegeben.</translation>
    </message>
    <message>
        <source>Triage not written</source>
        <translation>Triage nicht beschrieben</translation>
    </message>
    <message>
        <source>Nothing says how the responders assessed the severity and whom they called in.</source>
        <translation>Nichts sagt, wie die Einsatzkräfte den Schweregrad einschätzten und wen sie hinzuzogen.</translation>
    </message>
    <message>
        <source>Root causes without evidence</source>
        <translation>Ursachen ohne Beleg</translation>
    </message>
    <message>
        <source>The root causes are not written yet; back them with a chart, a screenshot or a link to a dashboard.</source>
        <translation>Die Ursachen sind noch nicht beschrieben; belegen Sie sie mit einem Diagramm, einem Screenshot oder einem Link auf ein Dashboard.</translation>
    </message>
    <message>
        <source>Nothing backs %1: add a chart or a screenshot, or link to the dashboard that shows it.</source>
        <translation>Nichts belegt %1: fügen Sie ein Diagramm oder einen Screenshot hinzu, oder verlinken Sie das Dashboard, das es zeigt.</translation>
    </message>
    <message>
        <source>Resolution not verified</source>
        <translation>Behebung nicht belegt</translation>
    </message>
    <message>
        <source>Nothing says what brought the system back and how the team made sure all was well.</source>
        <translation>Nichts sagt, was das System wiederherstellte und wie das Team sich vergewisserte, dass alles in Ordnung war.</translation>
    </message>
    <message>
        <source>%1 shows no chart: add the one that showed the team all was well again.</source>
        <translation>%1 zeigt kein Diagramm: fügen Sie das hinzu, an dem das Team sah, dass alles wieder in Ordnung war.</translation>
    </message>
    <message>
        <source>Events without a time</source>
        <translation>Ereignisse ohne Uhrzeit</translation>
    </message>
    <message>
        <source>Events without a time of day: %1; the first is %2 on %3.</source>
        <translation>Ereignisse ohne Uhrzeit: %1; das erste ist %2 am %3.</translation>
    </message>
    <message>
        <source>Milestones missing</source>
        <translation>Meilensteine fehlen</translation>
    </message>
    <message>
        <source>No event is marked %1: the time to detect, mitigate and resolve come from them.</source>
        <translation>Kein Ereignis ist als %1 markiert: die Zeiten bis zur Erkennung, Eindämmung und Behebung ergeben sich daraus.</translation>
    </message>
    <message>
        <source>Milestones out of order</source>
        <translation>Meilensteine in falscher Reihenfolge</translation>
    </message>
    <message>
        <source>No lesson under “%1”</source>
        <translation>Keine Erkenntnis unter „%1“</translation>
    </message>
    <message>
        <source>The list “%1” is empty: each of the three lists teaches something.</source>
        <translation>Die Liste „%1“ ist leer: jede der drei Listen lehrt etwas.</translation>
    </message>
    <message>
        <source>No actions</source>
        <translation>Keine Maßnahmen</translation>
    </message>
    <message>
        <source>No action is listed: what will keep this from happening again?</source>
        <translation>Keine Maßnahme ist aufgeführt: was verhindert, dass es wieder geschieht?</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>eine verantwortliche Person</translation>
    </message>
    <message>
        <source>a ticket</source>
        <translation>ein Ticket</translation>
    </message>
    <message>
        <source>a due date</source>
        <translation>ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>An untitled action</source>
        <translation>einer Maßnahme ohne Titel</translation>
    </message>
    <message>
        <source>Action incomplete</source>
        <translation>Maßnahme unvollständig</translation>
    </message>
    <message>
        <source>%1 lacks %2.</source>
        <translation>Bei %1 fehlt: %2.</translation>
    </message>
    <message>
        <source>Audience not named</source>
        <translation>Empfänger nicht genannt</translation>
    </message>
    <message>
        <source>Nothing says who the review goes to: the whole company, the teams involved, customers?</source>
        <translation>Nichts sagt, an wen das Review geht: die ganze Firma, die beteiligten Teams, Kunden?</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a text quoted in a check&apos;s reason</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where blaming wording is, and what to write instead</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Blaming wording</source>
        <translation>Schuldzuweisende Formulierung</translation>
    </message>
    <message>
        <source>Who it goes to</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Timeline event %1</source>
        <translation>Ereignis der Zeitleiste %1</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>Erkenntnis %1</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Maßnahme %1</translation>
    </message>
    <message>
        <source>Additional note</source>
        <translation>Weitere Notiz</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Notiz %1</translation>
    </message>
    <message>
        <source>Additional notes</source>
        <translation>Weitere Notizen</translation>
    </message>
</context>
<context>
    <name>ReviewDamage</name>
    <message>
        <source>%1 has an unknown %2 (%3)</source>
        <translation>%1: unbekannter Wert für „%2“ (%3)</translation>
    </message>
    <message>
        <source>the review</source>
        <translation>das Review</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>the review has a severity of %1, outside 1 to 5</source>
        <translation>das Review hat den Schweregrad %1, außerhalb von 1 bis 5</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>the detection</source>
        <translation>die Erkennung</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>the detection has an impossible time</source>
        <translation>die Erkennung hat eine unmögliche Zeit</translation>
    </message>
    <message>
        <source>the revenue lost is not a number</source>
        <translation>der Umsatzverlust ist keine Zahl</translation>
    </message>
    <message>
        <source>the number of users affected is negative</source>
        <translation>die Zahl der betroffenen Nutzer ist negativ</translation>
    </message>
    <message>
        <source>timeline event %1</source>
        <translation>Ereignis %1 der Zeitleiste</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 has an impossible time</source>
        <translation>%1 hat eine unmögliche Zeit</translation>
    </message>
    <message>
        <source>lesson %1</source>
        <translation>Erkenntnis %1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>Maßnahme %1</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1 has an impossible due date</source>
        <translation>%1 hat ein unmögliches Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>additional note %1</source>
        <translation>zusätzliche Notiz %1</translation>
    </message>
    <message>
        <source>figure %1</source>
        <translation>Abbildung %1</translation>
    </message>
    <message>
        <source>section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has a chart point that is not a number</source>
        <translation>%1 hat einen Diagrammpunkt, der keine Zahl ist</translation>
    </message>
    <message>
        <source>the impact&apos;s “%1”</source>
        <translation>„%1“ der Auswirkungen</translation>
    </message>
    <message>
        <source>comment record %1</source>
        <translation>Kommentareintrag %1</translation>
    </message>
    <message>
        <source>%1 has no id</source>
        <translation>%1 hat keine ID</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>%1 changes no comment</source>
        <translation>%1 ändert keinen Kommentar</translation>
    </message>
    <message>
        <source>sign-off %1</source>
        <translation>Freigabe %1</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Urteil</translation>
    </message>
</context>
<context>
    <name>ReviewFile</name>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Hindsight review.</source>
        <translation>%1 ist leer: es ist kein Hindsight-Review.</translation>
    </message>
    <message>
        <source>%1 is not a Hindsight review.</source>
        <translation>%1 ist kein Hindsight-Review.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file has been cut short.</source>
        <translation>%1 ist beschädigt: die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Hindsight review.</source>
        <translation>%1 ist eine Datenbank, aber kein Hindsight-Review.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Hindsight (file format %2; this version reads format %3 and older). It was left untouched; open it with a newer Hindsight.</source>
        <translation>%1 wurde von einer neueren Version von Hindsight geschrieben (Dateiformat %2; diese Version liest Format %3 und älter). Die Datei blieb unverändert; öffnen Sie sie mit einem neueren Hindsight.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no file format version.</source>
        <translation>%1 ist beschädigt: es fehlt die Version des Dateiformats.</translation>
    </message>
    <message>
        <source>%1 is open in another Hindsight window (process %2), so it was opened read-only here. Close it there to edit it here.</source>
        <translation>%1 ist in einem anderen Hindsight-Fenster geöffnet (Prozess %2) und wurde deshalb hier schreibgeschützt geöffnet. Schließen Sie es dort, um es hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>You do not have permission to change %1, so it was opened read-only.</source>
        <translation>Sie haben keine Berechtigung, %1 zu ändern; die Datei wurde deshalb schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). It was left untouched.</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden (%2). Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Could not prepare %1 for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1 uses an older file format and must be upgraded, which cannot be done while it is read-only.</source>
        <translation type="vanished">%1 verwendet ein älteres Dateiformat und muss aktualisiert werden; das ist nicht möglich, solange die Datei schreibgeschützt ist.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to the current file format: %2</source>
        <translation>%1 konnte nicht auf das aktuelle Dateiformat aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to the current file format.</source>
        <translation>%1 konnte nicht auf das aktuelle Dateiformat aktualisiert werden.</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>%1 konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Hindsight review.</source>
        <translation>%1 ist ein Ordner, kein Hindsight-Review.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not a Hindsight review.</source>
        <translation>%1 ist keine normale Datei und daher kein Hindsight-Review.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. It was left untouched.</source>
        <translation>%1 ist beschädigt: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>its integrity could not be checked</source>
        <translation>ihre Unversehrtheit ließ sich nicht prüfen</translation>
    </message>
    <message>
        <source>%1, and one more problem</source>
        <translation>%1 und ein weiteres Problem</translation>
    </message>
    <message>
        <source>%1, and %2 more problems</source>
        <translation>%1 und %2 weitere Probleme</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Hindsight review: its text is not stored as UTF-8.</source>
        <translation>%1 ist eine Datenbank, aber kein Hindsight-Review: ihr Text ist nicht als UTF-8 gespeichert.</translation>
    </message>
    <message>
        <source>You do not have permission to change the folder that holds %1, and editing writes files beside it, so it was opened read-only. To edit it, copy it to a folder you can change.</source>
        <translation>Sie haben keine Berechtigung, den Ordner von %1 zu ändern, und beim Bearbeiten werden Dateien daneben geschrieben; die Datei wurde deshalb schreibgeschützt geöffnet. Um sie zu bearbeiten, kopieren Sie sie in einen Ordner, den Sie ändern dürfen.</translation>
    </message>
    <message>
        <source>%1 changed while it was read, %2 times. Try again when it is no longer being written.</source>
        <translation>%1 hat sich beim Lesen %2-mal geändert. Versuchen Sie es erneut, wenn die Datei nicht mehr geschrieben wird.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since it was opened, so no copy was made. Open it again to copy it.</source>
        <translation>%1 wurde seit dem Öffnen anderswo geändert; deshalb wurde keine Kopie angelegt. Öffnen Sie die Datei erneut, um sie zu kopieren.</translation>
    </message>
</context>
<context>
    <name>SchemaDamage</name>
    <message>
        <source>it holds a trigger (“%1”), which Hindsight never makes and which would run on its writes</source>
        <translation>sie enthält einen Trigger („%1“), den Hindsight nie anlegt und der bei jedem Schreiben ausgeführt würde</translation>
    </message>
    <message>
        <source>the table “%1” is missing</source>
        <translation>die Tabelle „%1“ fehlt</translation>
    </message>
    <message>
        <source>the table “%1” has been replaced by a view</source>
        <translation>die Tabelle „%1“ wurde durch eine Sicht (View) ersetzt</translation>
    </message>
    <message>
        <source>the table “%1” has been replaced by a virtual table</source>
        <translation>die Tabelle „%1“ wurde durch eine virtuelle Tabelle ersetzt</translation>
    </message>
    <message>
        <source>the column “%1” of the table “%2” is computed, not stored</source>
        <translation>die Spalte „%1“ der Tabelle „%2“ wird berechnet statt gespeichert</translation>
    </message>
    <message>
        <source>the table “%1” has no column “%2”</source>
        <translation>der Tabelle „%1“ fehlt die Spalte „%2“</translation>
    </message>
</context>
<context>
    <name>SectionPageFactory</name>
    <message>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>SEV1 — critical</source>
        <translation>SEV1 — kritisch</translation>
    </message>
    <message>
        <source>SEV2 — major</source>
        <translation>SEV2 — schwer</translation>
    </message>
    <message>
        <source>SEV3 — moderate</source>
        <translation>SEV3 — mittel</translation>
    </message>
    <message>
        <source>SEV4 — minor</source>
        <translation>SEV4 — gering</translation>
    </message>
    <message>
        <source>SEV5 — low</source>
        <translation>SEV5 — niedrig</translation>
    </message>
    <message>
        <source>&amp;Add author</source>
        <translation>Autor &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove author</source>
        <translation>Autor &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Was geschah, in einer Zeile</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>What happened, what it affected and how it ended, in a few sentences.</source>
        <translation>Was geschah, was es betraf und wie es endete, in wenigen Sätzen.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Users a&amp;ffected:</source>
        <translation>&amp;Betroffene Nutzer:</translation>
    </message>
    <message>
        <source>&amp;Revenue lost:</source>
        <translation>&amp;Umsatzverlust:</translation>
    </message>
    <message>
        <source>&amp;SLA breached</source>
        <translation>&amp;SLA verletzt</translation>
    </message>
    <message>
        <source>Data &amp;lost</source>
        <translation>Daten ver&amp;loren</translation>
    </message>
    <message>
        <source>Data &amp;compromised</source>
        <translation>Daten &amp;kompromittiert</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Nutzer</translation>
    </message>
    <message>
        <source>Could users do what they came for? Was data lost or compromised?</source>
        <translation>Konnten Nutzer erledigen, wofür sie gekommen waren? Gingen Daten verloren oder wurden sie kompromittiert?</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Geschäft</translation>
    </message>
    <message>
        <source>Money lost, contracts and service levels, support load.</source>
        <translation>Verlorenes Geld, Verträge und Service-Level, Last im Support.</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>Who was woken at night, worked late, or had their sprint interrupted.</source>
        <translation>Wer nachts geweckt wurde, länger arbeitete oder seinen Sprint unterbrechen musste.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Known</source>
        <translation>&amp;Bekannt</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>How the team &amp;found out</source>
        <translation>Wie das Team davon &amp;erfuhr</translation>
    </message>
    <message>
        <source>Which alert fired or who reported it, and what it said.</source>
        <translation>Welcher Alarm auslöste oder wer es meldete, und was darin stand.</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>What the responders &amp;did</source>
        <translation>Was das Einsatzteam &amp;tat</translation>
    </message>
    <message>
        <source>How the severity was assessed, who was called in, and when.</source>
        <translation>Wie der Schweregrad eingeschätzt wurde, wer hinzugezogen wurde und wann.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>Ereignis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete event</source>
        <translation>Ereignis &amp;löschen</translation>
    </message>
    <message>
        <source>What went &amp;well</source>
        <translation>Was &amp;gut lief</translation>
    </message>
    <message>
        <source>What went wr&amp;ong</source>
        <translation>Was &amp;schiefging</translation>
    </message>
    <message>
        <source>Where we got &amp;lucky</source>
        <translation>Wo wir &amp;Glück hatten</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove action</source>
        <translation>Maßnahme &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Who it goes to:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>Teams, customers or partners who receive the review</source>
        <translation>Teams, Kunden oder Partner, die das Review erhalten</translation>
    </message>
    <message>
        <source>Sections in the customer version</source>
        <translation>Abschnitte der Kundenversion</translation>
    </message>
    <message>
        <source>Checked sections are public; unchecked ones are internal and left out.</source>
        <translation>Angehakte Abschnitte sind öffentlich; die übrigen sind intern und werden weggelassen.</translation>
    </message>
    <message>
        <source>&amp;Notes on sharing</source>
        <translation>&amp;Hinweise zur Weitergabe</translation>
    </message>
    <message>
        <source>How and when the review is shared, and what readers should know.</source>
        <translation>Wie und wann das Review weitergegeben wird und was die Leser wissen sollten.</translation>
    </message>
    <message>
        <source>What made this possible: the contributing circumstances, the investigation, the evidence.</source>
        <translation>Was dies möglich machte: die begünstigenden Umstände, die Untersuchung, die Belege.</translation>
    </message>
    <message>
        <source>What was done to recover, and how the team confirmed the service was healthy.</source>
        <translation>Was zur Wiederherstellung getan wurde und wie das Team bestätigte, dass der Dienst wieder gesund war.</translation>
    </message>
    <message>
        <source>%1 in the customer version</source>
        <translation>%1 in der Kundenversion</translation>
    </message>
    <message>
        <source>Checked parts are in the customer version when the Impact section is public; unchecked ones are internal and left out.</source>
        <translation>Angehakte Teile stehen in der Kundenversion, wenn der Abschnitt Auswirkungen öffentlich ist; die übrigen sind intern und werden weggelassen.</translation>
    </message>
    <message>
        <source>In the customer version:</source>
        <translation>In der Kundenversion:</translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation>Betroffene Nutzer</translation>
    </message>
    <message>
        <source>Revenue lost</source>
        <translation>Umsatzverlust</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>Data lost</source>
        <translation>Daten verloren</translation>
    </message>
    <message>
        <source>Data compromised</source>
        <translation>Daten kompromittiert</translation>
    </message>
    <message>
        <source>In the customer version</source>
        <translation>In der Kundenversion</translation>
    </message>
    <message>
        <source>Reviewers and sign-off</source>
        <translation>Reviewer und Freigabe</translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB); files over %3 MB are not read.</source>
        <translation>%1 ist zu groß (%2 MB); Dateien über %3 MB werden nicht gelesen.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The input is too large (%1 MB); more than %2 MB is not read.</source>
        <translation>Die Eingabe ist zu groß (%1 MB); mehr als %2 MB werden nicht gelesen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file holds only white space.</source>
        <translation>Die Datei enthält nur Leerraum.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 and try again.</source>
        <translation>Die Datei ist UTF-16-Text; speichern Sie sie als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This is a binary file, not a text file (a zero byte at offset %1).</source>
        <translation>Dies ist eine Binärdatei, keine Textdatei (ein Nullbyte an Position %1).</translation>
    </message>
    <message>
        <source>Line %1, column %2: byte 0x%3 is not UTF-8; the file must be UTF-8 text.</source>
        <translation>Zeile %1, Spalte %2: Byte 0x%3 ist kein UTF-8; die Datei muss UTF-8-Text sein.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; only files are read.</source>
        <translation>%1 ist keine normale Datei; nur Dateien werden gelesen.</translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message numerus="yes">
        <source>%n ms</source>
        <translation>
            <numerusform>%n ms</numerusform>
            <numerusform>%n ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>QLocale date pattern of a day on the timeline axis: &quot;Wed 27 Sep&quot;.</extracomment>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>QLocale date pattern of the day above the timeline axis: &quot;Tue 14 Mar 2023&quot;.</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Undetected</source>
        <translation>Unerkannt</translation>
    </message>
    <message>
        <source>Mitigating</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>Following now</source>
        <translation>Folgt der Gegenwart</translation>
    </message>
    <message>
        <source>Press End to follow now</source>
        <translation>Ende drücken, um der Gegenwart zu folgen</translation>
    </message>
    <message>
        <source>No review open</source>
        <translation>Kein Review geöffnet</translation>
    </message>
    <message>
        <source>No events yet: the notes you add appear here</source>
        <translation>Noch keine Ereignisse: Ihre Notizen erscheinen hier</translation>
    </message>
    <message>
        <source>No events in the timeline yet</source>
        <translation>Noch keine Ereignisse in der Zeitleiste</translation>
    </message>
</context>
<context>
    <name>TimelineToolTip</name>
    <message>
        <source>The view follows the current time. Pan or zoom to stop; End follows again.</source>
        <translation>Die Ansicht folgt der aktuellen Zeit. Verschieben oder Zoomen beendet das; Ende folgt wieder.</translation>
    </message>
    <message>
        <source>Follow the current time (End)</source>
        <translation>Der aktuellen Zeit folgen (Ende)</translation>
    </message>
    <message>
        <source>%1 after the start of impact</source>
        <translation>%1 nach Beginn der Auswirkungen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>still going</source>
        <translation>dauert an</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
    <message>
        <source>milestone: %1</source>
        <translation>Meilenstein: %1</translation>
    </message>
    <message>
        <source>day only</source>
        <translation>nur Tag</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more. Double-click or zoom in to see each one.</source>
        <translation>
            <numerusform>… und %n weiteres. Doppelklicken oder hineinzoomen, um jedes einzeln zu sehen.</numerusform>
            <numerusform>… und %n weitere. Doppelklicken oder hineinzoomen, um jedes einzeln zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::app::DocumentSession</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Hindsight cannot read “%1”: it opens .hindsight reviews and imports Markdown and JSON files.</source>
        <translation>Hindsight kann „%1“ nicht lesen: es öffnet .hindsight-Reviews und importiert Markdown- und JSON-Dateien.</translation>
    </message>
    <message>
        <source>“%1” could not be imported: %2</source>
        <translation>„%1“ konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Imported “%1” with notes: %2</source>
        <translation>„%1“ importiert, mit Hinweisen: %2</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>Incident started</source>
        <translation>Incident begonnen</translation>
    </message>
    <message>
        <source>Your latest changes could not be written to “%1”.</source>
        <translation>Ihre letzten Änderungen konnten nicht in „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>A new review needs a file of its own; choose another name than “%1”.</source>
        <translation>Ein neues Review braucht eine eigene Datei; wählen Sie einen anderen Namen als „%1“.</translation>
    </message>
    <message>
        <source>The copy for reviewers needs a file of its own; choose another name than “%1”.</source>
        <translation>Die Kopie für Reviewer braucht eine eigene Datei; wählen Sie einen anderen Namen als „%1“.</translation>
    </message>
</context>
<context>
    <name>hindsight::app::ExportDialog</name>
    <message>
        <source>&amp;Emoji in section headings</source>
        <translation>Emo&amp;jis in Abschnittsüberschriften</translation>
    </message>
    <message>
        <source>&amp;Host names</source>
        <translation>&amp;Hostnamen</translation>
    </message>
    <message>
        <source>&amp;IP addresses</source>
        <translation>IP-A&amp;dressen</translation>
    </message>
    <message>
        <source>E-&amp;mail addresses</source>
        <translation>E-Mail-&amp;Adressen</translation>
    </message>
    <message>
        <source>People&apos;s &amp;names</source>
        <translation>&amp;Namen von Personen</translation>
    </message>
    <message>
        <source>Export review</source>
        <translation>Review exportieren</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Internal: everything</source>
        <translation>&amp;Intern: alles</translation>
    </message>
    <message>
        <source>&amp;Customer version: public parts only, redacted</source>
        <translation>&amp;Kundenversion: nur öffentliche Teile, geschwärzt</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Zielgruppe:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Redact in the customer version</source>
        <translation>In der Kundenversion schwärzen</translation>
    </message>
    <message>
        <source>Also redact these &amp;patterns (regular expressions, one a line):</source>
        <translation>Auch diese &amp;Muster schwärzen (reguläre Ausdrücke, einer pro Zeile):</translation>
    </message>
    <message>
        <source>The customer version leaves out:</source>
        <translation>Die Kundenversion lässt weg:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Nothing: every part of this review is public.</source>
        <translation>Nichts: jeder Teil dieses Reviews ist öffentlich.</translation>
    </message>
    <message>
        <source>Some redaction patterns cannot be used, so the customer version was not written: %1</source>
        <translation>Einige Schwärzungsmuster sind unbrauchbar, deshalb wurde die Kundenversion nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>-customer</source>
        <translation>-kunde</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Pa&amp;ges: internal and customer side by side</source>
        <translation>&amp;Seiten: intern und Kundenversion nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Open comment &amp;threads at the end</source>
        <translation>Offene &amp;Diskussionen am Ende</translation>
    </message>
    <message>
        <source>An appendix of the threads still open, for the internal Markdown and PDF; never in the customer version</source>
        <translation>Ein Anhang mit den noch offenen Diskussionen, für das interne Markdown und PDF; nie in der Kundenversion</translation>
    </message>
</context>
<context>
    <name>hindsight::app::LastLookDialog</name>
    <message>
        <source>Last look at the customer version</source>
        <translation>Letzter Blick auf die Kundenversion</translation>
    </message>
    <message>
        <source>The customer version&apos;s text holds 1 thing that customers should perhaps not read.</source>
        <translation>Der Text der Kundenversion enthält 1 Stelle, die Kunden vielleicht nicht lesen sollten.</translation>
    </message>
    <message>
        <source>The customer version&apos;s text holds %1 things that customers should perhaps not read.</source>
        <translation>Der Text der Kundenversion enthält %1 Stellen, die Kunden vielleicht nicht lesen sollten.</translation>
    </message>
    <message>
        <source>Check each one: jump to it to change it, or export anyway.</source>
        <translation>Prüfen Sie jede: Springen Sie hin, um sie zu ändern, oder exportieren Sie trotzdem.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funde</translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2-mal)</translation>
    </message>
    <message>
        <source>&amp;Jump to</source>
        <translation>&amp;Hinspringen</translation>
    </message>
    <message>
        <source>Export &amp;anyway</source>
        <translation>&amp;Trotzdem exportieren</translation>
    </message>
</context>
<context>
    <name>hindsight::app::MainWindow</name>
    <message>
        <source>Hindsight reviews (*.hindsight)</source>
        <translation>Hindsight-Reviews (*.hindsight)</translation>
    </message>
    <message>
        <source>Reviews and postmortems (*.hindsight *.json *.md *.markdown);;Hindsight reviews (*.hindsight);;JSON interchange files (*.json);;Markdown postmortems (*.md *.markdown);;All files (*)</source>
        <translation>Reviews und Postmortems (*.hindsight *.json *.md *.markdown);;Hindsight-Reviews (*.hindsight);;JSON-Austauschdateien (*.json);;Markdown-Postmortems (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No review is open.

Start a new one with Ctrl+N or open one with Ctrl+O.</source>
        <translation>Kein Review ist geöffnet.

Beginnen Sie ein neues mit Strg+N oder öffnen Sie eines mit Strg+O.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Start incident</source>
        <translation>Incident beginnen</translation>
    </message>
    <message>
        <source>Your changes are kept and Hindsight keeps trying to write them.</source>
        <translation>Ihre Änderungen bleiben erhalten, und Hindsight versucht weiter, sie zu schreiben.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Review ohne Titel</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 — Hindsight</source>
        <translation>%1 — Hindsight</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>Review öffnen</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Neues Review</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Review speichern</translation>
    </message>
    <message>
        <source>“%1” has never been saved under a name. Save it before closing?</source>
        <translation>„%1“ wurde noch nie unter einem Namen gespeichert. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Close review</source>
        <translation>Review schließen</translation>
    </message>
    <message>
        <source>Save review as</source>
        <translation>Review speichern unter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New review</source>
        <translation>&amp;Neues Review</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;customer version…</source>
        <translation>&amp;Kundenversion exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close review</source>
        <translation>Review &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>&amp;Start incident</source>
        <translation>Incident &amp;beginnen</translation>
    </message>
    <message>
        <source>A new review in live mode: the incident starts now and the note input has the focus</source>
        <translation>Ein neues Review im Live-Modus: der Incident beginnt jetzt, und die Notizeingabe hat den Fokus</translation>
    </message>
    <message>
        <source>&amp;Live mode</source>
        <translation>&amp;Live-Modus</translation>
    </message>
    <message>
        <source>&amp;Write a note</source>
        <translation>&amp;Notiz schreiben</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>&amp;Vorheriger Abschnitt</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Nächster Abschnitt</translation>
    </message>
    <message>
        <source>Section &amp;list</source>
        <translation>Abschnitts&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Hindsight</source>
        <translation>Ü&amp;ber Hindsight</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>No recent reviews</source>
        <translation>Keine zuletzt geöffneten Reviews</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>About Hindsight</source>
        <translation>Über Hindsight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;An editor for incident reviews: notes during the outage, a blameless review after it, and reports for the team and for customers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Ein Editor für Incident-Reviews: Notizen während des Ausfalls, ein Review ohne Schuldzuweisung danach und Berichte für das Team und für Kunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Insert &amp;image…</source>
        <translation>&amp;Bild einfügen…</translation>
    </message>
    <message>
        <source>Insert &amp;chart from metrics file…</source>
        <translation>&amp;Diagramm aus Metrikdatei einfügen…</translation>
    </message>
    <message>
        <source>Close anyway and lose them?</source>
        <translation>Trotzdem schließen und sie verlieren?</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Save as &amp;new review…</source>
        <translation>Als &amp;neues Review speichern…</translation>
    </message>
    <message>
        <source>A copy with an identity of its own, without this review&apos;s comments</source>
        <translation>Eine Kopie mit eigener Identität, ohne die Kommentare dieses Reviews</translation>
    </message>
    <message>
        <source>Send for re&amp;view…</source>
        <translation>Zum Re&amp;view senden…</translation>
    </message>
    <message>
        <source>Write a copy for reviewers to comment on; merge their copies back afterwards</source>
        <translation>Eine Kopie schreiben, die Reviewer kommentieren; ihre Kopien danach zurück übernehmen</translation>
    </message>
    <message>
        <source>&amp;Merge comments from…</source>
        <translation>Kommentare ü&amp;bernehmen aus…</translation>
    </message>
    <message>
        <source>Bring in the comments and sign-offs of copies of this review</source>
        <translation>Die Kommentare und Freigaben aus Kopien dieses Reviews übernehmen</translation>
    </message>
    <message>
        <source>Add co&amp;mment…</source>
        <translation>Ko&amp;mmentar hinzufügen…</translation>
    </message>
    <message>
        <source>Comment on the selected text, the current row, or the section</source>
        <translation>Den markierten Text, die aktuelle Zeile oder den Abschnitt kommentieren</translation>
    </message>
    <message>
        <source>Next open &amp;comment</source>
        <translation>Nächster offener &amp;Kommentar</translation>
    </message>
    <message>
        <source>Previous open c&amp;omment</source>
        <translation>Vorheriger offener K&amp;ommentar</translation>
    </message>
    <message>
        <source>Comments belong to the template&apos;s sections; this page is none of them.</source>
        <translation>Kommentare gehören zu den Abschnitten der Vorlage; diese Seite ist keiner davon.</translation>
    </message>
    <message>
        <source>, in %1</source>
        <translation>, in %1</translation>
    </message>
    <message>
        <source>-new</source>
        <comment>file name suffix</comment>
        <translation>-neu</translation>
    </message>
    <message>
        <source>Save as new review</source>
        <translation>Als neues Review speichern</translation>
    </message>
    <message>
        <source>-for-review</source>
        <comment>file name suffix</comment>
        <translation>-zum-review</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Zum Review senden</translation>
    </message>
    <message>
        <source>A copy for reviewers is in “%1”. When they send their copies back, bring their comments in with File › Merge comments from….</source>
        <translation>Eine Kopie für Reviewer liegt in „%1“. Wenn sie ihre Kopien zurückschicken, übernehmen Sie ihre Kommentare mit Datei › Kommentare übernehmen aus….</translation>
    </message>
    <message>
        <source>Merge comments from</source>
        <translation>Kommentare übernehmen aus</translation>
    </message>
    <message>
        <source>Merge comments</source>
        <translation>Kommentare übernehmen</translation>
    </message>
    <message>
        <source>These files were not merged:</source>
        <translation>Diese Dateien wurden nicht übernommen:</translation>
    </message>
</context>
<context>
    <name>hindsight::app::MessageBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>hindsight::app::PageComparison</name>
    <message>
        <source>&lt;span style=&quot;background-color: %1&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt;&amp;nbsp; Not in the customer version: sections, timeline events, actions, figures and notes it leaves out.</source>
        <translation>&lt;span style=&quot;background-color: %1&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt;&amp;nbsp; Nicht in der Kundenversion: Abschnitte, Ereignisse, Maßnahmen, Abbildungen und Notizen, die sie weglässt.</translation>
    </message>
    <message>
        <source>Pages of the internal and the customer version</source>
        <translation>Seiten der internen Version und der Kundenversion</translation>
    </message>
    <message>
        <source>Internal: 1 page</source>
        <translation>Intern: 1 Seite</translation>
    </message>
    <message>
        <source>Internal: %1 pages</source>
        <translation>Intern: %1 Seiten</translation>
    </message>
    <message>
        <source>Customer version: 1 page</source>
        <translation>Kundenversion: 1 Seite</translation>
    </message>
    <message>
        <source>Customer version: %1 pages</source>
        <translation>Kundenversion: %1 Seiten</translation>
    </message>
    <message>
        <source>Customer version, page %1</source>
        <translation>Kundenversion, Seite %1</translation>
    </message>
    <message>
        <source>Internal, page %1</source>
        <translation>Intern, Seite %1</translation>
    </message>
</context>
<context>
    <name>hindsight::app::RecoveryDialog</name>
    <message>
        <source>Recover unsaved reviews</source>
        <translation>Nicht gespeicherte Reviews wiederherstellen</translation>
    </message>
    <message>
        <source>Hindsight was not closed properly last time. These reviews were never saved under a name, but everything typed in them was kept. Open the ones you want to keep working on.</source>
        <translation>Hindsight wurde beim letzten Mal nicht ordnungsgemäß beendet. Diese Reviews wurden nie unter einem Namen gespeichert, aber alles, was darin eingegeben wurde, blieb erhalten. Öffnen Sie die, an denen Sie weiterarbeiten möchten.</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Review ohne Titel</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n event(s), last changed %2</source>
        <translation>
            <numerusform>%1 — %n Ereignis, zuletzt geändert %2</numerusform>
            <numerusform>%1 — %n Ereignisse, zuletzt geändert %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>Auswahl ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation>Auswahl &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Delete unsaved reviews</source>
        <translation>Nicht gespeicherte Reviews löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n unsaved review(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n nicht gespeichertes Review löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n nicht gespeicherte Reviews löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::app::ReviewHeader</name>
    <message>
        <source>Time since the incident started</source>
        <translation>Zeit seit Beginn des Incidents</translation>
    </message>
    <message>
        <source>No review open</source>
        <translation>Kein Review geöffnet</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Review ohne Titel</translation>
    </message>
    <message>
        <source>No severity</source>
        <translation>Kein Schweregrad</translation>
    </message>
    <message>
        <source>started %1 %2</source>
        <translation>begonnen %1 %2</translation>
    </message>
    <message>
        <source>no start time yet</source>
        <translation>noch keine Startzeit</translation>
    </message>
    <message>
        <source>Milestones out of order:
%1</source>
        <translation>Meilensteine in falscher Reihenfolge:
%1</translation>
    </message>
    <message>
        <source>TTD %1 · TTM %2 · TTR %3</source>
        <translation>TTD %1 · TTM %2 · TTR %3</translation>
    </message>
    <message>
        <source>Show the checks of this review</source>
        <translation>Die Prüfungen dieses Reviews zeigen</translation>
    </message>
    <message>
        <source>No checks open</source>
        <translation>Keine Prüfung offen</translation>
    </message>
    <message>
        <source>1 check open</source>
        <translation>1 Prüfung offen</translation>
    </message>
    <message>
        <source>%1 checks open</source>
        <translation>%1 Prüfungen offen</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::AdditionalNotesEditor</name>
    <message>
        <source>&amp;Add note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove note</source>
        <translation>Notiz &amp;entfernen</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The note&apos;s text, in Markdown.</source>
        <translation>Der Text der Notiz, in Markdown.</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>Ü&amp;berschrift:</translation>
    </message>
    <message>
        <source>In the &amp;customer version:</source>
        <translation>In der &amp;Kundenversion:</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::ChartImportDialog</name>
    <message>
        <source>Chart from metrics file</source>
        <translation>Diagramm aus Metrikdatei</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>CSV files often write times without a zone: they are read in this one. Times with a zone, Unix times and Prometheus answers are not affected.</source>
        <translation>CSV-Dateien schreiben Zeiten oft ohne Zone: sie werden in dieser gelesen. Zeiten mit Zone, Unix-Zeiten und Prometheus-Antworten sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Drawn above the chart</source>
        <translation>Über dem Diagramm angezeigt</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Times without a &amp;zone:</source>
        <translation>Zeiten ohne &amp;Zone:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Choose a metrics file: a CSV file as dashboards export it (Grafana&apos;s too), or a Prometheus query_range answer saved as JSON.</source>
        <translation>Wählen Sie eine Metrikdatei: eine CSV-Datei, wie Dashboards sie exportieren (auch Grafana), oder eine als JSON gespeicherte Antwort auf eine Prometheus-query_range-Abfrage.</translation>
    </message>
    <message>
        <source>&amp;Insert chart</source>
        <translation>Diagramm &amp;einfügen</translation>
    </message>
    <message>
        <source>“%1” holds no metrics.</source>
        <translation>„%1“ enthält keine Metriken.</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n Datenreihe</numerusform>
            <numerusform>%n Datenreihen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>This file gives no chart: the message below says why.</source>
        <translation>Aus dieser Datei entsteht kein Diagramm: die Meldung darunter sagt, warum.</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::ChecksPanel</name>
    <message>
        <source>Show &amp;dismissed checks</source>
        <translation>&amp;Verworfene Prüfungen zeigen</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>Go to the place this check points at (Enter or double-click)</source>
        <translation>Zu der Stelle gehen, auf die diese Prüfung zeigt (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 (dismissed)</source>
        <translation>%1 (verworfen)</translation>
    </message>
    <message>
        <source>No review is open.</source>
        <translation>Kein Review ist geöffnet.</translation>
    </message>
    <message>
        <source>The review follows every piece of the template&apos;s advice.</source>
        <translation>Das Review folgt allen Ratschlägen der Vorlage.</translation>
    </message>
    <message>
        <source>Open checks: %1. Dismissed: %2.</source>
        <translation>Offene Prüfungen: %1. Verworfen: %2.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Show this check as open again</source>
        <translation>Diese Prüfung wieder als offen zeigen</translation>
    </message>
    <message>
        <source>This review need not follow this advice; remembered in the review and undoable</source>
        <translation>Dieses Review muss diesem Rat nicht folgen; wird im Review gespeichert und lässt sich rückgängig machen</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::CommentDialog</name>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Zu %1</translation>
    </message>
    <message>
        <source>Your comment, in Markdown (Ctrl+Enter adds it)</source>
        <translation>Ihr Kommentar, in Markdown (Strg+Eingabe fügt ihn hinzu)</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentieren</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::CommentsPanel</name>
    <message>
        <source>**%1** · %2</source>
        <translation>**%1** · %2</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (bearbeitet)</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>Ant&amp;worten</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Erledigen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>Offene Diskussionen</translation>
    </message>
    <message>
        <source>Resolved threads</source>
        <translation>Erledigte Diskussionen</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Alle Diskussionen</translation>
    </message>
    <message>
        <source>Only the threads you started or replied to</source>
        <translation>Nur Diskussionen, die Sie begonnen oder beantwortet haben</translation>
    </message>
    <message>
        <source>Reply… (Ctrl+Enter sends)</source>
        <translation>Antworten… (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>Go to what this thread is about (Enter or double-click)</source>
        <translation>Zu dem gehen, worum es in dieser Diskussion geht (Eingabe oder Doppelklick)</translation>
    </message>
    <message>
        <source>Delete the whole thread; undoable</source>
        <translation>Die ganze Diskussion löschen; lässt sich rückgängig machen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2
on %3
%4</source>
        <translation type="vanished">%1 · %2
zu %3
%4</translation>
    </message>
    <message>
        <source> (1 reply)</source>
        <translation> (1 Antwort)</translation>
    </message>
    <message>
        <source> (%1 replies)</source>
        <translation> (%1 Antworten)</translation>
    </message>
    <message>
        <source>No review is open.</source>
        <translation>Kein Review ist geöffnet.</translation>
    </message>
    <message>
        <source>No comments yet; Ctrl+Alt+M adds one.</source>
        <translation>Noch keine Kommentare; Strg+Alt+M fügt einen hinzu.</translation>
    </message>
    <message>
        <source>Open threads: %1. Resolved: %2.</source>
        <translation>Offene Diskussionen: %1. Erledigt: %2.</translation>
    </message>
    <message>
        <source>*On %1, in %2*</source>
        <translation>*Zu %1, in %2*</translation>
    </message>
    <message>
        <source>✔ **Resolved** by %1 · %2</source>
        <translation>✔ **Erledigt** von %1 · %2</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Wieder &amp;öffnen</translation>
    </message>
    <message>
        <source>Open the thread again</source>
        <translation>Die Diskussion wieder öffnen</translation>
    </message>
    <message>
        <source>Mark the thread resolved, with the decision taken</source>
        <translation>Die Diskussion als erledigt markieren, mit der getroffenen Entscheidung</translation>
    </message>
    <message>
        <source>Edit your comment</source>
        <translation>Ihren Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>Only %1 can edit this comment</source>
        <translation>Nur %1 kann diesen Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>Resolve thread</source>
        <translation>Diskussion erledigen</translation>
    </message>
    <message>
        <source>What was decided (optional; shown with the thread):</source>
        <translation>Was entschieden wurde (optional; wird bei der Diskussion gezeigt):</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>%1 — %2 · %3
on %4
%5</source>
        <translation>%1 — %2 · %3
zu %4
%5</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::FigureCard</name>
    <message>
        <source>In customer version</source>
        <translation>In der Kundenversion</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove figure</source>
        <translation>Abbildung entfernen</translation>
    </message>
    <message>
        <source>Checked figures are in the customer version when their section is; unchecked ones are left out.</source>
        <translation>Angehakte Abbildungen stehen in der Kundenversion, wenn ihr Abschnitt dort steht; die übrigen werden weggelassen.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Chart title</source>
        <translation>Diagrammtitel</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>no source file</source>
        <translation>keine Quelldatei</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n Datenreihe</numerusform>
            <numerusform>%n Datenreihen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::FigureImageView</name>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Dieses Bild kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::FigureStrip</name>
    <message>
        <source>Figures</source>
        <translation>Abbildungen</translation>
    </message>
    <message>
        <source>A screenshot or picture file, kept inside the review</source>
        <translation>Ein Screenshot oder eine Bilddatei, im Review gespeichert</translation>
    </message>
    <message>
        <source>A chart of a metrics file (CSV, Grafana CSV, Prometheus JSON), drawn with the review&apos;s milestones</source>
        <translation>Ein Diagramm aus einer Metrikdatei (CSV, Grafana-CSV, Prometheus-JSON), mit den Meilensteinen des Reviews gezeichnet</translation>
    </message>
    <message>
        <source>Screenshots and charts that support the text. Paste a screenshot into the text, or drop image files or a metrics file (CSV, JSON) on the page.</source>
        <translation>Screenshots und Diagramme, die den Text stützen. Fügen Sie einen Screenshot in den Text ein, oder ziehen Sie Bilddateien oder eine Metrikdatei (CSV, JSON) auf die Seite.</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>A chart is made from one metrics file at a time; “%1” was left out.</source>
        <translation>Ein Diagramm entsteht aus jeweils einer Metrikdatei; „%1“ wurde weggelassen.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n images</source>
        <translation>
            <numerusform>%n Bild hinzufügen</numerusform>
            <numerusform>%n Bilder hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>The other files were added.</source>
        <translation>Die übrigen Dateien wurden hinzugefügt.</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <source>Chart from metrics file</source>
        <translation>Diagramm aus Metrikdatei</translation>
    </message>
    <message>
        <source>Add i&amp;mage…</source>
        <translation>Bil&amp;d hinzufügen…</translation>
    </message>
    <message>
        <source>Add char&amp;t…</source>
        <translation>Di&amp;agramm hinzufügen…</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::IncidentChart</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>%1 (right axis)</source>
        <translation>%1 (rechte Achse)</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <extracomment>QLocale pattern of a time with its day under a chart: &quot;14 Mar 13:05&quot;.</extracomment>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>QLocale date pattern of the day under a chart&apos;s time axis: &quot;Tue 14 Mar 2023&quot;.</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>QLocale date pattern of a day on a chart&apos;s time axis: &quot;14 Mar&quot;.</extracomment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::MarkdownEdit</name>
    <message>
        <source>The pasted text is %1; pastes over %2 are refused so the review stays responsive. Nothing was changed.</source>
        <translation>Der eingefügte Text ist %1 groß; Einfügungen über %2 werden abgelehnt, damit das Review flüssig bleibt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>1 reply</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <source>%1 replies</source>
        <translation>%1 Antworten</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::MetricsSummary</name>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>no “%1” event in the timeline</source>
        <translation>kein Ereignis „%1“ in der Zeitleiste</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time to detect:&lt;/b&gt; %1 (detected %2)</source>
        <translation>&lt;b&gt;Zeit bis zur Erkennung:&lt;/b&gt; %1 (erkannt %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time to acknowledge:&lt;/b&gt; %1 (acknowledged %2)</source>
        <translation>&lt;b&gt;Zeit bis zur Quittierung:&lt;/b&gt; %1 (quittiert %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time to mitigate:&lt;/b&gt; %1 (mitigated %2)</source>
        <translation>&lt;b&gt;Zeit bis zur Eindämmung:&lt;/b&gt; %1 (eingedämmt %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time to resolve:&lt;/b&gt; %1 (resolved %2)</source>
        <translation>&lt;b&gt;Zeit bis zur Behebung:&lt;/b&gt; %1 (behoben %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Duration:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Dauer:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Mark the event where the impact began as “Started” in the timeline to measure these.</source>
        <translation>Markieren Sie in der Zeitleiste das Ereignis, mit dem die Auswirkungen begannen, als „Begonnen“, um diese Zeiten zu messen.</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::NoteInput</name>
    <message>
        <source>Live note</source>
        <translation>Live-Notiz</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::NotePanel</name>
    <message>
        <source>The note&apos;s time, taken at its first keystroke. Alt+Left and Alt+Right move it by ten seconds, Alt+Up and Alt+Down by a minute.</source>
        <translation>Die Zeit der Notiz, beim ersten Tastendruck festgehalten. Alt+Links und Alt+Rechts verschieben sie um zehn Sekunden, Alt+Hoch und Alt+Runter um eine Minute.</translation>
    </message>
    <message>
        <source>Type a note, Enter to add   (! action  ? discovery  &gt; communication  #detected #acknowledged #mitigated #resolved)</source>
        <translation>Notiz eingeben, Eingabe fügt hinzu   (! Maßnahme  ? Befund  &gt; Kommunikation  #detected #acknowledged #mitigated #resolved)</translation>
    </message>
    <message>
        <source>The note could not be written to the review file, so it is still here. Check the disk and press Enter to try again.</source>
        <translation>Die Notiz konnte nicht in die Review-Datei geschrieben werden und steht deshalb noch hier. Prüfen Sie den Datenträger und drücken Sie die Eingabetaste, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Ctrl+Delete clears the date.</source>
        <translation>Strg+Entf löscht das Datum.</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::OptionalDateTimeEdit</name>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Uncheck when the time is not known.</source>
        <translation>Abwählen, wenn die Zeit nicht bekannt ist.</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::RowTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::SectionEditor</name>
    <message>
        <source>No review is open.</source>
        <translation>Kein Review ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::SectionListView</name>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::SectionPage</name>
    <message>
        <source>Additional notes</source>
        <translation>Weitere Notizen</translation>
    </message>
    <message>
        <source>Public sections are in the customer version; internal ones are left out.</source>
        <translation>Öffentliche Abschnitte stehen in der Kundenversion; interne werden weggelassen.</translation>
    </message>
    <message>
        <source>Customer &amp;version:</source>
        <translation>Kunden&amp;version:</translation>
    </message>
    <message>
        <source>Content that fits no template section, such as parts of an imported review. It is kept, never dropped.</source>
        <translation>Inhalte, die in keinen Abschnitt der Vorlage passen, etwa Teile eines importierten Reviews. Sie bleiben erhalten und werden nie verworfen.</translation>
    </message>
    <message>
        <source>The people who wrote this review: name, role and how to reach them.</source>
        <translation>Die Personen, die dieses Review geschrieben haben: Name, Rolle und wie sie erreichbar sind.</translation>
    </message>
    <message>
        <source>The short version of what happened, for readers who read nothing else.</source>
        <translation>Die Kurzfassung des Geschehens, für alle, die sonst nichts lesen.</translation>
    </message>
    <message>
        <source>Who and what was affected: users, the business and the team, with the figures.</source>
        <translation>Wer und was betroffen war: Nutzer, Geschäft und Team, mit den Zahlen.</translation>
    </message>
    <message>
        <source>How the team became aware of the incident, and when.</source>
        <translation>Wie und wann das Team von dem Incident erfuhr.</translation>
    </message>
    <message>
        <source>What the responders did to assess the severity and escalate.</source>
        <translation>Was das Einsatzteam tat, um den Schweregrad einzuschätzen und zu eskalieren.</translation>
    </message>
    <message>
        <source>The investigation in detail, with charts. Blameless: describe circumstances, not individuals.</source>
        <translation>Die Untersuchung im Detail, mit Diagrammen. Ohne Schuldzuweisung: beschreiben Sie Umstände, nicht Personen.</translation>
    </message>
    <message>
        <source>What brought the system back, and how the team made sure it was back.</source>
        <translation>Was das System wiederhergestellt hat und wie sich das Team davon überzeugt hat.</translation>
    </message>
    <message>
        <source>The complete list of events: when, and what was done or discovered.</source>
        <translation>Die vollständige Liste der Ereignisse: wann, und was getan oder entdeckt wurde.</translation>
    </message>
    <message>
        <source>What went well, what went wrong, and where the team got lucky.</source>
        <translation>Was gut lief, was schiefging und wo das Team Glück hatte.</translation>
    </message>
    <message>
        <source>Remediation, preventive and process actions, with owners, tickets and due dates.</source>
        <translation>Korrektur-, Vorbeugungs- und Prozessmaßnahmen, mit Verantwortlichen, Tickets und Fälligkeiten.</translation>
    </message>
    <message>
        <source>Who the review goes to, and which parts the customer version contains.</source>
        <translation>An wen das Review geht und welche Teile die Kundenversion enthält.</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::SectionRowsProxy</name>
    <message>
        <source>Since start</source>
        <translation>Seit Beginn</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::SignOffPanel</name>
    <message>
        <source>%1: not signed off yet</source>
        <translation>%1: noch nicht freigegeben</translation>
    </message>
    <message>
        <source>%1: ✔ approved, %2</source>
        <translation>%1: ✔ freigegeben, %2</translation>
    </message>
    <message>
        <source>%1: ✎ changes requested, %2</source>
        <translation>%1: ✎ Änderungen angefordert, %2</translation>
    </message>
    <message>
        <source>%1: ✎ changes requested, %2: %3</source>
        <translation>%1: ✎ Änderungen angefordert, %2: %3</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Request c&amp;hanges…</source>
        <translation>Ä&amp;nderungen anfordern…</translation>
    </message>
    <message>
        <source>Add revie&amp;wer</source>
        <translation>Revie&amp;wer hinzufügen</translation>
    </message>
    <message>
        <source>Remove reviewer</source>
        <translation>Reviewer entfernen</translation>
    </message>
    <message>
        <source>Record that a reviewer approves the review</source>
        <translation>Festhalten, dass ein Reviewer das Review freigibt</translation>
    </message>
    <message>
        <source>Record that a reviewer asks for changes, and why</source>
        <translation>Festhalten, dass ein Reviewer Änderungen anfordert, und warum</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not on the list)</source>
        <translation>%1 (nicht auf der Liste)</translation>
    </message>
    <message>
        <source>Add the people who should read the review and sign it off.</source>
        <translation>Tragen Sie die Personen ein, die das Review lesen und freigeben sollen.</translation>
    </message>
    <message>
        <source>Approve the review</source>
        <translation>Das Review freigeben</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>What should change before it is shared</source>
        <translation>Was sich ändern soll, bevor es geteilt wird</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Request c&amp;hanges</source>
        <translation>Ä&amp;nderungen anfordern</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Reviewer:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>Publish the review?</source>
        <translation>Das Review veröffentlichen?</translation>
    </message>
    <message>
        <source>Some things are still open:</source>
        <translation>Einiges ist noch offen:</translation>
    </message>
    <message>
        <source>&amp;Publish anyway</source>
        <translation>&amp;Trotzdem veröffentlichen</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::TimeZoneComboBox</name>
    <message>
        <source>Times are stored in UTC and shown and entered in this zone</source>
        <translation>Zeiten werden in UTC gespeichert und in dieser Zone angezeigt und eingegeben</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n Ereignis.</numerusform>
            <numerusform>%n Ereignisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 to %2.</source>
        <translation>Angezeigt: %1 bis %2.</translation>
    </message>
    <message>
        <source>Following now.</source>
        <translation>Folgt der Gegenwart.</translation>
    </message>
</context>
<context>
    <name>hindsight::editor::ZonedDateTimeDelegate</name>
    <message>
        <source>Time in %1</source>
        <translation>Zeit in %1</translation>
    </message>
</context>
<context>
    <name>hindsight::model::ReviewDocument</name>
    <message>
        <source>Could not save your changes to “%1”: %2</source>
        <translation>Ihre Änderungen an „%1“ konnten nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Your latest changes could not be written, so no copy was made.</source>
        <translation>Ihre letzten Änderungen konnten nicht geschrieben werden, deshalb wurde keine Kopie angelegt.</translation>
    </message>
    <message>
        <source>The copy was made, but it could not be given an identity of its own.</source>
        <translation>Die Kopie wurde angelegt, konnte aber keine eigene Identität bekommen.</translation>
    </message>
</context>
<context>
    <name>hindsight::model::ReviewModel</name>
    <message>
        <source>Additional notes</source>
        <translation>Weitere Notizen</translation>
    </message>
    <message numerus="yes">
        <source>Additional notes: %n note(s) that belong to no template section</source>
        <translation>
            <numerusform>Weitere Notizen: %n Notiz, die zu keinem Abschnitt der Vorlage gehört</numerusform>
            <numerusform>Weitere Notizen: %n Notizen, die zu keinem Abschnitt der Vorlage gehören</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Abbildungen</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) and chart(s) shown in the sections</source>
        <translation>
            <numerusform>%n Bild oder Diagramm in den Abschnitten</numerusform>
            <numerusform>%n Bilder und Diagramme in den Abschnitten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Add rows</source>
        <translation>Zeilen hinzufügen</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Reviewer</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) asked to sign the review off</source>
        <translation>
            <numerusform>%n Reviewer soll das Review freigeben</numerusform>
            <numerusform>%n Reviewer sollen das Review freigeben</numerusform>
        </translation>
    </message>
</context>
</TS>
