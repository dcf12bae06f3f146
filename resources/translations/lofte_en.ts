<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name></name>
    <message>
        <location filename="../../lofte_desktop/ui/main.py" line="90"/>
        <source>main</source>
        <comment>Inget medborgarlöfte</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lofte_desktop/ui/main.py" line="92"/>
        <source>main</source>
        <comment>Databasen har inget medborgarlöfte ännu. Läsa in Krokoms medborgarlöfte 2023–2024?</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/first_start_dialog.py" line="15"/>
        <source>Välkommen till Löfte Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/first_start_dialog.py" line="17"/>
        <source>Ditt namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/first_start_dialog.py" line="19"/>
        <source>Din part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/first_start_dialog.py" line="33"/>
        <source>Ange ditt namn och vilken part du arbetar för. Namnet visas som den som loggat en aktivitet; parten föreslås när du loggar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/first_start_dialog.py" line="39"/>
        <source>&amp;Namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/first_start_dialog.py" line="40"/>
        <source>&amp;Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/first_start_dialog.py" line="57"/>
        <source>Skriv ditt namn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lofte_desktop/ui/main_window.py" line="151"/>
        <source>Sidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_window.py" line="152"/>
        <source>Sidinnehåll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="64"/>
        <source>Översikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="65"/>
        <source>Logga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="67"/>
        <source>Aktiviteter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="71"/>
        <source>Löften och indikatorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="76"/>
        <source>Inställningar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../lofte_desktop/ui/main.py" line="58"/>
        <source>Databasen kan inte öppnas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
