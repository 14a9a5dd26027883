import GRDB

/// The ledger file's schema, as named migrations in one migrator.
///
/// A migration that has shipped is never edited: a change to the schema is a new migration
/// appended to ``migrator``. Opening a ledger runs the migrations it lacks.
enum LedgerMigrator {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 journal", migrate: createJournal)
        migrator.registerMigration("v2 budget", migrate: createBudget)
        migrator.registerMigration("v3 grants", migrate: createGrants)
        migrator.registerMigration("v4 equipment", migrate: createEquipment)
        migrator.registerMigration("v5 reporting currency", migrate: createReportingCurrency)
        migrator.registerMigration("v6 calls", migrate: createCalls)
        migrator.registerMigration("v7 business", migrate: createBusiness)
        migrator.registerMigration("v8 registers", migrate: createRegisterCorrections)
        migrator.registerMigration("v9 business stock", migrate: createStock)
        migrator.registerMigration("v10 recipients' legal form", migrate: createRecipientLegalForm)
        migrator.registerMigration("v11 fund reports", migrate: addFundReports)
        migrator.registerMigration("v12 record log", migrate: RecordLog.install)
        migrator.registerMigration("v13 fund templates", migrate: addFundTemplates)
        migrator.registerMigration("v14 import batches", migrate: createImportBatches)
        migrator.registerMigration("v15 definition changes", migrate: createDefinitionChanges)
        migrator.registerMigration("v16 product prices", migrate: createProductPrices)
        migrator.registerMigration("v17 statement withdrawals", migrate: createStatementWithdrawals)
        migrator.registerMigration("v18 users and requests", migrate: createUsersAndRequests)
        return migrator
    }

    /// The people who sign in to the ledger's web face, and the requests it answered.
    ///
    /// A user is the fold of their changes (added with a role, role changed, password set,
    /// disabled, enabled): each a row of its own, with who made it and when, so nothing of a
    /// user is ever edited. A request key is the idempotency key a web form carried, with the
    /// journal sequences its write appended: a form sent twice finds its key and is answered
    /// with the first write. Both append-only and recorded in the record log.
    private static func createUsersAndRequests(_ db: Database) throws {
        try createRecorded(
            ["user_change", "request_key"],
            sql: """
                CREATE TABLE user_change (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    change TEXT NOT NULL CHECK (change IN ('added', 'role', 'password', 'disabled', 'enabled')),
                    role TEXT,
                    password_hash TEXT,
                    changed_by TEXT NOT NULL,
                    changed_at TEXT NOT NULL);
                CREATE INDEX user_change_by_name ON user_change (name, id);
                CREATE TABLE request_key (
                    key TEXT PRIMARY KEY,
                    user TEXT NOT NULL,
                    first_sequence INTEGER NOT NULL,
                    last_sequence INTEGER NOT NULL,
                    answered_at TEXT NOT NULL) WITHOUT ROWID;
                """, db)
    }

    /// A bank statement import withdrawn while none of its lines is matched: its lines no longer
    /// count (a line's batch is the last import that brought it, the first or one that brought
    /// it back); a later import of the same lines brings them back, as a revival of its own
    /// batch. Append-only and recorded in the record log: nothing of a statement line is ever
    /// removed.
    private static func createStatementWithdrawals(_ db: Database) throws {
        try createRecorded(
            ["statement_withdrawal", "statement_revival"],
            sql: """
                CREATE TABLE statement_withdrawal (
                    batch INTEGER PRIMARY KEY REFERENCES import_batch(id),
                    date TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    withdrawn_by TEXT NOT NULL,
                    withdrawn_at TEXT NOT NULL);
                CREATE TABLE statement_revival (
                    line_id INTEGER NOT NULL REFERENCES statement_line(id),
                    batch INTEGER NOT NULL REFERENCES import_batch(id),
                    PRIMARY KEY (line_id, batch)) WITHOUT ROWID;
                CREATE INDEX statement_revival_by_batch ON statement_revival (batch);
                """, db)
    }

    /// Creates `tables` with `sql`, append-only and recorded in the record log, under a new seal:
    /// what a migration that adds a register beside the journal does.
    private static func createRecorded(_ tables: [String], sql: String, _ db: Database) throws {
        try db.execute(sql: sql)
        for table in tables {
            try guardAppendOnly(table, db)
            try RecordLog.reshape(table, in: db)
        }
        try RecordLog.seal(db)
    }

    /// A product's list price changes from a day on, on the record: each new price is a row of
    /// its own, tied to the definition change that set it, and a sale dated that day or after
    /// is priced at it (for one day, the later change). Append-only and recorded in the record log.
    private static func createProductPrices(_ db: Database) throws {
        try createRecorded(
            ["product_price"],
            sql: """
                CREATE TABLE product_price (
                    product TEXT NOT NULL REFERENCES product(code),
                    date TEXT NOT NULL,
                    price INTEGER NOT NULL CHECK (price >= 0),
                    change INTEGER PRIMARY KEY REFERENCES definition_change(id));
                CREATE INDEX product_price_by_product ON product_price (product, date);
                """, db)
    }

    /// The books' structure changes after `init` on the record: each change (an account or fund
    /// added, an account closed) is dated, with its user, time and reason; what it adds goes into
    /// the definition's own tables, and a closed account takes no posting dated from its
    /// closing. Append-only and recorded in the record log.
    private static func createDefinitionChanges(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE definition_change (
                    id INTEGER PRIMARY KEY,
                    date TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('account-added', 'account-closed', 'fund-added', 'budget-line-added', 'scheme-added', 'recipient-added', 'product-added', 'price-changed')),
                    subject TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    changed_by TEXT NOT NULL,
                    changed_at TEXT NOT NULL);
                CREATE TABLE account_closure (
                    account TEXT PRIMARY KEY NOT NULL REFERENCES account(code),
                    date TEXT NOT NULL,
                    change INTEGER NOT NULL REFERENCES definition_change(id));
                """)
        for table in ["definition_change", "account_closure"] {
            try guardAppendOnly(table, db)
            try RecordLog.reshape(table, in: db)
        }
        try RecordLog.seal(db)
    }

    /// Each import (a posting file, a sales file, an expense file, a bank statement) is a
    /// numbered batch: the range of entries, or of statement lines, it wrote, who wrote it and
    /// when, so that it can be found and undone as one (`arka reverse --batch`). Append-only and
    /// recorded in the record log; a ledger made before holds no batch.
    private static func createImportBatches(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE import_batch (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('post', 'sales', 'expenses', 'statement')),
                    file TEXT NOT NULL,
                    first_entry INTEGER,
                    last_entry INTEGER,
                    first_line INTEGER,
                    last_line INTEGER,
                    imported_by TEXT NOT NULL,
                    imported_at TEXT NOT NULL,
                    CHECK ((first_entry IS NULL) = (last_entry IS NULL) AND first_entry <= last_entry),
                    CHECK ((first_line IS NULL) = (last_line IS NULL) AND first_line <= last_line));
                """)
        try guardAppendOnly("import_batch", db)
        try RecordLog.reshape("import_batch", in: db)
        try RecordLog.seal(db)
    }

    /// The donor reports each fund is reported in (`proof-of-use`): a ledger made before knows of
    /// none, so its proof of use lists no fund until its funds are marked.
    private static func addFundReports(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE fund ADD COLUMN reports TEXT NOT NULL DEFAULT ''")
    }

    /// Each fund's report template. The funds of earlier ledgers had the EU's layout and limits,
    /// and keep them. The record log re-records the fund table with its new column.
    private static func addFundTemplates(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE fund ADD COLUMN template TEXT NOT NULL DEFAULT 'eu-annex-vi'")
        try RecordLog.reshape("fund", in: db)
        try RecordLog.seal(db)
    }

    /// The tables that SQLite keeps append-only, with a trigger for UPDATE and one for DELETE
    /// (and the tables the record log guards: ``RecordLog/guardedByRecordLog``).
    static let appendOnlyTables = [
        "entry", "entry_document", "posting", "closed_period", "budget_revision", "grant_agreement", "grant_consumption",
        "grant_cancellation", "equipment_item", "equipment_handover",
        "reporting_rate", "grant_call", "grant_call_evaluations", "scoring_run", "grant_award",
        "sale_item", "cash_count", "statement_line", "equipment_return",
        "stock_movement", "stock_count", "after_count_write", "import_batch", "definition_change", "account_closure", "product_price",
        "statement_withdrawal", "statement_revival", "user_change", "request_key",
    ]

    private static func guardAppendOnly(_ table: String, _ db: Database) throws {
        try db.execute(sql: AppendOnlyGuard.sql(table: table))
    }

    /// Registers that follow corrections: an item whose handover was reversed or returned may be
    /// handed over again, so a tag may have several handovers (the one whose entry stands is the
    /// item's); returns of items to stock; and agreements closed as completed, beside cancelled.
    private static func createRegisterCorrections(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP TRIGGER equipment_handover_append_only_update;
                DROP TRIGGER equipment_handover_append_only_delete;
                ALTER TABLE equipment_handover RENAME TO equipment_handover_v4;
                CREATE TABLE equipment_handover (
                    seq INTEGER PRIMARY KEY,
                    tag TEXT NOT NULL REFERENCES equipment_item(tag),
                    agreement TEXT NOT NULL REFERENCES grant_agreement(number),
                    date TEXT NOT NULL,
                    protocol TEXT NOT NULL,
                    signatories TEXT NOT NULL,
                    after_action_end INTEGER NOT NULL,
                    entry_id TEXT NOT NULL REFERENCES entry(id));
                INSERT INTO equipment_handover (tag, agreement, date, protocol, signatories, after_action_end, entry_id)
                    SELECT tag, agreement, date, protocol, signatories, after_action_end, entry_id
                    FROM equipment_handover_v4 ORDER BY rowid;
                DROP TABLE equipment_handover_v4;
                CREATE INDEX equipment_handover_by_tag ON equipment_handover(tag);
                CREATE INDEX equipment_handover_by_agreement ON equipment_handover(agreement);
                CREATE TABLE equipment_return (
                    seq INTEGER PRIMARY KEY,
                    handover INTEGER NOT NULL REFERENCES equipment_handover(seq),
                    date TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    entry_id TEXT NOT NULL REFERENCES entry(id),
                    returned_by TEXT NOT NULL,
                    returned_at TEXT NOT NULL);
                CREATE INDEX equipment_return_by_handover ON equipment_return(handover);
                ALTER TABLE grant_cancellation ADD COLUMN kind TEXT NOT NULL DEFAULT 'cancelled'
                    CHECK (kind IN ('cancelled', 'completed'));
                """)
        for table in ["equipment_handover", "equipment_return"] { try guardAppendOnly(table, db) }
    }

    /// The social business's side: its product list, the lines of each sale, cash counts, and
    /// bank statement lines with what they were matched to.
    private static func createBusiness(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE product (
                    code TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    name_sq TEXT,
                    unit TEXT NOT NULL,
                    price INTEGER NOT NULL CHECK (price >= 0),
                    currency TEXT NOT NULL,
                    income_account TEXT NOT NULL REFERENCES account(code),
                    unit_cost INTEGER CHECK (unit_cost >= 0));
                -- Quantities are stored in thousandths, so that SQLite sums them exactly.
                CREATE TABLE sale_item (
                    entry_id TEXT NOT NULL REFERENCES entry(id),
                    position INTEGER NOT NULL,
                    product TEXT NOT NULL REFERENCES product(code),
                    quantity_thousandths INTEGER NOT NULL CHECK (quantity_thousandths > 0),
                    unit_price INTEGER NOT NULL,
                    amount INTEGER NOT NULL,
                    vat INTEGER NOT NULL,
                    cost INTEGER NOT NULL,
                    PRIMARY KEY (entry_id, position)) WITHOUT ROWID;
                CREATE TABLE cash_count (
                    id INTEGER PRIMARY KEY,
                    date TEXT NOT NULL,
                    account TEXT NOT NULL REFERENCES account(code),
                    expected INTEGER NOT NULL,
                    counted INTEGER NOT NULL,
                    note TEXT,
                    entry_id TEXT REFERENCES entry(id),
                    counted_by TEXT NOT NULL,
                    counted_at TEXT NOT NULL);
                CREATE TABLE statement_line (
                    id INTEGER PRIMARY KEY,
                    account TEXT NOT NULL REFERENCES account(code),
                    date TEXT NOT NULL,
                    description TEXT NOT NULL,
                    amount INTEGER NOT NULL,
                    balance INTEGER NOT NULL,
                    file TEXT NOT NULL,
                    file_line INTEGER NOT NULL,
                    imported_by TEXT NOT NULL,
                    imported_at TEXT NOT NULL,
                    UNIQUE (account, date, description, amount, balance));
                -- Matching is the reconciliation's working state, not the books: a match may be undone.
                CREATE TABLE statement_match (
                    line_id INTEGER PRIMARY KEY REFERENCES statement_line(id),
                    entry_id TEXT NOT NULL UNIQUE REFERENCES entry(id),
                    how TEXT NOT NULL,
                    matched_by TEXT NOT NULL,
                    matched_at TEXT NOT NULL);
                """)
        for table in ["sale_item", "cash_count", "statement_line"] { try guardAppendOnly(table, db) }
    }

    /// The social business's goods in stock: the lines of purchases and of stock counts that
    /// moved the stock account (sales keep theirs in `sale_item`), every stock count with what it
    /// found, and the writes a person marked as corrections after a cash count.
    /// Whether a recipient is a legal entity (1) or a natural person (0), or left to its kind
    /// (NULL): exports show natural persons by pseudonym.
    private static func createRecipientLegalForm(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE grant_recipient ADD COLUMN legal_entity INTEGER CHECK (legal_entity IN (0, 1))")
    }

    private static func createStock(_ db: Database) throws {
        try db.execute(
            sql: """
                -- One line a product of a purchase or of a count's difference. `value` is what the line
                -- moved on the stock account (quantity × the product's unit cost), `paid` what a
                -- purchase cost. Reversals are not stored here: they are derived from entry.reverses.
                CREATE TABLE stock_movement (
                    entry_id TEXT NOT NULL REFERENCES entry(id),
                    position INTEGER NOT NULL,
                    product TEXT NOT NULL REFERENCES product(code),
                    kind TEXT NOT NULL CHECK (kind IN ('purchase', 'count')),
                    quantity_thousandths INTEGER NOT NULL CHECK (quantity_thousandths <> 0),
                    value INTEGER NOT NULL,
                    paid INTEGER,
                    PRIMARY KEY (entry_id, position)) WITHOUT ROWID;
                CREATE INDEX stock_movement_by_product ON stock_movement(product);
                CREATE TABLE stock_count (
                    id INTEGER PRIMARY KEY,
                    date TEXT NOT NULL,
                    product TEXT NOT NULL REFERENCES product(code),
                    expected_thousandths INTEGER NOT NULL,
                    counted_thousandths INTEGER NOT NULL CHECK (counted_thousandths >= 0),
                    note TEXT,
                    entry_id TEXT REFERENCES entry(id),
                    counted_by TEXT NOT NULL,
                    counted_at TEXT NOT NULL);
                CREATE TABLE after_count_write (
                    entry_id TEXT PRIMARY KEY NOT NULL REFERENCES entry(id),
                    count_id INTEGER NOT NULL REFERENCES cash_count(id),
                    marked_by TEXT NOT NULL,
                    marked_at TEXT NOT NULL);
                """)
        for table in ["stock_movement", "stock_count", "after_count_write"] { try guardAppendOnly(table, db) }
    }

    /// The asset register of equipment bought for handover, and the handovers.
    private static func createEquipment(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE equipment_item (
                    tag TEXT PRIMARY KEY NOT NULL,
                    description TEXT NOT NULL,
                    serial TEXT,
                    supplier TEXT NOT NULL,
                    invoice TEXT NOT NULL,
                    nivf TEXT,
                    purchase_date TEXT NOT NULL,
                    amount INTEGER NOT NULL CHECK (amount > 0),
                    currency TEXT NOT NULL,
                    base_amount INTEGER NOT NULL,
                    rate TEXT,
                    fund TEXT NOT NULL,
                    budget_line TEXT NOT NULL,
                    purchase_entry TEXT NOT NULL REFERENCES entry(id));
                CREATE TABLE equipment_handover (
                    tag TEXT PRIMARY KEY NOT NULL REFERENCES equipment_item(tag),
                    agreement TEXT NOT NULL REFERENCES grant_agreement(number),
                    date TEXT NOT NULL,
                    protocol TEXT NOT NULL,
                    signatories TEXT NOT NULL,
                    after_action_end INTEGER NOT NULL,
                    entry_id TEXT NOT NULL REFERENCES entry(id));
                """)
        for table in ["equipment_item", "equipment_handover"] { try guardAppendOnly(table, db) }
    }

    /// Calls for applications: the grid and the applications as they were received (personal data
    /// stays in the ledger), the evaluations as they come, each scoring run with the hashes that
    /// make it reproducible, and which application became which agreement.
    private static func createCalls(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE grant_call (
                    code TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    grid TEXT NOT NULL,
                    grid_file TEXT NOT NULL,
                    applications BLOB NOT NULL,
                    applications_file TEXT NOT NULL,
                    imported_by TEXT NOT NULL,
                    imported_at TEXT NOT NULL);
                CREATE TABLE grant_call_evaluations (
                    seq INTEGER PRIMARY KEY,
                    call TEXT NOT NULL REFERENCES grant_call(code),
                    evaluations BLOB NOT NULL,
                    file TEXT NOT NULL,
                    added_by TEXT NOT NULL,
                    added_at TEXT NOT NULL);
                CREATE TABLE scoring_run (
                    seq INTEGER PRIMARY KEY,
                    call TEXT NOT NULL REFERENCES grant_call(code),
                    date TEXT NOT NULL,
                    grid_sha256 TEXT NOT NULL,
                    applications_sha256 TEXT NOT NULL,
                    evaluations_sha256 TEXT,
                    decisions_sha256 TEXT NOT NULL,
                    arka_version TEXT NOT NULL,
                    run_by TEXT NOT NULL,
                    run_at TEXT NOT NULL);
                CREATE TABLE grant_award (
                    call TEXT NOT NULL REFERENCES grant_call(code),
                    application TEXT NOT NULL,
                    agreement TEXT NOT NULL UNIQUE REFERENCES grant_agreement(number),
                    run INTEGER NOT NULL REFERENCES scoring_run(seq),
                    rank INTEGER NOT NULL,
                    PRIMARY KEY (call, application));
                """)
        for table in ["grant_call", "grant_call_evaluations", "scoring_run", "grant_award"] { try guardAppendOnly(table, db) }
    }

    /// Each fund's conversion rule and the monthly rates to the reporting currency (InforEuro for
    /// the EU). A reporting rate, once added, is never changed: past reports rest on it.
    private static func createReportingCurrency(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE fund ADD COLUMN conversion TEXT NOT NULL DEFAULT 'booking'
                    CHECK (conversion IN ('period-average', 'expense-month', 'booking'));
                CREATE TABLE reporting_rate (
                    currency TEXT NOT NULL,
                    month TEXT NOT NULL,
                    rate TEXT NOT NULL,
                    source TEXT NOT NULL,
                    added_by TEXT NOT NULL,
                    added_at TEXT NOT NULL,
                    PRIMARY KEY (currency, month));
                """)
        try guardAppendOnly("reporting_rate", db)
    }

    /// Financial support to third parties: recipients, schemes, agreements and what consumes or
    /// releases them. The commitment of an agreement is derived: approved less consumed less released.
    private static func createGrants(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE grant_recipient (
                    code TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('farm', 'small-business', 'social-business')),
                    tax_id TEXT,
                    village TEXT);
                CREATE TABLE grant_scheme (
                    code TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('in-kind', 'cash')),
                    fund TEXT NOT NULL REFERENCES fund(code),
                    budget_line TEXT NOT NULL,
                    expense_account TEXT NOT NULL REFERENCES account(code),
                    currency TEXT NOT NULL,
                    minimum INTEGER,
                    maximum INTEGER,
                    cap INTEGER NOT NULL,
                    envelope INTEGER);
                CREATE TABLE grant_agreement (
                    number TEXT PRIMARY KEY NOT NULL,
                    recipient TEXT NOT NULL REFERENCES grant_recipient(code),
                    scheme TEXT NOT NULL REFERENCES grant_scheme(code),
                    amount INTEGER NOT NULL CHECK (amount > 0),
                    currency TEXT NOT NULL,
                    date TEXT NOT NULL,
                    conditions TEXT,
                    approved_by TEXT NOT NULL,
                    approved_at TEXT NOT NULL);
                CREATE TABLE grant_consumption (
                    seq INTEGER PRIMARY KEY,
                    agreement TEXT NOT NULL REFERENCES grant_agreement(number),
                    kind TEXT NOT NULL CHECK (kind IN ('disbursement', 'handover')),
                    date TEXT NOT NULL,
                    amount INTEGER NOT NULL CHECK (amount > 0),
                    reference TEXT NOT NULL,
                    entry_id TEXT NOT NULL REFERENCES entry(id));
                CREATE TABLE grant_cancellation (
                    agreement TEXT PRIMARY KEY NOT NULL REFERENCES grant_agreement(number),
                    date TEXT NOT NULL,
                    released INTEGER NOT NULL,
                    reason TEXT NOT NULL,
                    cancelled_by TEXT NOT NULL,
                    cancelled_at TEXT NOT NULL);
                """)
        for table in ["grant_agreement", "grant_consumption", "grant_cancellation"] { try guardAppendOnly(table, db) }
    }

    /// Budget lines' costing, each fund's budget rules, and budget revisions.
    private static func createBudget(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE budget_line ADD COLUMN unit TEXT;
                ALTER TABLE budget_line ADD COLUMN units TEXT;
                ALTER TABLE budget_line ADD COLUMN unit_rate INTEGER;
                ALTER TABLE fund ADD COLUMN flexibility_limit INTEGER NOT NULL DEFAULT 25;
                ALTER TABLE fund ADD COLUMN indirect_limit INTEGER NOT NULL DEFAULT 7;
                ALTER TABLE fund ADD COLUMN contingency_limit INTEGER NOT NULL DEFAULT 5;
                CREATE TABLE budget_revision (
                    seq INTEGER PRIMARY KEY,
                    date TEXT NOT NULL,
                    fund TEXT NOT NULL REFERENCES fund(code),
                    from_line TEXT NOT NULL,
                    to_line TEXT NOT NULL,
                    amount INTEGER NOT NULL CHECK (amount > 0),
                    currency TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    authority TEXT NOT NULL CHECK (authority IN ('notice', 'addendum')),
                    reference TEXT NOT NULL,
                    posted_by TEXT NOT NULL,
                    posted_at TEXT NOT NULL);
                """)
        try guardAppendOnly("budget_revision", db)
    }

    private static func createJournal(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE ledger_setting (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL);
                CREATE TABLE account (
                    code TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    name_sq TEXT,
                    type TEXT NOT NULL CHECK (type IN ('asset','liability','equity','income','expense')),
                    parent TEXT REFERENCES account(code));
                CREATE TABLE fund (
                    code TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    restricted INTEGER NOT NULL);
                CREATE TABLE budget_line (
                    fund TEXT NOT NULL REFERENCES fund(code),
                    line TEXT NOT NULL,
                    heading TEXT NOT NULL,
                    description TEXT NOT NULL,
                    amount INTEGER NOT NULL,
                    currency TEXT NOT NULL,
                    PRIMARY KEY (fund, line));
                CREATE TABLE exchange_rate (
                    currency TEXT NOT NULL,
                    period TEXT NOT NULL,
                    rate TEXT NOT NULL,
                    source TEXT NOT NULL,
                    PRIMARY KEY (currency, period));
                CREATE TABLE entry (
                    seq INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    date TEXT NOT NULL,
                    description TEXT NOT NULL,
                    counterparty TEXT,
                    reverses TEXT,
                    reversal_reason TEXT,
                    posted_by TEXT NOT NULL,
                    posted_at TEXT NOT NULL,
                    prev_hash TEXT NOT NULL,
                    hash TEXT NOT NULL);
                CREATE INDEX entry_by_date ON entry(date);
                CREATE UNIQUE INDEX entry_reversed_once ON entry(reverses) WHERE reverses IS NOT NULL;
                CREATE TABLE entry_document (
                    entry_seq INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    reference TEXT NOT NULL,
                    PRIMARY KEY (entry_seq, position)) WITHOUT ROWID;
                -- A posting's key is its entry's sequence number times 65536 plus its position, so
                -- postings append in journal order and SQLite inserts them without a search. No
                -- foreign keys: the engine checks every posting's account before it writes, and
                -- `arka verify` checks them again.
                CREATE TABLE posting (
                    id INTEGER PRIMARY KEY,
                    entry_seq INTEGER GENERATED ALWAYS AS (id >> 16) VIRTUAL,
                    position INTEGER GENERATED ALWAYS AS (id & 65535) VIRTUAL,
                    account TEXT NOT NULL,
                    amount INTEGER NOT NULL,
                    currency TEXT NOT NULL,
                    base_amount INTEGER NOT NULL,
                    rate TEXT,
                    rate_source TEXT,
                    rate_date TEXT,
                    fund TEXT,
                    budget_line TEXT,
                    memo TEXT);
                -- Monthly totals per account, currency, fund and budget line, kept by the journal
                -- writer in the same transaction as the postings, so a balance reads thousands of
                -- rows instead of millions. `arka verify` recomputes them from the postings.
                CREATE TABLE posting_total (
                    month TEXT NOT NULL,
                    account TEXT NOT NULL,
                    currency TEXT NOT NULL,
                    fund TEXT NOT NULL,
                    budget_line TEXT NOT NULL,
                    debit INTEGER NOT NULL,
                    credit INTEGER NOT NULL,
                    base_debit INTEGER NOT NULL,
                    base_credit INTEGER NOT NULL,
                    PRIMARY KEY (month, account, currency, fund, budget_line)) WITHOUT ROWID;
                CREATE TABLE closed_period (
                    month TEXT PRIMARY KEY NOT NULL,
                    closed_by TEXT NOT NULL,
                    closed_at TEXT NOT NULL);
                """)
        // The journal is append-only: SQLite itself refuses to change or remove a posted row.
        for table in ["entry", "entry_document", "posting", "closed_period"] { try guardAppendOnly(table, db) }
    }
}
