<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="168"/>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="198"/>
        <source>Inget medborgarlöfte inläst.</source>
        <translation>No agreement loaded.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="242"/>
        <source>Räknar …</source>
        <translation>Counting …</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="266"/>
        <source>Ändringen är sparad.</source>
        <translation>The change is saved.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="281"/>
        <source>Aktiviteten togs bort. Ångra med Ctrl+Z.</source>
        <translation>The activity was deleted. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="297"/>
        <source>Borttagningen är ångrad.</source>
        <translation>The deletion is undone.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="306"/>
        <source>Exportera aktiviteter</source>
        <translation>Export activities</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="308"/>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="318"/>
        <source>Exporterade %1 till %2.</source>
        <translation>Exported %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="326"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="327"/>
        <source>T&amp;yp</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="328"/>
        <source>Lö&amp;fte</source>
        <translation>Pro&amp;mise</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="329"/>
        <source>P&amp;art</source>
        <translation>P&amp;arty</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="330"/>
        <source>P&amp;lats</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="331"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="332"/>
        <source>Sö&amp;k i anteckningar</source>
        <translation>Sear&amp;ch notes</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="339"/>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="340"/>
        <source>&amp;Ny (Ctrl+N)</source>
        <translation>&amp;New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="341"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="342"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="343"/>
        <source>Å&amp;ngra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/activities_page.py" line="345"/>
        <source>&amp;Exportera CSV</source>
        <translation>E&amp;xport CSV</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="244"/>
        <source>Anteckningen innehåller något som ser ut som ett personnummer (%1). Ta bort det: loggen får inte innehålla personnummer eller namn på invånare. Det går inte att spara förrän det är borta.</source>
        <translation>The note contains what looks like a personal identity number (%1). Remove it: the log must not hold residents&apos; identity numbers or names. Saving is blocked until it is gone.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="282"/>
        <source>&amp;Typ</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="283"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="284"/>
        <source>&amp;Part</source>
        <translation>&amp;Party</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="285"/>
        <source>P&amp;lats</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="286"/>
        <source>&amp;Timmar</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="287"/>
        <source>&amp;Antal</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="288"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="289"/>
        <source>Start&amp;tid</source>
        <translation>Start &amp;time</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="290"/>
        <source>Lö&amp;ften</source>
        <translation>Pro&amp;mises</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="291"/>
        <source>A&amp;nteckning</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="304"/>
        <source>t.ex. 2,5</source>
        <translation>e.g. 2.5</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="305"/>
        <source>TT:MM, t.ex. 18:30</source>
        <translation>HH:MM, e.g. 18:30</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="307"/>
        <source>Vad gjordes? Inga namn eller personnummer på invånare.</source>
        <translation>What was done? No residents&apos; names or identity numbers.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/activity_form.py" line="310"/>
        <source>Fetstil: löften som typen räknas mot. Mellanslag kryssar i.</source>
        <translation>Bold: promises this type counts towards. Space ticks a box.</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="27"/>
        <source>Datum</source>
        <extracomment>(sort key, Swedish header); the sort keys are domain.query.SORT_KEYS.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="28"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="29"/>
        <source>Löften</source>
        <translation>Promises</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="30"/>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="31"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="32"/>
        <source>Timmar</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="33"/>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="35"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/models/activity_table.py" line="36"/>
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
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="122"/>
        <source>Ställ in tillfälle</source>
        <translation>Cancel occasion</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="124"/>
        <source>t.ex. skolan stängd, sjukdom</source>
        <translation>e.g. school closed, illness</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="126"/>
        <source>&amp;Orsak:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="132"/>
        <source>Orsak</source>
        <translation>Reason</translation>
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
        <location filename="../../lofte_desktop/ui/context.py" line="259"/>
        <source>Det gick inte</source>
        <extracomment>Emitted by the main window after a language switch (no service event). The services are open (after a quick start&apos;s first paint).</extracomment>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/context.py" line="264"/>
        <source>Ett fel uppstod</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/context.py" line="265"/>
        <source>Åtgärden kunde inte slutföras: %1</source>
        <translation>The action could not be completed: %1</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="68"/>
        <source>Markera som genomförd</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="75"/>
        <source>antal, t.ex. 25</source>
        <translation>number, e.g. 25</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="80"/>
        <source>&amp;Timmar:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="80"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="82"/>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="89"/>
        <source>Timmar</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_done.py" line="91"/>
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
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="40"/>
        <source>Redigera aktivitet</source>
        <extracomment>Audit-log column names → the field names forms use.</extracomment>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="44"/>
        <source>Ändringshistorik</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="59"/>
        <source>&amp;Historik:</source>
        <translation>&amp;History:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/edit_activity_dialog.py" line="129"/>
        <source>Ändringen sparades inte: %1</source>
        <translation>The change was not saved: %1</translation>
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
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/first_start_dialog.py" line="57"/>
        <source>Skriv ditt namn.</source>
        <translation>Enter your name.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="115"/>
        <source>Inte sparat: det finns inget medborgarlöfte att logga mot. Läs in ett med knappen överst i fönstret.</source>
        <translation>Not saved: there is no agreement to log against. Load one with the button at the top of the window.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="127"/>
        <source>Inte sparat: rätta det som är markerat.</source>
        <translation>Not saved: correct what is marked.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="143"/>
        <source>Sparat: %1 %2%3.</source>
        <translation>Saved: %1 %2%3.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="164"/>
        <source>Inte sparat: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="169"/>
        <source>Det gick inte att spara: %1. Det du skrev finns kvar i formuläret; försök igen.</source>
        <translation>Could not save: %1. What you typed is still in the form; try again.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="173"/>
        <source>Det gick inte att spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="222"/>
        <source>Logga en aktivitet</source>
        <translation>Log an activity</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="225"/>
        <source>Tab och Enter går till nästa fält; Enter i anteckningen sparar, liksom Ctrl+Enter var du än är i formuläret. Shift+Enter ger ny rad i anteckningen. Ctrl+N öppnar formuläret var du än är.</source>
        <translation>Tab and Enter go to the next field; Enter in the note saves, as does Ctrl+Enter anywhere in the form. Shift+Enter starts a new line in the note. Ctrl+N opens the form from anywhere.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="230"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="231"/>
        <source>Spara aktiviteten</source>
        <translation>Save the activity</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="232"/>
        <source>&amp;Rensa</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="233"/>
        <source>Rensa formuläret</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/log_page.py" line="234"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="77"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="78"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="79"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="80"/>
        <source>&amp;Ny aktivitet</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="81"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="84"/>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="85"/>
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="86"/>
        <source>&amp;Om Löfte Desktop</source>
        <translation>&amp;About Löfte Desktop</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="91"/>
        <source>Ctrl+N: logga en aktivitet (var du än är)</source>
        <translation>Ctrl+N: log an activity (from anywhere)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="93"/>
        <source>Ctrl+1–%1: gå till sidan med det numret i listan till vänster</source>
        <translation>Ctrl+1–%1: go to the page with that number in the list on the left</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="95"/>
        <source>F5: uppdatera sidan</source>
        <translation>F5: refresh the page</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="96"/>
        <source>Ctrl+Q: avsluta</source>
        <translation>Ctrl+Q: quit</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="97"/>
        <source>I Logga: Tab och Enter går till nästa fält, Ctrl+Enter sparar</source>
        <translation>In Log: Tab and Enter go to the next field, Ctrl+Enter saves</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="102"/>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="106"/>
        <source>Löfte Desktop %1

För arbetet med medborgarlöften: logga, planera, synka och följ upp. Fungerar utan nätverk.</source>
        <translation>Löfte Desktop %1

For the work on citizen promises: log, plan, sync and follow up. Works without a network.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_menu.py" line="111"/>
        <source>Om Löfte Desktop</source>
        <translation>About Löfte Desktop</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lofte_desktop/ui/main_window.py" line="188"/>
        <source>Sidor</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main_window.py" line="189"/>
        <source>Sidinnehåll</source>
        <translation>Page content</translation>
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
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="201"/>
        <source>Räknar fram läget …</source>
        <extracomment>How long after a change the figures are counted again in the background. The figures for the chosen period are on screen.</extracomment>
        <translation>Working out the figures …</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="254"/>
        <source>Visa aktiviteterna för %1</source>
        <translation>Show the activities for %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="256"/>
        <source>Visa aktiviteterna för löfte %1</source>
        <translation>Show the activities for promise %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="275"/>
        <source>Framsteg för löfte %1</source>
        <translation>Progress of promise %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="295"/>
        <source>Närvaro</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="298"/>
        <source>%1 timmar under %2, mot %3 timmar under %4.</source>
        <translation>%1 hours in %2, against %3 hours in %4.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="306"/>
        <source>Förändring: %1 %.</source>
        <translation>Change: %1 %.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="316"/>
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="319"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="320"/>
        <source>Utgångsläge</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="321"/>
        <source>Senaste värde</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="322"/>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="323"/>
        <source>Når målet</source>
        <translation>Meets target</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="340"/>
        <source>inget värde ännu</source>
        <translation>no value yet</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="343"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="344"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="360"/>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="361"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/overview_page.py" line="362"/>
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
    <name>PlanDialog</name>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="36"/>
        <source>Ingen (en gång)</source>
        <extracomment>Planning refusals about the series&apos; last day belong next to &quot;Till och med&quot;.</extracomment>
        <translation>None (once)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="37"/>
        <source>Varje vecka</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="38"/>
        <source>Varannan vecka</source>
        <translation>Every other week</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="39"/>
        <source>Samma veckodag varje månad</source>
        <translation>Same weekday every month</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="40"/>
        <source>Samma datum varje månad</source>
        <translation>Same date every month</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="41"/>
        <source>Varje vardag</source>
        <translation>Every weekday</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="78"/>
        <source>Ändra planering</source>
        <translation>Edit plan</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="78"/>
        <source>Ny planering</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="88"/>
        <source>TT:MM, t.ex. 18:30</source>
        <translation>HH:MM, e.g. 18:30</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="90"/>
        <source>t.ex. 1,5</source>
        <translation>e.g. 1.5</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="109"/>
        <source>Hoppa över skollov</source>
        <translation>Skip school holidays</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="112"/>
        <source>Kort anteckning, aldrig namn eller personnummer</source>
        <translation>Short note, never names or identity numbers</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="115"/>
        <source>Bara detta tillfälle</source>
        <translation>This occasion only</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="116"/>
        <source>Detta och följande tillfällen</source>
        <translation>This and following occasions</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="117"/>
        <source>Alla tillfällen i serien</source>
        <translation>All occasions in the series</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="125"/>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="126"/>
        <source>&amp;Löfte:</source>
        <translation>&amp;Promise:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="127"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="128"/>
        <source>&amp;Starttid:</source>
        <translation>&amp;Start time:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="129"/>
        <source>&amp;Längd:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="129"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="130"/>
        <source>&amp;Plats:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="131"/>
        <source>P&amp;art:</source>
        <translation>P&amp;arty:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="132"/>
        <source>&amp;Upprepa:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="133"/>
        <source>&amp;Till och med:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="141"/>
        <source>A&amp;nteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="144"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="145"/>
        <source>Längd i timmar</source>
        <translation>Length in hours</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/dialogs/planning_edit.py" line="147"/>
        <source>Ä&amp;ndra:</source>
        <translation>&amp;Change:</translation>
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
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="258"/>
        <source>Vecka %1, %2 – %3</source>
        <translation>Week %1, %2 – %3</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="296"/>
        <source>serie</source>
        <translation>series</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="323"/>
        <source>Inget medborgarlöfte</source>
        <translation>No agreement</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="358"/>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="412"/>
        <source>Hoppa över</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="359"/>
        <source>Hoppa över tillfället %1? Resten av serien finns kvar.</source>
        <translation>Skip the occasion on %1? The rest of the series stays.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="379"/>
        <source>Exportera kalender</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="381"/>
        <source>Kalenderfiler (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="393"/>
        <source>Kalender exporterad</source>
        <translation>Calendar exported</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="394"/>
        <source>%1 händelser skrevs till %2.</source>
        <translation>%1 events were written to %2.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="402"/>
        <source>Idag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="403"/>
        <source>Föregående</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="404"/>
        <source>Nästa</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="405"/>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="406"/>
        <source>Vecka</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="407"/>
        <source>Ny planering…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="408"/>
        <source>Exportera .ics…</source>
        <translation>Export .ics…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="409"/>
        <source>Markera genomförd…</source>
        <translation>Mark done…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="410"/>
        <source>Ställ in…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="411"/>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/planning_page.py" line="415"/>
        <source>Dubbelklicka på en dag för att planera. Dra ett tillfälle till en annan dag för att flytta just det tillfället.</source>
        <translation>Double-click a day to plan. Drag an occasion to another day to move just that occasion.</translation>
    </message>
</context>
<context>
    <name>PlanningPanel</name>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_panel.py" line="27"/>
        <source>Terminsplanering</source>
        <translation>Term planner</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_panel.py" line="32"/>
        <source>Försenade tillfällen</source>
        <translation>Overdue occasions</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_panel.py" line="37"/>
        <source>Dubbelbokningar</source>
        <translation>Double bookings</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_panel.py" line="62"/>
        <source>Terminsplanering %1</source>
        <translation>Term planner %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/widgets/planning_panel.py" line="73"/>
        <source>Inga löften med mål per termin.</source>
        <translation>No promises with a per-term target.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lofte_desktop/ui/widgets/planning_panel.py" line="74"/>
        <source>Försenade (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lofte_desktop/ui/widgets/planning_panel.py" line="84"/>
        <source>Dubbelbokningar (%n)</source>
        <translation>
            <numerusform>Double bookings (%n)</numerusform>
            <numerusform>Double bookings (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromisesPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="130"/>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="131"/>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="214"/>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="132"/>
        <source>Räknas från</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="135"/>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="157"/>
        <source>inga värden</source>
        <translation>no values</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="194"/>
        <source>Sparat: %1 för %2.</source>
        <translation>Saved: %1 for %2.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="204"/>
        <source>Inte sparat: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="207"/>
        <source>Fokusområden och löften</source>
        <translation>Focus areas and promises</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="208"/>
        <source>Löftets innehåll</source>
        <translation>The promise</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="209"/>
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="212"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="213"/>
        <source>Utgångsläge</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="215"/>
        <source>Värden per år</source>
        <translation>Values by year</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="218"/>
        <source>Indikatorernas värden</source>
        <translation>Indicator values</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="220"/>
        <source>&amp;Indikator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="221"/>
        <source>&amp;År</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="222"/>
        <source>&amp;Värde</source>
        <translation>&amp;Value</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="223"/>
        <source>&amp;Kommentar</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="233"/>
        <source>&amp;Spara värde</source>
        <translation>&amp;Save value</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/promises_page.py" line="234"/>
        <source>Spara indikatorvärdet</source>
        <translation>Save the indicator value</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="118"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="121"/>
        <source>Skapa en uppföljning av medborgarlöftena som PDF att lämna till kommunstyrelsen: löfte för löfte mot målen, vad varje part har gjort, indikatorer och aktiviteter per månad.</source>
        <translation>Create a PDF follow-up of the citizen promises to hand to the municipal executive board: each promise against its target, what each party did, indicators and activities per month.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="126"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="127"/>
        <source>P&amp;art:</source>
        <translation>P&amp;arty:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="128"/>
        <source>&amp;Bilaga med alla aktiviteter</source>
        <translation>&amp;Appendix with every activity</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="129"/>
        <source>Visa &amp;anteckningar i bilagan</source>
        <translation>Show &amp;notes in the appendix</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="130"/>
        <source>&amp;Skapa rapport</source>
        <translation>&amp;Create report</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="131"/>
        <source>Spara &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="132"/>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="134"/>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="302"/>
        <source>Alla parter</source>
        <translation>All parties</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="136"/>
        <source>Välj period och tryck på Skapa rapport.</source>
        <translation>Choose a period and press Create report.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="145"/>
        <source>Skapar rapporten…</source>
        <translation>Creating the report…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="158"/>
        <source>Spara rapporten</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="158"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="168"/>
        <source>Kunde inte spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="169"/>
        <source>Rapporten kunde inte sparas: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="174"/>
        <source>Sparad: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="247"/>
        <source>Rapporten är klar: %1 sidor. Granska den och spara eller skriv ut.</source>
        <translation>The report is ready: %1 pages. Review it, then save or print it.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="267"/>
        <source>Rapporten kunde inte skapas: %1</source>
        <translation>The report could not be created: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="269"/>
        <source>Rapporten kunde inte skapas</source>
        <translation>The report could not be created</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/report_page.py" line="276"/>
        <source>Inställningarna har ändrats: skapa rapporten igen.</source>
        <translation>The options have changed: create the report again.</translation>
    </message>
</context>
<context>
    <name>SafetyStart</name>
    <message>
        <location filename="../../lofte_desktop/ui/safety_start.py" line="31"/>
        <source>Databasen är skadad</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/safety_start.py" line="37"/>
        <source>Det finns ingen säkerhetskopia i %1. Databasen öppnas inte, så att inget mer går förlorat.</source>
        <translation>There is no backup in %1. The database is not opened, so that nothing more is lost.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/safety_start.py" line="45"/>
        <source>Databasen går inte att läsa och öppnas inte, så att inget mer går förlorat.

Vill du återställa den senaste säkerhetskopian, från %1? Den skadade filen sparas undan bredvid.</source>
        <translation>The database cannot be read and is not opened, so that nothing more is lost.

Restore the latest backup, from %1? The damaged file is kept aside next to it.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/safety_start.py" line="59"/>
        <source>Återställd</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/safety_start.py" line="60"/>
        <source>Säkerhetskopian från %1 är återställd.</source>
        <translation>The backup from %1 has been restored.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/safety_start.py" line="72"/>
        <source>Databasen ligger på en nätverksdelning</source>
        <translation>The database is on a network share</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="135"/>
        <source>Vald databas vid nästa start: %1</source>
        <translation>Database chosen for the next start: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="145"/>
        <source>Skriv ditt namn.</source>
        <translation>Enter your name.</translation>
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
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="233"/>
        <source>Sparat. Programmet använder %1 från nästa start; starta om Löfte Desktop för att byta. Finns filen inte skapas en ny, tom databas.</source>
        <translation>Saved. The program uses %1 from the next start; restart Löfte Desktop to switch. If the file does not exist, a new, empty database is created.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="239"/>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="240"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="241"/>
        <source>&amp;Part:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="242"/>
        <source>Ditt namn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="243"/>
        <source>Din part</source>
        <translation>Your party</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="244"/>
        <source>Spara &amp;användare</source>
        <translation>Save &amp;user</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="245"/>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="247"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="246"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="248"/>
        <source>Terminer</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="251"/>
        <source>Skolans terminsdatum i kommunen. De avgör hur mycket tid som är kvar för skolbesök; rapportterminerna (VT/HT) delar alltid året.</source>
        <translation>The schools&apos; term dates in the municipality. They decide how much time is left for school visits; the reporting terms (spring/autumn) always split the year.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="256"/>
        <source>Termin</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="256"/>
        <source>Första dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="256"/>
        <source>Sista dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="258"/>
        <source>Terminsdatum</source>
        <translation>Term dates</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="261"/>
        <source>Inga terminsdatum är angivna ännu. Till dess räknas tiden som är kvar till rapportterminens slut. Lägg till en rad per termin, t.ex. HT2024, 2024-08-19, 2024-12-20.</source>
        <translation>No term dates yet. Until there are, the time left is counted to the end of the reporting term. Add one row per term, e.g. HT2024, 2024-08-19, 2024-12-20.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="266"/>
        <source>&amp;Lägg till termin</source>
        <translation>&amp;Add term</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="267"/>
        <source>Ta &amp;bort termin</source>
        <translation>&amp;Remove term</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="268"/>
        <source>Spara &amp;terminer</source>
        <translation>Save &amp;terms</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="269"/>
        <source>Databas</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="270"/>
        <source>Databasens sökväg</source>
        <translation>Database path</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="271"/>
        <source>&amp;Välj en annan…</source>
        <translation>&amp;Choose another…</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/settings_page.py" line="272"/>
        <source>Säkerhets&amp;kopior…</source>
        <translation>&amp;Backups…</translation>
    </message>
</context>
<context>
    <name>SharedStoreBox</name>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="66"/>
        <source>Skriv den gemensamma databasens adress.</source>
        <translation>Type the shared database&apos;s address.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="69"/>
        <source>Ansluter …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="81"/>
        <source>Ansluten till %1 (%2). Programmet använder den gemensamma databasen från nästa start.</source>
        <translation>Connected to %1 (%2). The program uses the shared database from the next start.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="90"/>
        <source>Inte ansluten: %1</source>
        <translation>Not connected: %1</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="97"/>
        <source>Programmet använder den lokala databasfilen från nästa start.</source>
        <translation>The program uses the local database file from the next start.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="101"/>
        <source>Gemensam databas (PostgreSQL)</source>
        <translation>Shared database (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="104"/>
        <source>För ett team som delar en databas på en server. Lösenordet sparas i datorns nyckelring, aldrig i inställningarna. Fältdatorer fortsätter med sin lokala fil och synkpaket.</source>
        <translation>For a team that shares a database on a server. The password is kept in the computer&apos;s keyring, never in the settings. Field laptops go on with their local file and sync packages.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="109"/>
        <source>&amp;Adress:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="110"/>
        <source>&amp;Lösenord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="111"/>
        <source>Den gemensamma databasens adress</source>
        <translation>The shared database&apos;s address</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="112"/>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="113"/>
        <source>A&amp;nslut</source>
        <translation>Co&amp;nnect</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="114"/>
        <source>Använd &amp;lokal fil</source>
        <translation>Use &amp;local file</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="134"/>
        <source>%1

Öppna den lokala databasen (%2) i stället? Det du loggar där skickar du till den gemensamma databasen med synkpaket när den går att nå igen.</source>
        <translation>%1

Open the local database (%2) instead? What you log there you send to the shared database with sync packages when it can be reached again.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/shared_store_box.py" line="139"/>
        <source>Den gemensamma databasen går inte att nå</source>
        <translation>The shared database cannot be reached</translation>
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
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="293"/>
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
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="289"/>
        <source>Konflikter (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="291"/>
        <source>Enheter</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="292"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="295"/>
        <source>Ej skickad</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="296"/>
        <source>Skickad</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="297"/>
        <source>Mottagen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="308"/>
        <source> (borttagen)</source>
        <translation> (deleted)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="351"/>
        <source>Skrev %1 till %2.</source>
        <translation>Wrote %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="329"/>
        <source>Välj synkmapp (USB-minne eller delad mapp)</source>
        <translation>Choose the sync folder (USB stick or shared folder)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="339"/>
        <source>Exportera synkpaket</source>
        <translation>Export sync package</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="343"/>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="361"/>
        <source>Synkpaket (*.loftesync)</source>
        <translation>Sync packages (*.loftesync)</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="350"/>
        <source>Exporterat</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="359"/>
        <source>Importera synkpaket</source>
        <translation>Import sync package</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="386"/>
        <source>Ny enhet</source>
        <translation>New device</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="388"/>
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
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="400"/>
        <source>Paketet var redan importerat; inget ändrades.</source>
        <translation>The package was already imported; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="402"/>
        <source>Paketet kommer från den här enheten; inget att importera.</source>
        <translation>The package comes from this device; nothing to import.</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="405"/>
        <source>Importerat</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="429"/>
        <source>Synkmappen</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/pages/sync_page.py" line="284"/>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../lofte_desktop/ui/main.py" line="105"/>
        <location filename="../../lofte_desktop/ui/main.py" line="218"/>
        <source>Databasen kan inte öppnas</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main.py" line="234"/>
        <source>Inget medborgarlöfte</source>
        <translation>No citizen promise</translation>
    </message>
    <message>
        <location filename="../../lofte_desktop/ui/main.py" line="235"/>
        <source>Databasen har inget medborgarlöfte ännu. Läsa in Krokoms medborgarlöfte 2023–2024?</source>
        <translation>The database has no citizen promise yet. Load Krokom&apos;s citizen promises 2023–2024?</translation>
    </message>
</context>
</TS>
