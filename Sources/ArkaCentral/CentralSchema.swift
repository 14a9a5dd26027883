import ArkaCore
import PostgresNIO

/// The centre's schema in PostgreSQL, made and brought up to date by `arka central init`: each
/// migration registered by name, run once, in order, and never edited once shipped.
///
/// What the offices send is kept as they sent it. The application role (``CentralSchema/appRole``)
/// may only read and insert; a trigger refuses every UPDATE, DELETE and TRUNCATE of the tables,
/// to their owner too (as SQL Server's ledger tables refuse them). A trigger on `arka.entry`
/// checks each entry's link and hash itself before the centre accepts it: the SHA-256 of the hash
/// before it and the entry's canonical form, as the office's journal chains them.
///
/// ```swift
/// try await CentralSchema.migrate(centre)   // as the database's owner
/// ```
public enum CentralSchema {
    /// The role the offices' syncs and the reports connect as: SELECT and INSERT only.
    public static let appRole = "arka_app"

    /// The tables kept as the offices sent them.
    static let tables = ["office", "entry", "posting", "sync", "migration", "total", "record"]

    /// The migrations, by name, in the order they run.
    static let migrations: [(name: String, statements: [String])] = [
        ("v1 offices and their journals", v1),
        ("v2 pseudonymous journals, totals and registers", v2),
    ]

    static let v1 = [
        """
        CREATE TABLE arka.office (
            code text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$'),
            name text NOT NULL,
            base_currency text NOT NULL,
            joined_by text NOT NULL DEFAULT current_user,
            joined_at timestamptz NOT NULL DEFAULT now())
        """,
        """
        CREATE TABLE arka.entry (
            office text NOT NULL REFERENCES arka.office,
            seq bigint NOT NULL CHECK (seq > 0),
            id text NOT NULL,
            date date NOT NULL,
            description text NOT NULL,
            reverses text,
            posted_by text NOT NULL,
            posted_at text NOT NULL,
            canonical bytea NOT NULL,
            prev_hash text NOT NULL,
            hash text NOT NULL,
            PRIMARY KEY (office, seq),
            UNIQUE (office, id))
        """,
        """
        CREATE TABLE arka.posting (
            office text NOT NULL,
            seq bigint NOT NULL,
            position integer NOT NULL,
            account text NOT NULL,
            amount bigint NOT NULL,
            currency text NOT NULL,
            fund text,
            budget_line text,
            base_amount bigint NOT NULL,
            PRIMARY KEY (office, seq, position),
            FOREIGN KEY (office, seq) REFERENCES arka.entry)
        """,
        """
        CREATE TABLE arka.sync (
            office text NOT NULL REFERENCES arka.office,
            number bigint NOT NULL CHECK (number > 0),
            first_seq bigint NOT NULL,
            last_seq bigint NOT NULL,
            head_hash text NOT NULL,
            synced_by text NOT NULL DEFAULT current_user,
            synced_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (office, number))
        """,
        """
        CREATE FUNCTION arka.entry_links() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE previous text;
        BEGIN
            IF NEW.seq = 1 THEN
                previous := repeat('0', 64);
            ELSE
                SELECT hash INTO previous FROM arka.entry WHERE office = NEW.office AND seq = NEW.seq - 1;
                IF previous IS NULL THEN
                    RAISE EXCEPTION 'entry #% (%) of office % does not follow an entry the centre holds', NEW.seq, NEW.id, NEW.office
                        USING ERRCODE = 'integrity_constraint_violation';
                END IF;
            END IF;
            IF NEW.prev_hash IS DISTINCT FROM previous THEN
                RAISE EXCEPTION 'entry #% (%) of office % does not link to the entry before it', NEW.seq, NEW.id, NEW.office
                    USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            IF NEW.hash IS DISTINCT FROM encode(sha256(convert_to(NEW.prev_hash, 'UTF8') || NEW.canonical), 'hex') THEN
                RAISE EXCEPTION 'entry #% (%) of office % is not what its hash says', NEW.seq, NEW.id, NEW.office
                    USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            RETURN NEW;
        END $$
        """,
        "CREATE TRIGGER entry_links BEFORE INSERT ON arka.entry FOR EACH ROW EXECUTE FUNCTION arka.entry_links()",
    ]

    /// What the centre holds of an office's journal is shown by pseudonym (the office's books keep
    /// the names): the centre's chain links the entries as it holds them, and `office_hash` keeps
    /// the office's own hash of each, by which a sync finds where the office's books stand (null
    /// for the entries a v1 centre took with their names, whose hash is the office's).
    /// `arka.total` keeps what each sync added to the office's monthly totals (per account,
    /// currency, fund and budget line: the reports sum these, never the postings), and
    /// `arka.record` the office's record log, row by row (the definition and every register),
    /// by pseudonym as well. A sync also notes where the office's record log stood and the
    /// fingerprint of the postings it sent.
    static let v2 = [
        "ALTER TABLE arka.entry ADD COLUMN office_hash text",
        // The link check and the postings' foreign key read an entry by its key (office, seq).
        // Planned for a table still empty, any index that begins with the office looks as good
        // as the key, and a first sync then reads every entry of the office for each entry it
        // adds: the key is the only index that begins with the office.
        "CREATE INDEX entry_by_date ON arka.entry (date, office)",
        "ALTER TABLE arka.entry DROP CONSTRAINT entry_office_id_key, ADD CONSTRAINT entry_id_office_key UNIQUE (id, office)",
        """
        ALTER TABLE arka.sync
            ADD COLUMN record_seq bigint NOT NULL DEFAULT 0,
            ADD COLUMN record_hash text,
            ADD COLUMN postings bigint NOT NULL DEFAULT 0,
            ADD COLUMN amounts bigint NOT NULL DEFAULT 0,
            ADD COLUMN base_amounts bigint NOT NULL DEFAULT 0
        """,
        """
        CREATE TABLE arka.total (
            office text NOT NULL,
            sync bigint NOT NULL,
            month text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
            account text NOT NULL,
            currency text NOT NULL,
            fund text NOT NULL,
            budget_line text NOT NULL,
            debit bigint NOT NULL,
            credit bigint NOT NULL,
            base_debit bigint NOT NULL,
            base_credit bigint NOT NULL,
            PRIMARY KEY (office, sync, month, account, currency, fund, budget_line),
            FOREIGN KEY (office, sync) REFERENCES arka.sync DEFERRABLE INITIALLY DEFERRED)
        """,
        """
        CREATE TABLE arka.record (
            office text NOT NULL REFERENCES arka.office,
            seq bigint NOT NULL CHECK (seq > 0),
            sync bigint NOT NULL,
            tbl text NOT NULL,
            action text NOT NULL,
            row jsonb NOT NULL,
            PRIMARY KEY (office, seq),
            FOREIGN KEY (office, sync) REFERENCES arka.sync DEFERRABLE INITIALLY DEFERRED)
        """,
        "CREATE INDEX record_by_table ON arka.record (office, tbl, seq)",
    ]

    /// Makes the schema, the roles' rights and the guards, and runs every migration not run yet,
    /// in one transaction: as the database's owner (who may create the application role).
    /// - Returns: the names of the migrations run now.
    /// - Throws: ``ArkaError/Kind/io`` with the server's sentence; ``ArkaError/Kind/badSetting``
    ///   for a database whose encoding is not UTF-8 (the entries' texts are hashed as UTF-8).
    public static func migrate(_ centre: CentralConnection) async throws -> [String] {
        let encoding = try await centre.rows("SHOW server_encoding").first.map { try $0.decode(String.self) }
        guard encoding == "UTF8" else {
            throw ArkaError(
                .badSetting, "the centre's database is not in UTF-8 (it is \(encoding ?? "unknown")): create it with ENCODING 'UTF8'",
                field: centre.address.option, value: centre.address.shown)
        }
        return try await centre.transaction {
            // One init at a time: a second waits for the first, then finds its work done.
            try await centre.rows("SELECT pg_advisory_xact_lock(hashtext('arka.central.init'))")
            try await centre.rows("CREATE SCHEMA IF NOT EXISTS arka")
            try await centre.rows(
                """
                CREATE TABLE IF NOT EXISTS arka.migration (
                    name text PRIMARY KEY,
                    applied_by text NOT NULL DEFAULT current_user,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """)
            try await centre.rows(
                """
                CREATE OR REPLACE FUNCTION arka.keep_as_sent() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the centre keeps what the offices sent as they sent it: % on arka.% is refused', TG_OP, TG_TABLE_NAME
                        USING ERRCODE = 'insufficient_privilege';
                END $$
                """)
            let done = Set(try await centre.rows("SELECT name FROM arka.migration").map { try $0.decode(String.self) })
            var ran: [String] = []
            for migration in migrations where !done.contains(migration.name) {
                for statement in migration.statements { try await centre.rows(PostgresQuery(unsafeSQL: statement)) }
                try await centre.rows("INSERT INTO arka.migration (name) VALUES (\(migration.name))")
                ran.append(migration.name)
            }
            try await guardTables(centre)
            return ran
        }
    }

    /// Refuses a database that holds no centre, or one an older arka made and no init has
    /// brought up to date: before a sync, a report or a check reads it.
    /// - Throws: ``ArkaError/Kind/badSetting`` saying what to run.
    public static func requireCurrent(_ centre: CentralConnection) async throws {
        let made = try await centre.rows("SELECT to_regclass('arka.migration') IS NOT NULL").first.map { try $0.decode(Bool.self) } ?? false
        guard made else {
            throw ArkaError(
                .badSetting, "the database holds no centre yet: make one with arka central init, as the database's owner", field: centre.address.option,
                value: centre.address.shown)
        }
        let done = Set(try await centre.rows("SELECT name FROM arka.migration").map { try $0.decode(String.self) })
        guard migrations.allSatisfy({ done.contains($0.name) }) else {
            throw ArkaError(
                .badSetting, "an older arka made this centre: bring it up to date with arka central init, as the database's owner",
                field: centre.address.option, value: centre.address.shown)
        }
    }

    /// The triggers that refuse changes to every table, and the application role's rights:
    /// reading and inserting, nothing more. Made again at every init: a guard dropped is put back.
    static func guardTables(_ centre: CentralConnection) async throws {
        try await centre.rows(
            PostgresQuery(
                unsafeSQL: """
                    DO $$ BEGIN
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '\(appRole)') THEN
                            -- A role is the server's, not one database's: an init of another
                            -- database of the server may make it at the same moment.
                            BEGIN
                                CREATE ROLE \(appRole) LOGIN;
                            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                            END;
                        END IF;
                    END $$
                    """))
        try await centre.rows(PostgresQuery(unsafeSQL: "GRANT USAGE ON SCHEMA arka TO \(appRole)"))
        for table in tables {
            try await centre.rows(PostgresQuery(unsafeSQL: "DROP TRIGGER IF EXISTS keep_as_sent ON arka.\(table)"))
            try await centre.rows(
                PostgresQuery(unsafeSQL: "CREATE TRIGGER keep_as_sent BEFORE UPDATE OR DELETE ON arka.\(table) FOR EACH ROW EXECUTE FUNCTION arka.keep_as_sent()"))
            try await centre.rows(PostgresQuery(unsafeSQL: "DROP TRIGGER IF EXISTS keep_as_sent_whole ON arka.\(table)"))
            try await centre.rows(
                PostgresQuery(
                    unsafeSQL: "CREATE TRIGGER keep_as_sent_whole BEFORE TRUNCATE ON arka.\(table) FOR EACH STATEMENT EXECUTE FUNCTION arka.keep_as_sent()"))
            try await centre.rows(PostgresQuery(unsafeSQL: "REVOKE ALL ON arka.\(table) FROM PUBLIC, \(appRole)"))
            try await centre.rows(PostgresQuery(unsafeSQL: "GRANT SELECT, INSERT ON arka.\(table) TO \(appRole)"))
        }
    }
}
