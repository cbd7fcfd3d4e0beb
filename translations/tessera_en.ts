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
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../ui/layouteditor/layoutcommands.cpp" line="+46"/>
        <source>Delete %n seat(s)</source>
        <translation>
            <numerusform>Delete %n seat</numerusform>
            <numerusform>Delete %n seats</numerusform>
        </translation>
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
        <location filename="../ui/seatmap/seatmappalette.cpp" line="+65"/>
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
    <message>
        <location filename="../ui/admin/eventlayout.cpp" line="+36"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stalls</source>
        <translation>Stalls</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Theatre Royal (1,512 seats, 150 standing)</source>
        <translation>Theatre Royal (1,512 seats, 150 standing)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City Arena (19,200 seats, 2,000 standing)</source>
        <translation>City Arena (19,200 seats, 2,000 standing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National Stadium (99,120 seats)</source>
        <translation>National Stadium (99,120 seats)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
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
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
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
    <name>tessera::CategoryModel</name>
    <message>
        <location filename="../ui/layouteditor/categorymodel.cpp" line="+62"/>
        <source>Key: %1</source>
        <translation>Key: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A price category needs a name; %1 keeps its name.</source>
        <translation>A price category needs a name; %1 keeps its name.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a colour: write it as #rrggbb, like #0d9488.</source>
        <translation>%1 is not a colour: write it as #rrggbb, like #0d9488.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter a price of 0 or more, like %1; %2 keeps its price.</source>
        <translation>Enter a price of 0 or more, like %1; %2 keeps its price.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit category %1</source>
        <translation>Edit category %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add category %1</source>
        <translation>Add category %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove category %1</source>
        <translation>Remove category %1</translation>
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
    <name>tessera::EventDialog</name>
    <message>
        <location filename="../ui/admin/eventdialog.cpp" line="+93"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate %1</source>
        <translation>Duplicate %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Hamlet</source>
        <translation>e.g. Hamlet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown to customers and on the tickets</source>
        <translation>Shown to customers and on the tickets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Theatre Royal</source>
        <translation>e.g. Theatre Royal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the event takes place: printed on every ticket</source>
        <translation>Where the event takes place: printed on every ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts:</source>
        <translation>Starts:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numbered seats, standing places only, or both</source>
        <translation>Numbered seats, standing places only, or both</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inactive and sold-out events cannot be sold</source>
        <translation>Inactive and sold-out events cannot be sold</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open sales at</source>
        <translation>Open sales at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchecked: sales open as soon as the event is on sale</source>
        <translation>Unchecked: sales open as soon as the event is on sale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sales:</source>
        <translation>Sales:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long held seats wait for the sale before they are released</source>
        <translation>How long held seats wait for the sale before they are released</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold time:</source>
        <translation>Hold time:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(1 minute)</source>
        <translation>(1 minute)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 minutes)</source>
        <translation>(%1 minutes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 min %2 s)</source>
        <translation>(%1 min %2 s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seating plan</source>
        <translation>Seating plan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The type follows the seating plan, which the layout editor changes</source>
        <translation>The type follows the seating plan, which the layout editor changes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create event</source>
        <translation>Create event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Enter the event&apos;s name.</source>
        <translation>Enter the event&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most %1 characters.</source>
        <translation>The name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another event is called %1: choose a name that tells them apart.</source>
        <translation>Another event is called %1: choose a name that tells them apart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the venue: it is printed on the tickets.</source>
        <translation>Enter the venue: it is printed on the tickets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event must end after it starts.</source>
        <translation>The event must end after it starts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event would start in the past.</source>
        <translation>The event would start in the past.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales must open before the event ends.</source>
        <translation>Sales must open before the event ends.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing the seating plan…</source>
        <translation>Preparing the seating plan…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating %1…</source>
        <translation>Creating %1…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Move %1?</source>
        <translation>Move %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Tickets of %1 are sold for %2: %3.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tickets of %1 are sold for %2: %3.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tickets keep their places. Their holders need to hear of the new time: %1 to %2.</source>
        <translation>The tickets keep their places. Their holders need to hear of the new time: %1 to %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the event</source>
        <translation>Move the event</translation>
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
        <location filename="../ui/mainwindow/eventpicker.cpp" line="+123"/>
        <source>Search by name, venue or date</source>
        <translation>Search by name, venue or date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type words of an event&apos;s name, its venue or its date, in any order: &quot;dec 8&quot; (Ctrl+K)</source>
        <translation>Type words of an event&apos;s name, its venue or its date, in any order: &quot;dec 8&quot; (Ctrl+K)</translation>
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
        <location line="+120"/>
        <source>Show ended events</source>
        <translation>Show ended events</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show ended events (%1)</source>
        <translation>Show ended events (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No event matches “%1”.</source>
        <translation>No event matches “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick “Show ended events” to search those too.</source>
        <translation>Tick “Show ended events” to search those too.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No events yet. Admin &gt; Events creates one.</source>
        <translation>No events yet. Admin &gt; Events creates one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every event has ended.</source>
        <translation>Every event has ended.</translation>
    </message>
</context>
<context>
    <name>tessera::EventPlanPicker</name>
    <message>
        <location filename="../ui/admin/eventplanpicker.cpp" line="+39"/>
        <source>%1 seats</source>
        <translation>%1 seats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 standing places</source>
        <translation>%1 standing places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seats, %2 standing places</source>
        <translation>%1 seats, %2 standing places</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This plan has no seats; a seated or mixed event needs some.</source>
        <translation>This plan has no seats; a seated or mixed event needs some.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This plan has no standing places; a standing or mixed event needs some.</source>
        <translation>This plan has no standing places; a standing or mixed event needs some.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This plan has seats; choose Seated or Mixed for it.</source>
        <translation>This plan has seats; choose Seated or Mixed for it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows × seats</source>
        <translation>Rows × seats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo venue</source>
        <translation>Demo venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a file (pretix JSON or CSV)</source>
        <translation>From a file (pretix JSON or CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the seats of the new event come from. Seats are edited one by one in the layout editor.</source>
        <translation>Where the seats of the new event come from. Seats are edited one by one in the layout editor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows are lettered from A, skipping I and O</source>
        <translation>Rows are lettered from A, skipping I and O</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seats are numbered from 1, left to right seen from the stage</source>
        <translation>Seats are numbered from 1, left to right seen from the stage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows of</source>
        <translation>rows of</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seats</source>
        <translation>seats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats:</source>
        <translation>Seats:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seat price:</source>
        <translation>Seat price:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Places in a standing area behind the seats (standing and mixed events)</source>
        <translation>Places in a standing area behind the seats (standing and mixed events)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standing places:</source>
        <translation>Standing places:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The seating plan of %1: %2 with the same categories and prices.</source>
        <translation>The seating plan of %1: %2 with the same categories and prices.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same plan as %1</source>
        <translation>Same plan as %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seating plan</source>
        <translation>Seating plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating plans (*.json *.csv);;pretix seating plan (*.json);;Seat CSV (*.csv)</source>
        <translation>Seating plans (*.json *.csv);;pretix seating plan (*.json);;Seat CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1… %2 %</source>
        <translation>Reading %1… %2 %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 note on the file</source>
        <translation>1 note on the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 notes on the file</source>
        <translation>%1 notes on the file</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Enter how many standing places the event has.</source>
        <translation>Enter how many standing places the event has.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is still being read.</source>
        <translation>The file is still being read.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <source>Choose a seating-plan file.</source>
        <translation>Choose a seating-plan file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No seating plan chosen.</source>
        <translation>No seating plan chosen.</translation>
    </message>
</context>
<context>
    <name>tessera::EventTableModel</name>
    <message>
        <location filename="../ui/admin/eventtablemodel.cpp" line="+18"/>
        <source>Seated</source>
        <translation>Seated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold out</source>
        <translation>Sold out</translation>
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
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>when active</source>
        <translation>when active</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales open</source>
        <translation>Sales open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold time</source>
        <translation>Hold time</translation>
    </message>
</context>
<context>
    <name>tessera::EventsAdmin</name>
    <message>
        <location filename="../ui/admin/eventsadmin.cpp" line="+36"/>
        <source>Events — Tessera</source>
        <translation>Events — Tessera</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New event…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create an event with its seating plan</source>
        <translation>Create an event with its seating plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected event</source>
        <translation>Change the selected event</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new event with the details and seating plan of the selected one</source>
        <translation>A new event with the details and seating plan of the selected one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected event</source>
        <translation>Delete the selected event</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by name, venue or date</source>
        <translation>Filter by name, venue or date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every word must appear in the event&apos;s name, venue or start date (Ctrl+F)</source>
        <translation>Every word must appear in the event&apos;s name, venue or start date (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>1 event</source>
        <translation>1 event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 events</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is no longer available.</source>
        <translation>%1 is no longer available.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 sold ticket</source>
        <translation>1 sold ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sold tickets</source>
        <translation>%1 sold tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has %2. An event with sold tickets is not deleted: the tickets stay valid and their sales stay on record.

Cancel or refund the tickets in Find order first, or take the event off sale now.</source>
        <translation>%1 has %2. An event with sold tickets is not deleted: the tickets stay valid and their sales stay on record.

Cancel or refund the tickets in Find order first, or take the event off sale now.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot delete %1</source>
        <translation>Cannot delete %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set inactive</source>
        <translation>Set inactive</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete %1 on %2 with its seating plan? This cannot be undone.</source>
        <translation>Delete %1 on %2 with its seating plan? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 seat is held right now; the hold ends.</source>
        <translation>1 seat is held right now; the hold ends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seats are held right now; the holds end.</source>
        <translation>%1 seats are held right now; the holds end.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted %1.</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is no longer on sale; its tickets stay valid.</source>
        <translation>%1 is no longer on sale; its tickets stay valid.</translation>
    </message>
</context>
<context>
    <name>tessera::GenerateSectionDialog</name>
    <message>
        <location filename="../ui/layouteditor/generatesectiondialog.cpp" line="+44"/>
        <source>Generate section</source>
        <translation>Generate section</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example Stalls</source>
        <translation>for example Stalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Section:</source>
        <translation>&amp;Section:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rows of</source>
        <translation>rows of</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seats</source>
        <translation>seats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 … n from the left</source>
        <translation>1 … n from the left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 … n from the right</source>
        <translation>1 … n from the right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd left, even right (from the centre)</source>
        <translation>Odd left, even right (from the centre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even left, odd right (from the centre)</source>
        <translation>Even left, odd right (from the centre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd numbers only, from the left</source>
        <translation>Odd numbers only, from the left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd numbers only, from the right</source>
        <translation>Odd numbers only, from the right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even numbers only, from the left</source>
        <translation>Even numbers only, from the left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even numbers only, from the right</source>
        <translation>Even numbers only, from the right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Numbering:</source>
        <translation>&amp;Numbering:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters A, B, … (no I or O)</source>
        <translation>Letters A, B, … (no I or O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers 1, 2, …</source>
        <translation>Numbers 1, 2, …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first row</source>
        <translation>first row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first seat</source>
        <translation>first seat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row labels:</source>
        <translation>Row labels:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+14"/>
        <source> units</source>
        <translation> units</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>seat pitch</source>
        <translation>seat pitch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row spacing</source>
        <translation>row spacing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spacing:</source>
        <translation>Spacing:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>straight rows</source>
        <translation>straight rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radius of the front row&apos;s arc; 0 gives straight rows</source>
        <translation>Radius of the front row&apos;s arc; 0 gives straight rows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rotation</source>
        <translation>rotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>curve radius</source>
        <translation>curve radius</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shape:</source>
        <translation>Shape:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after seats, e.g. 6, 14</source>
        <translation>after seats, e.g. 6, 14</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every</source>
        <translation>every</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>width</source>
        <translation>width</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aisles:</source>
        <translation>Aisles:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
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
        <translation>Origin:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Add a price category first.</source>
        <translation>Add a price category first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The layout already has a section &quot;%1&quot;.</source>
        <translation>The layout already has a section &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aisles: write seat places separated by commas, like 6, 14.</source>
        <translation>Aisles: write seat places separated by commas, like 6, 14.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 seats, rows %2 to %3; a row reads %4</source>
        <translation>%1 seats, rows %2 to %3; a row reads %4</translation>
    </message>
</context>
<context>
    <name>tessera::InvariantPanel</name>
    <message>
        <location filename="../ui/simulation/invariantpanel.cpp" line="+51"/>
        <source>Every sale on the change feed is checked against the seat&apos;s earlier changes: a seat may be sold again only after its sale was cancelled</source>
        <translation>Every sale on the change feed is checked against the seat&apos;s earlier changes: a seat may be sold again only after its sale was cancelled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other impossible sequences on the feed: a hold of a held seat, a release of a hold that does not exist, more places than a standing area has</source>
        <translation>Other impossible sequences on the feed: a hold of a held seat, a release of a hold that does not exist, more places than a standing area has</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the end of the run, once the data pump has committed everything, the database&apos;s live tickets are compared seat by seat with the seats the space has sold</source>
        <translation>At the end of the run, once the data pump has committed everything, the database&apos;s live tickets are compared seat by seat with the seats the space has sold</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>Seats sold twice: %1</source>
        <translation>Seats sold twice: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Other invariant violations: %1</source>
        <translation>Other invariant violations: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First problem: %1</source>
        <translation>First problem: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Space equals database: checked at the end of the run</source>
        <translation>Space equals database: checked at the end of the run</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space equals database: checking…</source>
        <translation>Space equals database: checking…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Space equals database: could not check</source>
        <translation>Space equals database: could not check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space equals database: no database</source>
        <translation>Space equals database: no database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Space equals database: yes (%1 seats sold)</source>
        <translation>Space equals database: yes (%1 seats sold)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space equals database: no (space %1, database %2 seats sold)</source>
        <translation>Space equals database: no (space %1, database %2 seats sold)</translation>
    </message>
</context>
<context>
    <name>tessera::LayoutCanvas</name>
    <message>
        <location filename="../ui/layouteditor/layoutcanvas.cpp" line="+38"/>
        <source>Click a seat to select it, Ctrl+click to toggle, Shift+click to add, drag on empty ground for a rubber band, drag the selection to move it (arrow keys: one unit, Shift: ten). Wheel zooms, right button pans.</source>
        <translation>Click a seat to select it, Ctrl+click to toggle, Shift+click to add, drag on empty ground for a rubber band, drag the selection to move it (arrow keys: one unit, Shift: ten). Wheel zooms, right button pans.</translation>
    </message>
    <message numerus="yes">
        <location line="+148"/>
        <source>Move %n seat(s)</source>
        <translation>
            <numerusform>Move %n seat</numerusform>
            <numerusform>Move %n seats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1
%n standing</source>
        <translation>
            <numerusform>%1
%n standing</numerusform>
            <numerusform>%1
%n standing</numerusform>
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
        <translation>no category</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Selected seats</source>
        <translation>Selected seats</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add a price category</source>
        <translation>Add a price category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen category (only when no seat uses it)</source>
        <translation>Remove the chosen category (only when no seat uses it)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price categories</source>
        <translation>Price categories</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category %1</source>
        <translation>Category %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seats or standing areas still use this category; give them another first.</source>
        <translation>Seats or standing areas still use this category; give them another first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a standing area with a capacity</source>
        <translation>Add a standing area with a capacity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing areas</source>
        <translation>Standing areas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a price category first.</source>
        <translation>Add a price category first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standing %1</source>
        <translation>Standing %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loaded layout</source>
        <translation>Loaded layout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Check the layout and save it for the event</source>
        <translation>Check the layout and save it for the event</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+92"/>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>List what would stop saving</source>
        <translation>List what would stop saving</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only warnings; the layout can be saved.</source>
        <translation>Only warnings; the layout can be saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a pretix seating plan or a seat CSV</source>
        <translation>Read a pretix seating plan or a seat CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import layout</source>
        <translation>Import layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating plans (*.json *.csv);;pretix JSON (*.json);;CSV (*.csv)</source>
        <translation>Seating plans (*.json *.csv);;pretix JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the layout as a pretix seating plan or a seat CSV</source>
        <translation>Write the layout as a pretix seating plan or a seat CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export layout</source>
        <translation>Export layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pretix JSON (*.json);;CSV (*.csv)</source>
        <translation>pretix JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the editor</source>
        <translation>Close the editor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+41"/>
        <source>&amp;Generate section…</source>
        <translation>&amp;Generate section…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Add rows of seats with numbering, curve, rotation and aisles</source>
        <translation>Add rows of seats with numbering, curve, rotation and aisles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete seats</source>
        <translation>&amp;Delete seats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected seats</source>
        <translation>Delete the selected seats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select every seat</source>
        <translation>Select every seat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit layout</source>
        <translation>&amp;Fit layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole layout</source>
        <translation>Show the whole layout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The capacity the venue declares: the check before saving makes sure seats and standing places add up to it</source>
        <translation>The capacity the venue declares: the check before saving makes sure seats and standing places add up to it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Declared capacity: </source>
        <translation> Declared capacity: </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The layout could not be loaded: %1</source>
        <translation>The layout could not be loaded: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Layout editor</source>
        <translation>Layout editor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layout of %1</source>
        <translation>Layout of %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 seats, %2 standing, %3 selected</source>
        <translation>%1 seats, %2 standing, %3 selected</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unsaved layout</source>
        <translation>Unsaved layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layout has changes that are not saved. Save them before closing?</source>
        <translation>The layout has changes that are not saved. Save them before closing?</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor/layouteditorio.cpp" line="+52"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled; the layout is unchanged.</source>
        <translation>Cancelled; the layout is unchanged.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>The category &quot;%1&quot; is not defined.</source>
        <translation>The category &quot;%1&quot; is not defined.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The layout already has a section &quot;%1&quot;.</source>
        <translation>The layout already has a section &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating %1 seats…</source>
        <translation>Generating %1 seats…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The section cannot be generated: %1</source>
        <translation>The section cannot be generated: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generate %1</source>
        <translation>Generate %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Checking %n seat(s)…</source>
        <translation>
            <numerusform>Checking %n seat…</numerusform>
            <numerusform>Checking %n seats…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>The new layout removes %n sold or held seat(s) (%1%2). Put them back, or cancel their tickets first; nothing was saved.</source>
        <translation>
            <numerusform>The new layout removes %n sold or held seat (%1%2). Put it back, or cancel its ticket first; nothing was saved.</numerusform>
            <numerusform>The new layout removes %n sold or held seats (%1%2). Put them back, or cancel their tickets first; nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The blocks were not saved: %1</source>
        <translation>The blocks were not saved: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved: seats blocked %1, unblocked %2. The rest of the layout stays as it is while tickets are held or sold.</source>
        <translation>Saved: seats blocked %1, unblocked %2. The rest of the layout stays as it is while tickets are held or sold.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the blocks…</source>
        <translation>Saving the blocks…</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n problem(s) stop saving; select one to see it on the map.</source>
        <translation>
            <numerusform>%n problem stops saving; select it to see it on the map.</numerusform>
            <numerusform>%n problems stop saving; select one to see it on the map.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tickets of %1 are held or sold (places: %2): until they are cancelled only blocking and unblocking seats can be saved. Undo the other changes; nothing was saved.</source>
        <translation>Tickets of %1 are held or sold (places: %2): until they are cancelled only blocking and unblocking seats can be saved. Undo the other changes; nothing was saved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the layout…</source>
        <translation>Saving the layout…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The layout was not saved: %1</source>
        <translation>The layout was not saved: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Saved: %n place(s) for sale.</source>
        <translation>
            <numerusform>Saved: %n place for sale.</numerusform>
            <numerusform>Saved: %n places for sale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved: %n place(s), %1 of them blocked (not for sale).</source>
        <translation>
            <numerusform>Saved: %n place, %1 of them blocked (not for sale).</numerusform>
            <numerusform>Saved: %n places, %1 of them blocked (not for sale).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was not imported; the layout is unchanged.</source>
        <translation>%1 was not imported; the layout is unchanged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has problems, so nothing was imported:</source>
        <translation>%1 has problems, so nothing was imported:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %1: %n seat(s).</source>
        <translation>
            <numerusform>Imported %1: %n seat.</numerusform>
            <numerusform>Imported %1: %n seats.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import notes</source>
        <translation>Import notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was imported. Noticed on the way:</source>
        <translation>%1 was imported. Noticed on the way:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %n seat(s) to %1.</source>
        <translation>
            <numerusform>Exported %n seat to %1.</numerusform>
            <numerusform>Exported %n seats to %1.</numerusform>
        </translation>
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
        <location line="+71"/>
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
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+48"/>
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
        <source>Co&amp;nnect to server…</source>
        <translation>Co&amp;nnect to server…</translation>
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
        <source>&amp;Refresh events</source>
        <translation>&amp;Refresh events</translation>
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
        <location line="+1"/>
        <source>&amp;Mouse and keys</source>
        <translation>&amp;Mouse and keys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to use the seat map, and the keys of every menu</source>
        <translation>How to use the seat map, and the keys of every menu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Tessera</source>
        <translation>&amp;About Tessera</translation>
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
        <translation>Simulation window: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other windows: %1 closes the window; Esc closes the Events, Waiting room and Simulation windows.</source>
        <translation>Other windows: %1 closes the window; Esc closes the Events, Waiting room and Simulation windows.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose an event first.</source>
        <translation>Choose an event first.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This event is no longer available.</source>
        <translation>This event is no longer available.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open another event</source>
        <translation>Open another event</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Release the %n place(s) held for this customer at %1 and open %2?</source>
        <translation>
            <numerusform>Release the place held for this customer at %1 and open %2?</numerusform>
            <numerusform>Release the %n places held for this customer at %1 and open %2?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Release and open</source>
        <translation>&amp;Release and open</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+23"/>
        <source>The simulation runs on the embedded engine only, not over a server connection.</source>
        <translation>The simulation runs on the embedded engine only, not over a server connection.</translation>
    </message>
</context>
<context>
    <name>tessera::MessageBanner</name>
    <message>
        <location filename="../ui/mainwindow/messagebanner.cpp" line="+27"/>
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
    <name>tessera::QueueAdmin</name>
    <message>
        <location filename="../ui/admin/queueadmin.cpp" line="+77"/>
        <source>Waiting room — Tessera</source>
        <translation>Waiting room — Tessera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online buyers must queue for this event</source>
        <translation>Online buyers must queue for this event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases through the web need an admitted waiting-room session; the box office counter never queues</source>
        <translation>Purchases through the web need an admitted waiting-room session; the box office counter never queues</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> per minute</source>
        <translation> per minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand only</source>
        <translation>by hand only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People let in automatically each minute; 0 admits only with &quot;Admit next&quot;</source>
        <translation>People let in automatically each minute; 0 admits only with &quot;Admit next&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admissions:</source>
        <translation>Admissions:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long an admitted person may shop before the session ends (unless it is refreshed)</source>
        <translation>How long an admitted person may shop before the session ends (unless it is refreshed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session time:</source>
        <translation>Session time:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-queue until</source>
        <translation>Pre-queue until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who arrives before this time gets a random place, drawn at opening from the seed whose hash is published below</source>
        <translation>Everyone who arrives before this time gets a random place, drawn at opening from the seed whose hash is published below</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the settings of this waiting room</source>
        <translation>Save the settings of this waiting room</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed hash:</source>
        <translation>Seed hash:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 of the secret shuffle seed, published before opening</source>
        <translation>SHA-256 of the secret shuffle seed, published before opening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revealed when the room opens: anyone can check its hash and redo the draw</source>
        <translation>Revealed when the room opens: anyone can check its hash and redo the draw</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ad&amp;mit next</source>
        <translation>Ad&amp;mit next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the first people in line in now (Ctrl+Return)</source>
        <translation>Let the first people in line in now (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected person out of the waiting room (Delete)</source>
        <translation>Take the selected person out of the waiting room (Delete)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This box office does not show its waiting rooms.</source>
        <translation>This box office does not show its waiting rooms.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&lt;b&gt;Waiting line&lt;/b&gt;</source>
        <translation>&lt;b&gt;Waiting line&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Active sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Active sessions&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>revealed when the room opens</source>
        <translation>revealed when the room opens</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1&lt;/b&gt; in the pre-queue (order drawn at %2) · </source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in the pre-queue (order drawn at %2) · </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opening</source>
        <translation>opening</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; waiting · &lt;b&gt;%2&lt;/b&gt; shopping · %3 arrivals/min · %4 admissions/min · a new arrival waits about &lt;b&gt;%5&lt;/b&gt; · %6 joined, %7 admitted, %8 bought, %9 expired, %10 left</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; waiting · &lt;b&gt;%2&lt;/b&gt; shopping · %3 arrivals/min · %4 admissions/min · a new arrival waits about &lt;b&gt;%5&lt;/b&gt; · %6 joined, %7 admitted, %8 bought, %9 expired, %10 left</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— (nobody admitted yet)</source>
        <translation>— (nobody admitted yet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Waiting line&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Waiting line&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Active sessions&lt;/b&gt; (%1, the %2 ending soonest shown)</source>
        <translation>&lt;b&gt;Active sessions&lt;/b&gt; (%1, the %2 ending soonest shown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Active sessions&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Active sessions&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Admitted 1 person.</source>
        <translation>Admitted 1 person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted %1 people.</source>
        <translation>Admitted %1 people.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove from the waiting room</source>
        <translation>Remove from the waiting room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the waiting room? They lose their place or their session and would have to queue again.</source>
        <translation>Remove %1 from the waiting room? They lose their place or their session and would have to queue again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waiting-room settings saved.</source>
        <translation>Waiting-room settings saved.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting-room settings saved; online buyers now queue.</source>
        <translation>Waiting-room settings saved; online buyers now queue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting-room settings saved; online buyers no longer queue.</source>
        <translation>Waiting-room settings saved; online buyers no longer queue.</translation>
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
        <translation>waiting</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waited</source>
        <translation>Waited</translation>
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
        <translation>ended</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session ends</source>
        <translation>Session ends</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
</context>
<context>
    <name>tessera::SaleForm</name>
    <message>
        <location filename="../ui/mainwindow/saleform.cpp" line="+18"/>
        <source>Se&amp;ll</source>
        <translation>Se&amp;ll</translation>
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
        <source>H&amp;old</source>
        <translation>H&amp;old</translation>
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
        <location line="+296"/>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>This terminal still holds these places from before Tessera last stopped: put them in the cart to sell or release them</source>
        <translation>This terminal still holds these places from before Tessera last stopped: put them in the cart to sell or release them</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best available</source>
        <translation>Best available</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+504"/>
        <source>Standing</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location line="-499"/>
        <source>The standing area (or click it on the map)</source>
        <translation>The standing area (or click it on the map)</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+338"/>
        <source>Last sale</source>
        <translation>Last sale</translation>
    </message>
    <message>
        <location line="-330"/>
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
        <location line="+8"/>
        <source>No sale yet.</source>
        <translation>No sale yet.</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+32"/>
        <source>Select seats on the map first, or use Best available.</source>
        <translation>Select seats on the map first, or use Best available.</translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location line="-353"/>
        <source>Give the held places back (Ctrl+R)</source>
        <translation>Give the held places back (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>How many seats together (up to 50)</source>
        <translation>How many seats together (up to 50)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>How many standing places (up to 1,000 at once)</source>
        <translation>How many standing places (up to 1,000 at once)</translation>
    </message>
    <message>
        <location line="+304"/>
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
        <location line="+5"/>
        <source>Last sale: %1</source>
        <translation>Last sale: %1</translation>
    </message>
    <message>
        <location line="+90"/>
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
    <name>tessera::SeatInspector</name>
    <message>
        <location filename="../ui/layouteditor/seatinspector.cpp" line="+35"/>
        <source>Price category of the selected seats</source>
        <translation>Price category of the selected seats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;gory:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wheelchair place</source>
        <translation>&amp;Wheelchair place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompanion seat</source>
        <translation>C&amp;ompanion seat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tricted view</source>
        <translation>Res&amp;tricted view</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held back by the house</source>
        <translation>Held back by the house</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Blocked</source>
        <translation>&amp;Blocked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>House</source>
        <translation>House</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Renumber</source>
        <translation>Renumber</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>keep</source>
        <translation>keep</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Renumber</source>
        <translation>&amp;Renumber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number the selected seats in layout order: first, first + step, …</source>
        <translation>Number the selected seats in layout order: first, first + step, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section:</source>
        <translation>Section:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row:</source>
        <translation>Row:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First number:</source>
        <translation>First number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step:</source>
        <translation>Step:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Set category %1</source>
        <translation>Set category %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark seats</source>
        <translation>Mark seats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark seats</source>
        <translation>Unmark seats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unblock seats</source>
        <translation>Unblock seats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block seats (%1)</source>
        <translation>Block seats (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Renumber seats</source>
        <translation>Renumber seats</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No seat selected. Click seats on the map or drag a rubber band.</source>
        <translation>No seat selected. Click seats on the map or drag a rubber band.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seat %1</source>
        <translation>Seat %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n seats selected, from %1</source>
        <translation>
            <numerusform>%n seat selected, from %1</numerusform>
            <numerusform>%n seats selected, from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::SeatMapLegend</name>
    <message>
        <location filename="../ui/seatmap/seatmaplegend.cpp" line="+43"/>
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
        <location line="+8"/>
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
        <location line="+477"/>
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
    <name>tessera::SimulationCharts</name>
    <message>
        <location filename="../ui/simulation/simulationcharts.cpp" line="+60"/>
        <source>Operations per second</source>
        <translation>Operations per second</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ops/s</source>
        <translation>ops/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts per second</source>
        <translation>Conflicts per second</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>conflicts/s</source>
        <translation>conflicts/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pump rows written per second</source>
        <translation>Pump rows written per second</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rows/s</source>
        <translation>rows/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pump lag, change to commit (p99)</source>
        <translation>Pump lag, change to commit (p99)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands the units sent to the space per second</source>
        <translation>Commands the units sent to the space per second</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands refused per second because another unit had the seat</source>
        <translation>Commands refused per second because another unit had the seat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows the data pump committed to the database per second</source>
        <translation>Rows the data pump committed to the database per second</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time from a change in the space to its commit in the database (99th percentile)</source>
        <translation>Time from a change in the space to its commit in the database (99th percentile)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>millions of </source>
        <translation>millions of </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>thousands of </source>
        <translation>thousands of </translation>
    </message>
</context>
<context>
    <name>tessera::SimulationFigures</name>
    <message>
        <location filename="../ui/simulation/simulationfigures.cpp" line="+22"/>
        <source>Elapsed</source>
        <translation>Elapsed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operations/s</source>
        <translation>Operations/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successes</source>
        <translation>Successes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats sold</source>
        <translation>Seats sold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pump rows</source>
        <translation>Pump rows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pump backlog</source>
        <translation>Pump backlog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run time, pauses not counted</source>
        <translation>Run time, pauses not counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands the units sent to the space</source>
        <translation>Commands the units sent to the space</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations per second over the last sample while running; the run&apos;s average at the end</source>
        <translation>Operations per second over the last sample while running; the run&apos;s average at the end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands the space accepted</source>
        <translation>Commands the space accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands refused because another unit had the seat</source>
        <translation>Commands refused because another unit had the seat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats the units sold (cancellations not subtracted)</source>
        <translation>Seats the units sold (cancellations not subtracted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event&apos;s sold seats now, of all its seats</source>
        <translation>The event&apos;s sold seats now, of all its seats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows the data pump wrote to the database during the run</source>
        <translation>Rows the data pump wrote to the database during the run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to be written to the database; the units slow down when it grows</source>
        <translation>Changes waiting to be written to the database; the units slow down when it grows</translation>
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
        <translation>Run the simulation on %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1 is on sale.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 is on sale.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The units hold and sell its seats in the database: clerks at every terminal see them taken, and customers cannot buy them, until you press Reset. Reset gives back exactly what the runs took.</source>
        <translation>The units hold and sell its seats in the database: clerks at every terminal see them taken, and customers cannot buy them, until you press Reset. Reset gives back exactly what the runs took.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the simulation</source>
        <translation>Start the simulation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Simulation — Tessera</source>
        <translation>Simulation — Tessera</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Start a run with these settings</source>
        <translation>Start a run with these settings</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+575"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-488"/>
        <source>Pause the units; resume where they were</source>
        <translation>Pause the units; resume where they were</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>End the run now and check the database</source>
        <translation>End the run now and check the database</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Cancel the runs&apos; sales and release their holds: the event is as it was before</source>
        <translation>Cancel the runs&apos; sales and release their holds: the event is as it was before</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Write the figures (JSON, CSV) and the charts (PNG) into a folder</source>
        <translation>Write the figures (JSON, CSV) and the charts (PNG) into a folder</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invariants</source>
        <translation>Invariants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting room</source>
        <translation>Waiting room</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>One lane per processing unit: what it does now and its totals</source>
        <translation>One lane per processing unit: what it does now and its totals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing units</source>
        <translation>Processing units</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reset the run first: it would otherwise leave its sales on this event.</source>
        <translation>Reset the run first: it would otherwise leave its sales on this event.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event is no longer available.</source>
        <translation>This event is no longer available.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This event has no numbered seats: choose one with seats to race for.</source>
        <translation>This event has no numbered seats: choose one with seats to race for.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Choose an event in the main window first.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Choose an event in the main window first.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 seats</source>
        <translation>%1 · %2 seats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simulation: %1 — Tessera</source>
        <translation>Simulation: %1 — Tessera</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has ended. The units sell its seats for real, so a simulation runs only on an event still to come.</source>
        <translation>%1 has ended. The units sell its seats for real, so a simulation runs only on an event still to come.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Stopping the units…</source>
        <translation>Stopping the units…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Putting the event back as it was…</source>
        <translation>Putting the event back as it was…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The event is as it was: %1 sales cancelled, %2 holds released.</source>
        <translation>The event is as it was: %1 sales cancelled, %2 holds released.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reset the simulation?</source>
        <translation>Reset the simulation?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The simulation&apos;s sales and holds are still on %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;The simulation&apos;s sales and holds are still on %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every terminal sees those seats taken. Closing ends a run that is going; you can still reset its seats later, while Tessera runs, from Demo &gt; Simulation.</source>
        <translation>Every terminal sees those seats taken. Closing ends a run that is going; you can still reset its seats later, while Tessera runs, from Demo &gt; Simulation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset and close</source>
        <translation>Reset and close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without reset</source>
        <translation>Close without reset</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every terminal sees those seats taken. Once Tessera has quit they can no longer be reset: they stay sold in the database.</source>
        <translation>Every terminal sees those seats taken. Once Tessera has quit they can no longer be reset: they stay sold in the database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset and quit</source>
        <translation>Reset and quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit without reset</source>
        <translation>Quit without reset</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every terminal sees those seats taken. Once this window works on the server they can no longer be reset: they stay sold in this database.</source>
        <translation>Every terminal sees those seats taken. Once this window works on the server they can no longer be reset: they stay sold in this database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset and connect</source>
        <translation>Reset and connect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect without reset</source>
        <translation>Connect without reset</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Res&amp;ume</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Export the run report into a folder</source>
        <translation>Export the run report into a folder</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Report written to %1: %2 files (JSON, CSV and the chart images).</source>
        <translation>Report written to %1: %2 files (JSON, CSV and the chart images).</translation>
    </message>
</context>
<context>
    <name>tessera::SimulationSettingsForm</name>
    <message>
        <location filename="../ui/simulation/simulationsettingsform.cpp" line="+39"/>
        <source>Processing units racing for the seats, each on a thread of its own (1 to %1)</source>
        <translation>Processing units racing for the seats, each on a thread of its own (1 to %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Units</source>
        <translation>&amp;Units</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Share of operations that hold a random seat</source>
        <translation>Share of operations that hold a random seat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of operations that sell one of the unit&apos;s holds</source>
        <translation>Share of operations that sell one of the unit&apos;s holds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of operations that release one of the unit&apos;s holds</source>
        <translation>Share of operations that release one of the unit&apos;s holds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of operations that cancel one of the unit&apos;s sales</source>
        <translation>Share of operations that cancel one of the unit&apos;s sales</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hold</source>
        <translation>hold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sell</source>
        <translation>sell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>release</source>
        <translation>release</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cancel</source>
        <translation>cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Mix</source>
        <translation>&amp;Mix</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turbo</source>
        <translation>turbo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause after each operation: between half and one and a half times this. 0 is turbo: no pause, operations sent to the space in batches.</source>
        <translation>Pause after each operation: between half and one and a half times this. 0 is turbo: no pause, operations sent to the space in batches.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Think time</source>
        <translation>&amp;Think time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steady</source>
        <translation>Steady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-sale spike</source>
        <translation>On-sale spike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady: every unit works all the time. On-sale spike: a trickle, then every unit at once when sales open, then a slowing tail.</source>
        <translation>Steady: every unit works all the time. On-sale spike: a trickle, then every unit at once when sales open, then a slowing tail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrival</source>
        <translation>&amp;Arrival</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until stopped</source>
        <translation>until stopped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of the run, pauses not counted; 0 runs until you stop it</source>
        <translation>Length of the run, pauses not counted; 0 runs until you stop it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration</source>
        <translation>&amp;Duration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep pace with the database</source>
        <translation>&amp;Keep pace with the database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units wait while more than %1 changes wait for the data pump. Off, the engine runs at its own speed and the pump catches up after the run (the database check then waits for it).</source>
        <translation>Units wait while more than %1 changes wait for the data pump. Off, the engine runs at its own speed and the pump catches up after the run (the database check then waits for it).</translation>
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
        <translation>Events with a waiting room: simulated customers joining the queue per second at the height of the arrival curve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queue arrivals</source>
        <translation>&amp;Queue arrivals</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Events with a waiting room that has no admission rate of its own: customers the run admits per second (admit next N). A room with a rate admits at that rate.</source>
        <translation>Events with a waiting room that has no admission rate of its own: customers the run admits per second (admit next N). A room with a rate admits at that rate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adm&amp;it</source>
        <translation>Adm&amp;it</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Give at least one operation a share.</source>
        <translation>Give at least one operation a share.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1% hold · %2% sell · %3% release · %4% cancel</source>
        <translation>%1% hold · %2% sell · %3% release · %4% cancel</translation>
    </message>
</context>
<context>
    <name>tessera::StandingAreaModel</name>
    <message>
        <location filename="../ui/layouteditor/standingareamodel.cpp" line="+55"/>
        <source>%1 (undefined)</source>
        <translation>%1 (undefined)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Standing area</source>
        <translation>Standing area</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
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
        <translation>Width</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A standing area needs a name; %1 keeps its name.</source>
        <translation>A standing area needs a name; %1 keeps its name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose one of the price categories for %1.</source>
        <translation>Choose one of the price categories for %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs room for at least one person: enter a whole number above 0.</source>
        <translation>%1 needs room for at least one person: enter a whole number above 0.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter a number (sizes 0 or more) for %1.</source>
        <translation>Enter a number (sizes 0 or more) for %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit standing area %1</source>
        <translation>Edit standing area %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add standing area %1</source>
        <translation>Add standing area %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove standing area %1</source>
        <translation>Remove standing area %1</translation>
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
<context>
    <name>tessera::UnitLaneModel</name>
    <message>
        <location filename="../ui/simulation/unitlanemodel.cpp" line="+22"/>
        <source>hold</source>
        <translation>hold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sell</source>
        <translation>sell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>release</source>
        <translation>release</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancel</source>
        <translation>cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unit %1</source>
        <translation>Unit %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unit %1: %2 holds, %3 sales, %4 releases, %5 cancellations</source>
        <translation>Unit %1: %2 holds, %3 sales, %4 releases, %5 cancellations</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The operation the unit is sending now (idle while it thinks or waits)</source>
        <translation>The operation the unit is sending now (idle while it thinks or waits)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations the unit sent</source>
        <translation>Operations the unit sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales the unit made</source>
        <translation>Sales the unit made</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations the space accepted</source>
        <translation>Operations the space accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations refused because another unit got there first</source>
        <translation>Operations refused because another unit got there first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the unit&apos;s operations that were refused</source>
        <translation>Share of the unit&apos;s operations that were refused</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Now</translation>
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
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
</context>
<context>
    <name>tessera::WaitingRoomFigures</name>
    <message>
        <location filename="../ui/simulation/waitingroomfigures.cpp" line="+21"/>
        <source>unknown (nobody admitted yet)</source>
        <translation>unknown (nobody admitted yet)</translation>
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
        <translation>This event sells without a waiting room: the units race for the seats directly. Enable its queue in Admin › Waiting room to see it here.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In the queue</source>
        <translation>In the queue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active sessions</source>
        <translation>Active sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated wait</source>
        <translation>Estimated wait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought · left</source>
        <translation>Bought · left</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People waiting in the event&apos;s queue now, the pre-queue included</source>
        <translation>People waiting in the event&apos;s queue now, the pre-queue included</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run&apos;s simulated customers the room admitted, of those who joined</source>
        <translation>The run&apos;s simulated customers the room admitted, of those who joined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted sessions shopping now (customers waiting for a unit included)</source>
        <translation>Admitted sessions shopping now (customers waiting for a unit included)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a customer joining now would wait, from the room&apos;s admission rate</source>
        <translation>How long a customer joining now would wait, from the room&apos;s admission rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who bought and completed their session, and those who left without buying or whose session ran out</source>
        <translation>Customers who bought and completed their session, and those who left without buying or whose session ran out</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
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
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window (%1 or Esc)</source>
        <translation>Close this window (%1 or Esc)</translation>
    </message>
</context>
<context>
    <name>tessera::WorkProgress</name>
    <message>
        <location filename="../ui/layouteditor/workprogress.cpp" line="+24"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop this work; the layout stays as it was (Esc)</source>
        <translation>Stop this work; the layout stays as it was (Esc)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
</TS>
