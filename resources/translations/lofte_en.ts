<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="165"/>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="234"/>
        <source>%1 aktiviteter</source>
        <translation>%1 activities</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="258"/>
        <source>Ändringen är sparad.</source>
        <translation>The change is saved.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="273"/>
        <source>Aktiviteten togs bort. Ångra med Ctrl+Z.</source>
        <translation>The activity was deleted. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="289"/>
        <source>Borttagningen är ångrad.</source>
        <translation>The deletion is undone.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="298"/>
        <source>Exportera aktiviteter</source>
        <translation>Export activities</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="300"/>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="310"/>
        <source>%1 aktiviteter exporterades till %2.</source>
        <translation>%1 activities were exported to %2.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="318"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="319"/>
        <source>T&amp;yp</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="320"/>
        <source>Lö&amp;fte</source>
        <translation>Pro&amp;mise</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="321"/>
        <source>P&amp;art</source>
        <translation>P&amp;arty</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="322"/>
        <source>P&amp;lats</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="323"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="324"/>
        <source>Sö&amp;k i anteckningar</source>
        <translation>Sear&amp;ch notes</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="331"/>
        <source>Fritext</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="332"/>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="333"/>
        <source>&amp;Ny (Ctrl+N)</source>
        <translation>&amp;New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="334"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="335"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="336"/>
        <source>Å&amp;ngra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="338"/>
        <source>&amp;Exportera CSV</source>
        <translation>E&amp;xport CSV</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="306"/>
        <source>Anteckningen innehåller något som ser ut som ett personnummer (%1). Ta bort det: loggen får inte innehålla personnummer eller namn på invånare. Det går inte att spara förrän det är borta.</source>
        <extracomment>Which error label shows a ValidationError&apos;s `field`.</extracomment>
        <translation>The note contains what looks like a personal identity number (%1). Remove it: the log must not hold residents&apos; identity numbers or names. Saving is blocked until it is gone.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="344"/>
        <source>&amp;Typ</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="345"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="346"/>
        <source>&amp;Part</source>
        <translation>&amp;Party</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="347"/>
        <source>P&amp;lats</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="348"/>
        <source>&amp;Timmar</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="349"/>
        <source>&amp;Antal</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="350"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="351"/>
        <source>Start&amp;tid</source>
        <translation>Start &amp;time</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="352"/>
        <source>Lö&amp;ften</source>
        <translation>Pro&amp;mises</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="353"/>
        <source>A&amp;nteckning</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="365"/>
        <source>t.ex. 2,5</source>
        <translation>e.g. 2.5</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="366"/>
        <source>TT:MM, t.ex. 18:30</source>
        <translation>HH:MM, e.g. 18:30</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="368"/>
        <source>Vad gjordes? Inga namn eller personnummer på invånare.</source>
        <translation>What was done? No residents&apos; names or identity numbers.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="371"/>
        <source>Fetstil: löften som typen räknas mot. Mellanslag kryssar i.</source>
        <translation>Bold: promises this type counts towards. Space ticks a box.</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="24"/>
        <source>Datum</source>
        <extracomment>(sort key, Swedish header); the sort keys are domain.query.SORT_KEYS.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="25"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="26"/>
        <source>Löften</source>
        <translation>Promises</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="27"/>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="28"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="29"/>
        <source>Timmar</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="30"/>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="32"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="33"/>
        <source>Loggad av</source>
        <translation>Logged by</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../lofte_desktop/ui/context.py" line="230"/>
        <source>Det gick inte</source>
        <extracomment>Emitted by the main window after a language switch (no service event).</extracomment>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/context.py" line="235"/>
        <source>Ett fel uppstod</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/context.py" line="236"/>
        <source>Åtgärden kunde inte slutföras: %1</source>
        <translation>The action could not be completed: %1</translation>
    </message>
</context>
<context>
    <name>EditActivityDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="15"/>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="16"/>
        <source>skapad</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="17"/>
        <source>ändrad</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="18"/>
        <source>borttagen</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="19"/>
        <source>återställd</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="34"/>
        <source>Redigera aktivitet</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="38"/>
        <source>Ändringshistorik</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="53"/>
        <source>&amp;Historik:</source>
        <translation>&amp;History:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="121"/>
        <source>Ändringen sparades inte: %1</source>
        <translation>The change was not saved: %1</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/first_start_dialog.py" line="15"/>
        <source>Välkommen till Löfte Desktop</source>
        <translation>Welcome to Löfte Desktop</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/first_start_dialog.py" line="17"/>
        <source>Ditt namn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/first_start_dialog.py" line="19"/>
        <source>Din part</source>
        <translation>Your party</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/first_start_dialog.py" line="33"/>
        <source>Ange ditt namn och vilken part du arbetar för. Namnet visas som den som loggat en aktivitet; parten föreslås när du loggar.</source>
        <translation>Enter your name and the party you work for. Your name is shown as the one who logged an activity; the party is suggested when you log.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/first_start_dialog.py" line="39"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/first_start_dialog.py" line="40"/>
        <source>&amp;Part:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/first_start_dialog.py" line="57"/>
        <source>Skriv ditt namn.</source>
        <translation>Enter your name.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="109"/>
        <source>Inte sparat: ta bort personnumret ur texten först.</source>
        <translation>Not saved: remove the identity number from the text first.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="118"/>
        <source>Inte sparat: rätta det som är markerat.</source>
        <translation>Not saved: correct what is marked.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="134"/>
        <source>Sparat: %1 %2%3.</source>
        <translation>Saved: %1 %2%3.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="155"/>
        <source>Det gick inte att spara: %1. Det du skrev finns kvar i formuläret; försök igen.</source>
        <translation>Could not save: %1. What you typed is still in the form; try again.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="159"/>
        <source>Det gick inte att spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="193"/>
        <source>Logga en aktivitet</source>
        <translation>Log an activity</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="196"/>
        <source>Enter sparar, Tab går till nästa fält. Ctrl+N öppnar formuläret var du än är. Shift+Enter ger ny rad i anteckningen.</source>
        <translation>Enter saves, Tab moves to the next field. Ctrl+N opens the form from anywhere. Shift+Enter starts a new line in the note.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="200"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="201"/>
        <source>Spara aktiviteten</source>
        <translation>Save the activity</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="202"/>
        <source>&amp;Rensa</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="203"/>
        <source>Rensa formuläret</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="204"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lofte_desktop/ui/main_window.py" line="158"/>
        <source>Sidor</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_window.py" line="159"/>
        <source>Sidinnehåll</source>
        <translation>Page content</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="167"/>
        <source>Visa aktiviteterna för %1</source>
        <translation>Show the activities for %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="169"/>
        <source>Visa aktiviteterna för löfte %1</source>
        <translation>Show the activities for promise %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="188"/>
        <source>Framsteg för löfte %1</source>
        <translation>Progress of promise %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="208"/>
        <source>Närvaro</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="211"/>
        <source>%1 timmar under %2, mot %3 timmar under %4.</source>
        <translation>%1 hours in %2, against %3 hours in %4.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="219"/>
        <source>Förändring: %1 %.</source>
        <translation>Change: %1 %.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="229"/>
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="232"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="233"/>
        <source>Utgångsläge</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="234"/>
        <source>Senaste värde</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="235"/>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="236"/>
        <source>Når målet</source>
        <translation>Meets target</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="250"/>
        <source>inget värde ännu</source>
        <translation>no value yet</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="253"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="254"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="270"/>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="271"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="272"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="66"/>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="72"/>
        <source>Logga</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="78"/>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="84"/>
        <source>Löften och indikatorer</source>
        <translation>Promises and indicators</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="92"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PromisesPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="126"/>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="127"/>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="209"/>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="128"/>
        <source>Räknas från</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="131"/>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="153"/>
        <source>inga värden</source>
        <translation>no values</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="189"/>
        <source>Sparat: %1 för %2.</source>
        <translation>Saved: %1 for %2.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="199"/>
        <source>Inte sparat: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="202"/>
        <source>Fokusområden och löften</source>
        <translation>Focus areas and promises</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="203"/>
        <source>Löftets innehåll</source>
        <translation>The promise</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="204"/>
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="207"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="208"/>
        <source>Utgångsläge</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="210"/>
        <source>Värden per år</source>
        <translation>Values by year</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="213"/>
        <source>Indikatorernas värden</source>
        <translation>Indicator values</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="215"/>
        <source>&amp;Indikator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="216"/>
        <source>&amp;År</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="217"/>
        <source>&amp;Värde</source>
        <translation>&amp;Value</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="218"/>
        <source>&amp;Kommentar</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="228"/>
        <source>&amp;Spara värde</source>
        <translation>&amp;Save value</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="229"/>
        <source>Spara indikatorvärdet</source>
        <translation>Save the indicator value</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="123"/>
        <source>Vald databas vid nästa start: %1</source>
        <translation>Database chosen for the next start: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="133"/>
        <source>Skriv ditt namn.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="140"/>
        <source>Sparat.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="172"/>
        <source>Rad %1: skriv datum som ÅÅÅÅ-MM-DD.</source>
        <translation>Row %1: write dates as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="187"/>
        <source>Terminerna är sparade.</source>
        <translation>The terms are saved.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="194"/>
        <source>Inte sparat: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="199"/>
        <source>Välj databasfil</source>
        <translation>Choose database file</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="201"/>
        <source>Löfte-databas (*.sqlite *.db);;Alla filer (*)</source>
        <translation>Löfte database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="211"/>
        <source>Sparat. Programmet använder %1 från nästa start; starta om Löfte Desktop för att byta. Finns filen inte skapas en ny, tom databas.</source>
        <translation>Saved. The program uses %1 from the next start; restart Löfte Desktop to switch. If the file does not exist, a new, empty database is created.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="217"/>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="218"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="219"/>
        <source>&amp;Part:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="220"/>
        <source>Ditt namn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="221"/>
        <source>Din part</source>
        <translation>Your party</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="222"/>
        <source>Spara &amp;användare</source>
        <translation>Save &amp;user</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="223"/>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="225"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="224"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="226"/>
        <source>Terminer</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="229"/>
        <source>Skolans terminsdatum i kommunen. De avgör hur mycket tid som är kvar för skolbesök; rapportterminerna (VT/HT) delar alltid året.</source>
        <translation>The schools&apos; term dates in the municipality. They decide how much time is left for school visits; the reporting terms (spring/autumn) always split the year.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="234"/>
        <source>Termin</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="234"/>
        <source>Första dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="234"/>
        <source>Sista dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="236"/>
        <source>Terminsdatum</source>
        <translation>Term dates</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="237"/>
        <source>&amp;Lägg till termin</source>
        <translation>&amp;Add term</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="238"/>
        <source>Ta &amp;bort termin</source>
        <translation>&amp;Remove term</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="239"/>
        <source>Spara &amp;terminer</source>
        <translation>Save &amp;terms</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="240"/>
        <source>Databas</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="241"/>
        <source>Databasens sökväg</source>
        <translation>Database path</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="242"/>
        <source>&amp;Välj en annan…</source>
        <translation>&amp;Choose another…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../lofte_desktop/ui/main.py" line="60"/>
        <source>Databasen kan inte öppnas</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main.py" line="91"/>
        <source>Inget medborgarlöfte</source>
        <translation>No citizen promise</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main.py" line="92"/>
        <source>Databasen har inget medborgarlöfte ännu. Läsa in Krokoms medborgarlöfte 2023–2024?</source>
        <translation>The database has no citizen promise yet. Load Krokom&apos;s citizen promises 2023–2024?</translation>
    </message>
</context>
</TS>
