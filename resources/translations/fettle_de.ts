<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AppearanceTab</name>
        <message>
            <location filename="../../ui/settings/appearance.py" line="40" />
            <source>&amp;Large targets</source>
            <translation>Große &amp;Bedienelemente</translation>
        </message>
        <message>
            <location filename="../../ui/settings/appearance.py" line="43" />
            <source>Buttons, boxes, tick boxes and list rows at least %1 pixels high, easier to hit with a shaky hand or a tired eye.</source>
            <translation>Schaltflächen, Eingabefelder, Kästchen und Listenzeilen mindestens %1 Pixel hoch: leichter zu treffen mit zittriger Hand oder müden Augen.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/appearance.py" line="50" />
            <source>Changes show at once. Cancel puts the old look back.</source>
            <translation>Änderungen sind sofort zu sehen. „Abbrechen“ stellt das alte Aussehen wieder her.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/appearance.py" line="29" />
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <location filename="../../ui/settings/appearance.py" line="27" />
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <location filename="../../ui/settings/appearance.py" line="35" />
            <source>Follow the system picks high contrast when the desktop asks for it.</source>
            <translation>„Wie das System“ wählt hohen Kontrast, wenn der Desktop ihn verlangt.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/appearance.py" line="30" />
            <source>High contrast (white on black, yellow focus)</source>
            <translation>Hoher Kontrast (weiß auf schwarz, gelber Fokus)</translation>
        </message>
        <message>
            <location filename="../../ui/settings/appearance.py" line="28" />
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <location filename="../../ui/settings/appearance.py" line="53" />
            <source>T&amp;heme:</source>
            <translation>&amp;Design:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/appearance.py" line="33" />
            <source>Theme</source>
            <translation>Design</translation>
        </message>
    </context>
    <context>
        <name>BackupsTab</name>
        <message>
            <location filename="../../ui/settings/backups.py" line="68" />
            <source> backups</source>
            <translation> Sicherungen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="73" />
            <source>&amp;Back up now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="80" />
            <source>&amp;Folder:</source>
            <translation>&amp;Ordner:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="81" />
            <source>&amp;Keep the last:</source>
            <translation>&amp;Aufbewahren:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="74" />
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="54" />
            <source>Backup folder</source>
            <translation>Sicherungsordner</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="78" />
            <source>Backup result</source>
            <translation>Ergebnis der Sicherung</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="69" />
            <source>Backups to keep</source>
            <translation>Anzahl aufbewahrter Sicherungen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="56" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Wählen …</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="103" />
            <source>Choose a backup folder with its full path, or use the default.</source>
            <translation>Wählen Sie einen Sicherungsordner mit vollständigem Pfad, oder nehmen Sie den Standardordner.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="110" />
            <source>Choose a folder for backups</source>
            <translation>Einen Ordner für Sicherungen wählen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="57" />
            <source>Choose the backup folder</source>
            <translation>Sicherungsordner wählen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="52" />
            <source>Default: %1</source>
            <translation>Standard: %1</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="139" />
            <source>Encrypted backup saved as %1</source>
            <translation>Verschlüsselte Sicherung gespeichert als %1</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="45" />
            <source>Fettle keeps encrypted backups of your journal: one when you close it and one a day while it is open. They open with the passphrase you had when each was made.</source>
            <translation>Fettle legt verschlüsselte Sicherungen Ihres Tagebuchs an: eine beim Schließen und eine pro Tag, solange es geöffnet ist. Jede öffnet sich mit der Passphrase, die Sie zu ihrem Zeitpunkt hatten.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="134" />
            <source>Making an encrypted backup…</source>
            <translation>Verschlüsselte Sicherung wird angelegt …</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="70" />
            <source>Older ones are deleted only after a newer backup was checked.</source>
            <translation>Ältere werden erst gelöscht, nachdem eine neuere Sicherung geprüft wurde.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="58" />
            <source>Use the &amp;default</source>
            <translation>&amp;Standard verwenden</translation>
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="59" />
            <source>Use the default backup folder</source>
            <translation>Den Standard-Sicherungsordner verwenden</translation>
        </message>
    </context>
    <context>
        <name>BodyEditor</name>
        <message>
            <location filename="../../ui/editor/body.py" line="43" />
            <source>&amp;Text</source>
            <translation>&amp;Text</translation>
        </message>
        <message>
            <location filename="../../ui/editor/body.py" line="45" />
            <source>Entry text</source>
            <translation>Text des Eintrags</translation>
        </message>
        <message>
            <location filename="../../ui/editor/body.py" line="47" />
            <source>Markdown: *italic*, **bold**, - lists, [links](https://…)</source>
            <translation>Markdown: *kursiv*, **fett**, - Listen, [Links](https://…)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/body.py" line="57" />
            <location filename="../../ui/editor/body.py" line="61" />
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <location filename="../../ui/editor/body.py" line="63" />
            <source>Show or hide the formatted preview (%1)</source>
            <translation>Formatierte Vorschau ein- oder ausblenden (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/body.py" line="50" />
            <source>What happened, how it felt, what helped… (Markdown works: **bold**, - lists)</source>
            <translation>Was ist passiert, wie hat es sich angefühlt, was hat geholfen? (Markdown geht: **fett**, - Listen)</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../ui/settings/dialog.py" line="328" />
            <source>&amp;Again:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="326" />
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Aktuelle Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="327" />
            <source>&amp;New passphrase:</source>
            <translation>&amp;Neue Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="333" />
            <source>A lost passphrase cannot be recovered. Keep the new one safe.</source>
            <translation>Eine verlorene Passphrase lässt sich nicht wiederherstellen. Bewahren Sie die neue sicher auf.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="320" />
            <source>Change passphrase</source>
            <translation>Passphrase ändern</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/settings/dialog.py" line="350" />
            <source>Choose a passphrase of at least %n characters.</source>
            <translation>
                <numerusform>Wählen Sie eine Passphrase mit mindestens %n Zeichen.</numerusform>
                <numerusform>Wählen Sie eine Passphrase mit mindestens %n Zeichen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="326" />
            <source>Current passphrase</source>
            <translation>Aktuelle Passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="327" />
            <source>New passphrase</source>
            <translation>Neue Passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="328" />
            <source>New passphrase again</source>
            <translation>Neue Passphrase wiederholen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="353" />
            <source>The two new passphrases do not match.</source>
            <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
        </message>
    </context>
    <context>
        <name>CheckIn</name>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="36" />
            <source>%1 of 10</source>
            <translation>%1 von 10</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="31" />
            <source>%1 of 10, %2</source>
            <translation>%1 von 10, %2</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="95" />
            <source>Leave blank if not recorded.</source>
            <translation>Leer lassen, wenn nicht erfasst.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="81" />
            <source>Not recorded yesterday.</source>
            <translation>Gestern nicht erfasst.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="88" />
            <location filename="../../ui/checkin/value_field.py" line="89" />
            <source>Type 0 to 10.</source>
            <translation>Geben Sie 0 bis 10 ein.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="90" />
            <source>Type a number.</source>
            <translation>Geben Sie eine Zahl ein.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="91" />
            <source>Type y for yes or n for no.</source>
            <translation>Geben Sie j für ja oder n für nein ein.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="86" />
            <source>Yesterday: %1.</source>
            <translation>Gestern: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="60" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="80" />
            <source>not recorded yesterday</source>
            <translation>gestern nicht erfasst</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="38" />
            <location filename="../../ui/checkin/value_field.py" line="58" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="84" />
            <source>yesterday: %1</source>
            <translation>gestern: %1</translation>
        </message>
    </context>
    <context>
        <name>CheckInAndReminders</name>
        <message>
            <location filename="../../ui/reminders/install.py" line="98" />
            <source>&amp;Reminders…</source>
            <translation>&amp;Erinnerungen …</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/install.py" line="92" />
            <source>Daily &amp;Check-in…</source>
            <translation>Täglicher &amp;Check-in …</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/install.py" line="95" />
            <source>Today's symptoms and daily factors in a few keys (Ctrl+Shift+D)</source>
            <translation>Heutige Symptome und Tagesfaktoren mit wenigen Tasten (Strg+Umschalt+D)</translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="258" />
            <source>%1 at %2</source>
            <translation>%1 um %2</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="222" />
            <source>A new block started that day.</source>
            <translation>An diesem Tag hat ein neuer Block begonnen.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="74" />
            <source>Blank means not recorded. Ctrl+D: same as yesterday. Enter saves.</source>
            <translation>Leer heißt nicht erfasst. Strg+D: wie gestern. Eingabe speichert.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="114" />
            <source>D&amp;ay:</source>
            <translation>T&amp;ag:</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="58" />
            <source>Daily check-in</source>
            <translation>Täglicher Check-in</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="161" />
            <source>Daily factors</source>
            <translation>Tägliche Faktoren</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="69" />
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="168" />
            <source>Doses</source>
            <translation>Dosen</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="104" />
            <source>Fill every blank answer with yesterday's (Ctrl+D)</source>
            <translation>Jede leere Antwort mit der von gestern füllen (Strg+D)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="254" />
            <source>Not marked</source>
            <translation>Nicht markiert</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="331" />
            <source>Nothing to copy: yesterday has no values for the blank answers.</source>
            <translation>Nichts zu übernehmen: Gestern gibt es keine Werte für die leeren Antworten.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="102" />
            <source>Same as &amp;yesterday</source>
            <translation>Wie &amp;gestern</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="111" />
            <source>Save this check-in (Enter)</source>
            <translation>Diesen Check-in speichern (Eingabe)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="254" />
            <source>Skipped</source>
            <translation>Ausgelassen</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="154" />
            <source>Symptoms, 0 (none) to 10 (worst)</source>
            <translation>Symptome, 0 (keine) bis 10 (am stärksten)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="254" />
            <source>Taken</source>
            <translation>Genommen</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="211" />
            <source>That day: {todo} (block {i} of {n} of your experiment)</source>
            <translation>An diesem Tag: {todo} (Block {i} von {n} Ihres Experiments)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="71" />
            <source>The day this check-in is for. Ctrl+[ goes to the day before.</source>
            <translation>Der Tag, für den dieser Check-in gilt. Strg+[ geht zum Vortag.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="262" />
            <source>Was this dose taken? Type t for taken, s for skipped.</source>
            <translation>Wurde diese Dosis genommen? Tippen Sie g für genommen, a für ausgelassen.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="96" />
            <source>You track no symptoms or daily factors yet. Add them in Preferences, or rate a symptom with Quick Log.</source>
            <translation>Sie erfassen noch keine Symptome oder täglichen Faktoren. Legen Sie sie in den Einstellungen an, oder bewerten Sie ein Symptom mit „Schnell eintragen“.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="225" />
            <source>Your experiment starts today.</source>
            <translation>Ihr Experiment beginnt heute.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="220" />
            <source>Your experiment switches today.</source>
            <translation>Ihr Experiment wechselt heute.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="67" />
            <source>dddd d MMMM yyyy</source>
            <translation>dddd, d. MMMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>CheckInFlow</name>
        <message>
            <location filename="../../ui/checkin/flow.py" line="132" />
            <source>Check-in saved for %1.</source>
            <translation>Check-in für %1 gespeichert.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/flow.py" line="131" />
            <source>dddd d MMMM</source>
            <translation>dddd, d. MMMM</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/flow.py" line="131" />
            <source>today</source>
            <translation>heute</translation>
        </message>
    </context>
    <context>
        <name>CheckList</name>
        <message>
            <location filename="../../ui/editor/checklist.py" line="233" />
            <source>Adding “%1”…</source>
            <translation>„%1“ wird hinzugefügt…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/checklist.py" line="156" />
            <source>Filter %1</source>
            <translation>%1 filtern</translation>
        </message>
        <message>
            <location filename="../../ui/editor/checklist.py" line="155" />
            <source>Filter %1…</source>
            <translation>%1 filtern …</translation>
        </message>
        <message>
            <location filename="../../ui/editor/checklist.py" line="256" />
            <source>Linked item #%1</source>
            <translation>Verknüpfter Eintrag Nr. %1</translation>
        </message>
    </context>
    <context>
        <name>ChoiceCommand</name>
        <message>
            <location filename="../../ui/share/choices.py" line="64" />
            <source>Undone: {step}</source>
            <translation>Rückgängig gemacht: {step}</translation>
        </message>
    </context>
    <context>
        <name>ConditionsTab</name>
        <message>
            <location filename="../../ui/settings/catalog.py" line="130" />
            <source>&amp;Add condition</source>
            <translation>Erkrankung &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="125" />
            <source>Condition</source>
            <translation>Erkrankung</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="126" />
            <source>Conditions</source>
            <translation>Erkrankungen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="125" />
            <source>Diagnosed (YYYY-MM-DD)</source>
            <translation>Diagnostiziert (JJJJ-MM-TT)</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="125" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="179" />
            <source>%1 at %2</source>
            <translation>%1 um %2</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="112" />
            <source>&amp;Delete it</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="256" />
            <source>&amp;Keep it</source>
            <translation>&amp;Behalten</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="250" />
            <source>&amp;Keep the version from %1</source>
            <translation>Die Fassung von %1 &amp;behalten</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="109" />
            <source>&amp;Merge…</source>
            <translation>&amp;Zusammenführen …</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="243" />
            <source>&amp;Other version (%1, %2):</source>
            <translation>&amp;Andere Fassung (%1, %2):</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="110" />
            <source>&amp;Save merged text</source>
            <translation>Zusammengeführten Text &amp;speichern</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="192" />
            <source>An entry</source>
            <translation>Ein Eintrag</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="70" />
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="253" />
            <source>K&amp;eep the version from %1</source>
            <translation>Die Fassung von %1 b&amp;ehalten</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="107" />
            <source>Keep &amp;both</source>
            <translation>Beide be&amp;halten</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="86" />
            <source>Merged te&amp;xt (edit it, then save it):</source>
            <translation>Zusammengeführter &amp;Text (bearbeiten, dann speichern):</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="87" />
            <source>Merged text</source>
            <translation>Zusammengeführter Text</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="235" />
            <source>No conflicts left. Your devices agree.</source>
            <translation>Keine Konflikte mehr. Ihre Geräte stimmen überein.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="241" />
            <source>S&amp;hown now (%1, %2):</source>
            <translation>&amp;Jetzt angezeigt (%1, %2):</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="59" />
            <source>Sync conflicts</source>
            <translation>Abgleich-Konflikte</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="272" />
            <source>The merged text still has lines starting with &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= or &gt;&gt;&gt;&gt;&gt;&gt;&gt;. Choose between the lines they mark and remove the markers, then save.</source>
            <translation>Der zusammengeführte Text enthält noch Zeilen, die mit &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ======= oder &gt;&gt;&gt;&gt;&gt;&gt;&gt; beginnen. Wählen Sie zwischen den markierten Zeilen, entfernen Sie die Markierungen und speichern Sie dann.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="76" />
            <source>The other version</source>
            <translation>Die andere Fassung</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="108" />
            <source>The other version becomes an entry of its own.</source>
            <translation>Die andere Fassung wird ein eigener Eintrag.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="75" />
            <source>The version shown now</source>
            <translation>Die jetzt angezeigte Fassung</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="64" />
            <source>These entries were changed on two devices before they could sync. Nothing was lost: choose what to keep. Your choice goes to your other devices too.</source>
            <translation>Diese Einträge wurden auf zwei Geräten geändert, bevor sie abgeglichen werden konnten. Nichts ging verloren: Wählen Sie, was bleiben soll. Ihre Wahl geht auch an Ihre anderen Geräte.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="188" />
            <source>another device</source>
            <translation>ein anderes Gerät</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="186" />
            <source>this device</source>
            <translation>dieses Gerät</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="195" />
            <source>“%1”: deleted on %2 at %3 while it was edited on %4 at %5. It was kept.</source>
            <translation>„%1“: gelöscht auf %2 um %3, während es auf %4 um %5 bearbeitet wurde. Es wurde behalten.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts.py" line="206" />
            <source>“%1”: edited on %2 at %3 and on %4 at %5</source>
            <translation>„%1“: bearbeitet auf %2 um %3 und auf %4 um %5</translation>
        </message>
    </context>
    <context>
        <name>CoreMessages</name>
        <message>
            <location filename="../../ui/core_catalogue.py" line="10" />
            <source> (and %1 more of its files)</source>
            <translation> (und %1 weitere seiner Dateien)</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="11" />
            <source>"%1"</source>
            <translation>„%1“</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="12" />
            <source>"archived" should be true or false.</source>
            <translation>„archived“ muss true oder false sein.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="13" />
            <source>"factors"</source>
            <translation>"factors"</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="14" />
            <source>"starred" should be true or false.</source>
            <translation>„starred“ muss true oder false sein.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="15" />
            <source>%1 %2 is not a date like 2026-03-14.</source>
            <translation>%1 %2 ist kein Datum wie 2026-03-14.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="16" />
            <source>%1 Nothing was imported.</source>
            <translation>%1 Es wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="17" />
            <source>%1 already has values that do not fit the new kind, so its kind was not changed.</source>
            <translation>%1 hat bereits Werte, die nicht zur neuen Art passen, daher wurde die Art nicht geändert.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="18" />
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="19" />
            <source>%1 and %2 more</source>
            <translation>%1 und %2 weitere</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="20" />
            <source>%1 appeared in that folder during the export.</source>
            <translation>%1 ist während des Exports in diesem Ordner aufgetaucht.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="21" />
            <source>%1 cannot be made: part of that path is a file, not a folder. Choose another folder.</source>
            <translation>%1 lässt sich nicht anlegen: Ein Teil dieses Pfads ist eine Datei, kein Ordner. Wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="22" />
            <source>%1 days ago</source>
            <translation>vor %1 Tagen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="23" />
            <source>%1 does not publish a length limit, so Fettle cannot check one. If the site cuts your post short, split it into parts yourself.</source>
            <translation>%1 nennt keine Längengrenze, daher kann Fettle keine prüfen. Wenn die Seite Ihren Beitrag abschneidet, teilen Sie ihn selbst in Teile auf.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="24" />
            <source>%1 has too many items (over %2).</source>
            <translation>%1 hat zu viele Einträge (über %2).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="25" />
            <source>%1 in that folder is a folder, so Fettle will not replace it, and nothing was written. Choose an empty folder.</source>
            <translation>%1 ist in diesem Ordner ein Ordner, daher ersetzt Fettle ihn nicht, und es wurde nichts geschrieben. Wählen Sie einen leeren Ordner.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="26" />
            <source>%1 is a file, not a folder. Choose a folder.</source>
            <translation>%1 ist eine Datei, kein Ordner. Wählen Sie einen Ordner.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="27" />
            <source>%1 is prescribed to few people, so mentioning it narrows down who you might be.</source>
            <translation>%1 wird nur wenigen Menschen verschrieben; wer es erwähnt, grenzt ein, wer Sie sein könnten.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="28" />
            <source>%1 is too long (over %2 characters).</source>
            <translation>%1 ist zu lang (über %2 Zeichen).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="29" />
            <source>%1 months ago</source>
            <translation>vor %1 Monaten</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="30" />
            <source>%1 must be between %2 and %3, not %4.</source>
            <translation>%1 muss zwischen %2 und %3 liegen, nicht %4.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="31" />
            <source>%1 replaced</source>
            <translation>%1 ersetzt</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="32" />
            <source>%1 replaced; %2 kept as written</source>
            <translation>%1 ersetzt; %2 wie geschrieben behalten</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="33" />
            <source>%1 should be a list.</source>
            <translation>%1 muss eine Liste sein.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="34" />
            <source>%1 should be a number of at least 0.</source>
            <translation>%1 muss eine Zahl von mindestens 0 sein.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="35" />
            <source>%1 should be a whole number.</source>
            <translation>%1 muss eine ganze Zahl sein.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="36" />
            <source>%1 should be text.</source>
            <translation>%1 muss Text sein.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="37" />
            <source>%1 weeks ago</source>
            <translation>vor %1 Wochen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="38" />
            <source>%1 years ago</source>
            <translation>vor %1 Jahren</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="39" />
            <source>%1%2 already exists in that folder, so nothing was written. Choose an empty folder, or replace the files (--force).</source>
            <translation>%1%2 gibt es in diesem Ordner bereits, daher wurde nichts geschrieben. Wählen Sie einen leeren Ordner oder ersetzen Sie die Dateien (--force).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="40" />
            <source>%1%2 together could narrow this down to a few people.</source>
            <translation>%1%2 zusammen könnten den Kreis auf wenige Menschen eingrenzen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="41" />
            <source>%1.%2</source>
            <translation>%1.%2</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="42" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="43" />
            <source>%1…'</source>
            <translation>%1…'</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="44" />
            <source>'%1'</source>
            <translation>'%1'</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="45" />
            <source>'%1' is not a date Fettle understands (use 2026-03-14).</source>
            <translation>„%1“ ist kein Datum, das Fettle versteht (verwenden Sie 2026-03-14).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="46" />
            <source>'%1' is not a time like 14:30.</source>
            <translation>„%1“ ist keine Uhrzeit wie 14:30.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="47" />
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="48" />
            <source>A block is from 3 to 60 days long.</source>
            <translation>Ein Block dauert 3 bis 60 Tage.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="49" />
            <source>A change file in the sync folder is damaged or was not written by this journal, so it was not used. Nothing from it was applied.</source>
            <translation>Eine Änderungsdatei im Sync-Ordner ist beschädigt oder stammt nicht von diesem Tagebuch, daher wurde sie nicht verwendet. Nichts daraus wurde übernommen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="50" />
            <source>A change file in the sync folder is not complete yet (perhaps still being copied). It will be read at the next sync; nothing was lost.</source>
            <translation>Eine Änderungsdatei im Sync-Ordner ist noch nicht vollständig (vielleicht wird sie noch kopiert). Sie wird beim nächsten Abgleich gelesen; nichts ging verloren.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="51" />
            <source>A change file in the sync folder was made by a newer version of Fettle. Update Fettle on this device; nothing from that file was applied.</source>
            <translation>Eine Änderungsdatei im Sync-Ordner stammt von einer neueren Version von Fettle. Aktualisieren Sie Fettle auf diesem Gerät; nichts aus dieser Datei wurde übernommen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="52" />
            <source>A daily factor is a number, a yes/no, or a scale from 0 to 10.</source>
            <translation>Ein täglicher Faktor ist eine Zahl, ein Ja/Nein oder eine Skala von 0 bis 10.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="53" />
            <source>A dose cannot be negative.</source>
            <translation>Eine Dosis kann nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="54" />
            <source>A dose is either taken or skipped.</source>
            <translation>Eine Dosis ist entweder genommen oder ausgelassen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="55" />
            <source>A file already exists there. Choose another name so nothing is overwritten.</source>
            <translation>Dort gibt es bereits eine Datei. Wählen Sie einen anderen Namen, damit nichts überschrieben wird.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="56" />
            <source>A link starts with https:// (or leave it out).</source>
            <translation>Ein Link beginnt mit https:// (oder lassen Sie ihn weg).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="57" />
            <source>A link was removed because it was not an ordinary web or e-mail link. Its words are kept.</source>
            <translation>Ein Link wurde entfernt, weil er kein gewöhnlicher Web- oder E-Mail-Link war. Seine Wörter bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="58" />
            <source>A named clinical trial has few participants; naming it can identify you.</source>
            <translation>Eine namentlich genannte klinische Studie hat wenige Teilnehmende; sie zu nennen, kann Sie erkennbar machen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="59" />
            <source>A rare condition (%1) together with %2 could narrow this down to a handful of people.</source>
            <translation>Eine seltene Erkrankung (%1) zusammen mit %2 könnte den Kreis auf eine Handvoll Menschen eingrenzen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="60" />
            <source>A rare condition (%1) together with where you live (%2) could narrow this down to a handful of people.</source>
            <translation>Eine seltene Erkrankung (%1) zusammen mit Ihrem Wohnort (%2) könnte den Kreis auf eine Handvoll Menschen eingrenzen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="61" />
            <source>A social media handle links this post to your other accounts, and they may show your real name.</source>
            <translation>Ein Benutzername aus sozialen Medien verknüpft diesen Beitrag mit Ihren anderen Konten, und die zeigen vielleicht Ihren echten Namen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="62" />
            <source>A tip is to try, to ask your doctor about, or tried.</source>
            <translation>Ein Tipp ist zum Ausprobieren, zum Nachfragen bei Ihrer Ärztin oder Ihrem Arzt, oder schon ausprobiert.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="63" />
            <source>A treatment cannot stop before it starts.</source>
            <translation>Eine Behandlung kann nicht enden, bevor sie beginnt.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="64" />
            <source>A treatment is a medication or a therapy.</source>
            <translation>Eine Behandlung ist ein Medikament oder eine Therapie.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="65" />
            <source>An entry can have at most %1 tags.</source>
            <translation>Ein Eintrag kann höchstens %1 Schlagwörter haben.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="66" />
            <source>An exact age, with anything else in the post, narrows down who you are; an age band ("in my 30s") says enough.</source>
            <translation>Ein genaues Alter grenzt zusammen mit allem anderen im Beitrag ein, wer Sie sind; eine Altersspanne („in meinen 30ern“) sagt genug.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="67" />
            <source>Answer yes or no.</source>
            <translation>Antworten Sie mit Ja oder Nein.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="68" />
            <source>Appointment</source>
            <translation>Termin</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="69" />
            <source>Appointment %1</source>
            <translation>Termin %1</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="70" />
            <source>Cannot use the mapping %1: write FIELD=Column, where FIELD is one of %2.</source>
            <translation>Die Zuordnung %1 ist nicht verwendbar: Schreiben Sie FELD=Spalte, wobei FELD eines von %2 ist.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="71" />
            <source>Choose a passphrase of at least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
            <translation>Wählen Sie eine Passphrase mit mindestens %1 Zeichen. Ein paar Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="72" />
            <source>Choose a value from %1 to %2.</source>
            <translation>Wählen Sie einen Wert von %1 bis %2.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="73" />
            <source>Choose a value from 0 to 10.</source>
            <translation>Wählen Sie einen Wert von 0 bis 10.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="74" />
            <source>Choose an even number of blocks from 2 to 24, so both halves of the test get the same days.</source>
            <translation>Wählen Sie eine gerade Anzahl von Blöcken von 2 bis 24, damit beide Hälften des Tests gleich viele Tage bekommen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="75" />
            <source>Choose from 1 to 12 pairs of blocks.</source>
            <translation>Wählen Sie 1 bis 12 Blockpaare.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="76" />
            <source>Choose your country or region from the list.</source>
            <translation>Wählen Sie Ihr Land oder Ihre Region aus der Liste.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="77" />
            <source>Condition</source>
            <translation>Erkrankung</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="78" />
            <source>Condition %1</source>
            <translation>Erkrankung %1</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="79" />
            <source>Daily factor</source>
            <translation>Täglicher Faktor</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="80" />
            <source>Daily factor %1</source>
            <translation>Täglicher Faktor %1</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="81" />
            <source>Each symptom can be rated once per entry.</source>
            <translation>Jedes Symptom kann pro Eintrag nur einmal bewertet werden.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="82" />
            <source>Effect is rated from 0 to 10.</source>
            <translation>Die Wirkung wird von 0 bis 10 bewertet.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="83" />
            <source>Enter a number.</source>
            <translation>Geben Sie eine Zahl ein.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="84" />
            <source>Entry</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="85" />
            <source>Entry %1</source>
            <translation>Eintrag %1</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="86" />
            <source>Fettle cannot create the folder %1: you may not write there. Choose another folder.</source>
            <translation>Fettle kann den Ordner %1 nicht anlegen: Sie dürfen dort nicht schreiben. Wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="87" />
            <source>Fettle cannot make the folder %1 private: the disk it is on does not keep permissions (a USB stick or network drive, perhaps), so other people on this computer could see the files. Choose a folder in your home folder.</source>
            <translation>Fettle kann den Ordner %1 nicht privat machen: Das Laufwerk, auf dem er liegt, speichert keine Zugriffsrechte (vielleicht ein USB-Stick oder Netzlaufwerk), daher könnten andere Personen an diesem Computer die Dateien sehen. Wählen Sie einen Ordner in Ihrem persönlichen Ordner.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="88" />
            <source>Fettle cannot write to the backup folder. Check its permissions or choose another folder for backups.</source>
            <translation>Fettle kann nicht in den Sicherungsordner schreiben. Prüfen Sie seine Zugriffsrechte oder wählen Sie einen anderen Ordner für Sicherungen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="89" />
            <source>Fettle cannot write to this journal: the file or its folder is read-only. Check its permissions or move it somewhere you can write.</source>
            <translation>Fettle kann nicht in dieses Tagebuch schreiben: Die Datei oder ihr Ordner ist schreibgeschützt. Prüfen Sie die Zugriffsrechte oder verschieben Sie sie an einen Ort, an dem Sie schreiben dürfen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="90" />
            <source>Fettle could not read that file (check its permissions).</source>
            <translation>Fettle konnte diese Datei nicht lesen (prüfen Sie ihre Zugriffsrechte).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="91" />
            <source>Fettle could not remove the remembered key from this computer's password store (it may be locked). Try again after unlocking it.</source>
            <translation>Fettle konnte den gemerkten Schlüssel nicht aus dem Passwortspeicher dieses Computers entfernen (er ist vielleicht gesperrt). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="92" />
            <source>Fettle could not save to this computer's password store: it may be locked, or the request was dismissed. You will be asked for your passphrase instead.</source>
            <translation>Fettle konnte nicht im Passwortspeicher dieses Computers speichern: Er ist vielleicht gesperrt, oder die Anfrage wurde abgelehnt. Sie werden stattdessen nach Ihrer Passphrase gefragt.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="93" />
            <source>Fettle could not tell which column holds the date. Choose it, e.g. --map date=When. Columns: %1.</source>
            <translation>Fettle konnte nicht erkennen, welche Spalte das Datum enthält. Wählen Sie sie, z. B. --map date=Wann. Spalten: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="94" />
            <source>Fettle is not allowed to read that file. Check its permissions.</source>
            <translation>Fettle darf diese Datei nicht lesen. Prüfen Sie ihre Zugriffsrechte.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="95" />
            <source>Fettle is not allowed to write there.</source>
            <translation>Fettle darf dort nicht schreiben.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="96" />
            <source>GB</source>
            <translation>GB</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="97" />
            <source>Give the %1 a name.</source>
            <translation>Geben Sie %1 einen Namen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="98" />
            <source>Give the daily factor a name, e.g. Sleep.</source>
            <translation>Geben Sie dem täglichen Faktor einen Namen, z. B. Schlaf.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="99" />
            <source>ID number</source>
            <translation>Ausweis- oder Versichertennummer</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="100" />
            <source>ID numbers</source>
            <translation>Ausweis- oder Versichertennummern</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="101" />
            <source>Line %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="102" />
            <source>Line 1</source>
            <translation>Zeile 1</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="103" />
            <source>Name the two things to compare, for example 'as usual' and 'magnesium at night'.</source>
            <translation>Nennen Sie die beiden Dinge, die verglichen werden sollen, zum Beispiel „wie gewohnt“ und „Magnesium am Abend“.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="104" />
            <source>Naming your clinician points to the clinic you attend, and so to where you live.</source>
            <translation>Wer Ihre Ärztin oder Ihren Arzt nennt, verrät die Praxis, in die Sie gehen, und damit, wo Sie wohnen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="105" />
            <source>No device of that name syncs with this journal. Nothing was changed.</source>
            <translation>Kein Gerät mit diesem Namen gleicht sich mit diesem Tagebuch ab. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="106" />
            <source>Not available: the system keystore did not answer. It may be locked and waiting for its own password, or busy. Fettle carries on without it; open Preferences again later to try again.</source>
            <translation>Nicht verfügbar: Der Schlüsselbund des Systems hat nicht geantwortet. Vielleicht ist er gesperrt und wartet auf sein eigenes Passwort, oder er ist beschäftigt. Fettle arbeitet ohne ihn weiter; öffnen Sie die Einstellungen später noch einmal, um es erneut zu versuchen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="107" />
            <source>Nothing replaced</source>
            <translation>Nichts ersetzt</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="108" />
            <source>Nothing replaced; %1 kept as written</source>
            <translation>Nichts ersetzt; %1 wie geschrieben behalten</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="109" />
            <source>Nothing to replace</source>
            <translation>Nichts zu ersetzen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="110" />
            <source>Nothing was left behind: %1 was not written.</source>
            <translation>Es blieb nichts zurück: %1 wurde nicht geschrieben.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="111" />
            <source>Nothing was left behind: %1 was not written. Free some space and try again.</source>
            <translation>Es blieb nichts zurück: %1 wurde nicht geschrieben. Schaffen Sie Speicherplatz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="112" />
            <source>Nothing was left behind: no file from this export is in %1.</source>
            <translation>Es blieb nichts zurück: In %1 liegt keine Datei dieses Exports.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="113" />
            <source>Nothing was left behind: no file from this export is in %1. %2 files of an earlier export there had already been replaced and are gone.</source>
            <translation>Es blieb nichts zurück: In %1 liegt keine Datei dieses Exports. %2 Dateien eines früheren Exports dort waren bereits ersetzt und sind weg.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="114" />
            <source>Nothing was left behind: no file from this export is in %1. %2 files of an earlier export there had already been replaced and are gone. Free some space and try again.</source>
            <translation>Es blieb nichts zurück: In %1 liegt keine Datei dieses Exports. %2 Dateien eines früheren Exports dort waren bereits ersetzt und sind weg. Schaffen Sie Speicherplatz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="115" />
            <source>Nothing was left behind: no file from this export is in %1. Free some space and try again.</source>
            <translation>Es blieb nichts zurück: In %1 liegt keine Datei dieses Exports. Schaffen Sie Speicherplatz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="116" />
            <source>Nothing was left behind: the file already at %1 was not changed.</source>
            <translation>Es blieb nichts zurück: Die Datei, die schon unter %1 lag, wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="117" />
            <source>Nothing was left behind: the file already at %1 was not changed. Free some space and try again.</source>
            <translation>Es blieb nichts zurück: Die Datei, die schon unter %1 lag, wurde nicht verändert. Schaffen Sie Speicherplatz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="118" />
            <source>Nothing was left behind: the folder %1 it made was removed.</source>
            <translation>Es blieb nichts zurück: Der Ordner %1, den der Export angelegt hatte, wurde entfernt.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="119" />
            <source>Nothing was left behind: the folder %1 it made was removed. %2 files of an earlier export there had already been replaced and are gone.</source>
            <translation>Es blieb nichts zurück: Der Ordner %1, den der Export angelegt hatte, wurde entfernt. %2 Dateien eines früheren Exports dort waren bereits ersetzt und sind weg.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="120" />
            <source>Nothing was left behind: the folder %1 it made was removed. %2 files of an earlier export there had already been replaced and are gone. Free some space and try again.</source>
            <translation>Es blieb nichts zurück: Der Ordner %1, den der Export angelegt hatte, wurde entfernt. %2 Dateien eines früheren Exports dort waren bereits ersetzt und sind weg. Schaffen Sie Speicherplatz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="121" />
            <source>Nothing was left behind: the folder %1 it made was removed. Free some space and try again.</source>
            <translation>Es blieb nichts zurück: Der Ordner %1, den der Export angelegt hatte, wurde entfernt. Schaffen Sie Speicherplatz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="122" />
            <source>On HealthUnlocked the title and the first %1 characters can be seen by anyone, even in a private community, and can turn up in search engines. Check them carefully.</source>
            <translation>Auf HealthUnlocked können der Titel und die ersten %1 Zeichen von allen gesehen werden, auch in einer privaten Gemeinschaft, und in Suchmaschinen auftauchen. Prüfen Sie sie sorgfältig.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="123" />
            <source>Only about the first %1 characters show before “See more”. Put what you most want people to read at the start.</source>
            <translation>Nur etwa die ersten %1 Zeichen sind vor „Mehr anzeigen“ zu sehen. Setzen Sie an den Anfang, was die Leute am ehesten lesen sollen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="124" />
            <source>Pictures are left out. A picture is fetched from another website, which would learn that someone is reading your post.</source>
            <translation>Bilder werden weggelassen. Ein Bild wird von einer anderen Website geladen, die so erfahren würde, dass jemand Ihren Beitrag liest.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="125" />
            <source>Reddit posts need a title.</source>
            <translation>Reddit-Beiträge brauchen einen Titel.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="126" />
            <source>Severity must be between 0 and 10.</source>
            <translation>Die Stärke muss zwischen 0 und 10 liegen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="127" />
            <source>Share</source>
            <translation>Geteilter Beitrag</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="128" />
            <source>Share %1</source>
            <translation>Geteilter Beitrag %1</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="129" />
            <source>Some changes link to records from a device whose changes have not arrived yet; they wait for the next sync.</source>
            <translation>Einige Änderungen verweisen auf Einträge eines Geräts, dessen Änderungen noch nicht angekommen sind; sie warten auf den nächsten Abgleich.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="130" />
            <source>Something unexpected is in the journal's folder (a link where Fettle keeps its lock). Nothing was changed.</source>
            <translation>Im Ordner des Tagebuchs liegt etwas Unerwartetes (eine Verknüpfung, wo Fettle seine Sperre ablegt). Es wurde nichts verändert.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="131" />
            <source>Something unexpected went wrong (%1).</source>
            <translation>Etwas Unerwartetes ist schiefgegangen (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="132" />
            <source>Something went wrong.</source>
            <translation>Etwas ist schiefgegangen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="133" />
            <source>Symptom</source>
            <translation>Symptom</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="134" />
            <source>Symptom %1</source>
            <translation>Symptom %1</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="135" />
            <source>Syncing did not finish. Nothing was lost; it will try again.</source>
            <translation>Der Abgleich wurde nicht abgeschlossen. Nichts ging verloren; er wird erneut versucht.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="136" />
            <source>That JSON file is nested too deeply to be an export.</source>
            <translation>Diese JSON-Datei ist zu tief verschachtelt, um ein Export zu sein.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="137" />
            <source>That backup cannot be restored: %1 Nothing was changed.</source>
            <translation>Diese Sicherung lässt sich nicht wiederherstellen: %1 Es wurde nichts verändert.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="138" />
            <source>That file could not be imported. Nothing was changed.</source>
            <translation>Diese Datei konnte nicht importiert werden. Es wurde nichts verändert.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="139" />
            <source>That file has more than %1 entries.</source>
            <translation>Diese Datei hat mehr als %1 Einträge.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="140" />
            <source>That file has more than %1 rows.</source>
            <translation>Diese Datei hat mehr als %1 Zeilen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="141" />
            <source>That file holds binary data, not text.</source>
            <translation>Diese Datei enthält Binärdaten, keinen Text.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="142" />
            <source>That file is %1, not a Fettle journal. Fettle did not change it. Choose a file ending in .fettle.</source>
            <translation>Diese Datei ist %1, kein Fettle-Tagebuch. Fettle hat sie nicht verändert. Wählen Sie eine Datei mit der Endung .fettle.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="143" />
            <source>That file is empty (0 bytes), so it holds no journal. It may have been cut short while copying; try your backup.</source>
            <translation>Diese Datei ist leer (0 Byte) und enthält daher kein Tagebuch. Vielleicht wurde sie beim Kopieren abgeschnitten; versuchen Sie es mit Ihrer Sicherung.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="144" />
            <source>That file is empty.</source>
            <translation>Diese Datei ist leer.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="145" />
            <source>That file is not a Fettle journal, and its contents are not in any format Fettle recognises: it may be damaged or belong to another program. Fettle did not change it.</source>
            <translation>Diese Datei ist kein Fettle-Tagebuch, und ihr Inhalt hat kein Format, das Fettle kennt: Sie ist vielleicht beschädigt oder gehört zu einem anderen Programm. Fettle hat sie nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="146" />
            <source>That file is not a Fettle journal. Fettle did not change it. Choose a file ending in .fettle.</source>
            <translation>Diese Datei ist kein Fettle-Tagebuch. Fettle hat sie nicht verändert. Wählen Sie eine Datei mit der Endung .fettle.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="147" />
            <source>That file is not valid JSON.</source>
            <translation>Diese Datei ist kein gültiges JSON.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="148" />
            <source>That file is too large to import (%1 MB; the limit is %2 MB).</source>
            <translation>Diese Datei ist zu groß zum Importieren (%1 MB; die Grenze liegt bei %2 MB).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="149" />
            <source>That file is too large to import.</source>
            <translation>Diese Datei ist zu groß zum Importieren.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="150" />
            <source>That file is too large to import: it holds more than %1 %2.</source>
            <translation>Diese Datei ist zu groß zum Importieren: Sie enthält mehr als %1 %2.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="151" />
            <source>That is a folder, not a file.</source>
            <translation>Das ist ein Ordner, keine Datei.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="152" />
            <source>That is an ordinary, unencrypted database file, not a Fettle journal. Fettle did not change it.</source>
            <translation>Das ist eine gewöhnliche, unverschlüsselte Datenbankdatei, kein Fettle-Tagebuch. Fettle hat sie nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="153" />
            <source>That is the device you are using. To stop syncing here, choose “Stop syncing on this device” instead.</source>
            <translation>Das ist das Gerät, das Sie gerade verwenden. Um hier nicht mehr abzugleichen, wählen Sie stattdessen „Abgleich auf diesem Gerät beenden“.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="154" />
            <source>That item does not exist (it may have been deleted).</source>
            <translation>Diesen Eintrag gibt es nicht (vielleicht wurde er gelöscht).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="155" />
            <source>That location is a folder, not a journal file. Choose the .fettle file itself.</source>
            <translation>An diesem Ort liegt ein Ordner, keine Tagebuchdatei. Wählen Sie die .fettle-Datei selbst.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="156" />
            <source>That number is too large.</source>
            <translation>Diese Zahl ist zu groß.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="157" />
            <source>That passphrase does not open the journal in this sync folder. Use the journal's passphrase: the newest one, if it was changed on another device.</source>
            <translation>Diese Passphrase öffnet das Tagebuch in diesem Sync-Ordner nicht. Verwenden Sie die Passphrase des Tagebuchs: die neueste, falls sie auf einem anderen Gerät geändert wurde.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="158" />
            <source>That passphrase does not open this journal. Check it and try again.</source>
            <translation>Diese Passphrase öffnet dieses Tagebuch nicht. Prüfen Sie sie und versuchen Sie es noch einmal.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="159" />
            <source>That sync folder belongs to another journal. Choose an empty folder, or the folder this journal already syncs with. Nothing was changed.</source>
            <translation>Dieser Sync-Ordner gehört zu einem anderen Tagebuch. Wählen Sie einen leeren Ordner oder den Ordner, mit dem dieses Tagebuch bereits abgleicht. Es wurde nichts verändert.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="160" />
            <source>That text is too long (over %1 characters).</source>
            <translation>Dieser Text ist zu lang (über %1 Zeichen).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="161" />
            <source>That unfinished text is too long to keep as a draft.</source>
            <translation>Dieser unfertige Text ist zu lang, um ihn als Entwurf aufzubewahren.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="162" />
            <source>The backup could not be completed, so no new backup was kept. Your journal and your earlier backups were not changed.</source>
            <translation>Die Sicherung konnte nicht abgeschlossen werden, daher wurde keine neue Sicherung behalten. Ihr Tagebuch und Ihre früheren Sicherungen wurden nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="163" />
            <source>The disk is full.</source>
            <translation>Der Datenträger ist voll.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="164" />
            <source>The disk reported a problem (%1).</source>
            <translation>Der Datenträger hat ein Problem gemeldet (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="165" />
            <source>The export could not be finished. %1 %2</source>
            <translation>Der Export konnte nicht abgeschlossen werden. %1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="166" />
            <source>The file has no column called %1. Its columns are: %2.</source>
            <translation>Die Datei hat keine Spalte namens %1. Ihre Spalten sind: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="167" />
            <source>The folder %1 belongs to another user, who could read what Fettle writes there. Choose a folder of your own, for example in your home folder.</source>
            <translation>Der Ordner %1 gehört einem anderen Benutzer, der lesen könnte, was Fettle dort schreibt. Wählen Sie einen eigenen Ordner, zum Beispiel in Ihrem persönlichen Ordner.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="168" />
            <source>The folder for the journal does not exist. Choose another location.</source>
            <translation>Der Ordner für das Tagebuch existiert nicht. Wählen Sie einen anderen Ort.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="169" />
            <source>The journal is locked. Unlock it first.</source>
            <translation>Das Tagebuch ist gesperrt. Entsperren Sie es zuerst.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="170" />
            <source>The password store configured on this computer (%1) does not keep secrets safely, so Fettle will not remember the journal with it. You will be asked for your passphrase instead.</source>
            <translation>Der auf diesem Computer eingerichtete Passwortspeicher (%1) bewahrt Geheimnisse nicht sicher auf, daher merkt sich Fettle das Tagebuch damit nicht. Sie werden stattdessen nach Ihrer Passphrase gefragt.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="171" />
            <source>The profile</source>
            <translation>Das Profil</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="172" />
            <source>The site or link is too long.</source>
            <translation>Die Website oder der Link ist zu lang.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="173" />
            <source>The sync folder cannot be reached (a drive unplugged, or the folder moved?). Nothing was lost: your changes stay in your journal and go out at the next sync.</source>
            <translation>Der Sync-Ordner ist nicht erreichbar (ein Laufwerk abgezogen oder der Ordner verschoben?). Nichts ging verloren: Ihre Änderungen bleiben in Ihrem Tagebuch und gehen beim nächsten Abgleich hinaus.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="174" />
            <source>The time a treatment takes to work is from 0 to %1 days.</source>
            <translation>Die Zeit bis zur Wirkung einer Behandlung liegt zwischen 0 und %1 Tagen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="175" />
            <source>The title is %1 characters too long; Reddit allows %2.</source>
            <translation>Der Titel ist %1 Zeichen zu lang; Reddit erlaubt %2.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="176" />
            <source>The trial's name is hidden, but %1 can still point to it: few trials give it, and their sites are public.</source>
            <translation>Der Name der Studie ist verborgen, aber %1 kann trotzdem auf sie hinweisen: Wenige Studien geben es, und ihre Websites sind öffentlich.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="177" />
            <source>There is no entry %1 in this journal.</source>
            <translation>In diesem Tagebuch gibt es keinen Eintrag %1.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="178" />
            <source>There is no file at that location.</source>
            <translation>An diesem Ort gibt es keine Datei.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="179" />
            <source>There is no journal at that location.</source>
            <translation>An diesem Ort gibt es kein Tagebuch.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="180" />
            <source>There is no space left to create the folder %1. Free some space and try again.</source>
            <translation>Es ist kein Platz mehr, um den Ordner %1 anzulegen. Schaffen Sie Speicherplatz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="181" />
            <source>There is no synced journal in that folder. Set up syncing on your other device first (fettle sync --folder FOLDER), then wait until the folder has arrived here.</source>
            <translation>In diesem Ordner gibt es kein abgeglichenes Tagebuch. Richten Sie den Abgleich zuerst auf Ihrem anderen Gerät ein (fettle sync --folder ORDNER) und warten Sie, bis der Ordner hier angekommen ist.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="182" />
            <source>There is no tip %1.</source>
            <translation>Es gibt keinen Tipp %1.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="183" />
            <source>There is no treatment called “%1” in this journal (see: fettle dose).</source>
            <translation>In diesem Tagebuch gibt es keine Behandlung namens „%1“ (siehe: fettle dose).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="184" />
            <source>There is not enough space for a backup, so none was made. Your journal and earlier backups were not changed. Free some space and try again.</source>
            <translation>Für eine Sicherung ist nicht genug Platz, daher wurde keine angelegt. Ihr Tagebuch und frühere Sicherungen wurden nicht verändert. Schaffen Sie Speicherplatz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="185" />
            <source>These could not be removed and are NOT encrypted, so please delete them yourself: %1.</source>
            <translation>Diese ließen sich nicht entfernen und sind NICHT verschlüsselt, bitte löschen Sie sie selbst: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="186" />
            <source>These could not be removed and are NOT encrypted, so please delete them yourself: %1. %2 files of an earlier export there had already been replaced and are gone.</source>
            <translation>Diese ließen sich nicht entfernen und sind NICHT verschlüsselt, bitte löschen Sie sie selbst: %1. %2 Dateien eines früheren Exports dort waren bereits ersetzt und sind weg.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="187" />
            <source>These could not be removed and are NOT encrypted, so please delete them yourself: %1. %2 files of an earlier export there had already been replaced and are gone. Free some space and try again.</source>
            <translation>Diese ließen sich nicht entfernen und sind NICHT verschlüsselt, bitte löschen Sie sie selbst: %1. %2 Dateien eines früheren Exports dort waren bereits ersetzt und sind weg. Schaffen Sie Speicherplatz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="188" />
            <source>These could not be removed and are NOT encrypted, so please delete them yourself: %1. Free some space and try again.</source>
            <translation>Diese ließen sich nicht entfernen und sind NICHT verschlüsselt, bitte löschen Sie sie selbst: %1. Schaffen Sie Speicherplatz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="189" />
            <source>This computer has no secure password store available (such as GNOME Keyring, KDE Wallet, the macOS Keychain or the Windows Credential Manager), so Fettle cannot remember the journal here. You will be asked for your passphrase instead.</source>
            <translation>Auf diesem Computer ist kein sicherer Passwortspeicher verfügbar (etwa GNOME-Schlüsselbund, KDE Wallet, der macOS-Schlüsselbund oder die Windows-Anmeldeinformationsverwaltung), daher kann Fettle sich das Tagebuch hier nicht merken. Sie werden stattdessen nach Ihrer Passphrase gefragt.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="190" />
            <source>This computer has no secure password store available, so Fettle cannot remember the journal here. You will be asked for your passphrase instead.</source>
            <translation>Auf diesem Computer ist kein sicherer Passwortspeicher verfügbar, daher kann Fettle sich das Tagebuch hier nicht merken. Sie werden stattdessen nach Ihrer Passphrase gefragt.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="191" />
            <source>This computer was removed from syncing on another of your devices, so it no longer syncs. Nothing in its journal was changed or lost. To sync it again, join the folder as a new device: File ▸ Join a Synced Journal… (or fettle sync --join FOLDER --journal NEW) makes a new journal from it.</source>
            <translation>Dieser Computer wurde auf einem Ihrer anderen Geräte vom Abgleich entfernt und gleicht sich daher nicht mehr ab. In seinem Tagebuch wurde nichts geändert, und nichts ging verloren. Um wieder abzugleichen, treten Sie dem Ordner als neues Gerät bei: Datei ▸ Einem abgeglichenen Tagebuch beitreten … (oder fettle sync --join ORDNER --journal NEU) legt daraus ein neues Tagebuch an.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="192" />
            <source>This could not be removed and is NOT encrypted, so please delete it yourself: %1.</source>
            <translation>Diese Datei ließ sich nicht entfernen und ist NICHT verschlüsselt, bitte löschen Sie sie selbst: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="193" />
            <source>This could not be removed and is NOT encrypted, so please delete it yourself: %1. Free some space and try again.</source>
            <translation>Diese Datei ließ sich nicht entfernen und ist NICHT verschlüsselt, bitte löschen Sie sie selbst: %1. Schaffen Sie Speicherplatz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="194" />
            <source>This export was made by a newer version of Fettle. Update Fettle to import it.</source>
            <translation>Dieser Export stammt von einer neueren Version von Fettle. Aktualisieren Sie Fettle, um ihn zu importieren.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="195" />
            <source>This is %1 characters too long for %2, which allows %3.</source>
            <translation>Das ist %1 Zeichen zu lang für %2; erlaubt sind %3.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="196" />
            <source>This is %1 characters too long for one post on X, which allows 280. Emoji and letters such as Chinese or Japanese count as 2, and every link as 23.</source>
            <translation>Das ist %1 Zeichen zu lang für einen Beitrag auf X, wo 280 erlaubt sind. Emojis und Schriftzeichen wie Chinesisch oder Japanisch zählen doppelt, jeder Link als 23.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="197" />
            <source>This is longer than one Mastodon post (%1 characters), so it will be sent as a thread of %2 posts, numbered 1/%3 onwards.</source>
            <translation>Das ist länger als ein Mastodon-Beitrag (%1 Zeichen), daher wird es als Thread aus %2 Beiträgen gesendet, nummeriert ab 1/%3.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="198" />
            <source>This is not a Fettle JSON export (its "format" is not "%1").</source>
            <translation>Das ist kein Fettle-JSON-Export (sein „format“ ist nicht „%1“).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="199" />
            <source>This is not a jrnl JSON export: it has no list of "entries". Export with: jrnl --export json</source>
            <translation>Das ist kein jrnl-JSON-Export: Er hat keine Liste „entries“. Exportieren Sie mit: jrnl --export json</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="200" />
            <source>This journal file is incomplete: it looks cut short, perhaps by an interrupted copy. Your file was not changed. Try a backup copy.</source>
            <translation>Diese Tagebuchdatei ist unvollständig: Sie wirkt abgeschnitten, vielleicht durch einen unterbrochenen Kopiervorgang. Ihre Datei wurde nicht verändert. Versuchen Sie es mit einer Sicherungskopie.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="201" />
            <source>This journal file seems to have been copied to another computer, and both copies were syncing as the same device. This copy now syncs as a new device. Nothing was lost: everything in it was sent again.</source>
            <translation>Diese Tagebuchdatei wurde offenbar auf einen anderen Computer kopiert, und beide Kopien haben sich als dasselbe Gerät abgeglichen. Diese Kopie gleicht sich nun als neues Gerät ab. Nichts ging verloren: Alles darin wurde erneut gesendet.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="202" />
            <source>This journal has no sync folder yet. Choose one first: fettle sync --folder FOLDER</source>
            <translation>Dieses Tagebuch hat noch keinen Sync-Ordner. Wählen Sie zuerst einen: fettle sync --folder ORDNER</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="203" />
            <source>This journal is damaged and cannot be read safely. Your file was not changed. Restore it from a backup.</source>
            <translation>Dieses Tagebuch ist beschädigt und lässt sich nicht sicher lesen. Ihre Datei wurde nicht verändert. Stellen Sie es aus einer Sicherung wieder her.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="204" />
            <source>This journal is open in another Fettle window or program. Close it there first.</source>
            <translation>Dieses Tagebuch ist in einem anderen Fettle-Fenster oder Programm geöffnet. Schließen Sie es dort zuerst.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="205" />
            <source>This journal was saved by a newer version of Fettle. Update Fettle to open it; the file was not changed.</source>
            <translation>Dieses Tagebuch wurde mit einer neueren Version von Fettle gespeichert. Aktualisieren Sie Fettle, um es zu öffnen; die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="206" />
            <source>This passage (“%1…”) was shared %2 %3; posting it here lets readers link the two accounts.</source>
            <translation>Dieser Abschnitt („%1…“) wurde %2 %3 geteilt; wenn Sie ihn hier veröffentlichen, können Lesende die beiden Konten verknüpfen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="207" />
            <source>Treatment</source>
            <translation>Behandlung</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="208" />
            <source>Treatment %1</source>
            <translation>Behandlung %1</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="209" />
            <source>Unknown Fettle export version %1.</source>
            <translation>Unbekannte Version des Fettle-Exports: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="210" />
            <source>Unknown entry kind %1.</source>
            <translation>Unbekannte Art von Eintrag: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="211" />
            <source>Unknown import format %1; choose one of %2.</source>
            <translation>Unbekanntes Importformat %1; wählen Sie eines von %2.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="212" />
            <source>Write the tip itself.</source>
            <translation>Schreiben Sie den Tipp selbst.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="213" />
            <source>You already have a condition %1.</source>
            <translation>Sie haben bereits eine Erkrankung %1.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="214" />
            <source>You already track a factor called %1.</source>
            <translation>Sie erfassen bereits einen Faktor namens %1.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="215" />
            <source>You already track a symptom called %1.</source>
            <translation>Sie erfassen bereits ein Symptom namens %1.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="216" />
            <source>Your disk is full, so this change could not be saved. Nothing in the journal was lost. Free some space and save again.</source>
            <translation>Ihr Datenträger ist voll, daher konnte diese Änderung nicht gespeichert werden. Im Tagebuch ging nichts verloren. Schaffen Sie Speicherplatz und speichern Sie erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="217" />
            <source>a %1 id</source>
            <translation>eine %1-ID</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="218" />
            <source>a 7-Zip archive</source>
            <translation>ein 7-Zip-Archiv</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="219" />
            <source>a GIF picture</source>
            <translation>ein GIF-Bild</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="220" />
            <source>a JPEG picture</source>
            <translation>ein JPEG-Bild</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="221" />
            <source>a PDF document</source>
            <translation>ein PDF-Dokument</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="222" />
            <source>a PNG picture</source>
            <translation>ein PNG-Bild</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="223" />
            <source>a ZIP archive or office document</source>
            <translation>ein ZIP-Archiv oder Office-Dokument</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="224" />
            <source>a compressed (gzip) file</source>
            <translation>eine komprimierte (gzip-)Datei</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="225" />
            <source>a daily factor is a number, a yes/no or a scale from 0 to 10.</source>
            <translation>Ein täglicher Faktor ist eine Zahl, ein Ja/Nein oder eine Skala von 0 bis 10.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="226" />
            <source>a day</source>
            <translation>ein Tag</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="227" />
            <source>a dose</source>
            <translation>eine Dosis</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="228" />
            <source>a dose change date</source>
            <translation>ein Datum einer Dosisänderung</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="229" />
            <source>a dose change's %1</source>
            <translation>%1 einer Dosisänderung</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="230" />
            <source>a dose date</source>
            <translation>ein Dosisdatum</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="231" />
            <source>a dose is either taken or skipped.</source>
            <translation>Eine Dosis ist entweder genommen oder ausgelassen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="232" />
            <source>a dose note</source>
            <translation>eine Notiz zur Dosis</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="233" />
            <source>a duration</source>
            <translation>eine Dauer</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="234" />
            <source>a name</source>
            <translation>ein Name</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="235" />
            <source>a question</source>
            <translation>eine Frage</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="236" />
            <source>a severity</source>
            <translation>eine Stärke</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="237" />
            <source>a symptom id</source>
            <translation>eine Symptom-ID</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="238" />
            <source>a symptom, treatment or condition has no name.</source>
            <translation>Ein Symptom, eine Behandlung oder eine Erkrankung hat keinen Namen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="239" />
            <source>a tag should be text.</source>
            <translation>Ein Schlagwort muss Text sein.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="240" />
            <source>a term</source>
            <translation>ein Begriff</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="241" />
            <source>a term's role</source>
            <translation>die Rolle eines Begriffs</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="242" />
            <source>a text (JSON) file</source>
            <translation>eine Textdatei (JSON)</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="243" />
            <source>a text file</source>
            <translation>eine Textdatei</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="244" />
            <source>a topic</source>
            <translation>ein Thema</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="245" />
            <source>a treatment is a medication or a therapy.</source>
            <translation>Eine Behandlung ist ein Medikament oder eine Therapie.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="246" />
            <source>a value should be a number.</source>
            <translation>Ein Wert muss eine Zahl sein.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="247" />
            <source>about %1</source>
            <translation>über %1</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="248" />
            <source>address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="249" />
            <source>addresses</source>
            <translation>Adressen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="250" />
            <source>age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="251" />
            <source>ages</source>
            <translation>Altersangaben</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="252" />
            <source>an entry can have at most %1 tags.</source>
            <translation>Ein Eintrag kann höchstens %1 Schlagwörter haben.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="253" />
            <source>an entry id</source>
            <translation>eine Eintrags-ID</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="254" />
            <source>an old Microsoft Office file</source>
            <translation>eine alte Microsoft-Office-Datei</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="255" />
            <source>another device</source>
            <translation>ein anderes Gerät</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="256" />
            <source>as plain text</source>
            <translation>als reiner Text</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="257" />
            <source>before</source>
            <translation>früher</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="258" />
            <source>cells</source>
            <translation>Zellen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="259" />
            <source>column %1 has no name.</source>
            <translation>Spalte %1 hat keinen Namen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="260" />
            <source>condition</source>
            <translation>Erkrankung</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="261" />
            <source>conditions</source>
            <translation>Erkrankungen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="262" />
            <source>date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="263" />
            <source>dates</source>
            <translation>Daten</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="264" />
            <source>email address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="265" />
            <source>email addresses</source>
            <translation>E-Mail-Adressen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="266" />
            <source>entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="267" />
            <source>entry</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="268" />
            <source>entry_ids</source>
            <translation>entry_ids</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="269" />
            <source>handle</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="270" />
            <source>handles</source>
            <translation>Benutzernamen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="271" />
            <source>in a Facebook group</source>
            <translation>in einer Facebook-Gruppe</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="272" />
            <source>it has no name.</source>
            <translation>Es hat keinen Namen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="273" />
            <source>it has two values for %1.</source>
            <translation>Es hat zwei Werte für %1.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="274" />
            <source>it links to %1 %2, which is not in the file.</source>
            <translation>Es verweist auf %1 %2, das nicht in der Datei steht.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="275" />
            <source>it rates symptom %1, which is missing or rated twice.</source>
            <translation>Es bewertet Symptom %1, das fehlt oder doppelt bewertet ist.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="276" />
            <source>it stops before it starts.</source>
            <translation>Es endet, bevor es beginnt.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="277" />
            <source>its id</source>
            <translation>seine ID</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="278" />
            <source>its name</source>
            <translation>sein Name</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="279" />
            <source>its position</source>
            <translation>seine Position</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="280" />
            <source>its values</source>
            <translation>seine Werte</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="281" />
            <source>lesson</source>
            <translation>Erkenntnis</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="282" />
            <source>link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="283" />
            <source>links</source>
            <translation>Links</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="284" />
            <source>medication</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="285" />
            <source>mentions %1</source>
            <translation>erwähnt %1</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="286" />
            <source>mentions “%1” (another name for %2), a topic you keep private</source>
            <translation>erwähnt „%1“ (ein anderer Name für %2), ein Thema, das Sie für sich behalten</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="287" />
            <source>mentions “%1”, a topic you keep private</source>
            <translation>erwähnt „%1“, ein Thema, das Sie für sich behalten</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="288" />
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="289" />
            <source>names</source>
            <translation>Namen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="290" />
            <source>on %1</source>
            <translation>am %1</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="291" />
            <source>on Bluesky</source>
            <translation>auf Bluesky</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="292" />
            <source>on HealthUnlocked</source>
            <translation>auf HealthUnlocked</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="293" />
            <source>on Inspire</source>
            <translation>auf Inspire</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="294" />
            <source>on Mastodon</source>
            <translation>auf Mastodon</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="295" />
            <source>on PatientsLikeMe</source>
            <translation>auf PatientsLikeMe</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="296" />
            <source>on Reddit</source>
            <translation>auf Reddit</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="297" />
            <source>on X</source>
            <translation>auf X</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="298" />
            <source>organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="299" />
            <source>organisations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="300" />
            <source>other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="301" />
            <source>phone number</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="302" />
            <source>phone numbers</source>
            <translation>Telefonnummern</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="303" />
            <source>place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="304" />
            <source>places</source>
            <translation>Orte</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="305" />
            <source>private term</source>
            <translation>privater Begriff</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="306" />
            <source>private terms</source>
            <translation>private Begriffe</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="307" />
            <source>says “%1”</source>
            <translation>enthält „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="308" />
            <source>symptom</source>
            <translation>Symptom</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="309" />
            <source>symptoms</source>
            <translation>Symptome</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="310" />
            <source>the %1</source>
            <translation>%1</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="311" />
            <source>the body area</source>
            <translation>der Körperbereich</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="312" />
            <source>the clinician</source>
            <translation>die behandelnde Person</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="313" />
            <source>the date '%1' could be day/month or month/day. Write dates as 2026-03-14, or add a row whose day is over 12.</source>
            <translation>Das Datum „%1“ könnte Tag/Monat oder Monat/Tag sein. Schreiben Sie Daten als 2026-03-14, oder fügen Sie eine Zeile hinzu, deren Tag über 12 liegt.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="314" />
            <source>the days it takes to work</source>
            <translation>die Tage bis zur Wirkung</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="315" />
            <source>the diagnosis date</source>
            <translation>das Diagnosedatum</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="316" />
            <source>the display name</source>
            <translation>der Anzeigename</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="317" />
            <source>the dose</source>
            <translation>die Dosis</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="318" />
            <source>the dose changes</source>
            <translation>die Dosisänderungen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="319" />
            <source>the doses taken</source>
            <translation>die genommenen Dosen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="320" />
            <source>the effect rating</source>
            <translation>die Bewertung der Wirkung</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="321" />
            <source>the file contains data Fettle cannot store (%1).</source>
            <translation>Die Datei enthält Daten, die Fettle nicht speichern kann (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="322" />
            <source>the id %1 is used twice.</source>
            <translation>Die ID %1 kommt zweimal vor.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="323" />
            <source>the main concern</source>
            <translation>das Hauptanliegen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="324" />
            <source>the name %1 is used twice.</source>
            <translation>Der Name %1 kommt zweimal vor.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="325" />
            <source>the notes</source>
            <translation>die Notizen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="326" />
            <source>the questions</source>
            <translation>die Fragen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="327" />
            <source>the ratings</source>
            <translation>die Bewertungen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="328" />
            <source>the region</source>
            <translation>die Region</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="329" />
            <source>the severity %1 is outside 0 to 10.</source>
            <translation>Die Stärke %1 liegt außerhalb von 0 bis 10.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="330" />
            <source>the severity '%1' is not a number from 0 to 10.</source>
            <translation>Die Stärke „%1“ ist keine Zahl von 0 bis 10.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="331" />
            <source>the severity of %1</source>
            <translation>die Stärke von %1</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="332" />
            <source>the shared text</source>
            <translation>der geteilte Text</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="333" />
            <source>the start date</source>
            <translation>das Anfangsdatum</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="334" />
            <source>the stop date</source>
            <translation>das Enddatum</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="335" />
            <source>the tag %1 is too long.</source>
            <translation>Das Schlagwort %1 ist zu lang.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="336" />
            <source>the tags</source>
            <translation>die Schlagwörter</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="337" />
            <source>the terms</source>
            <translation>die Begriffe</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="338" />
            <source>the text</source>
            <translation>der Text</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="339" />
            <source>the time %1 is not a time like 14:30.</source>
            <translation>Die Uhrzeit %1 ist keine Uhrzeit wie 14:30.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="340" />
            <source>the title</source>
            <translation>der Titel</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="341" />
            <source>the title is too long.</source>
            <translation>Der Titel ist zu lang.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="342" />
            <source>the topics</source>
            <translation>die Themen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="343" />
            <source>the triggers</source>
            <translation>die Auslöser</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="344" />
            <source>the unit</source>
            <translation>die Einheit</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="345" />
            <source>the value for %1: %2</source>
            <translation>der Wert für %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="346" />
            <source>this entry is not an object.</source>
            <translation>Dieser Eintrag ist kein Objekt.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="347" />
            <source>this file is not UTF-8 text. Save it as UTF-8 (in a spreadsheet: CSV UTF-8) and try again.</source>
            <translation>Diese Datei ist kein UTF-8-Text. Speichern Sie sie als UTF-8 (in einer Tabellenkalkulation: CSV UTF-8) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="348" />
            <source>this is not a Flaredown export: its columns should start with Date and end with Tags and Foods.</source>
            <translation>Das ist kein Flaredown-Export: Seine Spalten müssten mit Date beginnen und mit Tags und Foods enden.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="349" />
            <source>this is not readable CSV (%1).</source>
            <translation>Das ist kein lesbares CSV (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="350" />
            <source>this is not valid JSON (%1).</source>
            <translation>Das ist kein gültiges JSON (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="351" />
            <source>this record is not an object.</source>
            <translation>Dieser Datensatz ist kein Objekt.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="352" />
            <source>this row has %1 columns; Fettle imports at most %2.</source>
            <translation>Diese Zeile hat %1 Spalten; Fettle importiert höchstens %2.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="353" />
            <source>this row has more cells than the first line has columns.</source>
            <translation>Diese Zeile hat mehr Zellen, als die erste Zeile Spalten hat.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="354" />
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="355" />
            <source>treatment</source>
            <translation>Behandlung</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="356" />
            <source>treatments</source>
            <translation>Behandlungen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="357" />
            <source>unknown entry kind %1.</source>
            <translation>Unbekannte Art von Eintrag: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="358" />
            <source>unknown kind of term %1.</source>
            <translation>Unbekannte Art von Begriff: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="359" />
            <source>values</source>
            <translation>Werte</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="360" />
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="361" />
            <source>your treatment</source>
            <translation>Ihre Behandlung</translation>
        </message>
    </context>
    <context>
        <name>CoreWords</name>
        <message>
            <location filename="../../ui/core_catalogue.py" line="365" />
            <source> (1 day not recorded)</source>
            <translation> (1 Tag nicht erfasst)</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="366" />
            <source> ({n} days not recorded)</source>
            <translation> ({n} Tage nicht erfasst)</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="367" />
            <source>({looked}; {shown} unlikely to be chance)</source>
            <translation>({looked}; bei {shown} ist Zufall unwahrscheinlich)</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="368" />
            <source>1 comparison looked at</source>
            <translation>1 Vergleich angesehen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="369" />
            <source>1 other comparison could be chance and is not shown.</source>
            <translation>1 weiterer Vergleich könnte Zufall sein und wird nicht gezeigt.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="370" />
            <source>1 other pair of a change and a symptom showed no clear change (it could be chance).</source>
            <translation>1 weiteres Paar aus Änderung und Symptom zeigte keine klare Veränderung (es könnte Zufall sein).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="371" />
            <source>1 result is unlikely to be chance.</source>
            <translation>Bei 1 Ergebnis ist Zufall unwahrscheinlich.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="372" />
            <source>A new entry is a</source>
            <translation>Art eines neuen Eintrags</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="373" />
            <source>An experiment on yourself (an “n-of-1 trial”) answers one question for you alone: does this change make a difference to how I feel? Instead of guessing from the days that happened, you switch the change on and off in blocks of days, in an order drawn at random, and rate your symptom every day.

Because each pair of blocks has one of each, in a random order, both sides get the same number of days, and a slow improvement or a bad month falls on both alike. At the end Fettle compares the two with a 95% interval. “No clear difference” is a real answer too.</source>
            <translation>Ein Experiment an sich selbst (ein „N-of-1-Versuch“) beantwortet eine Frage nur für Sie: Macht diese Änderung einen Unterschied dafür, wie ich mich fühle? Statt aus den Tagen zu raten, wie sie kamen, schalten Sie die Änderung in Blöcken von Tagen ein und aus, in einer zufällig gezogenen Reihenfolge, und bewerten Ihr Symptom jeden Tag.

Weil jedes Blockpaar je einen Block mit und ohne enthält, in zufälliger Reihenfolge, bekommen beide Seiten gleich viele Tage, und eine langsame Besserung oder ein schlechter Monat trifft beide gleich. Am Ende vergleicht Fettle beide mit einem 95-%-Intervall. „Kein klarer Unterschied“ ist auch eine echte Antwort.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="374" />
            <source>Apr</source>
            <translation>Apr.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="375" />
            <source>Aug</source>
            <translation>Aug.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="376" />
            <source>Backup folder</source>
            <translation>Ordner für Sicherungen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="377" />
            <source>Backups kept</source>
            <translation>Aufbewahrte Sicherungen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="378" />
            <source>Block {i}, {first} to {last}: {todo}</source>
            <translation>Block {i}, {first} bis {last}: {todo}</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="379" />
            <source>Daily check-in reminder</source>
            <translation>Erinnerung an den täglichen Check-in</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="380" />
            <source>Date format</source>
            <translation>Datumsformat</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="381" />
            <source>Days left out after each change while a treatment starts to work (wash-in): {parts}.</source>
            <translation>Tage, die nach jeder Änderung außen vor bleiben, während eine Behandlung zu wirken beginnt (Einschleichzeit): {parts}.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="382" />
            <source>Dec</source>
            <translation>Dez.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="383" />
            <source>Empty the clipboard after</source>
            <translation>Zwischenablage leeren nach</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="384" />
            <source>Every pair of a change and a symptom shown above is clear.</source>
            <translation>Jedes oben gezeigte Paar aus Änderung und Symptom ist eindeutig.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="385" />
            <source>Feb</source>
            <translation>Feb.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="386" />
            <source>Finished: no clear difference in {symptom} between {b} and {a} ({ci}), {counts}. This could be chance.</source>
            <translation>Abgeschlossen: kein klarer Unterschied bei {symptom} zwischen {b} und {a} ({ci}), {counts}. Das könnte Zufall sein.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="387" />
            <source>Finished: {symptom} was {d} points {dir} {b} than {a} ({ci}), {counts}.</source>
            <translation>Abgeschlossen: {symptom} war bei {b} um {d} Punkte {dir} als bei {a} ({ci}), {counts}.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="388" />
            <source>Finished; not enough rated days to compare (at least 5 on each side are needed).</source>
            <translation>Abgeschlossen; zu wenige bewertete Tage für einen Vergleich (nötig sind mindestens 5 auf jeder Seite).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="389" />
            <source>For {days} days, from {start} to {end}, follow the plan below block by block ({n} blocks of {d} days), and rate {symptom} every day, even on good days. A day you miss is left out, never counted as 0, but many missed days leave too little to compare.</source>
            <translation>Folgen Sie {days} Tage lang, vom {start} bis zum {end}, dem Plan unten Block für Block ({n} Blöcke zu je {d} Tagen), und bewerten Sie {symptom} jeden Tag, auch an guten Tagen. Ein ausgelassener Tag bleibt außen vor und zählt nie als 0, aber viele ausgelassene Tage lassen zu wenig zum Vergleichen übrig.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="390" />
            <source>Intervals are 95% AR(1)-corrected intervals: they allow for good and bad days coming in runs. A result is called unlikely to be chance only after correcting for everything tested at once (Benjamini–Hochberg). Results describe what went together, not why.</source>
            <translation>Die Intervalle sind 95-%-Intervalle mit AR(1)-Korrektur: Sie berücksichtigen, dass gute und schlechte Tage gehäuft auftreten. Zufall gilt bei einem Ergebnis erst dann als unwahrscheinlich, wenn für alles gleichzeitig Getestete korrigiert wurde (Benjamini-Hochberg). Die Ergebnisse beschreiben, was zusammen auftrat, nicht warum.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="391" />
            <source>Jan</source>
            <translation>Jan.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="392" />
            <source>Jul</source>
            <translation>Juli</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="393" />
            <source>Jun</source>
            <translation>Juni</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="394" />
            <source>Language of shared posts</source>
            <translation>Sprache geteilter Beiträge</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="395" />
            <source>Lock when idle for</source>
            <translation>Sperren nach Inaktivität von</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="396" />
            <source>Longest Mastodon post</source>
            <translation>Längster Mastodon-Beitrag</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="397" />
            <source>Mar</source>
            <translation>März</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="398" />
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="399" />
            <source>Medication names in reminders</source>
            <translation>Medikamentennamen in Erinnerungen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="400" />
            <source>Most of these days were also days with {other} ({pct}%), so the two are hard to tell apart.</source>
            <translation>Die meisten dieser Tage waren auch Tage mit {other} ({pct} %), daher lassen sich beide schwer auseinanderhalten.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="401" />
            <source>No result is unlikely to be chance.</source>
            <translation>Bei keinem Ergebnis ist Zufall unwahrscheinlich.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="402" />
            <source>Nothing is shown with fewer than {n} days with and {n} days without.</source>
            <translation>Nichts wird gezeigt, das weniger als {n} Tage mit und {n} Tage ohne hat.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="403" />
            <source>Nov</source>
            <translation>Nov.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="404" />
            <source>Oct</source>
            <translation>Okt.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="405" />
            <source>On days after {what}</source>
            <translation>An Tagen nach {what}</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="406" />
            <source>On days with {what}</source>
            <translation>An Tagen mit {what}</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="407" />
            <source>Remind me when a dose is due</source>
            <translation>Erinnern, wenn eine Dosis fällig ist</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="408" />
            <source>Sep</source>
            <translation>Sept.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="409" />
            <source>Shared posts are made for</source>
            <translation>Geteilte Beiträge sind für</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="410" />
            <source>So far {rated} of {passed} day is rated: {a} {without} and {b} {with_}.</source>
            <translation>Bisher ist {rated} von {passed} Tag bewertet: {a} {without} und {b} {with_}.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="411" />
            <source>So far {rated} of {passed} days are rated: {a} {without} and {b} {with_}.</source>
            <translation>Bisher sind {rated} von {passed} Tagen bewertet: {a} {without} und {b} {with_}.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="412" />
            <source>Starting, stopping or changing a medication, its dose or when you take it must be agreed with your doctor or pharmacist first. Some medicines are dangerous to stop suddenly. A supplement or a habit (an earlier bedtime) is safer to test.</source>
            <translation>Ein Medikament zu beginnen, abzusetzen oder zu ändern, seine Dosis oder den Einnahmezeitpunkt, muss vorher mit Ihrer Ärztin, Ihrem Arzt oder Ihrer Apotheke abgesprochen werden. Manche Medikamente dürfen nicht plötzlich abgesetzt werden. Ein Nahrungsergänzungsmittel oder eine Gewohnheit (früher ins Bett gehen) lässt sich gefahrloser testen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="413" />
            <source>The experiment starts on {day}: {todo} first.</source>
            <translation>Das Experiment beginnt am {day}: zuerst {todo}.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="414" />
            <source>The first day after the change is left out (wash-in).</source>
            <translation>Der erste Tag nach der Änderung bleibt außen vor (Einschleichzeit).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="415" />
            <source>The first {n} days after the change are left out (wash-in).</source>
            <translation>Die ersten {n} Tage nach der Änderung bleiben außen vor (Einschleichzeit).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="416" />
            <source>The settings in this file are not in a form Fettle reads; they are left out.</source>
            <translation>Die Einstellungen in dieser Datei liegen in einer Form vor, die Fettle nicht lesen kann; sie werden weggelassen.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="417" />
            <source>This could be chance.</source>
            <translation>Das könnte Zufall sein.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="418" />
            <source>Today: {todo} (block {i} of {n}, until {last})</source>
            <translation>Heute: {todo} (Block {i} von {n}, bis {last})</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="419" />
            <source>a skipped dose of {name}</source>
            <translation>eine ausgelassene Dosis {name}</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="420" />
            <source>between {lo} lower and {hi} higher</source>
            <translation>zwischen {lo} niedriger und {hi} höher</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="421" />
            <source>entries tagged “{name}”</source>
            <translation>Einträgen mit dem Schlagwort „{name}“</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="422" />
            <source>every day at {time}</source>
            <translation>täglich um {time}</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="423" />
            <source>from {a} and {b} days</source>
            <translation>aus {a} und {b} Tagen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="424" />
            <source>higher</source>
            <translation>höher</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="425" />
            <source>lesson</source>
            <translation>Erkenntnis</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="426" />
            <source>lower</source>
            <translation>niedriger</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="427" />
            <source>next day</source>
            <translation>am nächsten Tag</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="428" />
            <source>no {name}</source>
            <translation>ohne {name}</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="429" />
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="430" />
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="431" />
            <source>on</source>
            <translation>an</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="432" />
            <source>only the newest backup</source>
            <translation>nur die neueste Sicherung</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="433" />
            <source>same day</source>
            <translation>am selben Tag</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="434" />
            <source>since starting {name}</source>
            <translation>seit Beginn von {name}</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="435" />
            <source>since stopping {name}</source>
            <translation>seit dem Absetzen von {name}</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="436" />
            <source>since {name} {dose}</source>
            <translation>seit {name} {dose}</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="437" />
            <source>symptom</source>
            <translation>Symptom</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="438" />
            <source>take {name}</source>
            <translation>{name} nehmen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="439" />
            <source>the app's own language for every site</source>
            <translation>die Sprache der App für jede Seite</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="440" />
            <source>the default folder, beside the journal</source>
            <translation>der Standardordner neben dem Tagebuch</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="441" />
            <source>the newest {n} backups</source>
            <translation>die neuesten {n} Sicherungen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="442" />
            <source>treatment</source>
            <translation>Behandlung</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="443" />
            <source>with {name}</source>
            <translation>mit {name}</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="444" />
            <source>without {name}</source>
            <translation>ohne {name}</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="445" />
            <source>{cond}, {symptom} was {d} points {dir} ({ci}), {counts}.</source>
            <translation>{cond}: {symptom} war um {d} Punkte {dir} ({ci}), {counts}.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="446" />
            <source>{day} {month} {year}</source>
            <translation>{day}. {month} {year}</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="447" />
            <source>{label}: {new}</source>
            <translation>{label}: {new}</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="448" />
            <source>{label}: {new} (now: {current})</source>
            <translation>{label}: {new} (jetzt: {current})</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="449" />
            <source>{label}: {new} (was: {current})</source>
            <translation>{label}: {new} (vorher: {current})</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="450" />
            <source>{language} for {site}</source>
            <translation>{language} für {site}</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="451" />
            <source>{lo} to {hi}</source>
            <translation>{lo} bis {hi}</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="452" />
            <source>{name} {cut}{unit} or more</source>
            <translation>{name} {cut}{unit} oder mehr</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="453" />
            <source>{name}: no</source>
            <translation>{name}: nein</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="454" />
            <source>{name}: yes</source>
            <translation>{name}: ja</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="455" />
            <source>{n} character</source>
            <translation>{n} Zeichen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="456" />
            <source>{n} characters</source>
            <translation>{n} Zeichen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="457" />
            <source>{n} comparisons looked at</source>
            <translation>{n} Vergleiche angesehen</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="458" />
            <source>{n} days after {what}</source>
            <translation>{n} Tage nach {what}</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="459" />
            <source>{n} days later</source>
            <translation>{n} Tage später</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="460" />
            <source>{n} hour</source>
            <translation>{n} Stunde</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="461" />
            <source>{n} hours</source>
            <translation>{n} Stunden</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="462" />
            <source>{n} minute</source>
            <translation>{n} Minute</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="463" />
            <source>{n} minutes</source>
            <translation>{n} Minuten</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="464" />
            <source>{n} other comparisons could be chance and are not shown.</source>
            <translation>{n} weitere Vergleiche könnten Zufall sein und werden nicht gezeigt.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="465" />
            <source>{n} other pairs of a change and a symptom showed no clear change (they could be chance).</source>
            <translation>{n} weitere Paare aus Änderung und Symptom zeigten keine klare Veränderung (sie könnten Zufall sein).</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="466" />
            <source>{n} results are unlikely to be chance.</source>
            <translation>Bei {n} Ergebnissen ist Zufall unwahrscheinlich.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="467" />
            <source>{n} second</source>
            <translation>{n} Sekunde</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="468" />
            <source>{n} seconds</source>
            <translation>{n} Sekunden</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="469" />
            <source>{symptom} {d} points {dir} {since} ({ci}), {counts}; lower is better.</source>
            <translation>{symptom} um {d} Punkte {dir} {since} ({ci}), {counts}; niedriger ist besser.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="470" />
            <source>{symptom}: no clear change {since} ({ci}), {counts}. This could be chance.</source>
            <translation>{symptom}: keine klare Veränderung {since} ({ci}), {counts}. Das könnte Zufall sein.</translation>
        </message>
        <message>
            <location filename="../../ui/core_catalogue.py" line="471" />
            <source>“{name}” noted</source>
            <translation>„{name}“ vermerkt</translation>
        </message>
    </context>
    <context>
        <name>DamagedJournalDialog</name>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="53" />
            <source>&lt;b&gt;Part of your journal could not be read.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Ein Teil Ihres Tagebuchs konnte nicht gelesen werden.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="55" />
            <source>&lt;b&gt;Your journal could not be read.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Ihr Tagebuch konnte nicht gelesen werden.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="133" />
            <source>All %1 entries can still be read.</source>
            <translation>Alle %1 Einträge lassen sich noch lesen.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="99" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="138" />
            <source>Fettle can still read %1 of your %2 entries.</source>
            <translation>Fettle kann noch %1 Ihrer %2 Einträge lesen.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="127" />
            <source>Fettle could not read any of it.</source>
            <translation>Fettle konnte nichts davon lesen.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="130" />
            <source>Fettle could still read %1 entries; it cannot tell how many there were.</source>
            <translation>Fettle konnte noch %1 Einträge lesen; wie viele es waren, lässt sich nicht sagen.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="167" />
            <source>Keep the file as it is and look for a copy elsewhere, for example on another computer or a backup drive.</source>
            <translation>Lassen Sie die Datei, wie sie ist, und suchen Sie anderswo nach einer Kopie, zum Beispiel auf einem anderen Computer oder einem Sicherungslaufwerk.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="150" />
            <source>No good backup was found.</source>
            <translation>Es wurde keine intakte Sicherung gefunden.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="97" />
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="91" />
            <source>Open read-only</source>
            <translation>Nur zum Lesen öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="94" />
            <source>Read and export what can still be read. Nothing can be changed.</source>
            <translation>Lesen und exportieren, was sich noch lesen lässt. Ändern lässt sich nichts.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="85" />
            <source>Restore the newest good backup</source>
            <translation>Neueste intakte Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="157" />
            <source>Restoring puts the backup in place of the damaged file. The damaged file is kept in the backup folder first, so nothing is thrown away. Entries written after that backup are not in it.</source>
            <translation>Beim Wiederherstellen tritt die Sicherung an die Stelle der beschädigten Datei. Die beschädigte Datei wird vorher im Sicherungsordner aufbewahrt, es geht also nichts verloren. Einträge, die nach dieser Sicherung geschrieben wurden, sind darin nicht enthalten.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="70" />
            <source>Technical details</source>
            <translation>Technische Einzelheiten</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="151" />
            <source>The damaged file has not been changed.</source>
            <translation>Die beschädigte Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="60" />
            <source>This usually happens when a disk or memory card fails, or the computer lost power while the file was being written. It is not something you did.</source>
            <translation>Das passiert meist, wenn eine Festplatte oder Speicherkarte ausfällt oder der Computer beim Schreiben der Datei den Strom verlor. Sie haben nichts falsch gemacht.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="163" />
            <source>You can open the journal read-only to read and export what is left. Keep the file: someone with technical knowledge may be able to recover more.</source>
            <translation>Sie können das Tagebuch nur zum Lesen öffnen, um zu lesen und zu exportieren, was übrig ist. Behalten Sie die Datei: Jemand mit technischem Wissen kann vielleicht mehr retten.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="40" />
            <source>Your journal's file is damaged</source>
            <translation>Die Datei Ihres Tagebuchs ist beschädigt</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="145" />
            <source>Your newest good backup is from %1 and holds %2 entries.</source>
            <translation>Ihre neueste intakte Sicherung ist vom %1 und enthält %2 Einträge.</translation>
        </message>
    </context>
    <context>
        <name>DataMenu</name>
        <message>
            <location filename="../../ui/data/menu.py" line="78" />
            <source>&amp;Back Up Now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="83" />
            <source>&amp;Check Journal Integrity</source>
            <translation>Tagebuch auf Schäden &amp;prüfen</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="77" />
            <location filename="../../ui/shell/main_window.py" line="115" />
            <source>&amp;Data</source>
            <translation>&amp;Daten</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="82" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren …</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="81" />
            <source>&amp;Import…</source>
            <translation>&amp;Importieren …</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="80" />
            <source>&amp;Restore from Backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen …</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="160" />
            <source>Automatic backup: %1</source>
            <translation>Automatische Sicherung: %1</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="166" />
            <source>Checking your journal for damage…</source>
            <translation>Ihr Tagebuch wird auf Schäden geprüft …</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="157" />
            <source>Encrypted backup saved: %1</source>
            <translation>Verschlüsselte Sicherung gespeichert: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/menu.py" line="301" />
            <source>Imported %n entries.</source>
            <translation>
                <numerusform>%n Eintrag importiert.</numerusform>
                <numerusform>%n Einträge importiert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="84" />
            <source>Look for damage in the journal's file</source>
            <translation>Die Datei des Tagebuchs auf Schäden prüfen</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="79" />
            <source>Make an encrypted copy of your journal now</source>
            <translation>Jetzt eine verschlüsselte Kopie Ihres Tagebuchs anlegen</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="154" />
            <source>Making an encrypted backup…</source>
            <translation>Verschlüsselte Sicherung wird angelegt …</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="182" />
            <source>No damage found</source>
            <translation>Keine Schäden gefunden</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="120" />
            <source>Opened read-only: you can read and export, but changes cannot be saved.</source>
            <translation>Nur zum Lesen geöffnet: Sie können lesen und exportieren, aber Änderungen lassen sich nicht speichern.</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="270" />
            <source>Restored the backup from %1 (%2 entries). Your journal as it was is kept in the backup folder.</source>
            <translation>Die Sicherung vom %1 wurde wiederhergestellt (%2 Einträge). Ihr bisheriges Tagebuch liegt weiterhin im Sicherungsordner.</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="211" />
            <source>Restoring the newest good backup…</source>
            <translation>Die neueste intakte Sicherung wird wiederhergestellt …</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="183" />
            <source>Your journal's file was checked completely and no damage was found.</source>
            <translation>Die Datei Ihres Tagebuchs wurde vollständig geprüft; es wurden keine Schäden gefunden.</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../ui/date_field.py" line="26" />
            <source>Left and Right move between day, month and year; Up and Down change them; Alt+Down opens a calendar.</source>
            <translation>Links und Rechts wechseln zwischen Tag, Monat und Jahr; Hoch und Runter ändern sie; Alt+Runter öffnet einen Kalender.</translation>
        </message>
        <message>
            <location filename="../../ui/date_field.py" line="42" />
            <source>Left and Right move between hours and minutes; Up and Down change them.</source>
            <translation>Links und Rechts wechseln zwischen Stunden und Minuten; Hoch und Runter ändern sie.</translation>
        </message>
    </context>
    <context>
        <name>DeleteEntryCommand</name>
        <message>
            <location filename="../../ui/shell/commands.py" line="28" />
            <source>Delete Entry</source>
            <translation>Eintrag löschen</translation>
        </message>
    </context>
    <context>
        <name>DoseHistory</name>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="50" />
            <source>&amp;Change dose…</source>
            <translation>Dosis &amp;ändern …</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="51" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="77" />
            <source>&amp;Save dose</source>
            <translation>Dosis &amp;speichern</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="78" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="52" />
            <source>De&amp;lete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="56" />
            <source>Delete the chosen dose change</source>
            <translation>Die gewählte Dosisänderung löschen</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="83" />
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="48" />
            <source>Dose history, newest first</source>
            <translation>Dosisverlauf, neueste zuerst</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="83" />
            <source>Dose:</source>
            <translation>Dosis:</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="55" />
            <source>Edit the chosen dose change</source>
            <translation>Die gewählte Dosisänderung bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="82" />
            <source>From which day</source>
            <translation>Ab welchem Tag</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="82" />
            <source>From:</source>
            <translation>Ab:</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="151" />
            <source>No dose changes yet.</source>
            <translation>Noch keine Dosisänderungen.</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="86" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="86" />
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="54" />
            <source>Record a new dose</source>
            <translation>Eine neue Dosis erfassen</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="85" />
            <source>Schedule</source>
            <translation>Einnahmeschema</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="85" />
            <source>Schedule:</source>
            <translation>Einnahmeschema:</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="84" />
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="84" />
            <source>Unit:</source>
            <translation>Einheit:</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="76" />
            <source>Why it changed (optional)</source>
            <translation>Warum sie sich geändert hat (optional)</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="74" />
            <source>e.g. nightly</source>
            <translation>z. B. abends</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="72" />
            <source>mg, ml, puffs…</source>
            <translation>mg, ml, Hübe …</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="70" />
            <source>none</source>
            <translation>keine</translation>
        </message>
    </context>
    <context>
        <name>DraftsAndTreatments</name>
        <message>
            <location filename="../../ui/shell/page_extras.py" line="80" />
            <source>Added “%1” to your treatments. Set its dose in Medications &amp; therapies ▸ Add or change treatments (in the sidebar).</source>
            <translation>„%1“ wurde zu Ihren Behandlungen hinzugefügt. Die Dosis legen Sie unter Medikamente &amp; Therapien ▸ Behandlungen hinzufügen oder ändern (in der Seitenleiste) fest.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/page_extras.py" line="65" />
            <source>Restored the entry you were writing before the lock.</source>
            <translation>Der Eintrag, den Sie vor dem Sperren geschrieben haben, wurde wiederhergestellt.</translation>
        </message>
    </context>
    <context>
        <name>EntryDelegate</name>
        <message>
            <location filename="../../ui/shell/entry_list_model.py" line="55" />
            <location filename="../../ui/shell/entry_list_view.py" line="121" />
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/entry_list_model.py" line="47" />
            <source>Lesson</source>
            <translation>Erkenntnis</translation>
        </message>
        <message>
            <location filename="../../ui/shell/entry_list_model.py" line="48" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../ui/shell/entry_list_model.py" line="45" />
            <source>Symptom</source>
            <translation>Symptom</translation>
        </message>
        <message>
            <location filename="../../ui/shell/entry_list_model.py" line="46" />
            <source>Treatment</source>
            <translation>Behandlung</translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message>
            <location filename="../../ui/editor/fields.py" line="118" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="124" />
            <source>&amp;From entries</source>
            <translation>Aus &amp;Einträgen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="119" />
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="122" />
            <source>&amp;Symptoms</source>
            <translation>&amp;Symptome</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="200" />
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="125" />
            <source>C&amp;onditions</source>
            <translation>Er&amp;krankungen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="102" />
            <source>Conditions this entry is about</source>
            <translation>Erkrankungen, um die es in diesem Eintrag geht</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="357" />
            <source>Couldn't save — your text is kept</source>
            <translation>Speichern fehlgeschlagen – Ihr Text bleibt erhalten</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="77" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="99" />
            <source>Entries this lesson came from</source>
            <translation>Einträge, aus denen diese Erkenntnis stammt</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="81" />
            <source>Entry editor</source>
            <translation>Eintrag bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="100" />
            <source>Find entries by title or date…</source>
            <translation>Einträge nach Titel oder Datum suchen …</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="87" />
            <source>Kind of entry</source>
            <translation>Art des Eintrags</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="44" />
            <source>Lesson</source>
            <translation>Erkenntnis</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="358" />
            <source>Not saved yet: rate a symptom or write something</source>
            <translation>Noch nicht gespeichert: Bewerten Sie ein Symptom oder schreiben Sie etwas</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="45" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="89" />
            <source>Optional: the first line is used otherwise</source>
            <translation>Optional: sonst wird die erste Zeile verwendet</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="95" />
            <source>Press Enter to add “%1” as a new treatment.</source>
            <translation>Eingabetaste drücken, um „%1“ als neue Behandlung hinzuzufügen.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="79" />
            <source>Record a time</source>
            <translation>Uhrzeit festhalten</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="80" />
            <source>Record the time of day too</source>
            <translation>Auch die Uhrzeit festhalten</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="117" />
            <source>Save state</source>
            <translation>Speicherstand</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="354" />
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="355" />
            <source>Saving…</source>
            <translation>Wird gespeichert …</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="44" />
            <source>Symptom</source>
            <translation>Symptom</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="93" />
            <source>Symptoms</source>
            <translation>Symptome</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="120" />
            <source>T&amp;itle</source>
            <translation>T&amp;itel</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="123" />
            <source>T&amp;reatments</source>
            <translation>&amp;Behandlungen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="121" />
            <source>Ta&amp;gs</source>
            <translation>Schlag&amp;wörter</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="83" />
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="90" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="44" />
            <source>Treatment</source>
            <translation>Behandlung</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="97" />
            <source>Treatments this entry is about</source>
            <translation>Behandlungen, um die es in diesem Eintrag geht</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="356" />
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="78" />
            <source>at</source>
            <translation>um</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="101" />
            <source>conditions</source>
            <translation>Erkrankungen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="98" />
            <source>entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="51" />
            <source>not current</source>
            <translation>nicht aktuell</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="95" />
            <source>treatments</source>
            <translation>Behandlungen</translation>
        </message>
    </context>
    <context>
        <name>EntryListView</name>
        <message>
            <location filename="../../ui/shell/entry_list_view.py" line="213" />
            <source>Entries</source>
            <translation>Einträge</translation>
        </message>
    </context>
    <context>
        <name>EntryOperations</name>
        <message>
            <location filename="../../ui/shell/commands.py" line="104" />
            <source>Entry deleted.</source>
            <translation>Eintrag gelöscht.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/commands.py" line="118" />
            <source>Entry restored.</source>
            <translation>Eintrag wiederhergestellt.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/commands.py" line="82" />
            <source>Logged.</source>
            <translation>Eingetragen.</translation>
        </message>
    </context>
    <context>
        <name>ExperimentDialog</name>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="139" />
            <source> blocks</source>
            <translation> Blöcke</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="143" />
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="153" />
            <source>&amp;Blocks:</source>
            <translation>&amp;Blöcke:</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="154" />
            <source>&amp;Days in each block:</source>
            <translation>&amp;Tage je Block:</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="116" />
            <source>&amp;End experiment</source>
            <translation>Experiment &amp;beenden</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="187" />
            <source>&amp;Start experiment</source>
            <translation>Experiment &amp;starten</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="152" />
            <source>&amp;Symptom to rate daily:</source>
            <translation>Täglich zu bewertendes &amp;Symptom:</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="151" />
            <source>&amp;What to try:</source>
            <translation>&amp;Was Sie ausprobieren:</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="119" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="154" />
            <source>Days per block</source>
            <translation>Tage je Block</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="155" />
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="117" />
            <source>Forget the plan; your entries are kept.</source>
            <translation>Den Plan verwerfen; Ihre Einträge bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="168" />
            <source>I have agreed this change with my &amp;doctor</source>
            <translation>Ich habe diese Änderung mit meiner Ärztin oder meinem &amp;Arzt abgesprochen</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="153" />
            <source>Number of blocks</source>
            <translation>Anzahl der Blöcke</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="155" />
            <source>S&amp;tarts:</source>
            <translation>&amp;Beginn:</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="174" />
            <source>Schedule</source>
            <translation>Ablauf</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="181" />
            <source>Starting a new experiment replaces the finished one (its verdict stays on the Insights tab until then).</source>
            <translation>Ein neues Experiment ersetzt das abgeschlossene (sein Ergebnis bleibt bis dahin im Reiter „Zusammenhänge“ stehen).</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="152" />
            <source>Symptom</source>
            <translation>Symptom</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="162" />
            <source>To test something, first add it as a treatment (Treatments) or as a yes/no daily factor (for example “Magnesium at night”), and rate at least one symptom.</source>
            <translation>Um etwas zu testen, legen Sie es zuerst als Behandlung an (Behandlungen) oder als täglichen Ja/Nein-Faktor (zum Beispiel „Magnesium am Abend“), und bewerten Sie mindestens ein Symptom.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="70" />
            <source>Try an experiment</source>
            <translation>Ein Experiment ausprobieren</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="104" />
            <source>Under way: {b} against {a}, watching {symptom}.</source>
            <translation>Läuft: {b} gegen {a}, beobachtet wird {symptom}.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="83" />
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="151" />
            <source>What to try</source>
            <translation>Was Sie ausprobieren</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="171" />
            <source>What you commit to</source>
            <translation>Wozu Sie sich verpflichten</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="126" />
            <source>{name} (treatment)</source>
            <translation>{name} (Behandlung)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="130" />
            <source>{name} (yes/no factor)</source>
            <translation>{name} (Ja/Nein-Faktor)</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/data/export.py" line="79" />
            <source>&lt;b&gt;An export is not encrypted.&lt;/b&gt;&lt;br&gt;Anyone who can open the exported files can read your whole journal: your entries, symptoms and treatments. Keep them somewhere private and delete them when you no longer need them.&lt;br&gt;&lt;br&gt;To keep a safe copy, make an &lt;b&gt;encrypted backup&lt;/b&gt; instead: it opens only with your passphrase.</source>
            <translation>&lt;b&gt;Ein Export ist nicht verschlüsselt.&lt;/b&gt;&lt;br&gt;Wer die exportierten Dateien öffnen kann, kann Ihr ganzes Tagebuch lesen: Ihre Einträge, Symptome und Behandlungen. Bewahren Sie sie an einem privaten Ort auf und löschen Sie sie, wenn Sie sie nicht mehr brauchen.&lt;br&gt;&lt;br&gt;Für eine sichere Kopie legen Sie stattdessen eine &lt;b&gt;verschlüsselte Sicherung&lt;/b&gt; an: Sie öffnet sich nur mit Ihrer Passphrase.</translation>
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="117" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="176" />
            <source>Choose an empty folder for the export</source>
            <translation>Einen leeren Ordner für den Export wählen</translation>
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="104" />
            <source>Choose where to save it</source>
            <translation>Wählen Sie, wo gespeichert werden soll</translation>
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="106" />
            <source>Choose…</source>
            <translation>Wählen …</translation>
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="214" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="127" />
            <source>Export as:</source>
            <translation>Exportieren als:</translation>
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="115" />
            <source>Export without encryption</source>
            <translation>Ohne Verschlüsselung exportieren</translation>
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="63" />
            <source>Export your journal</source>
            <translation>Ihr Tagebuch exportieren</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/export.py" line="211" />
            <source>Exported %n entries to %1. Remember: these files are not encrypted.</source>
            <translation>
                <numerusform>%n Eintrag nach %1 exportiert. Denken Sie daran: Diese Dateien sind nicht verschlüsselt.</numerusform>
                <numerusform>%n Einträge nach %1 exportiert. Denken Sie daran: Diese Dateien sind nicht verschlüsselt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="191" />
            <source>Exporting…</source>
            <translation>Wird exportiert …</translation>
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="172" />
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="113" />
            <source>Make an encrypted backup instead</source>
            <translation>Stattdessen eine verschlüsselte Sicherung anlegen</translation>
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="95" />
            <source>One file with everything (JSON), which Fettle can import again</source>
            <translation>Eine Datei mit allem (JSON), die Fettle wieder importieren kann</translation>
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="98" />
            <source>One text file per entry (a folder of Markdown files)</source>
            <translation>Eine Textdatei pro Eintrag (ein Ordner mit Markdown-Dateien)</translation>
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="170" />
            <source>Save the export as</source>
            <translation>Export speichern unter</translation>
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="97" />
            <source>Tables for a spreadsheet (a folder of CSV files)</source>
            <translation>Tabellen für eine Tabellenkalkulation (ein Ordner mit CSV-Dateien)</translation>
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="222" />
            <source>That folder already holds an export. Choose an empty folder, so nothing is overwritten.</source>
            <translation>In diesem Ordner liegt bereits ein Export. Wählen Sie einen leeren Ordner, damit nichts überschrieben wird.</translation>
        </message>
    </context>
    <context>
        <name>Fettle</name>
        <message>
            <location filename="../../ui/messages.py" line="21" />
            <source>Something went wrong ({0}). Nothing was changed.</source>
            <translation>Etwas ist schiefgegangen ({0}). Es wurde nichts verändert.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="274" />
            <source>&amp;Dates</source>
            <translation>&amp;Zeitraum</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="277" />
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="280" />
            <source>&amp;Symptom</source>
            <translation>&amp;Symptom</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="284" />
            <source>&amp;Tag</source>
            <translation>&amp;Schlagwort</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="84" />
            <source>Add a filter</source>
            <translation>Filter hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="92" />
            <source>Best match</source>
            <translation>Beste Treffer</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="199" />
            <source>Condition: %1</source>
            <translation>Erkrankung: %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="82" />
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="79" />
            <source>Filters</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="259" />
            <source>From %1</source>
            <translation>Ab %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="178" />
            <source>In your search: %1</source>
            <translation>In Ihrer Suche: %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="185" />
            <source>Kind: %1</source>
            <translation>Art: %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="58" />
            <source>Last 3 months</source>
            <translation>Letzte 3 Monate</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="57" />
            <source>Last month</source>
            <translation>Letzter Monat</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="55" />
            <source>Last week</source>
            <translation>Letzte Woche</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="91" />
            <source>Newest first</source>
            <translation>Neueste zuerst</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="228" />
            <source>Remove filter: %1</source>
            <translation>Filter entfernen: %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="227" />
            <source>Remove this filter</source>
            <translation>Diesen Filter entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="83" />
            <source>Show only some dates, a symptom, a kind or a tag</source>
            <translation>Nur bestimmte Tage, ein Symptom, eine Art oder ein Schlagwort zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="87" />
            <source>Showing everything</source>
            <translation>Alles wird angezeigt</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="93" />
            <source>Sort search results</source>
            <translation>Suchergebnisse sortieren</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="89" />
            <source>Sort:</source>
            <translation>Sortieren:</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="192" />
            <source>Symptom: %1</source>
            <translation>Symptom: %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="206" />
            <source>Tag: #%1</source>
            <translation>Schlagwort: #%1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="56" />
            <source>This month</source>
            <translation>Dieser Monat</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="54" />
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="59" />
            <source>This year</source>
            <translation>Dieses Jahr</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="53" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="210" />
            <source>Treatment: %1</source>
            <translation>Behandlung: %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="260" />
            <source>Until %1</source>
            <translation>Bis %1</translation>
        </message>
    </context>
    <context>
        <name>GiveBack</name>
        <message>
            <location filename="../../ui/giveback/flow.py" line="71" />
            <location filename="../../ui/giveback/flow.py" line="112" />
            <source>Reply to a question</source>
            <translation>Auf eine Frage antworten</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/flow.py" line="78" />
            <location filename="../../ui/giveback/flow.py" line="134" />
            <source>Share a treatment report</source>
            <translation>Einen Behandlungsbericht teilen</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../ui/data/import_.py" line="167" />
            <source>&amp;Also apply these settings</source>
            <translation>Diese Einstellungen &amp;auch übernehmen</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="251" />
            <source>(not in this file)</source>
            <translation>(nicht in dieser Datei)</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="205" />
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="125" />
            <source>Bring entries in from another app or a spreadsheet. You will see what the file holds before anything is added, and the entries you already have are never changed.</source>
            <translation>Übernehmen Sie Einträge aus einer anderen App oder einer Tabelle. Sie sehen, was die Datei enthält, bevor etwas hinzugefügt wird, und Ihre vorhandenen Einträge werden nie verändert.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/import_.py" line="365" />
            <source>Changed %n of your settings:</source>
            <translation>
                <numerusform>%n Ihrer Einstellungen wurde geändert:</numerusform>
                <numerusform>%n Ihrer Einstellungen wurden geändert:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="289" />
            <source>Checking the file…</source>
            <translation>Die Datei wird geprüft …</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="204" />
            <source>Choose a file to import</source>
            <translation>Eine Datei zum Importieren wählen</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="156" />
            <source>Choose a file to see what it holds.</source>
            <translation>Wählen Sie eine Datei, um zu sehen, was sie enthält.</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="134" />
            <source>Choose file…</source>
            <translation>Datei wählen …</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="372" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="57" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="205" />
            <source>Exports (*.json *.csv *.txt)</source>
            <translation>Exporte (*.json *.csv *.txt)</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="51" />
            <source>Fettle export (.json)</source>
            <translation>Fettle-Export (.json)</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="142" />
            <source>File:</source>
            <translation>Datei:</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="54" />
            <source>Flaredown export (.csv)</source>
            <translation>Flaredown-Export (.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="180" />
            <location filename="../../ui/data/import_.py" line="275" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/import_.py" line="315" />
            <source>Import %n entries</source>
            <translation>
                <numerusform>%n Eintrag importieren</numerusform>
                <numerusform>%n Einträge importieren</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="116" />
            <source>Import entries</source>
            <translation>Einträge importieren</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/import_.py" line="362" />
            <source>Imported %n entries.</source>
            <translation>
                <numerusform>%n Eintrag importiert.</numerusform>
                <numerusform>%n Einträge importiert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="349" />
            <source>Importing…</source>
            <translation>Wird importiert …</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="143" />
            <source>Kind of file:</source>
            <translation>Art der Datei:</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="169" />
            <source>Leave this unticked to keep your own settings and import only the entries.</source>
            <translation>Lassen Sie das leer, um Ihre eigenen Einstellungen zu behalten und nur die Einträge zu importieren.</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="388" />
            <source>No entries were added.</source>
            <translation>Es wurden keine Einträge hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="133" />
            <source>No file chosen</source>
            <translation>Keine Datei gewählt</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="62" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="213" />
            <source>Reading the file…</source>
            <translation>Die Datei wird gelesen …</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="165" />
            <source>Settings this file would change</source>
            <translation>Einstellungen, die diese Datei ändern würde</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="60" />
            <source>Severity (0 to 10)</source>
            <translation>Stärke (0 bis 10)</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="53" />
            <source>Spreadsheet or table (.csv)</source>
            <translation>Tabelle (.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="59" />
            <source>Symptom</source>
            <translation>Symptom</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="63" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/import_.py" line="311" />
            <source>This file would also change %n of your settings:</source>
            <translation>
                <numerusform>Diese Datei würde auch %n Ihrer Einstellungen ändern:</numerusform>
                <numerusform>Diese Datei würde auch %n Ihrer Einstellungen ändern:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="58" />
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="61" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="155" />
            <source>What will be imported</source>
            <translation>Was importiert wird</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="145" />
            <source>Which column holds what</source>
            <translation>Welche Spalte was enthält</translation>
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="52" />
            <source>jrnl export (.json)</source>
            <translation>jrnl-Export (.json)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/import_.py" line="306" />
            <source>…and %n more.</source>
            <translation>
                <numerusform>… und %n weitere.</numerusform>
                <numerusform>… und %n weitere.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="208" />
            <source>Could not look at the journal.</source>
            <translation>Das Tagebuch konnte nicht durchgesehen werden.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="210" />
            <source>Could not work out insights ({kind}).</source>
            <translation>Die Erkenntnisse konnten nicht berechnet werden ({kind}).</translation>
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="52" />
            <source>Last 10 years</source>
            <translation>Letzte 10 Jahre</translation>
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="50" />
            <source>Last 2 years</source>
            <translation>Letzte 2 Jahre</translation>
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="51" />
            <source>Last 5 years</source>
            <translation>Letzte 5 Jahre</translation>
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="49" />
            <source>Last year</source>
            <translation>Letztes Jahr</translation>
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="176" />
            <source>Looking…</source>
            <translation>Wird gesucht …</translation>
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="326" />
            <source>No treatment change with at least {n} rated days on each side in this period.</source>
            <translation>In diesem Zeitraum gibt es keine Behandlungsänderung mit mindestens {n} bewerteten Tagen auf jeder Seite.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="145" />
            <source>Period:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="141" />
            <source>Test one change on yourself, in blocks of days with it and without it</source>
            <translation>Eine Änderung an sich selbst testen, in Blöcken von Tagen mit und ohne sie</translation>
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="313" />
            <source>Treatment changes (lower is better)</source>
            <translation>Behandlungsänderungen (niedriger ist besser)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="139" />
            <source>Try an &amp;experiment…</source>
            <translation>Ein &amp;Experiment ausprobieren …</translation>
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="329" />
            <source>What went together</source>
            <translation>Was zusammen auftrat</translation>
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="360" />
            <source>Your experiment</source>
            <translation>Ihr Experiment</translation>
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="362" />
            <source>{b} against {a}, watching {symptom}: {n} blocks of {d} days.</source>
            <translation>{b} gegen {a}, beobachtet wird {symptom}: {n} Blöcke zu je {d} Tagen.</translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="80" />
            <source>&amp;Join</source>
            <translation>&amp;Beitreten</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="85" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="60" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Wählen …</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="64" />
            <source>Ch&amp;oose…</source>
            <translation>W&amp;ählen …</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="61" />
            <location filename="../../ui/sync/join_dialog.py" line="99" />
            <source>Choose the sync folder</source>
            <translation>Den Sync-Ordner wählen</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="122" />
            <source>Choose the sync folder your other device syncs.</source>
            <translation>Wählen Sie den Sync-Ordner, den Ihr anderes Gerät abgleicht.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="65" />
            <source>Choose where the new journal goes</source>
            <translation>Wählen Sie, wo das neue Tagebuch liegen soll</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="124" />
            <source>Choose where the new journal goes.</source>
            <translation>Wählen Sie, wo das neue Tagebuch liegen soll.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="109" />
            <source>Fettle journals (*.fettle)</source>
            <translation>Fettle-Tagebücher (*.fettle)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="48" />
            <source>Join a synced journal</source>
            <translation>Einem abgeglichenen Tagebuch beitreten</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="71" />
            <source>Name of this device</source>
            <translation>Name dieses Geräts</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="84" />
            <source>New &amp;journal file:</source>
            <translation>Neue &amp;Tagebuchdatei:</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="63" />
            <source>New journal file</source>
            <translation>Neue Tagebuchdatei</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="68" />
            <source>Passphrase of the synced journal</source>
            <translation>Passphrase des abgeglichenen Tagebuchs</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="83" />
            <source>Sync &amp;folder:</source>
            <translation>Sync-&amp;Ordner:</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="59" />
            <source>Sync folder</source>
            <translation>Sync-Ordner</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="128" />
            <source>That file already exists. Choose a new file name, so nothing there is overwritten.</source>
            <translation>Diese Datei gibt es bereits. Wählen Sie einen neuen Dateinamen, damit dort nichts überschrieben wird.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="86" />
            <source>This device's &amp;name:</source>
            <translation>&amp;Name dieses Geräts:</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="133" />
            <source>Type the passphrase of the synced journal.</source>
            <translation>Geben Sie die Passphrase des abgeglichenen Tagebuchs ein.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="52" />
            <source>Use this on a new computer. Choose the folder your file-sync tool (Syncthing, Nextcloud, Dropbox, a USB stick) brings here from your other device. Fettle makes a journal on this computer from it; from then on both keep in step.</source>
            <translation>Verwenden Sie das auf einem neuen Computer. Wählen Sie den Ordner, den Ihr Dateiabgleich (Syncthing, Nextcloud, Dropbox, ein USB-Stick) von Ihrem anderen Gerät hierher bringt. Fettle legt daraus ein Tagebuch auf diesem Computer an; danach bleiben beide auf demselben Stand.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="107" />
            <source>Where the new journal goes</source>
            <translation>Wo das neue Tagebuch liegen soll</translation>
        </message>
        <message>
            <location filename="../../ui/sync/join_dialog.py" line="72" />
            <source>e.g. Laptop</source>
            <translation>z. B. Laptop</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message numerus="yes">
            <location filename="../../ui/shell/journal_page.py" line="325" />
            <source>%n matching entries</source>
            <translation>
                <numerusform>%n passender Eintrag</numerusform>
                <numerusform>%n passende Einträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="71" />
            <source>Demo journal: made-up entries in a temporary file that is deleted when Fettle closes.</source>
            <translation>Demo-Tagebuch: erfundene Einträge in einer vorübergehenden Datei, die beim Schließen von Fettle gelöscht wird.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="112" />
            <source>Entry editor</source>
            <translation>Eintrag bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="350" />
            <source>No entries here yet.</source>
            <translation>Hier gibt es noch keine Einträge.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="345" />
            <source>No entries match your search.
Try fewer or shorter words, or remove the filters above the list.</source>
            <translation>Keine Einträge passen zu Ihrer Suche.
Versuchen Sie weniger oder kürzere Wörter, oder entfernen Sie die Filter über der Liste.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="325" />
            <source>No matches</source>
            <translation>Keine Treffer</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="81" />
            <source>Search entries</source>
            <translation>Einträge durchsuchen</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="80" />
            <source>Search entries (Ctrl+F)</source>
            <translation>Einträge durchsuchen (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="97" />
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="85" />
            <source>Words to find. Dates work too: "headache november", "last month", "past 7 days".</source>
            <translation>Gesuchte Wörter. Auch Zeitangaben gehen: „Kopfschmerzen November“, „letzten Monat“, „letzte 7 Tage“.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="354" />
            <source>Your journal is empty.

Press Ctrl+Shift+L to log a symptom, or Ctrl+N for a new entry.</source>
            <translation>Ihr Tagebuch ist leer.

Drücken Sie Strg+Umschalt+L, um ein Symptom einzutragen, oder Strg+N für einen neuen Eintrag.</translation>
        </message>
    </context>
    <context>
        <name>JournalTools</name>
        <message>
            <location filename="../../ui/shell/tools.py" line="165" />
            <source>Shared. It is listed in View ▸ What I've Shared.</source>
            <translation>Geteilt. Sie finden es unter Ansicht ▸ Was ich geteilt habe.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/tools.py" line="99" />
            <source>Summary saved as PDF.</source>
            <translation>Zusammenfassung als PDF gespeichert.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/tools.py" line="70" />
            <source>Trends</source>
            <translation>Verlauf</translation>
        </message>
    </context>
    <context>
        <name>LagCurve</name>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="78" />
            <source>Effect by day</source>
            <translation>Wirkung je Tag</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <location filename="../../ui/settings/language.py" line="81" />
            <source>Fettle shows the new language the next time it starts.</source>
            <translation>Fettle zeigt die neue Sprache beim nächsten Start.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/language.py" line="60" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../ui/settings/language.py" line="25" />
            <source>System language</source>
            <translation>Sprache des Systems</translation>
        </message>
    </context>
    <context>
        <name>LinkBox</name>
        <message>
            <location filename="../../ui/shell/boxes.py" line="39" />
            <source>Check the address carefully: it may not go where it seems. </source>
            <translation>Prüfen Sie die Adresse genau: Sie führt vielleicht nicht dorthin, wo es scheint. </translation>
        </message>
        <message>
            <location filename="../../ui/shell/boxes.py" line="29" />
            <source>Open link?</source>
            <translation>Link öffnen?</translation>
        </message>
        <message>
            <location filename="../../ui/shell/boxes.py" line="30" />
            <source>Open this link in your web browser?</source>
            <translation>Diesen Link im Webbrowser öffnen?</translation>
        </message>
        <message>
            <location filename="../../ui/shell/boxes.py" line="36" />
            <source>The website will see that it was visited from this computer.</source>
            <translation>Die Website sieht, dass sie von diesem Computer aus besucht wurde.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/shell/actions.py" line="124" />
            <source>&amp;About Fettle</source>
            <translation>&amp;Über Fettle</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="164" />
            <source>&amp;Answer a Question…</source>
            <translation>Frage &amp;beantworten…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="115" />
            <source>&amp;Delete Entry</source>
            <translation>Eintrag &amp;löschen</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="212" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="176" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="118" />
            <source>&amp;Find…</source>
            <translation>&amp;Suchen …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="231" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="127" />
            <source>&amp;Journal</source>
            <translation>&amp;Tagebuch</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="191" />
            <source>&amp;Lesson</source>
            <translation>&amp;Erkenntnis</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="107" />
            <source>&amp;Lock</source>
            <translation>S&amp;perren</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="93" />
            <source>&amp;New Entry</source>
            <translation>&amp;Neuer Eintrag</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="123" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="100" />
            <source>&amp;Quick Log…</source>
            <translation>&amp;Schnell eintragen …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="112" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="88" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="141" />
            <source>&amp;Share Selected Entries…</source>
            <translation>Ausgewählte Einträge &amp;teilen …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="189" />
            <source>&amp;Symptom</source>
            <translation>&amp;Symptom</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="190" />
            <source>&amp;Treatment</source>
            <translation>&amp;Behandlung</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="134" />
            <source>&amp;Trends</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="86" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="221" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="153" />
            <source>A one-page summary to print or save for your doctor (Ctrl+P)</source>
            <translation>Eine einseitige Zusammenfassung für Ihre Ärztin oder Ihren Arzt, zum Drucken oder Speichern (Strg+P)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="174" />
            <source>A post on one treatment: doses, side effects, before and after</source>
            <translation>Ein Beitrag über eine Behandlung: Dosen, Nebenwirkungen, vorher und nachher</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="350" />
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="167" />
            <source>Answer another patient's question from your journal</source>
            <translation>Die Frage einer anderen Patientin oder eines anderen Patienten aus Ihrem Tagebuch beantworten</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="150" />
            <source>Appointment &amp;Summary…</source>
            <translation>&amp;Zusammenfassung für den Arzttermin …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="137" />
            <source>Charts of your symptoms over time (Ctrl+2)</source>
            <translation>Diagramme Ihrer Symptome im Zeitverlauf (Strg+2)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="318" />
            <source>Creating your journal…</source>
            <translation>Ihr Tagebuch wird angelegt …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="87" />
            <source>Demo journal: its passphrase is “%1”.</source>
            <translation>Demo-Tagebuch: Die Passphrase lautet „%1“.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="160" />
            <source>Every post that left Fettle, word for word (Ctrl+Shift+H)</source>
            <translation>Jeder Beitrag, der Fettle verlassen hat, Wort für Wort (Strg+Umschalt+H)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="530" />
            <source>Fettle does not open that kind of link.</source>
            <translation>Diese Art von Link öffnet Fettle nicht.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="350" />
            <source>Fettle journals (*.fettle)</source>
            <translation>Fettle-Tagebücher (*.fettle)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="552" />
            <source>Fettle — Demo journal</source>
            <translation>Fettle – Demo-Tagebuch</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="110" />
            <source>Lock the journal (Ctrl+L)</source>
            <translation>Das Tagebuch sperren (Strg+L)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="235" />
            <location filename="../../ui/shell/actions.py" line="237" />
            <source>Main toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="145" />
            <source>Make a post from the selected entries, with personal details removed (Ctrl+Shift+S)</source>
            <translation>Aus den ausgewählten Einträgen einen Beitrag machen, ohne persönliche Angaben (Strg+Umschalt+S)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="192" />
            <source>N&amp;ote</source>
            <translation>N&amp;otiz</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="463" />
            <source>New %1</source>
            <translation>Neu: %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="194" />
            <source>New &amp;Entry of Kind</source>
            <translation>Neuer &amp;Eintrag der Art</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="349" />
            <source>Open a journal</source>
            <translation>Ein Tagebuch öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="267" />
            <source>Opening the demo journal…</source>
            <translation>Das Demo-Tagebuch wird geöffnet …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="249" />
            <source>Preparing the demo journal…</source>
            <translation>Das Demo-Tagebuch wird vorbereitet …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="511" />
            <source>Quick log kept as a draft.</source>
            <translation>Schnelleintrag als Entwurf aufbewahrt.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="103" />
            <source>Rate a symptom in a few keystrokes (Ctrl+Shift+L)</source>
            <translation>Ein Symptom mit wenigen Tastendrücken bewerten (Strg+Umschalt+L)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="121" />
            <source>Search the journal (Ctrl+F)</source>
            <translation>Das Tagebuch durchsuchen (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="226" />
            <source>Sh&amp;are</source>
            <translation>Tei&amp;len</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="171" />
            <source>Share a &amp;Treatment Report…</source>
            <translation>&amp;Behandlungsbericht teilen…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="178" />
            <source>Share…</source>
            <translation>Teilen …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="130" />
            <source>Show the entries (Ctrl+1)</source>
            <translation>Die Einträge zeigen (Strg+1)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="179" />
            <source>Summary…</source>
            <translation>Zusammenfassung …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="287" />
            <source>Welcome! Create a journal to begin, or choose one you already have.</source>
            <translation>Willkommen! Legen Sie zum Start ein Tagebuch an oder wählen Sie eines, das Sie schon haben.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="157" />
            <source>What I've S&amp;hared…</source>
            <translation>Was ich &amp;geteilt habe …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="464" />
            <source>Write a new %1 entry (Ctrl+N); the arrow offers the other kinds</source>
            <translation>Einen neuen Eintrag „%1“ schreiben (Strg+N); der Pfeil bietet die anderen Arten an</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="96" />
            <source>Write a new entry (Ctrl+N)</source>
            <translation>Einen neuen Eintrag schreiben (Strg+N)</translation>
        </message>
    </context>
    <context>
        <name>MarkdownPreview</name>
        <message>
            <location filename="../../ui/editor/preview.py" line="37" />
            <source>How the entry text looks when formatted</source>
            <translation>So sieht der Text des Eintrags formatiert aus</translation>
        </message>
        <message>
            <location filename="../../ui/editor/preview.py" line="35" />
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <location filename="../../ui/editor/preview.py" line="39" />
            <source>The formatted text shows here.</source>
            <translation>Hier erscheint der formatierte Text.</translation>
        </message>
    </context>
    <context>
        <name>ProfileTab</name>
        <message>
            <location filename="../../ui/settings/dialog.py" line="104" />
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="105" />
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="119" />
            <source>Country or region (2 letters, e.g. GB):</source>
            <translation>Land oder Region (2 Buchstaben, z. B. DE):</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="111" />
            <source>Country or region code</source>
            <translation>Länder- oder Regionscode</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="84" />
            <source>Employer</source>
            <translation>Arbeitgeber</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="94" />
            <source>Fettle hides these when you share an excerpt. Roles ("my sister") replace the names they belong to.</source>
            <translation>Fettle verbirgt diese Angaben, wenn Sie einen Auszug teilen. Rollen („meine Schwester“) ersetzen die Namen, zu denen sie gehören.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="100" />
            <location filename="../../ui/settings/dialog.py" line="134" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="113" />
            <source>Name on appointment summaries</source>
            <translation>Name auf Arztgesprächs-Zusammenfassungen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="120" />
            <source>Name on summaries:</source>
            <translation>Name auf Zusammenfassungen:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="85" />
            <source>Other term</source>
            <translation>Anderer Begriff</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="82" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="83" />
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="100" />
            <source>Privacy profile</source>
            <translation>Datenschutzprofil</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="100" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="100" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="159" />
            <source>Type a two-letter country or region code, such as GB or US.</source>
            <translation>Geben Sie einen zweistelligen Länder- oder Regionscode ein, zum Beispiel DE oder AT.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="81" />
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="../../ui/shell/boxes.py" line="64" />
            <source>&lt;h3&gt;Fettle %1&lt;/h3&gt;&lt;p&gt;A private, encrypted health journal.&lt;/p&gt;&lt;p&gt;Your journal stays on this computer, encrypted with your passphrase. Fettle makes no network connections.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Fettle %1&lt;/h3&gt;&lt;p&gt;Ein privates, verschlüsseltes Gesundheitstagebuch.&lt;/p&gt;&lt;p&gt;Ihr Tagebuch bleibt auf diesem Computer, verschlüsselt mit Ihrer Passphrase. Fettle baut keine Netzwerkverbindungen auf.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/shell/boxes.py" line="60" />
            <source>About Fettle</source>
            <translation>Über Fettle</translation>
        </message>
    </context>
    <context>
        <name>QuestionDialog</name>
        <message numerus="yes">
            <location filename="../../ui/giveback/question_dialog.py" line="166" />
            <source>%n things in your journal bear on it. The ticked ones go into the reply.</source>
            <translation>
                <numerusform>%n Sache in Ihrem Tagebuch bezieht sich darauf. Wenn sie angehakt ist, kommt sie in die Antwort.</numerusform>
                <numerusform>%n Dinge in Ihrem Tagebuch beziehen sich darauf. Die angehakten kommen in die Antwort.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="87" />
            <source>&amp;Find in my journal</source>
            <translation>In meinem Tagebuch &amp;suchen</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="96" />
            <source>&amp;Quote the question above the reply (names and handles in it are hidden too)</source>
            <translation>Die Frage über der Antwort &amp;zitieren (Namen und Benutzernamen darin werden ebenfalls verborgen)</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="105" />
            <source>&amp;Write the reply</source>
            <translation>Antwort &amp;schreiben</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="64" />
            <source>Answer a question</source>
            <translation>Eine Frage beantworten</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="46" />
            <source>Entry</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="44" />
            <source>Lesson</source>
            <translation>Erkenntnis</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="136" />
            <source>Looking through your journal…</source>
            <translation>Ihr Tagebuch wird durchsucht …</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="175" />
            <source>Nothing in your journal seems to bear on this question. You can still write a reply in your own words.</source>
            <translation>Nichts in Ihrem Tagebuch scheint sich auf diese Frage zu beziehen. Sie können trotzdem eine Antwort in eigenen Worten schreiben.</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="75" />
            <source>Paste a question from a thread. Fettle looks for what in your journal bears on it; you choose what to use, and the reply opens in the share review like any post.</source>
            <translation>Fügen Sie eine Frage aus einem Forum ein. Fettle sucht, was sich in Ihrem Tagebuch darauf bezieht; Sie wählen aus, was verwendet wird, und die Antwort öffnet sich in der Prüfung vor dem Teilen wie jeder Beitrag.</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="131" />
            <source>Paste the question first.</source>
            <translation>Fügen Sie zuerst die Frage ein.</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="88" />
            <source>Search the journal (Ctrl+Enter)</source>
            <translation>Das Tagebuch durchsuchen (Strg+Eingabe)</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="85" />
            <source>The question</source>
            <translation>Die Frage</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="83" />
            <source>The question, e.g. “Has anyone tried amitriptyline for fibro pain?”</source>
            <translation>Die Frage, z. B. „Hat jemand Amitriptylin gegen Fibromyalgie-Schmerzen ausprobiert?“</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="45" />
            <source>Treatment</source>
            <translation>Behandlung</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="93" />
            <source>What your journal holds on it; tick what to use</source>
            <translation>Was Ihr Tagebuch dazu enthält; haken Sie an, was verwendet werden soll</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="100" />
            <source>Your own words</source>
            <translation>Ihre eigenen Worte</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="99" />
            <source>Your own words to open the reply (optional)</source>
            <translation>Ihre eigenen Worte zu Beginn der Antwort (optional)</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="150" />
            <source>{kind}: {label}  {day}
    {reason}</source>
            <translation>{kind}: {label}  {day}
    {reason}</translation>
        </message>
    </context>
    <context>
        <name>QuickLogDialog</name>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="202" />
            <source>%1 — %2/10</source>
            <translation>%1 – %2/10</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="83" />
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="81" />
            <source>&amp;Severity:</source>
            <translation>&amp;Stärke:</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="207" />
            <source>Add “%1” (new symptom)</source>
            <translation>„%1“ hinzufügen (neues Symptom)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="49" />
            <source>Find or add a symptom</source>
            <translation>Symptom suchen oder hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="48" />
            <source>Find or add a symptom, then press 0–10</source>
            <translation>Symptom suchen oder hinzufügen, dann 0–10 drücken</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="65" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="252" />
            <source>Nothing rated yet.</source>
            <translation>Noch nichts bewertet.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="53" />
            <source>Number keys set the severity</source>
            <translation>Die Zifferntasten legen die Stärke fest</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="64" />
            <source>Optional note</source>
            <translation>Notiz (optional)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="39" />
            <source>Quick log</source>
            <translation>Schnell eintragen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="74" />
            <source>Restored what you were writing before.</source>
            <translation>Was Sie zuvor geschrieben hatten, wurde wiederhergestellt.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="60" />
            <source>Severity, 0 to 10</source>
            <translation>Stärke, 0 bis 10</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="52" />
            <source>Symptoms</source>
            <translation>Symptome</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="77" />
            <source>Type to find, 0–9 to rate (1 0 for 10), Enter to save.</source>
            <translation>Tippen zum Suchen, 0–9 zum Bewerten (1 0 für 10), Eingabetaste zum Speichern.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="244" />
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <location filename="../../ui/reminders/reminder_dialog.py" line="34" />
            <source>Check-in time</source>
            <translation>Uhrzeit für den Check-in</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/reminder_dialog.py" line="54" />
            <source>Notifications can be seen by anyone near your screen, and some desktops keep them in a list. Without names they say only that a dose is due or that your experiment switches. While Fettle is locked they say only “Time for your check-in”.</source>
            <translation>Benachrichtigungen kann jeder sehen, der in der Nähe Ihres Bildschirms ist, und manche Desktops bewahren sie in einer Liste auf. Ohne Namen sagen sie nur, dass eine Dosis fällig ist oder Ihr Experiment wechselt. Solange Fettle gesperrt ist, sagen sie nur „Zeit für Ihren Check-in“.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/reminder_dialog.py" line="30" />
            <source>Remind me to &amp;check in every day at</source>
            <translation>Jeden Tag an den &amp;Check-in erinnern um</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/reminder_dialog.py" line="36" />
            <source>Remind me when a &amp;medication dose is due</source>
            <translation>Erinnern, wenn eine &amp;Medikamentendosis fällig ist</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/reminder_dialog.py" line="28" />
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/reminder_dialog.py" line="41" />
            <source>Show &amp;names of medications and experiments in reminders</source>
            <translation>&amp;Namen von Medikamenten und Experimenten in Erinnerungen zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/reminder_dialog.py" line="38" />
            <source>Times come from each medication's schedule, e.g. twice daily or 8am.</source>
            <translation>Die Uhrzeiten kommen aus dem Einnahmeschema jedes Medikaments, z. B. zweimal täglich oder 8 Uhr.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/reminder_dialog.py" line="46" />
            <source>With either on, an experiment you run (Trends ▸ Insights) also gets a reminder on the morning each of its blocks starts: “Your experiment switches today”.</source>
            <translation>Ist eines davon eingeschaltet, erinnert auch ein laufendes Experiment (Verlauf ▸ Zusammenhänge) am Morgen, an dem jeder seiner Blöcke beginnt: „Ihr Experiment wechselt heute“.</translation>
        </message>
    </context>
    <context>
        <name>ReminderService</name>
        <message>
            <location filename="../../ui/reminders/service.py" line="102" />
            <source>%1 medication doses are due (%2).</source>
            <translation>%1 Medikamentendosen sind fällig (%2).</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/service.py" line="99" />
            <source>A medication dose is due (%1).</source>
            <translation>Eine Medikamentendosis ist fällig (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/service.py" line="97" />
            <source>Time for %1 (%2).</source>
            <translation>Zeit für %1 (%2).</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/service.py" line="87" />
            <source>Time for your check-in</source>
            <translation>Zeit für Ihren Check-in</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/service.py" line="118" />
            <source>Your experiment starts today.</source>
            <translation>Ihr Experiment beginnt heute.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/service.py" line="112" />
            <source>Your experiment starts today: %1.</source>
            <translation>Ihr Experiment beginnt heute: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/service.py" line="120" />
            <source>Your experiment switches today.</source>
            <translation>Ihr Experiment wechselt heute.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/service.py" line="114" />
            <source>Your experiment switches today: %1.</source>
            <translation>Ihr Experiment wechselt heute: %1.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../ui/report/page_one.py" line="480" />
            <source> and {n} more</source>
            <translation> und {n} weitere</translation>
        </message>
        <message>
            <location filename="../../ui/trends/effects_model.py" line="25" />
            <source>After: average (days)</source>
            <translation>Nachher: Mittelwert (Tage)</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="471" />
            <source>All figures are self-reported in a personal health journal, not clinical measurements. Entries on {have} of {days} days.</source>
            <translation>Alle Angaben sind selbst erfasst in einem persönlichen Gesundheitstagebuch, keine klinischen Messungen. Einträge an {have} von {days} Tagen.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="203" />
            <source>Around {day}: {name} {v} on average ({d} rated days)</source>
            <translation>Um den {day}: {name} im Mittel {v} ({d} bewertete Tage)</translation>
        </message>
        <message>
            <location filename="../../ui/report/insights_block.py" line="60" />
            <source>Average severity {w} weeks before and after each change</source>
            <translation>Mittlere Stärke {w} Wochen vor und nach jeder Änderung</translation>
        </message>
        <message>
            <location filename="../../ui/trends/effects_model.py" line="24" />
            <source>Before: average (days)</source>
            <translation>Vorher: Mittelwert (Tage)</translation>
        </message>
        <message>
            <location filename="../../ui/report/insights_block.py" line="73" />
            <source>Before: the {w} weeks up to the day before; after: up to {w} weeks from the day (within this period). n = number of ratings behind each figure. These describe what was recorded around each date; they do not show that a change caused a difference.</source>
            <translation>Vorher: die {w} Wochen bis zum Vortag; nachher: bis zu {w} Wochen ab dem Tag (innerhalb dieses Zeitraums). n = Anzahl der Bewertungen hinter jedem Wert. Die Werte beschreiben, was um jedes Datum herum erfasst wurde; sie zeigen nicht, dass eine Änderung einen Unterschied verursacht hat.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/effects_model.py" line="82" />
            <source>Before: {a} to {b}. After: {c} to {d} (the first {w} days after the change are left out). {m} days in these windows were not recorded.</source>
            <translation>Vorher: {a} bis {b}. Nachher: {c} bis {d} (die ersten {w} Tage nach der Änderung bleiben außen vor). {m} Tage in diesen Zeitfenstern wurden nicht erfasst.</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="405" />
            <location filename="../../ui/trends/effects_model.py" line="23" />
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <location filename="../../ui/report/insights_block.py" line="89" />
            <source>Change (numbered as on the charts)</source>
            <translation>Änderung (nummeriert wie in den Diagrammen)</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="135" />
            <source>Conditions: {names}</source>
            <translation>Erkrankungen: {names}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/effects_model.py" line="22" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="400" />
            <source>Days with each symptom (rated above 0)</source>
            <translation>Tage mit jedem Symptom (bewertet über 0)</translation>
        </message>
        <message>
            <location filename="../../ui/report/appendix.py" line="77" />
            <source>Diary appendix · {period}</source>
            <translation>Tagebuch-Anhang · {period}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/effects_model.py" line="26" />
            <source>Difference (95% interval)</source>
            <translation>Unterschied (95-%-Intervall)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="308" />
            <source>Fri</source>
            <translation>Fr</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="151" />
            <source>Generated {day}</source>
            <translation>Erstellt am {day}</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="128" />
            <source>Health summary</source>
            <translation>Gesundheitszusammenfassung</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="360" />
            <location filename="../../ui/trends/widgets.py" line="361" />
            <source>Highest rating that day:</source>
            <translation>Höchste Bewertung an diesem Tag:</translation>
        </message>
        <message>
            <location filename="../../ui/report/insights_block.py" line="150" />
            <source>Insights (95% AR(1)-corrected intervals; only results unlikely to be chance)</source>
            <translation>Zusammenhänge (95-%-Intervalle mit AR(1)-Korrektur; nur Ergebnisse, bei denen Zufall unwahrscheinlich ist)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="162" />
            <source>Latest {n}-day average {v} on {day}.</source>
            <translation>Letzter {n}-Tage-Mittelwert {v} am {day}.</translation>
        </message>
        <message>
            <location filename="../../ui/report/appendix.py" line="17" />
            <source>Lesson</source>
            <translation>Erkenntnis</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="388" />
            <source>Lessons learned</source>
            <translation>Erkenntnisse</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="233" />
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <location filename="../../ui/report/overflow.py" line="88" />
            <location filename="../../ui/report/page_one.py" line="200" />
            <source>MAIN CONCERN</source>
            <translation>HAUPTANLIEGEN</translation>
        </message>
        <message>
            <location filename="../../ui/report/overflow.py" line="51" />
            <source>Main concern and questions, in full (continued from page 1) · {period}</source>
            <translation>Hauptanliegen und Fragen vollständig (Fortsetzung von Seite 1) · {period}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/effects_model.py" line="21" />
            <source>Marker</source>
            <translation>Markierung</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="168" />
            <source>Marker {n}: {text} on {day}.</source>
            <translation>Markierung {n}: {text} am {day}.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="306" />
            <source>Mon</source>
            <translation>Mo</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="451" />
            <source>Months cut by the period show how many of their days it covers (“d”).</source>
            <translation>Vom Zeitraum angeschnittene Monate zeigen, wie viele ihrer Tage er umfasst („T“).</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="455" />
            <source>No entries in the previous {n} days to compare with.</source>
            <translation>Keine Einträge in den vorherigen {n} Tagen zum Vergleich.</translation>
        </message>
        <message>
            <location filename="../../ui/report/appendix.py" line="96" />
            <source>No entries in this period.</source>
            <translation>Keine Einträge in diesem Zeitraum.</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="482" />
            <source>No entries on: {days}.</source>
            <translation>Keine Einträge am: {days}.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="148" />
            <source>No ratings in this period.</source>
            <translation>Keine Bewertungen in diesem Zeitraum.</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="251" />
            <source>No symptoms rated in this period.</source>
            <translation>In diesem Zeitraum wurden keine Symptome bewertet.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="233" />
            <source>No symptoms rated yet.</source>
            <translation>Noch keine Symptome bewertet.</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="349" />
            <source>No treatment changes in this period.</source>
            <translation>Keine Behandlungsänderungen in diesem Zeitraum.</translation>
        </message>
        <message>
            <location filename="../../ui/report/insights_block.py" line="65" />
            <source>No treatment started, stopped or changed dose in this period.</source>
            <translation>In diesem Zeitraum wurde keine Behandlung begonnen, beendet oder in der Dosis geändert.</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="379" />
            <source>None noted.</source>
            <translation>Keine vermerkt.</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="320" />
            <source>None recorded.</source>
            <translation>Keine erfasst.</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="392" />
            <source>None written in this period.</source>
            <translation>In diesem Zeitraum keine geschrieben.</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="283" />
            <source>Not charted here: {names}.</source>
            <translation>Hier nicht im Diagramm: {names}.</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="376" />
            <source>Notable events</source>
            <translation>Besondere Ereignisse</translation>
        </message>
        <message>
            <location filename="../../ui/report/appendix.py" line="18" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../ui/report/render.py" line="66" />
            <source>Page 1 of {total}</source>
            <translation>Seite 1 von {total}</translation>
        </message>
        <message>
            <location filename="../../ui/report/appendix.py" line="87" />
            <location filename="../../ui/report/overflow.py" line="60" />
            <source>Page {n} of {total}</source>
            <translation>Seite {n} von {total}</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="405" />
            <source>Previous {n} days</source>
            <translation>Vorherige {n} Tage</translation>
        </message>
        <message>
            <location filename="../../ui/report/overflow.py" line="100" />
            <location filename="../../ui/report/page_one.py" line="211" />
            <source>QUESTIONS FOR THIS APPOINTMENT</source>
            <translation>FRAGEN FÜR DIESEN TERMIN</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="123" />
            <location filename="../../ui/trends/widgets.py" line="138" />
            <source>Severity over time</source>
            <translation>Stärke im Zeitverlauf</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="238" />
            <source>Shortened here to keep this page to one page: the full text is on page 2.</source>
            <translation>Hier gekürzt, damit diese Seite auf eine Seite passt: Der vollständige Text steht auf Seite 2.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="309" />
            <source>Sun</source>
            <translation>So</translation>
        </message>
        <message>
            <location filename="../../ui/report/appendix.py" line="15" />
            <source>Symptom</source>
            <translation>Symptom</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="255" />
            <source>Symptom severity, self-rated 0–10</source>
            <translation>Stärke der Symptome, selbst bewertet 0–10</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="248" />
            <source>Symptoms</source>
            <translation>Symptome</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="459" />
            <source>The previous {n} days have entries on {k} days only.</source>
            <translation>Die vorherigen {n} Tage haben nur an {k} Tagen Einträge.</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="405" />
            <source>This period</source>
            <translation>Dieser Zeitraum</translation>
        </message>
        <message>
            <location filename="../../ui/report/appendix.py" line="16" />
            <source>Treatment</source>
            <translation>Behandlung</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="345" />
            <source>Treatment changes in this period</source>
            <translation>Behandlungsänderungen in diesem Zeitraum</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="318" />
            <source>Treatments now</source>
            <translation>Aktuelle Behandlungen</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="299" />
            <source>Trend falling, from {a} to {b}.</source>
            <translation>Tendenz fallend, von {a} auf {b}.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="301" />
            <source>Trend rising, from {a} to {b}.</source>
            <translation>Tendenz steigend, von {a} auf {b}.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="302" />
            <source>Trend steady, around {b}.</source>
            <translation>Tendenz gleichbleibend, um {b}.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="307" />
            <source>Wed</source>
            <translation>Mi</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="240" />
            <source>average of each {n} days</source>
            <translation>Mittelwert über je {n} Tage</translation>
        </message>
        <message>
            <location filename="../../ui/report/chart.py" line="314" />
            <source>average {avg} · {n} ratings on {d} days</source>
            <translation>Mittelwert {avg} · {n} Bewertungen an {d} Tagen</translation>
        </message>
        <message>
            <location filename="../../ui/report/insights_block.py" line="107" />
            <source>before → after</source>
            <translation>vorher → nachher</translation>
        </message>
        <message>
            <location filename="../../ui/trends/effects_model.py" line="79" />
            <source>could be chance</source>
            <translation>könnte Zufall sein</translation>
        </message>
        <message>
            <location filename="../../ui/report/chart.py" line="371" />
            <location filename="../../ui/trends/widgets.py" line="105" />
            <source>daily average</source>
            <translation>Tagesmittel</translation>
        </message>
        <message>
            <location filename="../../ui/report/style.py" line="105" />
            <source>dose changed</source>
            <translation>Dosis geändert</translation>
        </message>
        <message>
            <location filename="../../ui/report/chart.py" line="374" />
            <source>lowest–highest over {n} days</source>
            <translation>niedrigster–höchster Wert über {n} Tage</translation>
        </message>
        <message>
            <location filename="../../ui/report/chart.py" line="318" />
            <source>no ratings in this period</source>
            <translation>keine Bewertungen in diesem Zeitraum</translation>
        </message>
        <message>
            <location filename="../../ui/report/chart.py" line="390" />
            <location filename="../../ui/trends/widgets.py" line="370" />
            <source>not recorded</source>
            <translation>nicht erfasst</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="327" />
            <source>since {day}</source>
            <translation>seit {day}</translation>
        </message>
        <message>
            <location filename="../../ui/report/style.py" line="105" />
            <source>started</source>
            <translation>begonnen</translation>
        </message>
        <message>
            <location filename="../../ui/report/style.py" line="105" />
            <source>stopped</source>
            <translation>beendet</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="329" />
            <source>this dose since {day}</source>
            <translation>diese Dosis seit {day}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/effects_model.py" line="71" />
            <source>too few rated days</source>
            <translation>zu wenige bewertete Tage</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="106" />
            <source>weekly average</source>
            <translation>Wochenmittel</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="209" />
            <source>{day}: not recorded</source>
            <translation>{day}: nicht erfasst</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="195" />
            <source>{day}: {name} {v} (lowest {lo}, highest {hi}, {n} ratings)</source>
            <translation>{day}: {name} {v} (niedrigster {lo}, höchster {hi}, {n} Bewertungen)</translation>
        </message>
        <message>
            <location filename="../../ui/report/insights_block.py" line="31" />
            <source>{name} dose changed: {old} → {new}</source>
            <translation>{name}: Dosis geändert: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="139" />
            <source>{name} severity, last {n} days</source>
            <translation>{name}: Stärke, letzte {n} Tage</translation>
        </message>
        <message>
            <location filename="../../ui/report/insights_block.py" line="27" />
            <source>{name} started</source>
            <translation>{name} begonnen</translation>
        </message>
        <message>
            <location filename="../../ui/report/insights_block.py" line="25" />
            <source>{name} started, {dose}</source>
            <translation>{name} begonnen, {dose}</translation>
        </message>
        <message>
            <location filename="../../ui/report/insights_block.py" line="30" />
            <source>{name} stopped</source>
            <translation>{name} beendet</translation>
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="153" />
            <source>{name}: average {avg} on {d} rated days of {all}; lower is better.</source>
            <translation>{name}: Mittelwert {avg} an {d} bewerteten von {all} Tagen; niedriger ist besser.</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="419" />
            <source>{n} d</source>
            <translation>{n} T</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="367" />
            <source>{n} earlier changes not listed.</source>
            <translation>{n} frühere Änderungen nicht aufgeführt.</translation>
        </message>
        <message>
            <location filename="../../ui/report/insights_block.py" line="133" />
            <source>{n} earlier changes not shown.</source>
            <translation>{n} frühere Änderungen nicht gezeigt.</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="384" />
            <source>{n} earlier events not listed.</source>
            <translation>{n} frühere Ereignisse nicht aufgeführt.</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="442" />
            <source>{n} of {d}</source>
            <translation>{n} von {d}</translation>
        </message>
        <message>
            <location filename="../../ui/report/chart.py" line="378" />
            <source>{n}-day average</source>
            <translation>{n}-Tage-Mittelwert</translation>
        </message>
        <message>
            <location filename="../../ui/report/style.py" line="81" />
            <source>{start} – {end} ({days} days)</source>
            <translation>{start} – {end} ({days} Tage)</translation>
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="230" />
            <source>… and {n} more</source>
            <translation>… und {n} weitere</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../ui/data/backup.py" line="99" />
            <source>Backup folder: %1</source>
            <translation>Sicherungsordner: %1</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="93" />
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="131" />
            <source>Cannot be used</source>
            <translation>Nicht verwendbar</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="80" />
            <source>Choose the backup to go back to. Restoring replaces your journal with that backup.&lt;br&gt;&lt;br&gt;&lt;b&gt;Your journal as it is now is saved first&lt;/b&gt;, in the backup folder, so nothing is lost and you can change your mind.</source>
            <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Beim Wiederherstellen wird Ihr Tagebuch durch diese Sicherung ersetzt.&lt;br&gt;&lt;br&gt;&lt;b&gt;Ihr Tagebuch in seinem jetzigen Zustand wird vorher gespeichert&lt;/b&gt;, im Sicherungsordner, damit nichts verloren geht und Sie es sich anders überlegen können.</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="91" />
            <source>Entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="132" />
            <source>Good</source>
            <translation>In Ordnung</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="94" />
            <source>Looking at your backups…</source>
            <translation>Ihre Sicherungen werden angesehen …</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="150" />
            <source>None of these backups can be opened with your current passphrase.</source>
            <translation>Keine dieser Sicherungen lässt sich mit Ihrer aktuellen Passphrase öffnen.</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="186" />
            <source>Replace your journal with the backup from %1 (%2 entries)?</source>
            <translation>Ihr Tagebuch durch die Sicherung vom %1 (%2 Einträge) ersetzen?</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="198" />
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="67" />
            <source>Restore from a backup</source>
            <translation>Aus einer Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="185" />
            <source>Restore this backup?</source>
            <translation>Diese Sicherung wiederherstellen?</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="104" />
            <source>Restore…</source>
            <translation>Wiederherstellen …</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="207" />
            <source>Saving your current journal, then restoring…</source>
            <translation>Ihr aktuelles Tagebuch wird gespeichert, dann wiederhergestellt …</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="91" />
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="91" />
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="91" />
            <source>Taken</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="146" />
            <source>There are no backups yet. Use “Back up now” to make the first one.</source>
            <translation>Es gibt noch keine Sicherungen. Mit „Jetzt sichern“ legen Sie die erste an.</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="194" />
            <source>Your journal as it is now is saved in the backup folder first. Anything written after this backup will not be in the restored journal.</source>
            <translation>Ihr Tagebuch in seinem jetzigen Zustand wird zuerst im Sicherungsordner gespeichert. Was nach dieser Sicherung geschrieben wurde, ist im wiederhergestellten Tagebuch nicht enthalten.</translation>
        </message>
    </context>
    <context>
        <name>RestorePassphraseDialog</name>
        <message>
            <location filename="../../ui/unlock/restore.py" line="89" />
            <source>&amp;Continue</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="64" />
            <source>Fettle found %1 backup(s) of this journal in %2.&lt;br&gt;&lt;br&gt;Type the passphrase the backups were made with (your journal's passphrase, or the one you had before you changed it).</source>
            <translation>Fettle hat %1 Sicherung(en) dieses Tagebuchs in %2 gefunden.&lt;br&gt;&lt;br&gt;Geben Sie die Passphrase ein, mit der die Sicherungen angelegt wurden (die Passphrase Ihres Tagebuchs oder die, die Sie vor einer Änderung hatten).</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="81" />
            <source>Opening the backups</source>
            <translation>Die Sicherungen werden geöffnet</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="75" />
            <location filename="../../ui/unlock/restore.py" line="76" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="61" />
            <source>Restore from a backup</source>
            <translation>Aus einer Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="107" />
            <source>Type your passphrase.</source>
            <translation>Geben Sie Ihre Passphrase ein.</translation>
        </message>
    </context>
    <context>
        <name>SectionList</name>
        <message>
            <location filename="../../ui/settings/sections.py" line="32" />
            <source>Sections</source>
            <translation>Bereiche</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/settings/dialog.py" line="262" />
            <source> minute</source>
            <translation> Minute</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="262" />
            <source> minutes</source>
            <translation> Minuten</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="199" />
            <source>&amp;Backups</source>
            <translation>&amp;Sicherungen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="193" />
            <source>&amp;Conditions</source>
            <translation>&amp;Erkrankungen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="255" />
            <source>&amp;Date format:</source>
            <translation>Datums&amp;format:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="183" />
            <source>&amp;General</source>
            <translation>&amp;Allgemein</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="252" />
            <source>&amp;Lock after idle:</source>
            <translation>Sp&amp;erren nach Inaktivität:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="190" />
            <source>&amp;Privacy profile</source>
            <translation>&amp;Datenschutzprofil</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="227" />
            <source>&amp;Remember on this device</source>
            <translation>Auf diesem Gerät &amp;merken</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="191" />
            <source>&amp;Symptoms</source>
            <translation>S&amp;ymptome</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="192" />
            <source>&amp;Treatments</source>
            <translation>&amp;Behandlungen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="185" />
            <source>Appeara&amp;nce</source>
            <translation>Erschei&amp;nungsbild</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="248" />
            <source>Change &amp;passphrase…</source>
            <translation>&amp;Passphrase ändern …</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="274" />
            <source>Checking the system keystore…</source>
            <translation>Der Schlüsselbund des Systems wird geprüft …</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="243" />
            <source>Date format</source>
            <translation>Datumsformat</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="230" />
            <source>Fettle opens without asking for the passphrase when it starts on this computer. After a lock (Ctrl+L, idle time, the screen locking) it always asks.</source>
            <translation>Fettle öffnet sich beim Start auf diesem Computer, ohne nach der Passphrase zu fragen. Nach einer Sperre (Strg+L, Inaktivität, Sperren des Bildschirms) fragt es immer.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="256" />
            <source>Lan&amp;guage:</source>
            <translation>Sprac&amp;he:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="226" />
            <source>Lock after idle minutes</source>
            <translation>Minuten bis zur Sperre bei Inaktivität</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="257" />
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="178" />
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="201" />
            <source>S&amp;ync</source>
            <translation>Ab&amp;gleich</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="272" />
            <source>The demo journal is never remembered.</source>
            <translation>Das Demo-Tagebuch wird nie gemerkt.</translation>
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <location filename="../../ui/settings/flow.py" line="235" />
            <source>Changing the passphrase…</source>
            <translation>Die Passphrase wird geändert …</translation>
        </message>
        <message>
            <location filename="../../ui/settings/flow.py" line="208" />
            <source>Encrypted backup saved: %1</source>
            <translation>Verschlüsselte Sicherung gespeichert: %1</translation>
        </message>
        <message>
            <location filename="../../ui/settings/flow.py" line="244" />
            <source>Passphrase changed.</source>
            <translation>Passphrase geändert.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/flow.py" line="177" />
            <source>Preferences saved.</source>
            <translation>Einstellungen gespeichert.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/flow.py" line="257" />
            <source>The system keystore did not answer, so the key remembered on this device could not be moved to the new passphrase. You will be asked for your new passphrase; tick "Remember on this device" in Preferences to try again.</source>
            <translation>Der Schlüsselbund des Systems hat nicht geantwortet, daher konnte der auf diesem Gerät gemerkte Schlüssel nicht auf die neue Passphrase umgestellt werden. Sie werden nach Ihrer neuen Passphrase gefragt; haken Sie in den Einstellungen „Auf diesem Gerät merken“ an, um es erneut zu versuchen.</translation>
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <location filename="../../ui/editor/severity.py" line="222" />
            <source>%1 of 10, %2</source>
            <translation>%1 von 10, %2</translation>
        </message>
        <message>
            <location filename="../../ui/editor/severity.py" line="227" />
            <source>Severity %1 of 10 (%2). Type 0–9, or 1 then 0 for 10; arrow keys step.</source>
            <translation>Stärke %1 von 10 (%2). Tippen Sie 0–9, oder 1 und dann 0 für 10; die Pfeiltasten gehen schrittweise.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/severity.py" line="49" />
            <source>mild</source>
            <translation>leicht</translation>
        </message>
        <message>
            <location filename="../../ui/editor/severity.py" line="51" />
            <source>moderate</source>
            <translation>mittel</translation>
        </message>
        <message>
            <location filename="../../ui/editor/severity.py" line="47" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../ui/editor/severity.py" line="53" />
            <source>severe</source>
            <translation>stark</translation>
        </message>
        <message>
            <location filename="../../ui/editor/severity.py" line="54" />
            <source>worst</source>
            <translation>am schlimmsten</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <location filename="../../ui/share/dialog.py" line="208" />
            <source>&amp;Always redact this</source>
            <translation>&amp;Immer schwärzen</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="604" />
            <source>&amp;Copy text</source>
            <translation>Text &amp;kopieren</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="225" />
            <location filename="../../ui/share/dialog.py" line="604" />
            <source>&amp;Copy to clipboard</source>
            <translation>In die Zwischenablage &amp;kopieren</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="248" />
            <source>&amp;Dates:</source>
            <translation>&amp;Daten:</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="307" />
            <source>&amp;Entries</source>
            <translation>&amp;Einträge</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="196" />
            <source>&amp;Redact selection</source>
            <translation>Auswahl &amp;schwärzen</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="232" />
            <source>&amp;Save to file…</source>
            <translation>In Datei &amp;speichern …</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="205" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="98" />
            <source>A label ([date])</source>
            <translation>Eine Kennzeichnung ([Datum])</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="91" />
            <source>A label ([name])</source>
            <translation>Eine Kennzeichnung ([Name])</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="168" />
            <source>A title for the post</source>
            <translation>Ein Titel für den Beitrag</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="211" />
            <source>Add the highlighted words to your privacy profile, so they are redacted in every post</source>
            <translation>Die markierten Wörter in Ihr Datenschutzprofil aufnehmen, damit sie in jedem Beitrag geschwärzt werden</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="659" />
            <source>Brought back for this post only: it {reason}.</source>
            <translation>Nur für diesen Beitrag zurückgeholt: Es {reason}.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="260" />
            <source>Click a highlighted part (or press Space on it) to keep it as written or redact it again. To redact other words, select them and press Redact selection (Ctrl+R). Ctrl+Z undoes.</source>
            <translation>Klicken Sie auf eine markierte Stelle (oder drücken Sie dort die Leertaste), um sie wie geschrieben zu lassen oder wieder zu schwärzen. Um andere Wörter zu schwärzen, markieren Sie sie und wählen Sie „Auswahl schwärzen“ (Strg+R). Strg+Z macht rückgängig.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="787" />
            <source>Copied the text. Fettle will clear the clipboard in {n} seconds if it still holds it.</source>
            <translation>Text kopiert. Fettle leert die Zwischenablage in {n} Sekunden, falls er dann noch darin ist.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="804" />
            <source>Copied the title. Paste it into the title field, then use Copy text for the post. The clipboard is cleared in {n} seconds.</source>
            <translation>Titel kopiert. Fügen Sie ihn in das Titelfeld ein und nehmen Sie dann „Text kopieren“ für den Beitrag. Die Zwischenablage wird in {n} Sekunden geleert.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="792" />
            <source>Copied. Fettle will clear the clipboard in {n} seconds if it still holds this post.</source>
            <translation>Kopiert. Fettle leert die Zwischenablage in {n} Sekunden, falls dieser Beitrag dann noch darin ist.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="227" />
            <source>Copy &amp;title</source>
            <translation>&amp;Titel kopieren</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="229" />
            <source>Copy only the title, for the site's title field</source>
            <translation>Nur den Titel kopieren, für das Titelfeld der Website</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="606" />
            <source>Copy the post without its title, for the site's text field</source>
            <translation>Den Beitrag ohne Titel kopieren, für das Textfeld der Website</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="177" />
            <source>Dates</source>
            <translation>Datumsangaben</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="190" />
            <source>Highlighted parts are redacted or kept. Space on one keeps it as written or redacts it again; Ctrl+R redacts the selected words; Ctrl+Z undoes.</source>
            <translation>Markierte Stellen werden unkenntlich gemacht oder beibehalten. Die Leertaste auf einer Stelle behält sie wie geschrieben oder macht sie wieder unkenntlich; Strg+R macht die ausgewählten Wörter unkenntlich; Strg+Z macht rückgängig.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="644" />
            <source>Kept “{text}” as written.</source>
            <translation>„{text}“ bleibt wie geschrieben.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="179" />
            <source>Language of the post</source>
            <translation>Sprache des Beitrags</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="657" />
            <source>Left out again: it {reason}.</source>
            <translation>Wieder weggelassen: Es {reason}.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="622" />
            <location filename="../../ui/share/dialog.py" line="623" />
            <source>Looking for anything that could identify you…</source>
            <translation>Es wird nach allem gesucht, was Sie erkennbar machen könnte …</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="96" />
            <source>Month and year</source>
            <translation>Monat und Jahr</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="571" />
            <source>No risky combination of details is left. Read it through once more before you post.</source>
            <translation>Es ist keine riskante Kombination von Angaben mehr übrig. Lesen Sie den Beitrag vor dem Veröffentlichen noch einmal durch.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="92" />
            <source>Nothing (remove)</source>
            <translation>Nichts (entfernen)</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="90" />
            <source>Person A, Person B…</source>
            <translation>Person A, Person B …</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="257" />
            <source>Post &amp;language:</source>
            <translation>Sprac&amp;he des Beitrags:</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="198" />
            <source>Redact selection</source>
            <translation>Auswahl schwärzen</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="197" />
            <source>Redact the selected words (Ctrl+R)</source>
            <translation>Die markierten Wörter schwärzen (Strg+R)</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="646" />
            <location filename="../../ui/share/dialog.py" line="674" />
            <source>Redacted “{text}”.</source>
            <translation>„{text}“ geschwärzt.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="202" />
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="95" />
            <source>Relative (“week 3”)</source>
            <translation>Relativ („Woche 3“)</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="247" />
            <source>Replace &amp;names with:</source>
            <translation>&amp;Namen ersetzen durch:</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="176" />
            <source>Replace names with</source>
            <translation>Namen ersetzen durch</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="818" />
            <source>Save the post</source>
            <translation>Den Beitrag speichern</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="835" />
            <source>Saved to {path}. Anyone who can read the file can read the post.</source>
            <translation>Gespeichert in {path}. Wer die Datei lesen kann, kann auch den Beitrag lesen.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="97" />
            <source>Season and year</source>
            <translation>Jahreszeit und Jahr</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="668" />
            <source>Select the words to redact first.</source>
            <translation>Markieren Sie zuerst die Wörter, die geschwärzt werden sollen.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="135" />
            <source>Share entries</source>
            <translation>Einträge teilen</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="109" />
            <source>Something went wrong ({name}).</source>
            <translation>Etwas ist schiefgegangen ({name}).</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="246" />
            <source>T&amp;itle:</source>
            <translation>T&amp;itel:</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="820" />
            <source>Text files (*.txt *.md);;All files (*)</source>
            <translation>Textdateien (*.txt *.md);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="305" />
            <source>The &amp;post</source>
            <translation>Der &amp;Beitrag</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="876" />
            <source>The clipboard was cleared.</source>
            <translation>Die Zwischenablage wurde geleert.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="106" />
            <source>The file could not be written ({reason}).</source>
            <translation>Die Datei konnte nicht geschrieben werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="182" />
            <source>The language of the words Fettle adds to the post: the title, the headings and dates, and what replaces a name. Remembered for each site.</source>
            <translation>Die Sprache der Wörter, die Fettle dem Beitrag hinzufügt: Titel, Überschriften und Daten sowie das, was einen Namen ersetzt. Wird für jede Seite gemerkt.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="187" />
            <source>The post as it will be shared, with redactions</source>
            <translation>Der Beitrag, wie er geteilt wird, mit Schwärzungen</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="89" />
            <source>Their role (“my sister”)</source>
            <translation>Ihre Rolle („meine Schwester“)</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="175" />
            <source>Title of the post</source>
            <translation>Titel des Beitrags</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="200" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="206" />
            <source>Undo the last keep or redact (Ctrl+Z)</source>
            <translation>Das letzte Beibehalten oder Schwärzen rückgängig machen (Strg+Z)</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="562" />
            <source>What changed: {summary}.</source>
            <translation>Was sich geändert hat: {summary}.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="195" />
            <source>What the highlights mean</source>
            <translation>Was die Markierungen bedeuten</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="454" />
            <source>Your post is back as you left it when Fettle locked. Read it through again before you share it.</source>
            <translation>Ihr Beitrag ist wieder da, wie Sie ihn beim Sperren von Fettle verlassen haben. Lesen Sie ihn noch einmal durch, bevor Sie ihn teilen.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="715" />
            <source>“{text}” is now in your privacy profile and will be redacted in every post.</source>
            <translation>„{text}“ steht jetzt in Ihrem Datenschutzprofil und wird in jedem Beitrag geschwärzt.</translation>
        </message>
    </context>
    <context>
        <name>ShareDraftView</name>
        <message>
            <location filename="../../ui/share/view.py" line="344" />
            <source>Left out: it {reason}. Click to bring it back for this post.</source>
            <translation>Weggelassen: Es {reason}. Klicken Sie, um es für diesen Beitrag zurückzuholen.</translation>
        </message>
    </context>
    <context>
        <name>ShareEntryPicker</name>
        <message numerus="yes">
            <location filename="../../ui/share/entry_picker.py" line="125" />
            <source>%n entries in the post</source>
            <translation>
                <numerusform>%n Eintrag im Beitrag</numerusform>
                <numerusform>%n Einträge im Beitrag</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/share/entry_picker.py" line="94" />
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../ui/share/entry_picker.py" line="50" />
            <source>Entries from</source>
            <translation>Einträge ab</translation>
        </message>
        <message>
            <location filename="../../ui/share/entry_picker.py" line="51" />
            <source>Entries to</source>
            <translation>Einträge bis</translation>
        </message>
        <message>
            <location filename="../../ui/share/entry_picker.py" line="53" />
            <location filename="../../ui/share/entry_picker.py" line="68" />
            <source>Entries to share</source>
            <translation>Einträge zum Teilen</translation>
        </message>
        <message>
            <location filename="../../ui/share/entry_picker.py" line="123" />
            <source>No entries ticked: tick the ones to share.</source>
            <translation>Keine Einträge angehakt: Haken Sie die an, die Sie teilen möchten.</translation>
        </message>
        <message>
            <location filename="../../ui/share/entry_picker.py" line="55" />
            <source>Ticked entries are in the post; Space ticks or unticks</source>
            <translation>Angehakte Einträge sind im Beitrag; die Leertaste hakt an oder ab</translation>
        </message>
        <message>
            <location filename="../../ui/share/entry_picker.py" line="64" />
            <source>to</source>
            <translation>bis</translation>
        </message>
    </context>
    <context>
        <name>ShareLegend</name>
        <message>
            <location filename="../../ui/share/view.py" line="386" />
            <source>Contact or ID</source>
            <translation>Kontakt oder Kennung</translation>
        </message>
        <message>
            <location filename="../../ui/share/view.py" line="385" />
            <source>Date or age</source>
            <translation>Datum oder Alter</translation>
        </message>
        <message>
            <location filename="../../ui/share/view.py" line="389" />
            <source>Kept as written</source>
            <translation>Wie geschrieben belassen</translation>
        </message>
        <message>
            <location filename="../../ui/share/view.py" line="383" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/share/view.py" line="388" />
            <source>Not sure</source>
            <translation>Unsicher</translation>
        </message>
        <message>
            <location filename="../../ui/share/view.py" line="387" />
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../../ui/share/view.py" line="384" />
            <source>Place</source>
            <translation>Ort</translation>
        </message>
    </context>
    <context>
        <name>ShareLogDialog</name>
        <message>
            <location filename="../../ui/share/log_view.py" line="150" />
            <source>Choose a share to see exactly what left.</source>
            <translation>Wählen Sie einen geteilten Beitrag, um genau zu sehen, was hinausging.</translation>
        </message>
        <message>
            <location filename="../../ui/share/log_view.py" line="156" />
            <source>Forget this record. The post stays wherever you put it.</source>
            <translation>Diesen Eintrag im Protokoll vergessen. Der Beitrag bleibt, wo Sie ihn hingestellt haben.</translation>
        </message>
        <message>
            <location filename="../../ui/share/log_view.py" line="151" />
            <source>Nothing has been shared from this journal yet.</source>
            <translation>Aus diesem Tagebuch wurde noch nichts geteilt.</translation>
        </message>
        <message>
            <location filename="../../ui/share/log_view.py" line="154" />
            <source>Remove from log</source>
            <translation>Aus dem Protokoll entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/share/log_view.py" line="137" />
            <source>What you have shared</source>
            <translation>Was Sie geteilt haben</translation>
        </message>
    </context>
    <context>
        <name>ShareLogModel</name>
        <message>
            <location filename="../../ui/share/log_view.py" line="54" />
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <location filename="../../ui/share/log_view.py" line="83" />
            <source>Entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../ui/share/log_view.py" line="82" />
            <source>How</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location filename="../../ui/share/log_view.py" line="127" />
            <source>Journal entry numbers</source>
            <translation>Nummern der Tagebucheinträge</translation>
        </message>
        <message>
            <location filename="../../ui/share/log_view.py" line="56" />
            <source>Printed (command line)</source>
            <translation>Gedruckt (Befehlszeile)</translation>
        </message>
        <message>
            <location filename="../../ui/share/log_view.py" line="55" />
            <source>Saved to a file</source>
            <translation>In eine Datei gespeichert</translation>
        </message>
        <message>
            <location filename="../../ui/share/log_view.py" line="80" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../ui/share/log_view.py" line="81" />
            <source>Where</source>
            <translation>Wo</translation>
        </message>
    </context>
    <context>
        <name>SharePreview</name>
        <message>
            <location filename="../../ui/share/preview.py" line="140" />
            <source> · a thread of {n} posts</source>
            <translation> · ein Thread aus {n} Beiträgen</translation>
        </message>
        <message>
            <location filename="../../ui/share/preview.py" line="148" />
            <source> · title {used} of {limit}</source>
            <translation> · Titel {used} von {limit}</translation>
        </message>
        <message>
            <location filename="../../ui/share/preview.py" line="32" />
            <source>Facebook group</source>
            <translation>Facebook-Gruppe</translation>
        </message>
        <message>
            <location filename="../../ui/share/preview.py" line="31" />
            <source>Plain text</source>
            <translation>Nur Text</translation>
        </message>
        <message>
            <location filename="../../ui/share/preview.py" line="79" />
            <source>Post to:</source>
            <translation>Veröffentlichen auf:</translation>
        </message>
        <message>
            <location filename="../../ui/share/preview.py" line="126" />
            <source>Post {n} of {total}</source>
            <translation>Beitrag {n} von {total}</translation>
        </message>
        <message>
            <location filename="../../ui/share/preview.py" line="145" />
            <source>{used} characters (no limit)</source>
            <translation>{used} Zeichen (keine Grenze)</translation>
        </message>
        <message>
            <location filename="../../ui/share/preview.py" line="136" />
            <source>{used} of {limit} characters</source>
            <translation>{used} von {limit} Zeichen</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message numerus="yes">
            <location filename="../../ui/shell/sidebar.py" line="143" />
            <source>%1, %n entries</source>
            <translation>
                <numerusform>%1, %n Eintrag</numerusform>
                <numerusform>%1, %n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="136" />
            <source>Add a medication or therapy, or change a dose</source>
            <translation>Ein Medikament oder eine Therapie hinzufügen oder eine Dosis ändern</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="111" />
            <source>Add or change…</source>
            <translation>Hinzufügen oder ändern…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="81" />
            <source>All entries</source>
            <translation>Alle Einträge</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="66" />
            <source>Choose which entries the list shows</source>
            <translation>Wählen Sie, welche Einträge die Liste zeigt</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="105" />
            <source>Conditions</source>
            <translation>Erkrankungen</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="84" />
            <source>Lessons</source>
            <translation>Erkenntnisse</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="109" />
            <source>Medications &amp; therapies</source>
            <translation>Medikamente und Therapien</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="85" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="65" />
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="82" />
            <source>Symptoms</source>
            <translation>Symptome</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="103" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="83" />
            <source>Treatments</source>
            <translation>Behandlungen</translation>
        </message>
    </context>
    <context>
        <name>SummaryDialog</name>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="165" />
            <source>&amp;Preview and print…</source>
            <translation>&amp;Vorschau und Drucken …</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="166" />
            <source>&amp;Save as PDF…</source>
            <translation>Als PDF &amp;speichern …</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="138" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="134" />
            <source>Add the diary of the period as an appendix</source>
            <translation>Das Tagebuch des Zeitraums als Anhang beifügen</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="126" />
            <source>Appointment on</source>
            <translation>Termin am</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="149" />
            <source>Appointment on:</source>
            <translation>Termin am:</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="88" />
            <source>Appointment summary</source>
            <translation>Zusammenfassung für den Arzttermin</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="156" />
            <source>Conditions</source>
            <translation>Erkrankungen</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="424" />
            <source>Could not make the summary ({kind}).</source>
            <translation>Die Zusammenfassung konnte nicht erstellt werden ({kind}).</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="67" />
            <source>Custom</source>
            <translation>Eigener Zeitraum</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="124" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="64" />
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="65" />
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="127" />
            <source>Main concern</source>
            <translation>Hauptanliegen</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="150" />
            <source>Main concern:</source>
            <translation>Hauptanliegen:</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="119" />
            <source>One question per line</source>
            <translation>Eine Frage pro Zeile</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="402" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="140" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="180" />
            <source>Paper:</source>
            <translation>Papier:</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="123" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="143" />
            <source>Period:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="135" />
            <source>Print my name</source>
            <translation>Meinen Namen drucken</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="128" />
            <source>Questions</source>
            <translation>Fragen</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="151" />
            <source>Questions:</source>
            <translation>Fragen:</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="272" />
            <source>Restored what you were writing before.</source>
            <translation>Was Sie zuvor geschrieben haben, wurde wiederhergestellt.</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="402" />
            <source>Save summary as PDF</source>
            <translation>Zusammenfassung als PDF speichern</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="417" />
            <source>Saved. The PDF is not encrypted.</source>
            <translation>Gespeichert. Die PDF-Datei ist nicht verschlüsselt.</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="66" />
            <source>Since the last appointment</source>
            <translation>Seit dem letzten Termin</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="154" />
            <source>Symptoms</source>
            <translation>Symptome</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="116" />
            <source>The one thing you most want to discuss</source>
            <translation>Das, worüber Sie am dringendsten sprechen möchten</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="162" />
            <source>Ticked ones are in the summary; Space ticks or unticks</source>
            <translation>Angehakte stehen in der Zusammenfassung; die Leertaste hakt an oder ab</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="125" />
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="155" />
            <source>Treatments</source>
            <translation>Behandlungen</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="139" />
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="227" />
            <source>Working…</source>
            <translation>Wird erstellt …</translation>
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="146" />
            <source>to</source>
            <translation>bis</translation>
        </message>
    </context>
    <context>
        <name>SymptomPicker</name>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="65" />
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="220" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="209" />
            <source>Add a symptom</source>
            <translation>Ein Symptom hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="208" />
            <source>Add a symptom: type a name, then Enter</source>
            <translation>Symptom hinzufügen: Namen tippen, dann Eingabetaste</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="221" />
            <source>Add the symptom typed</source>
            <translation>Das getippte Symptom hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="67" />
            <source>Duration of %1 in minutes</source>
            <translation>Dauer von %1 in Minuten</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="68" />
            <source>How long it lasted, in minutes (optional)</source>
            <translation>Wie lange es gedauert hat, in Minuten (optional)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="73" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="74" />
            <source>Remove %1</source>
            <translation>%1 entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="75" />
            <source>Remove %1 from this entry</source>
            <translation>%1 aus diesem Eintrag entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="60" />
            <source>Severity of %1</source>
            <translation>Stärke von %1</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="427" />
            <source>Starting to track “%1”…</source>
            <translation>„%1“ wird ab jetzt erfasst …</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="278" />
            <source>Symptom #%1</source>
            <translation>Symptom Nr. %1</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="70" />
            <source>Triggers (optional)</source>
            <translation>Auslöser (optional)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="71" />
            <source>Triggers of %1</source>
            <translation>Auslöser von %1</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="211" />
            <source>Type a symptom name and press Enter; a new name starts tracking it</source>
            <translation>Tippen Sie den Namen eines Symptoms und drücken Sie die Eingabetaste; ein neuer Name wird ab dann erfasst</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="64" />
            <source>no duration</source>
            <translation>keine Dauer</translation>
        </message>
    </context>
    <context>
        <name>SymptomsTab</name>
        <message>
            <location filename="../../ui/settings/catalog.py" line="78" />
            <source>&amp;Add symptom</source>
            <translation>Symptom &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="108" />
            <source>A tracked symptom needs a name.</source>
            <translation>Ein erfasstes Symptom braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="73" />
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="73" />
            <source>Body area</source>
            <translation>Körperbereich</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="73" />
            <source>Symptom</source>
            <translation>Symptom</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="74" />
            <source>Tracked symptoms</source>
            <translation>Erfasste Symptome</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="45" />
            <source>{what}: type a date like 2026-03-14.</source>
            <translation>{what}: Geben Sie ein Datum wie 2026-03-14 ein.</translation>
        </message>
    </context>
    <context>
        <name>SyncDevicesBox</name>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="113" />
            <source>%1 (this device): last synced %2</source>
            <translation>%1 (dieses Gerät): zuletzt abgeglichen %2</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="131" />
            <source>%1 days ago</source>
            <translation>vor %1 Tagen</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="115" />
            <source>%1: last synced %2</source>
            <translation>%1: zuletzt abgeglichen %2</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="111" />
            <source>A device without a name (%1)</source>
            <translation>Ein Gerät ohne Namen (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="60" />
            <source>Devices result</source>
            <translation>Ergebnis zu den Geräten</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="50" />
            <source>Devices that sync with this journal</source>
            <translation>Geräte, die dieses Tagebuch abgleichen</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="157" />
            <source>Do this only for a device that is gone for good (sold, lost or broken). The sync folder stops waiting for it, so its old files can be cleared away. Everything it sent stays in your journal. If it is ever switched on again it will not sync: it has to join again as a new device.</source>
            <translation>Tun Sie das nur für ein Gerät, das endgültig weg ist (verkauft, verloren oder kaputt). Der Sync-Ordner wartet dann nicht mehr darauf, sodass alte Dateien aufgeräumt werden können. Alles, was es gesendet hat, bleibt in Ihrem Tagebuch. Wird es je wieder eingeschaltet, gleicht es nicht ab: Es muss als neues Gerät erneut beitreten.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="55" />
            <source>For a device that is gone for good: the sync folder stops waiting for it.</source>
            <translation>Für ein Gerät, das endgültig weg ist: Der Sync-Ordner wartet nicht mehr darauf.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="53" />
            <source>Forg&amp;et…</source>
            <translation>V&amp;ergessen …</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="153" />
            <source>Forget a device</source>
            <translation>Ein Gerät vergessen</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="164" />
            <source>Forget “%1”</source>
            <translation>„%1“ vergessen</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="154" />
            <source>Forget “%1”?</source>
            <translation>„%1“ vergessen?</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="104" />
            <source>None yet: this journal does not sync.</source>
            <translation>Noch keine: Dieses Tagebuch wird nicht abgeglichen.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="57" />
            <source>S&amp;top syncing on this device…</source>
            <translation>Abgleich auf diesem Gerät &amp;beenden …</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="218" />
            <source>Stop syncing</source>
            <translation>Abgleich beenden</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="208" />
            <source>Stop syncing on this device</source>
            <translation>Abgleich auf diesem Gerät beenden</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="210" />
            <source>Stop syncing on this device?</source>
            <translation>Abgleich auf diesem Gerät beenden?</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="244" />
            <source>This device no longer syncs. Your journal here is unchanged.</source>
            <translation>Dieses Gerät gleicht nicht mehr ab. Ihr Tagebuch hier ist unverändert.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="248" />
            <source>This device no longer syncs. Your journal here is unchanged. The sync folder could not be reached, so forget this device on another of your devices too.</source>
            <translation>Dieses Gerät gleicht nicht mehr ab. Ihr Tagebuch hier ist unverändert. Der Sync-Ordner war nicht erreichbar; vergessen Sie dieses Gerät darum auch auf einem Ihrer anderen Geräte.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="213" />
            <source>What is waiting is sent first. Your journal on this computer stays as it is; your other devices go on syncing with each other and stop waiting for this one. To sync this computer again later, set syncing up again.</source>
            <translation>Was noch wartet, wird zuerst gesendet. Ihr Tagebuch auf diesem Computer bleibt, wie es ist; Ihre anderen Geräte gleichen weiter untereinander ab und warten nicht mehr auf dieses. Um diesen Computer später wieder abzugleichen, richten Sie den Abgleich erneut ein.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="45" />
            <source>Your devices</source>
            <translation>Ihre Geräte</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="121" />
            <source>not yet</source>
            <translation>noch nie</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="132" />
            <source>on %1</source>
            <translation>am %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="127" />
            <source>today at %1</source>
            <translation>heute um %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="129" />
            <source>yesterday at %1</source>
            <translation>gestern um %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/devices_box.py" line="198" />
            <source>“%1” is forgotten. The sync folder no longer waits for it.</source>
            <translation>„%1“ ist vergessen. Der Sync-Ordner wartet nicht mehr darauf.</translation>
        </message>
    </context>
    <context>
        <name>SyncFeature</name>
        <message>
            <location filename="../../ui/sync/install.py" line="54" />
            <source>&amp;Join a Synced Journal…</source>
            <translation>Einem abgeglichenen Tagebuch &amp;beitreten …</translation>
        </message>
        <message>
            <location filename="../../ui/sync/install.py" line="52" />
            <source>Entries changed on two devices at once: choose what to keep</source>
            <translation>Auf zwei Geräten gleichzeitig geänderte Einträge: Wählen Sie, was bleiben soll</translation>
        </message>
        <message>
            <location filename="../../ui/sync/install.py" line="49" />
            <source>Exchange changes with your other devices now</source>
            <translation>Änderungen jetzt mit Ihren anderen Geräten austauschen</translation>
        </message>
        <message>
            <location filename="../../ui/sync/install.py" line="163" />
            <source>Joining… (this can take a minute)</source>
            <translation>Beitritt läuft … (das kann eine Minute dauern)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/install.py" line="56" />
            <source>On a new computer: make its journal from the folder your other device syncs</source>
            <translation>Auf einem neuen Computer: sein Tagebuch aus dem Ordner anlegen, den Ihr anderes Gerät abgleicht</translation>
        </message>
        <message>
            <location filename="../../ui/sync/install.py" line="46" />
            <source>S&amp;ync Now</source>
            <translation>Jetzt ab&amp;gleichen</translation>
        </message>
        <message>
            <location filename="../../ui/sync/install.py" line="50" />
            <source>Sync &amp;Conflicts…</source>
            <translation>Abgleich-&amp;Konflikte …</translation>
        </message>
    </context>
    <context>
        <name>SyncNoticeBar</name>
        <message>
            <location filename="../../ui/editor/sync_notice.py" line="42" />
            <source>Back to &amp;mine</source>
            <translation>Zurück zu &amp;meiner Fassung</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sync_notice.py" line="41" />
            <source>Keep &amp;mine</source>
            <translation>&amp;Meine behalten</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sync_notice.py" line="40" />
            <source>Sho&amp;w their version</source>
            <translation>Fassung von dort &amp;zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sync_notice.py" line="77" />
            <source>Showing the version from %1. Your edits are kept aside.</source>
            <translation>Hier steht die Fassung von %1. Ihre Änderungen sind beiseitegelegt.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sync_notice.py" line="81" />
            <source>Showing the version from your other device. Your edits are kept aside.</source>
            <translation>Hier steht die Fassung von Ihrem anderen Gerät. Ihre Änderungen sind beiseitegelegt.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sync_notice.py" line="36" />
            <source>Sync notice</source>
            <translation>Hinweis zum Abgleich</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sync_notice.py" line="65" />
            <source>This entry was changed on %1. Your edits here are not saved yet.</source>
            <translation>Dieser Eintrag wurde auf %1 geändert. Ihre Änderungen hier sind noch nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sync_notice.py" line="70" />
            <source>This entry was changed on another device. Your edits here are not saved yet.</source>
            <translation>Dieser Eintrag wurde auf einem anderen Gerät geändert. Ihre Änderungen hier sind noch nicht gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>SyncService</name>
        <message>
            <location filename="../../ui/sync/service.py" line="173" />
            <source>%1 (see why)</source>
            <translation>%1 (Grund anzeigen)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/service.py" line="191" />
            <source>%n days ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/service.py" line="189" />
            <source>%n hours ago</source>
            <translation>
                <numerusform>vor %n Stunde</numerusform>
                <numerusform>vor %n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/service.py" line="187" />
            <source>%n min ago</source>
            <translation>
                <numerusform>vor %n Min.</numerusform>
                <numerusform>vor %n Min.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/service.py" line="182" />
            <source>Not synced yet</source>
            <translation>Noch nicht abgeglichen</translation>
        </message>
        <message>
            <location filename="../../ui/sync/service.py" line="156" />
            <source>Sync did not finish</source>
            <translation>Abgleich nicht abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../ui/sync/service.py" line="154" />
            <source>Sync folder not found</source>
            <translation>Sync-Ordner nicht gefunden</translation>
        </message>
        <message>
            <location filename="../../ui/sync/service.py" line="193" />
            <source>Synced %1</source>
            <translation>Abgeglichen %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/service.py" line="194" />
            <source>Synced %1 with %2</source>
            <translation>Abgeglichen %1 mit %2</translation>
        </message>
        <message>
            <location filename="../../ui/sync/service.py" line="165" />
            <source>Syncing…</source>
            <translation>Wird abgeglichen …</translation>
        </message>
        <message>
            <location filename="../../ui/sync/service.py" line="185" />
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusLine</name>
        <message numerus="yes">
            <location filename="../../ui/sync/status_line.py" line="52" />
            <source>%n conflicts — review</source>
            <translation>
                <numerusform>%n Konflikt – prüfen</numerusform>
                <numerusform>%n Konflikte – prüfen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_line.py" line="28" />
            <location filename="../../ui/sync/status_line.py" line="59" />
            <source>Sync status</source>
            <translation>Stand des Abgleichs</translation>
        </message>
    </context>
    <context>
        <name>SyncTab</name>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="109" />
            <source>&amp;Folder:</source>
            <translation>&amp;Ordner:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="100" />
            <source>Also send the share &amp;log (the texts you posted)</source>
            <translation>Auch das Teilen-&amp;Protokoll senden (die Texte, die Sie veröffentlicht haben)</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="82" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Wählen …</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="202" />
            <source>Choose a folder that exists: the one your file-sync tool shares between your computers.</source>
            <translation>Wählen Sie einen vorhandenen Ordner: den, den Ihr Dateiabgleich zwischen Ihren Computern teilt.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="83" />
            <location filename="../../ui/settings/sync_tab.py" line="185" />
            <source>Choose the sync folder</source>
            <translation>Den Sync-Ordner wählen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="245" />
            <source>Done. On your other computer, choose File ▸ Join a Synced Journal… and this folder.</source>
            <translation>Fertig. Wählen Sie auf Ihrem anderen Computer Datei ▸ Einem abgeglichenen Tagebuch beitreten … und diesen Ordner.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="240" />
            <source>Done. Synced with %1.</source>
            <translation>Fertig. Abgeglichen mit %1.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="68" />
            <source>Keep this journal in step with your other computers through a folder your file-sync tool already shares (Syncthing, Nextcloud, Dropbox, a USB stick). Only encrypted change files go into it: nothing there can be read without your passphrase.</source>
            <translation>Halten Sie dieses Tagebuch mit Ihren anderen Computern auf demselben Stand, über einen Ordner, den Ihr Dateiabgleich bereits teilt (Syncthing, Nextcloud, Dropbox, ein USB-Stick). Nur verschlüsselte Änderungsdateien kommen hinein: Ohne Ihre Passphrase lässt sich dort nichts lesen.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="96" />
            <source>Name of this device</source>
            <translation>Name dieses Geräts</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="81" />
            <source>Not syncing</source>
            <translation>Kein Abgleich</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="103" />
            <source>Off: what you posted, and where, stays on this device only.</source>
            <translation>Aus: Was Sie veröffentlicht haben und wo, bleibt nur auf diesem Gerät.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="122" />
            <source>On a new computer, use File ▸ Join a Synced Journal… instead: it makes this computer's journal from the folder.</source>
            <translation>Auf einem neuen Computer verwenden Sie stattdessen Datei ▸ Einem abgeglichenen Tagebuch beitreten …: Das legt das Tagebuch dieses Computers aus dem Ordner an.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="92" />
            <source>Only to start syncing or change the folder</source>
            <translation>Nur, um den Abgleich zu beginnen oder den Ordner zu ändern</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="110" />
            <source>Pass&amp;phrase:</source>
            <translation>Pass&amp;phrase:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="99" />
            <source>Sa&amp;ve the name</source>
            <translation>Namen spei&amp;chern</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="268" />
            <source>Saved. Your other devices see the new name after the next sync.</source>
            <translation>Gespeichert. Ihre anderen Geräte sehen den neuen Namen nach dem nächsten Abgleich.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="223" />
            <source>Setting up and syncing…</source>
            <translation>Wird eingerichtet und abgeglichen …</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="98" />
            <source>Sync &amp;with this folder</source>
            <translation>Mit diesem Ordner &amp;abgleichen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="80" />
            <source>Sync folder</source>
            <translation>Sync-Ordner</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="107" />
            <source>Sync result</source>
            <translation>Ergebnis des Abgleichs</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="78" />
            <source>Sync state</source>
            <translation>Stand des Abgleichs</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="179" />
            <source>Syncing through %1 as “%2”.</source>
            <translation>Abgleich über %1 als „%2“.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="111" />
            <source>This device's na&amp;me:</source>
            <translation>Na&amp;me dieses Geräts:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="175" />
            <source>This journal does not sync yet.</source>
            <translation>Dieses Tagebuch wird noch nicht abgeglichen.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="211" />
            <source>Type your passphrase: it locks the folder's key, so a new device can open it with the same passphrase.</source>
            <translation>Geben Sie Ihre Passphrase ein: Sie verschließt den Schlüssel des Ordners, damit ein neues Gerät ihn mit derselben Passphrase öffnen kann.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="97" />
            <source>Your other devices say “Synced with …” using this name.</source>
            <translation>Ihre anderen Geräte zeigen „Abgeglichen mit …“ mit diesem Namen.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="91" />
            <source>Your passphrase, to lock the folder's key</source>
            <translation>Ihre Passphrase, um den Schlüssel des Ordners zu verschließen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/sync_tab.py" line="95" />
            <source>e.g. Laptop</source>
            <translation>z. B. Laptop</translation>
        </message>
    </context>
    <context>
        <name>TagField</name>
        <message>
            <location filename="../../ui/editor/tags.py" line="58" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../../ui/editor/tags.py" line="57" />
            <source>Tags, separated by commas or spaces</source>
            <translation>Schlagwörter, getrennt durch Kommas oder Leerzeichen</translation>
        </message>
    </context>
    <context>
        <name>TopicsEditor</name>
        <message>
            <location filename="../../ui/settings/topics.py" line="61" />
            <source>A topic, e.g. HIV, my divorce, sertraline</source>
            <translation>Ein Thema, z. B. HIV, meine Scheidung, Sertralin</translation>
        </message>
        <message>
            <location filename="../../ui/settings/topics.py" line="63" />
            <source>Add &amp;topic</source>
            <translation>&amp;Thema hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/topics.py" line="48" />
            <source>Every sentence that mentions one of these is left out of your posts; the share review shows it struck out, and you can bring one back for a single post.</source>
            <translation>Jeder Satz, der eines dieser Themen erwähnt, bleibt aus Ihren Beiträgen draußen; die Prüfung vor dem Teilen zeigt ihn durchgestrichen, und Sie können ihn für einen einzelnen Beitrag zurückholen.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/topics.py" line="62" />
            <source>New topic</source>
            <translation>Neues Thema</translation>
        </message>
        <message>
            <location filename="../../ui/settings/topics.py" line="64" />
            <source>Remove t&amp;opic</source>
            <translation>Th&amp;ema entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/topics.py" line="65" />
            <source>Remove the chosen topic</source>
            <translation>Das gewählte Thema entfernen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/topics.py" line="45" />
            <location filename="../../ui/settings/topics.py" line="56" />
            <source>Topics that never leave</source>
            <translation>Themen, die nie hinausgehen</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../../ui/reminders/tray.py" line="40" />
            <source>&amp;Lock</source>
            <translation>&amp;Sperren</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="41" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="39" />
            <source>&amp;Reminders…</source>
            <translation>&amp;Erinnerungen …</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="38" />
            <source>&amp;Show Fettle</source>
            <translation>Fettle &amp;zeigen</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="37" />
            <source>Daily &amp;Check-in…</source>
            <translation>Täglicher &amp;Check-in …</translation>
        </message>
    </context>
    <context>
        <name>TreatmentPickerDialog</name>
        <message>
            <location filename="../../ui/giveback/treatment_picker.py" line="40" />
            <source>&amp;Make the report</source>
            <translation>Bericht &amp;erstellen</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/treatment_picker.py" line="36" />
            <source>&amp;Treatment:</source>
            <translation>&amp;Behandlung:</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/treatment_picker.py" line="27" />
            <source>A post on one treatment: what it is, the doses and their changes, side effects, your ratings before and after, and your lessons about it. You review it before anything leaves.</source>
            <translation>Ein Beitrag über eine Behandlung: was sie ist, die Dosen und ihre Änderungen, Nebenwirkungen, Ihre Bewertungen vorher und nachher und Ihre Erkenntnisse dazu. Sie prüfen ihn, bevor etwas hinausgeht.</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/treatment_picker.py" line="62" />
            <source>No treatments yet</source>
            <translation>Noch keine Behandlungen</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/treatment_picker.py" line="24" />
            <source>Share a treatment report</source>
            <translation>Einen Behandlungsbericht teilen</translation>
        </message>
        <message>
            <location filename="../../ui/giveback/treatment_picker.py" line="35" />
            <source>Treatment</source>
            <translation>Behandlung</translation>
        </message>
    </context>
    <context>
        <name>TreatmentsDialog</name>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="90" />
            <source>&amp;Add treatment</source>
            <translation>Behandlung &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="122" />
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="121" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="125" />
            <source>&amp;Schedule:</source>
            <translation>&amp;Einnahmeschema:</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="124" />
            <source>&amp;Unit:</source>
            <translation>Ein&amp;heit:</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="58" />
            <source>(no name yet)</source>
            <translation>(noch kein Name)</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="286" />
            <source>A treatment needs a name.</source>
            <translation>Eine Behandlung braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="123" />
            <source>D&amp;ose:</source>
            <translation>D&amp;osis:</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="123" />
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="133" />
            <source>Dose history</source>
            <translation>Dosisverlauf</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="122" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="97" />
            <source>Medication</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="206" />
            <source>No treatments yet. Choose Add treatment to begin.</source>
            <translation>Noch keine Behandlungen. Wählen Sie „Behandlung hinzufügen“, um zu beginnen.</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="126" />
            <source>S&amp;tarted:</source>
            <translation>&amp;Begonnen:</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="136" />
            <source>Sa&amp;ve</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="316" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="326" />
            <source>Saving…</source>
            <translation>Wird gespeichert …</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="125" />
            <source>Schedule</source>
            <translation>Einnahmeschema</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="126" />
            <source>Start date</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="130" />
            <source>Stop date</source>
            <translation>Ende</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="108" />
            <source>Stopped on</source>
            <translation>Beendet am</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="98" />
            <source>Therapy</source>
            <translation>Therapie</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="132" />
            <source>Time to &amp;work:</source>
            <translation>Zeit bis zur &amp;Wirkung:</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="121" />
            <source>Treatment name</source>
            <translation>Name der Behandlung</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="72" />
            <source>Treatments</source>
            <translation>Behandlungen</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="124" />
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="272" />
            <location filename="../../ui/treatments/dialog.py" line="316" />
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="89" />
            <source>Your treatments</source>
            <translation>Ihre Behandlungen</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="95" />
            <source>e.g. Sertraline, Physiotherapy</source>
            <translation>z. B. Sertralin, Physiotherapie</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="106" />
            <source>e.g. nightly, twice a day</source>
            <translation>z. B. abends, zweimal täglich</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="104" />
            <source>mg, ml, sessions…</source>
            <translation>mg, ml, Sitzungen …</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="102" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="59" />
            <source>stopped</source>
            <translation>beendet</translation>
        </message>
    </context>
    <context>
        <name>TreatmentsTab</name>
        <message>
            <location filename="../../ui/settings/catalog.py" line="176" />
            <source>&amp;Add treatment</source>
            <translation>Behandlung &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="205" />
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="204" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="208" />
            <source>&amp;Route:</source>
            <translation>&amp;Anwendung:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="209" />
            <source>&amp;Schedule:</source>
            <translation>&amp;Einnahmeschema:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="207" />
            <source>&amp;Unit:</source>
            <translation>Ein&amp;heit:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="231" />
            <location filename="../../ui/settings/catalog.py" line="239" />
            <source>(new treatment)</source>
            <translation>(neue Behandlung)</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="206" />
            <source>D&amp;ose:</source>
            <translation>D&amp;osis:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="206" />
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="215" />
            <source>Dose history:</source>
            <translation>Dosisverlauf:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="205" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="182" />
            <source>Medication</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="208" />
            <source>Route</source>
            <translation>Anwendung</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="210" />
            <source>S&amp;tarted:</source>
            <translation>&amp;Begonnen:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="209" />
            <source>Schedule</source>
            <translation>Einnahmeschema</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="210" />
            <source>Start date</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="211" />
            <source>Sto&amp;pped:</source>
            <translation>Been&amp;det:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="211" />
            <source>Stop date</source>
            <translation>Ende</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="183" />
            <source>Therapy</source>
            <translation>Therapie</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="204" />
            <source>Treatment name</source>
            <translation>Name der Behandlung</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="174" />
            <source>Treatments</source>
            <translation>Behandlungen</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="207" />
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="197" />
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="191" />
            <source>by mouth, injection…</source>
            <translation>zum Einnehmen, Spritze …</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="193" />
            <source>e.g. weekly on Mondays</source>
            <translation>z. B. wöchentlich montags</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="189" />
            <source>mg, ml, sessions…</source>
            <translation>mg, ml, Sitzungen …</translation>
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="187" />
            <source>none</source>
            <translation>keine</translation>
        </message>
    </context>
    <context>
        <name>TrendsView</name>
        <message>
            <location filename="../../ui/trends/view.py" line="155" />
            <source>&amp;Insights</source>
            <translation>&amp;Zusammenhänge</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="154" />
            <source>&amp;Trends</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="111" />
            <source>A calendar, darker for a higher rating; days without a rating are left blank. The table below gives the figures.</source>
            <translation>Ein Kalender, dunkler bei höherer Bewertung; Tage ohne Bewertung bleiben leer. Die Tabelle darunter nennt die Werte.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="125" />
            <source>Averages of your own ratings before each change and after it, leaving out the treatment's wash-in days (14 unless set); in brackets, the days each average rests on. Lower is better. The 95% interval is AR(1)-corrected: it allows for good and bad days coming in runs. They describe, they do not explain.</source>
            <translation>Mittelwerte Ihrer eigenen Bewertungen vor jeder Änderung und danach, ohne die Einschleichtage der Behandlung (14, wenn nicht anders eingestellt); in Klammern die Tage, auf denen jeder Mittelwert beruht. Niedriger ist besser. Das 95-%-Intervall ist AR(1)-korrigiert: Es berücksichtigt, dass gute und schlechte Tage gehäuft auftreten. Die Werte beschreiben, sie erklären nicht.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="116" />
            <location filename="../../ui/trends/view.py" line="137" />
            <source>Before and after treatment changes</source>
            <translation>Vor und nach Behandlungsänderungen</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="223" />
            <source>Could not load trends ({kind}).</source>
            <translation>Der Verlauf konnte nicht geladen werden ({kind}).</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="222" />
            <source>Could not load trends.</source>
            <translation>Der Verlauf konnte nicht geladen werden.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="108" />
            <location filename="../../ui/trends/view.py" line="135" />
            <source>Days with this symptom</source>
            <translation>Tage mit diesem Symptom</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="52" />
            <source>Everything</source>
            <translation>Alles</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="50" />
            <source>Last 2 years</source>
            <translation>Letzte 2 Jahre</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="51" />
            <source>Last 5 years</source>
            <translation>Letzte 5 Jahre</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="48" />
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="49" />
            <source>Last year</source>
            <translation>Letztes Jahr</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="187" />
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="84" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="89" />
            <source>Period:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="83" />
            <source>Symptom</source>
            <translation>Symptom</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="87" />
            <source>Symptom:</source>
            <translation>Symptom:</translation>
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="102" />
            <source>Treatment changes</source>
            <translation>Behandlungsänderungen</translation>
        </message>
    </context>
    <context>
        <name>UnlockRestore</name>
        <message>
            <location filename="../../ui/unlock/restore.py" line="213" />
            <source>Choose the backup to go back to. Anything written after it will not be in the restored journal.&lt;br&gt;&lt;br&gt;&lt;b&gt;The damaged file is kept&lt;/b&gt;, in the backup folder, for whoever might still rescue something from it.</source>
            <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Was danach geschrieben wurde, ist im wiederhergestellten Tagebuch nicht enthalten.&lt;br&gt;&lt;br&gt;&lt;b&gt;Die beschädigte Datei wird aufbewahrt&lt;/b&gt;, im Sicherungsordner, für alle, die vielleicht noch etwas daraus retten können.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="251" />
            <source>Journal restored</source>
            <translation>Tagebuch wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="171" />
            <source>No backups of this journal were found in %1.</source>
            <translation>In %1 wurden keine Sicherungen dieses Tagebuchs gefunden.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="256" />
            <source>Restore from a backup</source>
            <translation>Aus einer Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="203" />
            <source>That passphrase does not open any of these backups. Check it and try again.</source>
            <translation>Diese Passphrase öffnet keine dieser Sicherungen. Prüfen Sie sie und versuchen Sie es noch einmal.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="250" />
            <source>The damaged file is kept as %1.</source>
            <translation>Die beschädigte Datei wird als %1 aufbewahrt.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="245" />
            <source>Your journal was restored from the backup of %1 (%2 entries).</source>
            <translation>Ihr Tagebuch wurde aus der Sicherung vom %1 wiederhergestellt (%2 Einträge).</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <location filename="../../ui/unlock/screen.py" line="115" />
            <source>&amp;Choose another file…</source>
            <translation>Andere Datei &amp;wählen …</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="121" />
            <source>&amp;Join a journal synced from another device…</source>
            <translation>Einem Tagebuch von einem anderen Gerät &amp;beitreten …</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="125" />
            <source>&amp;Restore from a backup…</source>
            <translation>Aus einer Sicherung wieder&amp;herstellen …</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="95" />
            <source>&amp;Unlock</source>
            <translation>&amp;Entsperren</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="356" />
            <source>Choose another file, or create a new journal.</source>
            <translation>Wählen Sie eine andere Datei oder legen Sie ein neues Tagebuch an.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="116" />
            <source>Create a &amp;new journal…</source>
            <translation>&amp;Neues Tagebuch anlegen …</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="372" />
            <source>Fettle could not open this journal (%1). The file was not changed.</source>
            <translation>Fettle konnte dieses Tagebuch nicht öffnen (%1). Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="124" />
            <source>Join a journal synced from another device</source>
            <translation>Einem Tagebuch von einem anderen Gerät beitreten</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="190" />
            <source>Journal: %1</source>
            <translation>Tagebuch: %1</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="112" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="93" />
            <location filename="../../ui/unlock/screen.py" line="94" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="126" />
            <source>Restore from a backup</source>
            <translation>Aus einer Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="287" />
            <source>Type your passphrase.</source>
            <translation>Geben Sie Ihre Passphrase ein.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="98" />
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="81" />
            <location filename="../../ui/unlock/screen.py" line="265" />
            <source>Unlock your journal</source>
            <translation>Ihr Tagebuch entsperren</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="106" />
            <source>Unlocking</source>
            <translation>Wird entsperrt</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="289" />
            <source>Unlocking…</source>
            <translation>Wird entsperrt …</translation>
        </message>
    </context>
    <context>
        <name>WashinField</name>
        <message>
            <location filename="../../ui/treatments/washin_field.py" line="29" />
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/washin_field.py" line="33" />
            <source>How long it takes to work — methotrexate can take 8–12 weeks; days before that are left out of “did it help”.</source>
            <translation>Wie lange es bis zur Wirkung dauert – Methotrexat kann 8–12 Wochen brauchen; die Tage davor bleiben bei „Hat es geholfen?“ außen vor.</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/washin_field.py" line="30" />
            <source>Time to work</source>
            <translation>Zeit bis zur Wirkung</translation>
        </message>
        <message>
            <location filename="../../ui/treatments/washin_field.py" line="28" />
            <source>Usual ({n} days)</source>
            <translation>Üblich ({n} Tage)</translation>
        </message>
    </context>
    <context>
        <name>WelcomeWizard</name>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="83" />
            <source>&amp;Create journal</source>
            <translation>Tagebuch &amp;anlegen</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="79" />
            <source>Welcome to Fettle</source>
            <translation>Willkommen bei Fettle</translation>
        </message>
    </context>
    <context>
        <name>_IntroPage</name>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="129" />
            <source>&amp;Join a journal synced from another device…</source>
            <translation>Einem Tagebuch von einem anderen Gerät &amp;beitreten …</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="121" />
            <source>&lt;p&gt;Fettle keeps your symptoms, treatments and lessons in one encrypted file on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;Next you will choose where to keep the file and a passphrase that unlocks it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Fettle bewahrt Ihre Symptome, Behandlungen und Erkenntnisse in einer verschlüsselten Datei auf diesem Computer auf. Nichts wird irgendwohin gesendet.&lt;/p&gt;&lt;p&gt;Als Nächstes wählen Sie, wo die Datei liegen soll, und eine Passphrase, die sie entsperrt.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="118" />
            <source>A private journal for your health</source>
            <translation>Ein privates Tagebuch für Ihre Gesundheit</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="133" />
            <source>Already keep a Fettle journal on another computer that syncs through a folder? Use it here instead of starting a new one.</source>
            <translation>Sie führen Fettle schon auf einem anderen Computer, der über einen Ordner abgleicht? Dann nutzen Sie dieses Tagebuch auch hier, statt ein neues anzulegen.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="130" />
            <source>Join a journal synced from another device</source>
            <translation>Einem Tagebuch von einem anderen Gerät beitreten</translation>
        </message>
    </context>
    <context>
        <name>_LocationPage</name>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="151" />
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen …</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="161" />
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="189" />
            <source>A file already exists there. Choose another name so nothing is overwritten.</source>
            <translation>Dort gibt es bereits eine Datei. Wählen Sie einen anderen Namen, damit nichts überschrieben wird.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="152" />
            <source>Browse for a location</source>
            <translation>Einen Speicherort suchen</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="174" />
            <source>Fettle journals (*.fettle)</source>
            <translation>Fettle-Tagebücher (*.fettle)</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="150" />
            <source>Journal file</source>
            <translation>Tagebuchdatei</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="172" />
            <source>New journal</source>
            <translation>Neues Tagebuch</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="148" />
            <source>One file holds everything. Back it up by copying it.</source>
            <translation>Eine Datei enthält alles. Sichern Sie sie, indem Sie sie kopieren.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="147" />
            <source>Where to keep your journal</source>
            <translation>Wo Ihr Tagebuch liegen soll</translation>
        </message>
    </context>
    <context>
        <name>_PassphrasePage</name>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="238" />
            <source>&amp;Again:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="237" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="225" />
            <source>&amp;Remember on this device</source>
            <translation>Auf diesem Gerät &amp;merken</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="218" />
            <source>&lt;b&gt;Write it down somewhere safe.&lt;/b&gt; If you lose your passphrase, your journal cannot be recovered: not by you, not by us, not by anyone.</source>
            <translation>&lt;b&gt;Schreiben Sie sie an einem sicheren Ort auf.&lt;/b&gt; Wenn Sie Ihre Passphrase verlieren, lässt sich Ihr Tagebuch nicht wiederherstellen: nicht von Ihnen, nicht von uns, von niemandem.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="203" />
            <source>A few unrelated words are easy to remember and hard to guess.</source>
            <translation>Ein paar Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock/welcome_wizard.py" line="267" />
            <source>At least %n characters.</source>
            <translation>
                <numerusform>Mindestens %n Zeichen.</numerusform>
                <numerusform>Mindestens %n Zeichen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="202" />
            <source>Choose a passphrase</source>
            <translation>Eine Passphrase wählen</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="259" />
            <source>Fair</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="230" />
            <source>Fettle opens without asking for the passphrase when it starts on this computer. After a lock (Ctrl+L, idle time, the screen locking) it always asks.</source>
            <translation>Fettle öffnet sich beim Start auf diesem Computer, ohne nach der Passphrase zu fragen. Nach einer Sperre (Strg+L, Inaktivität, Sperren des Bildschirms) fragt es immer.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="260" />
            <source>Good</source>
            <translation>Gut</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="206" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="209" />
            <source>Passphrase again</source>
            <translation>Passphrase wiederholen</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="213" />
            <source>Passphrase strength</source>
            <translation>Stärke der Passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="227" />
            <source>Remember on this device</source>
            <translation>Auf diesem Gerät merken</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="239" />
            <source>Strength:</source>
            <translation>Stärke:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="261" />
            <source>Strong</source>
            <translation>Stark</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="271" />
            <source>The passphrases match.</source>
            <translation>Die Passphrasen stimmen überein.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="269" />
            <source>The two passphrases do not match yet.</source>
            <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="257" />
            <source>Too weak</source>
            <translation>Zu schwach</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="273" />
            <source>Type it again to be sure.</source>
            <translation>Geben Sie sie zur Sicherheit noch einmal ein.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="258" />
            <source>Weak</source>
            <translation>Schwach</translation>
        </message>
    </context>
    <context>
        <name>_PrivacyPage</name>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="312" />
            <source>&amp;People:</source>
            <translation>&amp;Personen:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="297" />
            <source>One per line, e.g.
Dr Priya Shah — my rheumatologist
Sam — my partner</source>
            <translation>Eine pro Zeile, z. B.
Dr. Priya Shah – meine Rheumatologin
Sam – mein Partner</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="300" />
            <source>One per line, e.g. your town, your clinic</source>
            <translation>Einer pro Zeile, z. B. Ihr Wohnort, Ihre Klinik</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="313" />
            <source>P&amp;laces:</source>
            <translation>&amp;Orte:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="303" />
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="304" />
            <source>Places</source>
            <translation>Orte</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="289" />
            <source>When you share an excerpt, Fettle hides these. You can skip this and fill it in later under Preferences.</source>
            <translation>Wenn Sie einen Auszug teilen, verbirgt Fettle diese Angaben. Sie können das überspringen und später unter Einstellungen ausfüllen.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="286" />
            <source>Who and where (optional)</source>
            <translation>Wer und wo (optional)</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="311" />
            <source>Your &amp;names:</source>
            <translation>Ihre &amp;Namen:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="302" />
            <source>Your names</source>
            <translation>Ihre Namen</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="294" />
            <source>e.g. Alex Morgan, Alex</source>
            <translation>z. B. Alex Morgan, Alex</translation>
        </message>
    </context>
</TS>
