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
        <location filename="../ui/seatmap/seatmappalette.cpp" line="+36"/>
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
        <location filename="../ui/mainwindow/eventpicker.cpp" line="+75"/>
        <source>Search by name, venue or date</source>
        <translation>Nach Name, Spielstätte oder Datum suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of an event&apos;s name, its venue or its date (Ctrl+K)</source>
        <translation>Einen Teil des Veranstaltungsnamens, der Spielstätte oder des Datums eingeben (Strg+K)</translation>
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
        <location line="+97"/>
        <source>Show ended events</source>
        <translation>Vergangene Veranstaltungen zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show ended events (%1)</source>
        <translation>Vergangene Veranstaltungen zeigen (%1)</translation>
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
        <location line="+69"/>
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
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+45"/>
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
        <source>Connect to &amp;server…</source>
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
        <source>Refresh &amp;events</source>
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
        <translation>&amp;Verwaltung</translation>
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
        <translation>&amp;Vorführung</translation>
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
        <location line="+2"/>
        <source>&amp;Mouse and keys</source>
        <translation>&amp;Maus und Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to use the seat map</source>
        <translation>So bedienen Sie den Saalplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Tessera</source>
        <translation>Über &amp;Tessera</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose an event first.</source>
        <translation>Wählen Sie zuerst eine Veranstaltung.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This event is no longer available.</source>
        <translation>Diese Veranstaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location line="+22"/>
        <source>The simulation runs on the embedded engine only, not over a server connection.</source>
        <translation>Die Simulation läuft nur auf der eingebetteten Engine, nicht über eine Serververbindung.</translation>
    </message>
</context>
<context>
    <name>tessera::MessageBanner</name>
    <message>
        <location filename="../ui/mainwindow/messagebanner.cpp" line="+24"/>
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
    <name>tessera::SaleForm</name>
    <message>
        <location filename="../ui/mainwindow/saleform.cpp" line="+18"/>
        <source>&amp;Sell</source>
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
        <source>&amp;Hold</source>
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
        <location line="+276"/>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>This terminal still holds these places from before Tessera last stopped: put them in the cart to sell or release them</source>
        <translation>Diese Kasse hält diese Plätze noch von vor dem letzten Beenden von Tessera: in den Warenkorb legen, um sie zu verkaufen oder freizugeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best available</source>
        <translation>Beste freie Plätze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many seats together</source>
        <translation>Wie viele Plätze nebeneinander</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+481"/>
        <source>Standing</source>
        <translation>Stehplätze</translation>
    </message>
    <message>
        <location line="-476"/>
        <source>The standing area (or click it on the map)</source>
        <translation>Der Stehbereich (oder im Saalplan anklicken)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many standing places</source>
        <translation>Wie viele Stehplätze</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Last sale</source>
        <translation>Letzter Verkauf</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+30"/>
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
        <location line="+17"/>
        <source>Select seats on the map first, or use Best available.</source>
        <translation>Wählen Sie zuerst Plätze im Saalplan oder nutzen Sie „Beste freie Plätze“.</translation>
    </message>
    <message>
        <location line="+55"/>
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
        <location line="-333"/>
        <source>Give the held places back (Ctrl+R)</source>
        <translation>Die reservierten Plätze freigeben (Strg+R)</translation>
    </message>
    <message>
        <location line="+334"/>
        <source>Sold %1 tickets for %2 (order %3).</source>
        <translation>%1 Tickets für %2 verkauft (Bestellung %3).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 — %2 left, %3 each</source>
        <translation>%1 — noch %2, je %3</translation>
    </message>
    <message>
        <location line="+118"/>
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
    <name>tessera::SeatMapLegend</name>
    <message>
        <location filename="../ui/seatmap/seatmaplegend.cpp" line="+42"/>
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
        <location line="+7"/>
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
        <location line="+396"/>
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
</TS>
