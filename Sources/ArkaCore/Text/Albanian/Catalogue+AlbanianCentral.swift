extension Catalogue {
    /// The Albanian of the centre's sentences (`arka central`, `arka sync`).
    static let albanianCentral = #"""
# ArkaCLI/Commands/CentralInit.swift
en: Migrated the centre: {1}.
sq: Qendra u përditësua: {1}.

en: The centre at {1} is ready; offices send their books with arka sync as {2}.
sq: Qendra në {1} është gati; zyrat i dërgojnë librat e tyre me arka sync si {2}.

# ArkaCLI/Commands/CentralVerifyCommand.swift
en: office {1}: {2} entries, head {3}
sq: zyra {1}: {2} regjistrime, koka {3}

en: Every office's chain holds.
sq: Zinxhiri i çdo zyre qëndron.

en: Every office's chain holds, and the centre holds everything the digest saw.
sq: Zinxhiri i çdo zyre qëndron, dhe qendra mban gjithçka që pa përmbledhja.


# ArkaCLI/Options/CentralOptions.swift
en: Name the centre with {1} URL or ARKA_DATABASE_URL.
sq: Emërtojeni qendrën me {1} URL ose ARKA_DATABASE_URL.

# ArkaCentral/CentralAddress.swift
en: a centre is named as postgres://USER@HOST/DATABASE, or postgres://USER@/DATABASE?host=/SOCKET/FOLDER
sq: një qendër emërtohet si postgres://USER@HOST/DATABASE, ose postgres://USER@/DATABASE?host=/SOCKET/FOLDER

en: the address names no database: end it with /DATABASE
sq: adresa nuk emërton asnjë bazë të dhënash: mbylleni me /DATABASE

en: the address names no user: begin it with postgres://USER@
sq: adresa nuk emërton asnjë përdorues: fillojeni me postgres://USER@

en: host= names the folder of the server's socket, from /, without a host before the path
sq: host= emërton dosjen e prizës (socket) së serverit, duke filluar me /, pa host para shtegut

en: the address names no host: postgres://USER@HOST/DATABASE, or ?host=/SOCKET/FOLDER for a socket
sq: adresa nuk emërton asnjë host: postgres://USER@HOST/DATABASE, ose ?host=/SOCKET/FOLDER për një prizë (socket)

en: the port is not one from 1 to 65535
sq: porta nuk është një nga 1 deri në 65535

# ArkaCentral/CentralConnection.swift
en: cannot reach the centre: {1}
sq: qendra nuk mund të arrihet: {1}

en: the centre refused: {1}
sq: qendra nuk pranoi: {1}

# ArkaCentral/CentralDigest.swift
en: the centre holds no office {1}
sq: qendra nuk mban asnjë zyrë {1}

en: not a centre's digest written by arka central digest (its first line is not "{1}")
sq: nuk është përmbledhje e qendrës e shkruar nga arka central digest (rreshti i saj i parë nuk është "{1}")

en: not a line of a centre's digest: office: CODE ENTRIES HASH
sq: nuk është rresht i një përmbledhjeje të qendrës: office: KODI REGJISTRIMET HASH

en: office {1}: entry #{2} ({3}) does not follow the entry before it: an entry is missing
sq: zyra {1}: regjistrimi #{2} ({3}) nuk vjen pas regjistrimit para tij: mungon një regjistrim

en: office {1}: entry #{2} ({3}) does not link to the entry before it
sq: zyra {1}: regjistrimi #{2} ({3}) nuk lidhet me regjistrimin para tij

en: office {1}: entry #{2} ({3}) is not what its hash says
sq: zyra {1}: regjistrimi #{2} ({3}) nuk është ai që thotë hash-i i tij

en: office {1}: the digest of {2} names it, and the centre no longer holds it
sq: zyra {1}: përmbledhja e {2} e emërton, dhe qendra nuk e mban më

en: office {1}: the digest of {2} saw {3} entries, the centre holds {4}
sq: zyra {1}: përmbledhja e {2} pa {3} regjistrime, qendra mban {4}

en: office {1}: entry #{2} is not the one the digest of {3} saw
sq: zyra {1}: regjistrimi #{2} nuk është ai që pa përmbledhja e {3}

# ArkaCentral/CentralSchema.swift
en: the centre's database is not in UTF-8 (it is {1}): create it with ENCODING 'UTF8'
sq: baza e të dhënave e qendrës nuk është në UTF-8 (është {1}): krijojeni me ENCODING 'UTF8'

# ArkaCentral/CentralSync.swift
en: an office's code is 1 to 32 letters, digits, '.', '_' or '-', beginning with a letter or digit
sq: kodi i një zyre ka 1 deri në 32 shkronja, shifra, '.', '_' ose '-', dhe fillon me shkronjë ose shifër

en: the office's books do not verify ({1}); nothing is sent: examine them with arka verify
sq: librat e zyrës nuk verifikohen ({1}); nuk dërgohet asgjë: shqyrtojini me arka verify

en: the centre holds office {1} in {2}, and these books are kept in {3}: is it another office's code?
sq: qendra e mban zyrën {1} në {2}, ndërsa këta libra mbahen në {3}: mos është kodi i një zyre tjetër?

en: the office's entry #{1} ({2}) is not the entry #{3} ({4}) the centre holds: the books were changed after they were sent
sq: regjistrimi #{1} ({2}) i zyrës nuk është regjistrimi #{3} ({4}) që mban qendra: librat u ndryshuan pasi u dërguan

en: the office's books end before entry #{1} ({2}), which the centre holds: entries were removed after they were sent
sq: librat e zyrës mbarojnë para regjistrimit #{1} ({2}), të cilin e mban qendra: regjistrime u hoqën pasi u dërguan

en: {1}; nothing of this sync is stored
sq: {1}; asgjë nga ky sinkronizim nuk ruhet

en: the office's books do not extend the entries the centre holds of office {1}; nothing of this sync is stored
sq: librat e zyrës nuk vazhdojnë regjistrimet që mban qendra për zyrën {1}; asgjë nga ky sinkronizim nuk ruhet
en: the postings of the office's first {1} entries are not those the centre holds: an amount was changed after it was sent; nothing of this sync is stored: examine the books with arka verify
sq: veprimet e {1} regjistrimeve të para të zyrës nuk janë ato që mban qendra: një shumë u ndryshua pasi u dërgua; asgjë nga ky sinkronizim nuk ruhet: shqyrtoni librat me arka verify

# ArkaCentral/CentralSync+Entries.swift
en: the office's entry #{1} ({2}) is not what its hash says: the books were changed behind arka's back; nothing of this sync is stored: examine them with arka verify
sq: regjistrimi #{1} ({2}) i zyrës nuk është ai që thotë hash-i i tij: librat u ndryshuan pa dijeninë e arka; asgjë nga ky sinkronizim nuk ruhet: shqyrtojini me arka verify

# ArkaCentral/CentralBalance.swift
en: the total of {1} at {2} in {3} is too large to hold exactly
sq: totali i {1} në {2} në {3} është shumë i madh për t'u mbajtur saktë

en: the centre holds no office yet: an office sends its books with arka sync
sq: qendra nuk mban ende asnjë zyrë: një zyrë i dërgon librat e saj me arka sync

# ArkaCentral/CentralRecords.swift
en: record #{1} of office {2} is not a row of {3} as the office logs one
sq: shënimi #{1} i zyrës {2} nuk është një rresht i {3} ashtu siç e regjistron zyra

# ArkaCLI/Commands/Sync.swift
en: Sent {1} and {2} of office {3} (sync #{4}): the centre holds {5}, head {6}.
sq: U dërguan {1} dhe {2} të zyrës {3} (sinkronizimi #{4}): qendra mban {5}, koka {6}.

en: The centre holds every entry and record of office {1} already: {2}, head {3}.
sq: Qendra i mban tashmë të gjitha regjistrimet dhe shënimet e zyrës {1}: {2}, koka {3}.

en: 1 record
sq: 1 shënim

en: {1} records
sq: {1} shënime

# ArkaCLI/Options/ReportSourceOptions.swift
en: Give --ledger or --database, not both.
sq: Jepni --ledger ose --database, jo të dyja.

# ArkaBooks/Rendering/ConsolidatedBalance+Rendering.swift
en: Consolidated trial balance of {1}, {2}
sq: Bilanci i verifikimit i konsoliduar për {1}, {2}

en: Consolidated trial balance of {1}, {2}, by fund
sq: Bilanci i verifikimit i konsoliduar për {1}, {2}, sipas fondit

en: Consolidated trial balance of {1}, {2}, by budget line
sq: Bilanci i verifikimit i konsoliduar për {1}, {2}, sipas zërit të buxhetit

# ArkaCLI/Commands/Serve.swift
en: --centre takes NAME=URL: the served ledger whose users see the centre, and the centre's address.
sq: --centre merr EMËR=URL: librin që shërbehet, përdoruesit e të cilit shohin qendrën, dhe adresën e qendrës.

# ArkaCentral/CentralDigest.swift
en: office {1}: the totals of {2} in {3} are not the sums of its postings
sq: zyra {1}: totalet e {2} në {3} nuk janë shumat e veprimeve të tyre

# ArkaCLI/Commands/Serve.swift (centre)
en: warning: the centre's page will not show it yet: {1}
sq: kujdes: faqja e qendrës nuk do ta shfaqë ende: {1}

# ArkaCentral/CentralSchema.swift (current)
en: the database holds no centre yet: make one with arka central init, as the database's owner
sq: baza e të dhënave nuk mban ende një qendër: krijojeni me arka central init, si pronari i bazës së të dhënave

en: an older arka made this centre: bring it up to date with arka central init, as the database's owner
sq: këtë qendër e krijoi një arka më e vjetër: përditësojeni me arka central init, si pronari i bazës së të dhënave

# ArkaCentral/CentralSync.swift (books and codes)
en: the centre holds these books as office {1} (their first entry is its first): one office's books are sent under one code
sq: qendra i mban këta libra si zyrën {1} (regjistrimi i tyre i parë është i pari i saj): librat e një zyre dërgohen me një kod të vetëm

en: the centre holds office {1}: an office's code names one office whatever its case
sq: qendra mban zyrën {1}: kodi i një zyre emërton një zyrë të vetme, me shkronja të mëdha a të vogla

en: these are not the books the centre holds as office {1}: their first entry is not its first ({2})
sq: këta nuk janë librat që qendra mban si zyrën {1}: regjistrimi i tyre i parë nuk është i pari i saj ({2})

# ArkaCore/Journal/CanonicalForm+Reading.swift
en: not a canonical form of version 1
sq: nuk është një formë kanonike e versionit 1

en: not a kind of document
sq: nuk është një lloj dokumenti

en: the form goes on after its last posting
sq: forma vazhdon pas veprimit të saj të fundit

en: the form ends before this field
sq: forma mbaron para kësaj fushe

en: a field's length is not a number
sq: gjatësia e një fushe nuk është numër

en: the form ends inside this field
sq: forma mbaron brenda kësaj fushe

en: this field may not be absent
sq: kjo fushë nuk mund të mungojë

en: not a whole number
sq: nuk është numër i plotë

en: not a count of this form
sq: nuk është një numërim i kësaj forme

# ArkaCentral/CentralDigest.swift (postings)
en: office {1}: entry #{2} ({3}) holds a form that does not read
sq: zyra {1}: regjistrimi #{2} ({3}) mban një formë që nuk lexohet

en: office {1}: the postings of entry #{2} ({3}) are not those its form holds
sq: zyra {1}: veprimet e regjistrimit #{2} ({3}) nuk janë ato që mban forma e tij

# The budget and the donor workbooks from the centre
en: no such call in the ledger
sq: nuk ka një thirrje të tillë në libër

en: the applications of call {1} stay at office {2}: the centre holds their SHA-256 only; the call is scored there
sq: aplikimet e thirrjes {1} mbeten në zyrën {2}: qendra ruan vetëm SHA-256 e tyre; thirrja vlerësohet atje

en: fund {1} ({2}), {3}
sq: fondi {1} ({2}), {3}

en: Consolidated budget of {1}, as of {2}
sq: Buxheti i konsoliduar i {1}, më {2}

en: Consolidated budget of {1}, all entries
sq: Buxheti i konsoliduar i {1}, të gjitha regjistrimet

en: Offices whose books make no budget report:
sq: Zyrat, librat e të cilave nuk japin raport buxheti:

en: No flags: every office's funds within their donors' rules and every line within its budget.
sq: Asnjë shenjë: fondet e çdo zyre brenda rregullave të donatorëve të tyre dhe çdo zë brenda buxhetit të vet.

en: Flags, each office's own:
sq: Shenjat, të secilës zyrë:

en: The centre holds persons by pseudonym only: --names shows them from an office's own books.
sq: Qendra i mban personat vetëm me pseudonim: --names i tregon nga librat e vetë zyrës.

en: A donor workbook from the centre is one office's: name it with --office CODE; all the offices together is --report consolidated-budget.
sq: Një libër pune për donatorin nga qendra është i një zyre: emërtojeni me --office KODI; të gjitha zyrat bashkë janë --report consolidated-budget.

en: The offices' budgets are as of a day: give --to, not --from.
sq: Buxhetet e zyrave janë më një ditë: jepni --to, jo --from.

en: The offices' budgets together are made at the programme's centre: give --database URL (and --office all).
sq: Buxhetet e zyrave bashkë bëhen në qendrën e programit: jepni --database URL (dhe --office all).

en: office {1}: {2}
sq: zyra {1}: {2}

en: no office at the centre has this fund
sq: asnjë zyrë në qendër nuk e ka këtë fond

en: name one office: its books are made again one office at a time
sq: emërtoni një zyrë: librat e saj rindërtohen një zyrë në një kohë

en: cannot keep the offices' books at the centre in this folder: {1}
sq: librat e zyrave në qendër nuk mund të mbahen në këtë dosje: {1}

en: the centre's entry #{1} ({2}) of office {3} does not read back as the entry its hash covers: examine the centre with arka central verify
sq: regjistrimi #{1} ({2}) i zyrës {3} në qendër nuk lexohet si regjistrimi që mbulon hash-i i tij: shqyrtojeni qendrën me arka central verify

en: cannot make the office's books at the centre again: {1}
sq: librat e zyrës në qendër nuk mund të rindërtohen: {1}

en: cannot open the lock file: {1}
sq: skedari i kyçjes nuk mund të hapet: {1}

en: cannot lock the file: {1}
sq: skedari nuk mund të kyçet: {1}

en: {1} is not a table of an arka ledger's record log
sq: {1} nuk është tabelë e regjistrit të të dhënave të një libri arka

en: the books' table {1} has a column {2} that this version of arka does not know: update arka
sq: tabela {1} e librave ka një kolonë {2} që ky version i arka nuk e njeh: përditësoni arka

en: a record of {1} is not a row of its {2} columns
sq: një e dhënë e {1} nuk është rresht i {2} kolonave të saj

en: a row of {1} is there already: {2}
sq: një rresht i {1} ndodhet tashmë aty: {2}

en: the columns of {1} changed: the table is written again from its new records
sq: kolonat e {1} ndryshuan: tabela shkruhet sërish nga të dhënat e saj të reja

en: Report
sq: Raporti

en: What the offices sent at their last sync, by pseudonym: each office's budget, commitments and spending per fund and line, and their total.
sq: Çfarë dërguan zyrat në sinkronizimin e tyre të fundit, me pseudonim: buxheti, angazhimet dhe shpenzimet e çdo zyre sipas fondit dhe zërit, dhe totali i tyre.

en: As each office last sent its books: {1}.
sq: Siç i dërgoi librat secila zyrë herën e fundit: {1}.

en: Each office's spending converted as its own report converts it (units per 1 of its reporting currency):
sq: Shpenzimet e çdo zyre të konvertuara siç i konverton raporti i saj (njësi për 1 të monedhës së saj të raportimit):

en: --office reads the programme's centre: give --ledger without --office, or --database with it.
sq: --office lexon qendrën e programit: jepni --ledger pa --office, ose --database bashkë me të.

en: the centre holds no office {1}; its offices are {2}
sq: qendra nuk mban asnjë zyrë {1}; zyrat e saj janë {2}

en: sync #{1}, {2}
sq: sinkronizimi #{1}, {2}

en: cannot reach the centre: {1}: no centre was made on this server yet; make one with arka central init, as the database's owner
sq: qendra nuk mund të arrihet: {1}: në këtë server nuk është bërë ende asnjë qendër; bëjeni një me arka central init, si pronari i bazës së të dhënave
"""#
}
