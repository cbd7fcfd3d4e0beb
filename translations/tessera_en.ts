<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/mainwindow/filedialogs.cpp" line="+28"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>SeatMap</name>
    <message>
        <location filename="../ui/seatmap/seatmapdecorations.cpp" line="+62"/>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: sold out</source>
        <translation>%1: sold out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 left</source>
        <translation>%1: %2 left</translation>
    </message>
    <message>
        <location filename="../ui/seatmap/seatmappalette.cpp" line="+36"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by you</source>
        <translation>Held by you</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by someone else</source>
        <translation>Held by someone else</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
</context>
<context>
    <name>tessera</name>
    <message>
        <location filename="../app/tessera_main.cpp" line="+126"/>
        <source>Connected to %1 as %2.</source>
        <translation>Connected to %1 as %2.</translation>
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
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Created the demo events.</source>
        <translation>Created the demo events.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the database %1:
%2</source>
        <translation>Cannot open the database %1:
%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open another file…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a Tessera database</source>
        <translation>Open a Tessera database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tessera databases (*.db)</source>
        <translation>Tessera databases (*.db)</translation>
    </message>
</context>
<context>
    <name>tessera::AboutDialog</name>
    <message>
        <location filename="../ui/mainwindow/aboutdialog.cpp" line="+12"/>
        <source>About Tessera</source>
        <translation>About Tessera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h2&gt;Tessera %1&lt;/h2&gt;&lt;p&gt;A desktop box office: sell seats from a live seat map, standing places by quantity, and keep every sale safe in the database.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3 and libqrencode.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tessera %1&lt;/h2&gt;&lt;p&gt;A desktop box office: sell seats from a live seat map, standing places by quantity, and keep every sale safe in the database.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3 and libqrencode.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tessera::AdminWindows</name>
    <message>
        <location filename="../ui/admin/adminwindows.cpp" line="+29"/>
        <source>&amp;Admin</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Events…</source>
        <translation>&amp;Events…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create, edit, duplicate and delete events</source>
        <translation>Create, edit, duplicate and delete events</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Waiting room…</source>
        <translation>&amp;Waiting room…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue settings, the waiting line, admissions and sessions</source>
        <translation>Queue settings, the waiting line, admissions and sessions</translation>
    </message>
</context>
<context>
    <name>tessera::ConnectDialog</name>
    <message>
        <location filename="../ui/mainwindow/connectdialog.cpp" line="+32"/>
        <source>&amp;Remember server</source>
        <translation>&amp;Remember server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tessera-server to sell from: http:// or https://, host and port</source>
        <translation>The tessera-server to sell from: http:// or https://, host and port</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your clerk or admin account on the server</source>
        <translation>Your clerk or admin account on the server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not stored: asked at every connection</source>
        <translation>Not stored: asked at every connection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the server and the user (never the password) for next time</source>
        <translation>Keep the server and the user (never the password) for next time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole window then works on the server: seat maps follow it live.</source>
        <translation>The whole window then works on the server: seat maps follow it live.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot connect: %1</source>
        <translation>Cannot connect: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ConnectionIndicator</name>
    <message>
        <location filename="../ui/mainwindow/connectionindicator.cpp" line="+27"/>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting to %1…</source>
        <translation>Reconnecting to %1…</translation>
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
        <translation>Creating %1 (%2 seats)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo data ready</source>
        <translation>Demo data ready</translation>
    </message>
</context>
<context>
    <name>tessera::EventListModel</name>
    <message>
        <location filename="../ui/mainwindow/eventlistmodel.cpp" line="+53"/>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not on sale</source>
        <translation>not on sale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sold out</source>
        <translation>sold out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 left</source>
        <translation>%1 of %2 left</translation>
    </message>
</context>
<context>
    <name>tessera::EventPicker</name>
    <message>
        <location filename="../ui/mainwindow/eventpicker.cpp" line="+75"/>
        <source>Search by name, venue or date</source>
        <translation>Search by name, venue or date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of an event&apos;s name, its venue or its date (Ctrl+K)</source>
        <translation>Type part of an event&apos;s name, its venue or its date (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the events that are over too, to look at their seat maps. Their tickets can no longer be sold.</source>
        <translation>List the events that are over too, to look at their seat maps. Their tickets can no longer be sold.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Events&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Show ended events</source>
        <translation>Show ended events</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show ended events (%1)</source>
        <translation>Show ended events (%1)</translation>
    </message>
</context>
<context>
    <name>tessera::LocalBoxOffice</name>
    <message>
        <location filename="../core/boxoffice/localboxoffice.cpp" line="+50"/>
        <source>another terminal</source>
        <translation>another terminal</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading %1</source>
        <translation>Loading %1</translation>
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
        <translation>No event with id %1.</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>An event with id %1 exists already.</source>
        <translation>An event with id %1 exists already.</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%1 has %n sold ticket(s). Cancel or refund them before deleting the event.</source>
        <translation>
            <numerusform>%1 has %n sold ticket. Cancel or refund it before deleting the event.</numerusform>
            <numerusform>%1 has %n sold tickets. Cancel or refund them before deleting the event.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The layout of %1 cannot change while tickets are held or sold.</source>
        <translation>The layout of %1 cannot change while tickets are held or sold.</translation>
    </message>
</context>
<context>
    <name>tessera::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+45"/>
        <source>Tessera box office</source>
        <translation>Tessera box office</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal name, hold time, printer</source>
        <translation>Terminal name, hold time, printer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to &amp;server…</source>
        <translation>Connect to &amp;server…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sell from a tessera-server instead of this computer&apos;s database</source>
        <translation>Sell from a tessera-server instead of this computer&apos;s database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close Tessera</source>
        <translation>Close Tessera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sales</source>
        <translation>&amp;Sales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hold selected seats</source>
        <translation>&amp;Hold selected seats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the seats selected on the map</source>
        <translation>Hold the seats selected on the map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Best available</source>
        <translation>&amp;Best available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the best seats together (quantity and category in the cart)</source>
        <translation>Hold the best seats together (quantity and category in the cart)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Extend hold</source>
        <translation>&amp;Extend hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the hold its full time again</source>
        <translation>Give the hold its full time again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Release hold</source>
        <translation>&amp;Release hold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the places back</source>
        <translation>Give the places back</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sell</source>
        <translation>&amp;Sell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell the held places</source>
        <translation>Sell the held places</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save tickets as &amp;PDF…</source>
        <translation>Save tickets as &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last sale&apos;s tickets as a PDF file</source>
        <translation>The last sale&apos;s tickets as a PDF file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pr&amp;int tickets…</source>
        <translation>Pr&amp;int tickets…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the last sale&apos;s tickets</source>
        <translation>Print the last sale&apos;s tickets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save re&amp;ceipt…</source>
        <translation>Save re&amp;ceipt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last sale&apos;s receipt as a PDF file</source>
        <translation>The last sale&apos;s receipt as a PDF file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find order…</source>
        <translation>&amp;Find order…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an order by ticket id, order id or customer; cancel, refund, reprint</source>
        <translation>Find an order by ticket id, order id or customer; cancel, refund, reprint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;event</source>
        <translation>Find &amp;event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the events</source>
        <translation>Search the events</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh &amp;events</source>
        <translation>Refresh &amp;events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the events and their counts</source>
        <translation>Reload the events and their counts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom into the seat map</source>
        <translation>Zoom into the seat map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out of the seat map</source>
        <translation>Zoom out of the seat map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit venue</source>
        <translation>&amp;Fit venue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole venue</source>
        <translation>Show the whole venue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seat &amp;map</source>
        <translation>Seat &amp;map</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put the keyboard focus on the map</source>
        <translation>Put the keyboard focus on the map</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Admin</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;layout…</source>
        <translation>Edit &amp;layout…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the seats, categories and standing areas of the current event</source>
        <translation>Edit the seats, categories and standing areas of the current event</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Demo</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Simulation…</source>
        <translation>&amp;Simulation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing units racing for the seats of the shown event, live</source>
        <translation>Processing units racing for the seats of the shown event, live</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mouse and keys</source>
        <translation>&amp;Mouse and keys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to use the seat map</source>
        <translation>How to use the seat map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Tessera</source>
        <translation>&amp;About Tessera</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose an event first.</source>
        <translation>Choose an event first.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This event is no longer available.</source>
        <translation>This event is no longer available.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;b&gt;Choose an event at the left.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Choose an event at the left.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Tessera box office</source>
        <translation>%1 — Tessera box office</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The simulation runs on the embedded engine only, not over a server connection.</source>
        <translation>The simulation runs on the embedded engine only, not over a server connection.</translation>
    </message>
</context>
<context>
    <name>tessera::MessageBanner</name>
    <message>
        <location filename="../ui/mainwindow/messagebanner.cpp" line="+24"/>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>tessera::OrderDocuments</name>
    <message>
        <location filename="../ui/mainwindow/orderdocuments.cpp" line="+29"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every ticket of order %1 is cancelled: there is nothing to hand out.</source>
        <translation>Every ticket of order %1 is cancelled: there is nothing to hand out.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save tickets</source>
        <translation>Save tickets</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save receipt</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print tickets</source>
        <translation>Print tickets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer is not available.</source>
        <translation>The printer is not available.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent the tickets to %1.</source>
        <translation>Sent the tickets to %1.</translation>
    </message>
</context>
<context>
    <name>tessera::OrderLookupDialog</name>
    <message>
        <location filename="../ui/mainwindow/orderlookupdialog.cpp" line="+69"/>
        <source>Cancel &amp;ticked tickets</source>
        <translation>Cancel &amp;ticked tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel whole &amp;order</source>
        <translation>Cancel whole &amp;order</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Re&amp;print tickets…</source>
        <translation>Re&amp;print tickets…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets P&amp;DF…</source>
        <translation>Tickets P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ceipt…</source>
        <translation>Re&amp;ceipt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find orders</source>
        <translation>Find orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order or ticket number, customer, e-mail, seat (A-12) or event</source>
        <translation>Order or ticket number, customer, e-mail, seat (A-12) or event</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order / ticket</source>
        <translation>Order / ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place or customer</source>
        <translation>Place or customer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel (no money back)</source>
        <translation>Cancel (no money back)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund (money back)</source>
        <translation>Refund (money back)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the customer gets the money back; the places are free again either way</source>
        <translation>Whether the customer gets the money back; the places are free again either way</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the tickets to give back, then press this</source>
        <translation>Tick the tickets to give back, then press this</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund &amp;ticked tickets</source>
        <translation>Refund &amp;ticked tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund whole &amp;order</source>
        <translation>Refund whole &amp;order</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Type a ticket id, an order id, or part of a customer&apos;s name or e-mail.</source>
        <translation>Type a ticket id, an order id, or part of a customer&apos;s name or e-mail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No orders found.</source>
        <translation>No orders found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 order found.</source>
        <translation>1 order found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 orders found.</source>
        <translation>%1 orders found.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(deleted event)</source>
        <translation>(deleted event)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name</source>
        <translation>no name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Tick the tickets to cancel first.</source>
        <translation>Tick the tickets to cancel first.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>all tickets of order %1</source>
        <translation>all tickets of order %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 ticket of order %1</source>
        <translation>1 ticket of order %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tickets of order %2</source>
        <translation>%1 tickets of order %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refund %1: %2 back to the customer (%3)? The places are free for sale again at once.</source>
        <translation>Refund %1: %2 back to the customer (%3)? The places are free for sale again at once.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel %1 without refund? The customer paid %2 (%3) and gets nothing back. The places are free for sale again at once.</source>
        <translation>Cancel %1 without refund? The customer paid %2 (%3) and gets nothing back. The places are free for sale again at once.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund tickets</source>
        <translation>Refund tickets</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Cancel tickets</source>
        <translation>Cancel tickets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refunded %1.</source>
        <translation>Refunded %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled %1.</source>
        <translation>Cancelled %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose an order of an event that still exists.</source>
        <translation>Choose an order of an event that still exists.</translation>
    </message>
</context>
<context>
    <name>tessera::Prompter</name>
    <message>
        <location filename="../ui/mainwindow/prompter.cpp" line="+17"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>tessera::SaleForm</name>
    <message>
        <location filename="../ui/mainwindow/saleform.cpp" line="+18"/>
        <source>&amp;Sell</source>
        <translation>&amp;Sell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complimentary</source>
        <translation>Complimentary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the customer pays</source>
        <translation>How the customer pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s name, to find the order later</source>
        <translation>The customer&apos;s name, to find the order later</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. ada@example.org</source>
        <translation>optional, e.g. ada@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s e-mail address</source>
        <translation>The customer&apos;s e-mail address</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sell the held places (Ctrl+Return)</source>
        <translation>Sell the held places (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Payment:</source>
        <translation>&amp;Payment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The name is too long: at most %1 characters.</source>
        <translation>The name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an e-mail address. Correct it or leave it empty.</source>
        <translation>&quot;%1&quot; is not an e-mail address. Correct it or leave it empty.</translation>
    </message>
</context>
<context>
    <name>tessera::Sales</name>
    <message>
        <location filename="../ui/mainwindow/uisupport.h" line="+38"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complimentary</source>
        <translation>Complimentary</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+30"/>
        <source>refunded</source>
        <translation>refunded</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>reserved</source>
        <translation>reserved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled, partly refunded</source>
        <translation>cancelled, partly refunded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>partly refunded</source>
        <translation>partly refunded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly cancelled</source>
        <translation>partly cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly cancelled and refunded</source>
        <translation>partly cancelled and refunded</translation>
    </message>
</context>
<context>
    <name>tessera::SalesPanel</name>
    <message>
        <location filename="../ui/mainwindow/salespanel.cpp" line="+83"/>
        <source>Cart</source>
        <translation>Cart</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Hold</source>
        <translation>&amp;Hold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the selected seats for this customer (Ctrl+H)</source>
        <translation>Hold the selected seats for this customer (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtend</source>
        <translation>E&amp;xtend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the hold its full time again (Ctrl+E)</source>
        <translation>Give the hold its full time again (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+276"/>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>This terminal still holds these places from before Tessera last stopped: put them in the cart to sell or release them</source>
        <translation>This terminal still holds these places from before Tessera last stopped: put them in the cart to sell or release them</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best available</source>
        <translation>Best available</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many seats together</source>
        <translation>How many seats together</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In which price category</source>
        <translation>In which price category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;&amp; hold</source>
        <translation>Find &amp;&amp; hold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the best seats together in this category (Ctrl+B)</source>
        <translation>Hold the best seats together in this category (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+481"/>
        <source>Standing</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location line="-476"/>
        <source>The standing area (or click it on the map)</source>
        <translation>The standing area (or click it on the map)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many standing places</source>
        <translation>How many standing places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold places</source>
        <translation>Hold places</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold this many places in the standing area</source>
        <translation>Hold this many places in the standing area</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last sale</source>
        <translation>Last sale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tickets PDF…</source>
        <translation>Tickets PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the tickets as a PDF file (Ctrl+Shift+S)</source>
        <translation>Save the tickets as a PDF file (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the tickets (Ctrl+P)</source>
        <translation>Print the tickets (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt…</source>
        <translation>Receipt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the receipt as a PDF file</source>
        <translation>Save the receipt as a PDF file</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Any category</source>
        <translation>Any category</translation>
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
            <numerusform>Take back %n held place, until %1</numerusform>
            <numerusform>Take back %n held places, until %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That hold has run out: its places are free again.</source>
        <translation>That hold has run out: its places are free again.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select seats on the map first, or use Best available.</source>
        <translation>Select seats on the map first, or use Best available.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Held 1 place until %1.</source>
        <translation>Held 1 place until %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held %1 places until %2.</source>
        <translation>Held %1 places until %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hold extended to %1.</source>
        <translation>Hold extended to %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Release hold</source>
        <translation>Release hold</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Give back the %n held place(s)?</source>
        <translation>
            <numerusform>Give back the held place?</numerusform>
            <numerusform>Give back the %n held places?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other terminals can sell them at once.</source>
        <translation>Other terminals can sell them at once.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Keep them</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Released the held places.</source>
        <translation>Released the held places.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Order %1: 1 ticket, %2</source>
        <translation>Order %1: 1 ticket, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1: %2 tickets, %3</source>
        <translation>Order %1: %2 tickets, %3</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Sold 1 ticket for %1 (order %2).</source>
        <translation>Sold 1 ticket for %1 (order %2).</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Give the held places back (Ctrl+R)</source>
        <translation>Give the held places back (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+334"/>
        <source>Sold %1 tickets for %2 (order %3).</source>
        <translation>Sold %1 tickets for %2 (order %3).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 — %2 left, %3 each</source>
        <translation>%1 — %2 left, %3 each</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Order %1: every ticket cancelled</source>
        <translation>Order %1: every ticket cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 cancelled)</source>
        <translation>(%1 cancelled)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Nothing held. Select seats and press Hold.</source>
        <translation>Nothing held. Select seats and press Hold.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hold ran out; the places are free again.</source>
        <translation>The hold ran out; the places are free again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held for you: %1 left (Ctrl+E extends)</source>
        <translation>Held for you: %1 left (Ctrl+E extends)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Held for this customer&lt;/b&gt;&lt;br&gt;The event has ended: its tickets can no longer be sold. Release the hold.</source>
        <translation>&lt;b&gt;Held for this customer&lt;/b&gt;&lt;br&gt;The event has ended: its tickets can no longer be sold. Release the hold.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Held for this customer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Held for this customer&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Held for this customer&lt;/b&gt;&lt;br&gt;More seats are selected on the map: sell or release this hold before holding them.</source>
        <translation>&lt;b&gt;Held for this customer&lt;/b&gt;&lt;br&gt;More seats are selected on the map: sell or release this hold before holding them.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 × %2 — %3 each</source>
        <translation>%1 × %2 — %3 each</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;This event has ended.&lt;/b&gt; Its tickets can no longer be sold; Find order (Ctrl+F) still cancels and refunds them.</source>
        <translation>&lt;b&gt;This event has ended.&lt;/b&gt; Its tickets can no longer be sold; Find order (Ctrl+F) still cancels and refunds them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click seats on the map, drag to select a block.</source>
        <translation>Click seats on the map, drag to select a block.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Selected&lt;/b&gt; (not held yet — press Hold)</source>
        <translation>&lt;b&gt;Selected&lt;/b&gt; (not held yet — press Hold)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose an event.</source>
        <translation>Choose an event.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 place, total %1</source>
        <translation>1 place, total %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 places, total %2</source>
        <translation>%1 places, total %2</translation>
    </message>
</context>
<context>
    <name>tessera::SeatMapLegend</name>
    <message>
        <location filename="../ui/seatmap/seatmaplegend.cpp" line="+42"/>
        <source>Seat colours: available seats show their price category</source>
        <translation>Seat colours: available seats show their price category</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available seats in %1</source>
        <translation>Available seats in %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wheelchair place</source>
        <translation>Wheelchair place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seat with wheelchair access</source>
        <translation>Seat with wheelchair access</translation>
    </message>
</context>
<context>
    <name>tessera::SeatMapView</name>
    <message>
        <location filename="../ui/seatmap/seatmapview.cpp" line="+37"/>
        <source>Seat map</source>
        <translation>Seat map</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click or drag to select seats, Ctrl+click to add or remove, wheel to zoom. F1: all keys.</source>
        <translation>Click or drag to select seats, Ctrl+click to add or remove, wheel to zoom. F1: all keys.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click a seat to select it, Ctrl+click to add or remove, drag to select a block. Wheel or +/- zooms, 0 fits the venue; middle-drag, Space+drag or Ctrl+arrows pan. Zoomed in, arrows move the seat cursor and Space selects it. Esc clears the selection.</source>
        <translation>Click a seat to select it, Ctrl+click to add or remove, drag to select a block. Wheel or +/- zooms, 0 fits the venue; middle-drag, Space+drag or Ctrl+arrows pan. Zoomed in, arrows move the seat cursor and Space selects it. Esc clears the selection.</translation>
    </message>
    <message>
        <location line="+396"/>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seat %1</source>
        <translation>seat %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>holder %1</source>
        <translation>holder %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held by %1</source>
        <translation>Held by %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1:%2 left</source>
        <translation>, %1:%2 left</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sold (%1)</source>
        <translation>Sold (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked: %1</source>
        <translation>Blocked: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wheelchair place</source>
        <translation>Wheelchair place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Companion seat</source>
        <translation>Companion seat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restricted view</source>
        <translation>Restricted view</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
%2 of %3 places left, %4 held, %5 sold
Click to sell places</source>
        <translation>%1
%2 of %3 places left, %4 held, %5 sold
Click to sell places</translation>
    </message>
</context>
<context>
    <name>tessera::SettingsDialog</name>
    <message>
        <location filename="../ui/mainwindow/settingsdialog.cpp" line="+28"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other terminals see seats you hold as held by this name</source>
        <translation>Other terminals see seats you hold as held by this name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the event&apos;s hold time</source>
        <translation>the event&apos;s hold time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None (plain numbers)</source>
        <translation>None (plain numbers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s: %1 (%2)</source>
        <translation>The system&apos;s: %1 (%2)</translation>
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
        <translation>Prices, tickets and receipts show amounts in this currency; type a code to find it. Amounts themselves are not converted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sqlite:///path/file.db or postgresql://user@host/db; used from the next start</source>
        <translation>sqlite:///path/file.db or postgresql://user@host/db; used from the next start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Terminal name:</source>
        <translation>&amp;Terminal name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hold seats for:</source>
        <translation>&amp;Hold seats for:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Currency:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In use now: %1. A change here is used from the next start (a --database option given at the start wins over it).</source>
        <translation>In use now: %1. A change here is used from the next start (a --database option given at the start wins over it).</translation>
    </message>
</context>
<context>
    <name>tessera::StatusBarWidgets</name>
    <message>
        <location filename="../ui/mainwindow/statusbarwidgets.cpp" line="+30"/>
        <source>Other terminals see the seats you hold as held by this name (File &gt; Settings)</source>
        <translation>Other terminals see the seats you hold as held by this name (File &gt; Settings)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No seats selected</source>
        <translation>No seats selected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 seat selected</source>
        <translation>1 seat selected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seats selected</source>
        <translation>%1 seats selected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 seat selected, %1</source>
        <translation>1 seat selected, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seats selected, %2</source>
        <translation>%1 seats selected, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selling as %1</source>
        <translation>Selling as %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Server %1: connecting…</source>
        <translation>Server %1: connecting…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server %1 unreachable — reconnecting…</source>
        <translation>Server %1 unreachable — reconnecting…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server %1: offline</source>
        <translation>Server %1: offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The state of the server&apos;s database is shown once it answers again.</source>
        <translation>The state of the server&apos;s database is shown once it answers again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server %1: database OK, backlog %2</source>
        <translation>Server %1: database OK, backlog %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected. The server writes every sale to its database before confirming it.</source>
        <translation>Connected. The server writes every sale to its database before confirming it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server %1: database connecting…</source>
        <translation>Server %1: database connecting…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server %1: database unavailable — sales wait until it returns</source>
        <translation>Server %1: database unavailable — sales wait until it returns</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server %1: stopped</source>
        <translation>Server %1: stopped</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database: OK, backlog %1</source>
        <translation>Database: OK, backlog %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every sale is written to the database before it is confirmed.</source>
        <translation>Every sale is written to the database before it is confirmed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: connecting…</source>
        <translation>Database: connecting…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database unavailable — sales are kept and will be written when it returns</source>
        <translation>Database unavailable — sales are kept and will be written when it returns</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: stopped</source>
        <translation>Database: stopped</translation>
    </message>
</context>
<context>
    <name>tessera::TicketPrinter</name>
    <message>
        <location filename="../ui/mainwindow/ticketprinter.cpp" line="+95"/>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat %1</source>
        <translation>Seat %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standing · %1</source>
        <translation>Standing · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Price %1</source>
        <translation>Price %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 · %2</source>
        <translation>Order %1 · %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This order has no valid tickets.</source>
        <translation>This order has no valid tickets.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
</TS>
