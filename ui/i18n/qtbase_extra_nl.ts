<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that the qtbase_nl.qm shipped in pyside6-essentials lacks: Qt 6.11's
     file dialog gained mnemonics ("&Look in:", "Files of &type:") that the Dutch Qt
     translation does not have yet, so those labels stayed English. Loaded after qtbase_nl
     (ui/i18n.py), so it fills only these gaps. Compiled by `make i18n`. -->
<TS version="2.1" language="nl_NL">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
</TS>
