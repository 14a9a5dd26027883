extension Catalogue {
    /// The web face (`arka serve`) and its users (`arka user`).
    static let albanianWeb = #"""
en: --listen takes HOST:PORT, like 127.0.0.1:8080.
sq: --listen merr HOST:PORT, si 127.0.0.1:8080.

en: Added
sq: Shtuar

en: Added by
sq: Shtuar nga

en: Added user {1} as {2}.
sq: U shtua përdoruesi {1} si {2}.

en: Agreements
sq: Marrëveshjet

en: Amount ({1})
sq: Shuma ({1})

en: Applicants and recipients who are persons appear by pseudonym, unless names are asked for.
sq: Aplikantët dhe përfituesit që janë persona fizikë shfaqen me pseudonim, përveç kur kërkohen emrat.

en: Applicants and recipients who are persons are shown by pseudonym.
sq: Aplikantët dhe përfituesit që janë persona fizikë shfaqen me pseudonim.

en: As of
sq: Më

en: Use of the start-up grant
sq: Përdorimi i grantit fillestar

en: Indicators
sq: Treguesit

en: Back to the ledger's first page
sq: Kthehu te faqja e parë e librit

en: Balance sheet
sq: Bilanci

en: Budget execution by fund and heading
sq: Zbatimi i buxhetit sipas fondit dhe kapitullit

en: Budget line
sq: Zëri i buxhetit

en: Budget report
sq: Raporti i buxhetit

en: Calls and rankings
sq: Thirrjet dhe renditjet

en: Cash counted ({1})
sq: Paratë e numëruara ({1})

en: Cash flow
sq: Fluksi i parasë

en: Cash flow, month by month
sq: Fluksi i parasë, muaj pas muaji

en: Count the till
sq: Numëro arkën

en: Dashboard
sq: Pasqyra

en: Date of the reversal
sq: Data e stornimit

en: Disabled user {1}.
sq: U çaktivizua përdoruesi {1}.

en: Document
sq: Dokumenti

en: Download
sq: Shkarko

en: Enabled user {1}.
sq: U aktivizua përsëri përdoruesi {1}.

en: Entry {1}
sq: Regjistrimi {1}

en: Equipment
sq: Pajisjet

en: Flags
sq: Sinjalizimet

en: Fund position
sq: Gjendja e fondeve

en: Grants
sq: Grantet

en: Head: entry {1}, hash {2}
sq: Koka: regjistrimi {1}, hash {2}

en: Income and expense by fund and budget line
sq: Të ardhurat dhe shpenzimet sipas fondit dhe zërit të buxhetit

en: Kept: {1}. A filtered page shows no running balance.
sq: Të mbajtura: {1}. Një faqe e filtruar nuk tregon gjendje progresive.

en: Last change
sq: Ndryshimi i fundit

en: Newest
sq: Më të rejat

en: No ledger is served at this address.
sq: Në këtë adresë nuk shërbehet asnjë libër.

en: No such workbook: {1}.
sq: Nuk ka libër pune të tillë: {1}.

en: Not found
sq: Nuk u gjet

en: Note (why it differs)
sq: Shënim (pse ndryshon)

en: Older
sq: Më të vjetrat

en: Open commitments
sq: Angazhimet e hapura

en: Password
sq: Fjalëkalimi

en: Password for {1}: 
sq: Fjalëkalimi për {1}: 

en: Post the reversal
sq: Regjistro stornimin

en: Posted {1}, the reversal of {2}.
sq: U regjistrua {1}, stornimi i {2}.

en: Profit and loss
sq: Fitimi dhe humbja

en: Record a sale
sq: Regjistro një shitje

en: Record an expense
sq: Regjistro një shpenzim

en: Record the count
sq: Regjistro numërimin

en: Record the expense
sq: Regjistro shpenzimin

en: Record the sale
sq: Regjistro shitjen

en: Recorded {1}: {2} {3} to {4} from {5}, on {6}.
sq: U regjistrua {1}: {2} {3} për {4} nga {5}, në llogarinë {6}.

en: Refused
sq: Refuzuar

en: Register
sq: Regjistri

en: Reverse this entry
sq: Storno këtë regjistrim

en: Role
sq: Roli

en: Sales by product
sq: Shitjet sipas produktit

en: Serving {1} at http://{2}:{3}/; stop with Ctrl-C.
sq: Po shërbehen {1} në http://{2}:{3}/; ndalo me Ctrl-C.

en: Set a new password for {1}.
sq: U vendos një fjalëkalim i ri për {1}.

en: Shop
sq: Dyqani

en: Show
sq: Shfaq

en: Show applicants and recipients by name
sq: Shfaq aplikantët dhe përfituesit me emër

en: Sign in
sq: Hyr

en: Sign in first: this form was sent without a session.
sq: Hyni fillimisht: ky formular u dërgua pa seancë.

en: Sign out
sq: Dil

en: Statement
sq: Pasqyra financiare

en: Statements
sq: Pasqyrat financiare

en: Supplier
sq: Furnitori

en: Support to third parties
sq: Mbështetja për palët e treta

en: Text
sq: Teksti

en: The books have no entries yet.
sq: Librat nuk kanë ende regjistrime.

en: The books have no entry {1}.
sq: Librat nuk kanë regjistrimin {1}.

en: The books served here
sq: Librat që shërbehen këtu

en: The form carries no request key: open the page again and send it once more.
sq: Formulari nuk ka çelës kërkese: hapeni faqen përsëri dhe dërgojeni edhe një herë.

# ArkaWeb/WebFace+Visit.swift
en: The form's request key is not one this server gives (16 to 64 letters, digits, - or _): open the page again and send it once more.
sq: Çelësi i kërkesës së formularit nuk është nga ata që jep ky server (16 deri në 64 shkronja, shifra, - ose _): hapeni faqen përsëri dhe dërgojeni edhe një herë.

en: The form's security token is missing or stale: open the page again and send it once more.
sq: Shenja e sigurisë së formularit mungon ose ka skaduar: hapeni faqen përsëri dhe dërgojeni edhe një herë.

en: The journal, the record log and every register check out
sq: Ditari, regjistri i ndryshimeve dhe çdo regjistër janë në rregull

en: The ledger has no users yet; add one with arka user add.
sq: Libri nuk ka ende përdorues; shtoni një me arka user add.

en: The ledger holds no call yet.
sq: Libri nuk ka ende asnjë thirrje.

en: The last {1} of today's {2} entries; the register shows them all.
sq: {1} të fundit nga {2} regjistrimet e sotme; regjistri i tregon të gjitha.

en: The month
sq: Muaji

en: The same again: 
sq: I njëjti përsëri: 

en: These books keep no shop.
sq: Këta libra nuk mbajnë dyqan.

en: This form was sent before and recorded once, at {1}, as {2}; nothing more was written.
sq: Ky formular u dërgua më parë dhe u regjistrua një herë, më {1}, si {2}; nuk u shkrua asgjë më shumë.

en: This form was sent before and recorded once, at {1}; nothing more was written.
sq: Ky formular u dërgua më parë dhe u regjistrua një herë, më {1}; nuk u shkrua asgjë më shumë.

en: To
sq: Deri më

en: Today's entries
sq: Regjistrimet e sotme

en: Trial balance
sq: Bilanci i verifikimit

en: Trial balance by fund
sq: Bilanci i verifikimit sipas fondit

en: User name
sq: Emri i përdoruesit

en: User {1} is now {2}.
sq: Përdoruesi {1} tani është {2}.

en: Verification
sq: Verifikimi

en: Verification found problems: run arka verify
sq: Verifikimi gjeti probleme: ekzekutoni arka verify

en: Verifying the books: reload the page in a moment.
sq: Librat po verifikohen: ringarkojeni faqen pas pak.

en: What was bought
sq: Çfarë u ble

en: Workbook
sq: Libri i punës

en: Workbooks
sq: Librat e punës

en: Your role, {1}, does not open this page or send this form.
sq: Roli juaj, {1}, nuk e hap këtë faqe dhe nuk e dërgon këtë formular.

en: Your role, {1}, opens no page of these books.
sq: Roli juaj, {1}, nuk hap asnjë faqe të këtyre librave.

en: Record it as a correction after the cash count
sq: Regjistroje si korrigjim pas numërimit të arkës

en: a password holds no control character
sq: një fjalëkalim nuk mban shenja kontrolli

en: Your session has ended: sign in again.
sq: Seanca juaj mbaroi: hyni përsëri.

en: a ledger's name in the addresses is lower-case letters, digits and dashes, and not language or static
sq: emri i një libri në adresa përbëhet nga shkronja të vogla, shifra dhe viza, dhe nuk është language ose static

en: cannot listen there: the address is in use (by another program, or another arka serve); choose another with --listen
sq: nuk mund të dëgjohet aty: adresa është në përdorim (nga një program tjetër, ose një arka serve tjetër); zgjidhni një tjetër me --listen

en: cannot listen there: {1}
sq: nuk mund të dëgjohet aty: {1}

en: warning: listening on {1}, beyond this machine: put a proxy that speaks TLS in front, and give --secure-cookies
sq: kujdes: po dëgjohet në {1}, përtej këtij kompjuteri: vendosni përpara një proxy që flet TLS, dhe jepni --secure-cookies

en: a password has at least {1} characters
sq: një fjalëkalim ka të paktën {1} shenja

en: a password has at most {1} bytes
sq: një fjalëkalim ka të shumtën {1} bajte

en: a role is admin, officer, committee, clerk or viewer
sq: një rol është admin, officer, committee, clerk ose viewer

en: a user change the ledger cannot hold
sq: një ndryshim përdoruesi që libri nuk mund ta mbajë

en: a user's name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit
sq: emri i një përdoruesi ka 1 deri në 64 shkronja, shifra, pika, viza ose nënvija, dhe fillon me shkronjë ose shifër

en: active
sq: aktiv

en: administrator
sq: administrator

en: budget
sq: buxheti

en: cannot read back the workbook made
sq: libri i punës i bërë nuk mund të lexohet përsëri

en: choose at least one product for the sale
sq: zgjidhni të paktën një produkt për shitjen

en: committed
sq: angazhuar

en: disabled
sq: çaktivizuar

en: finance officer
sq: zyrtar financiar

en: give the password on standard input, or type it at a terminal
sq: jepeni fjalëkalimin në hyrjen standarde, ose shkruajeni në terminal

en: grant committee
sq: komisioni i granteve

en: cash
sq: para në dorë

en: bank
sq: bankë

en: card
sq: kartë

en: cash at the end
sq: paratë në fund

en: money in
sq: para hyrëse

en: money out
sq: para dalëse

en: of the books as they are now
sq: të librave siç janë tani

en: of the books before the last writes; checked again within a minute
sq: të librave para shkrimeve të fundit; kontrollohen përsëri brenda një minute

en: shop clerk
sq: shitëse e dyqanit

en: spent
sq: shpenzuar

en: the books have no entries yet; choose a period
sq: librat nuk kanë ende regjistrime; zgjidhni një periudhë

en: the ledger has a user with this name already
sq: libri ka tashmë një përdorues me këtë emër

en: the ledger has no user of this name; arka user list shows them
sq: libri nuk ka përdorues me këtë emër; arka user list i tregon

en: the system clock is outside the years 1900 to 9999
sq: ora e sistemit është jashtë viteve 1900 deri në 9999

en: the two passwords typed differ
sq: dy fjalëkalimet e shkruara ndryshojnë

en: the user has this role already
sq: përdoruesi e ka tashmë këtë rol

en: the user is disabled already
sq: përdoruesi është tashmë i çaktivizuar

en: the user is not disabled
sq: përdoruesi nuk është i çaktivizuar

en: the write failed: {1}
sq: shkrimi dështoi: {1}

en: two ledgers are served under the same name; name them NAME=PATH
sq: dy libra shërbehen me të njëjtin emër; emërtojini EMËR=SHTEG

en: viewer
sq: lexues

en: {1} postings, newest first
sq: {1} veprime, më të rejat së pari

# ArkaWeb/Pages/CentrePage.swift
en: The programme's centre is not shown with these books.
sq: Qendra e programit nuk shfaqet me këta libra.

en: Office
sq: Zyra

en: What the offices sent at their last sync, by pseudonym: each office's balance and their total.
sq: Çfarë dërguan zyrat në sinkronizimin e tyre të fundit, me pseudonime: gjendja e secilës zyrë dhe totali i tyre.

en: All offices
sq: Të gjitha zyrat

en: Centre
sq: Qendra

# ArkaWeb/WebFace.swift
en: the centre is shown to the users of a ledger served here: name one of them
sq: qendra u shfaqet përdoruesve të një libri që shërbehet këtu: emërtoni njërin prej tyre

en: a balance is split by account, fund or budget line
sq: një bilanc ndahet sipas llogarisë, fondit ose zërit të buxhetit
"""#
}
