/// The round's script (issue 18, point 1): plain JavaScript served as it is written, no build
/// step. It keeps the round and the queue of what was recorded in the browser's storage,
/// encrypted with a key drawn from the staff member's PIN (WebCrypto), saves each tap there
/// before it says "bewaard", and sends the queue to the hub whenever the hub answers. The
/// device numbers its entries, and the hub takes each number once.
enum RoundScript {
    static let page = #"""
    'use strict';
    (() => {
      const STORE = 'buurhub-round';
      const ROOT = document.getElementById('round');
      const CSRF = (document.querySelector('meta[name="csrf"]') || {}).content || '';
      const STAFF = ROOT.dataset.staff;
      const MAX_WRONG_PINS = 10;
      const WIPE_AFTER_MS = 10 * 60 * 1000;
      const OUTCOMES = { contact: 'Contact', neighbour: 'Bij de buren', letterbox: 'Brievenbus', 'not-home': 'Niet thuis' };
      const MINUTES = { '0-5': '0–5 min', '5-15': '5–15 min', '15+': '15+ min' };
      const REASONS = { 'follow-up': 'Opvolging signaal', chat: 'Praatje', 'help-request': 'Hulpvraag' };
      const CATEGORIES = {
        medication: 'Medicatie', 'falls-mobility': 'Vallen of mobiliteit', nutrition: 'Voeding', 'hygiene-home': 'Hygiëne of woning',
        loneliness: 'Eenzaamheid', 'finances-post': 'Geld of post', 'carer-strain': 'Mantelzorger overbelast', other: 'Anders'
      };
      let key = null;
      let data = null;
      let syncing = false;
      let busy = false;
      let open = null;
      let notice = '';
      let wipeAt = null;
      const drafts = {};

      const el = (tag, attributes, ...children) => {
        const node = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes || {})) {
          if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : value);
        }
        for (const child of children.flat()) {
          if (child !== null && child !== undefined && child !== false) node.append(child instanceof Node ? child : String(child));
        }
        return node;
      };
      const bytes = (text) => new TextEncoder().encode(text);
      const toBase64 = (buffer) => {
        let text = '';
        for (const byte of new Uint8Array(buffer)) text += String.fromCharCode(byte);
        return btoa(text);
      };
      const fromBase64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
      const today = () => {
        const d = new Date();
        return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
      };
      const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      const clock = (iso) => new Date(iso).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });

      function stored() {
        try { return JSON.parse(localStorage.getItem(STORE) || 'null'); } catch (_) { return null; }
      }

      async function deriveKey(pin, salt) {
        const material = await crypto.subtle.importKey('raw', bytes(pin), 'PBKDF2', false, ['deriveKey']);
        return crypto.subtle.deriveKey(
          { name: 'PBKDF2', salt, iterations: 310000, hash: 'SHA-256' }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']
        );
      }

      // Writes run one after another, each with the state as it is when it starts, so a slow
      // write can never put an older queue over a newer one, nor bring back a wiped copy.
      let saving = Promise.resolve();
      function save() {
        const run = saving.then(async () => {
          if (!data || !key) return;
          const iv = crypto.getRandomValues(new Uint8Array(12));
          const box = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, bytes(JSON.stringify(data)));
          if (!data) return;
          localStorage.setItem(STORE, JSON.stringify({ staff: STAFF, salt: data.salt, iv: toBase64(iv), box: toBase64(box), wrong: 0 }));
        });
        saving = run.catch(() => {});
        return run;
      }

      function wipe(message) {
        data = null;
        key = null;
        open = null;
        wipeAt = null;
        notice = message;
        localStorage.removeItem(STORE);
        saving = saving.then(() => localStorage.removeItem(STORE));
      }

      // Every wrong PIN is counted in the stored copy; after MAX_WRONG_PINS the copy is wiped.
      async function unlock(pin) {
        if (data) return;
        const copy = stored();
        if (!copy) throw new Error('Er staat geen ronde meer op dit apparaat.');
        const candidate = await deriveKey(pin, fromBase64(copy.salt));
        let plain;
        try {
          plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(copy.iv) }, candidate, fromBase64(copy.box));
        } catch (_) {
          copy.wrong = (copy.wrong || 0) + 1;
          if (copy.wrong >= MAX_WRONG_PINS) {
            wipe('Te vaak een verkeerde PIN: de ronde is van dit apparaat gewist. Meld het bij de hub.');
            return;
          }
          localStorage.setItem(STORE, JSON.stringify(copy));
          throw new Error('Deze PIN opent de ronde niet. Nog ' + (MAX_WRONG_PINS - copy.wrong) + ' pogingen, daarna wist dit apparaat de ronde.');
        }
        key = candidate;
        data = JSON.parse(new TextDecoder().decode(plain));
        notice = 'De ronde staat op dit apparaat.';
        await save();
        await dayEnd();
        await sync();
      }

      // A round is for its day: after it the stops go, and only what still waits to be sent stays.
      async function dayEnd() {
        if (!data || !data.round || data.round.day === today()) return false;
        data.round = null;
        notice = 'De ronde van een vorige dag is van dit apparaat gewist.';
        await save();
        if (data.queue.length === 0) wipe(notice);
        return true;
      }

      // A hub at the edge of the Wi-Fi may take a request and never answer: 15 seconds, then
      // the tablet counts itself out of range and tries again later.
      async function api(path, body) {
        let response;
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 15000);
        try {
          response = await fetch(path, {
            method: 'POST', credentials: 'same-origin', cache: 'no-store', signal: controller.signal,
            headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': CSRF, 'Accept-Language': 'nl' },
            body: JSON.stringify(body)
          });
        } catch (_) {
          const error = new Error('Geen verbinding met de hub.');
          error.offline = true;
          throw error;
        } finally {
          clearTimeout(timer);
        }
        let json = null;
        try { json = await response.json(); } catch (_) { json = null; }
        if (!response.ok) {
          const error = new Error((json && json.error && json.error.message) || ('De hub antwoordde ' + response.status + '.'));
          error.status = response.status;
          error.code = json && json.error && json.error.code;
          throw error;
        }
        return json;
      }

      async function fetchRound(pin) {
        if (data) return;
        const round = await api('/api/round', { pin });
        const salt = crypto.getRandomValues(new Uint8Array(16));
        key = await deriveKey(pin, salt);
        data = { salt: toBase64(salt), round, queue: [], next: round.next_seq, done: {}, refused: [] };
        notice = 'De ronde staat op dit apparaat.';
        await save();
      }

      async function record(entry, done) {
        entry.seq = data.next;
        entry.at = now();
        data.next += 1;
        data.queue.push(entry);
        Object.assign(data.done, done);
        wipeAt = null;
        try {
          await save();
          notice = 'Bewaard op dit apparaat.';
        } catch (_) {
          notice = 'Dit apparaat kon het niet bewaren: vol of geblokkeerd. Schrijf het op papier en meld het bij de hub.';
        }
      }

      function settled() {
        return Boolean(data && data.round && data.round.stops.every((stop) => stop.parcels.every((p) => data.done[p.barcode])));
      }

      async function sync() {
        if (syncing || !data || data.queue.length === 0) return;
        syncing = true;
        try {
          while (data && data.queue.length > 0) {
            const answer = await api('/api/round/sync', { entries: data.queue.slice(0, 100) });
            if (!data) break;
            for (const receipt of answer.receipts) {
              const entry = data.queue.find((e) => e.seq === receipt.seq);
              if (receipt.state === 'refused' && entry) data.refused.push({ seq: receipt.seq, what: describe(entry), message: receipt.message });
            }
            const answered = new Set(answer.receipts.map((r) => r.seq));
            data.queue = data.queue.filter((e) => !answered.has(e.seq));
            data.next = Math.max(data.next, answer.next_seq);
            await save();
          }
          notice = 'Alles is verstuurd naar de hub.';
          if (settled()) {
            wipeAt = Date.now() + WIPE_AFTER_MS;
            notice = 'Alles is verstuurd. Dit apparaat wist de ronde over 10 minuten, of nu met Ronde afsluiten.';
          }
        } catch (error) {
          if (error.status === 403 && (error.code === 'wrong-role' || error.code === 'not-paired')) {
            wipe('Dit apparaat is niet meer gekoppeld aan de hub. De ronde is van dit apparaat gewist.');
          } else {
            notice = error.offline
              ? 'Geen verbinding met de hub. Alles blijft bewaard op dit apparaat en gaat mee zodra de hub bereikbaar is.'
              : error.message + (error.status === 401 ? ' Log opnieuw in; wat wacht blijft bewaard.' : '');
          }
        } finally {
          syncing = false;
          render();
        }
      }

      async function finish() {
        await sync();
        if (!data) return;
        if (data.queue.length > 0) {
          notice = 'Nog ' + data.queue.length + ' niet verstuurd. Dat blijft bewaard tot de hub bereikbaar is.';
        } else {
          wipe('De ronde is afgesloten. De gegevens zijn van dit apparaat gewist.');
        }
        render();
      }

      function describe(entry) {
        if (entry.kind === 'outcome') return entry.barcode + ': ' + OUTCOMES[entry.outcome];
        if (entry.kind === 'visit') return 'bezoek: ' + REASONS[entry.reason];
        return 'signaal: ' + CATEGORIES[entry.category];
      }

      function pinForm(prompt, action) {
        const form = el('form', { id: 'pin-form', class: 'pin' },
          el('label', { for: 'round-pin' }, prompt),
          el('input', { id: 'round-pin', type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: '12', required: true }),
          el('button', { type: 'submit' }, 'Openen'));
        form.addEventListener('submit', async (event) => {
          event.preventDefault();
          const pin = form.querySelector('input').value;
          form.querySelector('button').disabled = true;
          try { await action(pin); } catch (error) { notice = error.message; }
          render();
        });
        return form;
      }

      function outcomeButtons(scope, parcels) {
        const medication = parcels.some((p) => p.medication);
        return el('div', { class: 'actions' }, Object.entries(OUTCOMES)
          .filter(([outcome]) => !(outcome === 'letterbox' && medication))
          .map(([outcome, label]) => el('button', { type: 'button', 'data-act': 'outcome', 'data-outcome': outcome, 'data-scope': scope }, label)));
      }

      function minutesChooser(scope) {
        return el('div', { class: 'actions minutes', role: 'group', 'aria-label': 'Hoe lang was het contact?' },
          el('p', {}, 'Hoe lang was het contact?'),
          Object.entries(MINUTES).map(([value, label]) => el('button', { type: 'button', 'data-act': 'minutes', 'data-minutes': value, 'data-scope': scope }, label)),
          el('button', { type: 'button', class: 'secondary', 'data-act': 'cancel' }, 'Terug'));
      }

      // What is typed in a form survives a redraw (a sync's answer, the day's end) until it is saved.
      function field(form, tag, attributes, ...children) {
        const draft = drafts[form + ':' + attributes.name];
        const node = el(tag, attributes, ...children);
        if (draft !== undefined) node.value = draft;
        return node;
      }

      function visitForm(resident) {
        const id = 'visit:' + resident.ref;
        return el('form', { class: 'entry', 'data-form': 'visit', 'data-resident': resident.ref },
          el('label', {}, 'Bezoek bij ' + resident.short_name + ': reden'),
          field(id, 'select', { name: 'reason' }, Object.entries(REASONS).map(([value, label]) => el('option', { value }, label))),
          el('label', {}, 'Minuten binnen'),
          field(id, 'input', { name: 'minutes', type: 'number', min: '0', max: '600', value: '10', required: true }),
          el('button', { type: 'submit' }, 'Bezoek bewaren'),
          el('button', { type: 'button', class: 'secondary', 'data-act': 'cancel' }, 'Terug'));
      }

      function signalForm(resident) {
        const id = 'signal:' + resident.ref;
        return el('form', { class: 'entry', 'data-form': 'signal', 'data-resident': resident.ref },
          el('label', {}, 'Signaal over ' + resident.short_name + ': soort'),
          field(id, 'select', { name: 'category' }, Object.entries(CATEGORIES).map(([value, label]) => el('option', { value }, label))),
          el('label', {}, 'Wat viel op (kort)'),
          field(id, 'textarea', { name: 'text', maxlength: '280', rows: '3', required: true }),
          el('button', { type: 'submit' }, 'Signaal bewaren'),
          el('button', { type: 'button', class: 'secondary', 'data-act': 'cancel' }, 'Terug'));
      }

      function parcelLine(stopIndex, parcel) {
        const done = data.done[parcel.barcode];
        const scope = stopIndex + ':' + parcel.barcode;
        const choosing = open === 'parcel:' + scope || open === 'minutes:' + scope;
        return el('li', { class: done ? 'parcel done' : 'parcel', 'data-barcode': parcel.barcode },
          el('span', { class: 'barcode' }, parcel.barcode), ' ', parcel.supplier,
          parcel.medication ? el('strong', { class: 'badge' }, 'medicatie: persoonlijk') : null,
          parcel.cold_chain && parcel.deadline_at ? el('strong', { class: 'badge' }, 'koel vóór ' + clock(parcel.deadline_at)) : null,
          parcel.retry ? el('span', { class: 'badge' }, 'nieuwe poging') : null,
          done ? el('span', { class: 'outcome' }, '✓ ' + OUTCOMES[done]) : null,
          !done && open === 'parcel:' + scope ? outcomeButtons(scope, [parcel]) : null,
          !done && open === 'minutes:' + scope ? minutesChooser(scope) : null,
          !done && !choosing ? el('button', { type: 'button', class: 'secondary', 'data-act': 'open', 'data-open': 'parcel:' + scope }, 'Per pakket') : null);
      }

      function stopCard(stop, index) {
        const waiting = stop.parcels.filter((p) => !data.done[p.barcode]);
        const scope = String(index);
        const plural = waiting.length > 1 ? 'ten' : '';
        return el('section', { class: waiting.length ? 'stop' : 'stop done', 'data-stop': index },
          el('h2', {}, (index + 1) + '. ' + stop.address),
          el('p', { class: 'residents' }, stop.residents.map((r) => r.short_name).join(', ')),
          stop.remarks.length ? el('ul', { class: 'remarks' }, stop.remarks.map((r) => el('li', {}, r))) : null,
          el('ul', { class: 'parcels' }, stop.parcels.map((p) => parcelLine(index, p))),
          waiting.length && open === 'minutes:' + scope ? minutesChooser(scope) : null,
          waiting.length && open !== 'minutes:' + scope
            ? [el('p', { class: 'note' }, 'Hele adres (' + waiting.length + ' pakket' + plural + '):'), outcomeButtons(scope, waiting)]
            : null,
          el('div', { class: 'actions' }, stop.residents.flatMap((r) => [
            el('button', { type: 'button', class: 'secondary', 'data-act': 'open', 'data-open': 'visit:' + r.ref }, 'Bezoek ' + r.short_name),
            el('button', { type: 'button', class: 'secondary', 'data-act': 'open', 'data-open': 'signal:' + r.ref }, 'Signaal ' + r.short_name)
          ])),
          stop.residents.map((r) => open === 'visit:' + r.ref ? visitForm(r) : open === 'signal:' + r.ref ? signalForm(r) : null));
      }

      function page() {
        const parts = [el('p', { id: 'status', role: 'status', 'aria-live': 'polite' }, notice)];
        if (!window.crypto || !crypto.subtle) {
          parts.push(el('p', { class: 'error' }, 'De ronde kan alleen veilig op dit apparaat bewaard worden via het beveiligde adres (https) van de hub. Vraag de beheerder om dat adres.'));
          return parts;
        }
        const copy = stored();
        if (!data && copy) {
          parts.push(copy.staff === STAFF
            ? pinForm('Typ uw PIN om de ronde op dit apparaat te openen', unlock)
            : el('p', { class: 'error' }, 'Op dit apparaat staat de ronde van een andere medewerker. Alleen die kan hem openen en versturen.'));
          return parts;
        }
        if (!data) {
          parts.push(pinForm('Typ uw PIN om de ronde van vandaag op te halen', fetchRound));
          return parts;
        }
        parts.push(el('p', { id: 'queue', class: 'figures' },
          el('span', {}, 'Wachtend: ' + data.queue.length), ' ',
          el('button', { type: 'button', 'data-act': 'sync' }, 'Versturen'), ' ',
          el('button', { type: 'button', class: 'secondary', 'data-act': 'finish' }, 'Ronde afsluiten')));
        if (data.refused.length) {
          parts.push(el('section', { class: 'error', id: 'refused' }, el('h2', {}, 'Niet verwerkt door de hub'),
            el('ul', {}, data.refused.map((r) => el('li', {}, r.what + ' — ' + r.message)))));
        }
        if (data.round) parts.push(data.round.stops.map(stopCard));
        return parts;
      }

      function render() {
        const focused = document.activeElement && document.activeElement.name
          ? '[data-form="' + (document.activeElement.form || {}).dataset?.form + '"] [name="' + document.activeElement.name + '"]' : null;
        ROOT.replaceChildren(...page().flat());
        const again = focused ? ROOT.querySelector(focused) : null;
        if (!again) return;
        again.focus();
        if (again.tagName === 'TEXTAREA') again.setSelectionRange(again.value.length, again.value.length);
      }

      function parcelsOf(scope) {
        const cut = scope.indexOf(':');
        const stop = data.round.stops[Number(cut < 0 ? scope : scope.slice(0, cut))];
        const barcode = cut < 0 ? null : scope.slice(cut + 1);
        return stop.parcels.filter((p) => !data.done[p.barcode] && (!barcode || p.barcode === barcode));
      }

      async function outcome(scope, value, minutes) {
        for (const parcel of parcelsOf(scope)) {
          if (data.done[parcel.barcode] || (value === 'letterbox' && parcel.medication)) continue;
          await record({ kind: 'outcome', barcode: parcel.barcode, outcome: value, minutes }, { [parcel.barcode]: value });
        }
      }

      async function act(button) {
        const what = button.dataset.act;
        if (what === 'open') open = button.dataset.open;
        if (what === 'cancel') open = null;
        if (what === 'outcome' && button.dataset.outcome === 'contact') open = 'minutes:' + button.dataset.scope;
        else if (what === 'outcome') { open = null; await outcome(button.dataset.scope, button.dataset.outcome, undefined); }
        if (what === 'minutes') { open = null; await outcome(button.dataset.scope, 'contact', button.dataset.minutes); }
        render();
        if (what === 'outcome' || what === 'minutes') sync();
      }

      // One tap at a time: a second tap while the first is saved would record a parcel twice.
      // Sending is not a tap: it may wait for a slow hub while the concierge goes on.
      ROOT.addEventListener('click', async (event) => {
        const button = event.target.closest('button[data-act]');
        if (!button || !data) return;
        if (button.dataset.act === 'sync') return sync();
        if (button.dataset.act === 'finish') return finish();
        if (busy) return;
        busy = true;
        try { await act(button); } finally { busy = false; }
      });

      ROOT.addEventListener('input', (event) => {
        const form = event.target.closest('form[data-form]');
        if (form && event.target.name) drafts[form.dataset.form + ':' + form.dataset.resident + ':' + event.target.name] = event.target.value;
      });

      ROOT.addEventListener('submit', async (event) => {
        const form = event.target.closest('form[data-form]');
        if (!form || !data || busy) return;
        event.preventDefault();
        busy = true;
        try {
          const resident = Number(form.dataset.resident);
          const fields = new FormData(form);
          const kind = form.dataset.form;
          if (kind === 'visit') {
            await record({ kind, resident, reason: fields.get('reason'), visit_minutes: Number(fields.get('minutes')) }, {});
          } else {
            await record({ kind, resident, category: fields.get('category'), text: String(fields.get('text')).replace(/\s+/g, ' ').trim() }, {});
          }
          for (const name of Object.keys(drafts)) if (name.startsWith(kind + ':' + resident + ':')) delete drafts[name];
          open = null;
          render();
          sync();
        } finally {
          busy = false;
        }
      });

      // Another window on this device changed the copy: this one lets go, so two windows never
      // number entries alike.
      window.addEventListener('storage', (event) => {
        if (event.key !== STORE || !data) return;
        data = null;
        key = null;
        notice = 'De ronde is in een ander venster veranderd. Typ uw PIN om hier verder te gaan.';
        render();
      });

      window.addEventListener('online', sync);
      setInterval(async () => {
        if (await dayEnd()) render();
        if (wipeAt && Date.now() >= wipeAt && data && data.queue.length === 0) {
          wipe('De ronde is klaar en verstuurd. De gegevens zijn van dit apparaat gewist.');
          render();
        }
        await sync();
      }, 20000);
      if ('serviceWorker' in navigator && window.isSecureContext) {
        navigator.serviceWorker.register('/round-worker.js', { scope: '/round' }).catch(() => {});
      }
      render();
    })();
    """#

    /// Keeps the page, its script and style sheet for a reload out of range; always asks the
    /// hub first, so a page from the cache is shown only when the hub cannot be reached.
    static let worker = #"""
    'use strict';
    const CACHE = 'buurhub-round-v1';
    const KEPT = { '/round': 'text/html', '/round.js': 'text/javascript', '/style.css': 'text/css' };
    self.addEventListener('install', (event) => {
      event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(Object.keys(KEPT))).then(() => self.skipWaiting()));
    });
    self.addEventListener('activate', (event) => { event.waitUntil(self.clients.claim()); });
    // Only the hub's own answer is kept: not a login page the hub redirected to, not an error.
    function keepable(url, response) {
      const type = response.headers.get('Content-Type') || '';
      return response.ok && !response.redirected && type.startsWith(KEPT[url.pathname]);
    }
    self.addEventListener('fetch', (event) => {
      const url = new URL(event.request.url);
      if (event.request.method !== 'GET' || url.origin !== self.location.origin || !(url.pathname in KEPT)) return;
      event.respondWith(fetch(event.request).then((response) => {
        if (keepable(url, response)) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(url.pathname, copy)));
        }
        return response;
      }).catch(() => caches.match(url.pathname).then((kept) => kept || Response.error())));
    });
    """#
}
