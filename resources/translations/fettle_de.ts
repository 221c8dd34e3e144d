<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="59" />
            <source>Last 3 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="58" />
            <source>Last month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="56" />
            <source>Last week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="57" />
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="55" />
            <source>This week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="60" />
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="54" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="339" />
            <source>Your experiment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="340" />
            <source>{b} against {a}, watching {symptom}: {n} blocks of {d} days.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupsTab</name>
        <message>
            <location filename="../../ui/settings/backups.py" line="66" />
            <source> backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="73" />
            <source>&amp;Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="80" />
            <source>&amp;Folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="81" />
            <source>&amp;Keep the last:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="74" />
            <source>Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="52" />
            <source>Backup folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="78" />
            <source>Backup result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="67" />
            <source>Backups to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="54" />
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="102" />
            <source>Choose a backup folder with its full path, or use the default.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="109" />
            <source>Choose a folder for backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="55" />
            <source>Choose the backup folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="50" />
            <source>Default: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="141" />
            <source>Encrypted backup saved as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="43" />
            <source>Fettle keeps encrypted backups of your journal: one when you close it and one a day while it is open. They open with the passphrase you had when each was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="134" />
            <source>Making an encrypted backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="69" />
            <source>Older ones are deleted only after a newer backup was checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="56" />
            <source>Use the &amp;default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/backups.py" line="57" />
            <source>Use the default backup folder</source>
            <translation type="unfinished" />
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
            <location filename="../../ui/settings/dialog.py" line="301" />
            <source>&amp;Again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="299" />
            <source>&amp;Current passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="300" />
            <source>&amp;New passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="306" />
            <source>A lost passphrase cannot be recovered. Keep the new one safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="293" />
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/settings/dialog.py" line="323" />
            <source>Choose a passphrase of at least %n characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="326" />
            <source>The two new passphrases do not match.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckIn</name>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="31" />
            <source>%1 of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="28" />
            <source>%1 of 10, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="69" />
            <source>Leave blank if not recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="58" />
            <source>Not recorded yesterday.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="63" />
            <location filename="../../ui/checkin/value_field.py" line="64" />
            <source>Type 0 to 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="65" />
            <source>Type a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="66" />
            <source>Type y for yes or n for no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="62" />
            <source>Yesterday: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="57" />
            <source>not recorded yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="33" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/value_field.py" line="60" />
            <source>yesterday: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="184" />
            <source>%1 at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="64" />
            <source>Blank means not recorded. Ctrl+D: same as yesterday. Enter saves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="91" />
            <source>D&amp;ay:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="50" />
            <source>Daily check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="135" />
            <source>Daily factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="61" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="142" />
            <source>Doses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="82" />
            <source>Fill every blank answer with yesterday's (Ctrl+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="181" />
            <source>Not marked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="237" />
            <source>Nothing to copy: yesterday has no values for the blank answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="80" />
            <source>Same as &amp;yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="88" />
            <source>Save this check-in (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="181" />
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="128" />
            <source>Symptoms, 0 (none) to 10 (worst)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="181" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="63" />
            <source>The day this check-in is for. Ctrl+[ goes to the day before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="187" />
            <source>Was this dose taken? Type t for taken, s for skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_dialog.py" line="76" />
            <source>You track no symptoms or daily factors yet. Add them in Preferences, or rate a symptom with Quick Log.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckInFlow</name>
        <message>
            <location filename="../../ui/checkin/flow.py" line="117" />
            <source>Check-in saved for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/checkin/flow.py" line="115" />
            <source>today</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckList</name>
        <message>
            <location filename="../../ui/editor/checklist.py" line="228" />
            <source>Adding “%1”…</source>
            <translation>„%1“ wird hinzugefügt…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/checklist.py" line="157" />
            <source>Filter %1</source>
            <translation>%1 filtern</translation>
        </message>
        <message>
            <location filename="../../ui/editor/checklist.py" line="156" />
            <source>Filter %1…</source>
            <translation>%1 filtern …</translation>
        </message>
        <message>
            <location filename="../../ui/editor/checklist.py" line="249" />
            <source>Linked item #%1</source>
            <translation>Verknüpfter Eintrag Nr. %1</translation>
        </message>
    </context>
    <context>
        <name>ChoiceCommand</name>
        <message>
            <location filename="../../ui/share/choices.py" line="56" />
            <source>Undone: {step}</source>
            <translation>Rückgängig gemacht: {step}</translation>
        </message>
    </context>
    <context>
        <name>ConditionsTab</name>
        <message>
            <location filename="../../ui/settings/catalog.py" line="126" />
            <source>&amp;Add condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="121" />
            <source>Condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="122" />
            <source>Conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="121" />
            <source>Diagnosed (YYYY-MM-DD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="121" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DamagedJournalDialog</name>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="51" />
            <source>&lt;b&gt;Part of your journal could not be read.&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="52" />
            <source>&lt;b&gt;Your journal could not be read.&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="128" />
            <source>All %1 entries can still be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="95" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="131" />
            <source>Fettle can still read %1 of your %2 entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="123" />
            <source>Fettle could not read any of it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="125" />
            <source>Fettle could still read %1 entries; it cannot tell how many there were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="157" />
            <source>Keep the file as it is and look for a copy elsewhere, for example on another computer or a backup drive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="140" />
            <source>No good backup was found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="94" />
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="88" />
            <source>Open read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="91" />
            <source>Read and export what can still be read. Nothing can be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="82" />
            <source>Restore the newest good backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="147" />
            <source>Restoring puts the backup in place of the damaged file. The damaged file is kept in the backup folder first, so nothing is thrown away. Entries written after that backup are not in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="67" />
            <source>Technical details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="141" />
            <source>The damaged file has not been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="57" />
            <source>This usually happens when a disk or memory card fails, or the computer lost power while the file was being written. It is not something you did.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="153" />
            <source>You can open the journal read-only to read and export what is left. Keep the file: someone with technical knowledge may be able to recover more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="39" />
            <source>Your journal's file is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/damaged_journal.py" line="136" />
            <source>Your newest good backup is from %1 and holds %2 entries.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DataMenu</name>
        <message>
            <location filename="../../ui/data/menu.py" line="110" />
            <source>&amp;Back Up Now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="115" />
            <source>&amp;Check Journal Integrity</source>
            <translation>Tagebuch auf Schäden &amp;prüfen</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="109" />
            <source>&amp;Data</source>
            <translation>&amp;Daten</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="114" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren …</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="113" />
            <source>&amp;Import…</source>
            <translation>&amp;Importieren …</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="112" />
            <source>&amp;Restore from Backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen …</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="196" />
            <source>Automatic backup: %1</source>
            <translation>Automatische Sicherung: %1</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="205" />
            <source>Checking your journal for damage…</source>
            <translation>Ihr Tagebuch wird auf Schäden geprüft …</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="193" />
            <source>Encrypted backup saved: %1</source>
            <translation>Verschlüsselte Sicherung gespeichert: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/menu.py" line="324" />
            <source>Imported %n entries.</source>
            <translation>
                <numerusform>%n Eintrag importiert.</numerusform>
                <numerusform>%n Einträge importiert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="116" />
            <source>Look for damage in the journal's file</source>
            <translation>Die Datei des Tagebuchs auf Schäden prüfen</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="111" />
            <source>Make an encrypted copy of your journal now</source>
            <translation>Jetzt eine verschlüsselte Kopie Ihres Tagebuchs anlegen</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="190" />
            <source>Making an encrypted backup…</source>
            <translation>Verschlüsselte Sicherung wird angelegt …</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="219" />
            <source>No damage found</source>
            <translation>Keine Schäden gefunden</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="165" />
            <source>Opened read-only: you can read and export, but changes cannot be saved.</source>
            <translation>Nur zum Lesen geöffnet: Sie können lesen und exportieren, aber Änderungen lassen sich nicht speichern.</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="295" />
            <source>Restored the backup from %1 (%2 entries). Your journal as it was is kept in the backup folder.</source>
            <translation>Die Sicherung vom %1 wurde wiederhergestellt (%2 Einträge). Ihr bisheriges Tagebuch liegt weiterhin im Sicherungsordner.</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="241" />
            <source>Restoring the newest good backup…</source>
            <translation>Die neueste intakte Sicherung wird wiederhergestellt …</translation>
        </message>
        <message>
            <location filename="../../ui/data/menu.py" line="220" />
            <source>Your journal's file was checked completely and no damage was found.</source>
            <translation>Die Datei Ihres Tagebuchs wurde vollständig geprüft; es wurden keine Schäden gefunden.</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../ui/date_field.py" line="24" />
            <source>Left and Right move between day, month and year; Up and Down change them; Alt+Down opens a calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/date_field.py" line="37" />
            <source>Left and Right move between hours and minutes; Up and Down change them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeleteEntryCommand</name>
        <message>
            <location filename="../../ui/shell/commands.py" line="27" />
            <source>Delete Entry</source>
            <translation>Eintrag löschen</translation>
        </message>
    </context>
    <context>
        <name>DoseHistory</name>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="50" />
            <source>&amp;Change dose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="51" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="75" />
            <source>&amp;Save dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="76" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="52" />
            <source>De&amp;lete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="55" />
            <source>Delete the chosen dose change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="80" />
            <source>Dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="48" />
            <source>Dose history, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="80" />
            <source>Dose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="54" />
            <source>Edit the chosen dose change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="79" />
            <source>From which day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="79" />
            <source>From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="145" />
            <source>No dose changes yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="83" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="83" />
            <source>Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="53" />
            <source>Record a new dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="82" />
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="82" />
            <source>Schedule:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="81" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="81" />
            <source>Unit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="74" />
            <source>Why it changed (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="72" />
            <source>e.g. nightly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="70" />
            <source>mg, ml, puffs…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dose_history.py" line="68" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DraftsAndTreatments</name>
        <message>
            <location filename="../../ui/shell/page_extras.py" line="77" />
            <source>Added “%1” to your treatments. Set its dose in Medications &amp; therapies ▸ Add or change treatments (in the sidebar).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/page_extras.py" line="64" />
            <source>Restored the entry you were writing before the lock.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryDelegate</name>
        <message>
            <location filename="../../ui/shell/entry_list_view.py" line="121" />
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message>
            <location filename="../../ui/editor/fields.py" line="117" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="123" />
            <source>&amp;From entries</source>
            <translation>Aus &amp;Einträgen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="118" />
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="121" />
            <source>&amp;Symptoms</source>
            <translation>&amp;Symptome</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="199" />
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="124" />
            <source>C&amp;onditions</source>
            <translation>Er&amp;krankungen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="101" />
            <source>Conditions this entry is about</source>
            <translation>Erkrankungen, um die es in diesem Eintrag geht</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="261" />
            <source>Couldn't save — your text is kept</source>
            <translation>Speichern fehlgeschlagen – Ihr Text bleibt erhalten</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="77" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="98" />
            <source>Entries this lesson came from</source>
            <translation>Einträge, aus denen diese Erkenntnis stammt</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="65" />
            <source>Entry editor</source>
            <translation>Eintrag bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="99" />
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
            <location filename="../../ui/editor/entry_editor.py" line="262" />
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
            <location filename="../../ui/editor/entry_editor.py" line="98" />
            <source>Save state</source>
            <translation>Speicherstand</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="258" />
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="259" />
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
            <location filename="../../ui/editor/fields.py" line="119" />
            <source>T&amp;itle</source>
            <translation>T&amp;itel</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="122" />
            <source>T&amp;reatments</source>
            <translation>&amp;Behandlungen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="120" />
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
            <location filename="../../ui/editor/fields.py" line="96" />
            <source>Treatments this entry is about</source>
            <translation>Behandlungen, um die es in diesem Eintrag geht</translation>
        </message>
        <message>
            <location filename="../../ui/editor/entry_editor.py" line="260" />
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="78" />
            <source>at</source>
            <translation>um</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="100" />
            <source>conditions</source>
            <translation>Erkrankungen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="97" />
            <source>entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="51" />
            <source>not current</source>
            <translation>nicht aktuell</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fields.py" line="94" />
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
            <location filename="../../ui/shell/commands.py" line="100" />
            <source>Entry deleted.</source>
            <translation>Eintrag gelöscht.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/commands.py" line="116" />
            <source>Entry restored.</source>
            <translation>Eintrag wiederhergestellt.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/commands.py" line="71" />
            <source>Logged.</source>
            <translation>Eingetragen.</translation>
        </message>
    </context>
    <context>
        <name>ExperimentDialog</name>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="131" />
            <source> blocks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="135" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="145" />
            <source>&amp;Blocks:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="146" />
            <source>&amp;Days in each block:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="110" />
            <source>&amp;End experiment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="169" />
            <source>&amp;Start experiment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="144" />
            <source>&amp;Symptom to rate daily:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="143" />
            <source>&amp;What to try:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="113" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="146" />
            <source>Days per block</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="147" />
            <source>First day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="111" />
            <source>Forget the plan; your entries are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="156" />
            <source>I have agreed this change with my &amp;doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="145" />
            <source>Number of blocks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="147" />
            <source>S&amp;tarts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="162" />
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="166" />
            <source>Starting a new experiment replaces the finished one (its verdict stays on the Insights tab until then).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="144" />
            <source>Symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="152" />
            <source>To test something, first add it as a treatment (Treatments) or as a yes/no daily factor (for example “Magnesium at night”), and rate at least one symptom.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="70" />
            <source>Try an experiment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="102" />
            <source>Under way: {b} against {a}, watching {symptom}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="83" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="143" />
            <source>What to try</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="159" />
            <source>What you commit to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="119" />
            <source>{name} (treatment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/experiment_dialog.py" line="122" />
            <source>{name} (yes/no factor)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/data/export.py" line="79" />
            <source>&lt;b&gt;An export is not encrypted.&lt;/b&gt;&lt;br&gt;Anyone who can open the exported files can read your whole journal: your entries, symptoms and treatments. Keep them somewhere private and delete them when you no longer need them.&lt;br&gt;&lt;br&gt;To keep a safe copy, make an &lt;b&gt;encrypted backup&lt;/b&gt; instead: it opens only with your passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="117" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="176" />
            <source>Choose an empty folder for the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="104" />
            <source>Choose where to save it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="106" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="209" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="127" />
            <source>Export as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="115" />
            <source>Export without encryption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="64" />
            <source>Export your journal</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/export.py" line="206" />
            <source>Exported %n entries to %1. Remember: these files are not encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="191" />
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="172" />
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="113" />
            <source>Make an encrypted backup instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="94" />
            <source>One file with everything (JSON), which Fettle can import again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="97" />
            <source>One text file per entry (a folder of Markdown files)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="170" />
            <source>Save the export as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="96" />
            <source>Tables for a spreadsheet (a folder of CSV files)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/export.py" line="216" />
            <source>That folder already holds an export. Choose an empty folder, so nothing is overwritten.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Fettle</name>
        <message>
            <location filename="../../ui/messages.py" line="13" />
            <source>Something went wrong ({0}). Nothing was changed.</source>
            <translation>Etwas ist schiefgegangen ({0}). Es wurde nichts verändert.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="242" />
            <source>&amp;Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="245" />
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="248" />
            <source>&amp;Symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="252" />
            <source>&amp;Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="85" />
            <source>Add a filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="93" />
            <source>Best match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="184" />
            <source>Condition: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="83" />
            <source>Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="80" />
            <source>Filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="228" />
            <source>From %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="174" />
            <source>In your search: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="178" />
            <source>Kind: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="92" />
            <source>Newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="203" />
            <source>Remove filter: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="202" />
            <source>Remove this filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="84" />
            <source>Show only some dates, a symptom, a kind or a tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="88" />
            <source>Showing everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="94" />
            <source>Sort search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="90" />
            <source>Sort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="181" />
            <source>Symptom: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="187" />
            <source>Tag: #%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="189" />
            <source>Treatment: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell/filter_bar.py" line="229" />
            <source>Until %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GiveBack</name>
        <message>
            <location filename="../../ui/giveback/flow.py" line="59" />
            <location filename="../../ui/giveback/flow.py" line="90" />
            <source>Reply to a question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/flow.py" line="63" />
            <location filename="../../ui/giveback/flow.py" line="108" />
            <source>Share a treatment report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../ui/data/import_.py" line="163" />
            <source>&amp;Also apply these settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="249" />
            <source>(not in this file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="201" />
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="121" />
            <source>Bring entries in from another app or a spreadsheet. You will see what the file holds before anything is added, and the entries you already have are never changed.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/import_.py" line="352" />
            <source>Changed %n of your settings:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="284" />
            <source>Checking the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="200" />
            <source>Choose a file to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="152" />
            <source>Choose a file to see what it holds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="130" />
            <source>Choose file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="359" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="201" />
            <source>Exports (*.json *.csv *.txt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="138" />
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="176" />
            <location filename="../../ui/data/import_.py" line="270" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/import_.py" line="312" />
            <source>Import %n entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="113" />
            <source>Import entries</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/import_.py" line="350" />
            <source>Imported %n entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="343" />
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="139" />
            <source>Kind of file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="165" />
            <source>Leave this unticked to keep your own settings and import only the entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="371" />
            <source>No entries were added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="129" />
            <source>No file chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="209" />
            <source>Reading the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="161" />
            <source>Settings this file would change</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/import_.py" line="308" />
            <source>This file would also change %n of your settings:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="151" />
            <source>What will be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/import_.py" line="141" />
            <source>Which column holds what</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/import_.py" line="304" />
            <source>…and %n more.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="206" />
            <source>Could not look at the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="207" />
            <source>Could not work out insights ({kind}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="175" />
            <source>Looking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="314" />
            <source>No treatment change with at least {n} rated days on each side in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="130" />
            <source>Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="126" />
            <source>Test one change on yourself, in blocks of days with it and without it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="306" />
            <source>Treatment changes (lower is better)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="125" />
            <source>Try an &amp;experiment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="316" />
            <source>What went together</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message numerus="yes">
            <location filename="../../ui/shell/journal_page.py" line="292" />
            <source>%n matching entries</source>
            <translation>
                <numerusform>%n passender Eintrag</numerusform>
                <numerusform>%n passende Einträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="67" />
            <source>Demo journal: made-up entries in a temporary file that is deleted when Fettle closes.</source>
            <translation>Demo-Tagebuch: erfundene Einträge in einer vorübergehenden Datei, die beim Schließen von Fettle gelöscht wird.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="105" />
            <source>Entry editor</source>
            <translation>Eintrag bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="317" />
            <source>No entries here yet.</source>
            <translation>Hier gibt es noch keine Einträge.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="312" />
            <source>No entries match your search.
Try fewer or shorter words, or remove the filters above the list.</source>
            <translation>Keine Einträge passen zu Ihrer Suche.
Versuchen Sie weniger oder kürzere Wörter, oder entfernen Sie die Filter über der Liste.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="292" />
            <source>No matches</source>
            <translation>Keine Treffer</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="77" />
            <source>Search entries</source>
            <translation>Einträge durchsuchen</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="76" />
            <source>Search entries (Ctrl+F)</source>
            <translation>Einträge durchsuchen (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="90" />
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="80" />
            <source>Words to find. Dates work too: "headache november", "last month", "past 7 days".</source>
            <translation>Gesuchte Wörter. Auch Zeitangaben gehen: „Kopfschmerzen November“, „letzten Monat“, „letzte 7 Tage“.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/journal_page.py" line="321" />
            <source>Your journal is empty.

Press Ctrl+Shift+L to log a symptom, or Ctrl+N for a new entry.</source>
            <translation>Ihr Tagebuch ist leer.

Drücken Sie Strg+Umschalt+L, um ein Symptom einzutragen, oder Strg+N für einen neuen Eintrag.</translation>
        </message>
    </context>
    <context>
        <name>JournalTools</name>
        <message>
            <location filename="../../ui/shell/tools.py" line="192" />
            <source>Shared. It is listed in View ▸ What I've Shared.</source>
            <translation>Geteilt. Sie finden es unter Ansicht ▸ Was ich geteilt habe.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/tools.py" line="121" />
            <source>Summary saved as PDF.</source>
            <translation>Zusammenfassung als PDF gespeichert.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/tools.py" line="83" />
            <source>Trends</source>
            <translation>Verlauf</translation>
        </message>
    </context>
    <context>
        <name>LagCurve</name>
        <message>
            <location filename="../../ui/trends/insights_view.py" line="68" />
            <source>Effect by day</source>
            <translation type="unfinished" />
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
            <location filename="../../ui/shell/actions.py" line="105" />
            <source>&amp;About Fettle</source>
            <translation>&amp;Über Fettle</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="143" />
            <source>&amp;Answer a Question…</source>
            <translation>Frage &amp;beantworten…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="96" />
            <source>&amp;Delete Entry</source>
            <translation>Eintrag &amp;löschen</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="189" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="148" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="99" />
            <source>&amp;Find…</source>
            <translation>&amp;Suchen …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="203" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="108" />
            <source>&amp;Journal</source>
            <translation>&amp;Tagebuch</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="163" />
            <source>&amp;Lesson</source>
            <translation>&amp;Erkenntnis</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="88" />
            <source>&amp;Lock</source>
            <translation>S&amp;perren</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="74" />
            <source>&amp;New Entry</source>
            <translation>&amp;Neuer Eintrag</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="104" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="81" />
            <source>&amp;Quick Log…</source>
            <translation>&amp;Schnell eintragen …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="93" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="69" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/install.py" line="60" />
            <source>&amp;Reminders…</source>
            <translation>&amp;Erinnerungen …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="122" />
            <source>&amp;Share Selected Entries…</source>
            <translation>Ausgewählte Einträge &amp;teilen …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="161" />
            <source>&amp;Symptom</source>
            <translation>&amp;Symptom</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="162" />
            <source>&amp;Treatment</source>
            <translation>&amp;Behandlung</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="115" />
            <source>&amp;Trends</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="67" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="198" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="134" />
            <source>A one-page summary to print or save for your doctor (Ctrl+P)</source>
            <translation>Eine einseitige Zusammenfassung für Ihre Ärztin oder Ihren Arzt, zum Drucken oder Speichern (Strg+P)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="146" />
            <source>A post on one treatment: doses, side effects, before and after</source>
            <translation>Ein Beitrag über eine Behandlung: Dosen, Nebenwirkungen, vorher und nachher</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="252" />
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="144" />
            <source>Answer another patient's question from your journal</source>
            <translation>Die Frage einer anderen Patientin oder eines anderen Patienten aus Ihrem Tagebuch beantworten</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="131" />
            <source>Appointment &amp;Summary…</source>
            <translation>&amp;Zusammenfassung für den Arzttermin …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="118" />
            <source>Charts of your symptoms over time (Ctrl+2)</source>
            <translation>Diagramme Ihrer Symptome im Zeitverlauf (Strg+2)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="224" />
            <source>Creating your journal…</source>
            <translation>Ihr Tagebuch wird angelegt …</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/install.py" line="54" />
            <source>Daily &amp;Check-in…</source>
            <translation>Täglicher &amp;Check-in …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="78" />
            <source>Demo journal: its passphrase is “%1”.</source>
            <translation>Demo-Tagebuch: Die Passphrase lautet „%1“.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="141" />
            <source>Every post that left Fettle, word for word (Ctrl+Shift+H)</source>
            <translation>Jeder Beitrag, der Fettle verlassen hat, Wort für Wort (Strg+Umschalt+H)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="432" />
            <source>Fettle does not open that kind of link.</source>
            <translation>Diese Art von Link öffnet Fettle nicht.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="252" />
            <source>Fettle journals (*.fettle)</source>
            <translation>Fettle-Tagebücher (*.fettle)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="453" />
            <source>Fettle — Demo journal</source>
            <translation>Fettle – Demo-Tagebuch</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="91" />
            <source>Lock the journal (Ctrl+L)</source>
            <translation>Das Tagebuch sperren (Strg+L)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="206" />
            <location filename="../../ui/shell/actions.py" line="208" />
            <source>Main toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="126" />
            <source>Make a post from the selected entries, with personal details removed (Ctrl+Shift+S)</source>
            <translation>Aus den ausgewählten Einträgen einen Beitrag machen, ohne persönliche Angaben (Strg+Umschalt+S)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="164" />
            <source>N&amp;ote</source>
            <translation>N&amp;otiz</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="367" />
            <source>New %1</source>
            <translation>Neu: %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="166" />
            <source>New &amp;Entry of Kind</source>
            <translation>Neuer &amp;Eintrag der Art</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="251" />
            <source>Open a journal</source>
            <translation>Ein Tagebuch öffnen</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="182" />
            <source>Opening the demo journal…</source>
            <translation>Das Demo-Tagebuch wird geöffnet …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="164" />
            <source>Preparing the demo journal…</source>
            <translation>Das Demo-Tagebuch wird vorbereitet …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="411" />
            <source>Quick log kept as a draft.</source>
            <translation>Schnelleintrag als Entwurf aufbewahrt.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="84" />
            <source>Rate a symptom in a few keystrokes (Ctrl+Shift+L)</source>
            <translation>Ein Symptom mit wenigen Tastendrücken bewerten (Strg+Umschalt+L)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="102" />
            <source>Search the journal (Ctrl+F)</source>
            <translation>Das Tagebuch durchsuchen (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="145" />
            <source>Share a &amp;Treatment Report…</source>
            <translation>&amp;Behandlungsbericht teilen…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="150" />
            <source>Share…</source>
            <translation>Teilen …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="111" />
            <source>Show the entries (Ctrl+1)</source>
            <translation>Die Einträge zeigen (Strg+1)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="151" />
            <source>Summary…</source>
            <translation>Zusammenfassung …</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/install.py" line="57" />
            <source>Today's symptoms and daily factors in a few keys (Ctrl+Shift+D)</source>
            <translation>Heutige Symptome und Tagesfaktoren mit wenigen Tasten (Strg+Umschalt+D)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="200" />
            <source>Welcome! Create a journal to begin, or choose one you already have.</source>
            <translation>Willkommen! Legen Sie zum Start ein Tagebuch an oder wählen Sie eines, das Sie schon haben.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="138" />
            <source>What I've S&amp;hared…</source>
            <translation>Was ich &amp;geteilt habe …</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="368" />
            <source>Write a new %1 entry (Ctrl+N); the arrow offers the other kinds</source>
            <translation>Einen neuen Eintrag „%1“ schreiben (Strg+N); der Pfeil bietet die anderen Arten an</translation>
        </message>
        <message>
            <location filename="../../ui/shell/actions.py" line="77" />
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
            <location filename="../../ui/settings/dialog.py" line="98" />
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="99" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="113" />
            <source>Country or region (2 letters, e.g. GB):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="105" />
            <source>Country or region code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="88" />
            <source>Fettle hides these when you share an excerpt. Roles ("my sister") replace the names they belong to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="94" />
            <location filename="../../ui/settings/dialog.py" line="128" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="107" />
            <source>Name on appointment summaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="114" />
            <source>Name on summaries:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="94" />
            <source>Privacy profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="94" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="94" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="../../ui/shell/boxes.py" line="65" />
            <source>&lt;h3&gt;Fettle %1&lt;/h3&gt;&lt;p&gt;A private, encrypted health journal.&lt;/p&gt;&lt;p&gt;Your journal stays on this computer, encrypted with your passphrase. Fettle makes no network connections.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Fettle %1&lt;/h3&gt;&lt;p&gt;Ein privates, verschlüsseltes Gesundheitstagebuch.&lt;/p&gt;&lt;p&gt;Ihr Tagebuch bleibt auf diesem Computer, verschlüsselt mit Ihrer Passphrase. Fettle baut keine Netzwerkverbindungen auf.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/shell/boxes.py" line="61" />
            <source>About Fettle</source>
            <translation>Über Fettle</translation>
        </message>
    </context>
    <context>
        <name>QuestionDialog</name>
        <message numerus="yes">
            <location filename="../../ui/giveback/question_dialog.py" line="150" />
            <source>%n things in your journal bear on it. The ticked ones go into the reply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="76" />
            <source>&amp;Find in my journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="85" />
            <source>&amp;Quote the question above the reply (names and handles in it are hidden too)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="94" />
            <source>&amp;Write the reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="58" />
            <source>Answer a question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="128" />
            <source>Looking through your journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="154" />
            <source>Nothing in your journal seems to bear on this question. You can still write a reply in your own words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="67" />
            <source>Paste a question from a thread. Fettle looks for what in your journal bears on it; you choose what to use, and the reply opens in the share review like any post.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="120" />
            <source>Paste the question first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="77" />
            <source>Search the journal (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="74" />
            <source>The question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="72" />
            <source>The question, e.g. “Has anyone tried amitriptyline for fibro pain?”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="82" />
            <source>What your journal holds on it; tick what to use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="90" />
            <source>Your own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="88" />
            <source>Your own words to open the reply (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/question_dialog.py" line="140" />
            <source>{kind}: {label}  {day}
    {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickLogDialog</name>
        <message>
            <location filename="../../ui/editor/quick_log.py" line="199" />
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
            <location filename="../../ui/editor/quick_log.py" line="204" />
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
            <location filename="../../ui/editor/quick_log.py" line="249" />
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
            <location filename="../../ui/editor/quick_log.py" line="241" />
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <location filename="../../ui/reminders/reminder_dialog.py" line="32" />
            <source>Check-in time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders/reminder_dialog.py" line="42" />
            <source>Notifications can be seen by anyone near your screen, and some desktops keep them in a list. Without names they say only that a dose is due. While Fettle is locked they say only “Time for your check-in”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders/reminder_dialog.py" line="28" />
            <source>Remind me to &amp;check in every day at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders/reminder_dialog.py" line="34" />
            <source>Remind me when a &amp;medication dose is due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders/reminder_dialog.py" line="26" />
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders/reminder_dialog.py" line="38" />
            <source>Show medication &amp;names in reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders/reminder_dialog.py" line="36" />
            <source>Times come from each medication's schedule, e.g. twice daily or 8am.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderService</name>
        <message>
            <location filename="../../ui/reminders/service.py" line="91" />
            <source>%1 medication doses are due (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders/service.py" line="89" />
            <source>A medication dose is due (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders/service.py" line="86" />
            <source>Time for %1 (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders/service.py" line="77" />
            <source>Time for your check-in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../ui/report/page_one.py" line="447" />
            <source> and {n} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="441" />
            <source>All figures are self-reported in a personal health journal, not clinical measurements. Entries on {have} of {days} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="154" />
            <source>Around {day}: {name} {v} on average ({d} rated days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="393" />
            <source>Average severity {w} weeks before and after each change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="399" />
            <source>Before: the {w} weeks up to the day before; after: up to {w} weeks from the day (within this period). n = number of ratings behind each figure. These describe what was recorded around each date; they do not show that a change caused a difference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/effects_model.py" line="71" />
            <source>Before: {a} to {b}. After: {c} to {d} (the first {w} days after the change are left out). {m} days in these windows were not recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="342" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="408" />
            <source>Change (numbered as on the charts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="154" />
            <source>Conditions: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="337" />
            <source>Days with each symptom (rated above 0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/appendix.py" line="71" />
            <source>Diary appendix · {period}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="160" />
            <source>Generated {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="148" />
            <source>Health summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="265" />
            <location filename="../../ui/trends/widgets.py" line="266" />
            <source>Highest rating that day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="136" />
            <source>Insights (95% AR(1)-corrected intervals; only results unlikely to be chance)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="125" />
            <source>Latest {n}-day average {v} on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="325" />
            <source>Lessons learned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="179" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/overflow.py" line="79" />
            <location filename="../../ui/report/page_one.py" line="204" />
            <source>MAIN CONCERN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/overflow.py" line="48" />
            <source>Main concern and questions, in full (continued from page 1) · {period}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="128" />
            <source>Marker {n}: {text} on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="376" />
            <source>Months cut by the period show how many of their days it covers (“d”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="379" />
            <source>No entries in the previous {n} days to compare with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/appendix.py" line="85" />
            <source>No entries in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="449" />
            <source>No entries on: {days}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="117" />
            <source>No ratings in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="237" />
            <source>No symptoms rated in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="179" />
            <source>No symptoms rated yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="303" />
            <source>No treatment changes in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="396" />
            <source>No treatment started, stopped or changed dose in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="320" />
            <source>None noted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="281" />
            <source>None recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="328" />
            <source>None written in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="255" />
            <source>Not charted here: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="317" />
            <source>Notable events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/render.py" line="62" />
            <source>Page 1 of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/appendix.py" line="79" />
            <location filename="../../ui/report/overflow.py" line="56" />
            <source>Page {n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="342" />
            <source>Previous {n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/overflow.py" line="86" />
            <location filename="../../ui/report/page_one.py" line="212" />
            <source>QUESTIONS FOR THIS APPOINTMENT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="102" />
            <source>Severity over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="228" />
            <source>Shortened here to keep this page to one page: the full text is on page 2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="239" />
            <source>Symptom severity, self-rated 0–10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="236" />
            <source>Symptoms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="382" />
            <source>The previous {n} days have entries on {k} days only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="342" />
            <source>This period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="301" />
            <source>Treatment changes in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="279" />
            <source>Treatments now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="183" />
            <source>average of each {n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/chart.py" line="289" />
            <source>average {avg} · {n} ratings on {d} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="417" />
            <source>before → after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/effects_model.py" line="69" />
            <source>could be chance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/chart.py" line="346" />
            <source>daily average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/style.py" line="104" />
            <source>dose changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/chart.py" line="349" />
            <source>lowest–highest over {n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/chart.py" line="293" />
            <source>no ratings in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/chart.py" line="365" />
            <location filename="../../ui/trends/widgets.py" line="275" />
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="288" />
            <source>since {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/style.py" line="104" />
            <source>started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/style.py" line="104" />
            <source>stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="290" />
            <source>this dose since {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/effects_model.py" line="61" />
            <source>too few rated days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="157" />
            <source>{day}: not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="151" />
            <source>{day}: {name} {v} (lowest {lo}, highest {hi}, {n} ratings)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="77" />
            <source>{name} dose changed: {old} → {new}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="74" />
            <source>{name} started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="73" />
            <source>{name} started, {dose}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="76" />
            <source>{name} stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/widgets.py" line="121" />
            <source>{name}: average {avg} on {d} rated days of {all}; lower is better.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="350" />
            <source>{n} d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="310" />
            <source>{n} earlier changes not listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="434" />
            <source>{n} earlier changes not shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="323" />
            <source>{n} earlier events not listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="366" />
            <source>{n} of {d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/chart.py" line="353" />
            <source>{n}-day average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/style.py" line="81" />
            <source>{start} – {end} ({days} days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/page_one.py" line="223" />
            <source>… and {n} more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../ui/data/backup.py" line="101" />
            <source>Backup folder: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="95" />
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="133" />
            <source>Cannot be used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="82" />
            <source>Choose the backup to go back to. Restoring replaces your journal with that backup.&lt;br&gt;&lt;br&gt;&lt;b&gt;Your journal as it is now is saved first&lt;/b&gt;, in the backup folder, so nothing is lost and you can change your mind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="93" />
            <source>Entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="133" />
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="96" />
            <source>Looking at your backups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="150" />
            <source>None of these backups can be opened with your current passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="186" />
            <source>Replace your journal with the backup from %1 (%2 entries)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="196" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="72" />
            <source>Restore from a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="185" />
            <source>Restore this backup?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="106" />
            <source>Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="205" />
            <source>Saving your current journal, then restoring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="93" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="93" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="93" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="147" />
            <source>There are no backups yet. Use “Back up now” to make the first one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/data/backup.py" line="193" />
            <source>Your journal as it is now is saved in the backup folder first. Anything written after this backup will not be in the restored journal.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestorePassphraseDialog</name>
        <message>
            <location filename="../../ui/unlock/restore.py" line="115" />
            <source>&amp;Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="90" />
            <source>Fettle found %1 backup(s) of this journal in %2.&lt;br&gt;&lt;br&gt;Type the passphrase the backups were made with (your journal's passphrase, or the one you had before you changed it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="107" />
            <source>Opening the backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="101" />
            <location filename="../../ui/unlock/restore.py" line="102" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="87" />
            <source>Restore from a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="133" />
            <source>Type your passphrase.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/settings/dialog.py" line="237" />
            <source> minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="237" />
            <source> minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="181" />
            <source>&amp;Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="175" />
            <source>&amp;Conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="231" />
            <source>&amp;Date format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="167" />
            <source>&amp;General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="228" />
            <source>&amp;Lock after idle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="172" />
            <source>&amp;Privacy profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="207" />
            <source>&amp;Remember on this device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="173" />
            <source>&amp;Symptoms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="174" />
            <source>&amp;Treatments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="224" />
            <source>Change &amp;passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="249" />
            <source>Checking the system keystore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="220" />
            <source>Date format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="209" />
            <source>Fettle opens without asking for the passphrase when it starts on this computer. After a lock (Ctrl+L, idle time, the screen locking) it always asks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="206" />
            <source>Lock after idle minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="232" />
            <source>Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="164" />
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="247" />
            <source>The demo journal is never remembered.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <location filename="../../ui/settings/flow.py" line="243" />
            <source>Changing the passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/flow.py" line="216" />
            <source>Encrypted backup saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/flow.py" line="252" />
            <source>Passphrase changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/flow.py" line="185" />
            <source>Preferences saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/flow.py" line="264" />
            <source>The system keystore did not answer, so the key remembered on this device could not be moved to the new passphrase. You will be asked for your new passphrase; tick "Remember on this device" in Preferences to try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <location filename="../../ui/editor/severity.py" line="210" />
            <source>%1 of 10, %2</source>
            <translation>%1 von 10, %2</translation>
        </message>
        <message>
            <location filename="../../ui/editor/severity.py" line="215" />
            <source>Severity %1 of 10 (%2). Type 0–9, or 1 then 0 for 10; arrow keys step.</source>
            <translation>Stärke %1 von 10 (%2). Tippen Sie 0–9, oder 1 und dann 0 für 10; die Pfeiltasten gehen schrittweise.</translation>
        </message>
        <message>
            <location filename="../../ui/editor/severity.py" line="44" />
            <source>mild</source>
            <translation>leicht</translation>
        </message>
        <message>
            <location filename="../../ui/editor/severity.py" line="46" />
            <source>moderate</source>
            <translation>mittel</translation>
        </message>
        <message>
            <location filename="../../ui/editor/severity.py" line="42" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../ui/editor/severity.py" line="48" />
            <source>severe</source>
            <translation>stark</translation>
        </message>
        <message>
            <location filename="../../ui/editor/severity.py" line="49" />
            <source>worst</source>
            <translation>am schlimmsten</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <location filename="../../ui/share/dialog.py" line="170" />
            <source>&amp;Always redact this</source>
            <translation>&amp;Immer schwärzen</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="497" />
            <source>&amp;Copy text</source>
            <translation>Text &amp;kopieren</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="183" />
            <location filename="../../ui/share/dialog.py" line="498" />
            <source>&amp;Copy to clipboard</source>
            <translation>In die Zwischenablage &amp;kopieren</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="204" />
            <source>&amp;Dates:</source>
            <translation>&amp;Daten:</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="256" />
            <source>&amp;Entries</source>
            <translation>&amp;Einträge</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="158" />
            <source>&amp;Redact selection</source>
            <translation>Auswahl &amp;schwärzen</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="189" />
            <source>&amp;Save to file…</source>
            <translation>In Datei &amp;speichern …</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="167" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="141" />
            <source>A title for the post</source>
            <translation>Ein Titel für den Beitrag</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="171" />
            <source>Add the highlighted words to your privacy profile, so they are redacted in every post</source>
            <translation>Die markierten Wörter in Ihr Datenschutzprofil aufnehmen, damit sie in jedem Beitrag geschwärzt werden</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="539" />
            <source>Brought back for this post only: it {reason}.</source>
            <translation>Nur für diesen Beitrag zurückgeholt: {reason}.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="211" />
            <source>Click a highlighted part (or press Space on it) to keep it as written or redact it again. To redact other words, select them and press Redact selection (Ctrl+R). Ctrl+Z undoes.</source>
            <translation>Klicken Sie auf eine markierte Stelle (oder drücken Sie dort die Leertaste), um sie wie geschrieben zu lassen oder wieder zu schwärzen. Um andere Wörter zu schwärzen, markieren Sie sie und wählen Sie „Auswahl schwärzen“ (Strg+R). Strg+Z macht rückgängig.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="634" />
            <source>Copied the text. Fettle will clear the clipboard in {n} seconds if it still holds it.</source>
            <translation>Text kopiert. Fettle leert die Zwischenablage in {n} Sekunden, falls er dann noch darin ist.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="643" />
            <source>Copied the title. Paste it into the title field, then use Copy text for the post. The clipboard is cleared in {n} seconds.</source>
            <translation>Titel kopiert. Fügen Sie ihn in das Titelfeld ein und nehmen Sie dann „Text kopieren“ für den Beitrag. Die Zwischenablage wird in {n} Sekunden geleert.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="636" />
            <source>Copied. Fettle will clear the clipboard in {n} seconds if it still holds this post.</source>
            <translation>Kopiert. Fettle leert die Zwischenablage in {n} Sekunden, falls dieser Beitrag dann noch darin ist.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="185" />
            <source>Copy &amp;title</source>
            <translation>&amp;Titel kopieren</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="186" />
            <source>Copy only the title, for the site's title field</source>
            <translation>Nur den Titel kopieren, für das Titelfeld der Website</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="499" />
            <source>Copy the post without its title, for the site's text field</source>
            <translation>Den Beitrag ohne Titel kopieren, für das Textfeld der Website</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="150" />
            <source>Dates</source>
            <translation>Datumsangaben</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="154" />
            <source>Highlighted parts are redacted or kept. Space on one keeps it as written or redacts it again; Ctrl+R redacts the selected words; Ctrl+Z undoes.</source>
            <translation>Markierte Stellen werden unkenntlich gemacht oder beibehalten. Die Leertaste auf einer Stelle behält sie wie geschrieben oder macht sie wieder unkenntlich; Strg+R macht die ausgewählten Wörter unkenntlich; Strg+Z macht rückgängig.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="528" />
            <source>Kept “{text}” as written.</source>
            <translation>„{text}“ bleibt wie geschrieben.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="538" />
            <source>Left out again: it {reason}.</source>
            <translation>Wieder weggelassen: {reason}.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="509" />
            <source>Looking</source>
            <translation>Prüfung läuft</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="508" />
            <source>Looking for anything that could identify you…</source>
            <translation>Es wird nach allem gesucht, was Sie erkennbar machen könnte …</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="466" />
            <source>No risky combination of details is left. Read it through once more before you post.</source>
            <translation>Es ist keine riskante Kombination von Angaben mehr übrig. Lesen Sie den Beitrag vor dem Veröffentlichen noch einmal durch.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="160" />
            <source>Redact selection</source>
            <translation>Auswahl schwärzen</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="159" />
            <source>Redact the selected words (Ctrl+R)</source>
            <translation>Die markierten Wörter schwärzen (Strg+R)</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="529" />
            <location filename="../../ui/share/dialog.py" line="552" />
            <source>Redacted “{text}”.</source>
            <translation>„{text}“ geschwärzt.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="164" />
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="203" />
            <source>Replace &amp;names with:</source>
            <translation>&amp;Namen ersetzen durch:</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="149" />
            <source>Replace names with</source>
            <translation>Namen ersetzen durch</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="654" />
            <source>Save the post</source>
            <translation>Den Beitrag speichern</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="666" />
            <source>Saved to {path}. Anyone who can read the file can read the post.</source>
            <translation>Gespeichert in {path}. Wer die Datei lesen kann, kann auch den Beitrag lesen.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="547" />
            <source>Select the words to redact first.</source>
            <translation>Markieren Sie zuerst die Wörter, die geschwärzt werden sollen.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="110" />
            <source>Share entries</source>
            <translation>Einträge teilen</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="93" />
            <source>Something went wrong ({name}).</source>
            <translation>Etwas ist schiefgegangen ({name}).</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="202" />
            <source>T&amp;itle:</source>
            <translation>T&amp;itel:</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="655" />
            <source>Text files (*.txt *.md);;All files (*)</source>
            <translation>Textdateien (*.txt *.md);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="254" />
            <source>The &amp;post</source>
            <translation>Der &amp;Beitrag</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="691" />
            <source>The clipboard was cleared.</source>
            <translation>Die Zwischenablage wurde geleert.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="90" />
            <source>The file could not be written ({reason}).</source>
            <translation>Die Datei konnte nicht geschrieben werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="152" />
            <source>The post as it will be shared, with redactions</source>
            <translation>Der Beitrag, wie er geteilt wird, mit Schwärzungen</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="148" />
            <source>Title of the post</source>
            <translation>Titel des Beitrags</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="162" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="168" />
            <source>Undo the last keep or redact (Ctrl+Z)</source>
            <translation>Das letzte Beibehalten oder Schwärzen rückgängig machen (Strg+Z)</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="461" />
            <source>What changed: {summary}.</source>
            <translation>Was sich geändert hat: {summary}.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="157" />
            <source>What the highlights mean</source>
            <translation>Was die Markierungen bedeuten</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="372" />
            <source>Your post is back as you left it when Fettle locked. Read it through again before you share it.</source>
            <translation>Ihr Beitrag ist wieder da, wie Sie ihn beim Sperren von Fettle verlassen haben. Lesen Sie ihn noch einmal durch, bevor Sie ihn teilen.</translation>
        </message>
        <message>
            <location filename="../../ui/share/dialog.py" line="586" />
            <source>“{text}” is now in your privacy profile and will be redacted in every post.</source>
            <translation>„{text}“ steht jetzt in Ihrem Datenschutzprofil und wird in jedem Beitrag geschwärzt.</translation>
        </message>
    </context>
    <context>
        <name>ShareDraftView</name>
        <message>
            <location filename="../../ui/share/view.py" line="297" />
            <source>Left out: it {reason}. Click to bring it back for this post.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShareEntryPicker</name>
        <message numerus="yes">
            <location filename="../../ui/share/entry_picker.py" line="115" />
            <source>%n entries in the post</source>
            <translation>
                <numerusform>%n Eintrag im Beitrag</numerusform>
                <numerusform>%n Einträge im Beitrag</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/share/entry_picker.py" line="92" />
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../ui/share/entry_picker.py" line="49" />
            <source>Entries from</source>
            <translation>Einträge ab</translation>
        </message>
        <message>
            <location filename="../../ui/share/entry_picker.py" line="50" />
            <source>Entries to</source>
            <translation>Einträge bis</translation>
        </message>
        <message>
            <location filename="../../ui/share/entry_picker.py" line="52" />
            <location filename="../../ui/share/entry_picker.py" line="66" />
            <source>Entries to share</source>
            <translation>Einträge zum Teilen</translation>
        </message>
        <message>
            <location filename="../../ui/share/entry_picker.py" line="114" />
            <source>No entries ticked: tick the ones to share.</source>
            <translation>Keine Einträge angehakt: Haken Sie die an, die Sie teilen möchten.</translation>
        </message>
        <message>
            <location filename="../../ui/share/entry_picker.py" line="53" />
            <source>Ticked entries are in the post; Space ticks or unticks</source>
            <translation>Angehakte Einträge sind im Beitrag; die Leertaste hakt an oder ab</translation>
        </message>
        <message>
            <location filename="../../ui/share/entry_picker.py" line="62" />
            <source>to</source>
            <translation>bis</translation>
        </message>
    </context>
    <context>
        <name>ShareLegend</name>
        <message>
            <location filename="../../ui/share/view.py" line="333" />
            <source>Contact or ID</source>
            <translation>Kontakt oder Kennung</translation>
        </message>
        <message>
            <location filename="../../ui/share/view.py" line="332" />
            <source>Date or age</source>
            <translation>Datum oder Alter</translation>
        </message>
        <message>
            <location filename="../../ui/share/view.py" line="336" />
            <source>Kept as written</source>
            <translation>Wie geschrieben belassen</translation>
        </message>
        <message>
            <location filename="../../ui/share/view.py" line="330" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/share/view.py" line="335" />
            <source>Not sure</source>
            <translation>Unsicher</translation>
        </message>
        <message>
            <location filename="../../ui/share/view.py" line="334" />
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../../ui/share/view.py" line="331" />
            <source>Place</source>
            <translation>Ort</translation>
        </message>
    </context>
    <context>
        <name>ShareLogDialog</name>
        <message>
            <location filename="../../ui/share/log_view.py" line="124" />
            <source>Choose a share to see exactly what left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/share/log_view.py" line="129" />
            <source>Forget this record. The post stays wherever you put it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/share/log_view.py" line="125" />
            <source>Nothing has been shared from this journal yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/share/log_view.py" line="128" />
            <source>Remove from log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/share/log_view.py" line="111" />
            <source>What you have shared</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShareLogModel</name>
        <message>
            <location filename="../../ui/share/log_view.py" line="101" />
            <source>Journal entry numbers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SharePreview</name>
        <message>
            <location filename="../../ui/share/preview.py" line="117" />
            <source> · a thread of {n} posts</source>
            <translation> · ein Thread aus {n} Beiträgen</translation>
        </message>
        <message>
            <location filename="../../ui/share/preview.py" line="125" />
            <source> · title {used} of {limit}</source>
            <translation> · Titel {used} von {limit}</translation>
        </message>
        <message>
            <location filename="../../ui/share/preview.py" line="64" />
            <source>Post to:</source>
            <translation>Veröffentlichen auf:</translation>
        </message>
        <message>
            <location filename="../../ui/share/preview.py" line="105" />
            <source>Post {n} of {total}</source>
            <translation>Beitrag {n} von {total}</translation>
        </message>
        <message>
            <location filename="../../ui/share/preview.py" line="122" />
            <source>{used} characters (no limit)</source>
            <translation>{used} Zeichen (keine Grenze)</translation>
        </message>
        <message>
            <location filename="../../ui/share/preview.py" line="114" />
            <source>{used} of {limit} characters</source>
            <translation>{used} von {limit} Zeichen</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message numerus="yes">
            <location filename="../../ui/shell/sidebar.py" line="144" />
            <source>%1, %n entries</source>
            <translation>
                <numerusform>%1, %n Eintrag</numerusform>
                <numerusform>%1, %n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="137" />
            <source>Add a medication or therapy, or change a dose</source>
            <translation>Ein Medikament oder eine Therapie hinzufügen oder eine Dosis ändern</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="112" />
            <source>Add or change…</source>
            <translation>Hinzufügen oder ändern…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="82" />
            <source>All entries</source>
            <translation>Alle Einträge</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="67" />
            <source>Choose which entries the list shows</source>
            <translation>Wählen Sie, welche Einträge die Liste zeigt</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="106" />
            <source>Conditions</source>
            <translation>Erkrankungen</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="85" />
            <source>Lessons</source>
            <translation>Erkenntnisse</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="110" />
            <source>Medications &amp; therapies</source>
            <translation>Medikamente und Therapien</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="86" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="66" />
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="83" />
            <source>Symptoms</source>
            <translation>Symptome</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="104" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sidebar.py" line="84" />
            <source>Treatments</source>
            <translation>Behandlungen</translation>
        </message>
    </context>
    <context>
        <name>SummaryDialog</name>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="148" />
            <source>&amp;Preview and print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="149" />
            <source>&amp;Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="124" />
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="120" />
            <source>Add the diary of the period as an appendix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="115" />
            <source>Appointment on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="135" />
            <source>Appointment on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="77" />
            <source>Appointment summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="141" />
            <source>Conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="348" />
            <source>Could not make the summary ({kind}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="113" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="116" />
            <source>Main concern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="136" />
            <source>Main concern:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="108" />
            <source>One question per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="327" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="126" />
            <source>Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="161" />
            <source>Paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="112" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="129" />
            <source>Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="121" />
            <source>Print my name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="117" />
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="137" />
            <source>Questions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="215" />
            <source>Restored what you were writing before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="326" />
            <source>Save summary as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="341" />
            <source>Saved. The PDF is not encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="139" />
            <source>Symptoms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="105" />
            <source>The one thing you most want to discuss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="145" />
            <source>Ticked ones are in the summary; Space ticks or unticks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="114" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="140" />
            <source>Treatments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="125" />
            <source>US Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="177" />
            <source>Working…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/report/summary_dialog.py" line="132" />
            <source>to</source>
            <translation type="unfinished" />
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
            <location filename="../../ui/editor/symptoms.py" line="217" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="206" />
            <source>Add a symptom</source>
            <translation>Ein Symptom hinzufügen</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="205" />
            <source>Add a symptom: type a name, then Enter</source>
            <translation>Symptom hinzufügen: Namen tippen, dann Eingabetaste</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="218" />
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
            <location filename="../../ui/editor/symptoms.py" line="404" />
            <source>Starting to track “%1”…</source>
            <translation>„%1“ wird ab jetzt erfasst …</translation>
        </message>
        <message>
            <location filename="../../ui/editor/symptoms.py" line="269" />
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
            <location filename="../../ui/editor/symptoms.py" line="208" />
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
            <location filename="../../ui/settings/catalog.py" line="74" />
            <source>&amp;Add symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="69" />
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="69" />
            <source>Body area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="69" />
            <source>Symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="70" />
            <source>Tracked symptoms</source>
            <translation type="unfinished" />
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
            <location filename="../../ui/settings/topics.py" line="58" />
            <source>A topic, e.g. HIV, my divorce, sertraline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/topics.py" line="60" />
            <source>Add &amp;topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/topics.py" line="47" />
            <source>Every sentence that mentions one of these is left out of your posts; the share review shows it struck out, and you can bring one back for a single post.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/topics.py" line="59" />
            <source>New topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/topics.py" line="61" />
            <source>Remove t&amp;opic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/topics.py" line="62" />
            <source>Remove the chosen topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/topics.py" line="46" />
            <location filename="../../ui/settings/topics.py" line="53" />
            <source>Topics that never leave</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../../ui/reminders/tray.py" line="40" />
            <source>&amp;Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="41" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="39" />
            <source>&amp;Reminders…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="38" />
            <source>&amp;Show Fettle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="37" />
            <source>Daily &amp;Check-in…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TreatmentPickerDialog</name>
        <message>
            <location filename="../../ui/giveback/treatment_picker.py" line="35" />
            <source>&amp;Make the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/treatment_picker.py" line="32" />
            <source>&amp;Treatment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/treatment_picker.py" line="25" />
            <source>A post on one treatment: what it is, the doses and their changes, side effects, your ratings before and after, and your lessons about it. You review it before anything leaves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/treatment_picker.py" line="53" />
            <source>No treatments yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/treatment_picker.py" line="24" />
            <source>Share a treatment report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/giveback/treatment_picker.py" line="31" />
            <source>Treatment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TreatmentsDialog</name>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="87" />
            <source>&amp;Add treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="119" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="118" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="122" />
            <source>&amp;Schedule:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="121" />
            <source>&amp;Unit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="57" />
            <source>(no name yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="261" />
            <source>A treatment needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="120" />
            <source>D&amp;ose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="120" />
            <source>Dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="129" />
            <source>Dose history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="119" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="94" />
            <source>Medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="192" />
            <source>No treatments yet. Choose Add treatment to begin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="123" />
            <source>S&amp;tarted:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="132" />
            <source>Sa&amp;ve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="284" />
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="293" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="122" />
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="123" />
            <source>Start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="126" />
            <source>Stop date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="105" />
            <source>Stopped on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="95" />
            <source>Therapy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="128" />
            <source>Time to &amp;work:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="118" />
            <source>Treatment name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="70" />
            <source>Treatments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="121" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="249" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="86" />
            <source>Your treatments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="92" />
            <source>e.g. Sertraline, Physiotherapy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="103" />
            <source>e.g. nightly, twice a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="101" />
            <source>mg, ml, sessions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="99" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/dialog.py" line="58" />
            <source>stopped</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TreatmentsTab</name>
        <message>
            <location filename="../../ui/settings/catalog.py" line="172" />
            <source>&amp;Add treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="201" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="200" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="204" />
            <source>&amp;Route:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="205" />
            <source>&amp;Schedule:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="203" />
            <source>&amp;Unit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="227" />
            <location filename="../../ui/settings/catalog.py" line="235" />
            <source>(new treatment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="202" />
            <source>D&amp;ose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="202" />
            <source>Dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="211" />
            <source>Dose history:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="201" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="178" />
            <source>Medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="204" />
            <source>Route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="206" />
            <source>S&amp;tarted:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="205" />
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="206" />
            <source>Start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="207" />
            <source>Sto&amp;pped:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="207" />
            <source>Stop date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="179" />
            <source>Therapy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="200" />
            <source>Treatment name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="170" />
            <source>Treatments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="203" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="193" />
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="187" />
            <source>by mouth, injection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="189" />
            <source>e.g. weekly on Mondays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="185" />
            <source>mg, ml, sessions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings/catalog.py" line="183" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrendsView</name>
        <message>
            <location filename="../../ui/trends/view.py" line="142" />
            <source>&amp;Insights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="141" />
            <source>&amp;Trends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="103" />
            <source>A calendar, darker for a higher rating; days without a rating are left blank. The table below gives the figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="114" />
            <source>Averages of your own ratings before each change and after it, leaving out the treatment's wash-in days (14 unless set); in brackets, the days each average rests on. Lower is better. The 95% interval is AR(1)-corrected: it allows for good and bad days coming in runs. They describe, they do not explain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="106" />
            <location filename="../../ui/trends/view.py" line="124" />
            <source>Before and after treatment changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="205" />
            <source>Could not load trends ({kind}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="204" />
            <source>Could not load trends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="101" />
            <location filename="../../ui/trends/view.py" line="122" />
            <source>Days with this symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="181" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="79" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="84" />
            <source>Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="78" />
            <source>Symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="82" />
            <source>Symptom:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/trends/view.py" line="95" />
            <source>Treatment changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockRestore</name>
        <message>
            <location filename="../../ui/unlock/restore.py" line="238" />
            <source>Choose the backup to go back to. Anything written after it will not be in the restored journal.&lt;br&gt;&lt;br&gt;&lt;b&gt;The damaged file is kept&lt;/b&gt;, in the backup folder, for whoever might still rescue something from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="272" />
            <source>Journal restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="196" />
            <source>No backups of this journal were found in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="275" />
            <source>Restore from a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="227" />
            <source>That passphrase does not open any of these backups. Check it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="271" />
            <source>The damaged file is kept as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/restore.py" line="267" />
            <source>Your journal was restored from the backup of %1 (%2 entries).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <location filename="../../ui/unlock/screen.py" line="108" />
            <source>&amp;Choose another file…</source>
            <translation>Andere Datei &amp;wählen …</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="114" />
            <source>&amp;Restore from a backup…</source>
            <translation>Aus einer Sicherung wieder&amp;herstellen …</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="88" />
            <source>&amp;Unlock</source>
            <translation>&amp;Entsperren</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="313" />
            <source>Choose another file, or create a new journal.</source>
            <translation>Wählen Sie eine andere Datei oder legen Sie ein neues Tagebuch an.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="109" />
            <source>Create a &amp;new journal…</source>
            <translation>&amp;Neues Tagebuch anlegen …</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="329" />
            <source>Fettle could not open this journal (%1). The file was not changed.</source>
            <translation>Fettle konnte dieses Tagebuch nicht öffnen (%1). Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="167" />
            <source>Journal: %1</source>
            <translation>Tagebuch: %1</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="105" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="86" />
            <location filename="../../ui/unlock/screen.py" line="87" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="115" />
            <source>Restore from a backup</source>
            <translation>Aus einer Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="251" />
            <source>Type your passphrase.</source>
            <translation>Geben Sie Ihre Passphrase ein.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="91" />
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="74" />
            <location filename="../../ui/unlock/screen.py" line="229" />
            <source>Unlock your journal</source>
            <translation>Ihr Tagebuch entsperren</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="99" />
            <source>Unlocking</source>
            <translation>Wird entsperrt</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/screen.py" line="253" />
            <source>Unlocking…</source>
            <translation>Wird entsperrt …</translation>
        </message>
    </context>
    <context>
        <name>WashinField</name>
        <message>
            <location filename="../../ui/treatments/washin_field.py" line="29" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/washin_field.py" line="32" />
            <source>How long it takes to work — methotrexate can take 8–12 weeks; days before that are left out of “did it help”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/washin_field.py" line="30" />
            <source>Time to work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/treatments/washin_field.py" line="28" />
            <source>Usual ({n} days)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeWizard</name>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="77" />
            <source>&amp;Create journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="73" />
            <source>Welcome to Fettle</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_IntroPage</name>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="110" />
            <source>&lt;p&gt;Fettle keeps your symptoms, treatments and lessons in one encrypted file on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;Next you will choose where to keep the file and a passphrase that unlocks it.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="107" />
            <source>A private journal for your health</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_LocationPage</name>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="128" />
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="138" />
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="166" />
            <source>A file already exists there. Choose another name so nothing is overwritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="129" />
            <source>Browse for a location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="151" />
            <source>Fettle journals (*.fettle)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="127" />
            <source>Journal file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="149" />
            <source>New journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="125" />
            <source>One file holds everything. Back it up by copying it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="124" />
            <source>Where to keep your journal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_PassphrasePage</name>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="215" />
            <source>&amp;Again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="214" />
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="202" />
            <source>&amp;Remember on this device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="195" />
            <source>&lt;b&gt;Write it down somewhere safe.&lt;/b&gt; If you lose your passphrase, your journal cannot be recovered: not by you, not by us, not by anyone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="180" />
            <source>A few unrelated words are easy to remember and hard to guess.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock/welcome_wizard.py" line="244" />
            <source>At least %n characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="179" />
            <source>Choose a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="236" />
            <source>Fair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="207" />
            <source>Fettle opens without asking for the passphrase when it starts on this computer. After a lock (Ctrl+L, idle time, the screen locking) it always asks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="237" />
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="183" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="186" />
            <source>Passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="190" />
            <source>Passphrase strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="204" />
            <source>Remember on this device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="216" />
            <source>Strength:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="238" />
            <source>Strong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="248" />
            <source>The passphrases match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="246" />
            <source>The two passphrases do not match yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="234" />
            <source>Too weak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="250" />
            <source>Type it again to be sure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="235" />
            <source>Weak</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_PrivacyPage</name>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="289" />
            <source>&amp;People:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="274" />
            <source>One per line, e.g.
Dr Priya Shah — my rheumatologist
Sam — my partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="277" />
            <source>One per line, e.g. your town, your clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="290" />
            <source>P&amp;laces:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="280" />
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="281" />
            <source>Places</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="266" />
            <source>When you share an excerpt, Fettle hides these. You can skip this and fill it in later under Preferences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="263" />
            <source>Who and where (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="288" />
            <source>Your &amp;names:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="279" />
            <source>Your names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock/welcome_wizard.py" line="271" />
            <source>e.g. Alex Morgan, Alex</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
