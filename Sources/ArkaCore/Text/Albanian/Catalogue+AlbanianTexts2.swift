extension Catalogue {
    /// Report headings, notices and summaries, part 2.
    static let albanianTexts2 = #"""
# ArkaBooks/Rendering/FundPosition+Rendering.swift:7
en: Received
sq: Të marra

# ArkaBooks/Rendering/FundPosition+Rendering.swift:8
en: Owed by funds
sq: Kërkesa ndaj fondeve

# ArkaBooks/Rendering/FundPosition+Rendering.swift:9
en: Owed to funds
sq: Detyrime ndaj fondeve

# ArkaBooks/Rendering/FundPosition+Rendering.swift:9
en: Payables
sq: Të pagueshme

# ArkaBooks/Rendering/FundPosition+Rendering.swift:10
en: Other assets
sq: Aktive të tjera

# ArkaBooks/Rendering/FundPosition+Rendering.swift:82
en: Each fund balances on its own: received less spent equals cash held, plus what other funds owe it, less what it owes them and its payables, plus its other assets.
sq: Çdo fond balancohet më vete: të marrat minus të shpenzuarat janë të barabarta me paratë në dorë, plus sa i detyrohen fondet e tjera, minus sa u detyrohet atyre dhe detyrimet e tij të pagueshme, plus aktivet e tjera të tij.

# ArkaBooks/Rendering/FundPosition+Rendering.swift:90
en: Fund {1} does not balance on its own, by {2}: money of one fund pays for another and the books do not say which fund owes which.
sq: Fondi {1} nuk balancohet më vete, me diferencë {2}: paratë e një fondi paguajnë për një tjetër dhe librat nuk tregojnë cili fond i detyrohet cilit.

# ArkaBooks/Rendering/FundPosition+Rendering.swift:93
en: The postings without a fund do not balance on their own, by {1}: money of one fund pays for another and the books do not say which fund owes which.
sq: Rreshtat e regjistrimit pa fond nuk balancohen më vete, me diferencë {1}: paratë e një fondi paguajnë për një tjetër dhe librat nuk tregojnë cili fond i detyrohet cilit.

# ArkaBooks/Rendering/FundPosition+Rendering.swift:98
en: Set own_fund, interfund_due_from_account and interfund_due_to_account in ledger.yaml to make every entry balance per fund (README, section 2).
sq: Vendosni own_fund, interfund_due_from_account dhe interfund_due_to_account në ledger.yaml që çdo regjistrim të balancohet për secilin fond (README, seksioni 2).

# ArkaBooks/Rendering/FundPosition+Rendering.swift:101
en: Available is cash held, plus what other funds owe, less what the fund owes them, its payables and its commitments.
sq: Shuma në dispozicion përbëhet nga paratë në dorë, plus sa detyrohen fondet e tjera, minus sa u detyrohet fondi atyre, detyrimet e tij të pagueshme dhe angazhimet e tij.

# ArkaBooks/Rendering/FundPosition+Rendering.swift:102
en: all entries
sq: të gjitha regjistrimet

# ArkaBooks/Rendering/FundPosition+Rendering.swift:103
en: {1}: {2} (restricted)
sq: {1}: {2} (i kufizuar)

# ArkaBooks/Rendering/FundPosition+Rendering.swift:104
en: Funds of {1}, {2}, in {3}
sq: Fondet e {1}, {2}, në {3}

# ArkaBooks/Rendering/FundPosition+Rendering.swift:105
en: Cash held, in each currency
sq: Paratë në dorë, për çdo monedhë

# ArkaBooks/Rendering/GeneralLedger+Rendering.swift:46
en: General ledger of account {1} and the accounts below it
sq: Libri i madh i llogarisë {1} dhe i llogarive nën të

# ArkaBooks/Rendering/GeneralLedger+Rendering.swift:46
en: General ledger of all accounts
sq: Libri i madh i të gjitha llogarive

# ArkaBooks/Rendering/GeneralLedger+Rendering.swift:47
en: , in {1}
sq: , në {1}

# ArkaBooks/Rendering/OutputFormat.swift:172
en: , from {1}, to {2}
sq: , nga {1}, deri më {2}

# ArkaBooks/Rendering/OutputFormat.swift:173
en: , from {1}
sq: , nga {1}

# ArkaBooks/Rendering/OutputFormat.swift:174
en: , to {1}
sq: , deri më {1}

# ArkaBooks/Rendering/RateList+Rendering.swift:12
en: The ledger has no exchange rates.
sq: Libri kontabël nuk ka kurse këmbimi.

# ArkaBooks/Rendering/RateList+Rendering.swift:15
en: Booking rates are units per 1 {1}; reporting rates, units per 1 {2}.
sq: Kurset e regjistrimit janë njësi për 1 {1}; kurset e raportimit, njësi për 1 {2}.

# ArkaBooks/Rendering/Register+Rendering.swift:36
en: Opening balance
sq: Saldo fillestare

# ArkaBooks/Rendering/Register+Rendering.swift:47
en: Register of account {1} and the accounts below it
sq: Regjistri i llogarisë {1} dhe i llogarive nën të

# ArkaBooks/Rendering/Register+Rendering.swift:47
en: Register of all accounts
sq: Regjistri i të gjitha llogarive

# ArkaBooks/Rendering/Register+Rendering.swift:49
en: ; the postings of {1}, with their running sum
sq: ; rreshtat e regjistrimit me {1}, me totalin e tyre kumulativ

# ArkaBooks/Rendering/Register+Rendering.swift:50
en: No postings.
sq: Nuk ka rreshta regjistrimi.

# ArkaBooks/Rendering/Register+Rendering.swift:50
en: No postings match.
sq: Asnjë rresht regjistrimi nuk përputhet.

# ArkaBooks/Rendering/Register+Rendering.swift:128
en: Entries with a posting of {1}
sq: Regjistrimet që kanë një rresht regjistrimi me {1}

# ArkaBooks/Rendering/Register+Rendering.swift:129
en: No entries found.
sq: Nuk u gjet asnjë regjistrim.

# ArkaBooks/Rendering/Register+Rendering.swift:135
en: 1 entry found; open it with arka show ENTRY.
sq: U gjet 1 regjistrim; hapeni me arka show ENTRY.

# ArkaBooks/Rendering/Register+Rendering.swift:135
en: {1} entries found; open one with arka show ENTRY.
sq: U gjetën {1} regjistrime; hapni njërin me arka show ENTRY.

# ArkaBooks/Rendering/ScoringOutcome+Rendering.swift:261
en: {1}: {2} applications, {3} ranked, {4} awarded, {5} on the reserve list
sq: {1}: {2} aplikime, {3} të renditura, {4} të financuara, {5} në listën rezervë

# ArkaBooks/Rendering/ScoringOutcome+Rendering.swift:263
en: Envelope {1} {2}: awarded {3}, left {4} ({5}). Points out of {6}.
sq: Fondi i disponueshëm {1} {2}: dhënë {3}, mbetur {4} ({5}). Pikët nga maksimumi {6}.

# ArkaBooks/Rendering/ScoringOutcome+Rendering.swift:268
en: {1} and {2}
sq: {1} dhe {2}

# ArkaBooks/Rendering/ScoringOutcome+Rendering.swift:269
en: Withheld as personal data: the points of {1}, which count only within each application's points.
sq: Të fshehura si të dhëna personale: pikët për {1}, të cilat llogariten vetëm brenda pikëve të secilit aplikim.

# ArkaBooks/Rendering/ScoringOutcome+Rendering.swift:287
en: (points from {1})
sq: (pikët nga {1})

# ArkaBooks/Rendering/ScoringOutcome+Rendering.swift:296
en: Grid {1} sha256 {2}
sq: Tabela e vlerësimit {1} sha256 {2}

# ArkaBooks/Rendering/ScoringOutcome+Rendering.swift:297
en: Applications {1} sha256 {2}
sq: Aplikimet {1} sha256 {2}

# ArkaBooks/Rendering/ScoringOutcome+Rendering.swift:298
en: Evaluations {1} sha256 {2}
sq: Vlerësimet {1} sha256 {2}

# ArkaBooks/Rendering/ScoringOutcome+Rendering.swift:299
en: Decisions sha256 {1}, arka {2}
sq: Vendimet sha256 {1}, arka {2}

# ArkaBooks/Rendering/Stock+Rendering.swift:44
en: Stock of {1}, {2}, {3}
sq: Stoku i {1}, {2}, {3}

# ArkaBooks/Rendering/Summaries+Rendering.swift:40
en: Posted nothing: {1} holds no entries.
sq: Nuk u regjistrua asgjë: {1} nuk përmban regjistrime.

# ArkaBooks/Rendering/Summaries+Rendering.swift:41
en: Posted 1 entry ({1} postings) from {2}
sq: U regjistrua 1 regjistrim ({1} rreshta regjistrimi) nga {2}

# ArkaBooks/Rendering/Summaries+Rendering.swift:41
en: Posted {1} entries ({2} postings) from {3}
sq: U regjistruan {1} regjistrime ({2} rreshta regjistrimi) nga {3}

# ArkaBooks/Rendering/Summaries+Rendering.swift:44
en: {1}, dated {2}.
sq: {1}, me datë {2}.

# ArkaBooks/Rendering/Summaries+Rendering.swift:45
en: {1}, dated {2} to {3}.
sq: {1}, me data nga {2} deri më {3}.

# ArkaBooks/Rendering/Summaries+Rendering.swift:53
en: Journal head: #{1} {2}
sq: Koka e ditarit: #{1} {2}

# ArkaBooks/Rendering/Summaries+Rendering.swift:65
en: Flagged: {1}: {2}
sq: Sinjalizim: {1}: {2}

# ArkaBooks/Rendering/Summaries+Rendering.swift:69
en: 1 expense posting names no fund
sq: 1 rresht regjistrimi shpenzimi nuk tregon fond

# ArkaBooks/Rendering/Summaries+Rendering.swift:69
en: {1} expense postings name no fund
sq: {1} rreshta regjistrimi shpenzimesh nuk tregojnë fond

# ArkaBooks/Rendering/Summaries+Rendering.swift:70
en: 1 expense posting on a restricted fund names no budget line
sq: 1 rresht regjistrimi shpenzimi në një fond të kufizuar nuk tregon zë buxhetor

# ArkaBooks/Rendering/Summaries+Rendering.swift:70
en: {1} expense postings on a restricted fund name no budget line
sq: {1} rreshta regjistrimi shpenzimesh në fonde të kufizuara nuk tregojnë zë buxhetor

# ArkaBooks/Rendering/Summaries+Rendering.swift:123
en: {1} BROKEN: {2}
sq: {1} I PRISHUR: {2}

# ArkaBooks/Rendering/Summaries+Rendering.swift:123
en:   also: {1}
sq:   gjithashtu: {1}

# ArkaBooks/Rendering/Summaries+Rendering.swift:127
en: Journal
sq: Ditari

# ArkaBooks/Rendering/Summaries+Rendering.swift:130
en: Journal intact: 1 entry, every hash and balance recomputed; head #{1} {2}
sq: Ditari i paprekur: 1 regjistrim, çdo hash dhe barazim u rillogarit; koka #{1} {2}

# ArkaBooks/Rendering/Summaries+Rendering.swift:131
en: Journal intact: {1} entries, every hash and balance recomputed; head #{2} {3}
sq: Ditari i paprekur: {1} regjistrime, çdo hash dhe barazim u rillogarit; koka #{2} {3}

# ArkaBooks/Rendering/Summaries+Rendering.swift:138
en: Records intact: 1 record of the definition and registers, every row as recorded; head #{1} {2}
sq: Rekordet të paprekura: 1 rekord i përkufizimit dhe i regjistrave, çdo rresht siç u regjistrua; koka #{1} {2}

# ArkaBooks/Rendering/Summaries+Rendering.swift:139
en: Records intact: {1} records of the definition and registers, every row as recorded; head #{2} {3}
sq: Rekordet të paprekura: {1} rekorde të përkufizimit dhe të regjistrave, çdo rresht siç u regjistrua; koka #{2} {3}

# ArkaBooks/Rendering/Summaries+Rendering.swift:140
en: Records
sq: Ditari i rekordeve

# ArkaBooks/Rendering/Summaries+Rendering.swift:141
en: Digest extended: {1}
sq: Librat e vazhdojnë përmbledhjen: {1}

# ArkaBooks/Rendering/Summaries+Rendering.swift:142
en: Digest NOT extended: {1}
sq: Librat NUK e vazhdojnë përmbledhjen: {1}

# ArkaBooks/Rendering/Summaries+Rendering.swift:146
en: Register reconciled: {1}, {2} = {3}
sq: Regjistri përputhet: {1}, {2} = {3}

# ArkaBooks/Rendering/Summaries+Rendering.swift:148
en: Register DIFFERS: {1}, {2} against {3}, {4} {5}
sq: Regjistri NUK PËRPUTHET: {1}, {2} kundrejt {3}, {4} {5}

# ArkaBooks/Rendering/Summaries+Rendering.swift:172
en: Import batch #{1}: undo it with arka reverse --batch {2} --date YYYY-MM-DD --reason "..."
sq: Paketa e importit #{1}: anulojeni me arka reverse --batch {2} --date YYYY-MM-DD --reason "..."

# ArkaBooks/Rendering/Summaries+Rendering.swift:181
en: 1 entry
sq: 1 regjistrim

# ArkaBooks/Rendering/Summaries+Rendering.swift:181
en: {1} entries
sq: {1} regjistrime

# ArkaBooks/Rendering/Summaries+Rendering.swift:182
en: 1 reversal
sq: 1 stornim

# ArkaBooks/Rendering/Summaries+Rendering.swift:182
en: {1} reversals
sq: {1} stornime

# ArkaBooks/Rendering/Summaries+Rendering.swift:183
en: Reversed import batch #{1} ({2} of {3} by {4} at {5}, {6}): {7}
sq: U stornua paketa e importit #{1} ({2}, skedari {3}, importuar nga {4} më {5}, {6}): {7}

# ArkaBooks/Rendering/Summaries+Rendering.swift:184
en: {1} dated {2}.
sq: {1} me datë {2}.

# ArkaBooks/Rendering/Summaries+Rendering.swift:187
en: {1} reversed by {2} (#{3})
sq: {1} u stornua nga {2} (#{3})

# ArkaBooks/Rendering/Summaries+Rendering.swift:190
en: Left as they are, reversed before: {1}.
sq: Lënë siç janë, të stornuara më parë: {1}.

# ArkaBooks/Rendering/Summaries+Rendering.swift:219
en: No import batches: nothing was imported from a file yet.
sq: Nuk ka paketa importi: ende nuk është importuar asgjë nga një skedar.

# ArkaBooks/Rendering/Summaries+Rendering.swift:224
en: {1} lines
sq: {1} rreshta

# ArkaBooks/Rendering/Summaries+Rendering.swift:250
en: Change #{1}, from {2}: {3} ({4}).
sq: Ndryshimi #{1}, nga {2}: {3} ({4}).

# ArkaBooks/Rendering/Summaries+Rendering.swift:262
en: No change of the structure since init.
sq: Asnjë ndryshim i strukturës që nga init.

# ArkaBooks/Rendering/Summaries+Rendering.swift:276
en: account {1} added
sq: u shtua llogaria {1}

# ArkaBooks/Rendering/Summaries+Rendering.swift:277
en: account {1} closed to new postings
sq: llogaria {1} u mbyll për rreshta të rinj regjistrimi

# ArkaBooks/Rendering/Summaries+Rendering.swift:278
en: fund {1} added
sq: u shtua fondi {1}

# ArkaBooks/Rendering/Summaries+Rendering.swift:279
en: budget line {1} added
sq: u shtua zëri buxhetor {1}

# ArkaBooks/Rendering/ThirdPartyRegister+Rendering.swift:41
en: Register of support to third parties, as of {1}, in {2}
sq: Regjistri i mbështetjes për palët e treta, më {1}, në {2}

# ArkaBooks/Rendering/ThirdPartyRegister+Rendering.swift:42
en: Register of support to third parties, in {1}
sq: Regjistri i mbështetjes për palët e treta, në {1}

# ArkaBooks/Rendering/TrialBalance+Rendering.swift:62
en: Total converted
sq: Totali i konvertuar

# ArkaBooks/Rendering/TrialBalance+Rendering.swift:68
en: Trial balance of {1}, {2}
sq: Bilanci i verifikimit për {1}, {2}

# ArkaBooks/Rendering/TrialBalance+Rendering.swift:69
en: Trial balance of {1}, {2}, by fund
sq: Bilanci i verifikimit për {1}, {2}, sipas fondit

# ArkaBooks/Rendering/TrialBalance+Rendering.swift:70
en: Trial balance of {1}, {2}, by budget line
sq: Bilanci i verifikimit për {1}, {2}, sipas zërit buxhetor

# ArkaBooks/Reports/BudgetFlag.swift:45
en: line {1} of {2} is committed beyond its budget: {3} spent and committed of {4}, {5} beyond it
sq: zëri {1} i fondit {2} është angazhuar mbi buxhetin e tij: {3} të shpenzuara dhe të angazhuara nga {4}, {5} mbi të

# ArkaBooks/Reports/BudgetFlag.swift:47
en: line {1} of {2} is spent beyond its budget: {3} of {4}, {5} beyond it
sq: zëri {1} i fondit {2} është shpenzuar mbi buxhetin e tij: {3} nga {4}, {5} mbi të

# ArkaBooks/Reports/BudgetFlag.swift:49
en: {1} of expense on {2} is booked on line {3}, which its budget does not have
sq: {1} shpenzime në fondin {2} janë regjistruar në zërin {3}, të cilin buxheti i tij nuk e ka

# ArkaBooks/Reports/BudgetFlag.swift:50
en: {1} of expense on {2} is booked without a budget line
sq: {1} shpenzime në fondin {2} janë regjistruar pa zë buxhetor

# ArkaBooks/Reports/BudgetFlag.swift:52
en: {1} spent on heading {2} of {3} is ineligible: {4} spent, above the {5} it may reach without the addendum revision {6} of {7} needed
sq: {1} të shpenzuara në kapitullin {2} të fondit {3} janë të papranueshme: {4} të shpenzuara, mbi {5} që kapitulli mund të arrijë pa rishikimin me shtojcë {6} të datës {7}, që nevojitej

# ArkaBooks/Reports/BudgetFlag.swift:57
en: {1} of expense is booked without a fund on line {2}
sq: {1} shpenzime janë regjistruar pa fond në zërin {2}

# ArkaBooks/Reports/BudgetFlag.swift:58
en: {1} of expense is booked without a fund
sq: {1} shpenzime janë regjistruar pa fond

# ArkaBooks/Reports/BudgetFlag.swift:60
en: {1} of expense is booked on {2}, which is not a fund of the ledger
sq: {1} shpenzime janë regjistruar në {2}, që nuk është fond i librit kontabël

# ArkaBooks/Reports/BudgetFlag.swift:62
en: {1} of exchange losses and conversion rounding on {2} is ineligible and kept off its budget lines
sq: {1} humbje nga kursi i këmbimit dhe rrumbullakime konvertimi në fondin {2} janë të papranueshme dhe mbahen jashtë zërave të tij buxhetorë

# ArkaBooks/Reports/BudgetFlag.swift:64
en: {1} of exchange losses and conversion rounding is booked on {2}, which is not a fund of the ledger
sq: {1} humbje nga kursi i këmbimit dhe rrumbullakime konvertimi janë regjistruar në {2}, që nuk është fond i librit kontabël

# ArkaBooks/Reports/BudgetFlag.swift:65
en: {1} of exchange losses and conversion rounding is booked without a fund
sq: {1} humbje nga kursi i këmbimit dhe rrumbullakime konvertimi janë regjistruar pa fond

# ArkaBooks/Reports/BudgetFlag.swift:55
en: {1} (money heading {2} gave beyond the limit)
sq: {1} (para që kapitulli {2} dha përtej kufirit)

# ArkaBooks/Reports/BudgetFlag.swift:55
en: {1} (money headings {2} gave beyond the limit)
sq: {1} (para që kapitujt {2} dhanë përtej kufirit)

# ArkaBooks/Reports/JournalVerification.swift:59
en: {1} follows #{2}: entries #{3}...#{4} were removed
sq: {1} vjen pas #{2}: regjistrimet #{3}...#{4} janë hequr

# ArkaBooks/Reports/JournalVerification.swift:62
en: {1} does not link to the entry before it: the chain was rewritten
sq: {1} nuk lidhet me regjistrimin para tij: zinxhiri është rishkruar

# ArkaBooks/Reports/JournalVerification.swift:65
en: {1} was changed after it was posted: its hash does not match its contents
sq: {1} është ndryshuar pasi u regjistrua: hash-i i tij nuk përputhet me përmbajtjen

# ArkaBooks/Reports/JournalVerification.swift:79
en: the journal ends at #{1} but the ledger recorded #{2}: entries were removed from its end
sq: ditari mbaron te #{1}, por libri kontabël ka shënuar #{2}: janë hequr regjistrime nga fundi i tij

# ArkaBooks/Reports/JournalVerification.swift:80
en: the journal's last entry #{1} is not the one the ledger recorded (#{2})
sq: regjistrimi i fundit i ditarit, #{1}, nuk është ai që ka shënuar libri kontabël (#{2})

# ArkaBooks/Reports/JournalVerification.swift:83
en: entry {1} (#{2}) has a posting whose base amount was changed outside arka
sq: regjistrimi {1} (#{2}) ka një rresht regjistrimi, shuma e të cilit në monedhën bazë është ndryshuar jashtë arka

# ArkaBooks/Reports/JournalVerification.swift:86
en: the monthly totals for {1} do not equal the postings: they were changed outside arka
sq: totalet mujore për {1} nuk barazohen me rreshtat e regjistrimit: janë ndryshuar jashtë arka

# ArkaBooks/Reports/JournalVerification.swift:90
en: postings name accounts that are not in the chart: {1}
sq: rreshtat e regjistrimit tregojnë llogari që nuk janë në planin kontabël: {1}

# ArkaBooks/Reports/LedgerDigest.swift:160
en: the journal no longer holds entry #{1} named by {2}: entries were removed from its end
sq: ditari nuk e përmban më regjistrimin #{1} të përmendur nga {2}: janë hequr regjistrime nga fundi i tij

# ArkaBooks/Reports/LedgerDigest.swift:162
en: entry #{1} is not the one named by {2}: the journal was rewritten and its chain recomputed
sq: regjistrimi #{1} nuk është ai i përmendur nga {2}: ditari është rishkruar dhe zinxhiri i tij është rillogaritur

# ArkaBooks/Reports/LedgerDigest.swift:167
en: the record log no longer holds the seal of record #{1} named by {2}: records were removed from its end
sq: ditari i rekordeve nuk e përmban më vulën e rekordit #{1} të përmendur nga {2}: janë hequr rekorde nga fundi i tij

# ArkaBooks/Reports/LedgerDigest.swift:169
en: the seal of record #{1} is not the one named by {2}: the record log was rewritten and its chain recomputed
sq: vula e rekordit #{1} nuk është ajo e përmendur nga {2}: ditari i rekordeve është rishkruar dhe zinxhiri i tij është rillogaritur

# ArkaBooks/Reports/PostingFilter.swift:38
en: document "{1}"
sq: dokument "{1}"

# ArkaBooks/Reports/PostingFilter.swift:39
en: counterparty "{1}"
sq: palë "{1}"

# ArkaBooks/Reports/PostingFilter.swift:40
en: fund {1}
sq: fond {1}

# ArkaBooks/Reports/PostingFilter.swift:41
en: budget line {1}
sq: zë buxhetor {1}

# ArkaBooks/Reports/PostingFilter.swift:43
en: amount {1} to {2}
sq: shumë nga {1} deri në {2}

# ArkaBooks/Reports/PostingFilter.swift:44
en: amount from {1}
sq: shumë nga {1}

# ArkaBooks/Reports/PostingFilter.swift:45
en: amount up to {1}
sq: shumë deri në {1}

# ArkaBooks/Reports/PostingFilter.swift:48
en: text "{1}"
sq: tekst "{1}"
"""#
}
