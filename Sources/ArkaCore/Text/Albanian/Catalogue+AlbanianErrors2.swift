extension Catalogue {
    /// Error sentences, part 2.
    static let albanianErrors2 = #"""
# ArkaBooks/Engine/Ledger+Grants.swift:280
en: Consumed
sq: Konsumuar

# ArkaBooks/Engine/Ledger+Grants.swift:280
en: Open
sq: Hapur

# ArkaBooks/Engine/Ledger+Grants.swift:280
en: Status
sq: Gjendja

# ArkaBooks/Engine/Ledger+PostFile.swift:68
en: entry {1} appears again after other entries; keep an entry's rows together, or give each entry its own id
sq: regjistrimi {1} shfaqet sërish pas regjistrimeve të tjera; mbajini bashkë rreshtat e një regjistrimi, ose jepini çdo regjistrimi id-në e vet

# ArkaBooks/Engine/Ledger+PostFile.swift:269
en: every row names its entry
sq: çdo rresht duhet të emërtojë regjistrimin e vet

# ArkaBooks/Engine/Ledger+PostFile.swift:293
en: a posting in the base currency {1} takes no rate
sq: një rresht regjistrimi në monedhën bazë {1} nuk merr kurs

# ArkaBooks/Engine/Ledger+PostFile.swift:318
en: entry {1} has {2} "{3}" on line {4}; its rows must agree (or leave it empty)
sq: regjistrimi {1} ka {2} "{3}" në rreshtin {4}; rreshtat e tij duhet të përputhen (ose lëreni bosh)

# ArkaBooks/Engine/Ledger+PostFile.swift:329
en: entry {1} has other documents on line {2}; its rows must agree (or leave it empty)
sq: regjistrimi {1} ka dokumente të tjera në rreshtin {2}; rreshtat e tij duhet të përputhen (ose lëreni bosh)

# ArkaBooks/Engine/Ledger+Snapshot.swift:79
en: a concurrent step ended without a result
sq: një hap paralel përfundoi pa rezultat

# ArkaBooks/Engine/Ledger+Structure.swift:37
en: the chart has an account with this code already
sq: plani kontabël ka tashmë një llogari me këtë kod

# ArkaBooks/Engine/Ledger+Structure.swift:48
en: account {1} has postings (from {2}): an account with postings cannot take accounts below it; add {3} beside it
sq: llogaria {1} ka rreshta regjistrimi (që nga {2}): një llogari me rreshta regjistrimi nuk mund të ketë llogari nën të; shtojeni {3} pranë saj

# ArkaBooks/Engine/Ledger+Structure.swift:52
en: account {1} was closed on {2}
sq: llogaria {1} u mbyll më {2}

# ArkaBooks/Engine/Ledger+Structure.swift:86
en: no such account in the chart of accounts
sq: nuk ka llogari të tillë në planin kontabël

# ArkaBooks/Engine/Ledger+Structure.swift:89
en: account {1} was closed already, on {2}
sq: llogaria {1} është mbyllur tashmë, më {2}

# ArkaBooks/Engine/Ledger+Structure.swift:98
en: account {1} has a posting dated {2}: close it after its last posting
sq: llogaria {1} ka një rresht regjistrimi me datë {2}: mbylleni pas rreshtit të saj të fundit të regjistrimit

# ArkaBooks/Engine/Ledger+Structure.swift:105
en: account {1} holds {2} {3} on {4}: move the balance to the account that replaces it, then close it
sq: llogaria {1} ka {2} {3} më {4}: kalojeni saldon në llogarinë që e zëvendëson, pastaj mbylleni

# ArkaBooks/Engine/Ledger+Structure.swift:141
en: the ledger has a fund with this code already
sq: libri kontabël ka tashmë një fond me këtë kod

# ArkaBooks/Engine/Ledger+Structure.swift:168
en: fund {1} has a budget line {2} already; move money to it with arka budget revise
sq: fondi {1} ka tashmë zërin buxhetor {2}; kaloni para në të me arka budget revise

# ArkaBooks/Engine/Ledger+Structure.swift:208
en: a change of the books' structure needs a reason, for the audit trail
sq: një ndryshim i strukturës së librave kërkon një arsye, për gjurmën e auditimit

# ArkaBooks/Engine/Ledger+Write.swift:83
en: {1} was counted on {2}; a write dated {3} would change that count: date it later, or mark it --after-count
sq: {1} u numërua më {2}; një regjistrim me datë {3} do ta ndryshonte atë numërim: jepini një datë më të vonë, ose shënojeni me --after-count

# ArkaBooks/Engine/Ledger.swift:189
en: a reversal needs a reason, for the audit trail
sq: një stornim kërkon një arsye, për gjurmën e auditimit

# ArkaBooks/Engine/Ledger.swift:225
en: the ledger has no import batch with this number
sq: libri kontabël nuk ka paketë importi me këtë numër

# ArkaBooks/Engine/Ledger.swift:248
en: every entry of batch #{1} was reversed already ({2})
sq: çdo regjistrim i paketës #{1} është stornuar tashmë ({2})

# ArkaBooks/Engine/Ledger.swift:265
en: entry {1} is itself the reversal of {2}; post the original again instead
sq: regjistrimi {1} është vetë stornimi i {2}; në vend të kësaj, regjistroni sërish origjinalin

# ArkaBooks/Engine/Ledger.swift:269
en: entry {1} was reversed already by {2}
sq: regjistrimi {1} është stornuar tashmë nga {2}

# ArkaBooks/Engine/Ledger.swift:275
en: a reversal of {1} cannot be dated before the entry it reverses ({2})
sq: stornimi i {1} nuk mund të ketë datë para regjistrimit që stornon ({2})

# ArkaBooks/Engine/Ledger.swift:305
en: {1} is closed already
sq: muaji {1} është mbyllur tashmë

# ArkaBooks/Engine/Ledger.swift:305
en: {1} is closed already: the books are closed through {2}
sq: muaji {1} është mbyllur tashmë: librat janë mbyllur deri në {2}

# ArkaBooks/Engine/Ledger.swift:310
en: {1} has not ended yet: it can be closed from {2}
sq: muaji {1} nuk ka mbaruar ende: mund të mbyllet nga {2} e tutje

# ArkaBooks/Engine/Ledger.swift:315
en: the books hold no entries yet: a month is closed once its entries are in
sq: librat nuk kanë ende regjistrime: një muaj mbyllet pasi të jenë futur regjistrimet e tij

# ArkaBooks/Engine/Ledger.swift:319
en: the books reach {1} only: a month is closed once its entries are in
sq: librat arrijnë vetëm deri në {1}: një muaj mbyllet pasi të jenë futur regjistrimet e tij

# ArkaBooks/Engine/Ledger.swift:350
en: {1} cannot be closed yet: its donor reports need a rate for {2}, and a closed month takes none; add it with `arka rates add --reporting`, then close
sq: muaji {1} nuk mund të mbyllet ende: raportet e tij për donatorin kërkojnë një kurs për {2}, dhe një muaj i mbyllur nuk pranon më kurse; shtojeni me `arka rates add --reporting`, pastaj mbylleni

# ArkaBooks/Engine/ReversalChecks.swift:31
en: item {1} bought by {2} was handed over by {3}: take it back first (`arka equipment return`), then reverse the purchase
sq: sendi {1} i blerë me {2} u dorëzua me {3}: merreni mbrapsht më parë (`arka equipment return`), pastaj stornoni blerjen

# ArkaBooks/Engine/ReversalChecks.swift:44
en: item {1} of {2} was returned to stock by {3}: return the other items (`arka equipment return`) instead
sq: sendi {1} i {2} u kthye në stok me {3}: në vend të kësaj, ktheni sendet e tjera (`arka equipment return`)

# ArkaBooks/Engine/ReversalChecks.swift:56
en: item {1} returned by {2} was handed over again by {3}: reverse that handover first
sq: sendi {1} i kthyer me {2} u dorëzua sërish me {3}: stornoni më parë atë dorëzim

# ArkaBooks/Export/OutputFile.swift:56
en: the output is a symbolic link to something that is not a regular file; --force follows only a link to a file
sq: skedari i daljes është lidhje simbolike drejt diçkaje që nuk është skedar i zakonshëm; --force ndjek vetëm një lidhje drejt një skedari

# ArkaBooks/Export/OutputFile.swift:61
en: {1}; the export writes only a new file or replaces {2}
sq: {1}; eksporti shkruan vetëm një skedar të ri ose zëvendëson {2}

# ArkaBooks/Export/OutputFile.swift:69
en: the folder of the output file does not exist
sq: dosja e skedarit të daljes nuk ekziston

# ArkaBooks/Export/OutputFile.swift:117
en: cannot open the workbook to mark it as arka's
sq: libri i punës nuk mund të hapet për ta shënuar si skedar i arka-s

# ArkaBooks/Export/OutputFile.swift:122
en: the workbook is too short to be a ZIP archive
sq: libri i punës është shumë i shkurtër për të qenë arkiv ZIP

# ArkaBooks/Export/OutputFile.swift:126
en: the workbook does not end with a ZIP archive's end record
sq: libri i punës nuk mbaron me rekordin fundor të një arkivi ZIP

# ArkaBooks/Export/OutputFile.swift:134
en: cannot mark the workbook as arka's: {1}
sq: libri i punës nuk mund të shënohet si skedar i arka-s: {1}

# ArkaBooks/Export/TextSink.swift:43
en: cannot write the file: {1}
sq: skedari nuk mund të shkruhet: {1}

# ArkaBooks/Export/TextSink.swift:87
en: cannot finish the file: {1}
sq: skedari nuk mund të përfundohet: {1}

# ArkaBooks/Export/TextSink.swift:94
en: cannot move the finished file into place: {1}
sq: skedari i përfunduar nuk mund të zhvendoset në vendin e tij: {1}

# ArkaBooks/Rendering/Bank+Rendering.swift:59
en: Balance
sq: Saldo

# ArkaBooks/Rendering/Bank+Rendering.swift:59
en: Entry
sq: Regjistrimi

# ArkaBooks/Rendering/Bank+Rendering.swift:59
en: How
sq: Mënyra

# ArkaBooks/Rendering/Bank+Rendering.swift:92
en: Account
sq: Llogaria

# ArkaBooks/Rendering/Bank+Rendering.swift:92
en: Books
sq: Librat

# ArkaBooks/Rendering/Bank+Rendering.swift:92
en: Counted
sq: Numëruar

# ArkaBooks/Rendering/Bank+Rendering.swift:92
en: Difference
sq: Diferenca

# ArkaBooks/Rendering/Bank+Rendering.swift:92
en: Note
sq: Shënim

# ArkaBooks/Rendering/Bank+Rendering.swift:131
en: Books now
sq: Librat tani

# ArkaBooks/Rendering/Bank+Rendering.swift:131
en: Difference now
sq: Diferenca tani

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:111
en: Fund
sq: Fondi

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:111
en: Budget
sq: Buxheti

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:111
en: Committed
sq: Angazhuar

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:111
en: Spent
sq: Shpenzuar

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:112
en: Available
sq: Në dispozicion

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:112
en: Executed
sq: Ekzekutuar

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:159
en: Conversion
sq: Konvertimi

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:159
en: Booked
sq: Regjistruar

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:159
en: Eligible
sq: E pranueshme

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:159
en: Ineligible
sq: E papranueshme

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:172
en: Currency
sq: Monedha

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:172
en: Rule
sq: Rregulli

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:172
en: Rate
sq: Kursi

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:172
en: Period
sq: Periudha

# ArkaBooks/Rendering/BudgetReport+Rendering.swift:172
en: Source
sq: Burimi

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:179
en: Indicator
sq: Treguesi

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:179
en: Value
sq: Vlera

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:181
en: Month
sq: Muaji

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:181
en: Sales
sq: Shitjet

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:183
en: Product
sq: Produkti

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:183
en: Name
sq: Emri

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:183
en: Quantity
sq: Sasia

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:183
en: Unit
sq: Njësia

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:183
en: Takings
sq: Arkëtimet

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:183
en: Share %
sq: Pjesa %

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:228
en: Business-plan line
sq: Zëri i planit të biznesit

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:228
en: Remaining
sq: Mbetur

# ArkaBooks/Rendering/BusinessReports+Rendering.swift:228
en: Used %
sq: Përdorur %

# ArkaBooks/Rendering/EntryDetail+Rendering.swift:23
en: Base ({1})
sq: Baza ({1})

# ArkaBooks/Rendering/EntryDetail+Rendering.swift:23
en: Memo
sq: Koment

# ArkaBooks/Rendering/FundPosition+Rendering.swift:69
en: Cash held
sq: Para në dorë

# ArkaBooks/Rendering/GeneralLedger+Rendering.swift:25
en: Debit
sq: Debi

# ArkaBooks/Rendering/GeneralLedger+Rendering.swift:25
en: Credit
sq: Kredi

# ArkaBooks/Rendering/RateList+Rendering.swift:13
en: Kind
sq: Lloji

# ArkaBooks/Rendering/Register+Rendering.swift:131
en: Counterparty
sq: Pala

# ArkaBooks/Rendering/Register+Rendering.swift:131
en: Postings found
sq: Rreshtat e gjetur

# ArkaBooks/Rendering/ScoringOutcome+Rendering.swift:275
en: Rank
sq: Renditja

# ArkaBooks/Rendering/ScoringOutcome+Rendering.swift:275
en: Application
sq: Aplikimi

# ArkaBooks/Rendering/ScoringOutcome+Rendering.swift:275
en: Applicant
sq: Aplikanti

# ArkaBooks/Rendering/ScoringOutcome+Rendering.swift:275
en: Points
sq: Pikë

# ArkaBooks/Rendering/ScoringOutcome+Rendering.swift:275
en: Decision
sq: Vendimi

# ArkaBooks/Rendering/ScoringOutcome+Rendering.swift:276
en: Awarded
sq: Akorduar

# ArkaBooks/Rendering/ScoringOutcome+Rendering.swift:276
en: Reason
sq: Arsyeja

# ArkaBooks/Rendering/Stock+Rendering.swift:34
en: On hand
sq: Në stok

# ArkaBooks/Rendering/Stock+Rendering.swift:34
en: Unit cost
sq: Kosto për njësi

# ArkaBooks/Rendering/Summaries+Rendering.swift:46
en: Debits
sq: Debi

# ArkaBooks/Rendering/Summaries+Rendering.swift:46
en: Credits
sq: Kredi

# ArkaBooks/Rendering/Summaries+Rendering.swift:208
en: Batch
sq: Paketa

# ArkaBooks/Rendering/Summaries+Rendering.swift:208
en: File
sq: Skedari

# ArkaBooks/Rendering/Summaries+Rendering.swift:208
en: Entries
sq: Regjistrime

# ArkaBooks/Rendering/Summaries+Rendering.swift:208
en: Reversed
sq: Stornuar

# ArkaBooks/Rendering/Summaries+Rendering.swift:208
en: By
sq: Përdoruesi

# ArkaBooks/Rendering/Summaries+Rendering.swift:208
en: At
sq: Koha

# ArkaBooks/Rendering/Summaries+Rendering.swift:250
en: Change
sq: Ndryshimi

# ArkaBooks/Rendering/Summaries+Rendering.swift:250
en: From
sq: Nga

# ArkaBooks/Rendering/Summaries+Rendering.swift:250
en: What
sq: Çfarë

# ArkaBooks/Rendering/Summaries+Rendering.swift:250
en: Why
sq: Pse

# ArkaBooks/Rendering/ThirdPartyRegister+Rendering.swift:26
en: Call
sq: Thirrja

# ArkaBooks/Rendering/ThirdPartyRegister+Rendering.swift:26
en: Score
sq: Pikët

# ArkaBooks/Rendering/ThirdPartyRegister+Rendering.swift:27
en: Given
sq: Dhënë

# ArkaBooks/Rendering/ThirdPartyRegister+Rendering.swift:27
en: Given {1}
sq: Dhënë {1}

# ArkaBooks/Rendering/ThirdPartyRegister+Rendering.swift:27
en: Running total
sq: Totali kumulativ

# ArkaBooks/Rendering/ThirdPartyRegister+Rendering.swift:28
en: Handover
sq: Dorëzimi

# ArkaBooks/Reports/BudgetReport.swift:116
en: no such fund in the ledger
sq: nuk ka fond të tillë në librin kontabël

# ArkaBooks/Reports/BudgetReport.swift:119
en: a revision moves budget between two different lines
sq: një rishikim kalon buxhet midis dy zërave të ndryshëm

# ArkaBooks/Reports/BudgetReport.swift:122
en: a revision moves a positive amount
sq: një rishikim kalon një shumë pozitive

# ArkaBooks/Reports/BudgetReport.swift:126
en: a revision needs its reason
sq: një rishikim kërkon arsyen e tij

# ArkaBooks/Reports/BudgetReport.swift:129
en: a revision needs the reference of its notice or addendum
sq: një rishikim kërkon referencën e njoftimit ose të shtojcës së tij

# ArkaBooks/Reports/BudgetReport.swift:134
en: the budget of {1} is in {2}
sq: buxheti i {1} është në {2}

# ArkaBooks/Reports/BudgetReport.swift:156
en: the budget of {1} is in {2} but reports are made in {3} (reporting_currency)
sq: buxheti i {1} është në {2}, por raportet bëhen në {3} (reporting_currency)

# ArkaBooks/Reports/BudgetReport.swift:185
en: a report date is needed to convert {1} to {2}
sq: duhet një datë raporti për të konvertuar {1} në {2}

# ArkaBooks/Reports/BudgetReport.swift:324
en: authority is notice or addendum
sq: authority është notice ose addendum

# ArkaBooks/Reports/FundPosition.swift:145
en: no {1} rate for {2} to convert the commitment of agreement {3}
sq: nuk ka kurs {1} për {2} për të konvertuar angazhimin e marrëveshjes {3}

# ArkaBooks/Reports/LedgerDigest.swift:73
en: cannot read the digest
sq: përmbledhja nuk mund të lexohet

# ArkaBooks/Reports/LedgerDigest.swift:76
en: the digest is not UTF-8 text
sq: përmbledhja nuk është tekst UTF-8

# ArkaBooks/Reports/LedgerDigest.swift:87
en: not a digest written by arka digest (its first line is not "{1}")
sq: nuk është përmbledhje e shkruar nga arka digest (rreshti i saj i parë nuk është "{1}")

# ArkaBooks/Reports/LedgerDigest.swift:103
en: the digest has no {1} line
sq: përmbledhja nuk ka rresht {1}

# ArkaBooks/Reports/LedgerDigest.swift:110
en: not a count
sq: nuk është numër

# ArkaBooks/Reports/LedgerDigest.swift:117
en: not a SHA-256 hash (64 hexadecimal digits)
sq: nuk është hash SHA-256 (64 shifra heksadecimale)

# ArkaBooks/Reports/PostingFilter.swift:60
en: an amount range compares sizes: give a bound of 0 or more
sq: një interval shumash krahason madhësi: jepni një kufi 0 ose më shumë

# ArkaBooks/Reports/PostingFilter.swift:67
en: the smallest amount is above the largest ({1})
sq: shuma më e vogël është mbi më të madhen ({1})

# ArkaBooks/Scoring/PseudonymKey.swift:49
en: name the key file
sq: emërtoni skedarin e çelësit

# ArkaBooks/Scoring/PseudonymKey.swift:67
en: no HOME to keep the pseudonym key in: name a key file with --key-file PATH or give the key in ARKA_PSEUDONYM_KEY
sq: nuk ka HOME ku të mbahet çelësi i pseudonimeve: emërtoni një skedar çelësi me --key-file PATH ose jepni çelësin në ARKA_PSEUDONYM_KEY

# ArkaBooks/Scoring/PseudonymKey.swift:86
en: cannot read the pseudonym key file: {1}
sq: skedari i çelësit të pseudonimeve nuk mund të lexohet: {1}

# ArkaBooks/Scoring/PseudonymKey.swift:89
en: the pseudonym key file is not a regular file
sq: skedari i çelësit të pseudonimeve nuk është skedar i zakonshëm

# ArkaBooks/Scoring/PseudonymKey.swift:94
en: this is not a pseudonym key file: a key file holds {1} hexadecimal digits on one line
sq: ky nuk është skedar çelësi pseudonimesh: një skedar çelësi përmban {1} shifra heksadecimale në një rresht

# ArkaBooks/Scoring/PseudonymKey.swift:125
en: cannot make the folder for the pseudonym key file
sq: dosja për skedarin e çelësit të pseudonimeve nuk mund të krijohet

# ArkaBooks/Scoring/PseudonymKey.swift:132
en: cannot {1} the pseudonym key file: {2}
sq: veprimi {1} dështoi për skedarin e çelësit të pseudonimeve: {2}

# ArkaBooks/Scoring/ScoringFiles.swift:52
en: the grid is not UTF-8 text
sq: tabela e vlerësimit nuk është tekst UTF-8

# ArkaBooks/Scoring/ScoringFiles.swift:159
en: cannot read the file
sq: skedari nuk mund të lexohet

# ArkaBooks/Scoring/ScoringFiles.swift:170
en: the file is empty; its first line names the columns
sq: skedari është bosh; rreshti i parë duhet të emërtojë kolonat

# ArkaCLI/Commands/Equipment.swift:166
en: name the items to take back
sq: emërtoni sendet që do të merren mbrapsht

# ArkaCLI/Commands/Grant.swift:59
en: write the amount sent and its currency, like "6000.00 EUR"
sq: shkruani shumën e dërguar dhe monedhën e saj, si "6000.00 EUR"

# ArkaCLI/Commands/Report.swift:42
en: the books have no entries yet; name a --month
sq: librat nuk kanë ende regjistrime; jepni një --month

# ArkaCLI/Commands/Sale.swift:62
en: an item is PRODUCT:QUANTITY or PRODUCT:QUANTITY@PRICE, like BUKE:40
sq: një send shkruhet PRODUCT:QUANTITY ose PRODUCT:QUANTITY@PRICE, si BUKE:40

# ArkaCLI/Options/TextOptions.swift:61
en: not UTF-8 text; save or type it as UTF-8
sq: nuk është tekst UTF-8; ruajeni ose shkruajeni si UTF-8

# ArkaCLI/Options/TextOptions.swift:65
en: not UTF-8 text; set it as UTF-8
sq: nuk është tekst UTF-8; vendoseni si UTF-8

# ArkaCore/Budget/BudgetAssessment.swift:142
en: line {1} of {2} holds {3} on {4}; it cannot give {5}
sq: zëri {1} i {2} ka {3} më {4}; nuk mund të japë {5}

# ArkaCore/Business/BankStatement.swift:38
en: the balance should be {1}: {2} on the line before plus {3}; the statement is incomplete or altered
sq: saldo duhet të jetë {1}: {2} në rreshtin e mëparshëm plus {3}; ekstrakti është i paplotë ose i ndryshuar

# ArkaCore/Business/BusinessProfile.swift:101
en: the payment method is cash, bank or card
sq: mënyra e pagesës është cash, bank ose card

# ArkaCore/Business/Expense.swift:55
en: an expense is a positive amount (a refund is its own entry)
sq: një shpenzim është shumë pozitive (një rimbursim është regjistrim më vete)

# ArkaCore/Business/Expense.swift:58
en: a NIPT is a letter, eight digits and a letter, like K12345678A
sq: NIPT-i është një shkronjë, tetë shifra dhe një shkronjë, si K12345678A

# ArkaCore/Business/Quantity.swift:21
en: a quantity is a positive number, like 12 or 1.25
sq: sasia është numër pozitiv, si 12 ose 1.25

# ArkaCore/Business/Quantity.swift:25
en: a quantity must be greater than zero (a refund is its own entry)
sq: sasia duhet të jetë më e madhe se zero (një rimbursim është regjistrim më vete)

# ArkaCore/Business/Quantity.swift:28
en: a quantity takes at most {1} decimals
sq: sasia merr të shumtën {1} shifra dhjetore
"""#
}
