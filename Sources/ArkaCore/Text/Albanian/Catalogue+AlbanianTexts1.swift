extension Catalogue {
    /// Report headings, notices and summaries, part 1.
    static let albanianTexts1 = #"""
# ArkaBooks/Business/Ledger+Bank.swift:26
en: a line already imported (same date, description, amount and balance) is not added again
sq: një rresht i importuar më parë (me të njëjtën datë, përshkrim, shumë dhe saldo) nuk shtohet përsëri

# ArkaBooks/Business/Ledger+Stock.swift:19
en: {1} is sold beyond the stock on hand: {2} {3} on hand at the end of {4}
sq: {1} shitet përtej stokut në dispozicion: {2} {3} në stok në fund të ditës {4}

# ArkaBooks/Business/Ledger+Stock.swift:20
en: {1} is sold beyond the stock on hand from {2}: {3} {4} on hand at the end of {5}
sq: {1} shitet përtej stokut në dispozicion që nga {2}: {3} {4} në stok në fund të ditës {5}

# ArkaBooks/Business/Reports/StockReport.swift:44
en: The stock at unit cost, {1} {2}, equals the balance of account {3} {4}.
sq: Stoku me koston për njësi, {1} {2}, është i barabartë me saldon e llogarisë {3} {4}.

# ArkaBooks/Business/Reports/StockReport.swift:46
en: The stock at unit cost, {1} {2}, differs from the balance of account {3} {4}, {5} {6}, by {7} {8}: arka verify names the entries.
sq: Stoku me koston për njësi, {1} {2}, ndryshon nga saldoja e llogarisë {3} {4}, {5} {6}, me {7} {8}: arka verify tregon regjistrimet.

# ArkaBooks/Engine/Ledger+Equipment.swift:359
en: The register is empty.
sq: Regjistri është bosh.

# ArkaBooks/Engine/Ledger+Grants.swift:289
en: No agreements.
sq: Nuk ka marrëveshje.

# ArkaBooks/Rendering/Bank+Rendering.swift:8
en: Imported 1 new line of {1} from {2} to account {3}
sq: U importua 1 rresht i ri (nga {1} gjithsej) nga {2} në llogarinë {3}

# ArkaBooks/Rendering/Bank+Rendering.swift:8
en: Imported {1} new lines of {2} from {3} to account {4}
sq: U importuan {1} rreshta të rinj (nga {2} gjithsej) nga {3} në llogarinë {4}

# ArkaBooks/Rendering/Bank+Rendering.swift:10
en: {1}; {2} were imported already and were skipped ({3}).
sq: {1}; {2} ishin importuar më parë dhe u anashkaluan ({3}).

# ArkaBooks/Rendering/Bank+Rendering.swift:13
en: Statement balance at {1}: {2} {3}; books: {4} {5}
sq: Saldoja e ekstraktit më {1}: {2} {3}; librat: {4} {5}

# ArkaBooks/Rendering/Bank+Rendering.swift:14
en: {1}, they agree.
sq: {1}, përputhen.

# ArkaBooks/Rendering/Bank+Rendering.swift:14
en: {1}, difference {2} {3}.
sq: {1}, diferenca {2} {3}.

# ArkaBooks/Rendering/Bank+Rendering.swift:17
en: 1 statement line is not matched yet; run arka bank match.
sq: 1 rresht i ekstraktit nuk është përputhur ende; ekzekutoni arka bank match.

# ArkaBooks/Rendering/Bank+Rendering.swift:17
en: {1} statement lines are not matched yet; run arka bank match.
sq: {1} rreshta të ekstraktit nuk janë përputhur ende; ekzekutoni arka bank match.

# ArkaBooks/Rendering/Bank+Rendering.swift:18
en: Import batch #{1}.
sq: Paketa e importit #{1}.

# ArkaBooks/Rendering/Bank+Rendering.swift:26
en: Matched 1 statement line by the rule: {1}.
sq: U përputh 1 rresht i ekstraktit sipas rregullit: {1}.

# ArkaBooks/Rendering/Bank+Rendering.swift:26
en: Matched {1} statement lines by the rule: {2}.
sq: U përputhën {1} rreshta të ekstraktit sipas rregullit: {2}.

# ArkaBooks/Rendering/Bank+Rendering.swift:31
en: 1 line with several candidate entries (choose with --line N --entry ID):
sq: 1 rresht me disa regjistrime kandidate (zgjidhni me --line N --entry ID):

# ArkaBooks/Rendering/Bank+Rendering.swift:31
en: {1} lines with several candidate entries (choose with --line N --entry ID):
sq: {1} rreshta me disa regjistrime kandidate (zgjidhni me --line N --entry ID):

# ArkaBooks/Rendering/Bank+Rendering.swift:35
en: 1 line the books lack (post with --line N --post ACCOUNT, or record the entry and match it):
sq: 1 rresht që mungon në libra (regjistrojeni me --line N --post ACCOUNT, ose krijoni regjistrimin dhe përputheni):

# ArkaBooks/Rendering/Bank+Rendering.swift:35
en: {1} lines the books lack (post with --line N --post ACCOUNT, or record the entry and match it):
sq: {1} rreshta që mungojnë në libra (regjistrojini me --line N --post ACCOUNT, ose krijoni regjistrimin dhe përputheni):

# ArkaBooks/Rendering/Bank+Rendering.swift:39
en: 1 entry on the account not on any statement line up to its last date:
sq: 1 regjistrim në llogari që nuk gjendet në asnjë rresht të ekstraktit deri në datën e fundit të ekstraktit:

# ArkaBooks/Rendering/Bank+Rendering.swift:39
en: {1} entries on the account not on any statement line up to its last date:
sq: {1} regjistrime në llogari që nuk gjenden në asnjë rresht të ekstraktit deri në datën e fundit të ekstraktit:

# ArkaBooks/Rendering/Bank+Rendering.swift:44
en: Nothing is left to resolve.
sq: Nuk ka mbetur asgjë për t'u zgjidhur.

# ArkaBooks/Rendering/Bank+Rendering.swift:61
en: No statement lines: import a statement with arka bank import.
sq: Nuk ka rreshta ekstrakti: importoni një ekstrakt me arka bank import.

# ArkaBooks/Rendering/Bank+Rendering.swift:67
en: (reversed)
sq: (stornuar)

# ArkaBooks/Rendering/Bank+Rendering.swift:68
en: Line {1} is matched to {2}, which {3} reversed: undo the match (arka bank match --undo {4}) and match it again.
sq: Rreshti {1} është përputhur me {2}, të cilin e stornoi {3}: anuloni përputhjen (arka bank match --undo {4}) dhe përputheni përsëri.

# ArkaBooks/Rendering/Bank+Rendering.swift:94
en: No cash counts: count the till with arka cash count.
sq: Nuk ka numërime të arkës: numëroni arkën me arka cash count.

# ArkaBooks/Rendering/Bank+Rendering.swift:147
en: The count of {1} on {2}: the books still have {3} for that day
sq: Numërimi i datës {1} në llogarinë {2}: librat kanë ende {3} për atë ditë

# ArkaBooks/Rendering/Bank+Rendering.swift:148
en: The count of {1} on {2} no longer holds: the books now have {3} for that day against {4} then
sq: Numërimi i datës {1} në llogarinë {2} nuk qëndron më: librat tani kanë {3} për atë ditë kundrejt {4} atëherë

# ArkaBooks/Rendering/Bank+Rendering.swift:149
en: ; written after the count: {1}
sq: ; regjistruar pas numërimit: {1}

# ArkaBooks/Rendering/Bank+Rendering.swift:150
en: ; its difference entry was reversed by {1}
sq: ; regjistrimi i diferencës së tij u stornua nga {1}

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:121
en: heading {1}
sq: kapitulli {1}

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:136
en: Budget of {1}, as of {2}, in {3}
sq: Buxheti për {1}, më {2}, në {3}

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:136
en: Budget of {1}, all entries, in {2}
sq: Buxheti për {1}, të gjitha regjistrimet, në {2}

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:140
en: Agreements closed, and what their closure released from the commitments:
sq: Marrëveshjet e mbyllura dhe çfarë liroi mbyllja e tyre nga angazhimet:

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:142
en: {1} {2}: {3} {4}, {5} {6} released
sq: {1} {2}: {3} {4}, u liruan {5} {6}

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:145
en: No flags: every fund within its donor's rules (its template's flexibility and ceilings) and every line within its budget.
sq: Asnjë sinjalizim: çdo fond brenda rregullave të donatorit të tij (fleksibiliteti dhe tavanet e modelit të tij) dhe çdo zë buxhetor brenda buxhetit të tij.

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:146
en: Flags:
sq: Sinjalizime:

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:168
en: Expense as booked and as reported in {1}, period {2} to {3}:
sq: Shpenzimet siç janë regjistruar dhe siç raportohen në {1}, periudha nga {2} deri më {3}:

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:169
en: Expense as booked and as reported in {1}:
sq: Shpenzimet siç janë regjistruar dhe siç raportohen në {1}:

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:176
en: {1} ({2} months)
sq: {1} ({2} muaj)

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:179
en: Rates (units per 1 {1}):
sq: Kurset (njësi për 1 {1}):

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:8
en: Receipts from sales
sq: Arkëtime nga shitjet

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:9
en: Grant received
sq: Grant i marrë

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:10
en: Other receipts
sq: Arkëtime të tjera

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:11
en: Payments to suppliers
sq: Pagesa për furnitorët

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:12
en: Wages and contributions
sq: Paga dhe kontribute

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:13
en: Other payments
sq: Pagesa të tjera

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:25
en: Total
sq: Totali

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:28
en: Opening cash
sq: Paraja në fillim

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:29
en: Money in
sq: Hyrjet

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:31
en: Total money in
sq: Totali i hyrjeve

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:32
en: Money out
sq: Daljet

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:34
en: Total money out
sq: Totali i daljeve

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:35
en: Net cash flow
sq: Fluksi neto i parasë

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:36
en: Closing cash
sq: Paraja në fund

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:37
en: Cash in the books
sq: Paraja në libra

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:38
en: Cash is the accounts {1}.
sq: Paraja përfshin llogaritë {1}.

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:40
en: Closing cash agrees with the books every month.
sq: Paraja në fund përputhet me librat çdo muaj.

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:43
en: Closing cash DISAGREES with the books in {1}.
sq: Paraja në fund NUK përputhet me librat në {1}.

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:49
en: Cash flow of {1}, {2}
sq: Fluksi i parasë për {1}, {2}

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:50
en: Cash flow of {1}, {2}, {3}
sq: Fluksi i parasë për {1}, {2}, {3}

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:51
en: Cash flow of {1}, {2}, {3} to {4}
sq: Fluksi i parasë për {1}, {2}, {3} deri më {4}

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:57
en: {1} to {2}
sq: {1} deri më {2}

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:59
en: Profit and loss of {1}, {2}, {3}
sq: Fitimi dhe humbja për {1}, {2}, {3}

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:65
en: Sales (without VAT)
sq: Shitjet (pa TVSH)

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:66
en: Cost of sales
sq: Kostoja e shitjeve

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:67
en: Gross margin
sq: Marzhi bruto

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:68
en: Fixed costs
sq: Kostot fikse

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:69
en: Operating result
sq: Rezultati operativ

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:70
en: Grant and other income
sq: Granti dhe të ardhura të tjera

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:71
en: Result
sq: Rezultati

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:72
en: Gross margin: {1} % of sales.
sq: Marzhi bruto: {1} % e shitjeve.

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:72
en: Gross margin: no sales.
sq: Marzhi bruto: nuk ka shitje.

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:80
en: Balance sheet of {1} at {2}, {3}
sq: Bilanci për {1} më {2}, {3}

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:84
en: Assets
sq: Aktivet

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:86
en: Total assets
sq: Totali i aktiveve

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:87
en: Liabilities
sq: Detyrimet

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:89
en: Total liabilities
sq: Totali i detyrimeve

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:90
en: Equity
sq: Kapitali

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:92
en: Result to date
sq: Rezultati deri më sot

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:93
en: Total equity
sq: Totali i kapitalit

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:94
en: Total liabilities and equity
sq: Totali i detyrimeve dhe kapitalit

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:95
en: Assets equal liabilities and equity.
sq: Aktivet janë të barabarta me detyrimet dhe kapitalin.

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:95
en: Assets DO NOT equal liabilities and equity.
sq: Aktivet NUK janë të barabarta me detyrimet dhe kapitalin.

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:109
en: Sales in {1} (without VAT)
sq: Shitjet në {1} (pa TVSH)

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:110
en: Gross margin in {1}
sq: Marzhi bruto në {1}

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:111
en: Gross margin, % of sales
sq: Marzhi bruto, % e shitjeve

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:112
en: Gross margin over 1 month, % of sales
sq: Marzhi bruto për 1 muaj, % e shitjeve

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:112
en: Gross margin over {1} months, % of sales
sq: Marzhi bruto për {1} muaj, % e shitjeve

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:113
en: Fixed costs a month (average of {1})
sq: Kostot fikse në muaj (mesatare për {1} muaj)

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:114
en: Break-even sales a month
sq: Shitjet në pikën e barazimit, në muaj

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:114
en: none: no positive margin
sq: asnjë: nuk ka marzh pozitiv

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:115
en: Cash and bank at {1}
sq: Arka dhe banka më {1}

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:116
en: Money paid out a month (average of {1})
sq: Pagesat në muaj (mesatare për {1} muaj)

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:117
en: Months of cash left at that rate
sq: Muaj të mbuluar nga paraja me këtë ritëm

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:191
en: Indicators of {1}, {2}, {3}
sq: Treguesit për {1}, {2}, {3}

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:192
en: Sales (without VAT) by month, {1}
sq: Shitjet (pa TVSH) sipas muajve, {1}

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:193
en: Sales by product in {1} (takings with VAT)
sq: Shitjet sipas produktit në {1} (arkëtime me TVSH)

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:236
en: Charged without a line of the plan
sq: Shpenzuar jashtë zërave të planit

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:243
en: Received (tranches)
sq: Marrë (këste)

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:245
en: Unspent
sq: I pashpenzuar

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:246
en: Held in cash and bank for the grant
sq: Mbajtur në arkë dhe bankë për grantin

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:247
en: The unspent grant equals the grant's money held.
sq: Granti i pashpenzuar është i barabartë me paratë e grantit që mbahen.

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:247
en: The unspent grant DIFFERS from the grant's money held.
sq: Granti i pashpenzuar NDRYSHON nga paratë e grantit që mbahen.

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:248
en: Use of the start-up grant (fund {1}, {2}) at {3}, {4}
sq: Përdorimi i grantit fillestar (fondi {1}, {2}) më {3}, {4}

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:283
en: Sales by product, {1}, {2} with VAT
sq: Shitjet sipas produktit, {1}, {2} me TVSH

# ArkaBooks/Rendering/EntryDetail+Rendering.swift:14
en: Entry {1} (#{2}), {3}: {4}
sq: Regjistrimi {1} (#{2}), {3}: {4}

# ArkaBooks/Rendering/EntryDetail+Rendering.swift:15
en: Counterparty: {1}
sq: Pala: {1}

# ArkaBooks/Rendering/EntryDetail+Rendering.swift:16
en: Documents: none
sq: Dokumentet: asnjë

# ArkaBooks/Rendering/EntryDetail+Rendering.swift:16
en: Documents: {1}
sq: Dokumentet: {1}

# ArkaBooks/Rendering/EntryDetail+Rendering.swift:17
en: Posted by {1} at {2}
sq: Regjistruar nga {1} më {2}

# ArkaBooks/Rendering/EntryDetail+Rendering.swift:18
en: Reverses {1}: {2}
sq: Stornon {1}: {2}

# ArkaBooks/Rendering/EntryDetail+Rendering.swift:19
en: Reversed by: {1}
sq: Stornuar nga: {1}

# ArkaBooks/Rendering/EntryDetail+Rendering.swift:19
en: Reversed by: not reversed
sq: Stornuar nga: nuk është stornuar

# ArkaBooks/Rendering/EntryDetail+Rendering.swift:20
en: Hash: {1}
sq: Hash: {1}

# ArkaBooks/Rendering/EntryDetail+Rendering.swift:20
en: Previous hash: {1}
sq: Hash-i i mëparshëm: {1}

# ArkaBooks/Rendering/EntryDetail+Rendering.swift:36
en: Registers resting on it:
sq: Regjistrat që mbështeten në të:

# ArkaBooks/Rendering/EntryDetail+Rendering.swift:38
en: none.
sq: asnjë.
"""#
}
