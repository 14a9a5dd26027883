extension Catalogue {
    /// Error sentences, part 4.
    static let albanianErrors4 = #"""
# ArkaRules/Grid/ScoringGrid+Parse.swift:23
en: a grid is a YAML mapping of keys (call, fields, gates, criteria, …)
sq: tabela e vlerësimit është një hartëzim YAML me çelësa (call, fields, gates, criteria, …)

# ArkaRules/Grid/ScoringGrid+Parse.swift:29
en: the grid needs {1}
sq: tabela e vlerësimit kërkon {1}

# ArkaRules/Grid/ScoringGrid+Parse.swift:61
en: allocation is {1}
sq: allocation është {1}

# ArkaRules/Grid/ScoringGrid+Parse.swift:99
en: the criteria's weights add up to {1}, but the grid says they must total {2}
sq: peshat e kritereve mblidhen në {1}, por tabela e vlerësimit thotë se duhet të japin gjithsej {2}

# ArkaRules/Grid/ScoringGrid+Parse.swift:105
en: the criteria give at most {1} weighted points, but the grid says {2}
sq: kriteret japin të shumtën {1} pikë të ponderuara, por tabela e vlerësimit thotë {2}

# ArkaRules/Grid/ScoringGrid+Parse.swift:119
en: {1} is {2} or {3}
sq: {1} është {2} ose {3}

# ArkaRules/Grid/ScoringGrid+Parse.swift:128
en: no field {1} among the grid's fields ({2})
sq: nuk ka fushë {1} ndër fushat e tabelës së vlerësimit ({2})

# ArkaRules/Grid/ScoringGrid+Parse.swift:142
en: a field needs its type ({1})
sq: një fushë duhet të ketë llojin e saj ({1})

# ArkaRules/Grid/ScoringGrid+Parse.swift:145
en: a field's type is {1}
sq: lloji i një fushe është {1}

# ArkaRules/Grid/ScoringGrid+Parse.swift:151
en: a category field lists its values
sq: një fushë category i rendit vlerat e saj

# ArkaRules/Grid/ScoringGrid+Parse.swift:154
en: only a category field lists values
sq: vetëm një fushë category rendit vlera

# ArkaRules/Grid/ScoringGrid+Parse.swift:170
en: {1} is one of {2}
sq: {1} është një nga {2}

# ArkaRules/Grid/ScoringGrid+Parse.swift:177
en: {1} is yes or no
sq: {1} është po ose jo

# ArkaRules/Grid/ScoringGrid+Parse.swift:181
en: {1} is a whole number
sq: {1} është numër i plotë

# ArkaRules/Grid/ScoringGrid+Parse.swift:189
en: {1} is a number like 2500.00
sq: {1} është një numër si 2500.00

# ArkaRules/Grid/ScoringGrid+Parse.swift:193
en: {1} takes at most {2} decimals
sq: {1} pranon të shumtën {2} shifra dhjetore

# ArkaRules/Grid/ScoringGrid+Parse.swift:198
en: {1} is too large
sq: vlera e {1} është tepër e madhe

# ArkaRules/Grid/ScoringGrid+Parse.swift:217
en: a gate names the field it reads
sq: një kusht pranueshmërie emërton fushën që lexon

# ArkaRules/Grid/ScoringGrid+Parse.swift:222
en: a gate states one condition: {1}
sq: një kusht pranueshmërie shpreh vetëm një kusht: {1}

# ArkaRules/Grid/ScoringGrid+Parse.swift:226
en: a {1} field cannot be compared as more or less
sq: një fushë {1} nuk mund të krahasohet si më e madhe apo më e vogël

# ArkaRules/Grid/ScoringGrid+Parse.swift:240
en: between takes two bounds: [low, high]
sq: between merr dy kufij: [i poshtëm, i sipërm]

# ArkaRules/Grid/ScoringGrid+Parse.swift:242
en: the low bound comes first
sq: kufiri i poshtëm vjen i pari

# ArkaRules/Grid/ScoringGrid+Parse.swift:245
en: an age is counted from a date field
sq: mosha llogaritet nga një fushë date

# ArkaRules/Grid/ScoringGrid+Parse.swift:249
en: within_limits is stated as true
sq: within_limits shprehet si true

# ArkaRules/Grid/ScoringGrid+Parse.swift:250
en: within_limits reads the amount field, {1}
sq: within_limits lexon fushën e shumës, {1}

# ArkaRules/Grid/ScoringGrid+Parse.swift:253
en: present is stated as true
sq: present shprehet si true

# ArkaRules/Grid/ScoringGrid+Parse.swift:268
en: a criterion scores by one of points, ranges, age_ranges or evaluated
sq: një kriter jep pikë me njërën nga points, ranges, age_ranges ose evaluated

# ArkaRules/Grid/ScoringGrid+Parse.swift:274
en: a criterion scored from the application names its field
sq: një kriter që vlerësohet nga aplikimi emërton fushën e tij

# ArkaRules/Grid/ScoringGrid+Parse.swift:277
en: an evaluated criterion reads no field: evaluators score it
sq: një kriter evaluated nuk lexon asnjë fushë: e vlerësojnë vlerësuesit

# ArkaRules/Grid/ScoringGrid+Parse.swift:296
en: age_ranges count years from a date field
sq: age_ranges numërojnë vitet nga një fushë date

# ArkaRules/Grid/ScoringGrid+Parse.swift:299
en: ranges read a number or integer field; {1} is {2}
sq: ranges lexojnë një fushë number ose integer; {1} është {2}

# ArkaRules/Grid/ScoringGrid+Parse.swift:305
en: a range has from and points
sq: një interval ka from dhe points

# ArkaRules/Grid/ScoringGrid+Parse.swift:307
en: integer and age ranges end with to (inclusive)
sq: intervalet integer dhe ato të moshës mbarojnë me to (përfshirë)

# ArkaRules/Grid/ScoringGrid+Parse.swift:310
en: number ranges end with below (exclusive), so that none leaves a gap
sq: intervalet number mbarojnë me below (pa e përfshirë), që asnjë të mos lërë boshllëk

# ArkaRules/Grid/ScoringGrid+Parse.swift:314
en: a bound is a number
sq: një kufi është numër

# ArkaRules/Grid/ScoringGrid+Parse.swift:324
en: a scale has from and to, like 1 and 5
sq: një shkallë ka from dhe to, si 1 dhe 5

# ArkaRules/Grid/ScoringGrid+Parse.swift:326
en: a scale runs from a lower to a higher score
sq: një shkallë shkon nga më pak pikë te më shumë pikë

# ArkaRules/Grid/ScoringGrid+Parse.swift:346
en: order is descending or ascending
sq: order është descending ose ascending

# ArkaRules/Grid/ScoringGrid+Parse.swift:353
en: no criterion {1} in the grid ({2})
sq: nuk ka kriter {1} në tabelën e vlerësimit ({2})

# ArkaRules/Grid/ScoringGrid+Parse.swift:360
en: a tie-break names one criterion or one field
sq: një rregull barazimi emërton një kriter të vetëm ose një fushë të vetme

# ArkaRules/Grid/ScoringGrid.swift:337
en: points are a number like 6 or 2.5
sq: pikët janë një numër si 6 ose 2.5

# ArkaRules/Grid/ScoringGrid.swift:340
en: points take at most 2 decimals
sq: pikët pranojnë të shumtën 2 shifra dhjetore

# ArkaRules/Scoring/Scoring.swift:152
en: application {1} appears twice (first on line {2})
sq: aplikimi {1} shfaqet dy herë (herën e parë në rreshtin {2})

# ArkaRules/Scoring/Scoring.swift:252
en: no application {1} among the applications
sq: nuk ka aplikim {1} ndër aplikimet

# ArkaRules/Scoring/Scoring.swift:270
en: {1} declared a conflict of interest with application {2} ({3}) and cannot score it
sq: {1} ka deklaruar konflikt interesi me aplikimin {2} ({3}) dhe nuk mund ta vlerësojë

# ArkaRules/Scoring/Scoring.swift:275
en: {1} declares a conflict of interest with application {2}, which they scored ({3}): an evaluator with a conflict cannot score it
sq: {1} deklaron konflikt interesi me aplikimin {2}, të cilin e ka vlerësuar ({3}): një vlerësues me konflikt interesi nuk mund ta vlerësojë

# ArkaRules/Scoring/Scoring.swift:279
en: {1} declares a conflict of interest with application {2} twice (first on {3})
sq: {1} deklaron dy herë konflikt interesi me aplikimin {2} (herën e parë në {3})

# ArkaRules/Scoring/Scoring.swift:284
en: application {1} has a second consensus record (the first on {2})
sq: aplikimi {1} ka një vlerësim të dytë me konsensus (i pari në {2})

# ArkaRules/Scoring/Scoring.swift:287
en: {1} evaluates application {2} twice (first on {3})
sq: {1} e vlerëson dy herë aplikimin {2} (herën e parë në {3})

# ArkaStore/Business/LedgerTransaction+Business.swift:106
en: statement line {1} or entry {2} is matched already
sq: rreshti i ekstraktit {1} ose regjistrimi {2} është përputhur tashmë

# ArkaStore/Core/DomainValues.swift:64
en: the ledger holds {1} that does not read back
sq: libri kontabël ka në fushën {1} një vlerë që nuk lexohet dot

# ArkaStore/Core/DomainValues.swift:98
en: the ledger holds a date that is not one
sq: libri kontabël ka një datë që nuk është datë e vlefshme

# ArkaStore/Core/LedgerIdentity.swift:36
en: not an arka ledger: it carries Arka's application id, but its tables are another program's; it was left unchanged
sq: nuk është libër kontabël i arka: mban identifikuesin e aplikacionit të Arka, por tabelat e tij i përkasin një programi tjetër; u la i pandryshuar

# ArkaStore/Core/LedgerIdentity.swift:40
en: the ledger was written by a newer arka; upgrade arka to open it
sq: libri kontabël është shkruar nga një version më i ri i arka; përditësoni arka për ta hapur

# ArkaStore/Core/LedgerIdentity.swift:52
en: not an arka ledger: it carries Arka's application id, but not an Arka ledger's tables ({1}); it was left unchanged
sq: nuk është libër kontabël i arka: mban identifikuesin e aplikacionit të Arka, por jo tabelat e një libri kontabël të Arka ({1}); u la i pandryshuar

# ArkaStore/Core/LedgerStore+Access.swift:30
en: this command writes to the ledger, but {1}
sq: kjo komandë shkruan në librin kontabël, por {1}

# ArkaStore/Core/LedgerStore+Access.swift:55
en: the ledger was made by an older arka and must be upgraded once before it can be read, which needs write access, but {1}
sq: libri kontabël është krijuar nga një version më i vjetër i arka dhe duhet përditësuar një herë para se të lexohet, gjë që kërkon leje shkrimi, por {1}

# ArkaStore/Core/LedgerStore+Access.swift:61
en: the ledger could not be upgraded; run the command again
sq: libri kontabël nuk u përditësua dot; ekzekutoni sërish komandën

# ArkaStore/Core/LedgerStore+Access.swift:101
en: the ledger has changes in its -wal file that SQLite can read only beside a -shm file it makes, and {1}; copy the ledger with its -wal file to a folder you can write to, and read it there
sq: libri kontabël ka ndryshime në skedarin e tij -wal që SQLite mund t'i lexojë vetëm pranë një skedari -shm që e krijon vetë, dhe {1}; kopjoni librin kontabël bashkë me skedarin -wal në një dosje ku mund të shkruani dhe lexojeni atje

# ArkaStore/Core/LedgerStore+Access.swift:279
en: the ledger is on a read-only medium; copy it to a folder you can write to
sq: libri kontabël ndodhet në një media vetëm për lexim; kopjojeni në një dosje ku mund të shkruani

# ArkaStore/Core/LedgerStore+Access.swift:280
en: the ledger's folder is read-only; give write access to the folder, or copy the ledger to one you can write to
sq: dosja e librit kontabël është vetëm për lexim; jepni leje shkrimi për dosjen, ose kopjoni librin kontabël në një dosje ku mund të shkruani

# ArkaStore/Core/LedgerStore+Access.swift:281
en: the ledger file is read-only; give write access to it, or copy it to a folder you can write to
sq: skedari i librit kontabël është vetëm për lexim; jepini leje shkrimi, ose kopjojeni në një dosje ku mund të shkruani

# ArkaStore/Core/LedgerStore+Backup.swift:29
en: cannot write the backup: {1}
sq: kopja rezervë nuk mund të shkruhet: {1}

# ArkaStore/Core/LedgerStore+Create.swift:58
en: a file is already there; arka init never overwrites a ledger
sq: aty ka tashmë një skedar; arka init nuk mbishkruan kurrë një libër kontabël

# ArkaStore/Core/LedgerStore+Create.swift:103
en: cannot create the ledger: {1}
sq: libri kontabël nuk mund të krijohet: {1}

# ArkaStore/Core/LedgerStore+Create.swift:121
en: create the ledger
sq: krijohet libri kontabël

# ArkaStore/Core/LedgerStore+Create.swift:122
en: write the backup
sq: shkruhet kopja rezervë

# ArkaStore/Core/LedgerStore+Create.swift:122
en: a file is already there; arka backup never overwrites a file: name a new one
sq: aty ka tashmë një skedar; arka backup nuk mbishkruan kurrë një skedar: jepni një emër të ri

# ArkaStore/Core/LedgerStore+Create.swift:135
en: cannot {1}: {2}
sq: nuk mund të {1}: {2}

# ArkaStore/Core/LedgerStore+Failures.swift:15
en: the disk holding the ledger is full; nothing was written: free some space and run the command again
sq: disku ku ndodhet libri kontabël është plot; nuk u shkrua asgjë: lironi pak hapësirë dhe ekzekutoni sërish komandën

# ArkaStore/Core/LedgerStore+Failures.swift:21
en: another arka command is writing to this ledger, still after waiting {1}; run this command again once it has finished, or wait longer with {2}
sq: një komandë tjetër e arka po shkruan në këtë libër kontabël, edhe pas pritjes prej {1}; ekzekutoni sërish këtë komandë sapo ajo të ketë mbaruar, ose prisni më gjatë me {2}

# ArkaStore/Core/LedgerStore+Failures.swift:23
en: another arka command is writing to this ledger, still after waiting {1}; run this command again once it has finished
sq: një komandë tjetër e arka po shkruan në këtë libër kontabël, edhe pas pritjes prej {1}; ekzekutoni sërish këtë komandë sapo ajo të ketë mbaruar

# ArkaStore/Core/LedgerStore+Failures.swift:25
en: another arka command is writing to this ledger; run this command again once it has finished, or wait longer with {1}
sq: një komandë tjetër e arka po shkruan në këtë libër kontabël; ekzekutoni sërish këtë komandë sapo ajo të ketë mbaruar, ose prisni më gjatë me {1}

# ArkaStore/Core/LedgerStore+Failures.swift:27
en: another arka command is writing to this ledger; run this command again once it has finished
sq: një komandë tjetër e arka po shkruan në këtë libër kontabël; ekzekutoni sërish këtë komandë sapo ajo të ketë mbaruar

# ArkaStore/Core/LedgerStore+Failures.swift:33
en: arka tried to write to this ledger while reading it, and nothing was written; please report this fault of arka
sq: arka u përpoq të shkruante në këtë libër kontabël ndërsa e lexonte, dhe nuk u shkrua asgjë; ju lutemi raportojeni këtë defekt të arka

# ArkaStore/Core/LedgerStore+Failures.swift:41
en: SQLite cannot write to the ledger or to the -wal and -shm files beside it; give write access to them and to their folder
sq: SQLite nuk mund të shkruajë në librin kontabël ose në skedarët -wal dhe -shm pranë tij; jepni leje shkrimi për ta dhe për dosjen e tyre

# ArkaStore/Core/LedgerStore+Failures.swift:52
en: SQLite cannot open the ledger, or the -wal and -shm files beside it; check that you may read and write them and their folder
sq: SQLite nuk mund të hapë librin kontabël, ose skedarët -wal dhe -shm pranë tij; kontrolloni që keni leje leximi dhe shkrimi për ta dhe për dosjen e tyre

# ArkaStore/Core/LedgerStore+Failures.swift:56
en: the disk or file system failed while arka read or wrote the ledger; check the disk, then run the command again
sq: disku ose sistemi i skedarëve dështoi ndërsa arka lexonte ose shkruante librin kontabël; kontrolloni diskun, pastaj ekzekutoni sërish komandën

# ArkaStore/Core/LedgerStore+Failures.swift:58
en: the ledger file is damaged (SQLite finds it malformed); restore it from a copy
sq: skedari i librit kontabël është i dëmtuar (SQLite e gjen të keqformuar); rikthejeni nga një kopje

# ArkaStore/Core/LedgerStore+Failures.swift:60
en: the computer ran out of memory while arka used the ledger; close other programs and run the command again
sq: kompjuterit i mbaroi memoria ndërsa arka përdorte librin kontabël; mbyllni programet e tjera dhe ekzekutoni sërish komandën

# ArkaStore/Core/LedgerStore+Failures.swift:62
en: the file system denied access to the ledger; check the permissions of the ledger and its folder
sq: sistemi i skedarëve e refuzoi qasjen te libri kontabël; kontrolloni lejet e librit kontabël dhe të dosjes së tij

# ArkaStore/Core/LedgerStore+Failures.swift:64
en: a value is too large for the ledger to hold; nothing was written: shorten it
sq: një vlerë është tepër e madhe që ta mbajë libri kontabël; nuk u shkrua asgjë: shkurtojeni

# ArkaStore/Core/LedgerStore+Failures.swift:67
en: the ledger refused a change that breaks one of its rules ({1}); nothing was written
sq: libri kontabël refuzoi një ndryshim që shkel një nga rregullat e tij ({1}); nuk u shkrua asgjë

# ArkaStore/Core/LedgerStore+Failures.swift:70
en: the ledger cannot be read as arka reads it ({1}); run arka verify on it, or restore it from a copy
sq: libri kontabël nuk mund të lexohet siç e lexon arka ({1}); ekzekutoni arka verify mbi të, ose rikthejeni nga një kopje

# ArkaStore/Core/LedgerStore.swift:93
en: no ledger there; create one with arka init
sq: aty nuk ka libër kontabël; krijoni një me arka init

# ArkaStore/Core/LedgerStore.swift:101
en: cannot read it as a ledger file
sq: nuk mund të lexohet si skedar libri kontabël

# ArkaStore/Core/LedgerStore.swift:105
en: not an arka ledger (not a SQLite database)
sq: nuk është libër kontabël i arka (nuk është bazë të dhënash SQLite)

# ArkaStore/Core/LedgerStore.swift:109
en: not an arka ledger (a SQLite database of another program)
sq: nuk është libër kontabël i arka (është bazë të dhënash SQLite e një programi tjetër)

# ArkaStore/Core/LedgerStore.swift:126
en: arka tried to write to the ledger while reading it, and nothing was written; please report this fault of arka
sq: arka u përpoq të shkruante në librin kontabël ndërsa e lexonte, dhe nuk u shkrua asgjë; ju lutemi raportojeni këtë defekt të arka

# ArkaStore/Core/LedgerStore.swift:168
en: a total is too large to hold exactly
sq: një total është tepër i madh për t'u ruajtur saktësisht

# ArkaStore/Journal/DefinitionChange.swift:88
en: definition change #{1} has an unknown kind "{2}"
sq: ndryshimi i përkufizimit #{1} ka një lloj të panjohur "{2}"

# ArkaStore/Journal/DefinitionChange.swift:101
en: {1} holds a {2} that is not a day: {3}
sq: {1} ka në fushën {2} një vlerë që nuk është ditë: {3}

# ArkaStore/Journal/ImportBatch.swift:45
en: import batch #{1} has an unknown kind "{2}"
sq: paketa e importit #{1} ka një lloj të panjohur "{2}"

# ArkaStore/Journal/LedgerTotals.swift:58
en: {1} of account {2} in {3} in {4} is too large to hold exactly; the ledger was written by an older arka that let totals pass 64 bits
sq: {1} i llogarisë {2} në {3} për muajin {4} është tepër i madh për t'u ruajtur saktësisht; libri kontabël është shkruar nga një version më i vjetër i arka që i lejonte totalet të kalonin 64 bitë

# ArkaStore/Journal/LedgerTotals.swift:102
en: a total of the ledger is too large to hold exactly
sq: një total i librit kontabël është tepër i madh për t'u ruajtur saktësisht

# ArkaStore/Journal/LedgerTransaction.swift:101
en: the journal's recorded head is not a SHA-256 hash; run arka verify
sq: koka e regjistruar e ditarit nuk është hash SHA-256; ekzekutoni arka verify

# ArkaStore/Journal/LedgerTransaction.swift:112
en: a batch of {1} entries came without their texts
sq: një grup prej {1} regjistrimesh erdhi pa tekstet e tyre

# ArkaStore/Journal/LedgerTransaction.swift:205
en: entry {1} has more than {2} postings
sq: regjistrimi {1} ka më shumë se {2} rreshta regjistrimi

# ArkaStore/Journal/LedgerTransaction.swift:232
en: entry {1} has been reversed already
sq: regjistrimi {1} është stornuar tashmë

# ArkaStore/Journal/LedgerView.swift:118
en: entry {1} (#{2}) has an unreadable date "{3}"
sq: regjistrimi {1} (#{2}) ka një datë të palexueshme "{3}"

# ArkaStore/Journal/MonthlyTotals.swift:137
en: the monthly total of account {1} is too large to hold exactly
sq: totali mujor i llogarisë {1} është tepër i madh për t'u ruajtur saktësisht

# ArkaStore/Journal/StoredDefinition.swift:61
en: the accounts {1} are each other's parents
sq: llogaritë {1} janë llogari mëmë të njëra-tjetrës

# ArkaStore/Queries/CallQuery.swift:128
en: the ledger has a call with this code already; add evaluations to it with arka applications evaluate
sq: libri kontabël ka tashmë një thirrje me këtë kod; shtojini vlerësime me arka applications evaluate

# ArkaStore/Queries/CallQuery.swift:172
en: the ledger has a recipient with this code already
sq: libri kontabël ka tashmë një përfitues me këtë kod

# ArkaStore/Queries/EquipmentQuery.swift:102
en: the register already has an item with this tag
sq: regjistri ka tashmë një send me këtë etiketë

# ArkaStore/Queries/GrantQuery.swift:62
en: what agreement {1} consumed is too large to hold exactly
sq: shuma e konsumuar nga marrëveshja {1} është tepër e madhe për t'u ruajtur saktësisht

# ArkaStore/Queries/ReportingQuery.swift:80
en: the ledger has a {1} reporting rate for this month already
sq: libri kontabël ka tashmë një kurs raportimi {1} për këtë muaj

# ArkaStore/Records/BudgetRevisionRecord.swift:42
en: budget revision #{1} has an unknown authority "{2}"
sq: rishikimi i buxhetit #{1} ka një autoritet të panjohur "{2}"

# ArkaStore/Schema/RecordLog.swift:186
en: another program changed the ledger behind arka's back: records #{1}...#{2} are not sealed{3}; nothing is written until the books are examined with arka verify
sq: një program tjetër e ndryshoi librin kontabël pa dijeninë e arka: rekordet #{1}...#{2} nuk janë të vulosura{3}; nuk shkruhet asgjë derisa librat të shqyrtohen me arka verify

# ArkaStore/Schema/RecordLog.swift:213
en: another program changed the ledger behind arka's back: {1}; nothing is written until the books are examined with arka verify
sq: një program tjetër e ndryshoi librin kontabël pa dijeninë e arka: {1}; nuk shkruhet asgjë derisa librat të shqyrtohen me arka verify

# ArkaWorkbook/Template/ListingSheet.swift:142
en: the sheet {1} cannot show this column
sq: fleta {1} nuk mund ta shfaqë këtë kolonë

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:22
en: cannot read the workbook template
sq: modeli i librit të punës nuk mund të lexohet

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:36
en: a template is a YAML mapping of keys (report, title, sheets, …)
sq: një model është një hartëzim YAML me çelësa (report, title, sheets, …)

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:43
en: a template names no fund: mark the funds a donor report covers in funds.csv, column reports (proof-of-use)
sq: një model nuk emërton asnjë fond: shënoni fondet që mbulon një raport për donatorin te funds.csv, kolona reports (proof-of-use)

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:49
en: the template needs {1}
sq: modeli kërkon {1}

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:56
en: this is a template for {1}, but the {2} workbook needs one for {3}
sq: ky është model për {1}, por libri i punës {2} kërkon një model për {3}

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:66
en: unknown label; the {1} workbook uses {2}
sq: etiketë e panjohur; libri i punës {1} përdor {2}

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:73
en: the {1} workbook needs the label {2}
sq: libri i punës {1} kërkon etiketën {2}

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:77
en: only the financial report's template lists budget headings
sq: vetëm modeli i raportit financiar rendit kapitujt e buxhetit

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:80
en: the {1} template lists the budget headings under structure
sq: modeli {1} i rendit kapitujt e buxhetit nën structure

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:90
en: the sheet {1} appears twice
sq: fleta {1} shfaqet dy herë

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:94
en: two sheets are named {1}
sq: dy fleta kanë emrin {1}

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:100
en: the {1} template needs the sheet {2}
sq: modeli {1} kërkon fletën {2}

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:109
en: a label gives its text in both languages: {en: …, sq: …}
sq: një etiketë jep tekstin e saj në të dyja gjuhët: {en: …, sq: …}

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:112
en: a label gives its text in both languages: {en: …, sq: …}; {1} is missing
sq: një etiketë jep tekstin e saj në të dyja gjuhët: {en: …, sq: …}; mungon {1}

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:125
en: money formats are given per currency code (EUR, ALL) or as default
sq: formatet e parasë jepen sipas kodit të monedhës (EUR, ALL) ose si default

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:142
en: a sheet names what it holds with sheet: ({1})
sq: një fletë tregon çfarë përmban me sheet: ({1})

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:145
en: unknown sheet; the {1} workbook makes {2}
sq: fletë e panjohur; libri i punës {1} krijon {2}

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:147
en: the sheet {1} needs a name
sq: fleta {1} duhet të ketë një emër

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:151
en: a sheet name has 1 to 31 characters, none of [ ] : * ? / \\, and does not start or end with '
sq: emri i një flete ka nga 1 deri në 31 shenja, asnjë prej [ ] : * ? / \\, dhe nuk fillon apo mbaron me '

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:154
en: the sheet {1} lists its columns
sq: fleta {1} i rendit kolonat e saj

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:159
en: unknown column for the sheet {1}; it can show {2}
sq: kolonë e panjohur për fletën {1}; ajo mund të shfaqë {2}

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:161
en: the column {1} appears twice
sq: kolona {1} shfaqet dy herë

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:164
en: the sheet {1} shows at least one column
sq: fleta {1} shfaq të paktën një kolonë

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:174
en: a column names its field with key:
sq: një kolonë e emërton fushën e saj me key:

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:175
en: a column needs its label
sq: një kolonë duhet të ketë etiketën e saj

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:178
en: a width is a number of characters from 1 to 255
sq: gjerësia është një numër shenjash nga 1 deri në 255

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:192
en: a row of the structure needs its label
sq: një rresht i strukturës duhet të ketë etiketën e tij

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:197
en: the heading {1} is listed twice
sq: kapitulli {1} është renditur dy herë

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:198
en: a heading holds budget lines; only a subtotal adds up rows
sq: një kapitull përmban zëra buxhetorë; vetëm një nëntotal mbledh rreshta

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:203
en: a limit gives percent and the subtotal it is a share of: {percent: 7, of: direct}
sq: një kufi jep percent dhe nëntotalin, pjesë e të cilit është: {percent: 7, of: direct}

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:206
en: the limit is a share of {1}, which is not a row above it
sq: kufiri është pjesë e {1}, që nuk është rresht sipër tij

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:212
en: {1} is listed twice
sq: {1} është renditur dy herë

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:213
en: only a heading takes a limit
sq: vetëm një kapitull merr kufi

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:214
en: a subtotal lists the rows it adds up under of:
sq: një nëntotal i rendit rreshtat që mbledh nën of:

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:217
en: the subtotal {1} adds up {2}, which is not a row above it
sq: nëntotali {1} mbledh {2}, që nuk është rresht sipër tij

# ArkaWorkbook/Template/WorkbookTemplate+Load.swift:221
en: a row of the structure is either heading: CODE or subtotal: ID
sq: një rresht i strukturës është ose heading: CODE ose subtotal: ID

# ArkaWorkbook/Workbooks/AuditPack.swift:47
en: the audit pack needs its cover sheet
sq: paketa e auditimit kërkon fletën e saj të ballinës

# ArkaWorkbook/Workbooks/FinancialReportWorkbook.swift:125
en: the financial report needs a column besides spent_by_currency when nothing is spent
sq: raporti financiar kërkon një kolonë përveç spent_by_currency kur nuk është shpenzuar asgjë

# ArkaWorkbook/Workbooks/WorkbookExport.swift:43
en: no such folder of workbook templates
sq: nuk ekziston kjo dosje modelesh të librave të punës

# ArkaWorkbook/Workbooks/WorkbookExport.swift:87
en: no such workbook; the reports are {1}
sq: nuk ekziston ky libër pune; raportet janë {1}

# ArkaWorkbook/Workbooks/WorkbookExport.swift:96
en: cannot read back the workbook made for standard output
sq: libri i punës i krijuar për daljen standarde nuk mund të rilexohet

# ArkaWorkbook/Workbooks/WorkbookExport.swift:123
en: cannot put the workbook in place: {1}
sq: libri i punës nuk mund të vendoset në vendin e tij: {1}

# ArkaWorkbook/Writer/Workbook.swift:80
en: libxlsxwriter could not start a workbook
sq: libxlsxwriter nuk mundi të nisë një libër pune

# ArkaWorkbook/Writer/Workbook.swift:207
en: the workbook is already closed
sq: libri i punës është mbyllur tashmë

# ArkaWorkbook/Writer/Workbook.swift:224
en: libxlsxwriter could not add the worksheet
sq: libxlsxwriter nuk mundi të shtojë fletën e punës

# ArkaWorkbook/Writer/Workbook.swift:256
en: a style without a column format has no format per column
sq: një stil pa format kolone nuk ka format për secilën kolonë

# ArkaWorkbook/Writer/Workbook.swift:271
en: libxlsxwriter could not add a cell format
sq: libxlsxwriter nuk mundi të shtojë një format qelize

# ArkaWorkbook/Writer/Workbook.swift:453
en: libxlsxwriter refused {1}: {2}
sq: libxlsxwriter nuk pranoi {1}: {2}

# ArkaWorkbook/Writer/Worksheet.swift:43
en: a worksheet holds at most {1} rows and {2} columns
sq: një fletë pune mban të shumtën {1} rreshta dhe {2} kolona

# ArkaStore/Core/LedgerStore+GroupCommit.swift
en: the writes sent together with this one were rolled back, and nothing of it is written
sq: shkrimet e dërguara bashkë me këtë u kthyen mbrapsht, dhe asgjë prej tij nuk është shkruar

# ArkaStore/Core/LedgerStore+GroupCommit.swift
en: a piece of arka's work ended without its result; please report this fault of arka
sq: një pjesë e punës së arka përfundoi pa rezultatin e saj; ju lutemi raportojeni këtë defekt të arka
"""#
}
