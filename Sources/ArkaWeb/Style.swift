extension WebFace {
    /// The pages' one style sheet, inline (no file to serve, nothing loaded from elsewhere):
    /// phone first, wider screens get more columns. Figures align right in tabular digits.
    static let css = """
        :root{--ink:#1d2430;--muted:#5b6472;--line:#d8dde5;--accent:#0b5cad;--ok:#1f7a3a;--bad:#b3261e;--bg:#f6f7f9}
        *{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
        header{background:#fff;border-bottom:1px solid var(--line);padding:.5rem .75rem;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
        .brand{font-weight:700;color:var(--ink);text-decoration:none;margin-right:auto}
        nav{display:flex;flex-wrap:wrap;gap:.25rem .75rem}nav a{color:var(--accent);text-decoration:none;padding:.25rem 0}
        nav a[aria-current]{font-weight:700;border-bottom:2px solid var(--accent)}
        .who{display:flex;gap:.5rem;align-items:center;font-size:.9rem;color:var(--muted)}.who form{margin:0}
        .who a{color:var(--accent)}.who a[aria-current]{font-weight:700;color:var(--ink)}
        main{padding:.75rem;max-width:1200px;margin:0 auto}h1{font-size:1.35rem;margin:.25rem 0 .75rem}h2{font-size:1.1rem;margin:1rem 0 .5rem}
        .notice{background:#e7f4ea;border:1px solid #b7dcc0;padding:.6rem .75rem;border-radius:6px}
        .error{color:var(--bad);margin:.25rem 0}.note{color:var(--muted);font-size:.9rem}
        .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.75rem;margin:0 0 1rem;display:grid;gap:.5rem;max-width:640px}
        label{display:grid;gap:.2rem;font-size:.9rem;color:var(--muted)}label.check{display:flex;gap:.4rem;align-items:center}
        input,select{max-width:100%;min-width:0}label,.card>*{min-width:0}
        input,select,button{font:inherit;padding:.55rem .6rem;border:1px solid var(--line);border-radius:6px;background:#fff;color:var(--ink);min-height:44px}
        button{cursor:pointer}button.primary{background:var(--accent);color:#fff;border-color:var(--accent);font-weight:600}
        button.link{border:0;background:none;color:var(--accent);padding:0;min-height:0}
        .chooser{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin-bottom:.75rem}
        .scroll{overflow-x:auto;background:#fff;border:1px solid var(--line);border-radius:8px;margin:.5rem 0 1rem}
        table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{padding:.35rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
        th{background:#eef1f5;font-weight:600;white-space:nowrap}.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        tr.rule td{border-bottom:2px solid var(--ink);padding:0}p.line{margin:.2rem 0}
        .tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:.5rem;margin:.5rem 0 1rem}
        .tile{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.6rem;display:grid;gap:.15rem}.tile strong{font-size:1.15rem;font-variant-numeric:tabular-nums}
        .tile small{color:var(--muted)}.ok{color:var(--ok)}.bad{color:var(--bad)}.hash{font-family:ui-monospace,monospace;font-size:.8rem;word-break:break-all;color:var(--muted)}
        .products{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:.5rem}
        .product{display:grid;text-align:left;padding:.75rem;min-height:64px;font-weight:600}.product small{font-weight:400;color:var(--muted)}
        .basket input{width:6rem}.basket .total td{font-weight:700}.payment{border:0;padding:0;display:flex;gap:1rem;flex-wrap:wrap}
        .payment label{display:flex;gap:.3rem;align-items:center;color:var(--ink);font-size:1rem}
        .tabs{margin-bottom:.75rem}.pages{display:flex;gap:1rem;justify-content:space-between}ul.ledgers{font-size:1.1rem}
        svg{width:100%;max-width:720px;height:auto;background:#fff;border:1px solid var(--line);border-radius:8px}
        svg text{font:12px system-ui,sans-serif;fill:var(--ink)}
        """
}
