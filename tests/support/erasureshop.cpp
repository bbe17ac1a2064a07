#include "erasureshop.h"

namespace Salvage::Test {

QString erasureShopSchema(const QString &backend)
{
    const bool pg = backend == QLatin1String("postgresql");
    QString script = QStringLiteral(R"(
CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL UNIQUE, name text, phone text,
    notes text, deleted_at TS, deleted_by integer REFERENCES users (id));
CREATE TABLE addresses (id integer PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id),
    street text, city text, deleted_at TS);
CREATE TABLE orders (id integer PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id),
    total integer, shipping_name text, deleted_at TS, deleted_by integer REFERENCES users (id));
CREATE TABLE order_items (id integer PRIMARY KEY,
    order_id integer NOT NULL REFERENCES orders (id), sku text, gift_message text,
    deleted_at TS);
CREATE TABLE sessions (id integer PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id),
    token text NOT NULL, user_agent text);
CREATE TABLE session_events (id integer PRIMARY KEY,
    session_id integer NOT NULL REFERENCES sessions (id), event text);
CREATE TABLE support_tickets (id integer PRIMARY KEY, user_id integer REFERENCES users (id),
    topic text, body text, deleted_at TS);
CREATE TABLE newsletter_subscribers (id integer PRIMARY KEY, email text NOT NULL UNIQUE,
    deleted_at TS);
INSERT INTO users VALUES (1, 'Jane.Marker@Example.com', 'Janet Markerova', '+49 170 5550123',
    'vip', NULL, NULL);
INSERT INTO users VALUES (100, 'bob.other@example.com', 'Bob Other', '+44 20 7946 0000',
    'regular', NULL, NULL);
INSERT INTO users VALUES (101, 'carl.third@example.com', 'Carl Third', NULL, NULL, OLD, 1);
INSERT INTO addresses VALUES (1, 1, '12 Markerweg', 'Markerstadt', NULL);
INSERT INTO addresses VALUES (2, 1, '3 Old Markerweg', 'Markerstadt', OLD);
INSERT INTO addresses VALUES (100, 100, '1 Bob Street', 'Bobtown', NULL);
INSERT INTO orders VALUES (10, 1, 100, 'Janet Markerova', NULL, NULL);
INSERT INTO orders VALUES (11, 1, 110, 'Janet Markerova', OLD, 100);
INSERT INTO orders VALUES (12, 1, 120, 'J. M. (held)', NULL, NULL);
INSERT INTO orders VALUES (100, 100, 200, 'Bob Other', OLD, 1);
INSERT INTO order_items VALUES (20, 10, 'SKU-1', 'Happy birthday Janet', NULL);
INSERT INTO order_items VALUES (21, 11, 'SKU-2', 'Happy birthday Janet again', OLD);
INSERT INTO order_items VALUES (22, 12, 'SKU-3', NULL, NULL);
INSERT INTO order_items VALUES (100, 100, 'SKU-1', 'For Bob', NULL);
INSERT INTO sessions VALUES (1, 1, 'tok-jane-secret-1', 'Mozilla/5.0 (JaneBook)');
INSERT INTO sessions VALUES (2, 1, 'tok-jane-secret-2', 'Mozilla/5.0 (JaneBook)');
INSERT INTO sessions VALUES (100, 100, 'tok-bob-1', 'Mozilla/5.0 (BobBook)');
INSERT INTO session_events VALUES (1, 1, 'jane-clicked buy');
INSERT INTO session_events VALUES (2, 2, 'jane-clicked help');
INSERT INTO session_events VALUES (100, 100, 'bob-clicked buy');
INSERT INTO support_tickets VALUES (1, 1, 'Erasure', 'Please erase Jane.Marker@Example.com now',
    NULL);
INSERT INTO support_tickets VALUES (100, 100, 'Login', 'Bob cannot log in', NULL);
INSERT INTO newsletter_subscribers VALUES (1, 'jane.marker@example.com', OLD);
INSERT INTO newsletter_subscribers VALUES (100, 'bob.other@example.com', NULL);
)");
    script.replace(QStringLiteral("TS"),
                   pg ? QStringLiteral("timestamptz") : QStringLiteral("TIMESTAMP"));
    script.replace(QStringLiteral("OLD"),
                   pg ? QStringLiteral("'2024-01-02 03:04:05+00'")
                      : QStringLiteral("'2024-01-02 03:04:05'"));
    return script;
}

QStringList erasureShopTables()
{
    return {
        QStringLiteral("users"),
        QStringLiteral("addresses"),
        QStringLiteral("orders"),
        QStringLiteral("order_items"),
        QStringLiteral("sessions"),
        QStringLiteral("session_events"),
        QStringLiteral("support_tickets"),
        QStringLiteral("newsletter_subscribers"),
    };
}

QStringList erasureShopSubjectValues()
{
    return {
        QStringLiteral("Jane.Marker@Example.com"),
        QStringLiteral("jane.marker@example.com"),
        QStringLiteral("Janet Markerova"),
        QStringLiteral("+49 170 5550123"),
        QStringLiteral("Markerweg"),
        QStringLiteral("Markerstadt"),
        QStringLiteral("tok-jane-secret"),
        QStringLiteral("Happy birthday Janet"),
        QStringLiteral("JaneBook"),
        QStringLiteral("jane-clicked"),
    };
}

} // namespace Salvage::Test
