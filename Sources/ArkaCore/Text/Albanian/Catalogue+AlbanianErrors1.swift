extension Catalogue {
    /// Error sentences, part 1.
    static let albanianErrors1 = #"""
# ArkaBooks/Business/Ledger+Bank.swift:57
en: a statement is of an asset account, like the bank {1}
sq: një ekstrakt bankar i përket një llogarie aktivi, si banka {1}

# ArkaBooks/Business/Ledger+Bank.swift:63
en: a statement line moves money; this one is zero
sq: një rresht i ekstraktit lëviz para; ky është zero

# ArkaBooks/Business/Ledger+Bank.swift:72
en: the statement has no lines
sq: ekstrakti nuk ka rreshta

# ArkaBooks/Business/Ledger+Bank.swift:89
en: this line does not follow the line before it in the ledger ({1}, balance {2}, from {3}): lines are missing between the two statements
sq: ky rresht nuk vazhdon rreshtin para tij në librin kontabël ({1}, saldo {2}, nga {3}): mungojnë rreshta midis dy ekstrakteve

# ArkaBooks/Business/Ledger+Bank.swift:146
en: the ledger has no entry with this id
sq: libri kontabël nuk ka regjistrim me këtë id

# ArkaBooks/Business/Ledger+Bank.swift:149
en: entry {1} was reversed by {2}: the two cancel out and match no statement line
sq: regjistrimi {1} është stornuar nga {2}: të dy anulojnë njëri-tjetrin dhe nuk përputhen me asnjë rresht të ekstraktit

# ArkaBooks/Business/Ledger+Bank.swift:152
en: entry {1} reverses {2}: the two cancel out and match no statement line
sq: regjistrimi {1} stornon {2}: të dy anulojnë njëri-tjetrin dhe nuk përputhen me asnjë rresht të ekstraktit

# ArkaBooks/Business/Ledger+Bank.swift:156
en: entry {1} moved {2} by {3}, statement line {4} by {5}
sq: regjistrimi {1} lëvizi {2} me {3}, rreshti {4} i ekstraktit me {5}

# ArkaBooks/Business/Ledger+Bank.swift:180
en: statement line {1} was posted already as {2}; match the line to it: arka bank match --line {3} --entry {4}
sq: rreshti {1} i ekstraktit është regjistruar tashmë si {2}; përputheni rreshtin me të: arka bank match --line {3} --entry {4}

# ArkaBooks/Business/Ledger+Bank.swift:205
en: statement line {1} is not matched
sq: rreshti {1} i ekstraktit nuk është përputhur

# ArkaBooks/Business/Ledger+Bank.swift:219
en: no statement line {1} on account {2}; arka bank match lists them
sq: nuk ka rresht ekstrakti {1} në llogarinë {2}; arka bank match i liston ato

# ArkaBooks/Business/Ledger+Bank.swift:222
en: statement line {1} is matched already to {2}
sq: rreshti {1} i ekstraktit është përputhur tashmë me {2}

# ArkaBooks/Business/Ledger+Business.swift:12
en: {1} has no business profile; make the business's books from a folder with business.yaml (see ledgers/social-business)
sq: {1} nuk ka profil biznesi; krijoni librat e biznesit nga një dosje me business.yaml (shihni ledgers/social-business)

# ArkaBooks/Business/Ledger+Business.swift:96
en: the ledger already has an entry with this id
sq: libri kontabël ka tashmë një regjistrim me këtë id

# ArkaBooks/Business/Ledger+CashCount.swift:36
en: a cash count is of an asset account, like the till {1}
sq: një numërim i arkës i përket një llogarie aktivi, si arka {1}

# ArkaBooks/Business/Ledger+CashCount.swift:39
en: counted cash cannot be negative
sq: paraja e numëruar nuk mund të jetë negative

# ArkaBooks/Business/Ledger+Expenses.swift:71
en: {1} holds goods counted by quantity; record a purchase of goods with arka stock purchase (product, quantity, amount)
sq: {1} mban mallra që numërohen me sasi; regjistrojeni blerjen e mallrave me arka stock purchase (product, quantity, amount)

# ArkaBooks/Business/Ledger+Expenses.swift:79
en: spending charged to the grant {1} names its business-plan line (budget_line)
sq: shpenzimi që i ngarkohet grantit {1} duhet të tregojë zërin e planit të biznesit (budget_line)

# ArkaBooks/Business/Ledger+GrantReceipts.swift:39
en: business.yaml names no grant_fund and grant_income; the books cannot take a grant tranche
sq: business.yaml nuk përcakton grant_fund dhe grant_income; librat nuk mund të marrin një këst granti

# ArkaBooks/Business/Ledger+GrantReceipts.swift:45
en: a tranche received is a positive amount in {1}
sq: një këst i marrë është shumë pozitive në {1}

# ArkaBooks/Business/Ledger+GrantReceipts.swift:72
en: an original amount needs its currency
sq: një shumë origjinale kërkon monedhën e saj

# ArkaBooks/Business/Ledger+Sales.swift:105
en: the file holds no sales
sq: skedari nuk përmban shitje

# ArkaBooks/Business/Ledger+Sales.swift:177
en: every row names its sale
sq: çdo rresht duhet të tregojë shitjen e vet

# ArkaBooks/Business/Ledger+Sales.swift:193
en: sale {1} appears again after other sales (first on line {2}); keep a sale's rows together
sq: shitja {1} shfaqet sërish pas shitjeve të tjera (herën e parë në rreshtin {2}); mbajini bashkë rreshtat e një shitjeje

# ArkaBooks/Business/Ledger+Sales.swift:241
en: sale {1} has {2} "{3}" on line {4}; its rows must agree (or leave it empty)
sq: shitja {1} ka {2} "{3}" në rreshtin {4}; rreshtat e saj duhet të përputhen (ose lëreni fushën bosh)

# ArkaBooks/Business/Ledger+Stock.swift:116
en: business.yaml names no stock account; goods kept in stock need one
sq: business.yaml nuk përcakton llogari stoku; mallrat që mbahen në stok kanë nevojë për të

# ArkaBooks/Business/Ledger+Stock.swift:186
en: purchase {1} has {2} "{3}" on line {4}; its rows must agree (or leave it empty)
sq: blerja {1} ka {2} "{3}" në rreshtin {4}; rreshtat e saj duhet të përputhen (ose lëreni fushën bosh)

# ArkaBooks/Business/Ledger+Stock.swift:202
en: the file holds no purchases
sq: skedari nuk përmban blerje

# ArkaBooks/Business/Ledger+Stock.swift:299
en: no such product in the ledger's product list ({1})
sq: nuk ka produkt të tillë në listën e produkteve të librit kontabël ({1})

# ArkaBooks/Business/Ledger+Stock.swift:302
en: product {1} is not kept in stock (it has no unit_cost in products.csv)
sq: produkti {1} nuk mbahet në stok (nuk ka unit_cost në products.csv)

# ArkaBooks/Business/Ledger+Stock.swift:305
en: a counted quantity cannot be negative
sq: një sasi e numëruar nuk mund të jetë negative

# ArkaBooks/Business/Ledger+Stock.swift:359
en: entry {1} is not a sale; correct it with arka reverse
sq: regjistrimi {1} nuk është shitje; korrigjojeni me arka reverse

# ArkaBooks/Business/Ledger+Stock.swift:359
en: the ledger has no sale with this id
sq: libri kontabël nuk ka shitje me këtë id

# ArkaBooks/Business/Reports/CashFlowStatement.swift:99
en: the period ends before it starts
sq: periudha mbaron para se të fillojë

# ArkaBooks/Business/Reports/GrantUse.swift:77
en: business.yaml names no grant_fund
sq: business.yaml nuk përcakton grant_fund

# ArkaBooks/CSV/CSVRecordReader.swift:75
en: cannot open the file
sq: skedari nuk mund të hapet

# ArkaBooks/CSV/CSVRecordReader.swift:106
en: cannot read the file: {1}
sq: skedari nuk mund të lexohet: {1}

# ArkaBooks/CSV/CSVRecordReader.swift:213
en: a quoted field opened on line {1} is never closed
sq: një fushë në thonjëza, e hapur në rreshtin {1}, nuk mbyllet kurrë

# ArkaBooks/CSV/CSVRecordReader.swift:245
en: text follows a closing quote; a quote inside a quoted field is written twice ("")
sq: ka tekst pas thonjëzës mbyllëse; një thonjëz brenda një fushe në thonjëza shkruhet dy herë ("")

# ArkaBooks/CSV/CSVRecordReader.swift:252
en: a quote inside an unquoted field; quote the whole field and write the quote twice
sq: një thonjëz brenda një fushe pa thonjëza; vendoseni gjithë fushën në thonjëza dhe shkruajeni thonjëzën dy herë

# ArkaBooks/CSV/CSVTable.swift:39
en: {1} is empty
sq: {1} është bosh

# ArkaBooks/CSV/CSVTable.swift:81
en: the file is empty; its first line names the columns {1}
sq: skedari është bosh; rreshti i parë i tij duhet të emërtojë kolonat {1}

# ArkaBooks/CSV/CSVTable.swift:97
en: the import profile {1} reads this column as {2}, which this command does not take; its columns are {3}
sq: profili i importit {1} e lexon këtë kolonë si {2}, të cilën kjo komandë nuk e pranon; kolonat e saj janë {3}

# ArkaBooks/CSV/CSVTable.swift:99
en: unknown column; the columns are {1}; the file reads as import profile {2}: give --profile {3}
sq: kolonë e panjohur; kolonat janë {1}; skedari lexohet me profilin e importit {2}: jepni --profile {3}

# ArkaBooks/CSV/CSVTable.swift:101
en: unknown column; the columns are {1}; its fields are separated by ';', as Excel writes them in a locale with decimal commas: read it through an import profile (--profile excel-sq, or one of your own)
sq: kolonë e panjohur; kolonat janë {1}; fushat e skedarit ndahen me ';', siç i shkruan Excel me cilësime rajonale me presje dhjetore: lexojeni përmes një profili importi (--profile excel-sq, ose një profil tuajin)

# ArkaBooks/CSV/CSVTable.swift:103
en: unknown column; the columns are {1}
sq: kolonë e panjohur; kolonat janë {1}

# ArkaBooks/CSV/CSVTable.swift:108
en: the column appears twice
sq: kolona shfaqet dy herë

# ArkaBooks/CSV/CSVTable.swift:120
en: the file has no {1} column; it needs {2}
sq: skedari nuk ka kolonën {1}; i duhen {2}

# ArkaBooks/CSV/CSVTable.swift:188
en: the row has {1} fields but the header has {2}
sq: rreshti ka {1} fusha, por kryerreshti ka {2}

# ArkaBooks/CSV/CSVTable.swift:218
en: {1} holds sizes: write the amount without a sign, in the other column for the other way
sq: {1} mban vlera pa shenjë: shkruajeni shumën pa shenjë, dhe në kolonën tjetër për drejtimin e kundërt

# ArkaBooks/CSV/CSVTable.swift:227
en: both {1} and {2} are filled in; a line moves money one way
sq: janë plotësuar edhe {1} edhe {2}; një rresht lëviz para vetëm në një drejtim

# ArkaBooks/CSV/ImportProfile.swift:70
en: cannot read the import profile
sq: profili i importit nuk mund të lexohet

# ArkaBooks/CSV/ImportProfile.swift:73
en: the import profile is empty; it names at least its name
sq: profili i importit është bosh; duhet të japë të paktën emrin e tij

# ArkaBooks/CSV/ImportProfile.swift:77
en: a profile needs a name
sq: një profil duhet të ketë emër

# ArkaBooks/CSV/ImportProfile.swift:86
en: the separator is ",", ";" or tab
sq: ndarësi është ",", ";" ose tab

# ArkaBooks/CSV/ImportProfile.swift:105
en: amount names the column added (plus) and the one taken away (minus)
sq: amount emërton kolonën që shtohet (plus) dhe atë që zbritet (minus)

# ArkaBooks/CSV/ImportProfile.swift:222
en: no such import profile: give a profile file, or NAME of profiles/NAME.yaml beside the ledger, or one shipped with arka ({1})
sq: nuk ka profil importi të tillë: jepni një skedar profili, ose NAME të profiles/NAME.yaml pranë librit kontabël, ose një nga ata që vijnë me arka ({1})

# ArkaBooks/Definition/BusinessProfile+Load.swift:40
en: the business profile is empty; it names at least cash, bank and cash_difference
sq: profili i biznesit është bosh; duhet të përcaktojë të paktën cash, bank dhe cash_difference

# ArkaBooks/Definition/BusinessProfile+Load.swift:46
en: no such account in accounts.csv
sq: nuk ka llogari të tillë në accounts.csv

# ArkaBooks/Definition/BusinessProfile+Load.swift:48
en: {1} must be {2} account; {3} is {4}
sq: {1} duhet të jetë llogari e tipit {2}; {3} është e tipit {4}

# ArkaBooks/Definition/BusinessProfile+Load.swift:54
en: the business profile needs {1}
sq: profili i biznesit kërkon {1}

# ArkaBooks/Definition/BusinessProfile+Load.swift:61
en: no such fund in funds.csv
sq: nuk ka fond të tillë në funds.csv

# ArkaBooks/Definition/BusinessProfile+Load.swift:62
en: the grant's fund must be restricted in funds.csv
sq: fondi i grantit duhet të jetë i kufizuar (restricted) në funds.csv

# ArkaBooks/Definition/BusinessProfile+Load.swift:80
en: the VAT rate is a percent, like 20
sq: norma e TVSH-së është përqindje, si 20

# ArkaBooks/Definition/BusinessProfile+Load.swift:81
en: a VAT rate needs the vat_account it is collected on
sq: një normë TVSH-je kërkon vat_account ku mblidhet

# ArkaBooks/Definition/BusinessProfile+Load.swift:100
en: the cost of sales are expense accounts
sq: llogaritë e kostos së shitjeve janë llogari shpenzimesh

# ArkaBooks/Definition/BusinessProfile+Load.swift:122
en: the ledger's business profile cannot be read: {1}
sq: profili i biznesit i librit kontabël nuk mund të lexohet: {1}

# ArkaBooks/Definition/BusinessProfile+Load.swift:137
en: the product appears twice
sq: produkti shfaqet dy herë

# ArkaBooks/Definition/BusinessProfile+Load.swift:140
en: the income account must be an income account of accounts.csv
sq: llogaria e të ardhurave duhet të jetë llogari të ardhurash në accounts.csv

# ArkaBooks/Definition/BusinessProfile+Load.swift:143
en: a price cannot be negative
sq: një çmim nuk mund të jetë negativ

# ArkaBooks/Definition/BusinessProfile+Load.swift:146
en: a cost cannot be negative
sq: një kosto nuk mund të jetë negative

# ArkaBooks/Definition/BusinessProfile+Load.swift:148
en: a product kept in stock needs the stock and cost_of_goods accounts of business.yaml
sq: një produkt që mbahet në stok kërkon llogaritë stock dhe cost_of_goods të business.yaml

# ArkaBooks/Definition/LedgerDefinition.swift:49
en: cannot read {1}
sq: {1} nuk mund të lexohet

# ArkaBooks/Definition/LedgerDefinition.swift:56
en: no such folder; --from names a folder holding accounts.csv
sq: nuk ka dosje të tillë; --from emërton një dosje që përmban accounts.csv

# ArkaBooks/Definition/LedgerDefinition.swift:59
en: the definition folder has no accounts.csv (columns code,name,type[,parent][,name_sq])
sq: dosja e përkufizimit nuk ka accounts.csv (kolonat code,name,type[,parent][,name_sq])

# ArkaBooks/Definition/LedgerDefinition.swift:119
en: a product list needs the business profile business.yaml beside it
sq: një listë produktesh kërkon pranë saj profilin e biznesit business.yaml

# ArkaBooks/Definition/LedgerDefinition.swift:139
en: the rounding account is not in accounts.csv
sq: llogaria e rrumbullakimit nuk është në accounts.csv

# ArkaBooks/Definition/LedgerDefinition.swift:142
en: the exchange loss account must be an expense account of accounts.csv
sq: llogaria e humbjeve nga kursi duhet të jetë llogari shpenzimesh në accounts.csv

# ArkaBooks/Definition/LedgerDefinition.swift:145
en: the equipment stock account must be an asset account of accounts.csv
sq: llogaria e stokut të pajisjeve duhet të jetë llogari aktivi në accounts.csv

# ArkaBooks/Definition/LedgerDefinition.swift:148
en: a cash account is an asset account of accounts.csv (a bank account, a till, or their parent)
sq: një llogari parash është llogari aktivi në accounts.csv (llogari bankare, arkë, ose llogaria mëmë e tyre)

# ArkaBooks/Definition/LedgerDefinition.swift:151
en: a budgeted asset account is an asset account of accounts.csv (equipment, furniture, or their parent)
sq: një llogari aktivi me buxhet është llogari aktivi në accounts.csv (pajisje, mobilie, ose llogaria mëmë e tyre)

# ArkaBooks/Definition/LedgerDefinition.swift:207
en: the fund appears twice
sq: fondi shfaqet dy herë

# ArkaBooks/Definition/LedgerDefinition.swift:211
en: restricted is true or false
sq: restricted është true ose false

# ArkaBooks/Definition/LedgerDefinition.swift:220
en: {1} is a whole percent from 0 to 100
sq: {1} është përqindje e plotë nga 0 deri në 100

# ArkaBooks/Definition/LedgerDefinition.swift:231
en: the fund's template, {1}, has no {2}; it is a rule of {3} (template column)
sq: modeli i fondit, {1}, nuk ka {2}; ky është rregull i {3} (kolona template)

# ArkaBooks/Definition/LedgerDefinition.swift:265
en: budget line {1} of fund {2} appears twice
sq: zëri buxhetor {1} i fondit {2} shfaqet dy herë

# ArkaBooks/Definition/LedgerDefinition.swift:276
en: a budget line's amount is zero or more; move budget between lines with a revision
sq: shuma e një zëri buxhetor është zero ose më shumë; zhvendoseni buxhetin midis zërave me një rishikim

# ArkaBooks/Definition/LedgerDefinition.swift:279
en: units and unit_rate go together
sq: units dhe unit_rate jepen bashkë

# ArkaBooks/Definition/LedgerDefinition.swift:322
en: the recipient appears twice
sq: përfituesi shfaqet dy herë

# ArkaBooks/Definition/LedgerDefinition.swift:326
en: kind is farm, small-business or social-business
sq: kind është farm, small-business ose social-business

# ArkaBooks/Definition/LedgerDefinition.swift:331
en: legal_entity is yes (a company, cooperative or association) or no (a natural person)
sq: legal_entity është yes (shoqëri, kooperativë ose shoqatë) ose no (person fizik)

# ArkaBooks/Definition/LedgerDefinition.swift:350
en: kind is in-kind or cash
sq: kind është in-kind ose cash

# ArkaBooks/Definition/LedgerDefinition.swift:356
en: no budget line {1} in the budget of fund {2}
sq: nuk ka zë buxhetor {1} në buxhetin e fondit {2}

# ArkaBooks/Definition/LedgerDefinition.swift:360
en: the expense account must be an expense account of the chart
sq: llogaria e shpenzimit duhet të jetë llogari shpenzimesh e planit kontabël

# ArkaBooks/Definition/LedgerDefinition.swift:368
en: an in-kind scheme is valued at the items' cost, which these books keep in {1}: state the scheme and its amounts in {2}
sq: një skemë në natyrë vlerësohet me koston e sendeve, të cilën këta libra e mbajnë në {1}: jepni skemën dhe shumat e saj në {2}

# ArkaBooks/Definition/LedgerDefinition.swift:375
en: a scheme not in EUR needs its cap per recipient
sq: një skemë që nuk është në EUR kërkon tavanin e saj për përfitues

# ArkaBooks/Definition/LedgerDefinition.swift:380
en: a scheme's {1} is more than zero
sq: vlera {1} e një skeme është më e madhe se zero

# ArkaBooks/Definition/LedgerDefinition.swift:388
en: the scheme's {1} is above its {2} ({3}): no agreement could be approved under it
sq: vlera {1} e skemës është mbi vlerën {2} të saj ({3}): asnjë marrëveshje nuk mund të miratohej sipas saj

# ArkaBooks/Definition/LedgerDefinition.swift:414
en: self-balancing funds need own_fund, interfund_due_from_account and interfund_due_to_account together
sq: fondet që balancohen vetë kërkojnë bashkë own_fund, interfund_due_from_account dhe interfund_due_to_account

# ArkaBooks/Definition/LedgerDefinition.swift:418
en: the ledger's own fund must be unrestricted: set restricted to false for it in funds.csv, or name the unrestricted fund
sq: fondi i vet i librit kontabël duhet të jetë i pakufizuar: vendosni restricted false për të në funds.csv, ose jepni fondin e pakufizuar

# ArkaBooks/Definition/LedgerDefinition.swift:420
en: not a{1} {2} account of accounts.csv
sq: nuk është llogari me tipi{1} {2} në accounts.csv

# ArkaBooks/Definition/LedgerDefinition.swift:421
en: a heading with accounts below it; name one of them
sq: një llogari përmbledhëse me llogari nën të; jepni njërën prej tyre

# ArkaBooks/Definition/LedgerSettings.swift:113
en: the settings are a list of key: value lines
sq: parametrat janë një listë rreshtash çelës: vlerë

# ArkaBooks/Definition/LedgerSettings.swift:126
en: unknown setting; the settings are {1}
sq: parametër i panjohur; parametrat janë {1}

# ArkaBooks/Definition/LedgerSettings.swift:161
en: {1} lists account codes: ["2150", "2180"]
sq: {1} liston kode llogarish: ["2150", "2180"]

# ArkaBooks/Definition/LedgerSettings.swift:169
en: {1} takes a single value
sq: {1} merr një vlerë të vetme

# ArkaBooks/Definition/LedgerSettings.swift:187
en: days_after_action_end is a number of days from 0 to 36500
sq: days_after_action_end është një numër ditësh nga 0 deri në 36500

# ArkaBooks/Demo/BusinessDemo.swift:40
en: cannot create the demo folder
sq: dosja e demos nuk mund të krijohet

# ArkaBooks/Demo/BusinessDemo.swift:102
en: the business's demo ledger does not verify: {1}
sq: libri kontabël demo i biznesit nuk verifikohet: {1}

# ArkaBooks/Demo/BusinessDemo.swift:120
en: no unmatched statement line of {1} with this description
sq: nuk ka rresht të papërputhur të ekstraktit më {1} me këtë përshkrim

# ArkaBooks/Demo/BusinessDemo.swift:128
en: a resolution names the entry to match or the account to post against
sq: një zgjidhje jep regjistrimin me të cilin përputhet ose llogarinë ku regjistrohet

# ArkaBooks/Demo/DemoBooks.swift:78
en: cannot find the scoring grid of call {1} beside its applications
sq: tabela e vlerësimit e thirrjes {1} nuk gjendet pranë aplikimeve të saj

# ArkaBooks/Demo/DemoBooks.swift:121
en: the demo ledger does not verify: {1}
sq: libri kontabël demo nuk verifikohet: {1}

# ArkaBooks/Demo/DemoOutputs.swift:23
en: {1} (this is not a regular file)
sq: {1} (ky nuk është skedar i zakonshëm)

# ArkaBooks/Demo/DemoOutputs.swift:29
en: {1} (this file is not an arka ledger)
sq: {1} (ky skedar nuk është libër kontabël i arka)

# ArkaBooks/Demo/DemoOutputs.swift:32
en: {1} (this ledger holds the books "{2}", not the demo's "{3}")
sq: {1} (ky libër kontabël mban librat "{2}", jo ata të demos "{3}")

# ArkaBooks/Demo/DemoOutputs.swift:65
en: cannot remove the demo's earlier ledger
sq: libri kontabël i mëparshëm i demos nuk mund të fshihet

# ArkaBooks/Demo/ShippedFiles.swift:40
en: cannot find {1} ({2} holding {3}); looked in {4}; pass {5}
sq: {1} nuk gjendet ({2} që përmban {3}); u kërkua në {4}; jepni {5}

# ArkaBooks/Engine/FileImport.swift:50
en: the file's reading stopped before it was read
sq: leximi i skedarit u ndërpre para se skedari të lexohej i gjithi

# ArkaBooks/Engine/Ledger+Backup.swift:24
en: the copy does not verify, so no backup was written: {1}; examine the ledger with arka verify
sq: kopja nuk verifikohet, ndaj nuk u shkrua asnjë kopje rezervë: {1}; kontrolloni librin kontabël me arka verify

# ArkaBooks/Engine/Ledger+Backup.swift:30
en: the backup was written but not verified; please report this fault of arka
sq: kopja rezervë u shkrua, por nuk u verifikua; ju lutemi raportojeni këtë defekt të arka

# ArkaBooks/Engine/Ledger+Calls.swift:30
en: a call needs its code
sq: një thirrje kërkon kodin e saj

# ArkaBooks/Engine/Ledger+Calls.swift:76
en: no such call in the ledger{1}
sq: nuk ka thirrje të tillë në librin kontabël{1}

# ArkaBooks/Engine/Ledger+Calls.swift:93
en: the ledger keeps no pseudonym key yet, and one cannot be added where it is; run any arka command that writes to it where it can be written, then export again
sq: libri kontabël nuk ka ende çelës pseudonimesh, dhe nuk mund t'i shtohet aty ku ndodhet; ekzekutoni çfarëdo komande arka që shkruan në të, aty ku mund të shkruhet, pastaj eksportoni sërish

# ArkaBooks/Engine/Ledger+Calls.swift:119
en: the call's grid names no scheme for its agreements (the key scheme)
sq: tabela e vlerësimit e thirrjes nuk përcakton skemë për marrëveshjet e saj (çelësi scheme)

# ArkaBooks/Engine/Ledger+Calls.swift:123
en: the call's grid names a scheme the ledger does not have
sq: tabela e vlerësimit e thirrjes përcakton një skemë që libri kontabël nuk e ka

# ArkaBooks/Engine/Ledger+Calls.swift:127
en: the scheme {1} is in {2} and the call in {3}
sq: skema {1} është në {2} dhe thirrja në {3}

# ArkaBooks/Engine/Ledger+Calls.swift:172
en: application {1}: {2}
sq: aplikimi {1}: {2}

# ArkaBooks/Engine/Ledger+Equipment.swift:56
en: set equipment_stock_account in ledger.yaml to buy equipment for handover
sq: vendosni equipment_stock_account në ledger.yaml për të blerë pajisje për dorëzim

# ArkaBooks/Engine/Ledger+Equipment.swift:64
en: the items of invoice {1} must share supplier, date and currency
sq: sendet e faturës {1} duhet të kenë të njëjtin furnitor, datë dhe monedhë

# ArkaBooks/Engine/Ledger+Equipment.swift:102
en: invoice {1} of {2} was booked already as {3}; reverse that purchase first to book it again
sq: fatura {1} e {2} është regjistruar tashmë si {3}; stornoni më parë atë blerje për ta regjistruar sërish

# ArkaBooks/Engine/Ledger+Equipment.swift:153
en: set equipment_stock_account in ledger.yaml to hand equipment over
sq: vendosni equipment_stock_account në ledger.yaml për të dorëzuar pajisje

# ArkaBooks/Engine/Ledger+Equipment.swift:156
en: no such agreement in the ledger
sq: nuk ka marrëveshje të tillë në librin kontabël

# ArkaBooks/Engine/Ledger+Equipment.swift:159
en: a handover protocol names its signatories
sq: një procesverbal dorëzimi duhet të japë nënshkruesit e tij

# ArkaBooks/Engine/Ledger+Equipment.swift:165
en: no item with this tag in the register
sq: nuk ka send me këtë etiketë në regjistër

# ArkaBooks/Engine/Ledger+Equipment.swift:206
en: a return needs its reason, for the audit trail
sq: një kthim kërkon arsyen e tij, për gjurmën e auditimit

# ArkaBooks/Engine/Ledger+Equipment.swift:209
en: set equipment_stock_account in ledger.yaml to take equipment back
sq: vendosni equipment_stock_account në ledger.yaml për të marrë pajisje mbrapsht

# ArkaBooks/Engine/Ledger+Equipment.swift:217
en: the item is listed twice in one return
sq: sendi është renditur dy herë në të njëjtin kthim

# ArkaBooks/Engine/Ledger+Equipment.swift:223
en: item {1} is {2}: only an item handed over can be returned
sq: sendi {1} është në gjendjen {2}: mund të kthehet vetëm një send i dorëzuar

# ArkaBooks/Engine/Ledger+Equipment.swift:226
en: item {1} was handed over on {2}
sq: sendi {1} u dorëzua më {2}

# ArkaBooks/Engine/Ledger+Equipment.swift:362
en: Tag
sq: Etiketa

# ArkaBooks/Engine/Ledger+Equipment.swift:362
en: Description
sq: Përshkrimi

# ArkaBooks/Engine/Ledger+Equipment.swift:362
en: Bought
sq: Blerë

# ArkaBooks/Engine/Ledger+Equipment.swift:362
en: Cost
sq: Kosto

# ArkaBooks/Engine/Ledger+Equipment.swift:363
en: Line
sq: Zëri

# ArkaBooks/Engine/Ledger+Equipment.swift:363
en: Recipient
sq: Përfituesi

# ArkaBooks/Engine/Ledger+Equipment.swift:363
en: Handed over
sq: Dorëzuar

# ArkaBooks/Engine/Ledger+Equipment.swift:364
en: Protocol
sq: Procesverbali

# ArkaBooks/Engine/Ledger+Grants.swift:22
en: no such recipient in the ledger
sq: nuk ka përfitues të tillë në librin kontabël

# ArkaBooks/Engine/Ledger+Grants.swift:25
en: no such scheme in the ledger
sq: nuk ka skemë të tillë në librin kontabël

# ArkaBooks/Engine/Ledger+Grants.swift:81
en: {1} gives equipment in kind: hand items over instead of paying
sq: {1} jep pajisje në natyrë: dorëzoni sende në vend që të paguani

# ArkaBooks/Engine/Ledger+Grants.swift:84
en: a disbursement needs its bank transfer reference
sq: një disbursim kërkon referencën e transfertës bankare

# ArkaBooks/Engine/Ledger+Grants.swift:139
en: agreement {1} was {2} on {3}
sq: marrëveshja {1} u mbyll ({2}) më {3}

# ArkaBooks/Engine/Ledger+Grants.swift:142
en: agreement {1} was approved on {2}
sq: marrëveshja {1} u miratua më {2}

# ArkaBooks/Engine/Ledger+Grants.swift:146
en: closing an agreement needs its reason
sq: mbyllja e një marrëveshjeje kërkon arsyen e saj

# ArkaBooks/Engine/Ledger+Grants.swift:151
en: agreement {1} delivered nothing: cancel it (`arka grant cancel`) instead of completing it
sq: marrëveshja {1} nuk dorëzoi asgjë: anulojeni (`arka grant cancel`) në vend që ta përfundoni

# ArkaBooks/Engine/Ledger+Grants.swift:157
en: agreement {1} has deliveries dated after {2}: complete it on or after its last delivery
sq: marrëveshja {1} ka dorëzime me datë pas {2}: përfundojeni në datën e dorëzimit të fundit ose më pas

# ArkaBooks/Engine/Ledger+Grants.swift:279
en: Agreement
sq: Marrëveshja

# ArkaBooks/Engine/Ledger+Grants.swift:279
en: Date
sq: Data

# ArkaBooks/Engine/Ledger+Grants.swift:279
en: Scheme
sq: Skema

# ArkaBooks/Engine/Ledger+Grants.swift:279
en: Amount
sq: Shuma
"""#
}
