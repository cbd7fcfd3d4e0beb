#include "core/store/schema_p.h"

// Conventions of the schema, the same in both dialects:
// - ids are UUIDs (text in SQLite, uuid in PostgreSQL), times are milliseconds since the Unix
//   epoch in bigint columns (exact round trips of QDateTime with milliseconds, UTC), enums are
//   their wire names ("confirmed", "partially_cancelled"...).
// - tickets_one_live_per_seat is the last line of defence against a double sale: at most one
//   confirmed ticket per (event, seat index), whoever writes.
// - standing_areas.sold is kept by triggers on tickets (+1 for a confirmed standing ticket, -1
//   when it is cancelled or deleted; on SQLite since version 7 the store adds the inserted ones
//   itself) and the CHECK (sold <= capacity) refuses the write that would oversell an area. In PostgreSQL the
//   trigger's UPDATE locks the area row, so concurrent sellers of one area are serialised and each sees the
//   other's count.

namespace tessera::schema {

namespace {

QStringList sqliteV1()
{
    return {
        QStringLiteral(R"(CREATE TABLE events (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
            venue TEXT NOT NULL DEFAULT '', start_ms INTEGER, end_ms INTEGER,
            status TEXT NOT NULL, kind TEXT NOT NULL, total_tickets INTEGER NOT NULL,
            available_tickets INTEGER NOT NULL, sales_start_ms INTEGER,
            hold_time_seconds INTEGER NOT NULL, queue_enabled INTEGER NOT NULL,
            created_ms INTEGER, updated_ms INTEGER))"),
        QStringLiteral(R"(CREATE TABLE layouts (
            event_id TEXT PRIMARY KEY, name TEXT NOT NULL, width REAL NOT NULL, height REAL NOT NULL,
            stage_x REAL NOT NULL, stage_y REAL NOT NULL, stage_width REAL NOT NULL,
            stage_height REAL NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE price_categories (
            event_id TEXT NOT NULL, position INTEGER NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL,
            colour TEXT NOT NULL, price_cents INTEGER NOT NULL,
            PRIMARY KEY (event_id, position)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE seats (
            event_id TEXT NOT NULL, seat_index INTEGER NOT NULL, id TEXT NOT NULL,
            section TEXT NOT NULL, row_label TEXT NOT NULL, number TEXT NOT NULL,
            x REAL NOT NULL, y REAL NOT NULL, category TEXT NOT NULL, flags INTEGER NOT NULL,
            blocked INTEGER NOT NULL, block_reason TEXT NOT NULL,
            PRIMARY KEY (event_id, seat_index)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX seats_by_id ON seats (event_id, id)"),
        QStringLiteral(R"(CREATE TABLE standing_areas (
            event_id TEXT NOT NULL, area_index INTEGER NOT NULL, id TEXT NOT NULL,
            name TEXT NOT NULL, category TEXT NOT NULL, capacity INTEGER NOT NULL,
            x REAL NOT NULL, y REAL NOT NULL, width REAL NOT NULL, height REAL NOT NULL,
            blocked INTEGER NOT NULL DEFAULT 0, sold INTEGER NOT NULL DEFAULT 0,
            CONSTRAINT standing_sold_within_capacity CHECK (sold <= capacity),
            PRIMARY KEY (event_id, area_index)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE holds (
            id TEXT PRIMARY KEY, event_id TEXT NOT NULL, engine_id INTEGER NOT NULL,
            holder INTEGER NOT NULL, holder_name TEXT NOT NULL, expires_at_ms INTEGER NOT NULL,
            seats TEXT NOT NULL, standing_area INTEGER, quantity INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX holds_by_event ON holds (event_id, expires_at_ms)"),
        QStringLiteral(R"(CREATE TABLE orders (
            id TEXT PRIMARY KEY, event_id TEXT NOT NULL, payment TEXT NOT NULL,
            customer_name TEXT NOT NULL, customer_email TEXT NOT NULL, total_cents INTEGER NOT NULL,
            status TEXT NOT NULL, engine_sale_id INTEGER NOT NULL,
            created_ms INTEGER, updated_ms INTEGER))"),
        QStringLiteral("CREATE INDEX orders_by_sale ON orders (event_id, engine_sale_id)"),
        QStringLiteral("CREATE INDEX orders_by_time ON orders (created_ms)"),
        QStringLiteral(R"(CREATE TABLE tickets (
            id TEXT PRIMARY KEY, order_id TEXT REFERENCES orders (id) ON DELETE CASCADE,
            position INTEGER NOT NULL, event_id TEXT NOT NULL, seat_id TEXT, seat_index INTEGER,
            standing_area_id TEXT, standing_area_index INTEGER, user_id TEXT,
            seat_label TEXT NOT NULL, price_cents INTEGER NOT NULL, status TEXT NOT NULL,
            issued_ms INTEGER, expires_ms INTEGER, created_ms INTEGER, updated_ms INTEGER))"),
        QStringLiteral("CREATE INDEX tickets_by_order ON tickets (order_id)"),
        QStringLiteral(R"(CREATE UNIQUE INDEX tickets_one_live_per_seat ON tickets (event_id, seat_index)
            WHERE status = 'confirmed' AND seat_index IS NOT NULL)"),
        QStringLiteral(R"(CREATE TRIGGER tickets_standing_insert AFTER INSERT ON tickets
            WHEN NEW.status = 'confirmed' AND NEW.standing_area_index IS NOT NULL
            BEGIN
              UPDATE standing_areas SET sold = sold + 1
               WHERE event_id = NEW.event_id AND area_index = NEW.standing_area_index;
            END)"),
        QStringLiteral(
            R"(CREATE TRIGGER tickets_standing_update AFTER UPDATE OF status, standing_area_index ON tickets
            WHEN (OLD.status = 'confirmed' AND OLD.standing_area_index IS NOT NULL)
              OR (NEW.status = 'confirmed' AND NEW.standing_area_index IS NOT NULL)
            BEGIN
              UPDATE standing_areas SET sold = sold - 1
               WHERE OLD.status = 'confirmed' AND event_id = OLD.event_id AND area_index = OLD.standing_area_index;
              UPDATE standing_areas SET sold = sold + 1
               WHERE NEW.status = 'confirmed' AND event_id = NEW.event_id AND area_index = NEW.standing_area_index;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER tickets_standing_delete AFTER DELETE ON tickets
            WHEN OLD.status = 'confirmed' AND OLD.standing_area_index IS NOT NULL
            BEGIN
              UPDATE standing_areas SET sold = sold - 1
               WHERE event_id = OLD.event_id AND area_index = OLD.standing_area_index;
            END)"),
        QStringLiteral(R"(CREATE TABLE queue_entries (
            id TEXT PRIMARY KEY, event_id TEXT NOT NULL, user_id TEXT, session_id TEXT,
            position INTEGER NOT NULL, status TEXT NOT NULL, entered_ms INTEGER, expires_ms INTEGER,
            created_ms INTEGER, updated_ms INTEGER))"),
        QStringLiteral("CREATE INDEX queue_entries_by_event ON queue_entries (event_id, position)"),
        QStringLiteral(R"(CREATE TABLE queue_sessions (
            id TEXT PRIMARY KEY, event_id TEXT NOT NULL, user_id TEXT, expires_ms INTEGER,
            active INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE users (
            id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, role TEXT NOT NULL,
            password_hash TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('sale', 'cancel', 'refund')),
            event_id TEXT NOT NULL, order_id TEXT, ticket_id TEXT, detail TEXT NOT NULL))"),
    };
}

QStringList postgresV1()
{
    return {
        QStringLiteral(R"(CREATE TABLE events (
            id uuid PRIMARY KEY, name text NOT NULL, description text NOT NULL DEFAULT '',
            venue text NOT NULL DEFAULT '', start_ms bigint, end_ms bigint,
            status text NOT NULL, kind text NOT NULL, total_tickets integer NOT NULL,
            available_tickets integer NOT NULL, sales_start_ms bigint,
            hold_time_seconds integer NOT NULL, queue_enabled boolean NOT NULL,
            created_ms bigint, updated_ms bigint))"),
        QStringLiteral(R"(CREATE TABLE layouts (
            event_id uuid PRIMARY KEY, name text NOT NULL, width double precision NOT NULL,
            height double precision NOT NULL, stage_x double precision NOT NULL,
            stage_y double precision NOT NULL, stage_width double precision NOT NULL,
            stage_height double precision NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE price_categories (
            event_id uuid NOT NULL, position integer NOT NULL, key text NOT NULL, name text NOT NULL,
            colour text NOT NULL, price_cents bigint NOT NULL, PRIMARY KEY (event_id, position)))"),
        QStringLiteral(R"(CREATE TABLE seats (
            event_id uuid NOT NULL, seat_index integer NOT NULL, id uuid NOT NULL,
            section text NOT NULL, row_label text NOT NULL, number text NOT NULL,
            x double precision NOT NULL, y double precision NOT NULL, category text NOT NULL,
            flags integer NOT NULL, blocked boolean NOT NULL, block_reason text NOT NULL,
            PRIMARY KEY (event_id, seat_index)))"),
        QStringLiteral("CREATE INDEX seats_by_id ON seats (event_id, id)"),
        QStringLiteral(R"(CREATE TABLE standing_areas (
            event_id uuid NOT NULL, area_index integer NOT NULL, id uuid NOT NULL,
            name text NOT NULL, category text NOT NULL, capacity integer NOT NULL,
            x double precision NOT NULL, y double precision NOT NULL,
            width double precision NOT NULL, height double precision NOT NULL,
            blocked integer NOT NULL DEFAULT 0, sold integer NOT NULL DEFAULT 0,
            CONSTRAINT standing_sold_within_capacity CHECK (sold <= capacity),
            PRIMARY KEY (event_id, area_index)))"),
        QStringLiteral(R"(CREATE TABLE holds (
            id uuid PRIMARY KEY, event_id uuid NOT NULL, engine_id bigint NOT NULL,
            holder bigint NOT NULL, holder_name text NOT NULL, expires_at_ms bigint NOT NULL,
            seats text NOT NULL, standing_area bigint, quantity integer NOT NULL))"),
        QStringLiteral("CREATE INDEX holds_by_event ON holds (event_id, expires_at_ms)"),
        QStringLiteral(R"(CREATE TABLE orders (
            id uuid PRIMARY KEY, event_id uuid NOT NULL, payment text NOT NULL,
            customer_name text NOT NULL, customer_email text NOT NULL, total_cents bigint NOT NULL,
            status text NOT NULL, engine_sale_id bigint NOT NULL,
            created_ms bigint, updated_ms bigint))"),
        QStringLiteral("CREATE INDEX orders_by_sale ON orders (event_id, engine_sale_id)"),
        QStringLiteral("CREATE INDEX orders_by_time ON orders (created_ms)"),
        QStringLiteral(R"(CREATE TABLE tickets (
            id uuid PRIMARY KEY, order_id uuid REFERENCES orders (id) ON DELETE CASCADE,
            position integer NOT NULL, event_id uuid NOT NULL, seat_id uuid, seat_index integer,
            standing_area_id uuid, standing_area_index integer, user_id uuid,
            seat_label text NOT NULL, price_cents bigint NOT NULL, status text NOT NULL,
            issued_ms bigint, expires_ms bigint, created_ms bigint, updated_ms bigint))"),
        QStringLiteral("CREATE INDEX tickets_by_order ON tickets (order_id)"),
        QStringLiteral(R"(CREATE UNIQUE INDEX tickets_one_live_per_seat ON tickets (event_id, seat_index)
            WHERE status = 'confirmed' AND seat_index IS NOT NULL)"),
        QStringLiteral(R"(CREATE FUNCTION tessera_standing_sold() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP IN ('UPDATE', 'DELETE') THEN
                IF OLD.status = 'confirmed' AND OLD.standing_area_index IS NOT NULL THEN
                  UPDATE standing_areas SET sold = sold - 1
                   WHERE event_id = OLD.event_id AND area_index = OLD.standing_area_index;
                END IF;
              END IF;
              IF TG_OP IN ('INSERT', 'UPDATE') THEN
                IF NEW.status = 'confirmed' AND NEW.standing_area_index IS NOT NULL THEN
                  UPDATE standing_areas SET sold = sold + 1
                   WHERE event_id = NEW.event_id AND area_index = NEW.standing_area_index;
                END IF;
              END IF;
              RETURN NULL;
            END $$)"),
        QStringLiteral(R"(CREATE TRIGGER tickets_standing_insert AFTER INSERT ON tickets FOR EACH ROW
            WHEN (NEW.status = 'confirmed' AND NEW.standing_area_index IS NOT NULL)
            EXECUTE FUNCTION tessera_standing_sold())"),
        QStringLiteral(R"(CREATE TRIGGER tickets_standing_update AFTER UPDATE OF status, standing_area_index
            ON tickets FOR EACH ROW
            WHEN ((OLD.status = 'confirmed' AND OLD.standing_area_index IS NOT NULL)
               OR (NEW.status = 'confirmed' AND NEW.standing_area_index IS NOT NULL))
            EXECUTE FUNCTION tessera_standing_sold())"),
        QStringLiteral(R"(CREATE TRIGGER tickets_standing_delete AFTER DELETE ON tickets FOR EACH ROW
            WHEN (OLD.status = 'confirmed' AND OLD.standing_area_index IS NOT NULL)
            EXECUTE FUNCTION tessera_standing_sold())"),
        QStringLiteral(R"(CREATE TABLE queue_entries (
            id uuid PRIMARY KEY, event_id uuid NOT NULL, user_id uuid, session_id uuid,
            position bigint NOT NULL, status text NOT NULL, entered_ms bigint, expires_ms bigint,
            created_ms bigint, updated_ms bigint))"),
        QStringLiteral("CREATE INDEX queue_entries_by_event ON queue_entries (event_id, position)"),
        QStringLiteral(R"(CREATE TABLE queue_sessions (
            id uuid PRIMARY KEY, event_id uuid NOT NULL, user_id uuid, expires_ms bigint,
            active boolean NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE users (
            id uuid PRIMARY KEY, username text NOT NULL UNIQUE, role text NOT NULL,
            password_hash text NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id bigserial PRIMARY KEY, at_ms bigint NOT NULL,
            kind text NOT NULL CHECK (kind IN ('sale', 'cancel', 'refund')),
            event_id uuid NOT NULL, order_id uuid, ticket_id uuid, detail text NOT NULL))"),
    };
}

// The settings of each event's waiting room (rate, session lifetime, opening time) and its
// secret pre-queue seed, kept so that the seed hash published before opening survives a restart.
// The seed is 64 lower-case hex digits.
QStringList sqliteWaitingRoomsV2()
{
    return {
        QStringLiteral(R"(CREATE TABLE waiting_rooms (
            event_id TEXT PRIMARY KEY, admissions_per_minute INTEGER NOT NULL,
            session_ttl_ms INTEGER NOT NULL, opening_ms INTEGER, seed TEXT NOT NULL,
            updated_ms INTEGER NOT NULL))"),
    };
}

QStringList postgresWaitingRoomsV2()
{
    return {
        QStringLiteral(R"(CREATE TABLE waiting_rooms (
            event_id uuid PRIMARY KEY, admissions_per_minute integer NOT NULL,
            session_ttl_ms bigint NOT NULL, opening_ms bigint, seed text NOT NULL,
            updated_ms bigint NOT NULL))"),
    };
}

/// Answers of the API server to requests with an Idempotency-Key, so that a retry after a server
/// restart gets the first answer. `key` is scoped by the server (user, route, client key).
QStringList sqliteIdempotencyV3()
{
    return {
        QStringLiteral(R"(CREATE TABLE idempotency_keys (
            key TEXT PRIMARY KEY, user_id TEXT, route TEXT NOT NULL, request_hash TEXT NOT NULL,
            status INTEGER NOT NULL, content_type TEXT NOT NULL, response_body BLOB NOT NULL,
            created_ms INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX idempotency_keys_by_time ON idempotency_keys (created_ms)"),
    };
}

QStringList postgresIdempotencyV3()
{
    return {
        QStringLiteral(R"(CREATE TABLE idempotency_keys (
            key text PRIMARY KEY, user_id uuid, route text NOT NULL, request_hash text NOT NULL,
            status integer NOT NULL, content_type text NOT NULL, response_body bytea NOT NULL,
            created_ms bigint NOT NULL))"),
        QStringLiteral("CREATE INDEX idempotency_keys_by_time ON idempotency_keys (created_ms)"),
    };
}

// Persistence, version 4:
// - change_sequences: per event, the number of committed data-pump batches that touched it. A
//   batch's NOTIFY carries the new numbers, so a listener that sees a number jump knows it missed
//   a notice and re-reads the event; recovery reads the number before the state, so older
//   notices arriving later are recognised and skipped. SQLite has no NOTIFY: the table is
//   there for a common schema and stays empty (processes sharing a SQLite file follow each
//   other through change_counts, version 7).
// - PostgreSQL: tickets.order_id loses its foreign key. Its check ran a query per ticket row (a
//   trigger), the largest cost of bulk-inserting sales; the store writes an order and its tickets
//   in one transaction and deletes a refused order's tickets itself. SQLite keeps the key (its
//   check is a cheap index probe and the table cannot drop a constraint in place).
QStringList sqliteStoreV4()
{
    return {
        QStringLiteral("CREATE TABLE change_sequences (event_id TEXT PRIMARY KEY, seq INTEGER NOT NULL) "
                       "WITHOUT ROWID"),
    };
}

QStringList postgresStoreV4()
{
    return {
        QStringLiteral("CREATE TABLE change_sequences (event_id uuid PRIMARY KEY, seq bigint NOT NULL)"),
        QStringLiteral("ALTER TABLE tickets DROP CONSTRAINT IF EXISTS tickets_order_id_fkey"),
    };
}

// Version 5: tickets bought through the API's POST /tickets/purchase. Each is reserved by a hold
// of one place for one user and confirmed by selling that hold; the sold ticket (in `tickets`)
// keeps the reservation's id, so readers take a confirmed ticket's state from there. A restarted
// server, or another server on the same PostgreSQL database, confirms, cancels and lists them.
QStringList sqliteReservedTicketsV5()
{
    return {
        QStringLiteral(R"(CREATE TABLE reserved_tickets (
            id TEXT PRIMARY KEY, user_id TEXT NOT NULL, hold_id TEXT NOT NULL, holder TEXT NOT NULL,
            event_id TEXT NOT NULL, seat_id TEXT, standing_area_id TEXT, seat_label TEXT NOT NULL,
            price_cents INTEGER NOT NULL, status TEXT NOT NULL, issued_ms INTEGER, expires_ms INTEGER,
            created_ms INTEGER NOT NULL, updated_ms INTEGER))"),
        QStringLiteral("CREATE INDEX reserved_tickets_by_user ON reserved_tickets (user_id, created_ms)"),
    };
}

QStringList postgresReservedTicketsV5()
{
    return {
        QStringLiteral(R"(CREATE TABLE reserved_tickets (
            id uuid PRIMARY KEY, user_id uuid NOT NULL, hold_id uuid NOT NULL, holder text NOT NULL,
            event_id uuid NOT NULL, seat_id uuid, standing_area_id uuid, seat_label text NOT NULL,
            price_cents bigint NOT NULL, status text NOT NULL, issued_ms bigint, expires_ms bigint,
            created_ms bigint NOT NULL, updated_ms bigint))"),
        QStringLiteral("CREATE INDEX reserved_tickets_by_user ON reserved_tickets (user_id, created_ms)"),
    };
}

// Version 6: the standing-area block deltas each writer has applied, named by its change origin
// and the change sequence, so that a batch written again after its COMMIT's reply was lost does
// not take the places out of sale twice (every other row of a batch is idempotent by its key).
QStringList sqliteStandingBlockLogV6()
{
    return {
        QStringLiteral(R"(CREATE TABLE standing_block_log (
            origin TEXT NOT NULL, event_id TEXT NOT NULL, area_index INTEGER NOT NULL, seq INTEGER NOT NULL,
            PRIMARY KEY (origin, event_id, area_index, seq)) WITHOUT ROWID)"),
    };
}

QStringList postgresStandingBlockLogV6()
{
    return {
        QStringLiteral(R"(CREATE TABLE standing_block_log (
            origin text NOT NULL, event_id uuid NOT NULL, area_index integer NOT NULL, seq bigint NOT NULL,
            PRIMARY KEY (origin, event_id, area_index, seq)))"),
    };
}

// Version 7, SQLite: the store counts confirmed standing tickets into standing_areas.sold itself,
// with one UPDATE per area in the transaction that inserts them (Store::Private::insertSales), and
// tickets_standing_insert is dropped. SQLite ran that row trigger as a sub-program for every
// inserted ticket, seated or not, and it was the largest single cost of writing a batch of
// sales. The CHECK (sold <= capacity) still refuses the transaction that would oversell an area,
// for every process sharing the file that counts its standing tickets this way, which every
// Tessera of version 7 or later does (a running older one would not: stop every process on a
// file before upgrading). The update and delete triggers stay (cancellations, layout changes,
// deletes). PostgreSQL keeps its insert trigger: it evaluates the WHEN before calling the
// function, so a seated ticket costs it nothing. Its version 7 is empty, to keep one numbering.
//
// Also version 7, SQLite: change_counts, per writer (its change origin) and event, the number of
// data-pump batches it has committed. Processes sharing one SQLite file have no NOTIFY: each box
// office polls the other writers' counts (after a cheap PRAGMA data_version) and re-reads an
// event whose count grew, so a sale made by another process (tessera-cli, a second window, the
// server) shows without a restart.
QStringList sqliteV7()
{
    return {
        QStringLiteral("DROP TRIGGER IF EXISTS tickets_standing_insert"),
        QStringLiteral(R"(CREATE TABLE change_counts (
            origin TEXT NOT NULL, event_id TEXT NOT NULL, batches INTEGER NOT NULL,
            PRIMARY KEY (origin, event_id)) WITHOUT ROWID)"),
    };
}

// Version 8, both dialects, no statement: a ticket cancelled with the money given back is stored
// with the status "refunded" (it was "cancelled" like any other), so that an order's refunds can
// be told from its cancellations. Both free the place alike: every index, trigger and query
// that counts live tickets looks for "confirmed". The version only makes an older Tessera, which
// would not know the status, refuse the database instead of misreading it.

// Version 9, both dialects: orders_by_sale leaves out cancelled orders. It finds a sale's order
// by the space's engine sale id, and every query that does so looks for the sale's live tickets
// (a cancellation from the space, the undo of a refused sale), which a cancelled order no longer
// has; those queries name the same condition, so the planner uses the partial index. Engine
// sale ids are (generation, slot) pairs, so a busy event's new sales land all over the index,
// not at its end; the simulation cancels most of its sales within one pump batch and writes them
// as cancelled orders, which now skip the index (a third of its batch write time was spent in
// it, growing with the table). Deleting an event's orders (an admin deleting an event, rare)
// no longer finds them through this index and reads the orders table instead. On PostgreSQL
// the index is built inside the migration's transaction: other processes' writes to orders
// wait until it is built.
QStringList ordersBySaleLiveV9()
{
    return {
        QStringLiteral("DROP INDEX IF EXISTS orders_by_sale"),
        QStringLiteral("CREATE INDEX orders_by_sale ON orders (event_id, engine_sale_id) "
                       "WHERE status <> 'cancelled'"),
    };
}

} // namespace

const QList<QStringList> &migrations(Dialect dialect)
{
    static const QList<QStringList> sqlite{sqliteV1(),
                                           sqliteWaitingRoomsV2(),
                                           sqliteIdempotencyV3(),
                                           sqliteStoreV4(),
                                           sqliteReservedTicketsV5(),
                                           sqliteStandingBlockLogV6(),
                                           sqliteV7(),
                                           QStringList(),
                                           ordersBySaleLiveV9()};
    static const QList<QStringList> postgres{postgresV1(),
                                             postgresWaitingRoomsV2(),
                                             postgresIdempotencyV3(),
                                             postgresStoreV4(),
                                             postgresReservedTicketsV5(),
                                             postgresStandingBlockLogV6(),
                                             QStringList(),
                                             QStringList(),
                                             ordersBySaleLiveV9()};
    return dialect == Dialect::Postgres ? postgres : sqlite;
}

int latestVersion()
{
    return int(migrations(Dialect::Sqlite).size());
}

} // namespace tessera::schema
