extension Catalogue {
    /// Report headings, notices and summaries, part 4.
    static let albanianTexts4 = #"""
en: An item needs --tag, --description, --supplier, --invoice, --date, --amount, --currency, --fund, --budget-line and --paid-from (or --file).
sq: Një send kërkon --tag, --description, --supplier, --invoice, --date, --amount, --currency, --fund, --budget-line dhe --paid-from (ose --file).

en: Recorded {1}: {2} {3} to {4} from {5}, on {6}
sq: U regjistrua {1}: {2} {3} për {4} nga {5}, në llogarinë {6}

en: {1} to fund {2} line {3}.
sq: {1}, në fondin {2}, zëri {3}.

en: {1} to fund {2}.
sq: {1}, në fondin {2}.

en: warning: {1} is now {2}; the old spelling keeps working until the next release
sq: kujdes: {1} tani quhet {2}; shkrimi i vjetër vazhdon të pranohet deri në versionin e ardhshëm
en: as of {1}
sq: më {1}

en: at the end of {1}
sq: në fund të {1}

en: Stored call {1}: {2} applications from {3}, evaluations from {4}.
sq: U ruajt thirrja {1}: {2} aplikime nga {3}, vlerësimet nga {4}.

en: Completed {1} on {2}; {3} it did not use is released.
sq: U përmbyll {1} më {2}; lirohen {3} që nuk u përdorën.

en: the tag was given to an item bought by {1}, reversed by {2}; a tag is never given twice: label the item anew
sq: etiketa iu dha një sendi të blerë me {1}, të stornuar me {2}; një etiketë nuk jepet kurrë dy herë: etiketojeni sendin nga e para
en: the count is short by {1}; say why in a note
sq: numërimi ka mungesë prej {1}; shpjegoni arsyen në një shënim

en: the count is over by {1}; say why in a note
sq: numërimi ka tepricë prej {1}; shpjegoni arsyen në një shënim

en: the count finds {1} {2} of {3} missing; say why in a note
sq: numërimi gjen {1} {2} {3} që mungojnë; shpjegoni arsyen në një shënim

en: the count finds {1} {2} of {3} more than the books hold; say why in a note
sq: numërimi gjen {1} {2} {3} më shumë se ç'kanë librat; shpjegoni arsyen në një shënim

en: {1} accounts, {2} funds, {3} budget lines, {4} rates
sq: {1} llogari, {2} fonde, {3} zëra buxhetorë, {4} kurse

en: {1}, {2} reporting rates
sq: {1}, {2} kurse raportimi

en: Checked {1}: {2}; base currency {3}.
sq: U kontrollua {1}: {2}; monedha bazë {3}.

en: Created {1}: {2}; base currency {3}.
sq: U krijua {1}: {2}; monedha bazë {3}.
en: the cash count
sq: numërimi i arkës

en: the stock count
sq: numërimi i stokut


en: the rate
sq: kursi


en: the award
sq: dhënia e grantit

en: the agreement
sq: marrëveshja

en: the cancellation
sq: anulimi

en: the completion
sq: përmbyllja

en: the change
sq: ndryshimi

en: the closing
sq: mbyllja

en: Total sales
sq: Totali i shitjeve

en: Total cost of sales
sq: Totali i kostos së shitjeve

en: Total fixed costs
sq: Totali i kostove fikse

en: Total grant and other income
sq: Totali i grantit dhe të ardhurave të tjera

en: the revision
sq: rishikimi

en: {1} days after the action's end ({2})
sq: {1} ditë pas përfundimit të projektit ({2})

en: ; and 
sq: ; dhe 

en: the entry
sq: regjistrimi


en: it is empty
sq: është bosh

en: {1} and {2} more
sq: {1} dhe {2} të tjera
en: the ledger has a scheme with this code already
sq: libri kontabël ka tashmë një skemë me këtë kod

en: the scheme appears twice
sq: skema shfaqet dy herë

en: the product list has a product with this code already; change its price with arka product price
sq: lista e produkteve ka tashmë një produkt me këtë kod; ndryshojini çmimin me arka product price

en: the income account must be an income account of the chart
sq: llogaria e të ardhurave duhet të jetë një llogari të ardhurash e planit kontabël

en: The product list is empty.
sq: Lista e produkteve është bosh.

en: Price
sq: Çmimi

en: Income
sq: Të ardhurat

en: Products and their prices on {1}
sq: Produktet dhe çmimet e tyre më {1}

en: as defined
sq: siç u përcaktua

en: Price changes
sq: Ndryshimet e çmimeve

en: scheme {1} added
sq: u shtua skema {1}

en: recipient {1} added
sq: u shtua përfituesi {1}

en: product {1} added
sq: u shtua produkti {1}

en: price of product {1} changed
sq: u ndryshua çmimi i produktit {1}

en: Give --file, or one product with --code, --name, --unit, --price and --income-account, not both.
sq: Jepni --file, ose një produkt me --code, --name, --unit, --price dhe --income-account, jo të dyja.

en: Name the product with --code, --name, --unit, --price and --income-account, or give --file.
sq: Përshkruajeni produktin me --code, --name, --unit, --price dhe --income-account, ose jepni --file.

en: Give --file, or one recipient with --code, --name and --kind, not both.
sq: Jepni --file, ose një përfitues me --code, --name dhe --kind, jo të dyja.

en: Name the recipient with --code, --name and --kind, or give --file.
sq: Përshkruajeni përfituesin me --code, --name dhe --kind, ose jepni --file.

en: {1} is on the product list from {2}, after the sale's day {3}
sq: {1} është në listën e produkteve nga {2}, pas ditës së shitjes {3}

en: a key appears twice
sq: një çelës shfaqet dy herë
en: a withdrawal needs a reason, for the audit trail
sq: një tërheqje kërkon një arsye, për gjurmën e auditimit

en: batch #{1} posted entries ({2}); undo it with arka reverse --batch {3}
sq: paketa #{1} regjistroi veprime ({2}); anulojeni me arka reverse --batch {3}

en: batch #{1} was withdrawn on {2} by {3}
sq: paketa #{1} u tërhoq më {2} nga {3}

en: no line of batch #{1} counts as its own any more: a later import brought them back
sq: asnjë rresht i paketës #{1} nuk i përket më asaj: një import i mëvonshëm i solli përsëri

en: statement line {1} of batch #{2} is matched to {3}; undo the match first (arka bank match --undo {4})
sq: rreshti {1} i ekstraktit i paketës #{2} është përputhur me {3}; anulojeni fillimisht përputhjen (arka bank match --undo {4})

en: the statement line
sq: rreshti i ekstraktit

en: a later statement continues from these lines (line {1} of {2}, batch #{3}); withdraw it first
sq: një ekstrakt i mëvonshëm vazhdon nga këta rreshta (rreshti {1} i datës {2}, paketa #{3}); tërhiqeni atë fillimisht

en: a later statement continues from these lines (line {1} of {2})
sq: një ekstrakt i mëvonshëm vazhdon nga këta rreshta (rreshti {1} i datës {2})

en: batch #{1} is a bank statement ({2}): it posted no entries to reverse; withdraw it with arka bank withdraw --batch {3}
sq: paketa #{1} është një ekstrakt bankar ({2}): nuk regjistroi veprime për t'u stornuar; tërhiqeni me arka bank withdraw --batch {3}

en: withdrawn
sq: tërhequr

en: a batch is the number an import printed (1, 2, ...)
sq: paketa është numri që shtypi importi (1, 2, ...)

en: Withdrew statement import #{1} ({2}): 1 line of account {3} no longer counts.
sq: U tërhoq importi i ekstraktit #{1} ({2}): 1 rresht i llogarisë {3} nuk llogaritet më.

en: Withdrew statement import #{1} ({2}): {3} lines of account {4} no longer count.
sq: U tërhoq importi i ekstraktit #{1} ({2}): {3} rreshta të llogarisë {4} nuk llogariten më.

en: statement line {1} of an import batch is not in the ledger
sq: rreshti {1} i ekstraktit i një pakete importi nuk është në librin kontabël
en: the text is not UTF-8; save the file as CSV UTF-8, or read it through an import profile that names its encoding (--profile excel-sq-1250 for a CSV an older Excel saved in Albanian)
sq: teksti nuk është UTF-8; ruajeni skedarin si CSV UTF-8, ose lexojeni përmes një profili importi që tregon kodimin e tij (--profile excel-sq-1250 për një CSV që një Excel më i vjetër ruajti në shqip)

en: the file is not {1} text, as its import profile says
sq: skedari nuk është tekst {1}, siç thotë profili i tij i importit

en: the encoding is utf-8, {1}
sq: kodimi është utf-8, {1}
en: the file is UTF-8 text, not {1} as its import profile says: read it through a profile without an encoding
sq: skedari është tekst UTF-8, jo {1} siç thotë profili i tij i importit: lexojeni përmes një profili pa kodim

en: Total {1}
sq: Totali {1}
en: {1} is on the product list from {2}; its price holds from then on: date the new price then or later
sq: {1} është në listën e produkteve nga {2}; çmimi i tij vlen që atëherë: jepini çmimit të ri atë datë ose një më të vonë

en: give {1} or its old spelling {2}, not both
sq: jepni {1} ose shkrimin e tij të vjetër {2}, jo të dyja
en: Every entry
sq: Të gjitha regjistrimet

en: goods in stock at unit cost
sq: mallrat në stok me koston për njësi

en: sales by product, without VAT
sq: shitjet sipas produktit, pa TVSH

en: the income accounts of the sales (no product has one yet)
sq: llogaritë e të ardhurave të shitjeve (asnjë produkt nuk ka ende një të tillë)

en: the income accounts of the sales ({1})
sq: llogaritë e të ardhurave të shitjeve ({1})

en: cash counts' differences
sq: diferencat e numërimeve të arkës

en: their entries' movement on the accounts counted
sq: lëvizja e regjistrimeve të tyre në llogaritë e numëruara

en: bank statement lines matched on {1}
sq: rreshtat e ekstraktit bankar të përputhur në {1}

en: their entries' movement on {1}
sq: lëvizja e regjistrimeve të tyre te {1}

en: equipment in stock, at cost
sq: pajisjet në stok, me koston

en: equipment handed over, at cost
sq: pajisjet e dorëzuara, me koston

en: in-kind grant expense ({1})
sq: shpenzimi i grantit në natyrë ({1})

en: consumed per agreement ({1})
sq: e konsumuar sipas marrëveshjes ({1})

en: each agreement's grant postings
sq: rreshtat e grantit të çdo marrëveshjeje

en: account {1} ({2})
sq: llogaria {1} ({2})
en: account {1}
sq: llogaria {1}
en: rule
sq: rregull

en: chosen
sq: zgjedhur

en: posted
sq: regjistruar

en: post
sq: regjistrime

en: sales
sq: shitje

en: expenses
sq: shpenzime

en: statement
sq: ekstrakt

en: purchase reversed
sq: blerje e stornuar

en: in stock
sq: në stok

en: handed over
sq: dorëzuar

en: cancelled
sq: anuluar

en: completed
sq: përmbyllur

en: open
sq: e hapur
"""#
}
