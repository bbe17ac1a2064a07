-- Salvage demo database (SQLite).
-- Loaded statement by statement by DemoDatabase::ensure(): every statement ends with a
-- semicolon at the end of a line, and no string literal contains a semicolon.
-- Times are UTC, 'YYYY-MM-DD HH:MM:SS'. See README.md beside this file for the story.

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    phone TEXT,
    created_at TIMESTAMP NOT NULL,
    deleted_at TIMESTAMP NULL,
    deleted_by INTEGER REFERENCES users(id)
);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    total_cents INTEGER NOT NULL,
    status TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    deleted_at TIMESTAMP NULL,
    deleted_by INTEGER REFERENCES users(id)
);

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    order_id INTEGER REFERENCES orders(id),
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    deleted_at TIMESTAMP NULL,
    deleted_by TEXT
);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    price_cents INTEGER NOT NULL,
    is_deleted INTEGER NOT NULL DEFAULT 0,
    deleted_by TEXT
);

CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders(id),
    line_no INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products(id),
    quantity INTEGER NOT NULL,
    unit_price_cents INTEGER NOT NULL,
    discarded_at TIMESTAMP NULL,
    discarded_by TEXT,
    PRIMARY KEY (order_id, line_no)
);

-- Not soft-deletable: no marker column. Expired sessions are simply deleted by the app.
CREATE TABLE sessions (
    token TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    user_agent TEXT,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);

-- No primary key: browsable, read-only in Salvage.
CREATE TABLE support_notes (
    user_id INTEGER REFERENCES users(id),
    author TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    deleted_at TIMESTAMP NULL
);

CREATE INDEX orders_user_id ON orders(user_id);
CREATE INDEX comments_user_id ON comments(user_id);
CREATE INDEX comments_order_id ON comments(order_id);
CREATE INDEX order_items_product_id ON order_items(product_id);
CREATE INDEX sessions_user_id ON sessions(user_id);

-- Users 1-3 are the support staff whose ids appear in deleted_by.
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (1, 'alice.moreau@example.com', 'Alice Moreau', '+1-555-0101', '2025-01-15 09:37:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (2, 'bob.lindqvist@example.com', 'Bob Lindqvist', '+1-555-0102', '2025-01-24 10:14:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (3, 'carmen.okafor@example.com', 'Carmen Okafor', '+1-555-0103', '2025-02-02 10:51:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (4, 'dmitri.petrov@example.com', 'Dmitri Petrov', '+1-555-0104', '2025-02-11 11:28:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (5, 'esther.hartmann@example.org', 'Esther Hartmann', NULL, '2025-02-20 12:05:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (6, 'farid.haddad@mail.example.com', 'Farid Haddad', '+1-555-0106', '2025-03-01 12:42:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (7, 'greta.sorensen@example.net', 'Greta Sørensen', '+1-555-0107', '2025-03-10 13:19:00', '2026-10-14 16:42:05', 2);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (8, 'hiroshi.tanaka@example.com', 'Hiroshi Tanaka', '+1-555-0108', '2025-03-19 13:56:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (9, 'ines.ferreira@example.org', 'Ines Ferreira', '+1-555-0109', '2025-03-28 14:33:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (10, 'jonas.becker@mail.example.com', 'Jonas Becker', '+1-555-0110', '2025-04-06 15:10:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (11, 'kalani.kahale@example.net', 'Kalani Kahale', NULL, '2025-04-15 15:47:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (12, 'lena.novak@example.com', 'Lena Novak', '+1-555-0112', '2025-04-24 16:24:00', '2026-09-03 11:20:47', 1);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (13, 'mateo.ruiz@example.org', 'Mateo Ruiz', '+1-555-0113', '2025-05-03 17:01:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (14, 'nadia.karimi@mail.example.com', 'Nadia Karimi', '+1-555-0114', '2025-05-12 17:38:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (15, 'olu.adeyemi@example.net', 'Olu Adeyemi', '+1-555-0115', '2025-05-21 18:15:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (16, 'priya.raman@example.com', 'Priya Raman', '+1-555-0116', '2025-05-30 18:52:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (17, 'quentin.dubois@example.org', 'Quentin Dubois', NULL, '2025-06-08 19:29:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (18, 'rosa.marin@mail.example.com', 'Rosa Marín', '+1-555-0118', '2025-06-17 20:06:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (19, 'samir.nasser@example.net', 'Samir Nasser', '+1-555-0119', '2025-06-26 20:43:00', '2026-11-18 08:05:31', 3);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (20, 'tove.berg@example.com', 'Tove Berg', '+1-555-0120', '2025-07-05 21:20:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (21, 'ulrich.vogel@example.org', 'Ulrich Vogel', '+1-555-0121', '2025-07-14 21:57:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (22, 'valentina.conti@mail.example.com', 'Valentina Conti', '+1-555-0122', '2025-07-23 22:34:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (23, 'wen.zhang@example.net', 'Wen Zhang', NULL, '2025-08-01 23:11:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (24, 'ximena.herrera@example.com', 'Ximena Herrera', '+1-555-0124', '2025-08-10 23:48:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (25, 'yusuf.demir@example.org', 'Yusuf Demir', '+1-555-0125', '2025-08-20 00:25:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (26, 'zofia.kowalska@mail.example.com', 'Zofia Kowalska', '+1-555-0126', '2025-08-29 01:02:00', '2026-08-22 14:58:12', 1);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (27, 'amadou.diallo@example.net', 'Amadou Diallo', '+1-555-0127', '2025-09-07 01:39:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (28, 'birgit.schulz@example.com', 'Birgit Schulz', '+1-555-0128', '2025-09-16 02:16:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (29, 'chidi.eze@example.org', 'Chidi Eze', NULL, '2025-09-25 02:53:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (30, 'delphine.lefevre@mail.example.com', 'Delphine Lefèvre', '+1-555-0130', '2025-10-04 03:30:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (31, 'emil.nystrom@example.net', 'Emil Nyström', '+1-555-0131', '2025-10-13 04:07:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (32, 'fatima.benali@example.com', 'Fatima Benali', '+1-555-0132', '2025-10-22 04:44:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (33, 'gustavo.almeida@example.org', 'Gustavo Almeida', '+1-555-0133', '2025-10-31 05:21:00', '2026-11-24 17:31:09', 2);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (34, 'hanna.virtanen@mail.example.com', 'Hanna Virtanen', '+1-555-0134', '2025-11-09 05:58:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (35, 'ivo.horvat@example.net', 'Ivo Horvat', NULL, '2025-11-18 06:35:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (36, 'jasmin.yilmaz@example.com', 'Jasmin Yilmaz', '+1-555-0136', '2025-11-27 07:12:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (37, 'kenji.watanabe@example.org', 'Kenji Watanabe', '+1-555-0137', '2025-12-06 07:49:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (38, 'liesel.krueger@mail.example.com', 'Liesel Krüger', '+1-555-0138', '2025-12-15 08:26:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (39, 'marek.wisniewski@example.net', 'Marek Wiśniewski', '+1-555-0139', '2025-12-24 09:03:00', NULL, NULL);
INSERT INTO users (id, email, name, phone, created_at, deleted_at, deleted_by) VALUES (40, 'noor.obrien@example.com', 'Noor O''Brien', '+1-555-0140', '2026-01-02 09:40:00', NULL, NULL);

-- Orders 44, 45 and 87 went to the trash together with their owner, user 19.
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (1, 4, 90495, 'delivered', '2025-03-06 07:22:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (2, 6, 51500, 'delivered', '2025-03-11 23:33:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (3, 4, 9498, 'delivered', '2025-03-16 20:27:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (4, 8, 57800, 'delivered', '2025-03-22 04:02:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (5, 4, 43498, 'delivered', '2025-03-27 14:24:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (6, 9, 14494, 'delivered', '2025-04-01 20:58:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (7, 6, 13396, 'delivered', '2025-04-07 09:11:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (8, 6, 17900, 'delivered', '2025-04-12 11:16:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (9, 5, 79400, 'cancelled', '2025-04-17 22:21:00', '2026-08-11 10:02:44', 1);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (10, 6, 60398, 'cancelled', '2025-04-23 04:27:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (11, 8, 31600, 'delivered', '2025-04-28 08:05:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (12, 10, 91800, 'delivered', '2025-05-03 17:17:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (13, 8, 72990, 'delivered', '2025-05-08 19:39:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (14, 9, 20996, 'delivered', '2025-05-14 07:15:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (15, 8, 8498, 'delivered', '2025-05-19 06:48:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (16, 9, 5998, 'delivered', '2025-05-24 13:23:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (17, 14, 59592, 'delivered', '2025-05-29 23:43:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (18, 5, 77595, 'refunded', '2025-06-04 08:04:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (19, 8, 25600, 'delivered', '2025-06-09 19:03:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (20, 4, 10497, 'delivered', '2025-06-14 21:03:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (21, 4, 42797, 'delivered', '2025-06-20 02:07:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (22, 4, 16995, 'delivered', '2025-06-25 09:46:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (23, 5, 12996, 'delivered', '2025-06-30 21:17:00', '2026-09-17 15:33:00', 2);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (24, 15, 1998, 'delivered', '2025-07-06 04:17:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (25, 13, 74200, 'delivered', '2025-07-11 04:19:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (26, 8, 20496, 'delivered', '2025-07-16 17:40:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (27, 10, 27495, 'delivered', '2025-07-21 17:28:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (28, 21, 15800, 'delivered', '2025-07-27 07:50:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (29, 16, 76699, 'refunded', '2025-08-01 14:11:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (30, 13, 14093, 'delivered', '2025-08-06 17:07:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (31, 7, 87200, 'refunded', '2025-08-12 02:38:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (32, 7, 10998, 'delivered', '2025-08-17 07:37:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (33, 25, 53599, 'cancelled', '2025-08-22 16:33:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (34, 14, 14996, 'delivered', '2025-08-27 19:38:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (35, 24, 92999, 'cancelled', '2025-09-02 00:23:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (36, 23, 1199, 'delivered', '2025-09-07 07:28:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (37, 11, 52194, 'delivered', '2025-09-12 19:24:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (38, 16, 84595, 'cancelled', '2025-09-17 19:25:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (39, 27, 54899, 'delivered', '2025-09-23 01:22:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (40, 27, 7800, 'cancelled', '2025-09-28 08:19:00', '2026-09-29 09:12:18', 3);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (41, 10, 62396, 'cancelled', '2025-10-03 19:49:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (42, 21, 17396, 'delivered', '2025-10-09 01:08:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (43, 27, 32699, 'delivered', '2025-10-14 13:54:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (44, 19, 78495, 'refunded', '2025-10-19 20:41:00', '2026-11-18 08:05:31', 3);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (45, 19, 64299, 'delivered', '2025-10-24 18:46:00', '2026-11-18 08:05:31', 3);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (46, 14, 40896, 'delivered', '2025-10-30 10:39:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (47, 28, 21600, 'refunded', '2025-11-04 11:53:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (48, 31, 1998, 'delivered', '2025-11-09 15:40:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (49, 24, 88799, 'cancelled', '2025-11-15 06:19:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (50, 22, 29294, 'delivered', '2025-11-20 05:37:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (51, 15, 156300, 'delivered', '2025-11-25 14:58:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (52, 5, 3897, 'delivered', '2025-12-01 02:57:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (53, 30, 29899, 'delivered', '2025-12-06 04:31:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (54, 23, 30600, 'delivered', '2025-12-11 09:28:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (55, 29, 59400, 'delivered', '2025-12-16 14:06:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (56, 4, 50700, 'delivered', '2025-12-21 20:54:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (57, 22, 120799, 'delivered', '2025-12-27 13:22:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (58, 7, 50400, 'cancelled', '2026-01-01 18:23:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (59, 36, 70695, 'delivered', '2026-01-06 22:01:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (60, 32, 8997, 'cancelled', '2026-01-12 09:13:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (61, 18, 100695, 'delivered', '2026-01-17 09:38:00', '2026-10-02 13:47:51', 1);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (62, 25, 59792, 'delivered', '2026-01-22 21:15:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (63, 31, 39299, 'delivered', '2026-01-28 04:09:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (64, 17, 229500, 'delivered', '2026-02-02 12:02:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (65, 10, 71298, 'refunded', '2026-02-07 12:13:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (66, 6, 63197, 'refunded', '2026-02-12 20:21:00', '2026-10-02 13:48:03', 1);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (67, 13, 60699, 'cancelled', '2026-02-18 01:52:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (68, 32, 9900, 'delivered', '2026-02-23 14:40:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (69, 5, 81999, 'delivered', '2026-02-28 14:07:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (70, 11, 20898, 'cancelled', '2026-03-05 20:17:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (71, 10, 27600, 'delivered', '2026-03-11 06:25:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (72, 4, 2997, 'delivered', '2026-03-16 12:50:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (73, 40, 62194, 'cancelled', '2026-03-21 18:02:00', '2026-10-21 19:05:26', 2);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (74, 20, 65097, 'delivered', '2026-03-27 01:17:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (75, 17, 69600, 'cancelled', '2026-04-01 10:36:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (76, 16, 9198, 'delivered', '2026-04-06 22:34:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (77, 40, 38692, 'delivered', '2026-04-11 23:44:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (78, 22, 23797, 'delivered', '2026-04-17 08:37:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (79, 9, 38399, 'delivered', '2026-04-22 10:17:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (80, 39, 5998, 'delivered', '2026-04-27 19:00:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (81, 25, 32896, 'delivered', '2026-05-03 04:29:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (82, 34, 68400, 'delivered', '2026-05-08 07:58:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (83, 18, 12399, 'delivered', '2026-05-13 22:16:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (84, 24, 19800, 'refunded', '2026-05-18 23:13:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (85, 25, 43999, 'delivered', '2026-05-24 02:01:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (86, 24, 33796, 'refunded', '2026-05-29 14:33:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (87, 19, 62400, 'delivered', '2026-06-04 00:13:00', '2026-11-18 08:05:31', 3);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (88, 38, 6900, 'delivered', '2026-06-09 08:07:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (89, 15, 62898, 'delivered', '2026-06-14 11:22:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (90, 37, 35991, 'delivered', '2026-06-19 15:03:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (91, 31, 38299, 'delivered', '2026-06-25 01:45:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (92, 8, 29500, 'delivered', '2026-06-30 09:17:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (93, 28, 62899, 'delivered', '2026-07-05 11:49:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (94, 10, 25700, 'delivered', '2026-07-10 22:37:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (95, 8, 5397, 'delivered', '2026-07-16 07:37:00', '2026-11-09 08:41:14', 3);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (96, 4, 35800, 'delivered', '2026-07-21 08:35:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (97, 18, 56098, 'delivered', '2026-07-26 14:26:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (98, 20, 67495, 'delivered', '2026-08-01 01:56:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (99, 9, 21299, 'delivered', '2026-08-06 01:57:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (100, 30, 7900, 'delivered', '2026-08-11 17:24:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (101, 9, 85597, 'delivered', '2026-08-16 19:52:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (102, 28, 51195, 'delivered', '2026-08-22 06:05:00', '2026-11-20 16:20:02', 1);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (103, 24, 116400, 'delivered', '2026-08-27 10:41:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (104, 28, 4499, 'delivered', '2026-09-01 14:17:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (105, 17, 155699, 'delivered', '2026-09-06 19:49:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (106, 10, 23994, 'delivered', '2026-09-12 02:19:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (107, 38, 35700, 'delivered', '2026-09-17 15:48:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (108, 22, 10998, 'delivered', '2026-09-22 15:48:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (109, 17, 45897, 'delivered', '2026-09-28 03:15:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (110, 30, 58397, 'cancelled', '2026-10-03 13:10:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (111, 40, 75600, 'delivered', '2026-10-08 18:31:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (112, 38, 1299, 'delivered', '2026-10-14 02:51:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (113, 29, 51497, 'paid', '2026-10-19 03:04:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (114, 25, 12193, 'cancelled', '2026-10-24 11:22:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (115, 39, 32799, 'delivered', '2026-10-29 23:51:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (116, 27, 21800, 'pending', '2026-11-04 00:45:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (117, 20, 43297, 'delivered', '2026-11-09 09:50:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (118, 22, 4875, 'pending', '2026-11-14 13:44:00', '2026-11-25 11:03:37', 2);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (119, 8, 42799, 'paid', '2026-11-19 18:36:00', NULL, NULL);
INSERT INTO orders (id, user_id, total_cents, status, created_at, deleted_at, deleted_by) VALUES (120, 24, 22995, 'paid', '2026-11-25 00:23:00', NULL, NULL);

-- Products use a boolean flag. 21 and 22 are flagged but still referenced by order_items.
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (1, 'KB-0101', 'Mechanical keyboard, 87 keys', 8900, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (2, 'KB-0102', 'Mechanical keyboard, full size', 10900, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (3, 'MS-0201', 'Wireless mouse', 2999, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (4, 'MS-0202', 'Vertical ergonomic mouse', 4599, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (5, 'MN-0301', '27" monitor, 1440p', 28900, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (6, 'MN-0302', '24" monitor, 1080p', 15900, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (7, 'CB-0401', 'USB-C cable, 1 m', 999, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (8, 'CB-0402', 'USB-C cable, 2 m', 1299, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (9, 'CB-0403', 'HDMI cable, 2 m', 1199, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (10, 'HD-0501', 'Noise-cancelling headphones', 19900, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (11, 'HD-0502', 'USB headset with microphone', 5900, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (12, 'DK-0601', 'Laptop docking station', 17900, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (13, 'DK-0602', 'Laptop stand, aluminium', 3900, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (14, 'WC-0701', 'Webcam, 1080p', 6900, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (15, 'SS-0801', 'External SSD, 1 TB', 9900, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (16, 'SS-0802', 'External SSD, 2 TB', 16900, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (17, 'PD-0901', 'Desk mat, felt', 2499, 1, 'bob');
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (18, 'LT-1001', 'LED desk lamp', 4499, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (19, 'CH-1101', 'Wireless charger', 2999, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (20, 'HB-1201', 'USB hub, 7 ports', 3499, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (21, 'MN-0303', '32" monitor, 4K (discontinued)', 45900, 1, 'batchjob');
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (22, 'KB-0103', 'Keyboard, membrane (recalled)', 1999, 1, 'alice');
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (23, 'SP-1301', 'Bluetooth speaker', 5499, 0, NULL);
INSERT INTO products (id, sku, name, price_cents, is_deleted, deleted_by) VALUES (24, 'TB-1401', 'Graphics tablet', 7900, 0, NULL);

-- Composite primary key (order_id, line_no).
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (1, 1, 16, 2, 16900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (1, 2, 2, 2, 10900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (1, 3, 3, 5, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (1, 4, 10, 1, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (2, 1, 24, 1, 7900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (2, 2, 24, 3, 7900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (2, 3, 10, 1, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (3, 1, 14, 1, 6900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (3, 2, 8, 2, 1299, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (4, 1, 5, 2, 28900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (5, 1, 24, 2, 7900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (5, 2, 13, 2, 3900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (5, 3, 12, 1, 17900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (5, 4, 7, 2, 999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (6, 1, 3, 2, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (6, 2, 8, 3, 1299, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (6, 3, 4, 1, 4599, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (7, 1, 23, 2, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (7, 2, 9, 2, 1199, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (8, 1, 12, 1, 17900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (9, 1, 2, 2, 10900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (9, 2, 10, 1, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (9, 3, 6, 2, 15900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (9, 4, 11, 1, 5900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (10, 1, 5, 1, 28900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (10, 2, 7, 2, 999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (10, 3, 11, 5, 5900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (11, 1, 15, 2, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (11, 2, 11, 2, 5900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (12, 1, 21, 2, 45900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (13, 1, 20, 5, 3499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (13, 2, 15, 2, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (13, 3, 3, 5, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (13, 4, 14, 3, 6900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (14, 1, 18, 1, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (14, 2, 16, 1, 16900, '2026-09-08 12:14:55', 'alice');
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (14, 3, 23, 3, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (15, 1, 23, 1, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (15, 2, 19, 1, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (16, 1, 19, 2, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (17, 1, 3, 2, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (17, 2, 24, 5, 7900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (17, 3, 9, 3, 1199, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (17, 4, 20, 3, 3499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (18, 1, 22, 5, 1999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (18, 2, 16, 1, 16900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (18, 3, 16, 3, 16900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (19, 1, 14, 2, 6900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (19, 2, 11, 2, 5900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (20, 1, 20, 3, 3499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (21, 1, 4, 1, 4599, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (21, 2, 10, 1, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (21, 3, 6, 1, 15900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (21, 4, 9, 2, 1199, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (22, 1, 20, 3, 3499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (22, 2, 23, 1, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (22, 3, 7, 1, 999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (23, 1, 7, 2, 999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (23, 2, 23, 2, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (24, 1, 7, 2, 999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (25, 1, 10, 1, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (25, 2, 15, 1, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (25, 3, 15, 1, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (25, 4, 14, 5, 6900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (26, 1, 19, 3, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (26, 2, 14, 1, 6900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (26, 3, 4, 1, 4599, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (27, 1, 13, 5, 3900, '2026-10-05 09:30:11', 'bob');
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (27, 2, 23, 5, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (27, 3, 23, 1, 5499, '2026-10-05 09:30:11', 'bob');
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (28, 1, 24, 2, 7900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (29, 1, 11, 1, 5900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (29, 2, 13, 3, 3900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (29, 3, 5, 2, 28900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (29, 4, 8, 1, 1299, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (30, 1, 4, 1, 4599, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (30, 2, 9, 5, 1199, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (30, 3, 20, 1, 3499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (31, 1, 2, 3, 10900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (31, 2, 2, 5, 10900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (32, 1, 23, 2, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (33, 1, 1, 2, 8900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (33, 2, 2, 1, 10900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (33, 3, 9, 1, 1199, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (33, 4, 24, 3, 7900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (34, 1, 18, 1, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (34, 2, 18, 1, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (34, 3, 3, 2, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (35, 1, 21, 2, 45900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (35, 2, 9, 1, 1199, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (36, 1, 9, 1, 1199, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (37, 1, 1, 1, 8900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (37, 2, 18, 5, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (37, 3, 19, 1, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (37, 4, 1, 2, 8900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (38, 1, 15, 1, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (38, 2, 10, 3, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (38, 3, 3, 5, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (39, 1, 9, 1, 1199, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (39, 2, 12, 3, 17900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (40, 1, 13, 2, 3900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (41, 1, 6, 1, 15900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (41, 2, 11, 5, 5900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (41, 3, 3, 2, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (41, 4, 23, 2, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (42, 1, 7, 3, 999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (42, 2, 23, 1, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (42, 3, 1, 1, 8900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (43, 1, 19, 1, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (43, 2, 15, 3, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (44, 1, 6, 3, 15900, '2026-11-18 08:05:31', 'carmen');
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (44, 2, 24, 2, 7900, '2026-11-18 08:05:31', 'carmen');
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (44, 3, 19, 5, 2999, '2026-11-18 08:05:31', 'carmen');
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (45, 1, 14, 5, 6900, '2026-11-18 08:05:31', 'carmen');
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (45, 2, 3, 1, 2999, '2026-11-18 08:05:31', 'carmen');
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (45, 3, 16, 1, 16900, '2026-11-18 08:05:31', 'carmen');
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (45, 4, 15, 1, 9900, '2026-11-18 08:05:31', 'carmen');
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (46, 1, 19, 1, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (46, 2, 19, 3, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (46, 3, 5, 1, 28900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (47, 1, 13, 3, 3900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (47, 2, 15, 1, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (48, 1, 7, 2, 999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (49, 1, 12, 2, 17900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (49, 2, 6, 2, 15900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (49, 3, 8, 1, 1299, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (49, 4, 10, 1, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (50, 1, 7, 5, 999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (50, 2, 18, 1, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (50, 3, 15, 2, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (51, 1, 5, 5, 28900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (51, 2, 11, 2, 5900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (52, 1, 8, 3, 1299, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (52, 2, 14, 5, 6900, '2026-10-30 22:00:00', 'batchjob');
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (53, 1, 8, 1, 1299, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (53, 2, 2, 1, 10900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (53, 3, 11, 2, 5900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (53, 4, 11, 1, 5900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (54, 1, 13, 1, 3900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (54, 2, 2, 1, 10900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (54, 3, 24, 2, 7900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (55, 1, 2, 3, 10900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (55, 2, 1, 3, 8900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (56, 1, 16, 3, 16900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (57, 1, 6, 3, 15900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (57, 2, 20, 1, 3499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (57, 3, 15, 1, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (57, 4, 10, 3, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (58, 1, 24, 3, 7900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (58, 2, 15, 2, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (58, 3, 14, 1, 6900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (59, 1, 6, 3, 15900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (59, 2, 4, 5, 4599, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (60, 1, 3, 3, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (61, 1, 5, 3, 28900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (61, 2, 19, 2, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (61, 3, 7, 1, 999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (61, 4, 20, 2, 3499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (62, 1, 3, 5, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (62, 2, 12, 2, 17900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (62, 3, 19, 3, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (63, 1, 16, 2, 16900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (63, 2, 23, 1, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (64, 1, 21, 5, 45900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (65, 1, 24, 2, 7900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (65, 2, 15, 2, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (65, 3, 19, 2, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (65, 4, 15, 3, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (66, 1, 23, 3, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (66, 2, 12, 2, 17900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (66, 3, 2, 1, 10900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (67, 1, 7, 1, 999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (67, 2, 10, 3, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (68, 1, 15, 1, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (69, 1, 20, 1, 3499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (69, 2, 5, 1, 28900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (69, 3, 10, 1, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (69, 4, 15, 3, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (70, 1, 22, 1, 1999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (70, 2, 6, 1, 15900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (70, 3, 19, 1, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (71, 1, 14, 1, 6900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (71, 2, 14, 3, 6900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (72, 1, 7, 3, 999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (73, 1, 10, 1, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (73, 2, 11, 2, 5900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (73, 3, 23, 5, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (73, 4, 3, 1, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (74, 1, 2, 5, 10900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (74, 2, 4, 1, 4599, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (74, 3, 19, 2, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (75, 1, 16, 2, 16900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (75, 2, 12, 2, 17900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (76, 1, 4, 2, 4599, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (77, 1, 1, 1, 8900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (77, 2, 2, 2, 10900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (77, 3, 7, 3, 999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (77, 4, 7, 5, 999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (78, 1, 9, 2, 1199, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (78, 2, 6, 1, 15900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (78, 3, 23, 1, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (79, 1, 4, 1, 4599, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (79, 2, 16, 2, 16900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (80, 1, 19, 2, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (81, 1, 2, 2, 10900, '2026-11-12 07:45:39', 'alice');
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (81, 2, 20, 3, 3499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (81, 3, 12, 1, 17900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (81, 4, 18, 1, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (82, 1, 11, 3, 5900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (82, 2, 16, 1, 16900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (82, 3, 16, 2, 16900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (83, 1, 23, 1, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (83, 2, 14, 1, 6900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (84, 1, 15, 2, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (85, 1, 1, 1, 8900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (85, 2, 14, 1, 6900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (85, 3, 18, 1, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (85, 4, 24, 3, 7900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (86, 1, 2, 2, 10900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (86, 2, 19, 2, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (86, 3, 19, 2, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (87, 1, 1, 1, 8900, '2026-11-18 08:05:31', 'carmen');
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (87, 2, 12, 2, 17900, '2026-11-18 08:05:31', 'carmen');
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (87, 3, 11, 3, 5900, '2026-11-18 08:05:31', 'carmen');
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (88, 1, 14, 1, 6900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (89, 1, 24, 3, 7900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (89, 2, 16, 1, 16900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (89, 3, 9, 2, 1199, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (89, 4, 10, 1, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (90, 1, 3, 3, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (90, 2, 18, 1, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (90, 3, 18, 5, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (91, 1, 16, 2, 16900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (91, 2, 18, 1, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (92, 1, 11, 5, 5900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (93, 1, 8, 1, 1299, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (93, 2, 2, 1, 10900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (93, 3, 16, 1, 16900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (93, 4, 16, 2, 16900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (94, 1, 14, 1, 6900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (94, 2, 15, 1, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (94, 3, 1, 1, 8900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (95, 1, 9, 2, 1199, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (95, 2, 3, 1, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (96, 1, 12, 2, 17900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (97, 1, 23, 1, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (97, 2, 15, 3, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (97, 3, 7, 1, 999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (97, 4, 10, 1, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (98, 1, 15, 5, 9900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (98, 2, 19, 3, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (98, 3, 18, 2, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (99, 1, 20, 1, 3499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (99, 2, 1, 2, 8900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (100, 1, 24, 1, 7900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (101, 1, 9, 2, 1199, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (101, 2, 23, 1, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (101, 3, 5, 2, 28900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (101, 4, 10, 1, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (102, 1, 1, 2, 8900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (102, 2, 6, 1, 15900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (102, 3, 20, 5, 3499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (103, 1, 16, 1, 16900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (103, 2, 10, 5, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (104, 1, 18, 1, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (105, 1, 5, 2, 28900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (105, 2, 12, 5, 17900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (105, 3, 18, 1, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (105, 4, 13, 1, 3900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (106, 1, 19, 2, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (106, 2, 18, 2, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (106, 3, 18, 2, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (107, 1, 12, 1, 17900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (107, 2, 1, 2, 8900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (108, 1, 23, 2, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (109, 1, 13, 5, 3900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (109, 2, 23, 2, 5499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (109, 3, 18, 1, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (109, 4, 2, 1, 10900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (110, 1, 8, 3, 1299, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (110, 2, 9, 1, 1199, '2026-11-22 22:00:00', 'batchjob');
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (110, 3, 2, 5, 10900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (111, 1, 10, 2, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (111, 2, 12, 2, 17900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (112, 1, 8, 1, 1299, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (113, 1, 24, 3, 7900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (113, 2, 18, 1, 4499, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (113, 3, 8, 2, 1299, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (113, 4, 14, 3, 6900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (114, 1, 9, 3, 1199, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (114, 2, 3, 2, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (114, 3, 8, 2, 1299, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (115, 1, 6, 2, 15900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (115, 2, 7, 1, 999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (116, 1, 2, 2, 10900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (117, 1, 9, 2, 1199, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (117, 2, 24, 1, 7900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (117, 3, 6, 2, 15900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (117, 4, 9, 1, 1199, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (119, 1, 10, 2, 19900, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (119, 2, 19, 1, 2999, NULL, NULL);
INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price_cents, discarded_at, discarded_by) VALUES (120, 1, 4, 5, 4599, NULL, NULL);

-- Comments 29-31 were trashed by the nightly batch job, 22 together with user 26.
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (1, 1, 4, 'Asked for a paper receipt.', '2025-03-22 19:02:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (2, 24, 86, 'Please ship to the office address instead.', '2026-05-30 18:33:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (3, 3, 26, 'Asked for a paper receipt.', '2025-07-18 10:40:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (4, 2, 27, 'Called the customer back about the delayed shipment.
- carrier lost the first parcel
- a second parcel was sent with tracking
- customer agreed to wait instead of cancelling', '2025-07-23 23:28:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (5, 24, 120, 'Please ship to the office address instead.', '2026-08-16 10:11:12', '2026-08-19 10:11:12', 'alice');
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (6, 3, 10, 'Thanks, arrived two days early.', '2025-04-26 12:27:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (7, 1, 33, 'Thanks, arrived two days early.', '2025-08-22 19:33:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (8, 34, NULL, 'The monitor arrived with a dead pixel in the upper left corner.
Customer sent a photo by email.

We offered a replacement or a partial refund - customer prefers a replacement, pickup scheduled for next Tuesday.', '2025-11-09 21:58:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (9, 8, 26, 'Payment retried after card expired.', '2025-07-17 22:40:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (10, 7, 31, 'Duplicate of the previous order, customer confirmed.', '2025-08-13 20:38:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (11, 9, 6, 'Box slightly dented, contents fine.', '2025-04-04 03:58:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (12, 32, 60, 'Order was placed twice by accident (double click on the checkout button). Refunded the second one in full and left the first one as is. This is the third time this month that we see double submissions from the mobile site, reported to the web team.', '2026-01-15 05:13:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (13, 1, 33, 'Package was left at the neighbour''s door.', '2025-08-26 01:33:00', '2026-09-02 16:40:00', 'bob');
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (14, 4, 56, 'Customer called, asked about the invoice.', '2025-12-22 00:54:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (15, 3, 80, 'Thanks, arrived two days early.', '2026-04-28 12:00:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (16, 25, 85, 'Address correction:
Old: 12 Example Street, Flat 3
New: 12 Example Street, Flat 5
Verified by phone with the customer.', '2026-05-25 08:01:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (17, 6, 7, 'Payment retried after card expired.', '2025-04-09 04:11:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (18, 3, 15, 'Customer called, asked about the invoice.', '2025-05-21 14:48:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (19, 34, 82, 'Customer called, asked about the invoice.', '2026-05-11 04:58:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (20, 5, 69, 'Order was placed twice by accident (double click on the checkout button). Refunded the second one in full and left the first one as is. This is the third time this month that we see double submissions from the mobile site, reported to the web team.', '2026-03-04 00:07:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (21, 1, 35, 'Asked for a paper receipt.', '2025-09-02 05:23:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (22, 26, NULL, 'Please close my account, I no longer use the service.
Thanks.', '2025-08-29 19:02:00', '2026-08-22 15:00:12', 'alice');
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (23, 3, 69, 'Package was left at the neighbour''s door.', '2026-03-01 21:07:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (24, 40, 77, 'Called the customer back about the delayed shipment.
- carrier lost the first parcel
- a second parcel was sent with tracking
- customer agreed to wait instead of cancelling', '2026-04-13 19:44:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (25, 3, 116, 'Gift wrap requested.', '2026-11-06 09:45:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (26, 4, 3, 'Thanks, arrived two days early.', '2025-03-19 18:27:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (27, 14, 46, 'Thanks, arrived two days early.', '2025-11-02 21:39:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (28, 3, 5, 'Order was placed twice by accident (double click on the checkout button). Refunded the second one in full and left the first one as is. This is the third time this month that we see double submissions from the mobile site, reported to the web team.', '2025-03-27 20:24:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (29, 3, 53, 'Please ship to the office address instead.', '2025-12-06 23:31:00', '2026-10-01 02:00:00', 'batchjob');
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (30, 3, 70, 'Gift wrap requested.', '2026-03-07 04:17:00', '2026-10-01 02:00:00', 'batchjob');
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (31, 28, 93, 'Box slightly dented, contents fine.', '2026-07-07 08:49:00', '2026-10-01 02:00:00', 'batchjob');
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (32, 21, 28, 'Order was placed twice by accident (double click on the checkout button). Refunded the second one in full and left the first one as is. This is the third time this month that we see double submissions from the mobile site, reported to the web team.', '2025-07-29 17:50:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (33, 3, 34, 'Please ship to the office address instead.', '2025-08-30 18:38:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (34, 32, 60, 'Package was left at the neighbour''s door.', '2026-01-15 21:13:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (35, 3, 4, 'Package was left at the neighbour''s door.', '2025-03-22 11:02:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (36, 24, 120, 'Order was placed twice by accident (double click on the checkout button). Refunded the second one in full and left the first one as is. This is the third time this month that we see double submissions from the mobile site, reported to the web team.', '2026-11-25 20:23:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (37, 7, 58, 'Package was left at the neighbour''s door.', '2026-01-03 03:23:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (38, 3, 29, 'Payment retried after card expired.', '2025-08-03 12:11:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (39, 23, 54, 'Package was left at the neighbour''s door.', '2025-12-13 20:28:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (40, 3, 71, 'The monitor arrived with a dead pixel in the upper left corner.
Customer sent a photo by email.

We offered a replacement or a partial refund - customer prefers a replacement, pickup scheduled for next Tuesday.', '2026-03-14 06:25:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (41, 31, 63, 'Gift wrap requested.', '2026-01-31 17:09:00', '2026-11-03 12:25:48', 'bob');
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (42, 27, 39, 'Asked for a paper receipt.', '2025-09-23 09:22:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (43, 3, 26, 'Customer called, asked about the invoice.', '2025-07-17 14:40:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (44, 36, NULL, 'Escalated to billing:

The invoice shows the old VAT rate. Customer needs a corrected invoice for their accounting department before the end of the quarter.', '2025-11-28 17:12:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (45, 1, 104, 'Gift wrap requested.', '2026-09-03 13:17:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (46, 28, 104, 'Asked for a paper receipt.', '2026-09-04 02:17:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (47, 1, 63, 'Customer called, asked about the invoice.', '2026-01-31 05:09:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (48, 28, 93, 'The monitor arrived with a dead pixel in the upper left corner.
Customer sent a photo by email.

We offered a replacement or a partial refund - customer prefers a replacement, pickup scheduled for next Tuesday.', '2026-07-09 01:49:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (49, 3, 29, 'Duplicate of the previous order, customer confirmed.', '2025-08-01 23:11:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (50, 13, 30, 'Please ship to the office address instead.', '2025-08-07 15:07:00', '2026-11-19 09:58:20', 'alice');
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (51, 3, 39, 'Gift wrap requested.', '2025-09-24 12:22:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (52, 27, 43, 'The monitor arrived with a dead pixel in the upper left corner.
Customer sent a photo by email.

We offered a replacement or a partial refund - customer prefers a replacement, pickup scheduled for next Tuesday.', '2025-10-16 13:54:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (53, 2, 108, 'Asked for a paper receipt.', '2026-09-25 04:48:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (54, 1, 110, 'Gift wrap requested.', '2026-10-06 15:10:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (55, 24, 84, 'Box slightly dented, contents fine.', '2026-05-22 14:13:00', NULL, NULL);
INSERT INTO comments (id, user_id, order_id, body, created_at, deleted_at, deleted_by) VALUES (56, 25, 33, 'Address correction:
Old: 12 Example Street, Flat 3
New: 12 Example Street, Flat 5
Verified by phone with the customer.', '2025-08-23 02:33:00', NULL, NULL);

-- Sessions are not soft-deletable (no marker column).
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('098dadfa7187e507f3b8a0e085f56bf3', 18, 'Mozilla/5.0 (Windows NT 10.0, Win64, x64) Chrome/131.0', '2026-11-16 15:00:00', '2026-12-16 15:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('704051c3fe3674e2f7c7dee5f5174c1d', 38, 'Mozilla/5.0 (Windows NT 10.0, Win64, x64) Chrome/131.0', '2026-11-19 00:00:00', '2026-12-19 00:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('71052f03870d0615fe4fd3741df73ecf', 20, 'Mozilla/5.0 (Macintosh, Intel Mac OS X 14_6) Safari/605.1.15', '2026-11-07 21:00:00', '2026-12-07 21:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('c92b2b76f86f6ca6552b557b9fba407a', 29, 'SalvageDemoApp/2.3 (Android 14)', '2026-11-08 11:00:00', '2026-12-08 11:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('9706dea846452417ffaf97807c041675', 16, 'Mozilla/5.0 (Windows NT 10.0, Win64, x64) Chrome/131.0', '2026-11-17 01:00:00', '2026-12-17 01:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('c221adf3fdb07455e2cc7ff7b58821b5', 40, 'Mozilla/5.0 (X11, Linux x86_64) Firefox/132.0', '2026-11-11 02:00:00', '2026-12-11 02:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('57796078f1a6ed94815e16804fecab29', 16, 'Mozilla/5.0 (Windows NT 10.0, Win64, x64) Chrome/131.0', '2026-11-07 17:00:00', '2026-12-07 17:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('b3212c09ed94eae79bdd38942136b96a', 17, 'SalvageDemoApp/2.3 (Android 14)', '2026-11-20 17:00:00', '2026-12-20 17:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('09f5efba773b90cb20d3bcf2e0013ec8', 17, 'Mozilla/5.0 (Windows NT 10.0, Win64, x64) Chrome/131.0', '2026-11-13 14:00:00', '2026-12-13 14:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('cc0a247a2dbf81a45fc97e906d7b692f', 11, 'Mozilla/5.0 (Windows NT 10.0, Win64, x64) Chrome/131.0', '2026-11-22 16:00:00', '2026-12-22 16:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('35fdcfe12f5e8ee394711500748c79fc', 38, 'SalvageDemoApp/2.3 (Android 14)', '2026-11-19 03:00:00', '2026-12-19 03:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('84d1735932acdf52c72ca32ab6400f47', 23, 'Mozilla/5.0 (X11, Linux x86_64) Firefox/132.0', '2026-11-11 15:00:00', '2026-12-11 15:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('eaafb66feb51d74997bc75a09a794fbc', 4, 'SalvageDemoApp/2.3 (Android 14)', '2026-11-07 12:00:00', '2026-12-07 12:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('8eaffd2787313609bbb2c36029be5037', 16, 'Mozilla/5.0 (Windows NT 10.0, Win64, x64) Chrome/131.0', '2026-11-07 14:00:00', '2026-12-07 14:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('dc236112c265dd03c67a4a7a1cb38619', 18, 'Mozilla/5.0 (Windows NT 10.0, Win64, x64) Chrome/131.0', '2026-11-10 15:00:00', '2026-12-10 15:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('91b39ba9882064ed9d9a39759e3e50d6', 14, 'Mozilla/5.0 (Macintosh, Intel Mac OS X 14_6) Safari/605.1.15', '2026-11-18 03:00:00', '2026-12-18 03:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('597e62d3c7df022ebc8e21d2fcdd5e5b', 37, 'SalvageDemoApp/2.3 (Android 14)', '2026-11-20 18:00:00', '2026-12-20 18:00:00');
INSERT INTO sessions (token, user_id, user_agent, created_at, expires_at) VALUES ('4ae5fd7ad0bb82bf8517769a7fe68df3', 23, 'SalvageDemoApp/2.3 (Android 14)', '2026-11-19 20:00:00', '2026-12-19 20:00:00');

-- No primary key: shown read-only with the reason.
INSERT INTO support_notes (user_id, author, note, created_at, deleted_at) VALUES (4, 'alice', 'Prefers contact by email, not phone.', '2026-09-02 20:00:00', NULL);
INSERT INTO support_notes (user_id, author, note, created_at, deleted_at) VALUES (7, 'bob', 'Account closure requested by phone, see ticket 4411.', '2026-10-02 09:45:00', '2026-10-14 16:45:00');
INSERT INTO support_notes (user_id, author, note, created_at, deleted_at) VALUES (11, 'carmen', 'VIP customer, handle returns without the usual questions.', '2026-09-02 13:00:00', NULL);
INSERT INTO support_notes (user_id, author, note, created_at, deleted_at) VALUES (15, 'alice', 'Chargeback disputed in March, resolved in our favour.', '2026-09-02 09:00:00', NULL);
INSERT INTO support_notes (user_id, author, note, created_at, deleted_at) VALUES (24, 'carmen', 'Moved abroad, asked for invoices by email only.', '2026-09-02 00:00:00', NULL);
INSERT INTO support_notes (user_id, author, note, created_at, deleted_at) VALUES (23, 'bob', 'Wrong phone number on file, customer will update it.', '2026-08-19 09:00:00', '2026-09-01 08:00:00');
INSERT INTO support_notes (user_id, author, note, created_at, deleted_at) VALUES (NULL, 'batchjob', 'Nightly cleanup trashed 3 comments older than the retention period.', '2026-10-01 02:00:04', NULL);
