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
"""#
}
