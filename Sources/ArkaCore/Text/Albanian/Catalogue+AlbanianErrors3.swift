extension Catalogue {
    /// Error sentences, part 3.
    static let albanianErrors3 = #"""
# ArkaCore/Business/Quantity.swift:34
en: a quantity is at most 1000000000
sq: sasia është e shumta 1000000000

# ArkaCore/Business/Sale.swift:113
en: a sale needs at least one product line
sq: një shitje duhet të ketë të paktën një rresht produkti

# ArkaCore/Business/Sale.swift:129
en: prices are in the ledger's currency {1}
sq: çmimet jepen në monedhën e librit kontabël, {1}

# ArkaCore/Business/Sale.swift:141
en: product {1} is kept in stock, but business.yaml names no stock and cost_of_goods accounts
sq: produkti {1} mbahet në stok, por business.yaml nuk përcakton llogaritë stock dhe cost_of_goods

# ArkaCore/Business/Sale.swift:161
en: business.yaml sets a VAT rate but no vat_account
sq: business.yaml përcakton një normë TVSH-je, por jo vat_account

# ArkaCore/Business/Stock.swift:9
en: goods are paid from cash or bank, or bought on the supplier's credit (supplier)
sq: mallrat paguhen nga arka (cash) ose banka (bank), ose blihen me kredi nga furnitori (supplier)

# ArkaCore/Business/Stock.swift:22
en: goods bought on credit need the suppliers account in business.yaml (suppliers: "4010")
sq: mallrat e blera me kredi kërkojnë llogarinë suppliers në business.yaml (suppliers: "4010")

# ArkaCore/Business/Stock.swift:112
en: a purchase needs at least one product line
sq: një blerje duhet të ketë të paktën një rresht produkti

# ArkaCore/Business/Stock.swift:114
en: goods kept in stock need the stock and cost_of_goods accounts in business.yaml
sq: mallrat që mbahen në stok kërkojnë llogaritë stock dhe cost_of_goods në business.yaml

# ArkaCore/Business/Stock.swift:135
en: product {1} is not kept in stock (it has no unit_cost in products.csv); record it with arka expense add
sq: produkti {1} nuk mbahet në stok (nuk ka unit_cost në products.csv); regjistrojeni me arka expense add

# ArkaCore/Business/Stock.swift:139
en: a purchase line costs a positive amount in {1}
sq: një rresht blerjeje ka një kosto pozitive në {1}

# ArkaCore/Business/Stock.swift:216
en: a counted quantity is zero or a positive number with at most 3 decimals, like 46
sq: sasia e numëruar është zero ose një numër pozitiv me deri në 3 shifra dhjetore, p.sh. 46

# ArkaCore/Calendar/LedgerDate.swift:18
en: a date is written YYYY-MM-DD, like 2024-03-31
sq: data shkruhet YYYY-MM-DD, p.sh. 2024-03-31

# ArkaCore/Calendar/LedgerDate.swift:22
en: no such day in the calendar
sq: kjo ditë nuk ekziston në kalendar

# ArkaCore/Calendar/LedgerDate.swift:154
en: a month is written YYYY-MM, like 2024-03
sq: muaji shkruhet YYYY-MM, p.sh. 2024-03

# ArkaCore/Calendar/LedgerDate.swift:157
en: no such month in the calendar
sq: ky muaj nuk ekziston në kalendar

# ArkaCore/Calendar/PeriodLock.swift:68
en: today
sq: sot

# ArkaCore/Calendar/PeriodLock.swift:69
en: {1} is after today ({2}), surely a typo; if {3} is meant to be dated so, give --future
sq: {1} është pas datës së sotme ({2}), me siguri gabim shtypi; nëse {3} duhet vërtet të mbajë këtë datë, jepni --future

# ArkaCore/Calendar/PeriodLock.swift:70
en: {1} is after {2}, surely a typo; if {3} is meant to be dated so, give --future
sq: {1} është përtej kufirit të lejuar ({2}), me siguri gabim shtypi; nëse {3} duhet vërtet të mbajë këtë datë, jepni --future

# ArkaCore/Calendar/PeriodLock.swift:85
en: {1} is closed; date {2} in an open month, after {3}
sq: muaji {1} është i mbyllur; {2} duhet të mbajë një datë në një muaj të hapur, pas {3}

# ArkaCore/Calendar/PeriodLock.swift:86
en: {1} is closed (the books are closed through {2}); date {3} in an open month, after {4}
sq: muaji {1} është i mbyllur (librat janë mbyllur deri në {2} përfshirë); {3} duhet të mbajë një datë në një muaj të hapur, pas {4}

# ArkaCore/Chart/Account.swift:10
en: an account type is one of asset, liability, equity, income, expense
sq: lloji i llogarisë është një nga asset, liability, equity, income, expense

# ArkaCore/Chart/Account.swift:128
en: the fund's template, {1}, has no heading {2}: its headings are 1 to 6 (direct costs), 8 (indirect costs) and 10 (contingency reserve)
sq: modeli i fondit, {1}, nuk ka kapitullin {2}: kapitujt e tij janë 1 deri 6 (kosto direkte), 8 (kosto indirekte) dhe 10 (rezerva për të paparashikuarat)

# ArkaCore/Chart/Account.swift:133
en: under {1} a line is numbered after its heading ({2}.1, {3}.2, ...); line {4} is given heading {5}
sq: në modelin {1} një zë buxhetor numërohet sipas kapitullit të tij ({2}.1, {3}.2, ...); zërit {4} i është dhënë kapitulli {5}

# ArkaCore/Chart/Account.swift:143
en: the template is one of {1}
sq: modeli është një nga {1}

# ArkaCore/Chart/Account.swift:173
en: an empty report name; separate report names with ";"
sq: emër raporti bosh; ndajini emrat e raporteve me ";"

# ArkaCore/Chart/Account.swift:177
en: no such donor report; a fund may be reported in {1} (separated by ";")
sq: ky raport donatori nuk ekziston; një fond mund të raportohet në {1} (të ndarë me ";")

# ArkaCore/Chart/Account.swift:181
en: the report is named twice
sq: raporti është përmendur dy herë

# ArkaCore/Chart/Account.swift:230
en: {1} {2} at {3} is not the amount {4}
sq: {1} {2} me {3} për njësi nuk japin shumën {4}

# ArkaCore/Chart/ChartOfAccounts.swift:63
en: an account needs a code
sq: një llogari duhet të ketë kod

# ArkaCore/Chart/ChartOfAccounts.swift:66
en: an account code has no spaces or semicolons
sq: kodi i llogarisë nuk përmban hapësira ose pikëpresje

# ArkaCore/Chart/ChartOfAccounts.swift:69
en: the account code appears twice in the chart
sq: kodi i llogarisë shfaqet dy herë në planin kontabël

# ArkaCore/Chart/ChartOfAccounts.swift:82
en: account {1} names a parent that is not in the chart
sq: llogaria {1} tregon një llogari mëmë që nuk është në planin kontabël

# ArkaCore/Chart/ChartOfAccounts.swift:86
en: account {1} is {2} but its parent {3} is {4}
sq: llogaria {1} është {2}, por llogaria mëmë {3} është {4}

# ArkaCore/Chart/ChartOfAccounts.swift:93
en: account {1} is its own ancestor
sq: llogaria {1} është paraardhëse e vetvetes

# ArkaCore/Errors/FileProblem.swift:13
en: the disk is full; free some space and run the command again
sq: disku është plot; lironi pak hapësirë dhe ekzekutoni sërish komandën

# ArkaCore/Errors/FileProblem.swift:14
en: the folder is on a read-only medium; choose a folder you can write to
sq: dosja ndodhet në një mjet ruajtjeje vetëm për lexim; zgjidhni një dosje ku mund të shkruani

# ArkaCore/Errors/FileProblem.swift:15
en: the folder is not open to you for writing; choose a folder you can write to, or get write access to it
sq: nuk keni leje shkrimi në këtë dosje; zgjidhni një dosje ku mund të shkruani, ose merrni leje shkrimi për të

# ArkaCore/Errors/FileProblem.swift:16
en: its folder does not exist; create the folder first
sq: dosja e skedarit nuk ekziston; krijoni fillimisht dosjen

# ArkaCore/Errors/FileProblem.swift:17
en: the disk failed; check it and run the command again
sq: disku dështoi; kontrollojeni dhe ekzekutoni sërish komandën

# ArkaCore/Errors/FileProblem.swift:18
en: {1}; check the folder and run the command again
sq: {1}; kontrolloni dosjen dhe ekzekutoni sërish komandën

# ArkaCore/Errors/TextLimit+Rule.swift:117
en: the text holds the control character {1} at character {2}; a text may hold tabs, and line breaks in a description, memo, note or reason, but no other control character
sq: teksti përmban karakterin e kontrollit {1} në pozicionin {2}; një tekst mund të përmbajë tabulime, si dhe ndërprerje rreshti në një përshkrim, memo, shënim ose arsye, por asnjë karakter tjetër kontrolli

# ArkaCore/Errors/TextLimit+Rule.swift:122
en: {1} is one line, but this one holds a line break at character {2}
sq: {1} shkruhet në një rresht të vetëm, por ky tekst përmban një ndërprerje rreshti në pozicionin {2}

# ArkaCore/Errors/TextLimit+Rule.swift:124
en: the text is not UTF-8; save the file as UTF-8
sq: teksti nuk është UTF-8; ruajeni skedarin si UTF-8

# ArkaCore/Errors/TextLimit+Rule.swift:215
en: the file is not UTF-8 text: the byte 0x{1} at character {2} of the line is not a character; save the file as UTF-8
sq: skedari nuk është tekst UTF-8: bajti 0x{1} në pozicionin {2} të rreshtit nuk është karakter; ruajeni skedarin si UTF-8

# ArkaCore/Errors/TextLimit+Rule.swift:218
en: the line holds the control character {1} at character {2}; a text may hold tabs and line breaks, but no other control character
sq: rreshti përmban karakterin e kontrollit {1} në pozicionin {2}; një tekst mund të përmbajë tabulime dhe ndërprerje rreshti, por asnjë karakter tjetër kontrolli

# ArkaCore/Errors/TextLimit.swift:67
en: a code
sq: një kod

# ArkaCore/Errors/TextLimit.swift:68
en: a name
sq: një emër

# ArkaCore/Errors/TextLimit.swift:69
en: a reference
sq: një referencë

# ArkaCore/Errors/TextLimit.swift:70
en: a description, memo, note or reason
sq: një përshkrim, memo, shënim ose arsye

# ArkaCore/Errors/TextLimit.swift:71
en: a file path
sq: një shteg skedari

# ArkaCore/Errors/TextLimit.swift:78
en: ; keep a longer text in a document and name it in the entry
sq: ; mbajeni tekstin më të gjatë në një dokument dhe përmendeni atë në regjistrim

# ArkaCore/Errors/TextLimit.swift:79
en: ; a code names a sheet or a column and is typed again in other files
sq: ; një kod emërton një fletë ose një kolonë dhe shkruhet sërish në skedarë të tjerë

# ArkaCore/Errors/TextLimit.swift:171
en: {1} holds at most {2} characters; this one has {3}{4}
sq: {1} ka të shumtën {2} karaktere; ky tekst ka {3}{4}

# ArkaCore/Grants/EquipmentItem.swift:48
en: item {1} bought for handover must cost more than zero (a refund is the reversal of its purchase)
sq: sendi {1} i blerë për dorëzim duhet të kushtojë më shumë se zero (një rimbursim është stornimi i blerjes së tij)

# ArkaCore/Grants/EquipmentItem.swift:128
en: {1} is paid in cash: disburse tranches instead of handing items over
sq: skema {1} paguhet në para: disbursoni këste në vend që të dorëzoni sende

# ArkaCore/Grants/EquipmentItem.swift:134
en: the item is listed twice in one handover
sq: sendi shfaqet dy herë në të njëjtin dorëzim

# ArkaCore/Grants/EquipmentItem.swift:138
en: item {1} was handed over on {2} under {3} (protocol {4})
sq: sendi {1} u dorëzua më {2} sipas marrëveshjes {3} (procesverbali {4})

# ArkaCore/Grants/EquipmentItem.swift:143
en: item {1} is not in stock: its purchase {2} was reversed by {3}
sq: sendi {1} nuk është në stok: blerja e tij {2} u stornua me {3}

# ArkaCore/Grants/EquipmentItem.swift:147
en: item {1} was bought on {2}
sq: sendi {1} u ble më {2}

# ArkaCore/Grants/EquipmentItem.swift:152
en: the action ended on {1}; a handover after it needs the explicit after-end flag
sq: projekti përfundoi më {1}; një dorëzim pas kësaj date kërkon shprehimisht opsionin after-end

# ArkaCore/Grants/EquipmentItem.swift:160
en: the item's cost is in {1}, but the agreement is in {2}; an in-kind agreement is stated in the currency the books keep the items' cost in
sq: kostoja e sendit është në {1}, por marrëveshja është në {2}; një marrëveshje në natyrë shprehet në monedhën në të cilën librat mbajnë koston e sendeve

# ArkaCore/Grants/GrantRules.swift:65
en: the scheme {1} is in {2}
sq: skema {1} është në {2}

# ArkaCore/Grants/GrantRules.swift:72
en: an agreement grants a positive amount
sq: një marrëveshje jep një shumë pozitive

# ArkaCore/Grants/GrantRules.swift:82
en: recipient {1} would receive {2} under {3}, above its maximum of {4} per recipient
sq: përfituesi {1} do të merrte {2} sipas skemës {3}, mbi maksimumin e saj prej {4} për përfitues

# ArkaCore/Grants/GrantRules.swift:92
en: {1} grants at least {2} per recipient; {3} would receive {4}
sq: skema {1} jep të paktën {2} për përfitues; {3} do të merrte {4}

# ArkaCore/Grants/GrantRules.swift:104
en: recipient {1} would receive {2} in all, above the cap of {3} per recipient
sq: përfituesi {1} do të merrte gjithsej {2}, mbi tavanin prej {3} për përfitues

# ArkaCore/Grants/GrantRules.swift:114
en: the agreements of {1} would commit {2}, above its envelope of {3}
sq: marrëveshjet e skemës {1} do të angazhonin {2}, mbi fondin e saj të disponueshëm prej {3}

# ArkaCore/Grants/GrantRules.swift:123
en: the ledger already has an agreement with this number
sq: libri kontabël ka tashmë një marrëveshje me këtë numër

# ArkaCore/Grants/GrantRules.swift:139
en: the amount must be positive
sq: shuma duhet të jetë pozitive

# ArkaCore/Grants/GrantRules.swift:145
en: agreement {1} has {2} left of {3}; {4} is beyond it
sq: marrëveshjes {1} i kanë mbetur {2} nga {3}; {4} e tejkalon këtë

# ArkaCore/Journal/Balancing.swift:60
en: entry {1} does not balance: its {2} postings sum to {3}, not zero
sq: regjistrimi {1} nuk është i balancuar: rreshtat e tij në {2} japin shumën {3}, jo zero

# ArkaCore/Journal/Balancing.swift:66
en: entry {1} does not balance: converted to {2} its postings sum to {3}, not zero (a rate is units of the posting's currency per 1 {4})
sq: regjistrimi {1} nuk është i balancuar: të konvertuar në {2}, rreshtat e tij japin shumën {3}, jo zero (kursi shprehet në njësi të monedhës së rreshtit për 1 {4})

# ArkaCore/Journal/Balancing.swift:101
en: entry {1} is off by {2}{3} after conversion; set rounding_account in ledger.yaml to post rounding differences
sq: regjistrimi {1} ka një diferencë prej {2}{3} pas konvertimit; vendosni rounding_account në ledger.yaml për të regjistruar diferencat nga rrumbullakimi

# ArkaCore/Journal/DocumentReference.swift:46
en: an NIVF is the 36-character code of the fiscal invoice, like 4e8f1c2a-...
sq: NIVF është kodi 36-karakterësh i faturës fiskale, p.sh. 4e8f1c2a-...

# ArkaCore/Journal/DocumentReference.swift:50
en: the {1} reference is empty
sq: referenca {1} është bosh

# ArkaCore/Journal/EntryRules.swift:38
en: every entry needs an id
sq: çdo regjistrim duhet të ketë një id

# ArkaCore/Journal/EntryRules.swift:42
en: entry {1} needs a description
sq: regjistrimi {1} duhet të ketë një përshkrim

# ArkaCore/Journal/EntryRules.swift:50
en: entry {1} has {2} postings; an entry holds at most {3}
sq: regjistrimi {1} ka {2} rreshta regjistrimi; një regjistrim mban deri në {3}

# ArkaCore/Journal/EntryRules.swift:57
en: entry {1} has {2} posting; an entry needs at least two, on rows next to each other
sq: regjistrimi {1} ka {2} rresht regjistrimi; një regjistrim duhet të ketë të paktën dy, në rreshta njëri pas tjetrit

# ArkaCore/Journal/EntryRules.swift:89
en: account {1} is a heading with accounts below it; post to one of them ({2})
sq: llogaria {1} është llogari grupuese me nënllogari; regjistroni në njërën prej tyre ({2})

# ArkaCore/Journal/EntryRules.swift:103
en: account {1} was added from {2}; date the entry then or later
sq: llogaria {1} është shtuar me fillim nga {2}; jepini regjistrimit këtë datë ose një më të vonë

# ArkaCore/Journal/EntryRules.swift:108
en: fund {1} was added from {2}; date the entry then or later
sq: fondi {1} është shtuar me fillim nga {2}; jepini regjistrimit këtë datë ose një më të vonë

# ArkaCore/Journal/EntryRules.swift:113
en: account {1} was closed to new postings on {2}; post to the account that replaced it
sq: llogaria {1} u mbyll për regjistrime të reja më {2}; regjistrojeni në llogarinë që e zëvendësoi

# ArkaCore/Journal/EntryRules.swift:134
en: a budget line needs the fund whose budget it belongs to
sq: një zë buxhetor kërkon fondin, buxhetit të të cilit i përket

# ArkaCore/Journal/EntryRules.swift:151
en: a budget line is charged by expenses, and account {1} is {2}
sq: një zë buxhetor ngarkohet me shpenzime, ndërsa llogaria {1} është {2}

# ArkaCore/Journal/EntryRules.swift:165
en: no {1} rate for {2}; give one in the rate column or in the ledger's rates
sq: nuk ka kurs për {1} më {2}; jepeni në kolonën e kursit (rate) ose te kurset e librit kontabël

# ArkaCore/Journal/EntryRules.swift:198
en: entry {1} does not balance on fund {2}: its postings sum to {3} {4}
sq: regjistrimi {1} nuk është i balancuar për fondin {2}: rreshtat e tij japin shumën {3} {4}

# ArkaCore/Journal/RateBook.swift:36
en: the base currency needs no rate
sq: monedha bazë nuk ka nevojë për kurs

# ArkaCore/Journal/RateBook.swift:42
en: a second {1} rate for the same month
sq: një kurs i dytë për {1} për të njëjtin muaj

# ArkaCore/Journal/RateBook.swift:48
en: a second {1} rate for the same day
sq: një kurs i dytë për {1} për të njëjtën ditë

# ArkaCore/Money/Conversion.swift:23
en: {1} converted at {2} is too large to hold exactly
sq: konvertimi i {1} me kursin {2} jep një vlerë tepër të madhe për t'u mbajtur saktësisht

# ArkaCore/Money/Conversion.swift:44
en: {1} converted to {2} is too large to hold exactly
sq: konvertimi i {1} në {2} jep një vlerë tepër të madhe për t'u mbajtur saktësisht

# ArkaCore/Money/Conversion.swift:59
en: {1} × {2} is too large to hold exactly
sq: {1} × {2} jep një vlerë tepër të madhe për t'u mbajtur saktësisht

# ArkaCore/Money/Conversion.swift:78
en: the VAT in {1} is too large to hold exactly
sq: TVSH-ja brenda {1} del tepër e madhe për t'u mbajtur saktësisht

# ArkaCore/Money/Conversion.swift:97
en: {1} scaled by {2}/{3} is too large to hold exactly
sq: shkallëzimi i {1} me {2}/{3} jep një vlerë tepër të madhe për t'u mbajtur saktësisht

# ArkaCore/Money/Conversion.swift:113
en: cannot divide {1} by {2} without a rate
sq: nuk mund të pjesëtohet {1} me {2} pa kurs

# ArkaCore/Money/Conversion.swift:118
en: {1} times {2} is too large to hold exactly
sq: {1} herë {2} jep një vlerë tepër të madhe për t'u mbajtur saktësisht

# ArkaCore/Money/Conversion.swift:136
en: {1} % of {2} is too large to hold exactly
sq: {1} % e {2} jep një vlerë tepër të madhe për t'u mbajtur saktësisht

# ArkaCore/Money/Currency.swift:19
en: not an ISO 4217 currency code (write it like EUR or ALL)
sq: nuk është kod monedhe ISO 4217 (shkruajeni si EUR ose ALL)

# ArkaCore/Money/DecimalText.swift:42
en: the number is too large to hold exactly
sq: numri është tepër i madh për t'u mbajtur saktësisht

# ArkaCore/Money/DecimalText.swift:50
en: not a number: write digits with an optional sign and a decimal point, like 1234.50
sq: nuk është numër: shkruani shifra, me shenjë sipas dëshirës dhe me pikë dhjetore, p.sh. 1234.50

# ArkaCore/Money/ExchangeRate.swift:24
en: a rate is a positive decimal number, like 101.84
sq: kursi është një numër dhjetor pozitiv, p.sh. 101.84

# ArkaCore/Money/ExchangeRate.swift:28
en: a rate must be greater than zero
sq: kursi duhet të jetë më i madh se zero

# ArkaCore/Money/ExchangeRate.swift:31
en: a rate takes at most {1} decimals
sq: kursi ka deri në {1} shifra dhjetore

# ArkaCore/Money/Money+Sides.swift:53
en: cannot take {1} as a share of {2} without a rate
sq: {1} nuk mund të shprehet si pjesë e {2} pa kurs

# ArkaCore/Money/Money+Sides.swift:77
en: {1} and {2} have different decimals; restating needs a rate
sq: {1} dhe {2} kanë numër të ndryshëm shifrash dhjetore; rillogaritja kërkon kurs

# ArkaCore/Money/Money.swift:33
en: {1} amounts take at most {2} decimals
sq: shumat në {1} kanë deri në {2} shifra dhjetore

# ArkaCore/Money/Money.swift:62
en: the amount is too large to hold exactly
sq: shuma është tepër e madhe për t'u mbajtur saktësisht

# ArkaCore/Money/Money.swift:76
en: the sum of {1} and {2} is too large to hold exactly
sq: shuma e {1} dhe {2} del tepër e madhe për t'u mbajtur saktësisht

# ArkaCore/Money/Money.swift:88
en: {1} less {2} is too large to hold exactly
sq: {1} minus {2} jep një vlerë tepër të madhe për t'u mbajtur saktësisht

# ArkaCore/Money/Money.swift:99
en: the opposite of {1} is too large to hold exactly
sq: vlera e kundërt e {1} del tepër e madhe për t'u mbajtur saktësisht

# ArkaCore/Money/Money.swift:144
en: cannot {1} {2} and {3} amounts without a rate
sq: nuk mund të kryhet veprimi {1} me shuma në {2} dhe {3} pa kurs

# ArkaCore/Money/Money.swift:208
en: {1} is too large to hold exactly
sq: {1}: vlera është tepër e madhe për t'u mbajtur saktësisht

# ArkaCore/Money/Money.swift:232
en: this posting would take {1} past {2}, the most a ledger holds exactly; nothing was posted
sq: ky rresht regjistrimi do ta çonte {1} përtej {2}, vlerës më të madhe që një libër kontabël mban saktësisht; nuk u regjistrua asgjë

# ArkaCore/Money/ReportingConversion.swift:22
en: the conversion rule is one of {1}
sq: rregulli i konvertimit është një nga {1}

# ArkaCore/Money/ReportingConversion.swift:65
en: the reporting currency needs no rate
sq: monedha e raportimit nuk ka nevojë për kurs

# ArkaCore/Money/ReportingConversion.swift:68
en: a second {1} reporting rate for the same month
sq: një kurs i dytë raportimi për {1} për të njëjtin muaj

# ArkaCore/Money/ReportingConversion.swift:215
en: no rate of {1} to {2} for the month; add it to the reporting rates
sq: nuk ka kurs nga {1} në {2} për këtë muaj; shtojeni te kurset e raportimit

# ArkaFiles/YAMLNode.swift:48
en: unknown key; {1} takes {2}
sq: çelës i panjohur; {1} pranon {2}

# ArkaFiles/YAMLNode.swift:59
en: {1} is a mapping of keys
sq: {1} është një hartë çelësash (mapping)

# ArkaFiles/YAMLNode.swift:62
en: a key must be a plain name
sq: çelësi duhet të jetë një emër i thjeshtë

# ArkaFiles/YAMLNode.swift:64
en: the key appears twice
sq: çelësi shfaqet dy herë

# ArkaFiles/YAMLNode.swift:79
en: {1} is a list
sq: {1} është një listë

# ArkaFiles/YAMLNode.swift:100
en: a whole number from {1} to {2}
sq: një numër i plotë nga {1} deri në {2}

# ArkaFiles/YAMLNode.swift:111
en: true or false
sq: true ose false

# ArkaFiles/YAMLTextLimits.swift:59
en: not valid YAML: {1}{2}
sq: YAML i pavlefshëm: {1}{2}

# ArkaFiles/YAMLTextLimits.swift:74
en: not valid YAML: {1}
sq: YAML i pavlefshëm: {1}

# ArkaRules/Applications/Application.swift:45
en: the applications have no column {1}, which the grid's fields need
sq: aplikimet nuk kanë kolonën {1}, që u nevojitet fushave të tabelës së vlerësimit

# ArkaRules/Applications/Application.swift:70
en: {1} is needed
sq: {1} duhet plotësuar

# ArkaRules/Applications/Application.swift:76
en: the amount requested is needed
sq: shuma e kërkuar duhet plotësuar

# ArkaRules/Applications/Application.swift:151
en: the evaluations need the columns {1}
sq: vlerësimet kërkojnë kolonat {1}

# ArkaRules/Applications/Application.swift:168
en: an evaluation names its application
sq: një vlerësim duhet të tregojë aplikimin e vet

# ArkaRules/Applications/Application.swift:169
en: an evaluation names its evaluator
sq: një vlerësim duhet të tregojë vlerësuesin e vet

# ArkaRules/Applications/Application.swift:175
en: conflict is yes or no
sq: conflict merr vlerën yes ose no

# ArkaRules/Applications/Application.swift:181
en: a consensus record cannot declare a conflict
sq: një rresht konsensusi nuk mund të deklarojë konflikt interesi

# ArkaRules/Applications/Application.swift:191
en: {1} declared a conflict of interest with application {2} and cannot score it
sq: {1} ka deklaruar konflikt interesi me aplikimin {2} dhe nuk mund ta vlerësojë

# ArkaRules/Applications/Application.swift:198
en: {1} gives {2} a score from {3} to {4}
sq: {1} duhet t'i japë kriterit {2} pikë nga {3} deri në {4}

# ArkaRules/Applications/Application.swift:202
en: {1} is scored with a whole number from {2} to {3}
sq: {1} vlerësohet me një numër të plotë nga {2} deri në {3}

# ArkaRules/Grid/GridChecks.swift:22
en: the grid has no field {1} to number applications; name one under roles.id
sq: tabela e vlerësimit nuk ka fushën {1} për numrin e aplikimeve; caktoni një të tillë te roles.id

# ArkaRules/Grid/GridChecks.swift:25
en: the application number is a text or integer field
sq: numri i aplikimit është fushë teksti ose numër i plotë

# ArkaRules/Grid/GridChecks.swift:28
en: the grid has no field {1} for the amount requested; name one under roles.amount
sq: tabela e vlerësimit nuk ka fushën {1} për shumën e kërkuar; caktoni një të tillë te roles.amount

# ArkaRules/Grid/GridChecks.swift:31
en: the amount requested is a number field
sq: shuma e kërkuar është fushë numerike

# ArkaRules/Grid/GridChecks.swift:38
en: the envelope is a positive amount
sq: fondi i disponueshëm është një shumë pozitive

# ArkaRules/Grid/GridChecks.swift:41
en: the minimum per recipient is positive
sq: minimumi për përfitues është pozitiv

# ArkaRules/Grid/GridChecks.swift:44
en: the minimum per recipient is above the maximum {1}
sq: minimumi për përfitues është mbi maksimumin {1}

# ArkaRules/Grid/GridChecks.swift:47
en: the maximum per recipient is above the envelope {1}
sq: maksimumi për përfitues është mbi fondin e disponueshëm {1}

# ArkaRules/Grid/GridChecks.swift:68
en: a criterion with ranges lists at least one
sq: një kriter me intervale duhet të ketë të paktën një interval

# ArkaRules/Grid/GridChecks.swift:76
en: the range ends before it starts
sq: intervali mbaron para se të fillojë

# ArkaRules/Grid/GridChecks.swift:81
en: only the last range may be open-ended
sq: vetëm intervali i fundit mund të jetë i hapur

# ArkaRules/Grid/GridChecks.swift:85
en: the range overlaps the one before ({1})
sq: intervali mbivendoset me të mëparshmin ({1})

# ArkaRules/Grid/GridChecks.swift:88
en: a gap between this range and the one before ({1}): values between score nothing
sq: ka një boshllëk mes këtij intervali dhe të mëparshmit ({1}): vlerat në mes nuk marrin pikë

# ArkaRules/Grid/GridChecks.swift:99
en: the criterion weighs 0, so it can never count
sq: kriteri ka peshë 0, ndaj nuk llogaritet kurrë

# ArkaRules/Grid/GridChecks.swift:102
en: the criterion can never score: no value gives it a point
sq: kriteri nuk jep kurrë pikë: asnjë vlerë nuk i sjell qoftë edhe një pikë

# ArkaRules/Grid/GridChecks.swift:108
en: {1} never takes this value
sq: {1} nuk e merr kurrë këtë vlerë

# ArkaRules/Grid/GridChecks.swift:119
en: the minimum is above the {1} points the criterion can give
sq: minimumi është mbi {1} pikët që mund të japë kriteri

# ArkaRules/Grid/GridChecks.swift:124
en: the minimum total is above the {1} points the grid can give
sq: totali minimal është mbi {1} pikët që mund të japë tabela e vlerësimit

# ArkaRules/Grid/GridChecks.swift:132
en: the least age is above the greatest
sq: mosha minimale është mbi moshën maksimale

# ArkaRules/Grid/GridChecks.swift:145
en: the discrepancy limit is zero or more weighted points
sq: kufiri i mospërputhjes është zero ose më shumë pikë të ponderuara

# ArkaRules/Grid/GridChecks.swift:153
en: evaluators.{1} applies when the evaluators' totals differ by more than evaluators.discrepancy_limit, which the grid does not set
sq: evaluators.{1} zbatohet kur totalet e vlerësuesve ndryshojnë më shumë se evaluators.discrepancy_limit, të cilin tabela e vlerësimit nuk e cakton

# ArkaRules/Grid/GridChecks.swift:159
en: two evaluators are fewer than the minimum of {1}, so {2} never counts; combine: all-within-limit counts a group of at least the minimum
sq: dy vlerësues janë më pak se minimumi prej {1}, ndaj {2} nuk vlen kurrë; combine: all-within-limit llogarit një grup me të paktën minimumin e vlerësuesve
"""#
}
