import Mustache

/// The pages' templates (swift-mustache), kept in the program so that an installed `arka`
/// serves them without files beside it. `{{x}}` is escaped for HTML; `{{{x}}}` is HTML made by
/// the templates themselves (a partial, a chart).
enum Templates {
    /// The templates by name, parsed once.
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in sources {
            // A template that does not parse is a fault of this file, found by the route tests.
            if let template = try? MustacheTemplate(string: text) { library.register(template, named: name) }
        }
        return library
    }()

    static let sources: [(String, String)] = [
        ("page", page), ("login", login), ("ledgers", ledgers), ("dashboard", dashboard),
        ("statements", statements), ("register", register), ("entry", entry), ("grants", grants),
        ("workbooks", workbooks), ("shop", shop), ("month", month), ("refused", refused), ("centre", centre),
    ]

    /// Every page: the header with the ledger, the sections the role may open, the user and
    /// the language; then the page's own part.
    static let page = """
        <!doctype html>
        <html lang="{{language}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · Arka</title>
        <style>{{{css}}}</style>
        </head>
        <body>
        <header>
        <a class="brand" href="{{home}}">Arka{{#ledgerTitle}} · {{ledgerTitle}}{{/ledgerTitle}}</a>
        <nav>{{#nav}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/nav}}</nav>
        <div class="who">
        {{#user}}<span>{{user}} · {{role}}</span>
        <form method="post" action="{{logout}}"><input type="hidden" name="csrf" value="{{csrf}}"><button class="link">{{signOut}}</button></form>{{/user}}
        {{#languages}}<a href="{{href}}" lang="{{code}}"{{#current}} aria-current="true"{{/current}}>{{code}}</a>{{/languages}}
        </div>
        </header>
        <main>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        <h1>{{title}}</h1>
        {{{body}}}
        </main>
        </body>
        </html>
        """

    static let ledgers = """
        <ul class="ledgers">{{#ledgers}}<li><a href="{{href}}">{{title}}</a> <small>/{{name}}</small></li>{{/ledgers}}</ul>
        """

    static let login = """
        <form method="post" action="{{action}}" class="card">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <input type="hidden" name="next" value="{{next}}">
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <label>{{userLabel}}<input name="user" autocomplete="username" autocapitalize="none" required value="{{user}}"></label>
        <label>{{passwordLabel}}<input name="password" type="password" autocomplete="current-password" required></label>
        <button class="primary">{{signIn}}</button>
        </form>
        """

    static let refused = """
        <p class="error" role="alert">{{sentence}}</p>
        {{#back}}<p><a href="{{back}}">{{backLabel}}</a></p>{{/back}}
        """

    static let dashboard = """
        <section class="tiles">{{#tiles}}<div class="tile"><small>{{label}}</small><strong>{{value}}</strong>{{#detail}}<small>{{detail}}</small>{{/detail}}</div>{{/tiles}}</section>
        {{#chart}}<section><h2>{{chartTitle}}</h2>{{{chart}}}</section>{{/chart}}
        {{#hasFlags}}<section><h2>{{flagsTitle}}</h2><ul class="flags">{{#flags}}<li>{{.}}</li>{{/flags}}</ul></section>{{/hasFlags}}
        {{#commitments}}<section><h2>{{commitmentsTitle}}</h2>{{{commitments}}}</section>{{/commitments}}
        <section><h2>{{verifyTitle}}</h2><p class="{{verifyClass}}">{{verify}}</p><p class="hash">{{head}}</p></section>
        """

    static let statements = """
        <form method="get" class="chooser">
        <label>{{reportLabel}}<select name="report">{{#reports}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/reports}}</select></label>
        {{#showFrom}}<label>{{fromLabel}}<input type="{{inputType}}" name="from" value="{{from}}"></label>{{/showFrom}}
        <label>{{toLabel}}<input type="{{inputType}}" name="to" value="{{to}}"></label>
        <button>{{show}}</button>
        </form>
        {{{report}}}
        """

    static let centre = """
        <form method="get" class="chooser">
        <label>{{reportLabel}}<select name="report">{{#reports}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/reports}}</select></label>
        <label>{{officeLabel}}<select name="office">{{#offices}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/offices}}</select></label>
        <label>{{byLabel}}<select name="by">{{#groupings}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/groupings}}</select></label>
        <label>{{toLabel}}<input type="date" name="to" value="{{to}}"></label>
        <button>{{show}}</button>
        </form>
        <p class="note">{{note}}</p>
        {{{report}}}
        """

    static let register = """
        <form method="get" class="chooser">
        <label>{{accountLabel}}<input name="account" value="{{account}}" list="accounts"></label>
        <datalist id="accounts">{{#accounts}}<option value="{{code}}">{{name}}</option>{{/accounts}}</datalist>
        <label>{{fundLabel}}<input name="fund" value="{{fund}}"></label>
        <label>{{lineLabel}}<input name="line" value="{{line}}"></label>
        <label>{{partyLabel}}<input name="counterparty" value="{{counterparty}}"></label>
        <label>{{documentLabel}}<input name="document" value="{{document}}"></label>
        <label>{{textLabel}}<input name="text" value="{{text}}"></label>
        <label>{{fromLabel}}<input type="date" name="from" value="{{from}}"></label>
        <label>{{toLabel}}<input type="date" name="to" value="{{to}}"></label>
        <button>{{show}}</button>
        </form>
        {{#summary}}<p class="line">{{summary}}</p>{{/summary}}
        <div class="scroll"><table>
        <thead><tr>{{#columns}}<th{{#isFigure}} class="num"{{/isFigure}}>{{title}}</th>{{/columns}}</tr></thead>
        <tbody>{{#rows}}<tr><td><a href="{{href}}">{{date}}</a></td><td><a href="{{href}}">{{entry}}</a></td><td>{{account}}</td><td>{{description}}</td><td>{{fund}}</td><td>{{line}}</td><td class="num">{{amount}}</td><td class="num">{{balance}}</td></tr>{{/rows}}</tbody>
        </table></div>
        <nav class="pages">{{#newer}}<a href="{{newer}}">{{newerLabel}}</a>{{/newer}} <span>{{pageLabel}}</span> {{#older}}<a href="{{older}}">{{olderLabel}}</a>{{/older}}</nav>
        """

    static let entry = """
        {{#refusal}}<p class="error" role="alert">{{refusal}}</p>{{/refusal}}
        {{{report}}}
        {{#reverse}}<form method="post" action="{{action}}" class="card">
        <h2>{{reverseTitle}}</h2>
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="key" value="{{key}}">
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <label>{{dateLabel}}<input type="date" name="date" value="{{date}}" required></label>
        {{#dateError}}<p class="error">{{dateError}}</p>{{/dateError}}
        <label>{{reasonLabel}}<input name="reason" value="{{reason}}" required></label>
        {{#reasonError}}<p class="error">{{reasonError}}</p>{{/reasonError}}{{#afterCount}}<label class="check"><input type="checkbox" name="after_count" value="1"> {{afterCountLabel}}</label>{{/afterCount}}
        <button class="primary">{{reverseButton}}</button>
        </form>{{/reverse}}
        """

    static let grants = """
        <nav class="tabs">{{#tabs}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/tabs}}</nav>
        {{#hasCalls}}<form method="get" class="chooser"><input type="hidden" name="show" value="calls">
        <label>{{callLabel}}<select name="call">{{#calls}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{code}} · {{name}}</option>{{/calls}}</select></label>
        <button>{{show}}</button></form>{{/hasCalls}}
        {{#namesNote}}<p class="note">{{namesNote}}</p>{{/namesNote}}
        {{{report}}}
        """

    static let workbooks = """
        <form method="get" action="{{action}}" class="card">
        <label>{{workbookLabel}}<select name="workbook">{{#workbooks}}<option value="{{name}}">{{label}}</option>{{/workbooks}}</select></label>
        <label>{{fromLabel}}<input type="date" name="from" value="{{from}}"></label>
        <label>{{toLabel}}<input type="date" name="to" value="{{to}}"></label>
        {{#mayName}}<label class="check"><input type="checkbox" name="names" value="1"> {{namesLabel}}</label>{{/mayName}}
        <p class="note">{{pseudonymNote}}</p>
        <button class="primary">{{download}}</button>
        </form>
        """

    static let shop = """
        {{#mayWrite}}<form method="post" action="{{saleAction}}" class="card sale">
        <h2>{{saleTitle}}</h2>
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="key" value="{{key}}">
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        {{#hasBasket}}<table class="basket">{{#basket}}<tr><td>{{name}}</td><td><input type="number" name="qty.{{code}}" value="{{quantity}}" min="0" step="any" inputmode="decimal" aria-label="{{name}}"></td><td class="num">{{amount}}</td></tr>{{/basket}}
        <tr class="total"><td>{{totalLabel}}</td><td></td><td class="num">{{total}}</td></tr></table>
        <fieldset class="payment">{{#payments}}<label><input type="radio" name="payment" value="{{code}}"{{#checked}} checked{{/checked}}> {{label}}</label>{{/payments}}</fieldset>
        <button name="record" value="1" class="primary">{{recordSale}}</button>{{/hasBasket}}
        {{#saleErrors.products}}<p class="error" role="alert">{{saleErrors.products}}</p>{{/saleErrors.products}}
        <div class="products">{{#products}}<button name="add" value="{{code}}" class="product">{{name}}<small>{{price}}</small></button>{{/products}}</div>
        {{^hasBasket}}<fieldset class="payment">{{#payments}}<label><input type="radio" name="payment" value="{{code}}"{{#checked}} checked{{/checked}}> {{label}}</label>{{/payments}}</fieldset>{{/hasBasket}}
        <label>{{dateLabel}}<input type="date" name="date" value="{{date}}" required></label>
        {{#saleErrors.date}}<p class="error">{{saleErrors.date}}</p>{{/saleErrors.date}}{{#saleAfterCount}}<label class="check"><input type="checkbox" name="after_count" value="1"> {{afterCountLabel}}</label>{{/saleAfterCount}}{{#saleErrors.payment}}<p class="error">{{saleErrors.payment}}</p>{{/saleErrors.payment}}
        {{^hasBasket}}<button name="record" value="1" class="primary">{{recordSale}}</button>{{/hasBasket}}
        </form>{{/mayWrite}}
        <section class="tiles">{{#tiles}}<div class="tile"><small>{{label}}</small><strong>{{value}}</strong></div>{{/tiles}}</section>
        <section><h2>{{todayTitle}}</h2>{{{today}}}</section>
        {{#mayWrite}}<form method="post" action="{{countAction}}" class="card">
        <h2>{{countTitle}}</h2>
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="key" value="{{countKey}}">
        {{#countError}}<p class="error" role="alert">{{countError}}</p>{{/countError}}
        <label>{{countedLabel}}<input name="counted" value="{{counted}}" inputmode="decimal" required></label>
        {{#countErrors.counted}}<p class="error">{{countErrors.counted}}</p>{{/countErrors.counted}}
        <label>{{noteLabel}}<input name="note" value="{{note}}"></label>
        {{#countErrors.note}}<p class="error">{{countErrors.note}}</p>{{/countErrors.note}}
        <label>{{dateLabel}}<input type="date" name="date" value="{{date}}" required></label>
        {{#countErrors.date}}<p class="error">{{countErrors.date}}</p>{{/countErrors.date}}{{#countAfterCount}}<label class="check"><input type="checkbox" name="after_count" value="1"> {{afterCountLabel}}</label>{{/countAfterCount}}
        <button class="primary">{{recordCount}}</button>
        </form>
        <form method="post" action="{{expenseAction}}" class="card">
        <h2>{{expenseTitle}}</h2>
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="key" value="{{expenseKey}}">
        {{#expenseError}}<p class="error" role="alert">{{expenseError}}</p>{{/expenseError}}
        <label>{{whatLabel}}<input name="description" value="{{description}}" required></label>
        {{#expenseErrors.description}}<p class="error">{{expenseErrors.description}}</p>{{/expenseErrors.description}}
        <label>{{supplierLabel}}<input name="supplier" value="{{supplier}}" required></label>
        {{#expenseErrors.supplier}}<p class="error">{{expenseErrors.supplier}}</p>{{/expenseErrors.supplier}}
        <label>{{amountLabel}}<input name="amount" value="{{amount}}" inputmode="decimal" required></label>
        {{#expenseErrors.amount}}<p class="error">{{expenseErrors.amount}}</p>{{/expenseErrors.amount}}
        <label>{{accountLabel}}<select name="account">{{#expenseAccounts}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{code}} · {{name}}</option>{{/expenseAccounts}}</select></label>
        {{#expenseErrors.account}}<p class="error">{{expenseErrors.account}}</p>{{/expenseErrors.account}}
        <fieldset class="payment">{{#expensePayments}}<label><input type="radio" name="paid" value="{{code}}"{{#checked}} checked{{/checked}}> {{label}}</label>{{/expensePayments}}</fieldset>
        {{#expenseErrors.paid}}<p class="error">{{expenseErrors.paid}}</p>{{/expenseErrors.paid}}
        <label>{{dateLabel}}<input type="date" name="date" value="{{date}}" required></label>
        {{#expenseErrors.date}}<p class="error">{{expenseErrors.date}}</p>{{/expenseErrors.date}}{{#expenseAfterCount}}<label class="check"><input type="checkbox" name="after_count" value="1"> {{afterCountLabel}}</label>{{/expenseAfterCount}}
        <button class="primary">{{recordExpense}}</button>
        </form>{{/mayWrite}}
        """

    static let month = """
        <form method="get" class="chooser"><label>{{monthLabel}}<input type="month" name="month" value="{{month}}"></label><button>{{show}}</button></form>
        <section><h2>{{chartTitle}}</h2>{{{chart}}}</section>
        {{{products}}}
        {{{cashflow}}}
        """
}
