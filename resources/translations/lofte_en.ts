<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name></name>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/agreement_note.py" line="18"/>
        <source>Raderna kontrolleras mot %1 (%2 – %3): dess löften, parter, period och låsta perioder. Ett annat medborgarlöfte väljs på sidan Löften.</source>
        <translation>The rows are checked against %1 (%2 – %3): its promises, parties, period and locked periods. Choose another agreement on the Promises page.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/agreement_note.py" line="26"/>
        <source>Medborgarlöftet som gäller</source>
        <translation>The agreement in use</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="179"/>
        <source>Alla</source>
        <extracomment>(&quot;delete&quot;, activity id) or (&quot;import&quot;, import id), newest last</extracomment>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="209"/>
        <source>Inget medborgarlöfte inläst.</source>
        <translation>No agreement loaded.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="253"/>
        <source>Räknar …</source>
        <translation>Counting …</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="277"/>
        <source>Ändringen är sparad.</source>
        <translation>The change is saved.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="292"/>
        <source>Aktiviteten togs bort. Ångra med Ctrl+Z.</source>
        <translation>The activity was deleted. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="321"/>
        <source>Importen är ångrad: %1 aktiviteter togs bort.</source>
        <translation>The import is undone: %1 activities were deleted.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="343"/>
        <source>%1 aktiviteter importerades. Ångra hela importen med Ctrl+Z.</source>
        <translation>%1 activities were imported. Undo the whole import with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="350"/>
        <source>Exportera aktiviteter till Excel</source>
        <translation>Export activities to Excel</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="352"/>
        <source>Excel-arbetsböcker (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="362"/>
        <source>%1 aktiviteter exporterades till %2.</source>
        <translation>%1 activities were exported to %2.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="369"/>
        <source>Borttagningen är ångrad.</source>
        <translation>The deletion is undone.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="378"/>
        <source>Exportera aktiviteter</source>
        <translation>Export activities</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="380"/>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="390"/>
        <source>Exporterade %1 till %2.</source>
        <translation>Exported %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="398"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="399"/>
        <source>T&amp;yp</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="400"/>
        <source>Lö&amp;fte</source>
        <translation>Pro&amp;mise</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="401"/>
        <source>P&amp;art</source>
        <translation>P&amp;arty</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="402"/>
        <source>P&amp;lats</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="403"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="404"/>
        <source>Sö&amp;k i anteckningar</source>
        <translation>Sear&amp;ch notes</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="411"/>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="412"/>
        <source>&amp;Ny (Ctrl+N)</source>
        <translation>&amp;New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="413"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="414"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="415"/>
        <source>Å&amp;ngra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="417"/>
        <source>&amp;Exportera CSV</source>
        <translation>E&amp;xport CSV</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="418"/>
        <source>E&amp;xportera Excel</source>
        <translation>E&amp;xport Excel</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="419"/>
        <source>&amp;Importera från Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="297"/>
        <source>Anteckningen innehåller något som ser ut som ett personnummer (%1). Ta bort det: loggen får inte innehålla personnummer eller namn på invånare. Det går inte att spara förrän det är borta.</source>
        <extracomment>The types offered: those of the agreement of the typed date. The type of the activity being edited (kept even when since retired).</extracomment>
        <translation>The note contains what looks like a personal identity number (%1). Remove it: the log must not hold residents&apos; identity numbers or names. Saving is blocked until it is gone.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="339"/>
        <source>&amp;Typ</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="340"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="341"/>
        <source>&amp;Part</source>
        <translation>&amp;Party</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="342"/>
        <source>P&amp;lats</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="343"/>
        <source>&amp;Timmar</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="344"/>
        <source>&amp;Antal</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="345"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="346"/>
        <source>Start&amp;tid</source>
        <translation>Start &amp;time</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="347"/>
        <source>Lö&amp;ften</source>
        <translation>Pro&amp;mises</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="348"/>
        <source>A&amp;nteckning</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="362"/>
        <source>t.ex. 2,5</source>
        <translation>e.g. 2.5</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="363"/>
        <source>TT:MM, t.ex. 18:30</source>
        <translation>HH:MM, e.g. 18:30</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="365"/>
        <source>Vad gjordes? Inga namn eller personnummer på invånare.</source>
        <translation>What was done? No residents&apos; names or identity numbers.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="368"/>
        <source>Fetstil: löften som typen räknas mot. Mellanslag kryssar i.</source>
        <translation>Bold: promises this type counts towards. Space ticks a box.</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="28"/>
        <source>Datum</source>
        <extracomment>(sort key, Swedish header); the sort keys are domain.query.SORT_KEYS.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="29"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="30"/>
        <source>Löften</source>
        <translation>Promises</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="31"/>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="32"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="33"/>
        <source>Timmar</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="34"/>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="36"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="37"/>
        <source>Loggad av</source>
        <translation>Logged by</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="27"/>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="43"/>
        <source>Säkerhetskopior, nyaste först</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="48"/>
        <source>Säkerhetskopiera &amp;nu</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="49"/>
        <source>&amp;Spara en kopia som…</source>
        <translation>&amp;Save a copy as…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="50"/>
        <source>&amp;Återställ vald…</source>
        <translation>&amp;Restore selected…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="51"/>
        <source>Återställ från &amp;fil…</source>
        <translation>Restore from &amp;file…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="52"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="85"/>
        <source>Databasen ligger på en server. Servern säkerhetskopierar den; här finns inga kopior att visa.</source>
        <translation>The database is on a server. The server backs it up; there are no copies to show here.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="93"/>
        <source>Säkerhetskopior görs automatiskt vid första starten varje dag, före uppgraderingar och före varje synkimport. De %1 senaste sparas i %2.</source>
        <translation>Backups are made automatically at the first start each day, before upgrades and before every sync import. The latest %1 are kept in %2.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="102"/>
        <source>Tidpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="102"/>
        <source>Anledning</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="102"/>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="144"/>
        <source>Spara en kopia av databasen</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="146"/>
        <source>Löfte-databas (*.sqlite)</source>
        <translation>Löfte database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="155"/>
        <source>Säkerhetskopian sparades: %1</source>
        <translation>The backup was saved: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="166"/>
        <source>Välj en säkerhetskopia</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="168"/>
        <source>Löfte-databas (*.sqlite);;Alla filer (*)</source>
        <translation>Löfte database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="175"/>
        <source>Återställa säkerhetskopian?</source>
        <translation>Restore the backup?</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="177"/>
        <source>Databasen ersätts med säkerhetskopian från %1. Det som har loggats efter den försvinner ur databasen, men den nuvarande databasen sparas först som en egen säkerhetskopia, så att du kan ångra.</source>
        <translation>The database is replaced by the backup from %1. What was logged after it leaves the database, but the current database is first saved as a backup of its own, so you can undo this.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="190"/>
        <source>Databasen är återställd.</source>
        <translation>The database has been restored.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="192"/>
        <source>Den tidigare databasen sparades som %1.</source>
        <translation>The previous database was saved as %1.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="196"/>
        <source>Återställd</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/backup_dialog.py" line="200"/>
        <source>Inget återställdes: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_calendar.py" line="267"/>
        <source>Mån</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_calendar.py" line="268"/>
        <source>Tis</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_calendar.py" line="269"/>
        <source>Ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_calendar.py" line="270"/>
        <source>Tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_calendar.py" line="271"/>
        <source>Fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_calendar.py" line="272"/>
        <source>Lör</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_calendar.py" line="273"/>
        <source>Sön</source>
        <translation>Sun</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lofte_desktop/ui/widgets/planning_calendar.py" line="317"/>
        <source>+%n till</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="120"/>
        <source>Ställ in tillfälle</source>
        <translation>Cancel occasion</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="122"/>
        <source>t.ex. skolan stängd, sjukdom</source>
        <translation>e.g. school closed, illness</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="124"/>
        <source>&amp;Orsak:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="130"/>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CommentsDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="34"/>
        <source>Kommentarer för %1</source>
        <translation>Comments for %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="39"/>
        <source>Sammanfattning av perioden</source>
        <translation>Summary of the period</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="40"/>
        <source>&amp;Sammanfattning:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="43"/>
        <source>Godkänd av, roll</source>
        <translation>Approved by, role</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="45"/>
        <source>Godkänd av, namn</source>
        <translation>Approved by, name</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="49"/>
        <source>Godkänd datum</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="52"/>
        <source>Godkänd av, &amp;roll:</source>
        <translation>Approved by, &amp;role:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="53"/>
        <source>Godkänd av, &amp;namn:</source>
        <translation>Approved by, &amp;name:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="54"/>
        <source>Godkänd &amp;datum:</source>
        <translation>Approval &amp;date:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="60"/>
        <source>Kommentar till %1</source>
        <translation>Comment on %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="79"/>
        <source>Perioden är låst: kommentarerna kan inte ändras.</source>
        <translation>The period is locked: the comments cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="117"/>
        <source>Kommentarerna sparades inte</source>
        <translation>The comments were not saved</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/date_field.py" line="113"/>
        <source>%1: välj i kalendern</source>
        <translation>%1: pick in the calendar</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/date_field.py" line="117"/>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/date_field.py" line="119"/>
        <source>Skriv datumet som 2024-11-28 eller 20241128. Alt+Nedåtpil eller F4 öppnar kalendern.</source>
        <translation>Type the date as 2024-11-28 or 20241128. Alt+Down or F4 opens the calendar.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/date_field.py" line="124"/>
        <source>Välj i kalendern (Alt+Nedåtpil)</source>
        <translation>Pick in the calendar (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/date_field.py" line="125"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialog_service.py" line="62"/>
        <source>Det gick inte</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialog_service.py" line="67"/>
        <source>Ett fel uppstod</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialog_service.py" line="68"/>
        <source>Åtgärden kunde inte slutföras: %1</source>
        <translation>The action could not be completed: %1</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="66"/>
        <source>Markera som genomförd</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="73"/>
        <source>antal, t.ex. 25</source>
        <translation>number, e.g. 25</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="78"/>
        <source>&amp;Timmar:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="78"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="80"/>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="87"/>
        <source>Timmar</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="89"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>EditActivityDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="16"/>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="17"/>
        <source>skapad</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="18"/>
        <source>ändrad</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="19"/>
        <source>borttagen</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="20"/>
        <source>återställd</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="21"/>
        <source>importerad</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="41"/>
        <source>Redigera aktivitet</source>
        <extracomment>Audit-log column names → the field names forms use.</extracomment>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="45"/>
        <source>Ändringshistorik</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="60"/>
        <source>&amp;Historik:</source>
        <translation>&amp;History:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="130"/>
        <source>Ändringen sparades inte: %1</source>
        <translation>The change was not saved: %1</translation>
    </message>
</context>
<context>
    <name>EditAgreementDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_agreement_dialog.py" line="33"/>
        <location filename="../../lofte_desktop/ui/dialogs/edit_agreement_dialog.py" line="34"/>
        <source>Ändra medborgarlöftet</source>
        <translation>Edit the agreement</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_agreement_dialog.py" line="53"/>
        <source>&amp;Namn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_agreement_dialog.py" line="54"/>
        <source>&amp;Parter (en per rad)</source>
        <translation>&amp;Parties (one a line)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_agreement_dialog.py" line="55"/>
        <source>S&amp;tartdatum (ÅÅÅÅ-MM-DD)</source>
        <translation>S&amp;tart date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_agreement_dialog.py" line="56"/>
        <source>Sl&amp;utdatum (ÅÅÅÅ-MM-DD)</source>
        <translation>&amp;End date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_agreement_dialog.py" line="57"/>
        <source>Uppföl&amp;jning</source>
        <translation>Follow-&amp;up</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_agreement_dialog.py" line="63"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_agreement_dialog.py" line="64"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_agreement_dialog.py" line="66"/>
        <source>Spara ändringen</source>
        <translation>Save the change</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_agreement_dialog.py" line="67"/>
        <location filename="../../lofte_desktop/ui/dialogs/edit_agreement_dialog.py" line="68"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_agreement_dialog.py" line="71"/>
        <source>Ändringen sparas i historiken och följer med synkpaketen. En part som ett löfte har kan inte tas bort, och perioden måste rymma de loggade aktiviteterna. Uppföljningen avgör vilka perioder Översikt och Uppföljning visar först.</source>
        <translation>The change is kept in the history and travels in sync packages. A party a promise has cannot be removed, and the period must hold the logged activities. The follow-up decides which periods Overview and Follow-up show first.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/empty_state.py" line="15"/>
        <source>Databasen har inget medborgarlöfte ännu, så det finns inget att logga, planera eller följa upp. Läs in Krokoms medborgarlöfte 2023–2024 med knappen överst i fönstret, eller ett eget från en katalogfil med kommandot lofte init --catalogue FIL (se resources/catalogues/README.md).</source>
        <translation>The database holds no agreement yet, so there is nothing to log, plan or follow up. Load Krokom&apos;s agreement 2023–2024 with the button at the top of the window, or your own from a catalogue file with the command lofte init --catalogue FILE (see resources/catalogues/README.md).</translation>
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
</context>
<context>
    <name>FocusAreaDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="115"/>
        <source>Nytt fokusområde</source>
        <translation>New focus area</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="117"/>
        <source>Ändra fokusområdet</source>
        <translation>Edit the focus area</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="125"/>
        <source>K&amp;od</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="126"/>
        <source>&amp;Namn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="127"/>
        <source>&amp;Lägesbild</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="137"/>
        <source>Fokusområdets namn och lägesbild, som de står i medborgarlöftet. Koden kan inte ändras efteråt.</source>
        <translation>The focus area&apos;s name and situation, as the agreement states them. The code cannot be changed afterwards.</translation>
    </message>
</context>
<context>
    <name>HolidaysBox</name>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/holidays_box.py" line="102"/>
        <source>Loven är sparade.</source>
        <extracomment>The holidays were stored.</extracomment>
        <translation>The holidays are saved.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/holidays_box.py" line="113"/>
        <source>Inte sparat:</source>
        <translation>Not saved:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/holidays_box.py" line="117"/>
        <location filename="../../lofte_desktop/ui/widgets/holidays_box.py" line="126"/>
        <location filename="../../lofte_desktop/ui/widgets/holidays_box.py" line="128"/>
        <source>Lov</source>
        <translation>School holidays</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/holidays_box.py" line="120"/>
        <source>Skolans lov i kommunen. &quot;Hoppa över lov&quot; i Planering lägger inga tillfällen på dem, och varnar för en termin utan lov. Skriv datum som ÅÅÅÅ-MM-DD; ett lov får gå över nyår.</source>
        <translation>The school holidays in the municipality. &quot;Skip holidays&quot; in Planning puts no occurrences on them, and warns about a term without holidays. Write dates as YYYY-MM-DD; a holiday may span the new year.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/holidays_box.py" line="126"/>
        <source>Första dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/holidays_box.py" line="126"/>
        <source>Sista dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/holidays_box.py" line="129"/>
        <source>Nytt l&amp;ov</source>
        <translation>New h&amp;oliday</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/holidays_box.py" line="130"/>
        <source>Ta bort &amp;markerat lov</source>
        <translation>Remove the &amp;selected holiday</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/holidays_box.py" line="131"/>
        <source>Spa&amp;ra lov</source>
        <translation>Sa&amp;ve holidays</translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="156"/>
        <source>Välj minst en part.</source>
        <extracomment>The number of calendar events written, after a successful export.</extracomment>
        <translation>Choose at least one party.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="158"/>
        <source>Välj minst en aktivitetstyp.</source>
        <translation>Choose at least one activity type.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="161"/>
        <source>Välj minst en serie, eller bocka ur &quot;Bara valda serier&quot;.</source>
        <translation>Choose at least one series, or untick &quot;Only chosen series&quot;.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="172"/>
        <source>Exportera kalender</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="174"/>
        <source>Kalenderfiler (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="189"/>
        <source>Kalender exporterad</source>
        <translation>Calendar exported</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="190"/>
        <source>%1 händelser skrevs till %2.</source>
        <translation>%1 events were written to %2.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="202"/>
        <source>Kunde inte skriva filen: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="210"/>
        <source>Exportera .ics</source>
        <translation>Export .ics</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="213"/>
        <source>Välj vad kalenderfilen ska innehålla. Den som får filen ser tider och platser: dela bara det som mottagaren ska se.</source>
        <translation>Choose what the calendar file holds. Whoever gets the file sees times and places: share only what the recipient should see.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="222"/>
        <source>Hela avtalet</source>
        <translation>The whole agreement</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="225"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="226"/>
        <source>P&amp;arter:</source>
        <translation>P&amp;arties:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="227"/>
        <source>&amp;Typer:</source>
        <translation>&amp;Types:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="228"/>
        <source>Bara valda &amp;serier:</source>
        <translation>Only chosen &amp;series:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="229"/>
        <source>Bara det &amp;jag har planerat</source>
        <translation>Only what &amp;I have planned</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="230"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="231"/>
        <source>Parter som ska med</source>
        <translation>Parties to include</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="232"/>
        <source>Aktivitetstyper som ska med</source>
        <translation>Activity types to include</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="233"/>
        <source>Serier som ska med</source>
        <translation>Series to include</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="235"/>
        <source>&amp;Exportera…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/ics_export_dialog.py" line="238"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="38"/>
        <source>Importera från Excel</source>
        <extracomment>Where the last confirmed mapping is kept (AppSettings.extra). An import was written: its result.</extracomment>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="41"/>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="234"/>
        <source>Ingen fil vald.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="43"/>
        <source>&amp;Välj fil…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="45"/>
        <source>&amp;Part för rader utan partkolumn:</source>
        <translation>&amp;Party for rows without a party column:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="57"/>
        <source>&amp;Tidigare importer:</source>
        <translation>&amp;Earlier imports:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="59"/>
        <source>Å&amp;ngra importen…</source>
        <translation>U&amp;ndo the import…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="66"/>
        <source>Kolumner</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="69"/>
        <source>Aktivitetstyper</source>
        <translation>Activity types</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="73"/>
        <source>&amp;Godkänn alla förslag</source>
        <translation>Confirm &amp;all suggestions</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="88"/>
        <source>Förhandsgranskning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="95"/>
        <source>För&amp;handsgranskning:</source>
        <translation>Pre&amp;view:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="105"/>
        <source>Hoppa &amp;över rader med fel</source>
        <translation>Leave &amp;out rows with errors</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="106"/>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="109"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="128"/>
        <source>Välj fil</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="129"/>
        <source>Part för rader utan partkolumn</source>
        <translation>Party for rows without a party column</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="130"/>
        <source>Godkänn alla förslag</source>
        <translation>Confirm all suggestions</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="131"/>
        <source>Hoppa över rader med fel</source>
        <translation>Leave out rows with errors</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="132"/>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="133"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="134"/>
        <source>Tidigare importer</source>
        <translation>Earlier imports</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="135"/>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="183"/>
        <source>Ångra importen</source>
        <translation>Undo the import</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="150"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="164"/>
        <source>%1 %2: %3 aktiviteter</source>
        <translation>%1 %2: %3 activities</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="172"/>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="184"/>
        <source>Ta bort alla aktiviteter från importen %1?</source>
        <translation>Delete every activity from the import %1?</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="199"/>
        <source>Importen är ångrad: %1 aktiviteter togs bort.</source>
        <translation>The import is undone: %1 activities were deleted.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="208"/>
        <source>Importera aktivitetslogg</source>
        <translation>Import an activity log</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="210"/>
        <source>Excel och CSV (*.xlsx *.csv);;Alla filer (*)</source>
        <translation>Excel and CSV (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="217"/>
        <source>Läser %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="240"/>
        <source>%1: %2 rader</source>
        <translation>%1: %2 rows</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="257"/>
        <source>– importeras inte –</source>
        <translation>– not imported –</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="271"/>
        <source>Kolumnen %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="331"/>
        <source>%1 (1 rad)</source>
        <translation>%1 (1 row)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="333"/>
        <source>%1 (%2 rader)</source>
        <translation>%1 (%2 rows)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="337"/>
        <source>– välj typ –</source>
        <translation>– choose a type –</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="341"/>
        <source>Typ för %1</source>
        <translation>Type for %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="342"/>
        <source>Godkänd</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="344"/>
        <source>Godkänn typen för %1</source>
        <translation>Confirm the type for %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="398"/>
        <source>Kontrollerar raderna …</source>
        <translation>Checking the rows …</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="431"/>
        <source>Rad %1: </source>
        <translation>Row %1: </translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="435"/>
        <source>inga fel.</source>
        <translation>no errors.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="445"/>
        <source>%1 nya, %2 finns redan, %3 med fel.</source>
        <translation>%1 new, %2 already there, %3 with errors.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="452"/>
        <source>Inget importeras så länge en rad har fel: rätta filen eller mappningen, eller hoppa över raderna med fel.</source>
        <translation>Nothing is imported while a row has an error: correct the file or the mapping, or leave out the rows with errors.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="484"/>
        <source>Importen är klar</source>
        <translation>The import is done</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/import_dialog.py" line="486"/>
        <source>%1 nya aktiviteter, %2 fanns redan, %3 rader med fel hoppades över. Hela importen kan ångras från Aktiviteter.</source>
        <translation>%1 new activities, %2 were already there, %3 rows with errors were left out. The whole import can be undone from Activities.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../lofte_desktop/ui/models/import_preview.py" line="15"/>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/import_preview.py" line="16"/>
        <source>Blir</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/import_preview.py" line="17"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/import_preview.py" line="18"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/import_preview.py" line="19"/>
        <source>Löften</source>
        <translation>Promises</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/import_preview.py" line="20"/>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/import_preview.py" line="21"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/import_preview.py" line="22"/>
        <source>Timmar</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/import_preview.py" line="23"/>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/import_preview.py" line="24"/>
        <location filename="../../lofte_desktop/ui/models/import_preview.py" line="75"/>
        <source>Fel</source>
        <extracomment>Light backgrounds with dark text keep WCAG AA contrast in light and dark themes.</extracomment>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/import_preview.py" line="77"/>
        <source>Finns redan</source>
        <translation>Already there</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/import_preview.py" line="80"/>
        <source>Ny</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="164"/>
        <source>Ändra indikatorn</source>
        <translation>Edit the indicator</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="174"/>
        <source>Inget mål</source>
        <translation>No target</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="175"/>
        <source>Lägre än (&lt;)</source>
        <translation>Lower than (&lt;)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="176"/>
        <source>Högst (≤)</source>
        <translation>At most (≤)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="177"/>
        <source>Högre än (&gt;)</source>
        <translation>Higher than (&gt;)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="178"/>
        <source>Minst (≥)</source>
        <translation>At least (≥)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="179"/>
        <source>Lika med (=)</source>
        <translation>Equal to (=)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="191"/>
        <source>&amp;Utgångsvärde</source>
        <translation>&amp;Baseline</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="192"/>
        <source>Utgångs&amp;år</source>
        <translation>Baseline &amp;year</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="193"/>
        <source>&amp;Mål</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="194"/>
        <source>Mål&amp;värde</source>
        <translation>Target &amp;value</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="195"/>
        <source>Målå&amp;r (valfritt)</source>
        <translation>Target yea&amp;r (optional)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="206"/>
        <source>%1 (%2). Värden skrivs med decimalkomma eller punkt.</source>
        <translation>%1 (%2). Values take a decimal comma or point.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="122"/>
        <source>Inte sparat: det finns inget medborgarlöfte att logga mot. Läs in ett med knappen överst i fönstret.</source>
        <translation>Not saved: there is no agreement to log against. Load one with the button at the top of the window.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="135"/>
        <source>Inte sparat: rätta det som är markerat.</source>
        <translation>Not saved: correct what is marked.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="151"/>
        <source>Sparat: %1 %2%3.</source>
        <translation>Saved: %1 %2%3.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="172"/>
        <source>Inte sparat: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="177"/>
        <source>Det gick inte att spara: %1. Det du skrev finns kvar i formuläret; försök igen.</source>
        <translation>Could not save: %1. What you typed is still in the form; try again.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="181"/>
        <source>Det gick inte att spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="240"/>
        <source>Logga en aktivitet</source>
        <translation>Log an activity</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="243"/>
        <source>Tab och Enter går till nästa fält; Enter i anteckningen sparar, liksom Ctrl+Enter var du än är i formuläret. Shift+Enter ger ny rad i anteckningen. Ctrl+N öppnar formuläret var du än är.</source>
        <translation>Tab and Enter go to the next field; Enter in the note saves, as does Ctrl+Enter anywhere in the form. Shift+Enter starts a new line in the note. Ctrl+N opens the form from anywhere.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="248"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="249"/>
        <source>Spara aktiviteten</source>
        <translation>Save the activity</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="250"/>
        <source>&amp;Rensa</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="251"/>
        <source>Rensa formuläret</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="252"/>
        <source>Nytt &amp;medborgarlöfte…</source>
        <translation>New &amp;agreement…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="254"/>
        <source>Starta ett nytt medborgarlöfte för datumet</source>
        <translation>Start a new agreement for the date</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="256"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="94"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="95"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="96"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="97"/>
        <source>&amp;Ny aktivitet</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="98"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="101"/>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="102"/>
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="103"/>
        <source>&amp;Om Löfte Desktop</source>
        <translation>&amp;About Löfte Desktop</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="108"/>
        <source>Ctrl+N: logga en aktivitet (var du än är)</source>
        <translation>Ctrl+N: log an activity (from anywhere)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="110"/>
        <source>Ctrl+1–%1: gå till sidan med det numret i listan till vänster</source>
        <translation>Ctrl+1–%1: go to the page with that number in the list on the left</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="112"/>
        <source>F5: uppdatera sidan</source>
        <translation>F5: refresh the page</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="113"/>
        <source>Ctrl+Q: avsluta</source>
        <translation>Ctrl+Q: quit</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="114"/>
        <source>I Logga: Tab och Enter går till nästa fält, Ctrl+Enter sparar</source>
        <translation>In Log: Tab and Enter go to the next field, Ctrl+Enter saves</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="119"/>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="123"/>
        <source>Löfte Desktop %1

För arbetet med medborgarlöften: logga, planera, synka och följ upp. Fungerar utan nätverk.</source>
        <translation>Löfte Desktop %1

For the work on citizen promises: log, plan, sync and follow up. Works without a network.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="128"/>
        <source>Om Löfte Desktop</source>
        <translation>About Löfte Desktop</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lofte_desktop/ui/main_window.py" line="184"/>
        <source>Sidor</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_window.py" line="185"/>
        <source>Sidinnehåll</source>
        <translation>Page content</translation>
    </message>
</context>
<context>
    <name>NewAgreementDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="141"/>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="142"/>
        <source>Nytt medborgarlöfte</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="144"/>
        <source>&amp;Förnya ett tidigare medborgarlöfte</source>
        <translation>&amp;Renew an earlier agreement</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="146"/>
        <source>Läs in en &amp;katalogfil</source>
        <translation>Read a &amp;catalogue file</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="170"/>
        <source>&amp;Välj fil…</source>
        <translation>C&amp;hoose file…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="173"/>
        <source>&amp;Skapa</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="175"/>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="228"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="178"/>
        <source>K&amp;od</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="179"/>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="203"/>
        <source>&amp;Namn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="181"/>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="208"/>
        <source>Sl&amp;utdatum (ÅÅÅÅ-MM-DD)</source>
        <translation>&amp;End date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="184"/>
        <source>&amp;Tidigare medborgarlöfte</source>
        <translation>Ear&amp;lier agreement</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="79"/>
        <source>Fel i %1</source>
        <extracomment>The fields of an agreement from scratch, in the order the form shows them.</extracomment>
        <translation>Error in %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="158"/>
        <source>Börja från &amp;början</source>
        <translation>Start from &amp;scratch</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="180"/>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="207"/>
        <source>St&amp;artdatum (ÅÅÅÅ-MM-DD)</source>
        <translation>St&amp;art date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="191"/>
        <source>Ka&amp;talogfil</source>
        <translation>Catalo&amp;gue file</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="202"/>
        <source>Ko&amp;d</source>
        <translation>Co&amp;de</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="204"/>
        <source>Ko&amp;mmun</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="205"/>
        <source>&amp;Polisområde</source>
        <translation>&amp;Police area</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="206"/>
        <source>Pa&amp;rter (en per rad)</source>
        <translation>Pa&amp;rties (one a line)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="209"/>
        <source>Uppföl&amp;jning</source>
        <translation>Follow-&amp;up</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="216"/>
        <source>Börja från början: ett tomt medborgarlöfte</source>
        <translation>Start from scratch: an empty agreement</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="220"/>
        <source>Förnya ett tidigare medborgarlöfte</source>
        <translation>Renew an earlier agreement</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="222"/>
        <source>Läs in en katalogfil</source>
        <translation>Read a catalogue file</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="223"/>
        <source>Tidigare medborgarlöfte</source>
        <translation>Earlier agreement</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="224"/>
        <source>Katalogfil</source>
        <translation>Catalogue file</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="225"/>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="310"/>
        <source>Välj katalogfil</source>
        <translation>Choose a catalogue file</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="226"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="227"/>
        <source>Skapa medborgarlöftet</source>
        <translation>Create the agreement</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="232"/>
        <source>Ett nytt medborgarlöfte läggs till bredvid de tidigare; inget ersätts, och historiken finns kvar. En förnyelse kopierar parter, fokusområden, löften (som fortsätter sina original), mål, indikatorer, aktivitetstyper, platser, terminer och lov. Ett medborgarlöfte från början får sina fokusområden och löften på sidan Löften efteråt.</source>
        <translation>A new agreement is added beside the earlier ones; nothing is replaced, and the history stays. A renewal copies parties, focus areas, promises (which continue their originals), targets, indicators, activity types, places, terms and holidays. An agreement started from scratch gets its focus areas and promises on the Promises page afterwards.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="247"/>
        <source>Hur vill du börja?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/new_agreement_dialog.py" line="310"/>
        <source>Katalogfiler (*.toml *.json)</source>
        <translation>Catalogue files (*.toml *.json)</translation>
    </message>
</context>
<context>
    <name>NoAgreementBanner</name>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/empty_state.py" line="71"/>
        <source>Läs in &amp;Krokom 2023–2024</source>
        <translation>Load &amp;Krokom 2023–2024</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/empty_state.py" line="73"/>
        <source>Läs in Krokoms medborgarlöfte 2023–2024</source>
        <translation>Load Krokom&apos;s agreement 2023–2024</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="184"/>
        <source>Räknar fram läget …</source>
        <extracomment>The figures for the chosen period are on screen.</extracomment>
        <translation>Working out the figures …</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="237"/>
        <source>Visa aktiviteterna för %1</source>
        <translation>Show the activities for %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="239"/>
        <source>Visa aktiviteterna för löfte %1</source>
        <translation>Show the activities for promise %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="261"/>
        <source>Framsteg för löfte %1</source>
        <translation>Progress of promise %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="281"/>
        <source>Närvaro</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="284"/>
        <source>%1 timmar under %2, mot %3 timmar under %4.</source>
        <translation>%1 hours in %2, against %3 hours in %4.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="292"/>
        <source>Förändring: %1 %.</source>
        <translation>Change: %1 %.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="302"/>
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="305"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="306"/>
        <source>Utgångsläge</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="307"/>
        <source>Senaste värde</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="308"/>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="309"/>
        <source>Når målet</source>
        <translation>Meets target</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="326"/>
        <source>inget värde ännu</source>
        <translation>no value yet</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="329"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="330"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="346"/>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="347"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="348"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="84"/>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="90"/>
        <source>Logga</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="96"/>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="102"/>
        <source>Planering</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="108"/>
        <source>Löften och indikatorer</source>
        <translation>Promises and indicators</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="116"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="122"/>
        <source>Synk</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/__init__.py" line="128"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="54"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="55"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="57"/>
        <source>Spara ändringen</source>
        <translation>Save the change</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="58"/>
        <location filename="../../lofte_desktop/ui/dialogs/agreement_parts.py" line="59"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="35"/>
        <source>Ingen (en gång)</source>
        <extracomment>Planning refusals about the series&apos; last day belong next to &quot;Till och med&quot;.</extracomment>
        <translation>None (once)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="36"/>
        <source>Varje vecka</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="37"/>
        <source>Varannan vecka</source>
        <translation>Every other week</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="38"/>
        <source>Samma veckodag varje månad</source>
        <translation>Same weekday every month</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="39"/>
        <source>Samma datum varje månad</source>
        <translation>Same date every month</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="40"/>
        <source>Varje vardag</source>
        <translation>Every weekday</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="77"/>
        <source>Ändra planering</source>
        <translation>Edit plan</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="77"/>
        <source>Ny planering</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="89"/>
        <source>TT:MM, t.ex. 18:30</source>
        <translation>HH:MM, e.g. 18:30</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="91"/>
        <source>t.ex. 1,5</source>
        <translation>e.g. 1.5</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="110"/>
        <source>Hoppa över skollov</source>
        <translation>Skip school holidays</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="113"/>
        <source>Kort anteckning, aldrig namn eller personnummer</source>
        <translation>Short note, never names or identity numbers</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="116"/>
        <source>Bara detta tillfälle</source>
        <translation>This occasion only</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="117"/>
        <source>Detta och följande tillfällen</source>
        <translation>This and following occasions</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="118"/>
        <source>Alla tillfällen i serien</source>
        <translation>All occasions in the series</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="126"/>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="127"/>
        <source>&amp;Löfte:</source>
        <translation>&amp;Promise:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="128"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="129"/>
        <source>&amp;Starttid:</source>
        <translation>&amp;Start time:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="130"/>
        <source>&amp;Längd:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="130"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="131"/>
        <source>&amp;Plats:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="132"/>
        <source>P&amp;art:</source>
        <translation>P&amp;arty:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="133"/>
        <source>&amp;Upprepa:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="134"/>
        <source>&amp;Till och med:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="142"/>
        <source>A&amp;nteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="145"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="146"/>
        <source>Längd i timmar</source>
        <translation>Length in hours</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="148"/>
        <source>Ä&amp;ndra:</source>
        <translation>&amp;Change:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="308"/>
        <source>Planeringen är sparad</source>
        <translation>The plan is saved</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="26"/>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="27"/>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="28"/>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="29"/>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="30"/>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="31"/>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="32"/>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="33"/>
        <source>augusti</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="34"/>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="35"/>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="36"/>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="37"/>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="263"/>
        <source>Vecka %1, %2 – %3</source>
        <translation>Week %1, %2 – %3</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="301"/>
        <source>serie</source>
        <translation>series</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="328"/>
        <source>Inget medborgarlöfte</source>
        <translation>No agreement</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="363"/>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="403"/>
        <source>Hoppa över</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="364"/>
        <source>Hoppa över tillfället %1? Resten av serien finns kvar.</source>
        <translation>Skip the occasion on %1? The rest of the series stays.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="393"/>
        <source>Idag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="394"/>
        <source>Föregående</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="395"/>
        <source>Nästa</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="396"/>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="397"/>
        <source>Vecka</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="398"/>
        <source>Ny planering…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="399"/>
        <source>Exportera .ics…</source>
        <translation>Export .ics…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="400"/>
        <source>Markera genomförd…</source>
        <translation>Mark done…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="401"/>
        <source>Ställ in…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="402"/>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="406"/>
        <source>Dubbelklicka på en dag för att planera. Dra ett tillfälle till en annan dag för att flytta just det tillfället.</source>
        <translation>Double-click a day to plan. Drag an occasion to another day to move just that occasion.</translation>
    </message>
</context>
<context>
    <name>PlanningPanel</name>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_panel.py" line="26"/>
        <source>Terminsplanering</source>
        <translation>Term planner</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_panel.py" line="31"/>
        <source>Försenade tillfällen</source>
        <translation>Overdue occasions</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_panel.py" line="36"/>
        <source>Dubbelbokningar</source>
        <translation>Double bookings</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_panel.py" line="61"/>
        <source>Terminsplanering %1</source>
        <translation>Term planner %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_panel.py" line="72"/>
        <source>Inga löften med mål per termin.</source>
        <translation>No promises with a per-term target.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lofte_desktop/ui/widgets/planning_panel.py" line="73"/>
        <source>Försenade (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lofte_desktop/ui/widgets/planning_panel.py" line="81"/>
        <source>Dubbelbokningar (%n)</source>
        <translation>
            <numerusform>Double bookings (%n)</numerusform>
            <numerusform>Double bookings (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="53"/>
        <source>Nytt löfte</source>
        <translation>New promise</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="53"/>
        <source>Ändra löftet</source>
        <translation>Edit the promise</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="72"/>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="84"/>
        <source>Räknas</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="89"/>
        <source>Minst N</source>
        <translation>At least N</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="90"/>
        <source>Mellan N och M</source>
        <translation>Between N and M</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="91"/>
        <source>Högst N</source>
        <translation>At most N</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="92"/>
        <source>Mer än samma period året före</source>
        <translation>More than the same period a year earlier</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="93"/>
        <source>Inget antal angivet</source>
        <translation>No number given</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="117"/>
        <source>Hela året</source>
        <translation>The whole year</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="132"/>
        <source>t&amp;ill</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="134"/>
        <source>Sista månaden</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="143"/>
        <source>Veckodag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="147"/>
        <source>Valfri: visas i stället för målet i siffror</source>
        <translation>Optional: shown instead of the target in figures</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="149"/>
        <source>Ingen vald: alla dagar räknas.</source>
        <translation>None chosen: every day counts.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="153"/>
        <source>K&amp;od</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="154"/>
        <source>&amp;Fokusområde</source>
        <translation>&amp;Focus area</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="155"/>
        <source>Löftes&amp;text</source>
        <translation>Promise &amp;text</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="156"/>
        <source>&amp;Parter</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="157"/>
        <source>Aktivitetst&amp;yper som räknas</source>
        <translation>Activit&amp;y types that count</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="167"/>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="172"/>
        <source>Må&amp;ltyp</source>
        <translation>Target &amp;kind</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="173"/>
        <source>&amp;Antal (N)</source>
        <translation>&amp;Number (N)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="174"/>
        <source>Till och me&amp;d (M)</source>
        <translation>Up to an&amp;d including (M)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="175"/>
        <source>&amp;Enhet</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="176"/>
        <source>&amp;Gäller per</source>
        <translation>Appl&amp;ies per</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="177"/>
        <source>Må&amp;nader</source>
        <translation>&amp;Months</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="178"/>
        <source>&amp;Veckodagar</source>
        <translation>&amp;Weekdays</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="179"/>
        <source>&amp;Beskrivning</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="193"/>
        <source>Första månaden, eller hela året</source>
        <translation>First month, or the whole year</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="196"/>
        <source>Låst mål</source>
        <translation>Locked target</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="202"/>
        <source>Perioden %1 är låst efter uppföljning: målet och vilka aktivitetstyper som räknas kan inte ändras förrän den låses upp.</source>
        <translation>The period %1 is locked after follow-up: the target and which activity types count cannot change until it is unlocked.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/promise_dialog.py" line="211"/>
        <source>Aktiviteter av de valda typerna räknas mot målet. Med månader och veckodagar räknas bara aktiviteter inom dem (t.ex. torsdagar och söndagar januari–april); utan valda veckodagar räknas alla dagar. Ändringen sparas i historiken och följer med synkpaketen.</source>
        <translation>Activities of the chosen types count towards the target. With months and weekdays, only activities within them count (e.g. Thursdays and Sundays January–April); with no weekday chosen, every day counts. The change is kept in the history and travels in sync packages.</translation>
    </message>
</context>
<context>
    <name>PromisesPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="152"/>
        <source> · gäller i dag</source>
        <translation> · in force today</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="159"/>
        <source>%1 · %2 – %3 · Parter: %4</source>
        <translation>%1 · %2 – %3 · Parties: %4</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="271"/>
        <source>fokusområdet %1</source>
        <translation>the focus area %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="271"/>
        <source>löftet %1</source>
        <translation>the promise %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="274"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="276"/>
        <source>Ta bort %1 ur medborgarlöftet? Ändringen sparas i historiken och följer med synkpaketen.</source>
        <translation>Remove %1 from the agreement? The change is kept in the history and travels in sync packages.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="288"/>
        <source>Kan inte tas bort</source>
        <translation>Cannot be removed</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="348"/>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="349"/>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="468"/>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="350"/>
        <source>Räknas från</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="353"/>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="375"/>
        <source>inga värden</source>
        <translation>no values</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="412"/>
        <source>Sparat: %1 för %2.</source>
        <translation>Saved: %1 for %2.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="422"/>
        <source>Inte sparat: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="425"/>
        <source>&amp;Medborgarlöfte</source>
        <translation>&amp;Agreement</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="426"/>
        <source>Medborgarlöfte att visa</source>
        <translation>Agreement to view</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="427"/>
        <source>&amp;Nytt medborgarlöfte…</source>
        <translation>&amp;New agreement…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="428"/>
        <source>Nytt medborgarlöfte</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="429"/>
        <source>&amp;Ändra medborgarlöftet…</source>
        <translation>&amp;Edit the agreement…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="431"/>
        <source>Ändra medborgarlöftets namn, parter, period och uppföljning</source>
        <translation>Edit the agreement&apos;s name, parties, period and follow-up</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="436"/>
        <source>Nytt &amp;fokusområde…</source>
        <translation>New &amp;focus area…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="437"/>
        <source>Nytt fokusområde</source>
        <translation>New focus area</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="439"/>
        <source>Nytt &amp;löfte…</source>
        <translation>New &amp;promise…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="439"/>
        <source>Nytt löfte</source>
        <translation>New promise</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="442"/>
        <source>Än&amp;dra valt…</source>
        <translation>E&amp;dit chosen…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="443"/>
        <source>Ändra det valda fokusområdet eller löftet</source>
        <translation>Edit the chosen focus area or promise</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="447"/>
        <source>&amp;Ta bort…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="448"/>
        <source>Ta bort det valda fokusområdet eller löftet</source>
        <translation>Remove the chosen focus area or promise</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="452"/>
        <source>Ändra utgångsläge och &amp;mål…</source>
        <translation>Edit baseline and &amp;target…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="453"/>
        <source>Ändra indikatorns utgångsläge och mål</source>
        <translation>Edit the indicator&apos;s baseline and target</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="459"/>
        <source>Medborgarlöftets period och parter</source>
        <translation>The agreement&apos;s period and parties</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="461"/>
        <source>Fokusområden och löften</source>
        <translation>Focus areas and promises</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="462"/>
        <source>Löftets innehåll</source>
        <translation>The promise</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="463"/>
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="466"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="467"/>
        <source>Utgångsläge</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="469"/>
        <source>Värden per år</source>
        <translation>Values by year</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="472"/>
        <source>Indikatorernas värden</source>
        <translation>Indicator values</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="474"/>
        <source>&amp;Indikator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="475"/>
        <source>&amp;År</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="476"/>
        <source>&amp;Värde</source>
        <translation>&amp;Value</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="477"/>
        <source>&amp;Kommentar</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="487"/>
        <source>&amp;Spara värde</source>
        <translation>&amp;Save value</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="488"/>
        <source>Spara indikatorvärdet</source>
        <translation>Save the indicator value</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="131"/>
        <source>Publicera %1</source>
        <translation>Publish %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="134"/>
        <source>Välj vad som ska publiceras, och sedan en mapp. Allt görs från samma uppföljning, med kommentarerna.</source>
        <translation>Choose what to publish, then a folder. Everything is made from the same follow-up, with the comments.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="140"/>
        <source>&amp;Tillgänglig PDF (PDF/UA) för kommunstyrelsen</source>
        <translation>&amp;Accessible PDF (PDF/UA) for the municipal board</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="141"/>
        <source>&amp;Webbsida för invånarna</source>
        <translation>&amp;Web page for residents</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="142"/>
        <source>&amp;Bilder för sociala medier, med alternativtext</source>
        <translation>&amp;Social-media images, with alt text</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="143"/>
        <source>Ö&amp;ppna data (CSV och JSON)</source>
        <translation>O&amp;pen data (CSV and JSON)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="158"/>
        <source>Välj &amp;mapp och publicera…</source>
        <translation>Choose &amp;folder and publish…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="173"/>
        <source>Publicera</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="173"/>
        <source>Välj minst en sak att publicera.</source>
        <translation>Choose at least one thing to publish.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="176"/>
        <source>Välj mapp att publicera i</source>
        <translation>Choose a folder to publish in</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="186"/>
        <source>Publicerar …</source>
        <translation>Publishing …</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="197"/>
        <source>%1 filer skrevs i %2.</source>
        <translation>%1 files were written in %2.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/publish_dialog.py" line="210"/>
        <source>Inget publicerades</source>
        <translation>Nothing was published</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="151"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="154"/>
        <source>Skapa en uppföljning av medborgarlöftena som PDF att lämna till kommunstyrelsen: löfte för löfte mot målen, vad varje part har gjort, indikatorer och aktiviteter per månad.</source>
        <translation>Create a PDF follow-up of the citizen promises to hand to the municipal executive board: each promise against its target, what each party did, indicators and activities per month.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="159"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="160"/>
        <source>P&amp;art:</source>
        <translation>P&amp;arty:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="161"/>
        <source>&amp;Bilaga med alla aktiviteter</source>
        <translation>&amp;Appendix with every activity</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="162"/>
        <source>Visa &amp;anteckningar i bilagan</source>
        <translation>Show &amp;notes in the appendix</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="163"/>
        <source>&amp;Skapa rapport</source>
        <translation>&amp;Create report</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="164"/>
        <source>Spara &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="165"/>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="166"/>
        <source>&amp;Kommentarer…</source>
        <translation>&amp;Comments…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="168"/>
        <source>Kommentar per löfte, sammanfattning och godkännande</source>
        <translation>Comment per promise, summary and approval</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="170"/>
        <source>P&amp;ublicera…</source>
        <translation>P&amp;ublish…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="172"/>
        <source>Tillgänglig PDF, webbsida, bilder och öppna data</source>
        <translation>Accessible PDF, web page, images and open data</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="174"/>
        <source>Siffror till E&amp;xcel…</source>
        <translation>Figures to E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="176"/>
        <source>Varje löfte mot målet för perioden, som en Excel-arbetsbok</source>
        <translation>Each promise against its target for the period, as an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="178"/>
        <source>Siffror till Excel</source>
        <translation>Figures to Excel</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="180"/>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="399"/>
        <source>Alla parter</source>
        <translation>All parties</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="182"/>
        <source>Välj period och tryck på Skapa rapport.</source>
        <translation>Choose a period and press Create report.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="217"/>
        <source>Skapar rapporten…</source>
        <translation>Creating the report…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="230"/>
        <source>Spara rapporten</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="230"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="240"/>
        <source>Kunde inte spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="241"/>
        <source>Rapporten kunde inte sparas: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="246"/>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="278"/>
        <source>Sparad: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="265"/>
        <source>Spara siffrorna</source>
        <translation>Save the figures</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="267"/>
        <source>Excel-arbetsböcker (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="344"/>
        <source>Rapporten är klar: %1 sidor. Granska den och spara eller skriv ut.</source>
        <translation>The report is ready: %1 pages. Review it, then save or print it.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="364"/>
        <source>Rapporten kunde inte skapas: %1</source>
        <translation>The report could not be created: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="366"/>
        <source>Rapporten kunde inte skapas</source>
        <translation>The report could not be created</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="373"/>
        <source>Inställningarna har ändrats: skapa rapporten igen.</source>
        <translation>The options have changed: create the report again.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="137"/>
        <source>Vald databas vid nästa start: %1</source>
        <translation>Database chosen for the next start: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="152"/>
        <source>Sparat.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="189"/>
        <source>Rad %1: skriv datum som ÅÅÅÅ-MM-DD.</source>
        <translation>Row %1: write dates as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="204"/>
        <source>Terminerna är sparade.</source>
        <translation>The terms are saved.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="211"/>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="231"/>
        <source>Inte sparat: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="221"/>
        <source>Välj databasfil</source>
        <translation>Choose database file</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="223"/>
        <source>Löfte-databas (*.sqlite *.db);;Alla filer (*)</source>
        <translation>Löfte database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="236"/>
        <source>Sparat. Programmet använder %1 från nästa start; starta om Löfte Desktop för att byta. Finns filen inte skapas en ny, tom databas.</source>
        <translation>Saved. The program uses %1 from the next start; restart Löfte Desktop to switch. If the file does not exist, a new, empty database is created.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="243"/>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="244"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="245"/>
        <source>&amp;Part:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="246"/>
        <source>Ditt namn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="247"/>
        <source>Din part</source>
        <translation>Your party</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="248"/>
        <source>Spara &amp;användare</source>
        <translation>Save &amp;user</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="249"/>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="251"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="250"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="252"/>
        <source>Terminer</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="255"/>
        <source>Skolans terminsdatum i kommunen. De avgör hur mycket tid som är kvar för skolbesök; rapportterminerna (VT/HT) delar alltid året.</source>
        <translation>The schools&apos; term dates in the municipality. They decide how much time is left for school visits; the reporting terms (spring/autumn) always split the year.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="260"/>
        <source>Termin</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="260"/>
        <source>Första dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="260"/>
        <source>Sista dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="262"/>
        <source>Terminsdatum</source>
        <translation>Term dates</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="265"/>
        <source>Inga terminsdatum är angivna ännu. Till dess räknas tiden som är kvar till rapportterminens slut. Lägg till en rad per termin, t.ex. HT2024, 2024-08-19, 2024-12-20.</source>
        <translation>No term dates yet. Until there are, the time left is counted to the end of the reporting term. Add one row per term, e.g. HT2024, 2024-08-19, 2024-12-20.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="270"/>
        <source>&amp;Lägg till termin</source>
        <translation>&amp;Add term</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="271"/>
        <source>Ta &amp;bort termin</source>
        <translation>&amp;Remove term</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="272"/>
        <source>Spara &amp;terminer</source>
        <translation>Save &amp;terms</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="273"/>
        <source>Databas</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="274"/>
        <source>Databasens sökväg</source>
        <translation>Database path</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="275"/>
        <source>&amp;Välj en annan…</source>
        <translation>&amp;Choose another…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="276"/>
        <source>Säkerhets&amp;kopior…</source>
        <translation>&amp;Backups…</translation>
    </message>
</context>
<context>
    <name>SharedStoreBox</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="65"/>
        <source>Skriv den gemensamma databasens adress.</source>
        <translation>Type the shared database&apos;s address.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="68"/>
        <source>Ansluter …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="79"/>
        <source>Ansluten till %1 (%2). Programmet använder den gemensamma databasen från nästa start.</source>
        <translation>Connected to %1 (%2). The program uses the shared database from the next start.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="88"/>
        <source>Inte ansluten: %1</source>
        <translation>Not connected: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="94"/>
        <source>Programmet använder den lokala databasfilen från nästa start.</source>
        <translation>The program uses the local database file from the next start.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="98"/>
        <source>Gemensam databas (PostgreSQL)</source>
        <translation>Shared database (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="101"/>
        <source>För ett team som delar en databas på en server. Lösenordet sparas i datorns nyckelring, aldrig i inställningarna. Fältdatorer fortsätter med sin lokala fil och synkpaket.</source>
        <translation>For a team that shares a database on a server. The password is kept in the computer&apos;s keyring, never in the settings. Field laptops go on with their local file and sync packages.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="106"/>
        <source>&amp;Adress:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="107"/>
        <source>&amp;Lösenord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="108"/>
        <source>Den gemensamma databasens adress</source>
        <translation>The shared database&apos;s address</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="109"/>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="110"/>
        <source>A&amp;nslut</source>
        <translation>Co&amp;nnect</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="111"/>
        <source>Använd &amp;lokal fil</source>
        <translation>Use &amp;local file</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="131"/>
        <source>%1

Öppna den lokala databasen (%2) i stället? Det du loggar där skickar du till den gemensamma databasen med synkpaket när den går att nå igen.</source>
        <translation>%1

Open the local database (%2) instead? What you log there you send to the shared database with sync packages when it can be reached again.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="136"/>
        <source>Den gemensamma databasen går inte att nå</source>
        <translation>The shared database cannot be reached</translation>
    </message>
</context>
<context>
    <name>StartChecks</name>
    <message>
        <location filename="../../lofte_desktop/ui/start_checks.py" line="31"/>
        <source>Databasen är skadad</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/start_checks.py" line="37"/>
        <source>Det finns ingen säkerhetskopia i %1. Databasen öppnas inte, så att inget mer går förlorat.</source>
        <translation>There is no backup in %1. The database is not opened, so that nothing more is lost.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/start_checks.py" line="45"/>
        <source>Databasen går inte att läsa och öppnas inte, så att inget mer går förlorat.

Vill du återställa den senaste säkerhetskopian, från %1? Den skadade filen sparas undan bredvid.</source>
        <translation>The database cannot be read and is not opened, so that nothing more is lost.

Restore the latest backup, from %1? The damaged file is kept aside next to it.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/start_checks.py" line="59"/>
        <source>Återställd</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/start_checks.py" line="60"/>
        <source>Säkerhetskopian från %1 är återställd.</source>
        <translation>The backup from %1 has been restored.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/start_checks.py" line="72"/>
        <source>Databasen ligger på en nätverksdelning</source>
        <translation>The database is on a network share</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="140"/>
        <source>Synk</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="141"/>
        <source>Välj &amp;synkmapp…</source>
        <translation>Choose &amp;sync folder…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="142"/>
        <source>&amp;Exportera paket…</source>
        <translation>&amp;Export package…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="143"/>
        <source>&amp;Importera paket…</source>
        <translation>&amp;Import package…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="144"/>
        <source>Importera från synk&amp;mappen</source>
        <translation>Import from the sync &amp;folder</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="145"/>
        <source>Behåll &amp;min</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="146"/>
        <source>Behåll &amp;deras</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="148"/>
        <source>Din version står kvar och den andra enhetens ändring av posten kastas.</source>
        <translation>Your version stays and the other device&apos;s change to the record is dropped.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="151"/>
        <source>Den andra enhetens version ersätter din, och din ändring av posten kastas.</source>
        <translation>The other device&apos;s version replaces yours, and your change to the record is dropped.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="159"/>
        <source>En konflikt är en post som ändrats både här och på en annan enhet sedan ni senast synkade. Välj en rad och bestäm vilken version som gäller. Behåll min: %1 Behåll deras: %2 Valet skickas med i nästa paket, så att båda enheterna får samma.</source>
        <translation>A conflict is a record changed both here and on another device since you last synced. Choose a row and decide which version holds. Keep mine: %1 Keep theirs: %2 The choice goes with the next package, so both devices end up the same.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="169"/>
        <source>&lt;b&gt;Fingeravtryck&lt;/b&gt; är en kort kod som räknas fram ur enhetens hemliga nyckel. Den som tar emot ett paket från en ny enhet ser samma kod: läs upp den för varandra per telefon eller på plats. Stämmer den, kommer paketen verkligen från den enheten.&lt;br&gt;&lt;b&gt;Ej skickade ändringar&lt;/b&gt; är det som loggats eller ändrats här sedan du senast exporterade ett paket. Det följer med i nästa export.</source>
        <translation>&lt;b&gt;Fingerprint&lt;/b&gt;: a short code worked out from the device&apos;s secret key. Whoever receives a package from a new device sees the same code: read it out to each other by phone or in person. If it matches, the packages really come from that device.&lt;br&gt;&lt;b&gt;Unsent changes&lt;/b&gt;: what was logged or changed here since you last exported a package. It goes with the next export.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="179"/>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="180"/>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="181"/>
        <source>Min version</source>
        <translation>My version</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="182"/>
        <source>Deras version</source>
        <translation>Their version</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="187"/>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="198"/>
        <source>Enhet</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="188"/>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="189"/>
        <source>Betrodd</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="190"/>
        <source>Senast sedd</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="191"/>
        <source>Fingeravtryck</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="196"/>
        <source>Tidpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="197"/>
        <source>Riktning</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="199"/>
        <source>Poster</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="200"/>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="205"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="206"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="207"/>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="208"/>
        <source>Timmar</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="209"/>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="297"/>
        <source>Synkstatus</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="234"/>
        <source>Den här enheten: %1. Fingeravtryck: %2. Ej skickade ändringar: %3.</source>
        <translation>This device: %1. Fingerprint: %2. Changes not yet sent: %3.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="241"/>
        <source>Synkmapp: %1</source>
        <translation>Sync folder: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="241"/>
        <source>ingen vald</source>
        <translation>none chosen</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="244"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="244"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="249"/>
        <source> (den här)</source>
        <translation> (this one)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="259"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="259"/>
        <source>ut</source>
        <translation>out</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="268"/>
        <source>alla</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="276"/>
        <source>ändrad på båda</source>
        <translation>changed on both</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="277"/>
        <source>låst period</source>
        <translation>locked period</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="286"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="293"/>
        <source>Konflikter (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="295"/>
        <source>Enheter</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="296"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="299"/>
        <source>Ej skickad</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="300"/>
        <source>Skickad</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="301"/>
        <source>Mottagen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="312"/>
        <source> (borttagen)</source>
        <translation> (deleted)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="354"/>
        <source>Skrev %1 till %2.</source>
        <translation>Wrote %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="333"/>
        <source>Välj synkmapp (USB-minne eller delad mapp)</source>
        <translation>Choose the sync folder (USB stick or shared folder)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="343"/>
        <source>Exportera synkpaket</source>
        <translation>Export sync package</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="347"/>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="368"/>
        <source>Synkpaket (*.loftesync)</source>
        <translation>Sync packages (*.loftesync)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="360"/>
        <source>Exporterat</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="366"/>
        <source>Importera synkpaket</source>
        <translation>Import sync package</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="393"/>
        <source>Ny enhet</source>
        <translation>New device</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="395"/>
        <source>Paketet kommer från en enhet du inte har tagit emot något från förut:

%1 (%2)

Fingeravtryck:
%3

Jämför fingeravtrycket med avsändaren (per telefon eller på plats) innan du litar på enheten. Lita på enheten och importera?</source>
        <translation>The package comes from a device you have not received anything from before:

%1 (%2)

Fingerprint:
%3

Compare the fingerprint with the sender (by phone or in person) before you trust the device. Trust the device and import?</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="407"/>
        <source>Paketet var redan importerat; inget ändrades.</source>
        <translation>The package was already imported; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="409"/>
        <source>Paketet kommer från den här enheten; inget att importera.</source>
        <translation>The package comes from this device; nothing to import.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="412"/>
        <source>Importerat</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="436"/>
        <source>Synkmappen</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="285"/>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../lofte_desktop/ui/main.py" line="121"/>
        <source>Databasen kan inte öppnas</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main.py" line="179"/>
        <source>Inget medborgarlöfte</source>
        <translation>No citizen promise</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main.py" line="180"/>
        <source>Databasen har inget medborgarlöfte ännu. Läsa in Krokoms medborgarlöfte 2023–2024?</source>
        <translation>The database has no citizen promise yet. Load Krokom&apos;s citizen promises 2023–2024?</translation>
    </message>
</context>
</TS>
