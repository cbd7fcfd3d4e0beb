<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/mainwindow/filedialogs.cpp" line="+28"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../ui/layouteditor/layoutcommands.cpp" line="+46"/>
        <source>Delete %n seat(s)</source>
        <translation>
            <numerusform>%n Platz löschen</numerusform>
            <numerusform>%n Plätze löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeatMap</name>
    <message>
        <location filename="../ui/seatmap/seatmapdecorations.cpp" line="+62"/>
        <source>STAGE</source>
        <translation>BÜHNE</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: sold out</source>
        <translation>%1: ausverkauft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 left</source>
        <translation>%1: noch %2</translation>
    </message>
    <message>
        <location filename="../ui/seatmap/seatmappalette.cpp" line="+65"/>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by you</source>
        <translation>Von Ihnen reserviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by someone else</source>
        <translation>Von anderen reserviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>tessera</name>
    <message>
        <location filename="../app/tessera_main.cpp" line="+126"/>
        <source>Connected to %1 as %2.</source>
        <translation>Mit %1 als %2 verbunden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+30"/>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Created the demo events.</source>
        <translation>Die Demo-Veranstaltungen wurden angelegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the database %1:
%2</source>
        <translation>Die Datenbank %1 lässt sich nicht öffnen:
%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open another file…</source>
        <translation>Andere Datei öffnen …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a Tessera database</source>
        <translation>Tessera-Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tessera databases (*.db)</source>
        <translation>Tessera-Datenbanken (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/admin/eventlayout.cpp" line="+36"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stalls</source>
        <translation>Parkett</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Stehplätze</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Theatre Royal (1,512 seats, 150 standing)</source>
        <translation>Theatre Royal (1.512 Sitzplätze, 150 Stehplätze)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City Arena (19,200 seats, 2,000 standing)</source>
        <translation>City Arena (19.200 Sitzplätze, 2.000 Stehplätze)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National Stadium (99,120 seats)</source>
        <translation>National Stadium (99.120 Sitzplätze)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/simulation/simulationexport.cpp" line="+24"/>
        <location line="+33"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>tessera::AboutDialog</name>
    <message>
        <location filename="../ui/mainwindow/aboutdialog.cpp" line="+12"/>
        <source>About Tessera</source>
        <translation>Über Tessera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h2&gt;Tessera %1&lt;/h2&gt;&lt;p&gt;A desktop box office: sell seats from a live seat map, standing places by quantity, and keep every sale safe in the database.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3 and libqrencode.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tessera %1&lt;/h2&gt;&lt;p&gt;Eine Theaterkasse für den Desktop: Sitzplätze aus einem Live-Saalplan verkaufen, Stehplätze nach Anzahl, und jeden Verkauf sicher in der Datenbank speichern.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3 und libqrencode.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tessera::AdminWindows</name>
    <message>
        <location filename="../ui/admin/adminwindows.cpp" line="+29"/>
        <source>&amp;Admin</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Events…</source>
        <translation>&amp;Veranstaltungen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create, edit, duplicate and delete events</source>
        <translation>Veranstaltungen anlegen, bearbeiten, duplizieren und löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Waiting room…</source>
        <translation>&amp;Warteraum …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue settings, the waiting line, admissions and sessions</source>
        <translation>Warteschlangen-Einstellungen, Warteliste, Einlässe und Sitzungen</translation>
    </message>
</context>
<context>
    <name>tessera::CategoryModel</name>
    <message>
        <location filename="../ui/layouteditor/categorymodel.cpp" line="+62"/>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A price category needs a name; %1 keeps its name.</source>
        <translation>Eine Preiskategorie braucht einen Namen; %1 behält ihren Namen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a colour: write it as #rrggbb, like #0d9488.</source>
        <translation>%1 ist keine Farbe: Schreiben Sie sie als #rrggbb, z. B. #0d9488.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter a price of 0 or more, like %1; %2 keeps its price.</source>
        <translation>Geben Sie einen Preis von 0 oder mehr ein, z. B. %1; %2 behält ihren Preis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit category %1</source>
        <translation>Kategorie %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add category %1</source>
        <translation>Kategorie %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove category %1</source>
        <translation>Kategorie %1 entfernen</translation>
    </message>
</context>
<context>
    <name>tessera::ConnectDialog</name>
    <message>
        <location filename="../ui/mainwindow/connectdialog.cpp" line="+32"/>
        <source>&amp;Remember server</source>
        <translation>Server &amp;merken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tessera-server to sell from: http:// or https://, host and port</source>
        <translation>Der tessera-server, über den verkauft wird: http:// oder https://, Host und Port</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your clerk or admin account on the server</source>
        <translation>Ihr Kassen- oder Verwaltungskonto auf dem Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not stored: asked at every connection</source>
        <translation>Wird nicht gespeichert: bei jeder Verbindung abgefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the server and the user (never the password) for next time</source>
        <translation>Server und Benutzer (nie das Passwort) für das nächste Mal merken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole window then works on the server: seat maps follow it live.</source>
        <translation>Das ganze Fenster arbeitet dann auf dem Server: Saalpläne folgen ihm live.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ConnectionIndicator</name>
    <message>
        <location filename="../ui/mainwindow/connectionindicator.cpp" line="+27"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting to %1…</source>
        <translation>Verbinde erneut mit %1 …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>tessera::DemoData</name>
    <message>
        <location filename="../core/layout/demodata.cpp" line="+58"/>
        <source>Creating %1 (%2 seats)</source>
        <translation>%1 wird angelegt (%2 Plätze)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo data ready</source>
        <translation>Demodaten bereit</translation>
    </message>
</context>
<context>
    <name>tessera::EventDialog</name>
    <message>
        <location filename="../ui/admin/eventdialog.cpp" line="+93"/>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Hamlet</source>
        <translation>z. B. Hamlet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown to customers and on the tickets</source>
        <translation>Sichtbar für Kunden und auf den Tickets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Theatre Royal</source>
        <translation>z. B. Theatre Royal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the event takes place: printed on every ticket</source>
        <translation>Wo die Veranstaltung stattfindet: wird auf jedes Ticket gedruckt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Spielstätte:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numbered seats, standing places only, or both</source>
        <translation>Nummerierte Sitzplätze, nur Stehplätze oder beides</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inactive and sold-out events cannot be sold</source>
        <translation>Inaktive und ausverkaufte Veranstaltungen können nicht verkauft werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open sales at</source>
        <translation>Verkauf ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchecked: sales open as soon as the event is on sale</source>
        <translation>Ohne Haken: Der Verkauf beginnt, sobald die Veranstaltung im Verkauf ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sales:</source>
        <translation>Verkauf:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long held seats wait for the sale before they are released</source>
        <translation>Wie lange reservierte Plätze auf den Verkauf warten, bevor sie freigegeben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold time:</source>
        <translation>Reservierungsdauer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(1 minute)</source>
        <translation>(1 Minute)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 minutes)</source>
        <translation>(%1 Minuten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 min %2 s)</source>
        <translation>(%1 min %2 s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seating plan</source>
        <translation>Saalplan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The type follows the seating plan, which the layout editor changes</source>
        <translation>Die Art richtet sich nach dem Saalplan, den der Saalplan-Editor ändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create event</source>
        <translation>Veranstaltung anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Enter the event&apos;s name.</source>
        <translation>Geben Sie den Namen der Veranstaltung ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Der Name ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another event is called %1: choose a name that tells them apart.</source>
        <translation>Eine andere Veranstaltung heißt bereits %1: Wählen Sie einen Namen, der sie unterscheidet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the venue: it is printed on the tickets.</source>
        <translation>Geben Sie die Spielstätte ein: Sie wird auf die Tickets gedruckt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event must end after it starts.</source>
        <translation>Die Veranstaltung muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event would start in the past.</source>
        <translation>Die Veranstaltung würde in der Vergangenheit beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales must open before the event ends.</source>
        <translation>Der Verkauf muss vor dem Ende der Veranstaltung beginnen.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing the seating plan…</source>
        <translation>Saalplan wird vorbereitet …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt …</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Move %1?</source>
        <translation>%1 verschieben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Tickets of %1 are sold for %2: %3.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Für %1 am %2 sind Tickets verkauft: %3.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tickets keep their places. Their holders need to hear of the new time: %1 to %2.</source>
        <translation>Die Tickets behalten ihre Plätze. Die Ticketinhaber müssen die neue Zeit erfahren: %1 bis %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the event</source>
        <translation>Veranstaltung verschieben</translation>
    </message>
</context>
<context>
    <name>tessera::EventListModel</name>
    <message>
        <location filename="../ui/mainwindow/eventlistmodel.cpp" line="+53"/>
        <source>ended</source>
        <translation>vorbei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not on sale</source>
        <translation>nicht im Verkauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sold out</source>
        <translation>ausverkauft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 left</source>
        <translation>%1 von %2 frei</translation>
    </message>
</context>
<context>
    <name>tessera::EventPicker</name>
    <message>
        <location filename="../ui/mainwindow/eventpicker.cpp" line="+123"/>
        <source>Search by name, venue or date</source>
        <translation>Nach Name, Spielstätte oder Datum suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type words of an event&apos;s name, its venue or its date, in any order: &quot;dec 8&quot; (Ctrl+K)</source>
        <translation>Wörter aus Name, Spielstätte oder Datum einer Veranstaltung eingeben, in beliebiger Reihenfolge: „8 dez“ (Strg+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the events that are over too, to look at their seat maps. Their tickets can no longer be sold.</source>
        <translation>Auch vergangene Veranstaltungen anzeigen, um ihre Saalpläne anzusehen. Ihre Tickets können nicht mehr verkauft werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Veranstaltungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Show ended events</source>
        <translation>Vergangene Veranstaltungen zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show ended events (%1)</source>
        <translation>Vergangene Veranstaltungen zeigen (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No event matches “%1”.</source>
        <translation>Keine Veranstaltung passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick “Show ended events” to search those too.</source>
        <translation>„Vergangene Veranstaltungen zeigen“ ankreuzen, um auch diese zu durchsuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No events yet. Admin &gt; Events creates one.</source>
        <translation>Noch keine Veranstaltungen. Verwaltung &gt; Veranstaltungen legt eine an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every event has ended.</source>
        <translation>Alle Veranstaltungen sind vorbei.</translation>
    </message>
</context>
<context>
    <name>tessera::EventPlanPicker</name>
    <message>
        <location filename="../ui/admin/eventplanpicker.cpp" line="+39"/>
        <source>%1 seats</source>
        <translation>%1 Sitzplätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 standing places</source>
        <translation>%1 Stehplätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seats, %2 standing places</source>
        <translation>%1 Sitzplätze, %2 Stehplätze</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This plan has no seats; a seated or mixed event needs some.</source>
        <translation>Dieser Plan hat keine Sitzplätze; Veranstaltungen der Art „Sitzplätze“ oder „Gemischt“ brauchen welche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This plan has no standing places; a standing or mixed event needs some.</source>
        <translation>Dieser Plan hat keine Stehplätze; Veranstaltungen der Art „Stehplätze“ oder „Gemischt“ brauchen welche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This plan has seats; choose Seated or Mixed for it.</source>
        <translation>Dieser Plan hat Sitzplätze; wählen Sie dafür „Sitzplätze“ oder „Gemischt“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows × seats</source>
        <translation>Reihen × Plätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo venue</source>
        <translation>Demo-Spielstätte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a file (pretix JSON or CSV)</source>
        <translation>Aus einer Datei (pretix JSON oder CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the seats of the new event come from. Seats are edited one by one in the layout editor.</source>
        <translation>Woher die Plätze der neuen Veranstaltung kommen. Einzelne Plätze bearbeiten Sie im Saalplan-Editor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows are lettered from A, skipping I and O</source>
        <translation>Reihen werden ab A mit Buchstaben bezeichnet, ohne I und O</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seats are numbered from 1, left to right seen from the stage</source>
        <translation>Plätze werden ab 1 nummeriert, von links nach rechts, von der Bühne aus gesehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows of</source>
        <translation>Reihen zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seats</source>
        <translation>Plätzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats:</source>
        <translation>Sitzplätze:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seat price:</source>
        <translation>Platzpreis:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Places in a standing area behind the seats (standing and mixed events)</source>
        <translation>Plätze in einem Stehbereich hinter den Sitzplätzen (Veranstaltungen der Art „Stehplätze“ oder „Gemischt“)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>at</source>
        <translation>zu je</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standing places:</source>
        <translation>Stehplätze:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The seating plan of %1: %2 with the same categories and prices.</source>
        <translation>Der Saalplan von %1: %2 mit denselben Kategorien und Preisen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same plan as %1</source>
        <translation>Derselbe Plan wie %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seating plan</source>
        <translation>Saalplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating plans (*.json *.csv);;pretix seating plan (*.json);;Seat CSV (*.csv)</source>
        <translation>Saalpläne (*.json *.csv);;pretix-Saalplan (*.json);;Platz-CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1… %2 %</source>
        <translation>%1 wird gelesen … %2 %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 note on the file</source>
        <translation>1 Hinweis zur Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 notes on the file</source>
        <translation>%1 Hinweise zur Datei</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Enter how many standing places the event has.</source>
        <translation>Geben Sie an, wie viele Stehplätze die Veranstaltung hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is still being read.</source>
        <translation>Die Datei wird noch gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <source>Choose a seating-plan file.</source>
        <translation>Wählen Sie eine Saalplan-Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No seating plan chosen.</source>
        <translation>Kein Saalplan gewählt.</translation>
    </message>
</context>
<context>
    <name>tessera::EventTableModel</name>
    <message>
        <location filename="../ui/admin/eventtablemodel.cpp" line="+18"/>
        <source>Seated</source>
        <translation>Sitzplätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>Stehplätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On sale</source>
        <translation>Im Verkauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:%2 min</source>
        <translation>%1:%2 min</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>when active</source>
        <translation>sobald aktiv</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue</source>
        <translation>Spielstätte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales open</source>
        <translation>Verkaufsstart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold time</source>
        <translation>Reservierungsdauer</translation>
    </message>
</context>
<context>
    <name>tessera::EventsAdmin</name>
    <message>
        <location filename="../ui/admin/eventsadmin.cpp" line="+36"/>
        <source>Events — Tessera</source>
        <translation>Veranstaltungen — Tessera</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create an event with its seating plan</source>
        <translation>Eine Veranstaltung mit ihrem Saalplan anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected event</source>
        <translation>Die ausgewählte Veranstaltung ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplizieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new event with the details and seating plan of the selected one</source>
        <translation>Eine neue Veranstaltung mit den Angaben und dem Saalplan der ausgewählten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected event</source>
        <translation>Die ausgewählte Veranstaltung löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by name, venue or date</source>
        <translation>Nach Name, Spielstätte oder Datum filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every word must appear in the event&apos;s name, venue or start date (Ctrl+F)</source>
        <translation>Jedes Wort muss im Namen, in der Spielstätte oder im Beginndatum der Veranstaltung vorkommen (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>1 event</source>
        <translation>1 Veranstaltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 events</source>
        <translation>%1 Veranstaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is no longer available.</source>
        <translation>%1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 sold ticket</source>
        <translation>1 verkauftes Ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sold tickets</source>
        <translation>%1 verkaufte Tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has %2. An event with sold tickets is not deleted: the tickets stay valid and their sales stay on record.

Cancel or refund the tickets in Find order first, or take the event off sale now.</source>
        <translation>%1 hat %2. Eine Veranstaltung mit verkauften Tickets wird nicht gelöscht: Die Tickets bleiben gültig und ihre Verkäufe bleiben erfasst.

Stornieren oder erstatten Sie die Tickets zuerst unter „Bestellung suchen“, oder nehmen Sie die Veranstaltung jetzt aus dem Verkauf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot delete %1</source>
        <translation>%1 lässt sich nicht löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set inactive</source>
        <translation>Auf inaktiv setzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete %1 on %2 with its seating plan? This cannot be undone.</source>
        <translation>%1 am %2 samt Saalplan löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 seat is held right now; the hold ends.</source>
        <translation>1 Platz ist gerade reserviert; die Reservierung endet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seats are held right now; the holds end.</source>
        <translation>%1 Plätze sind gerade reserviert; die Reservierungen enden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete event</source>
        <translation>Veranstaltung löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is no longer on sale; its tickets stay valid.</source>
        <translation>%1 ist nicht mehr im Verkauf; die Tickets bleiben gültig.</translation>
    </message>
</context>
<context>
    <name>tessera::GenerateSectionDialog</name>
    <message>
        <location filename="../ui/layouteditor/generatesectiondialog.cpp" line="+44"/>
        <source>Generate section</source>
        <translation>Bereich erzeugen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example Stalls</source>
        <translation>zum Beispiel Parkett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Section:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rows of</source>
        <translation>Reihen zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seats</source>
        <translation>Plätzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 … n from the left</source>
        <translation>1 … n von links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 … n from the right</source>
        <translation>1 … n von rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd left, even right (from the centre)</source>
        <translation>Ungerade links, gerade rechts (von der Mitte aus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even left, odd right (from the centre)</source>
        <translation>Gerade links, ungerade rechts (von der Mitte aus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd numbers only, from the left</source>
        <translation>Nur ungerade Nummern, von links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd numbers only, from the right</source>
        <translation>Nur ungerade Nummern, von rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even numbers only, from the left</source>
        <translation>Nur gerade Nummern, von links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even numbers only, from the right</source>
        <translation>Nur gerade Nummern, von rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Numbering:</source>
        <translation>&amp;Nummerierung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters A, B, … (no I or O)</source>
        <translation>Buchstaben A, B, … (ohne I und O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers 1, 2, …</source>
        <translation>Zahlen 1, 2, …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first row</source>
        <translation>erste Reihe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first seat</source>
        <translation>erster Platz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row labels:</source>
        <translation>Reihenbezeichnung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+14"/>
        <source> units</source>
        <translation> Einheiten</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>seat pitch</source>
        <translation>Platzabstand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row spacing</source>
        <translation>Reihenabstand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spacing:</source>
        <translation>Abstände:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>straight rows</source>
        <translation>gerade Reihen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radius of the front row&apos;s arc; 0 gives straight rows</source>
        <translation>Radius des Bogens der vordersten Reihe; 0 ergibt gerade Reihen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>curve radius</source>
        <translation>Krümmungsradius</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shape:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after seats, e.g. 6, 14</source>
        <translation>nach Plätzen, z. B. 6, 14</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aisles:</source>
        <translation>Gänge:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin:</source>
        <translation>Ursprung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Add a price category first.</source>
        <translation>Fügen Sie zuerst eine Preiskategorie hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The layout already has a section &quot;%1&quot;.</source>
        <translation>Der Saalplan hat bereits einen Bereich „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aisles: write seat places separated by commas, like 6, 14.</source>
        <translation>Gänge: Geben Sie Platznummern durch Kommas getrennt ein, etwa 6, 14.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 seats, rows %2 to %3; a row reads %4</source>
        <translation>%1 Plätze, Reihen %2 bis %3; Nummern einer Reihe: %4</translation>
    </message>
</context>
<context>
    <name>tessera::InvariantPanel</name>
    <message>
        <location filename="../ui/simulation/invariantpanel.cpp" line="+51"/>
        <source>Every sale on the change feed is checked against the seat&apos;s earlier changes: a seat may be sold again only after its sale was cancelled</source>
        <translation>Jeder Verkauf im Änderungsstrom wird mit den früheren Änderungen des Platzes abgeglichen: Ein Platz darf erst wieder verkauft werden, nachdem sein Verkauf storniert wurde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other impossible sequences on the feed: a hold of a held seat, a release of a hold that does not exist, more places than a standing area has</source>
        <translation>Andere unmögliche Abfolgen im Änderungsstrom: eine Reservierung eines reservierten Platzes, eine Freigabe einer nicht vorhandenen Reservierung, mehr Plätze, als ein Stehbereich hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the end of the run, once the data pump has committed everything, the database&apos;s live tickets are compared seat by seat with the seats the space has sold</source>
        <translation>Am Ende des Laufs, sobald die Datenpumpe alles festgeschrieben hat, werden die gültigen Tickets der Datenbank Platz für Platz mit den Plätzen verglichen, die der Space verkauft hat</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>Seats sold twice: %1</source>
        <translation>Doppelt verkaufte Plätze: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Other invariant violations: %1</source>
        <translation>Andere Invariantenverletzungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First problem: %1</source>
        <translation>Erstes Problem: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Space equals database: checked at the end of the run</source>
        <translation>Space gleich Datenbank: am Ende des Laufs geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space equals database: checking…</source>
        <translation>Space gleich Datenbank: wird geprüft …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Space equals database: could not check</source>
        <translation>Space gleich Datenbank: konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space equals database: no database</source>
        <translation>Space gleich Datenbank: keine Datenbank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Space equals database: yes (%1 seats sold)</source>
        <translation>Space gleich Datenbank: ja (%1 Plätze verkauft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space equals database: no (space %1, database %2 seats sold)</source>
        <translation>Space gleich Datenbank: nein (Space %1, Datenbank %2 Plätze verkauft)</translation>
    </message>
</context>
<context>
    <name>tessera::LayoutCanvas</name>
    <message>
        <location filename="../ui/layouteditor/layoutcanvas.cpp" line="+38"/>
        <source>Click a seat to select it, Ctrl+click to toggle, Shift+click to add, drag on empty ground for a rubber band, drag the selection to move it (arrow keys: one unit, Shift: ten). Wheel zooms, right button pans.</source>
        <translation>Klicken Sie auf einen Platz, um ihn auszuwählen; Strg+Klick schaltet um, Umschalt+Klick fügt hinzu, Ziehen auf freier Fläche zieht einen Auswahlrahmen auf, Ziehen der Auswahl verschiebt sie (Pfeiltasten: eine Einheit, Umschalt: zehn). Das Mausrad zoomt, die rechte Maustaste verschiebt die Ansicht.</translation>
    </message>
    <message numerus="yes">
        <location line="+148"/>
        <source>Move %n seat(s)</source>
        <translation>
            <numerusform>%n Platz verschieben</numerusform>
            <numerusform>%n Plätze verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Stage</source>
        <translation>Bühne</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1
%n standing</source>
        <translation>
            <numerusform>%1
%n Stehplatz</numerusform>
            <numerusform>%1
%n Stehplätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::LayoutEditor</name>
    <message>
        <location filename="../ui/layouteditor/layouteditor.cpp" line="+125"/>
        <source>%1 · %2 · (%3, %4)</source>
        <translation>%1 · %2 · (%3, %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no category</source>
        <translation>keine Kategorie</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Selected seats</source>
        <translation>Ausgewählte Plätze</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add a price category</source>
        <translation>Eine Preiskategorie hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen category (only when no seat uses it)</source>
        <translation>Die gewählte Kategorie entfernen (nur wenn kein Platz sie nutzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price categories</source>
        <translation>Preiskategorien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seats or standing areas still use this category; give them another first.</source>
        <translation>Plätze oder Stehbereiche nutzen diese Kategorie noch; weisen Sie ihnen zuerst eine andere zu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a standing area with a capacity</source>
        <translation>Einen Stehbereich mit einer Kapazität hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing areas</source>
        <translation>Stehbereiche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a price category first.</source>
        <translation>Fügen Sie zuerst eine Preiskategorie hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standing %1</source>
        <translation>Stehbereich %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loaded layout</source>
        <translation>Geladener Saalplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Layout</source>
        <translation>&amp;Saalplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Check the layout and save it for the event</source>
        <translation>Den Saalplan prüfen und für die Veranstaltung speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+92"/>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>List what would stop saving</source>
        <translation>Auflisten, was das Speichern verhindern würde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only warnings; the layout can be saved.</source>
        <translation>Nur Warnungen; der Saalplan kann gespeichert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a pretix seating plan or a seat CSV</source>
        <translation>Einen pretix-Saalplan oder eine Platz-CSV einlesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import layout</source>
        <translation>Saalplan importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating plans (*.json *.csv);;pretix JSON (*.json);;CSV (*.csv)</source>
        <translation>Saalpläne (*.json *.csv);;pretix JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the layout as a pretix seating plan or a seat CSV</source>
        <translation>Den Saalplan als pretix-Saalplan oder Platz-CSV schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export layout</source>
        <translation>Saalplan exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pretix JSON (*.json);;CSV (*.csv)</source>
        <translation>pretix JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the editor</source>
        <translation>Den Editor schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+41"/>
        <source>&amp;Generate section…</source>
        <translation>Bereich &amp;erzeugen …</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Add rows of seats with numbering, curve, rotation and aisles</source>
        <translation>Platzreihen mit Nummerierung, Krümmung, Drehung und Gängen hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete seats</source>
        <translation>Plätze &amp;löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected seats</source>
        <translation>Die ausgewählten Plätze löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select every seat</source>
        <translation>Alle Plätze auswählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit layout</source>
        <translation>Saalplan ein&amp;passen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole layout</source>
        <translation>Den ganzen Saalplan zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layout</source>
        <translation>Saalplan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The capacity the venue declares: the check before saving makes sure seats and standing places add up to it</source>
        <translation>Die von der Spielstätte angegebene Kapazität: Die Prüfung vor dem Speichern stellt sicher, dass Sitz- und Stehplätze zusammen diese Zahl ergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Declared capacity: </source>
        <translation> Angegebene Kapazität: </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The layout could not be loaded: %1</source>
        <translation>Der Saalplan konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Layout editor</source>
        <translation>Saalplan-Editor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layout of %1</source>
        <translation>Saalplan von %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 seats, %2 standing, %3 selected</source>
        <translation>%1 Sitzplätze, %2 Stehplätze, %3 ausgewählt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Section %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unsaved layout</source>
        <translation>Nicht gespeicherter Saalplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layout has changes that are not saved. Save them before closing?</source>
        <translation>Der Saalplan hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor/layouteditorio.cpp" line="+52"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled; the layout is unchanged.</source>
        <translation>Abgebrochen; der Saalplan ist unverändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>The category &quot;%1&quot; is not defined.</source>
        <translation>Die Kategorie „%1“ ist nicht definiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The layout already has a section &quot;%1&quot;.</source>
        <translation>Der Saalplan hat bereits einen Bereich „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating %1 seats…</source>
        <translation>%1 Plätze werden erzeugt …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The section cannot be generated: %1</source>
        <translation>Der Bereich lässt sich nicht erzeugen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generate %1</source>
        <translation>%1 erzeugen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Checking %n seat(s)…</source>
        <translation>
            <numerusform>%n Platz wird geprüft …</numerusform>
            <numerusform>%n Plätze werden geprüft …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>The new layout removes %n sold or held seat(s) (%1%2). Put them back, or cancel their tickets first; nothing was saved.</source>
        <translation>
            <numerusform>Der neue Saalplan entfernt %n verkauften oder reservierten Platz (%1%2). Fügen Sie ihn wieder ein oder stornieren Sie zuerst sein Ticket; es wurde nichts gespeichert.</numerusform>
            <numerusform>Der neue Saalplan entfernt %n verkaufte oder reservierte Plätze (%1%2). Fügen Sie sie wieder ein oder stornieren Sie zuerst ihre Tickets; es wurde nichts gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The blocks were not saved: %1</source>
        <translation>Die Sperrungen wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved: seats blocked %1, unblocked %2. The rest of the layout stays as it is while tickets are held or sold.</source>
        <translation>Gespeichert: gesperrte Plätze %1, entsperrte %2. Der übrige Saalplan bleibt unverändert, solange Tickets reserviert oder verkauft sind.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the blocks…</source>
        <translation>Sperrungen werden gespeichert …</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n problem(s) stop saving; select one to see it on the map.</source>
        <translation>
            <numerusform>%n Problem verhindert das Speichern; wählen Sie es aus, um es im Saalplan zu sehen.</numerusform>
            <numerusform>%n Probleme verhindern das Speichern; wählen Sie eines aus, um es im Saalplan zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tickets of %1 are held or sold (places: %2): until they are cancelled only blocking and unblocking seats can be saved. Undo the other changes; nothing was saved.</source>
        <translation>Für %1 sind Tickets reserviert oder verkauft (Plätze: %2): Bis sie storniert sind, lassen sich nur Sperrungen und Entsperrungen von Plätzen speichern. Machen Sie die anderen Änderungen rückgängig; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the layout…</source>
        <translation>Saalplan wird gespeichert …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The layout was not saved: %1</source>
        <translation>Der Saalplan wurde nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Saved: %n place(s) for sale.</source>
        <translation>
            <numerusform>Gespeichert: %n Platz zum Verkauf.</numerusform>
            <numerusform>Gespeichert: %n Plätze zum Verkauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved: %n place(s), %1 of them blocked (not for sale).</source>
        <translation>
            <numerusform>Gespeichert: %n Platz, davon %1 gesperrt (nicht im Verkauf).</numerusform>
            <numerusform>Gespeichert: %n Plätze, davon %1 gesperrt (nicht im Verkauf).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was not imported; the layout is unchanged.</source>
        <translation>%1 wurde nicht importiert; der Saalplan ist unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has problems, so nothing was imported:</source>
        <translation>%1 hat Probleme, daher wurde nichts importiert:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %1: %n seat(s).</source>
        <translation>
            <numerusform>%1 importiert: %n Platz.</numerusform>
            <numerusform>%1 importiert: %n Plätze.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import notes</source>
        <translation>Hinweise zum Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was imported. Noticed on the way:</source>
        <translation>%1 wurde importiert. Dabei aufgefallen:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert …</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %n seat(s) to %1.</source>
        <translation>
            <numerusform>%n Platz nach %1 exportiert.</numerusform>
            <numerusform>%n Plätze nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::LocalBoxOffice</name>
    <message>
        <location filename="../core/boxoffice/localboxoffice.cpp" line="+50"/>
        <source>another terminal</source>
        <translation>eine andere Kasse</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <location line="+166"/>
        <location line="+34"/>
        <location line="+12"/>
        <location line="+16"/>
        <location line="+14"/>
        <location line="+21"/>
        <location line="+22"/>
        <location line="+41"/>
        <location line="+35"/>
        <source>No event with id %1.</source>
        <translation>Keine Veranstaltung mit der ID %1.</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>An event with id %1 exists already.</source>
        <translation>Eine Veranstaltung mit der ID %1 gibt es schon.</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%1 has %n sold ticket(s). Cancel or refund them before deleting the event.</source>
        <translation>
            <numerusform>%1 hat %n verkauftes Ticket. Stornieren oder erstatten Sie es, bevor Sie die Veranstaltung löschen.</numerusform>
            <numerusform>%1 hat %n verkaufte Tickets. Stornieren oder erstatten Sie sie, bevor Sie die Veranstaltung löschen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The layout of %1 cannot change while tickets are held or sold.</source>
        <translation>Der Saalplan von %1 kann sich nicht ändern, solange Tickets reserviert oder verkauft sind.</translation>
    </message>
</context>
<context>
    <name>tessera::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+48"/>
        <source>Tessera box office</source>
        <translation>Tessera Kasse</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal name, hold time, printer</source>
        <translation>Kassenname, Reservierungsdauer, Drucker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;nnect to server…</source>
        <translation>Mit &amp;Server verbinden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sell from a tessera-server instead of this computer&apos;s database</source>
        <translation>Über einen tessera-server statt über die Datenbank dieses Computers verkaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close Tessera</source>
        <translation>Tessera schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sales</source>
        <translation>&amp;Verkauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hold selected seats</source>
        <translation>Ausgewählte Plätze &amp;reservieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the seats selected on the map</source>
        <translation>Die im Saalplan ausgewählten Plätze reservieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Best available</source>
        <translation>&amp;Beste freie Plätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the best seats together (quantity and category in the cart)</source>
        <translation>Die besten zusammenhängenden Plätze reservieren (Anzahl und Kategorie im Warenkorb)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Extend hold</source>
        <translation>Reservierung &amp;verlängern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the hold its full time again</source>
        <translation>Der Reservierung wieder die volle Zeit geben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Release hold</source>
        <translation>Reservierung &amp;freigeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the places back</source>
        <translation>Die Plätze wieder freigeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sell</source>
        <translation>Ver&amp;kaufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell the held places</source>
        <translation>Die reservierten Plätze verkaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save tickets as &amp;PDF…</source>
        <translation>Tickets als &amp;PDF speichern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last sale&apos;s tickets as a PDF file</source>
        <translation>Die Tickets des letzten Verkaufs als PDF-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pr&amp;int tickets…</source>
        <translation>Tickets &amp;drucken …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the last sale&apos;s tickets</source>
        <translation>Die Tickets des letzten Verkaufs drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save re&amp;ceipt…</source>
        <translation>&amp;Quittung speichern …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last sale&apos;s receipt as a PDF file</source>
        <translation>Die Quittung des letzten Verkaufs als PDF-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find order…</source>
        <translation>Bestellung &amp;suchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an order by ticket id, order id or customer; cancel, refund, reprint</source>
        <translation>Eine Bestellung nach Ticket-ID, Bestell-ID oder Kunde suchen; stornieren, erstatten, nachdrucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;event</source>
        <translation>&amp;Veranstaltung suchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the events</source>
        <translation>Die Veranstaltungen durchsuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh events</source>
        <translation>Veranstaltungen &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the events and their counts</source>
        <translation>Die Veranstaltungen und ihre Zahlen neu laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom into the seat map</source>
        <translation>In den Saalplan hineinzoomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out of the seat map</source>
        <translation>Aus dem Saalplan herauszoomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit venue</source>
        <translation>Saal ein&amp;passen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole venue</source>
        <translation>Den ganzen Saal zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seat &amp;map</source>
        <translation>&amp;Saalplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put the keyboard focus on the map</source>
        <translation>Den Tastaturfokus auf den Saalplan setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Admin</source>
        <translation>Ver&amp;waltung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;layout…</source>
        <translation>&amp;Saalplan bearbeiten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the seats, categories and standing areas of the current event</source>
        <translation>Plätze, Kategorien und Stehbereiche der aktuellen Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Demo</source>
        <translation>V&amp;orführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Simulation…</source>
        <translation>&amp;Simulation …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing units racing for the seats of the shown event, live</source>
        <translation>Verarbeitungseinheiten wetteifern live um die Plätze der angezeigten Veranstaltung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mouse and keys</source>
        <translation>&amp;Maus und Tasten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to use the seat map, and the keys of every menu</source>
        <translation>Wie man den Saalplan bedient, und die Tasten aller Menüs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Tessera</source>
        <translation>Über &amp;Tessera</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulation window: %1.</source>
        <translation>Simulationsfenster: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other windows: %1 closes the window; Esc closes the Events, Waiting room and Simulation windows.</source>
        <translation>Andere Fenster: %1 schließt das Fenster; Esc schließt die Fenster Veranstaltungen, Warteraum und Simulation.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose an event first.</source>
        <translation>Wählen Sie zuerst eine Veranstaltung.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This event is no longer available.</source>
        <translation>Diese Veranstaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open another event</source>
        <translation>Andere Veranstaltung öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Release the %n place(s) held for this customer at %1 and open %2?</source>
        <translation>
            <numerusform>Den für diesen Kunden reservierten Platz bei %1 freigeben und %2 öffnen?</numerusform>
            <numerusform>Die %n für diesen Kunden reservierten Plätze bei %1 freigeben und %2 öffnen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Release and open</source>
        <translation>&amp;Freigeben und öffnen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;b&gt;Choose an event at the left.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wählen Sie links eine Veranstaltung.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ended</source>
        <translation>vorbei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Tessera box office</source>
        <translation>%1 — Tessera Kasse</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The simulation runs on the embedded engine only, not over a server connection.</source>
        <translation>Die Simulation läuft nur auf der eingebetteten Engine, nicht über eine Serververbindung.</translation>
    </message>
</context>
<context>
    <name>tessera::MessageBanner</name>
    <message>
        <location filename="../ui/mainwindow/messagebanner.cpp" line="+27"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>tessera::OrderDocuments</name>
    <message>
        <location filename="../ui/mainwindow/orderdocuments.cpp" line="+29"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every ticket of order %1 is cancelled: there is nothing to hand out.</source>
        <translation>Jedes Ticket der Bestellung %1 ist storniert: Es gibt nichts auszuhändigen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save tickets</source>
        <translation>Tickets speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save receipt</source>
        <translation>Quittung speichern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print tickets</source>
        <translation>Tickets drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer is not available.</source>
        <translation>Der Drucker ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent the tickets to %1.</source>
        <translation>Die Tickets wurden an %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>tessera::OrderLookupDialog</name>
    <message>
        <location filename="../ui/mainwindow/orderlookupdialog.cpp" line="+69"/>
        <source>Cancel &amp;ticked tickets</source>
        <translation>&amp;Angehakte Tickets stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel whole &amp;order</source>
        <translation>Ganze &amp;Bestellung stornieren</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Re&amp;print tickets…</source>
        <translation>Tickets &amp;nachdrucken …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets P&amp;DF…</source>
        <translation>Tickets-P&amp;DF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ceipt…</source>
        <translation>&amp;Quittung …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find orders</source>
        <translation>Bestellungen suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order or ticket number, customer, e-mail, seat (A-12) or event</source>
        <translation>Bestell- oder Ticketnummer, Kunde, E-Mail, Platz (A-12) oder Veranstaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order / ticket</source>
        <translation>Bestellung / Ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place or customer</source>
        <translation>Platz oder Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel (no money back)</source>
        <translation>Stornieren (ohne Erstattung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund (money back)</source>
        <translation>Erstatten (Geld zurück)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the customer gets the money back; the places are free again either way</source>
        <translation>Ob der Kunde das Geld zurückbekommt; die Plätze sind in beiden Fällen wieder frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the tickets to give back, then press this</source>
        <translation>Die zurückzugebenden Tickets anhaken, dann hier klicken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund &amp;ticked tickets</source>
        <translation>&amp;Angehakte Tickets erstatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund whole &amp;order</source>
        <translation>Ganze &amp;Bestellung erstatten</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Type a ticket id, an order id, or part of a customer&apos;s name or e-mail.</source>
        <translation>Geben Sie eine Ticket-ID, eine Bestell-ID oder einen Teil des Namens oder der E-Mail-Adresse des Kunden ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No orders found.</source>
        <translation>Keine Bestellungen gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 order found.</source>
        <translation>1 Bestellung gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 orders found.</source>
        <translation>%1 Bestellungen gefunden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(deleted event)</source>
        <translation>(gelöschte Veranstaltung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Tick the tickets to cancel first.</source>
        <translation>Haken Sie zuerst die zu stornierenden Tickets an.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>all tickets of order %1</source>
        <translation>alle Tickets der Bestellung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 ticket of order %1</source>
        <translation>1 Ticket der Bestellung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tickets of order %2</source>
        <translation>%1 Tickets der Bestellung %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refund %1: %2 back to the customer (%3)? The places are free for sale again at once.</source>
        <translation>%1 erstatten: %2 zurück an den Kunden (%3)? Die Plätze sind sofort wieder frei zum Verkauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel %1 without refund? The customer paid %2 (%3) and gets nothing back. The places are free for sale again at once.</source>
        <translation>%1 ohne Erstattung stornieren? Der Kunde hat %2 (%3) bezahlt und bekommt nichts zurück. Die Plätze sind sofort wieder frei zum Verkauf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund tickets</source>
        <translation>Tickets erstatten</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Cancel tickets</source>
        <translation>Tickets stornieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refunded %1.</source>
        <translation>%1 erstattet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled %1.</source>
        <translation>%1 storniert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose an order of an event that still exists.</source>
        <translation>Wählen Sie eine Bestellung einer Veranstaltung, die es noch gibt.</translation>
    </message>
</context>
<context>
    <name>tessera::Prompter</name>
    <message>
        <location filename="../ui/mainwindow/prompter.cpp" line="+17"/>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>tessera::QueueAdmin</name>
    <message>
        <location filename="../ui/admin/queueadmin.cpp" line="+77"/>
        <source>Waiting room — Tessera</source>
        <translation>Warteraum — Tessera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Event:</source>
        <translation>&amp;Veranstaltung:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online buyers must queue for this event</source>
        <translation>Online-Käufer müssen sich für diese Veranstaltung anstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases through the web need an admitted waiting-room session; the box office counter never queues</source>
        <translation>Käufe über das Web brauchen eine eingelassene Sitzung der Warteschlange; am Kassenschalter steht niemand an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand only</source>
        <translation>nur manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People let in automatically each minute; 0 admits only with &quot;Admit next&quot;</source>
        <translation>Pro Minute automatisch eingelassene Personen; bei 0 nur Einlass über „Nächste einlassen“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admissions:</source>
        <translation>Einlässe:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long an admitted person may shop before the session ends (unless it is refreshed)</source>
        <translation>Wie lange eine eingelassene Person einkaufen darf, bevor die Sitzung endet (sofern sie nicht aufgefrischt wird)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session time:</source>
        <translation>Sitzungsdauer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-queue until</source>
        <translation>Vorwarteschlange bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who arrives before this time gets a random place, drawn at opening from the seed whose hash is published below</source>
        <translation>Alle, die vor diesem Zeitpunkt ankommen, erhalten eine zufällige Position, bei Öffnung ausgelost mit dem Seed, dessen Hash unten veröffentlicht ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the settings of this waiting room</source>
        <translation>Die Einstellungen dieser Warteschlange speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed hash:</source>
        <translation>Seed-Hash:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 of the secret shuffle seed, published before opening</source>
        <translation>SHA-256 des geheimen Seeds für die Auslosung, vor der Öffnung veröffentlicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revealed when the room opens: anyone can check its hash and redo the draw</source>
        <translation>Wird bei Öffnung der Warteschlange offengelegt: Jeder kann seinen Hash prüfen und die Auslosung wiederholen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ad&amp;mit next</source>
        <translation>&amp;Nächste einlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the first people in line in now (Ctrl+Return)</source>
        <translation>Die ersten Personen der Warteliste jetzt einlassen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected person out of the waiting room (Delete)</source>
        <translation>Die ausgewählte Person aus der Warteschlange entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This box office does not show its waiting rooms.</source>
        <translation>Diese Kasse zeigt ihre Warteschlangen nicht an.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&lt;b&gt;Waiting line&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warteliste&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Active sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aktive Sitzungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>revealed when the room opens</source>
        <translation>wird bei Öffnung offengelegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1&lt;/b&gt; in the pre-queue (order drawn at %2) · </source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in der Vorwarteschlange (Auslosung der Reihenfolge: %2) · </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opening</source>
        <translation>bei Öffnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; waiting · &lt;b&gt;%2&lt;/b&gt; shopping · %3 arrivals/min · %4 admissions/min · a new arrival waits about &lt;b&gt;%5&lt;/b&gt; · %6 joined, %7 admitted, %8 bought, %9 expired, %10 left</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wartend · &lt;b&gt;%2&lt;/b&gt; beim Einkauf · %3 Ankünfte/min · %4 Einlässe/min · Neuankömmlinge warten etwa &lt;b&gt;%5&lt;/b&gt; · %6 eingereiht, %7 eingelassen, %8 gekauft, %9 abgelaufen, %10 gegangen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— (nobody admitted yet)</source>
        <translation>— (noch niemand eingelassen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Waiting line&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Warteliste&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Active sessions&lt;/b&gt; (%1, the %2 ending soonest shown)</source>
        <translation>&lt;b&gt;Aktive Sitzungen&lt;/b&gt; (%1, die %2 am frühesten endenden angezeigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Active sessions&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Aktive Sitzungen&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Admitted 1 person.</source>
        <translation>1 Person eingelassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted %1 people.</source>
        <translation>%1 Personen eingelassen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove from the waiting room</source>
        <translation>Aus der Warteschlange entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the waiting room? They lose their place or their session and would have to queue again.</source>
        <translation>%1 aus der Warteschlange entfernen? Die Person verliert ihre Position oder ihre Sitzung und müsste sich erneut anstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waiting-room settings saved.</source>
        <translation>Einstellungen der Warteschlange gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting-room settings saved; online buyers now queue.</source>
        <translation>Einstellungen der Warteschlange gespeichert; Online-Käufer müssen sich jetzt anstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting-room settings saved; online buyers no longer queue.</source>
        <translation>Einstellungen der Warteschlange gespeichert; Online-Käufer müssen sich nicht mehr anstellen.</translation>
    </message>
</context>
<context>
    <name>tessera::QueueLineModel</name>
    <message>
        <location filename="../ui/admin/queuelinemodel.cpp" line="+20"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waited</source>
        <translation>Gewartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tessera::QueueSessionModel</name>
    <message>
        <location filename="../ui/admin/queuesessionmodel.cpp" line="+117"/>
        <source>ended</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session ends</source>
        <translation>Sitzungsende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
</context>
<context>
    <name>tessera::SaleForm</name>
    <message>
        <location filename="../ui/mainwindow/saleform.cpp" line="+18"/>
        <source>Se&amp;ll</source>
        <translation>Ver&amp;kaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complimentary</source>
        <translation>Freikarte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the customer pays</source>
        <translation>Wie der Kunde bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s name, to find the order later</source>
        <translation>Der Name des Kunden, um die Bestellung später wiederzufinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. ada@example.org</source>
        <translation>optional, z. B. ada@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s e-mail address</source>
        <translation>Die E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sell the held places (Ctrl+Return)</source>
        <translation>Die reservierten Plätze verkaufen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Payment:</source>
        <translation>&amp;Zahlung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Der Name ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an e-mail address. Correct it or leave it empty.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Korrigieren Sie sie oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>tessera::Sales</name>
    <message>
        <location filename="../ui/mainwindow/uisupport.h" line="+38"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complimentary</source>
        <translation>Freikarte</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+30"/>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled, partly refunded</source>
        <translation>storniert, teilweise erstattet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>partly refunded</source>
        <translation>teilweise erstattet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly cancelled</source>
        <translation>teilweise storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly cancelled and refunded</source>
        <translation>teilweise storniert und erstattet</translation>
    </message>
</context>
<context>
    <name>tessera::SalesPanel</name>
    <message>
        <location filename="../ui/mainwindow/salespanel.cpp" line="+83"/>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>H&amp;old</source>
        <translation>&amp;Reservieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the selected seats for this customer (Ctrl+H)</source>
        <translation>Die ausgewählten Plätze für diesen Kunden reservieren (Strg+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtend</source>
        <translation>Ver&amp;längern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the hold its full time again (Ctrl+E)</source>
        <translation>Der Reservierung wieder die volle Zeit geben (Strg+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+296"/>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>This terminal still holds these places from before Tessera last stopped: put them in the cart to sell or release them</source>
        <translation>Diese Kasse hält diese Plätze noch von vor dem letzten Beenden von Tessera: in den Warenkorb legen, um sie zu verkaufen oder freizugeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best available</source>
        <translation>Beste freie Plätze</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In which price category</source>
        <translation>In welcher Preiskategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;&amp; hold</source>
        <translation>Suchen &amp;&amp; reservieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the best seats together in this category (Ctrl+B)</source>
        <translation>Die besten zusammenhängenden Plätze in dieser Kategorie reservieren (Strg+B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+504"/>
        <source>Standing</source>
        <translation>Stehplätze</translation>
    </message>
    <message>
        <location line="-499"/>
        <source>The standing area (or click it on the map)</source>
        <translation>Der Stehbereich (oder im Saalplan anklicken)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold places</source>
        <translation>Plätze reservieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold this many places in the standing area</source>
        <translation>So viele Plätze im Stehbereich reservieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+338"/>
        <source>Last sale</source>
        <translation>Letzter Verkauf</translation>
    </message>
    <message>
        <location line="-330"/>
        <source>Tickets PDF…</source>
        <translation>Tickets-PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the tickets as a PDF file (Ctrl+Shift+S)</source>
        <translation>Die Tickets als PDF-Datei speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the tickets (Ctrl+P)</source>
        <translation>Die Tickets drucken (Strg+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt…</source>
        <translation>Quittung …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the receipt as a PDF file</source>
        <translation>Die Quittung als PDF-Datei speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No sale yet.</source>
        <translation>Noch kein Verkauf.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Take back %n held place(s), until %1</source>
        <translation>
            <numerusform>%n reservierten Platz zurücknehmen, bis %1</numerusform>
            <numerusform>%n reservierte Plätze zurücknehmen, bis %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That hold has run out: its places are free again.</source>
        <translation>Diese Reservierung ist abgelaufen: ihre Plätze sind wieder frei.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select seats on the map first, or use Best available.</source>
        <translation>Wählen Sie zuerst Plätze im Saalplan oder nutzen Sie „Beste freie Plätze“.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Held 1 place until %1.</source>
        <translation>1 Platz bis %1 reserviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held %1 places until %2.</source>
        <translation>%1 Plätze bis %2 reserviert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hold extended to %1.</source>
        <translation>Reservierung bis %1 verlängert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Release hold</source>
        <translation>Reservierung freigeben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Give back the %n held place(s)?</source>
        <translation>
            <numerusform>Den reservierten Platz freigeben?</numerusform>
            <numerusform>Die %n reservierten Plätze freigeben?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other terminals can sell them at once.</source>
        <translation>Andere Kassen können sie sofort verkaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Released the held places.</source>
        <translation>Die reservierten Plätze wurden freigegeben.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Order %1: 1 ticket, %2</source>
        <translation>Bestellung %1: 1 Ticket, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1: %2 tickets, %3</source>
        <translation>Bestellung %1: %2 Tickets, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1: every ticket cancelled</source>
        <translation>Bestellung %1: alle Tickets storniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 cancelled)</source>
        <translation>(%1 storniert)</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Sold 1 ticket for %1 (order %2).</source>
        <translation>1 Ticket für %1 verkauft (Bestellung %2).</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>Give the held places back (Ctrl+R)</source>
        <translation>Die reservierten Plätze freigeben (Strg+R)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>How many seats together (up to 50)</source>
        <translation>Wie viele Plätze nebeneinander (bis zu 50)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>How many standing places (up to 1,000 at once)</source>
        <translation>Wie viele Stehplätze (bis zu 1.000 auf einmal)</translation>
    </message>
    <message>
        <location line="+304"/>
        <source>Sold %1 tickets for %2 (order %3).</source>
        <translation>%1 Tickets für %2 verkauft (Bestellung %3).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 — %2 left, %3 each</source>
        <translation>%1 — noch %2, je %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Last sale: %1</source>
        <translation>Letzter Verkauf: %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Nothing held. Select seats and press Hold.</source>
        <translation>Nichts reserviert. Plätze auswählen und „Reservieren“ drücken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hold ran out; the places are free again.</source>
        <translation>Die Reservierung ist abgelaufen; die Plätze sind wieder frei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held for you: %1 left (Ctrl+E extends)</source>
        <translation>Für Sie reserviert: noch %1 (Strg+E verlängert)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Held for this customer&lt;/b&gt;&lt;br&gt;The event has ended: its tickets can no longer be sold. Release the hold.</source>
        <translation>&lt;b&gt;Für diesen Kunden reserviert&lt;/b&gt;&lt;br&gt;Die Veranstaltung ist vorbei: Ihre Tickets können nicht mehr verkauft werden. Geben Sie die Reservierung frei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Held for this customer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Für diesen Kunden reserviert&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Held for this customer&lt;/b&gt;&lt;br&gt;More seats are selected on the map: sell or release this hold before holding them.</source>
        <translation>&lt;b&gt;Für diesen Kunden reserviert&lt;/b&gt;&lt;br&gt;Im Saalplan sind weitere Plätze ausgewählt: verkaufen oder lösen Sie diese Reservierung, bevor Sie sie reservieren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 × %2 — %3 each</source>
        <translation>%1 × %2 — je %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;This event has ended.&lt;/b&gt; Its tickets can no longer be sold; Find order (Ctrl+F) still cancels and refunds them.</source>
        <translation>&lt;b&gt;Diese Veranstaltung ist vorbei.&lt;/b&gt; Ihre Tickets können nicht mehr verkauft werden; über Bestellung suchen (Strg+F) lassen sie sich weiterhin stornieren und erstatten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click seats on the map, drag to select a block.</source>
        <translation>Plätze im Saalplan anklicken, ziehen wählt einen Block.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Selected&lt;/b&gt; (not held yet — press Hold)</source>
        <translation>&lt;b&gt;Ausgewählt&lt;/b&gt; (noch nicht reserviert — „Reservieren“ drücken)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose an event.</source>
        <translation>Wählen Sie eine Veranstaltung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 place, total %1</source>
        <translation>1 Platz, gesamt %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 places, total %2</source>
        <translation>%1 Plätze, gesamt %2</translation>
    </message>
</context>
<context>
    <name>tessera::SeatInspector</name>
    <message>
        <location filename="../ui/layouteditor/seatinspector.cpp" line="+35"/>
        <source>Price category of the selected seats</source>
        <translation>Preiskategorie der ausgewählten Plätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wheelchair place</source>
        <translation>&amp;Rollstuhlplatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompanion seat</source>
        <translation>Begleit&amp;platz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tricted view</source>
        <translation>&amp;Eingeschränkte Sicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held back by the house</source>
        <translation>Vom Haus zurückgehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Blocked</source>
        <translation>&amp;Gesperrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>House</source>
        <translation>Haus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Renumber</source>
        <translation>Neu nummerieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>keep</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Renumber</source>
        <translation>&amp;Neu nummerieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number the selected seats in layout order: first, first + step, …</source>
        <translation>Die ausgewählten Plätze in Saalplan-Reihenfolge nummerieren: erste Nummer, erste Nummer + Schrittweite, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row:</source>
        <translation>Reihe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First number:</source>
        <translation>Erste Nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step:</source>
        <translation>Schrittweite:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Set category %1</source>
        <translation>Kategorie %1 zuweisen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark seats</source>
        <translation>Plätze kennzeichnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark seats</source>
        <translation>Kennzeichnung entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unblock seats</source>
        <translation>Plätze entsperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block seats (%1)</source>
        <translation>Plätze sperren (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Renumber seats</source>
        <translation>Plätze neu nummerieren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No seat selected. Click seats on the map or drag a rubber band.</source>
        <translation>Kein Platz ausgewählt. Klicken Sie Plätze im Saalplan an oder ziehen Sie einen Auswahlrahmen auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seat %1</source>
        <translation>Platz %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n seats selected, from %1</source>
        <translation>
            <numerusform>%n Platz ausgewählt, ab %1</numerusform>
            <numerusform>%n Plätze ausgewählt, ab %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::SeatMapLegend</name>
    <message>
        <location filename="../ui/seatmap/seatmaplegend.cpp" line="+43"/>
        <source>Seat colours: available seats show their price category</source>
        <translation>Platzfarben: freie Plätze zeigen ihre Preiskategorie</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available seats in %1</source>
        <translation>Freie Plätze in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wheelchair place</source>
        <translation>Rollstuhlplatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seat with wheelchair access</source>
        <translation>Platz mit Rollstuhlzugang</translation>
    </message>
</context>
<context>
    <name>tessera::SeatMapView</name>
    <message>
        <location filename="../ui/seatmap/seatmapview.cpp" line="+37"/>
        <source>Seat map</source>
        <translation>Saalplan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click or drag to select seats, Ctrl+click to add or remove, wheel to zoom. F1: all keys.</source>
        <translation>Klicken oder ziehen wählt Plätze, Strg+Klick fügt hinzu oder entfernt, das Mausrad zoomt. F1: alle Tasten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click a seat to select it, Ctrl+click to add or remove, drag to select a block. Wheel or +/- zooms, 0 fits the venue; middle-drag, Space+drag or Ctrl+arrows pan. Zoomed in, arrows move the seat cursor and Space selects it. Esc clears the selection.</source>
        <translation>Ein Klick wählt einen Platz, Strg+Klick fügt hinzu oder entfernt, Ziehen wählt einen Block. Mausrad oder +/- zoomt, 0 passt den Saal ein; mit der mittleren Maustaste, Leertaste+Ziehen oder Strg+Pfeiltasten verschieben. Vergrößert bewegen die Pfeiltasten den Platzcursor, die Leertaste wählt den Platz. Esc hebt die Auswahl auf.</translation>
    </message>
    <message>
        <location line="+477"/>
        <source>row %1</source>
        <translation>Reihe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seat %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>holder %1</source>
        <translation>Inhaber %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held by %1</source>
        <translation>Reserviert von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1:%2 left</source>
        <translation>, noch %1:%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sold (%1)</source>
        <translation>Verkauft (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wheelchair place</source>
        <translation>Rollstuhlplatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Companion seat</source>
        <translation>Begleitplatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restricted view</source>
        <translation>Eingeschränkte Sicht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
%2 of %3 places left, %4 held, %5 sold
Click to sell places</source>
        <translation>%1
noch %2 von %3 Plätzen frei, %4 reserviert, %5 verkauft
Klicken, um Plätze zu verkaufen</translation>
    </message>
</context>
<context>
    <name>tessera::SettingsDialog</name>
    <message>
        <location filename="../ui/mainwindow/settingsdialog.cpp" line="+28"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other terminals see seats you hold as held by this name</source>
        <translation>Andere Kassen sehen Ihre reservierten Plätze unter diesem Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the event&apos;s hold time</source>
        <translation>Reservierungsdauer der Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None (plain numbers)</source>
        <translation>Keine (nur Beträge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s: %1 (%2)</source>
        <translation>Die des Systems: %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prices, tickets and receipts show amounts in this currency; type a code to find it. Amounts themselves are not converted.</source>
        <translation>Preise, Tickets und Belege zeigen Beträge in dieser Währung; zum Suchen den Code tippen. Die Beträge selbst werden nicht umgerechnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sqlite:///path/file.db or postgresql://user@host/db; used from the next start</source>
        <translation>sqlite:///pfad/datei.db oder postgresql://benutzer@host/db; gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Terminal name:</source>
        <translation>&amp;Kassenname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hold seats for:</source>
        <translation>Plätze &amp;reservieren für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Drucker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>D&amp;atenbank:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In use now: %1. A change here is used from the next start (a --database option given at the start wins over it).</source>
        <translation>Jetzt in Benutzung: %1. Eine Änderung hier gilt ab dem nächsten Start (eine beim Start angegebene Option --database hat Vorrang).</translation>
    </message>
</context>
<context>
    <name>tessera::SimulationCharts</name>
    <message>
        <location filename="../ui/simulation/simulationcharts.cpp" line="+60"/>
        <source>Operations per second</source>
        <translation>Operationen pro Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ops/s</source>
        <translation>ops/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts per second</source>
        <translation>Konflikte pro Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>conflicts/s</source>
        <translation>Konflikte/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pump rows written per second</source>
        <translation>Pumpe: Zeilen pro Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rows/s</source>
        <translation>Zeilen/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pump lag, change to commit (p99)</source>
        <translation>Pumpenverzögerung (p99)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands the units sent to the space per second</source>
        <translation>Befehle, die die Einheiten pro Sekunde an den Space gesendet haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands refused per second because another unit had the seat</source>
        <translation>Pro Sekunde abgelehnte Befehle, weil eine andere Einheit den Platz hatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows the data pump committed to the database per second</source>
        <translation>Zeilen, die die Datenpumpe pro Sekunde in der Datenbank festgeschrieben hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time from a change in the space to its commit in the database (99th percentile)</source>
        <translation>Zeit von einer Änderung im Space bis zu ihrer Festschreibung in der Datenbank (99. Perzentil)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>millions of </source>
        <translation>Mio. </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>thousands of </source>
        <translation>Tsd. </translation>
    </message>
</context>
<context>
    <name>tessera::SimulationFigures</name>
    <message>
        <location filename="../ui/simulation/simulationfigures.cpp" line="+22"/>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operations/s</source>
        <translation>Operationen/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successes</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats sold</source>
        <translation>Verkaufte Plätze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pump rows</source>
        <translation>Gepumpte Zeilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pump backlog</source>
        <translation>Pumpenrückstand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run time, pauses not counted</source>
        <translation>Laufzeit ohne Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands the units sent to the space</source>
        <translation>Befehle, die die Einheiten an den Space gesendet haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations per second over the last sample while running; the run&apos;s average at the end</source>
        <translation>Operationen pro Sekunde im letzten Messintervall während des Laufs; am Ende der Durchschnitt des Laufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands the space accepted</source>
        <translation>Befehle, die der Space angenommen hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands refused because another unit had the seat</source>
        <translation>Befehle, die abgelehnt wurden, weil eine andere Einheit den Platz hatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats the units sold (cancellations not subtracted)</source>
        <translation>Von den Einheiten verkaufte Plätze (Stornierungen nicht abgezogen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event&apos;s sold seats now, of all its seats</source>
        <translation>Die jetzt verkauften Plätze der Veranstaltung, von allen ihren Plätzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows the data pump wrote to the database during the run</source>
        <translation>Zeilen, die die Datenpumpe während des Laufs in die Datenbank geschrieben hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to be written to the database; the units slow down when it grows</source>
        <translation>Änderungen, die darauf warten, in die Datenbank geschrieben zu werden; die Einheiten werden langsamer, wenn der Rückstand wächst</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>tessera::SimulationPanel</name>
    <message>
        <location filename="../ui/simulation/simulationpanel.cpp" line="+71"/>
        <source>Run the simulation on %1?</source>
        <translation>Simulation für %1 starten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1 is on sale.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 ist im Verkauf.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The units hold and sell its seats in the database: clerks at every terminal see them taken, and customers cannot buy them, until you press Reset. Reset gives back exactly what the runs took.</source>
        <translation>Die Einheiten reservieren und verkaufen die Plätze in der Datenbank: Das Personal an allen Kassen sieht sie als belegt, und Kunden können sie nicht kaufen, bis Sie „Zurücksetzen“ drücken. Das Zurücksetzen gibt genau das zurück, was die Läufe belegt haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the simulation</source>
        <translation>Simulation starten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Simulation — Tessera</source>
        <translation>Simulation — Tessera</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Start a run with these settings</source>
        <translation>Einen Lauf mit diesen Einstellungen starten</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+575"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="-488"/>
        <source>Pause the units; resume where they were</source>
        <translation>Die Einheiten anhalten; sie machen dort weiter, wo sie waren</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>End the run now and check the database</source>
        <translation>Den Lauf jetzt beenden und die Datenbank prüfen</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Cancel the runs&apos; sales and release their holds: the event is as it was before</source>
        <translation>Die Verkäufe der Läufe stornieren und ihre Reservierungen freigeben: Die Veranstaltung ist wieder wie vorher</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Write the figures (JSON, CSV) and the charts (PNG) into a folder</source>
        <translation>Die Kennzahlen (JSON, CSV) und die Diagramme (PNG) in einen Ordner schreiben</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invariants</source>
        <translation>Invarianten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting room</source>
        <translation>Warteraum</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>One lane per processing unit: what it does now and its totals</source>
        <translation>Eine Spur je Verarbeitungseinheit: was sie gerade tut und ihre Summen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing units</source>
        <translation>Verarbeitungseinheiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reset the run first: it would otherwise leave its sales on this event.</source>
        <translation>Setzen Sie zuerst den Lauf zurück: Sonst blieben seine Verkäufe bei dieser Veranstaltung bestehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event is no longer available.</source>
        <translation>Diese Veranstaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This event has no numbered seats: choose one with seats to race for.</source>
        <translation>Diese Veranstaltung hat keine nummerierten Plätze: Wählen Sie eine mit Plätzen, um die gewetteifert werden kann.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Choose an event in the main window first.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wählen Sie zuerst im Hauptfenster eine Veranstaltung.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 seats</source>
        <translation>%1 · %2 Plätze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simulation: %1 — Tessera</source>
        <translation>Simulation: %1 — Tessera</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has ended. The units sell its seats for real, so a simulation runs only on an event still to come.</source>
        <translation>%1 ist vorbei. Die Einheiten verkaufen die Plätze wirklich, daher läuft eine Simulation nur für eine Veranstaltung, die noch bevorsteht.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Stopping the units…</source>
        <translation>Die Einheiten werden angehalten …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Putting the event back as it was…</source>
        <translation>Die Veranstaltung wird wiederhergestellt …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The event is as it was: %1 sales cancelled, %2 holds released.</source>
        <translation>Die Veranstaltung ist wie zuvor: %1 Verkäufe storniert, %2 Reservierungen freigegeben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reset the simulation?</source>
        <translation>Simulation zurücksetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The simulation&apos;s sales and holds are still on %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Verkäufe und Reservierungen der Simulation bestehen noch bei %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every terminal sees those seats taken. Closing ends a run that is going; you can still reset its seats later, while Tessera runs, from Demo &gt; Simulation.</source>
        <translation>Alle Kassen sehen diese Plätze als belegt. Schließen beendet einen laufenden Simulationslauf; Sie können seine Plätze später noch zurücksetzen, solange Tessera läuft, über Vorführung &gt; Simulation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset and close</source>
        <translation>Zurücksetzen und schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without reset</source>
        <translation>Ohne Zurücksetzen schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every terminal sees those seats taken. Once Tessera has quit they can no longer be reset: they stay sold in the database.</source>
        <translation>Alle Kassen sehen diese Plätze als belegt. Nachdem Tessera beendet wurde, lassen sie sich nicht mehr zurücksetzen: Sie bleiben in der Datenbank verkauft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset and quit</source>
        <translation>Zurücksetzen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit without reset</source>
        <translation>Ohne Zurücksetzen beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every terminal sees those seats taken. Once this window works on the server they can no longer be reset: they stay sold in this database.</source>
        <translation>Alle Kassen sehen diese Plätze als belegt. Sobald dieses Fenster auf dem Server arbeitet, lassen sie sich nicht mehr zurücksetzen: Sie bleiben in dieser Datenbank verkauft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset and connect</source>
        <translation>Zurücksetzen und verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect without reset</source>
        <translation>Ohne Zurücksetzen verbinden</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Export the run report into a folder</source>
        <translation>Den Laufbericht in einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Report written to %1: %2 files (JSON, CSV and the chart images).</source>
        <translation>Bericht nach %1 geschrieben: %2 Dateien (JSON, CSV und die Diagrammbilder).</translation>
    </message>
</context>
<context>
    <name>tessera::SimulationSettingsForm</name>
    <message>
        <location filename="../ui/simulation/simulationsettingsform.cpp" line="+39"/>
        <source>Processing units racing for the seats, each on a thread of its own (1 to %1)</source>
        <translation>Verarbeitungseinheiten, die um die Plätze wetteifern, jede in einem eigenen Thread (1 bis %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Units</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Share of operations that hold a random seat</source>
        <translation>Anteil der Operationen, die einen zufälligen Platz reservieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of operations that sell one of the unit&apos;s holds</source>
        <translation>Anteil der Operationen, die eine Reservierung der Einheit verkaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of operations that release one of the unit&apos;s holds</source>
        <translation>Anteil der Operationen, die eine Reservierung der Einheit freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of operations that cancel one of the unit&apos;s sales</source>
        <translation>Anteil der Operationen, die einen Verkauf der Einheit stornieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hold</source>
        <translation>Res.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sell</source>
        <translation>Verk.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>release</source>
        <translation>Freig.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cancel</source>
        <translation>Storno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Mix</source>
        <translation>&amp;Mischung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turbo</source>
        <translation>Turbo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause after each operation: between half and one and a half times this. 0 is turbo: no pause, operations sent to the space in batches.</source>
        <translation>Pause nach jeder Operation: zwischen dem Halben und dem Anderthalbfachen dieses Werts. 0 ist Turbo: keine Pause, die Operationen gehen gebündelt an den Space.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Think time</source>
        <translation>&amp;Denkzeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steady</source>
        <translation>Gleichmäßig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-sale spike</source>
        <translation>Verkaufsstart-Spitze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady: every unit works all the time. On-sale spike: a trickle, then every unit at once when sales open, then a slowing tail.</source>
        <translation>Gleichmäßig: Jede Einheit arbeitet die ganze Zeit. Verkaufsstart-Spitze: erst ein Rinnsal, dann alle Einheiten auf einmal, wenn der Verkauf öffnet, dann ein abflachender Ausklang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrival</source>
        <translation>&amp;Ankunft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until stopped</source>
        <translation>bis zum Stopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of the run, pauses not counted; 0 runs until you stop it</source>
        <translation>Dauer des Laufs ohne Pausen; bei 0 läuft er, bis Sie ihn stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration</source>
        <translation>Da&amp;uer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep pace with the database</source>
        <translation>Im Datenbank&amp;tempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units wait while more than %1 changes wait for the data pump. Off, the engine runs at its own speed and the pump catches up after the run (the database check then waits for it).</source>
        <translation>Die Einheiten warten, solange mehr als %1 Änderungen auf die Datenpumpe warten. Ausgeschaltet läuft die Engine in ihrem eigenen Tempo, und die Pumpe holt nach dem Lauf auf (die Datenbankprüfung wartet dann auf sie).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Events with a waiting room: simulated customers joining the queue per second at the height of the arrival curve</source>
        <translation>Veranstaltungen mit Warteschlange: simulierte Kunden, die sich auf dem Höhepunkt der Ankunftskurve pro Sekunde in die Warteschlange einreihen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queue arrivals</source>
        <translation>Zu&amp;lauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Events with a waiting room that has no admission rate of its own: customers the run admits per second (admit next N). A room with a rate admits at that rate.</source>
        <translation>Veranstaltungen mit einer Warteschlange ohne eigene Einlassrate: Kunden, die der Lauf pro Sekunde einlässt (wie „Nächste einlassen“ mit N). Eine Warteschlange mit eigener Rate lässt mit dieser Rate ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adm&amp;it</source>
        <translation>E&amp;inlass</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Give at least one operation a share.</source>
        <translation>Geben Sie mindestens einer Operation einen Anteil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1% hold · %2% sell · %3% release · %4% cancel</source>
        <translation>%1 % Res. · %2 % Verk. · %3 % Freig. · %4 % Storno</translation>
    </message>
</context>
<context>
    <name>tessera::StandingAreaModel</name>
    <message>
        <location filename="../ui/layouteditor/standingareamodel.cpp" line="+55"/>
        <source>%1 (undefined)</source>
        <translation>%1 (nicht definiert)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Standing area</source>
        <translation>Stehbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A standing area needs a name; %1 keeps its name.</source>
        <translation>Ein Stehbereich braucht einen Namen; %1 behält seinen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose one of the price categories for %1.</source>
        <translation>Wählen Sie eine der Preiskategorien für %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs room for at least one person: enter a whole number above 0.</source>
        <translation>%1 braucht Platz für mindestens eine Person: Geben Sie eine ganze Zahl größer als 0 ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter a number (sizes 0 or more) for %1.</source>
        <translation>Geben Sie für %1 eine Zahl ein (Größen 0 oder mehr).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit standing area %1</source>
        <translation>Stehbereich %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add standing area %1</source>
        <translation>Stehbereich %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove standing area %1</source>
        <translation>Stehbereich %1 entfernen</translation>
    </message>
</context>
<context>
    <name>tessera::StatusBarWidgets</name>
    <message>
        <location filename="../ui/mainwindow/statusbarwidgets.cpp" line="+30"/>
        <source>Other terminals see the seats you hold as held by this name (File &gt; Settings)</source>
        <translation>Andere Kassen sehen Ihre reservierten Plätze unter diesem Namen (Datei &gt; Einstellungen)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No seats selected</source>
        <translation>Keine Plätze ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 seat selected</source>
        <translation>1 Platz ausgewählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seats selected</source>
        <translation>%1 Plätze ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 seat selected, %1</source>
        <translation>1 Platz ausgewählt, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seats selected, %2</source>
        <translation>%1 Plätze ausgewählt, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selling as %1</source>
        <translation>Verkauf als %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Server %1: connecting…</source>
        <translation>Server %1: verbinde…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server %1 unreachable — reconnecting…</source>
        <translation>Server %1 nicht erreichbar — verbinde neu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server %1: offline</source>
        <translation>Server %1: offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The state of the server&apos;s database is shown once it answers again.</source>
        <translation>Der Zustand der Datenbank des Servers wird angezeigt, sobald er wieder antwortet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server %1: database OK, backlog %2</source>
        <translation>Server %1: Datenbank OK, Rückstand %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected. The server writes every sale to its database before confirming it.</source>
        <translation>Verbunden. Der Server schreibt jeden Verkauf in seine Datenbank, bevor er ihn bestätigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server %1: database connecting…</source>
        <translation>Server %1: Datenbank verbindet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server %1: database unavailable — sales wait until it returns</source>
        <translation>Server %1: Datenbank nicht verfügbar — Verkäufe warten, bis sie zurück ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server %1: stopped</source>
        <translation>Server %1: gestoppt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database: OK, backlog %1</source>
        <translation>Datenbank: OK, Rückstand %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every sale is written to the database before it is confirmed.</source>
        <translation>Jeder Verkauf wird in die Datenbank geschrieben, bevor er bestätigt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: connecting…</source>
        <translation>Datenbank: Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database unavailable — sales are kept and will be written when it returns</source>
        <translation>Datenbank nicht erreichbar — Verkäufe werden aufbewahrt und geschrieben, sobald sie zurück ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: stopped</source>
        <translation>Datenbank: angehalten</translation>
    </message>
</context>
<context>
    <name>tessera::TicketPrinter</name>
    <message>
        <location filename="../ui/mainwindow/ticketprinter.cpp" line="+95"/>
        <source>Row %1</source>
        <translation>Reihe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standing · %1</source>
        <translation>Stehplatz · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>Stehplatz</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Price %1</source>
        <translation>Preis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 · %2</source>
        <translation>Bestellung %1 · %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This order has no valid tickets.</source>
        <translation>Diese Bestellung hat keine gültigen Tickets.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Receipt</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>tessera::UnitLaneModel</name>
    <message>
        <location filename="../ui/simulation/unitlanemodel.cpp" line="+22"/>
        <source>hold</source>
        <translation>reservieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sell</source>
        <translation>verkaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>release</source>
        <translation>freigeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancel</source>
        <translation>stornieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unit %1</source>
        <translation>Einheit %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unit %1: %2 holds, %3 sales, %4 releases, %5 cancellations</source>
        <translation>Einheit %1: %2 Reservierungen, %3 Verkäufe, %4 Freigaben, %5 Stornierungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The operation the unit is sending now (idle while it thinks or waits)</source>
        <translation>Die Operation, die die Einheit gerade sendet („wartet“ in der Denkzeit oder wenn sie aufgehalten wird)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations the unit sent</source>
        <translation>Von der Einheit gesendete Operationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales the unit made</source>
        <translation>Verkäufe der Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations the space accepted</source>
        <translation>Vom Space angenommene Operationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations refused because another unit got there first</source>
        <translation>Abgelehnte Operationen, weil eine andere Einheit schneller war</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the unit&apos;s operations that were refused</source>
        <translation>Anteil der abgelehnten Operationen der Einheit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ops</source>
        <translation>Ops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
</context>
<context>
    <name>tessera::WaitingRoomFigures</name>
    <message>
        <location filename="../ui/simulation/waitingroomfigures.cpp" line="+21"/>
        <source>unknown (nobody admitted yet)</source>
        <translation>unbekannt (noch niemand eingelassen)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This event sells without a waiting room: the units race for the seats directly. Enable its queue in Admin › Waiting room to see it here.</source>
        <translation>Diese Veranstaltung verkauft ohne Warteschlange: Die Einheiten wetteifern direkt um die Plätze. Aktivieren Sie ihre Warteschlange unter Verwaltung › Warteraum, um sie hier zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In the queue</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admitted</source>
        <translation>Eingelassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated wait</source>
        <translation>Geschätzte Wartezeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought · left</source>
        <translation>Gekauft · gegangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People waiting in the event&apos;s queue now, the pre-queue included</source>
        <translation>Personen, die jetzt in der Warteschlange der Veranstaltung warten, einschließlich der Vorwarteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run&apos;s simulated customers the room admitted, of those who joined</source>
        <translation>Von der Warteschlange eingelassene simulierte Kunden des Laufs, von allen, die sich eingereiht haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted sessions shopping now (customers waiting for a unit included)</source>
        <translation>Eingelassene Sitzungen, die gerade einkaufen (einschließlich Kunden, die auf eine Einheit warten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a customer joining now would wait, from the room&apos;s admission rate</source>
        <translation>Wie lange ein jetzt hinzukommender Kunde warten würde, berechnet aus der Einlassrate der Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who bought and completed their session, and those who left without buying or whose session ran out</source>
        <translation>Kunden, die gekauft und ihre Sitzung abgeschlossen haben, und solche, die ohne Kauf gegangen sind oder deren Sitzung abgelaufen ist</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>tessera::Windows</name>
    <message>
        <location filename="../ui/mainwindow/windowclosing.h" line="+41"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window (%1 or Esc)</source>
        <translation>Dieses Fenster schließen (%1 oder Esc)</translation>
    </message>
</context>
<context>
    <name>tessera::WorkProgress</name>
    <message>
        <location filename="../ui/layouteditor/workprogress.cpp" line="+24"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop this work; the layout stays as it was (Esc)</source>
        <translation>Diesen Vorgang abbrechen; der Saalplan bleibt, wie er war (Esc)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
</TS>
