extension Catalogue {
    /// Report headings, notices and summaries, part 3.
    static let albanianTexts3 = #"""
# ArkaBooks/Reports/PostingFilter.swift:49
en: every posting
sq: çdo rresht regjistrimi

# ArkaCLI/Arka.swift:82
en: error: {1}
sq: gabim: {1}

# ArkaCLI/Commands/AccountCommand.swift:42
en: Give --file, or one account with --code, --name and --type, not both.
sq: Jepni --file ose një llogari me --code, --name dhe --type, jo të dyja.

# ArkaCLI/Commands/AccountCommand.swift:45
en: Name the account with --code, --name and --type (and --parent), or give --file.
sq: Përcaktoni llogarinë me --code, --name dhe --type (dhe --parent), ose jepni --file.

# ArkaCLI/Commands/AccountCommand.swift:127
en: Give --file, or one fund with --code, --name and --restricted, not both.
sq: Jepni --file ose një fond me --code, --name dhe --restricted, jo të dyja.

# ArkaCLI/Commands/AccountCommand.swift:130
en: Name the fund with --code, --name and --restricted, or give --file.
sq: Përcaktoni fondin me --code, --name dhe --restricted, ose jepni --file.

# ArkaCLI/Commands/Applications.swift:36
en: Stored call {1}: {2} applications from {3}.
sq: U ruajt thirrja {1}: {2} aplikime nga {3}.

# ArkaCLI/Commands/Applications.swift:57
en: Added 1 evaluation to call {1} from {2}.
sq: U shtua 1 vlerësim te thirrja {1} nga {2}.

# ArkaCLI/Commands/Applications.swift:57
en: Added {1} evaluations to call {2} from {3}.
sq: U shtuan {1} vlerësime te thirrja {2} nga {3}.

# ArkaCLI/Commands/Award.swift:38
en: 1 new agreement
sq: 1 marrëveshje e re

# ArkaCLI/Commands/Award.swift:38
en: {1} new agreements
sq: {1} marrëveshje të reja

# ArkaCLI/Commands/Award.swift:42
en: Scoring run #{1} of call {2}: {3}, {4} to {5}, {6} {7} committed; {8} on the reserve list.
sq: Pikëzimi #{1} i thirrjes {2}: {3}, nga {4} deri te {5}, {6} {7} të angazhuara; {8} në listën rezervë.

# ArkaCLI/Commands/Award.swift:44
en: Scoring run #{1} of call {2}: {3}; {4} on the reserve list.
sq: Pikëzimi #{1} i thirrjes {2}: {3}; {4} në listën rezervë.

# ArkaCLI/Commands/Backup.swift:23
en: Backed up {1} to {2}: {3} entries, journal head #{4} {5}; the copy verifies.
sq: U krijua kopja rezervë e {1} në {2}: {3} regjistrime, koka e ditarit #{4} {5}; kopja verifikohet.

# ArkaCLI/Commands/Bank.swift:73
en: --line takes either --entry ID or --post ACCOUNT.
sq: --line merr ose --entry ID ose --post ACCOUNT.

# ArkaCLI/Commands/Bank.swift:75
en: --entry and --post go with --line N.
sq: --entry dhe --post përdoren me --line N.

# ArkaCLI/Commands/Bank.swift:76
en: --undo stands alone.
sq: --undo përdoret më vete.

# ArkaCLI/Commands/Bank.swift:83
en: Statement line {1} is no longer matched to {2}.
sq: Rreshti {1} i ekstraktit nuk është më i përputhur me {2}.

# ArkaCLI/Commands/Bank.swift:86
en: Matched statement line {1} to {2}.
sq: Rreshti {1} i ekstraktit u përputh me {2}.

# ArkaCLI/Commands/Bank.swift:89
en: Posted {1} for statement line {2} against {3}, and matched them.
sq: U regjistrua {1} për rreshtin {2} të ekstraktit kundrejt {3}, dhe u përputhën.

# ArkaCLI/Commands/Bank.swift:106
en: No unmatched lines: every statement line is matched to an entry.
sq: Nuk ka rreshta të papërputhur: çdo rresht i ekstraktit është përputhur me një regjistrim.

# ArkaCLI/Commands/Budget.swift:74
en: Give either --file or the options of one revision, not both.
sq: Jepni ose --file ose opsionet e një rishikimi, jo të dyja.

# ArkaCLI/Commands/Budget.swift:79
en: A revision needs --fund, --from-budget-line, --to-budget-line, --amount, --date and --reason (or --file).
sq: Një rishikim kërkon --fund, --from-budget-line, --to-budget-line, --amount, --date dhe --reason (ose --file).

# ArkaCLI/Commands/Budget.swift:82
en: Name the revision's authority: --notice REF or --addendum REF.
sq: Tregoni bazën e rishikimit: --notice REF ose --addendum REF.

# ArkaCLI/Commands/Budget.swift:90
en: Recorded 1 budget revision from {1}.
sq: U regjistrua 1 rishikim buxheti nga {1}.

# ArkaCLI/Commands/Budget.swift:90
en: Recorded {1} budget revisions from {2}.
sq: U regjistruan {1} rishikime buxheti nga {2}.

# ArkaCLI/Commands/Budget.swift:100
en: Moved {1} of {2} from line {3} to line {4} on {5} ({6} {7}).
sq: U kalua shuma {1} e fondit {2} nga zëri {3} te zëri {4} më {5} ({6} {7}).

# ArkaCLI/Commands/Cash.swift:40
en: Cash count {1} on {2}: counted {3} {4}, books {5} {6}
sq: Numërimi i arkës më {1} në {2}: numëruar {3} {4}, sipas librave {5} {6}

# ArkaCLI/Commands/Cash.swift:44
en: short
sq: mungesë

# ArkaCLI/Commands/Cash.swift:45
en: {1}: short by {2} {3}, posted as {4}.
sq: {1}: mungesë prej {2} {3}, regjistruar si {4}.

# ArkaCLI/Commands/Cash.swift:46
en: {1}: over by {2} {3}, posted as {4}.
sq: {1}: tepricë prej {2} {3}, regjistruar si {4}.

# ArkaCLI/Commands/Cash.swift:48
en: {1}: agrees.
sq: {1}: përputhet.

# ArkaCLI/Commands/Demo.swift:40
en: Call {1}, applicants by pseudonym:
sq: Thirrja {1}, aplikantët sipas pseudonimit:

# ArkaCLI/Commands/Demo.swift:50
en: Workbooks (applicants by pseudonym) in {1}: the audit pack audit-pack.xlsx, and {2}.
sq: Librat e punës (aplikantët sipas pseudonimit) në {1}: paketa e auditimit audit-pack.xlsx, dhe {2}.

# ArkaCLI/Commands/Demo.swift:55
en: The social business
sq: Biznesi social

# ArkaCLI/Commands/Demo.swift:64
en: The social business's monitoring workbook: {1}.
sq: Libri i punës për monitorimin e biznesit social: {1}.

# ArkaCLI/Commands/Equipment.swift:79
en: Bought 1 item from {1} into stock.
sq: U ble 1 send në stok nga {1}.

# ArkaCLI/Commands/Equipment.swift:79
en: Bought {1} items from {2} into stock.
sq: U blenë {1} sende në stok nga {2}.

# ArkaCLI/Commands/Equipment.swift:88
en: Bought {1} ({2}) into stock, entry {3}.
sq: Blerë në stok: {1} ({2}), regjistrimi {3}.

# ArkaCLI/Commands/Equipment.swift:122
en: A handover needs --agreement, --tags, --date, --protocol and --signatories (or --file).
sq: Një dorëzim kërkon --agreement, --tags, --date, --protocol dhe --signatories (ose --file).

# ArkaCLI/Commands/Equipment.swift:130
en: Handed over 1 item from {1}.
sq: U dorëzua 1 send nga {1}.

# ArkaCLI/Commands/Equipment.swift:130
en: Handed over {1} items from {2}.
sq: U dorëzuan {1} sende nga {2}.

# ArkaCLI/Commands/Equipment.swift:137
en: Handed over {1} under {2} as entry {3} (#{4}).
sq: Dorëzuar: {1} sipas marrëveshjes {2}, regjistrimi {3} (#{4}).

# ArkaCLI/Commands/Equipment.swift:171
en: Returned 1 item to stock as {1} (#{2}).
sq: U kthye në stok 1 send, regjistrimi {1} (#{2}).

en: Returned {1} items to stock as {2} (#{3}).
sq: U kthyen në stok {1} sende, regjistrimi {2} (#{3}).

# ArkaCLI/Commands/Expense.swift:75
en: Recorded 1 expense from {1}: {2} {3}.
sq: U regjistrua 1 shpenzim nga {1}: {2} {3}.

# ArkaCLI/Commands/Expense.swift:75
en: Recorded {1} expenses from {2}: {3} {4}.
sq: U regjistruan {1} shpenzime nga {2}: {3} {4}.

# ArkaCLI/Commands/Export.swift:32
en: Choose --names or --pseudonyms, not both.
sq: Zgjidhni --names ose --pseudonyms, jo të dyja.

# ArkaCLI/Commands/ExportWorkbook.swift:38
en: No such workbook "{1}"; the reports are {2}.
sq: Nuk ka libër pune "{1}"; raportet janë {2}.

# ArkaCLI/Commands/ExportWorkbook.swift:52
en: Wrote {1} to standard output
sq: {1} u shkrua në daljen standarde

# ArkaCLI/Commands/ExportWorkbook.swift:52
en: Wrote {1} to {2}
sq: {1} u shkrua në {2}

# ArkaCLI/Commands/ExportWorkbook.swift:53
en: Note: {1}
sq: Shënim: {1}

# ArkaCLI/Commands/ExportWorkbook.swift:58
en: warning: the books are not intact, and the cover says so: {1}; examine them with arka verify --ledger {2}
sq: kujdes: librat nuk janë të paprekur, dhe fleta hyrëse e thotë këtë: {1}; shqyrtojini me arka verify --ledger {2}

# ArkaCLI/Commands/Grant.swift:45
en: A tranche needs --id, --date, --amount, --agreement and --reference (or --file).
sq: Një këst kërkon --id, --date, --amount, --agreement dhe --reference (ose --file).

# ArkaCLI/Commands/Grant.swift:70
en: Received {1} {2} of the grant as {3} on {4}, fund {5}.
sq: U morën {1} {2} nga granti si {3} më {4}, fondi {5}.

# ArkaCLI/Commands/Grant.swift:108
en: Closing an agreement needs its number, --date and --reason (or --file).
sq: Mbyllja e një marrëveshjeje kërkon numrin e saj, --date dhe --reason (ose --file).

# ArkaCLI/Commands/Grant.swift:116
en: Completed 1 agreement from {1}.
sq: U përmbyll 1 marrëveshje nga {1}.

# ArkaCLI/Commands/Grant.swift:116
en: Completed {1} agreements from {2}.
sq: U përmbyllën {1} marrëveshje nga {2}.

# ArkaCLI/Commands/Grant.swift:123
en: Completed {1} on {2}; nothing is released.
sq: U përmbyll {1} më {2}; nuk lirohet asgjë.

# ArkaCLI/Commands/Grant.swift:153
en: An agreement needs --number, --recipient, --scheme, --amount and --date (or --file).
sq: Një marrëveshje kërkon --number, --recipient, --scheme, --amount dhe --date (ose --file).

# ArkaCLI/Commands/Grant.swift:161
en: Approved 1 agreement from {1}.
sq: U miratua 1 marrëveshje nga {1}.

# ArkaCLI/Commands/Grant.swift:161
en: Approved {1} agreements from {2}.
sq: U miratuan {1} marrëveshje nga {2}.

# ArkaCLI/Commands/Grant.swift:167
en: Approved {1}: {2} to {3} under {4}, committed on its budget line.
sq: U miratua {1}: {2} për {3} sipas skemës {4}, e angazhuar në zërin e vet buxhetor.

# ArkaCLI/Commands/Grant.swift:214
en: A tranche needs --agreement, --date, --amount, --reference and --paid-from (or --file).
sq: Një këst kërkon --agreement, --date, --amount, --reference dhe --paid-from (ose --file).

# ArkaCLI/Commands/Grant.swift:222
en: Paid 1 tranche from {1}.
sq: U pagua 1 këst nga {1}.

# ArkaCLI/Commands/Grant.swift:222
en: Paid {1} tranches from {2}.
sq: U paguan {1} këste nga {2}.

# ArkaCLI/Commands/Grant.swift:230
en: Paid {1} on {2} as entry {3} (#{4}).
sq: U pagua {1} për marrëveshjen {2}, regjistrimi {3} (#{4}).

# ArkaCLI/Commands/Grant.swift:253
en: Cancelled {1}; what it still committed is released.
sq: U anulua {1}; shuma që mbetej e angazhuar lirohet.

# ArkaCLI/Commands/Period.swift:33
en: Closed {1}: the books are closed through {2}; nothing dated on or before it is written from now on.
sq: U mbyll {1}: librat janë të mbyllur deri më {2} përfshirë; tani e tutje nuk shkruhet asgjë me datë deri në atë ditë.

# ArkaCLI/Commands/Period.swift:44
en: No month is closed.
sq: Asnjë muaj nuk është i mbyllur.

# ArkaCLI/Commands/Period.swift:45
en: The books are closed through {1}. Months closed:
sq: Librat janë të mbyllur deri më {1} përfshirë. Muajt e mbyllur:

# ArkaCLI/Commands/Post.swift:59
en: posting {1}: {2} rows, {3}.{4} MiB read
sq: duke regjistruar {1}: {2} rreshta, {3}.{4} MiB të lexuara

# ArkaCLI/Commands/Rates.swift:37
en: Added 1 {1} rate from {2}.
sq: U shtua 1 kurs ({1}) nga {2}.

# ArkaCLI/Commands/Rates.swift:37
en: Added {1} {2} rates from {3}.
sq: U shtuan {1} kurse ({2}) nga {3}.

# ArkaCLI/Commands/Report.swift:33
en: Give --month, or --from and --to, not both.
sq: Jepni --month, ose --from dhe --to, jo të dyja.

# ArkaCLI/Commands/Reverse.swift:36
en: Name the entry to reverse, or an import batch with --batch N.
sq: Tregoni regjistrimin që do të stornohet, ose një paketë importi me --batch N.

# ArkaCLI/Commands/Reverse.swift:37
en: Name an entry or --batch N, not both.
sq: Tregoni një regjistrim ose --batch N, jo të dyja.

# ArkaCLI/Commands/Reverse.swift:41
en: --batch takes the number an import printed (1, 2, ...), not "{1}".
sq: --batch merr numrin që shfaqi importi (1, 2, ...), jo "{1}".

# ArkaCLI/Commands/Reverse.swift:42
en: --id names one reversal; the reversals of batch {1} are named ENTRY-rev.
sq: --id emërton një stornim të vetëm; stornimet e paketës {1} emërtohen ENTRY-rev.

# ArkaCLI/Commands/Reverse.swift:56
en: Reversed {1} by {2} dated {3} (#{4}, hash {5}).
sq: {1} u stornua me {2} me datë {3} (#{4}, hash {5}).

# ArkaCLI/Commands/Sale.swift:42
en: A sale needs at least one --item PRODUCT:QUANTITY.
sq: Një shitje kërkon të paktën një --item PRODUCT:QUANTITY.

# ArkaCLI/Commands/Sale.swift:53
en: 1 line
sq: 1 rresht

# ArkaCLI/Commands/Sale.swift:54
en: Recorded sale {1} of {2}: {3} {4} by {5}, {6}.
sq: U regjistrua shitja {1} e datës {2}: {3} {4} me {5}, {6}.

# ArkaCLI/Commands/Sale.swift:55
en: Flag: {1}.
sq: Sinjalizim: {1}.

# ArkaCLI/Commands/Sale.swift:99
en: Voided sale {1} by {2} dated {3}: {4} {5} back out of {6}
sq: Shitja {1} u anulua me {2} me datë {3}: {4} {5} dolën përsëri nga {6}

# ArkaCLI/Commands/Sale.swift:102
en: {1}; back in stock: {2}.
sq: {1}; u kthyen në stok: {2}.

# ArkaCLI/Commands/Score.swift:67
en: Made the committee's pseudonym key in {1} (readable by you only). Keep it secret and keep it: the same key gives the same pseudonyms; give it with --key-file to whoever else scores the call.
sq: U krijua çelësi i pseudonimeve të komisionit në {1} (i lexueshëm vetëm nga ju). Mbajeni të fshehtë dhe mos e humbni: i njëjti çelës jep të njëjtat pseudonime; jepjani me --key-file kujtdo tjetër që pikëzon thirrjen.

# ArkaCLI/Commands/Stock.swift:75
en: A purchase needs --product, --quantity, --amount, --date, --supplier and --paid-from (or --file).
sq: Një blerje kërkon --product, --quantity, --amount, --date, --supplier dhe --paid-from (ose --file).

# ArkaCLI/Commands/Stock.swift:98
en: purchase {1}
sq: blerjen {1}

# ArkaCLI/Commands/Stock.swift:98
en: {1} purchases
sq: {1} blerje

# ArkaCLI/Commands/Stock.swift:100
en: Recorded {1} of goods for stock, {2}: {3} {4} paid, {5} {6} at unit cost
sq: U regjistruan mallra për stok me {1}, {2}: {3} {4} të paguara, {5} {6} me kosto njësie

# ArkaCLI/Commands/Stock.swift:102
en: {1}, price difference {2} {3} to the cost of goods.
sq: {1}, diferenca e çmimit {2} {3} në koston e mallrave.

# ArkaCLI/Commands/Stock.swift:132
en: A count needs --date, --product and --counted (or --file).
sq: Një numërim kërkon --date, --product dhe --counted (ose --file).

# ArkaCLI/Commands/Stock.swift:153
en: Stock count {1} of {2}: counted {3} {4}, books {5}
sq: Numërimi i stokut më {1} për {2}: numëruar {3} {4}, sipas librave {5}

# ArkaCLI/Commands/Stock.swift:159
en: {1}: {2} missing, {3} {4} at unit cost, posted as {5}.
sq: {1}: mungesë {2}, {3} {4} me kosto njësie, regjistruar si {5}.

# ArkaCLI/Commands/Stock.swift:160
en: {1}: {2} found, {3} {4} at unit cost, posted as {5}.
sq: {1}: tepricë {2}, {3} {4} me kosto njësie, regjistruar si {5}.

# ArkaCLI/Options/LedgerOptions.swift:21
en: Name the ledger file with --ledger PATH or ARKA_LEDGER.
sq: Tregoni skedarin e librit kontabël me --ledger PATH ose ARKA_LEDGER.

# ArkaCLI/Options/LedgerOptions.swift:77
en: checked only: nothing was written (--check)
sq: vetëm u kontrollua: nuk u shkrua asgjë (--check)

# ArkaCLI/Options/LedgerOptions.swift:88
en: --wait takes a number of seconds from 0 to 86400.
sq: --wait merr një numër sekondash nga 0 deri në 86400.

# ArkaCLI/Options/LedgerOptions.swift:95
en: note: {1}
sq: shënim: {1}

# ArkaCore/Budget/BudgetAssessment.swift:93
en: heading {1} of {2} changed by {3} of its baseline after revision {4} of {5}, beyond the {6} % a notice allows: it needs an addendum
sq: kapitulli {1} i fondit {2} ndryshoi me {3} të vlerës fillestare pas rishikimit {4} të datës {5}, përtej {6} % që lejon një njoftim: kërkon një shtojcë

# ArkaCore/Budget/BudgetAssessment.swift:95
en: indirect costs of {1} are {2} {3}, {4} of direct costs {5}, above {6} %: {7} more than the {8} allowed
sq: kostot indirekte të fondit {1} janë {2} {3}, {4} e kostove direkte {5}, mbi {6} %: {7} më shumë se të lejuarat {8}

# ArkaCore/Budget/BudgetAssessment.swift:97
en: the contingency reserve of {1} is {2} {3}, {4} of direct costs {5}, above {6} %: {7} more than the {8} allowed
sq: rezerva për të paparashikuarat e fondit {1} është {2} {3}, {4} e kostove direkte {5}, mbi {6} %: {7} më shumë se të lejuarat {8}

# ArkaCore/Business/BankStatement.swift:83
en: a line matches the one entry not yet matched that moved the bank account by the same amount within {1} days (of several, the one on the same day); otherwise it is left to choose
sq: një rresht përputhet me regjistrimin e vetëm ende të papërputhur që lëvizi llogarinë bankare me të njëjtën shumë brenda {1} ditëve (nga disa të tillë, me atë të së njëjtës ditë); përndryshe zgjedhja mbetet për ju

# ArkaCore/Business/CashCount.swift:40
en: over
sq: tepricë

# ArkaCore/Business/CashCount.swift:40
en: agrees
sq: përputhet

# ArkaStore/Core/LedgerStore+Access.swift:235
en: another arka command is writing to this ledger; waiting up to {1} for it to finish
sq: një komandë tjetër arka po shkruan në këtë libër kontabël; pritet deri në {1} që të mbarojë

# ArkaStore/Journal/RecordLogCheck.swift:68
en: {1} follows the seal of record #{2}: seals were removed or rewritten
sq: {1} vjen pas vulës së rekordit #{2}: janë hequr ose rishkruar vula

# ArkaStore/Journal/RecordLogCheck.swift:71
en: {1} does not link to the seal before it: the record log was rewritten
sq: {1} nuk lidhet me vulën para saj: regjistri i rekordeve është rishkruar

# ArkaStore/Journal/RecordLogCheck.swift:84
en: records of {1} were removed
sq: janë hequr rekorde të mbuluara nga {1}

# ArkaStore/Journal/RecordLogCheck.swift:86
en: records of {1} were changed after they were written: their hash does not match the seal
sq: rekordet e mbuluara nga {1} janë ndryshuar pasi u shkruan: hash-i i tyre nuk përputhet me vulën

# ArkaStore/Journal/RecordLogCheck.swift:89
en: {1} names journal entry #{2}, before the #{3} of the seal before it
sq: {1} tregon regjistrimin #{2} të ditarit, përpara #{3} të vulës para saj

# ArkaStore/Journal/RecordLogCheck.swift:102
en: 1 record was written by another program, not arka: no seal covers record #{1}
sq: 1 rekord është shkruar nga një program tjetër, jo nga arka: asnjë vulë nuk mbulon rekordin #{1}

# ArkaStore/Journal/RecordLogCheck.swift:103
en: {1} records were written by another program, not arka: no seal covers record #{2}
sq: {1} rekorde janë shkruar nga një program tjetër, jo nga arka: asnjë vulë nuk mbulon rekordin #{2}

# ArkaStore/Journal/RecordLogCheck.swift:111
en: the record log was sealed when the journal ended at entry #{1}, which the journal no longer holds: entries were removed
sq: regjistri i rekordeve u vulos kur ditari mbaronte te regjistrimi #{1}, të cilin ditari nuk e mban më: janë hequr regjistrime

# ArkaStore/Journal/RecordLogCheck.swift:112
en: entry #{1} is not the one the record log's seal saw: the journal was rewritten
sq: regjistrimi #{1} nuk është ai që pa vula e regjistrit të rekordeve: ditari është rishkruar

# ArkaStore/Journal/RecordLogCheck.swift:199
en: the {1} were removed: {2}
sq: janë hequr {1}: {2}

# ArkaStore/Journal/RecordLogCheck.swift:203
en: the {1} were replaced by triggers that are not arka's: {2}
sq: {1} janë zëvendësuar me trigger-a që nuk janë të arka: {2}

# ArkaStore/Journal/RecordLogCheck.swift:209
en: the ledger holds triggers arka did not write: {1}
sq: libri kontabël përmban trigger-a që nuk i ka shkruar arka: {1}
"""#
}
