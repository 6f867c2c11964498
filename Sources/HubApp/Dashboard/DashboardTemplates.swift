/// The dashboard's pages as Mustache templates, in Dutch, for a tablet held by staff: large
/// type, one column, plain links and forms, no script. `{{ }}` escapes every value for HTML.
enum DashboardTemplates {
    static let all: [String: String] = [
        "head": head, "foot": foot, "pair": pair, "login": login, "error": error, "today": today, "stock": stock,
        "rides": rides, "report": report, "devices": devices, "audit": audit, "resident": resident, "signals": signals,
        "round": round,
    ]

    static let head = """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{frame.title}} — buurhub</title>
        <link rel="stylesheet" href="/style.css">
        {{#frame.csrf}}<meta name="csrf" content="{{frame.csrf}}">{{/frame.csrf}}
        </head>
        <body>
        {{#frame.staff}}
        <header>
        <nav aria-label="Dashboard">{{#frame.nav}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a> {{/frame.nav}}</nav>
        <form method="post" action="/logout" class="logout"><input type="hidden" name="csrf" value="{{frame.csrf}}"><span>{{frame.staff}}</span> <button type="submit">Uitloggen</button></form>
        </header>
        {{/frame.staff}}
        <main>
        <h1>{{frame.title}}</h1>
        """

    static let foot = """
        </main>
        <footer>{{frame.hub}}</footer>
        </body>
        </html>
        """

    static let pair = """
        {{> head}}
        {{#waiting}}
        <p>Koppelcode</p>
        <p class="code" id="code">{{code}}</p>
        <p>Vraag een medewerker om bij de kiosk in te loggen met pas en PIN en te typen:</p>
        <p><kbd>kiosk dashboard approve {{code}}</kbd></p>
        <p>De code geldt tien minuten. Daarna: <a class="button" href="/pair">Verder</a></p>
        {{/waiting}}
        {{#paired}}<p>Deze browser is gekoppeld aan de hub.</p><p><a class="button" href="/login">Inloggen</a></p>{{/paired}}
        {{#ask}}
        <p>{{ask}}</p>
        <form method="post" action="/pair"><button type="submit">Koppel deze browser</button></form>
        {{/ask}}
        {{> foot}}
        """

    static let login = """
        {{> head}}
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <form method="post" action="/login">
        <input type="hidden" name="csrf" value="{{frame.csrf}}">
        <label for="staff">Medewerker</label>
        <select id="staff" name="staff">{{#staff}}<option value="{{id}}">{{name}}</option>{{/staff}}</select>
        <label for="pin">PIN</label>
        <input id="pin" name="pin" type="password" inputmode="numeric" autocomplete="off" maxlength="12" required>
        <button type="submit">Inloggen</button>
        </form>
        {{> foot}}
        """

    static let error = """
        {{> head}}
        <p class="error" role="alert">{{message}}</p>
        <p><a class="button" href="{{back}}">Terug</a></p>
        {{> foot}}
        """

    static let today = """
        {{> head}}
        <p class="figures"><span><b>{{parcels}}</b> pakketten vandaag</span> <span><b>{{unassignedCount}}</b> zonder bewoner</span> <span><b>{{stopCount}}</b> adressen op de ronde</span> <span{{#hasOverdue}} class="alarm"{{/hasOverdue}}><b>{{overdueCount}}</b> koeling te laat</span></p>
        <h2>Koelketen te laat</h2>
        {{#overdue}}<p class="alarm">{{barcode}} — {{supplier}}, uiterlijk {{deadline}}{{#resident}} — <a href="{{link}}">{{name}}</a>{{/resident}}</p>{{/overdue}}
        {{^overdue}}<p>Geen.</p>{{/overdue}}
        <h2>Zonder bewoner</h2>
        <table><thead><tr><th>Barcode</th><th>Leverancier</th><th>Binnen</th></tr></thead><tbody>
        {{#unassigned}}<tr><td>{{barcode}}</td><td>{{supplier}}</td><td>{{received}}</td></tr>{{/unassigned}}
        </tbody></table>
        {{^unassigned}}<p>Geen.</p>{{/unassigned}}
        <h2>Op de ronde</h2>
        {{#stops}}<section class="stop"><h3>{{address}}</h3><p>{{#residents}}<a href="{{link}}">{{name}}</a> {{/residents}}</p><ul>{{#parcels}}<li>{{barcode}} — {{supplier}}{{#flags}} <strong>{{flags}}</strong>{{/flags}}</li>{{/parcels}}</ul></section>{{/stops}}
        {{^stops}}<p>Nog niets op de ronde.</p>{{/stops}}
        {{> foot}}
        """

    static let stock = """
        {{> head}}
        <h2>Bestellen</h2>
        <table><thead><tr><th>Artikel</th><th class="n">Voorraad</th><th class="n">Minimum</th><th class="n">Bestellen</th></tr></thead><tbody>
        {{#reorder}}<tr><td>{{number}} {{name}}</td><td class="n">{{inStock}}</td><td class="n">{{minimum}}</td><td class="n"><b>{{quantity}}</b></td></tr>{{/reorder}}
        </tbody></table>
        {{^reorder}}<p>Niets onder het minimum.</p>{{/reorder}}
        <h2>Uitleningen die aflopen</h2>
        <table><thead><tr><th>Artikel</th><th>Bewoner</th><th>Tot</th></tr></thead><tbody>
        {{#loans}}<tr{{#overdue}} class="alarm"{{/overdue}}><td>{{article}}</td><td>{{resident}}</td><td>{{due}}</td></tr>{{/loans}}
        </tbody></table>
        {{^loans}}<p>Geen uitleningen die binnen twee weken aflopen.</p>{{/loans}}
        <h2>Voorraad</h2>
        <table><thead><tr><th>Artikel</th><th>Soort</th><th class="n">Voorraad</th><th class="n">Minimum</th></tr></thead><tbody>
        {{#levels}}<tr{{#low}} class="alarm"{{/low}}><td>{{number}} {{name}}</td><td>{{kind}}</td><td class="n">{{inStock}}</td><td class="n">{{minimum}}</td></tr>{{/levels}}
        </tbody></table>
        {{^levels}}<p>Nog geen artikelen.</p>{{/levels}}
        {{> foot}}
        """

    static let rides = """
        {{> head}}
        <h2>Lopende ritten</h2>
        <table><thead><tr><th>Sinds</th><th>Dienst</th><th>Bewoner</th></tr></thead><tbody>
        {{#open}}<tr><td>{{since}}</td><td>{{service}}</td><td><a href="{{link}}">{{resident}}</a></td></tr>{{/open}}
        </tbody></table>
        {{^open}}<p>Geen lopende ritten.</p>{{/open}}
        <h2>Na te kijken</h2>
        <table><thead><tr><th>Sinds</th><th>Dienst</th><th>Bewoner</th><th class="n">Prijs</th></tr></thead><tbody>
        {{#reviews}}<tr><td>{{since}}</td><td>{{service}}</td><td><a href="{{link}}">{{resident}}</a></td><td class="n">{{price}}</td></tr>{{/reviews}}
        </tbody></table>
        {{^reviews}}<p>Niets na te kijken.</p>{{/reviews}}
        {{> foot}}
        """

    /// For the weekly case meeting: what needs following up, and who has gone unseen.
    static let signals = """
        {{> head}}
        <p class="note">Deze inzage is vastgelegd in het auditlog.</p>
        <h2>Open signalen</h2>
        <table><thead><tr><th>Opvolgen</th><th>Bewoner</th><th>Soort</th><th>Wat</th><th>Bij</th><th>Status</th></tr></thead><tbody>
        {{#open}}<tr{{#due}} class="alarm"{{/due}}><td>{{followUp}}</td><td>{{resident}}</td><td>{{category}}</td><td>{{text}}</td><td>{{owner}}</td><td>{{status}}</td></tr>{{/open}}
        </tbody></table>
        {{^open}}<p>Geen open signalen.</p>{{/open}}
        <h2>Uit zicht: {{quietDays}} dagen geen contact</h2>
        <table><thead><tr><th>Bewoner</th><th class="n">Leveringen</th><th class="n">Brievenbus</th><th>Laatst gesproken</th></tr></thead><tbody>
        {{#quiet}}<tr><td>{{name}}</td><td class="n">{{deliveries}}</td><td class="n">{{letterbox}}</td><td>{{lastContact}}</td></tr>{{/quiet}}
        </tbody></table>
        {{^quiet}}<p>Iedereen met leveringen is gesproken.</p>{{/quiet}}
        {{> foot}}
        """

    static let report = """
        {{> head}}
        <form method="get" action="/report" class="period">
        <label for="month">Maand</label> <input id="month" name="month" type="month" value="{{month}}">
        <button type="submit">Toon</button>
        </form>
        <form method="get" action="/report" class="period">
        <label for="quarter">Kwartaal</label> <input id="quarter" name="quarter" placeholder="2026-Q4" pattern="[0-9]{4}-Q[1-4]" size="8">
        <button type="submit">Toon</button>
        </form>
        <form method="get" action="/report" class="period">
        <label for="year">Jaar</label> <input id="year" name="year" inputmode="numeric" pattern="[0-9]{4}" placeholder="2026" size="5">
        <button type="submit">Toon</button>
        </form>
        <form method="get" action="/report" class="period">
        <label for="from">Van</label> <input id="from" name="from" type="date">
        <label for="to">tot en met</label> <input id="to" name="to" type="date">
        <button type="submit">Toon</button>
        </form>
        <p>Periode {{period}}: {{firstDay}} tot en met {{lastDay}}{{#closed}} — <strong>afgesloten</strong>{{/closed}}</p>
        <table class="figures"><tbody>
        {{#figures}}<tr><th>{{label}}</th><td class="n">{{value}}</td></tr>{{/figures}}
        </tbody></table>
        <h2>Leveringen per leverancier</h2>
        <table><thead><tr><th>Leverancier</th><th class="n">Afgeleverd</th><th class="n">Contact</th><th class="n">Brievenbus</th><th class="n">Buren</th></tr></thead><tbody>
        {{#suppliers}}<tr><td>{{name}}</td><td class="n">{{delivered}}</td><td class="n">{{contact}}</td><td class="n">{{letterbox}}</td><td class="n">{{neighbour}}</td></tr>{{/suppliers}}
        </tbody></table>
        <p class="note">{{van}}</p>
        <h2>Grafieken</h2>
        <figure><img src="/chart/deliveries.svg?months=12" alt="Leveringen per maand per leverancier, twaalf maanden; de cijfers staan in de tabel in de grafiek"></figure>
        <figure><img src="/chart/contact.svg?months=12" alt="Contactaandeel per maand, twaalf maanden"></figure>
        <h2>Downloaden</h2>
        <ul>
        <li><a href="/report.csv?{{query}}">Cijfers (CSV, voor Excel en andere spreadsheets)</a></li>
        <li><a href="/api/report?{{query}}" download="rapport-{{period}}.json">Cijfers (JSON)</a></li>
        <li><a href="/chart/deliveries.svg?months=12" download="leveringen.svg">Grafiek leveringen (SVG)</a></li>
        <li><a href="/chart/contact.svg?months=12" download="contact.svg">Grafiek contactaandeel (SVG)</a></li>
        </ul>
        {{> foot}}
        """

    static let devices = """
        {{> head}}
        <table><thead><tr><th>Apparaat</th><th>Toestand</th><th>Laatste fout</th><th class="n">Gelezen</th><th class="n">Geweigerd</th></tr></thead><tbody>
        {{#devices}}<tr{{#problem}} class="alarm"{{/problem}}><td>{{name}}</td><td>{{state}}</td><td>{{reason}}</td><td class="n">{{delivered}}</td><td class="n">{{dropped}}</td></tr>{{/devices}}
        </tbody></table>
        <h2>Opslag</h2>
        <table class="figures"><tbody>
        {{#storage}}<tr><th>{{label}}</th><td>{{value}}</td></tr>{{/storage}}
        </tbody></table>
        {{> foot}}
        """

    static let audit = """
        {{> head}}
        <p{{^intact}} class="alarm"{{/intact}}>{{chain}}</p>
        <table><thead><tr><th>Wanneer</th><th>Wie</th><th>Wat</th><th>Waarover</th></tr></thead><tbody>
        {{#entries}}<tr><td>{{at}}</td><td>{{staff}}</td><td>{{action}}</td><td>{{subject}}</td></tr>{{/entries}}
        </tbody></table>
        {{> foot}}
        """

    static let resident = """
        {{> head}}
        <p>Tegoed: {{credit}}</p>
        <p class="note">Deze inzage is vastgelegd in het auditlog.</p>
        <table><thead><tr><th>Wanneer</th><th>Wat</th></tr></thead><tbody>
        {{#entries}}<tr><td>{{time}}</td><td>{{text}}</td></tr>{{/entries}}
        </tbody></table>
        {{^entries}}<p>Nog niets vastgelegd.</p>{{/entries}}
        {{> foot}}
        """

    /// The one page with a script: the round on a tablet, drawn by `/round.js`.
    static let round = """
        {{> head}}
        <div id="round" data-staff="{{staffId}}">
        <p id="status" role="status">De ronde wordt geladen…</p>
        <noscript><p class="error">De ronde op de tablet heeft JavaScript nodig. Zet het aan in de browser.</p></noscript>
        </div>
        <script src="/round.js"></script>
        {{> foot}}
        """

    /// Served as /style.css, so the Content-Security-Policy can forbid inline styles.
    static let style = """
        body { font-family: system-ui, sans-serif; font-size: 20px; line-height: 1.5; margin: 0; color: #000; background: #fff; }
        header { background: #003366; color: #fff; padding: 0.5em 1em; display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; }
        nav a { color: #fff; margin-right: 1em; font-weight: bold; text-decoration: none; display: inline-block; padding: 0.4em 0; }
        nav a[aria-current=page] { text-decoration: underline; }
        main { padding: 0.5em 1em 2em; max-width: 60em; }
        footer { padding: 1em; color: #444; font-size: 16px; }
        h1 { font-size: 30px; margin: 0.4em 0; }
        h2 { font-size: 24px; margin-top: 1.4em; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: 0.35em 0.5em; border-bottom: 1px solid #666; vertical-align: top; }
        .n { text-align: right; }
        .alarm { color: #a00000; font-weight: bold; }
        .error { border: 3px solid #a00000; padding: 0.5em; color: #a00000; font-weight: bold; }
        .note { font-size: 18px; color: #333; }
        .code { font-size: 64px; letter-spacing: 0.2em; font-weight: bold; margin: 0.2em 0; }
        .figures span { display: inline-block; margin-right: 1.5em; }
        button, .button, select, input { font-size: 22px; padding: 0.4em 0.8em; min-height: 48px; }
        button, .button { background: #003366; color: #fff; border: 0; border-radius: 6px; text-decoration: none; display: inline-block; }
        label { display: block; margin-top: 0.8em; font-weight: bold; }
        .logout button { font-size: 18px; min-height: 40px; background: #fff; color: #003366; }
        .logout span { margin-right: 0.5em; }
        figure { margin: 1em 0; }
        figure img { max-width: 100%; height: auto; border: 1px solid #999; }
        kbd { font-size: 22px; background: #eee; padding: 0.1em 0.3em; }
        .period label { display: inline; margin-right: 0.3em; }
        form.period { margin: 0.4em 0; }
        .stop { border: 2px solid #003366; border-radius: 8px; padding: 0.5em 1em; margin: 1em 0; }
        .stop.done { border-color: #999; color: #333; }
        .stop h2 { margin: 0.2em 0; }
        .residents { font-size: 24px; font-weight: bold; margin: 0.2em 0; }
        .parcels { list-style: none; padding: 0; }
        .parcel { padding: 0.4em 0; border-bottom: 1px solid #ccc; }
        .parcel > button { margin-left: 0.5em; }
        .barcode { font-family: monospace; font-size: 22px; }
        .badge { display: inline-block; margin-left: 0.5em; padding: 0 0.4em; border: 2px solid #a00000; color: #a00000; border-radius: 4px; }
        .outcome { margin-left: 0.5em; font-weight: bold; color: #005a00; }
        .actions { display: flex; flex-wrap: wrap; gap: 0.5em; margin: 0.5em 0; align-items: center; }
        .actions p { width: 100%; margin: 0; font-weight: bold; }
        button.secondary { background: #fff; color: #003366; border: 2px solid #003366; }
        .entry textarea, .entry select, .entry input, .pin input { width: 100%; box-sizing: border-box; font-size: 22px; }
        #status { font-size: 22px; font-weight: bold; min-height: 1.5em; }
        """
}
