// presse through better-sqlite3, run by node's own test runner:
//   cd tests/node && npm ci && PRESSE_BUILD=../../build node --test
// (tests/check_node.sh does this). better-sqlite3 brings its own SQLite,
// usually newer than the system's: the extension must load into it.
//
// Every function and table-valued function the build registers is found by
// comparing a plain connection with one that loaded the extension; the
// explicit tests of a feature are skipped while it is not in the build.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Database = require('better-sqlite3');

const ROOT = path.resolve(__dirname, '..', '..');
const BUILD = path.resolve(ROOT, process.env.PRESSE_BUILD || 'build');
const EXT = path.join(BUILD, 'presse.so');
const VERSION = fs.readFileSync(path.join(ROOT, 'VERSION'), 'utf8').trim();

function open(file = ':memory:') {
  const db = new Database(file);
  db.loadExtension(EXT);
  return db;
}

function catalogue(db) {
  const funcs = db.prepare('SELECT DISTINCT name, narg FROM pragma_function_list').all();
  const mods = db.prepare('SELECT name FROM pragma_module_list').pluck().all();
  return { funcs, mods };
}

const plain = catalogue(new Database(':memory:'));
const loaded = catalogue(open());
const known = new Set(plain.funcs.map((f) => `${f.name}/${f.narg}`));
const FUNCS = loaded.funcs.filter((f) => !known.has(`${f.name}/${f.narg}`));
const MODULES = loaded.mods.filter((m) => !plain.mods.includes(m));
const NAMES = new Set([...FUNCS.map((f) => f.name), ...MODULES]);
const has = (...names) => names.every((n) => NAMES.has(n));
const skipUnless = (...names) => (has(...names) ? false : `${names.join(', ')} not in this build yet`);

test('the extension registers presse_version and more', () => {
  assert.ok(NAMES.has('presse_version'));
  assert.ok(NAMES.size >= 2);
});

test('presse_version() is the VERSION file', () => {
  assert.equal(open().prepare('SELECT presse_version()').pluck().get(), VERSION);
});

test('presse_debug() reports the SQLite it runs in', { skip: skipUnless('presse_debug') }, () => {
  const db = open();
  const info = Object.fromEntries(
    db.prepare('SELECT presse_debug()').pluck().get().split('\n').map((l) => l.split(': ', 2)),
  );
  assert.equal(info.version, VERSION);
  assert.equal(info.linkage, 'loadable extension');
  assert.equal(info.sqlite.split(' ')[0], db.prepare('SELECT sqlite_version()').pluck().get());
});

// ------------------------------------------------------------- generic
for (const { name, narg } of FUNCS) {
  if (narg < 0) continue;
  test(`${name}(): a wrong argument count is an error naming it`, () => {
    const args = Array(narg + 3).fill("'x'").join(', ');
    assert.throws(() => open().prepare(`SELECT ${name}(${args})`).get(), {
      name: 'SqliteError',
      message: new RegExp(`${name}\\(\\)`),
    });
  });
  if (narg >= 1) {
    test(`${name}(NULL...) is NULL`, () => {
      const args = Array(narg).fill('?').join(', ');
      assert.equal(open().prepare(`SELECT ${name}(${args})`).pluck().get(...Array(narg).fill(null)), null);
    });
  }
}
for (const name of MODULES) {
  test(`${name}(): no argument is an error naming it; NULL gives no rows`, () => {
    const db = open();
    assert.throws(() => db.prepare(`SELECT * FROM ${name}()`).all(), { message: new RegExp(`${name}\\(\\)`) });
    assert.deepEqual(db.prepare(`SELECT * FROM ${name}(?)`).all(null), []);
  });
}

// ---------------------------------------------------- french_normalize
test('french_normalize with bound parameters', { skip: skipUnless('french_normalize') }, () => {
  const db = open();
  const norm = db.prepare('SELECT french_normalize(?)').pluck();
  assert.equal(norm.get('Œuvre'), 'oeuvre');
  assert.equal(norm.get('L’ÉTAT'), "l'etat");
  assert.equal(norm.get('  Jean\u00a0–\u202fPierre  '), 'jean - pierre');
  assert.equal(norm.get(null), null);
  const named = db.prepare('SELECT french_normalize(@t, @o)').pluck();
  assert.equal(named.get({ t: 'Élysée', o: 'keep_accents' }), 'élysée');
  // A Buffer is a BLOB: invalid bytes get the documented replacement.
  assert.equal(norm.get(Buffer.from([0x63, 0x61, 0x66, 0xc3, 0xa9, 0x20, 0xff])), 'cafe \ufffd');
});

test('french_normalize: unknown option is an SqliteError', { skip: skipUnless('french_normalize') }, () => {
  assert.throws(() => open().prepare("SELECT french_normalize('a', 'shout')").get(), {
    name: 'SqliteError',
    message: /french_normalize\(\).*'shout'/,
  });
});

test('french_normalize in an index groups spellings', { skip: skipUnless('french_normalize') }, () => {
  const db = open();
  db.exec('CREATE TABLE people(name TEXT); CREATE INDEX people_key ON people(french_normalize(name))');
  const ins = db.prepare('INSERT INTO people VALUES (?)');
  db.transaction((names) => names.forEach((n) => ins.run(n)))(['Hélène Durand', 'HELENE DURAND', 'Paul']);
  const rows = db.prepare('SELECT french_normalize(name) AS k, count(*) AS n FROM people GROUP BY k ORDER BY k').all();
  assert.deepEqual(rows, [{ k: 'helene durand', n: 2 }, { k: 'paul', n: 1 }]);
});

// ------------------------------------------------------------ articles
// Written for these tests (not from any corpus).
const ARTICLES = [
  "La ministre de la Culture, Claire Montel, s'est rendue mardi à Lyon. " +
    '« Nous allons rouvrir le musée », a déclaré Claire Montel. ' +
    "Selon la mairie de Lyon, les travaux coûteront deux millions d'euros.",
  "Le club de l'Olympique de Marseille a battu Nantes samedi. " +
    "« C'était un match difficile », a reconnu l'entraîneur Marc Lenoir.",
];

function newsDb() {
  const db = open();
  db.exec('CREATE TABLE articles(id INTEGER PRIMARY KEY, body TEXT)');
  const ins = db.prepare('INSERT INTO articles(body) VALUES (?)');
  ARTICLES.forEach((a) => ins.run(a));
  ins.run(null);
  return db;
}

// JavaScript strings are UTF-16: code-point offsets need Array.from.
const slice = (s, a, b) => Array.from(s).slice(a, b).join('');

test('entities() over a table', { skip: skipUnless('entities', 'french_normalize') }, () => {
  const db = newsDb();
  const rows = db
    .prepare(
      `SELECT a.id, a.body, e.start, e."end", e.text, e.type, e.canonical, e.key
         FROM articles AS a, entities(a.body) AS e ORDER BY a.id, e.start`,
    )
    .all();
  assert.ok(rows.length > 0);
  const norm = db.prepare('SELECT french_normalize(?)').pluck();
  for (const r of rows) {
    assert.equal(slice(r.body, r.start, r.end), r.text);
    assert.ok(['PER', 'LOC', 'ORG', 'MISC'].includes(r.type));
    assert.equal(r.key, norm.get(r.canonical));
  }
  assert.ok(rows.some((r) => r.id === 1 && r.text === 'Lyon' && r.type === 'LOC'));
});

test('entities(): invalid UTF-8 is an SqliteError with the byte', { skip: skipUnless('entities') }, () => {
  assert.throws(
    () => open().prepare('SELECT * FROM entities(CAST(? AS TEXT))').all(Buffer.from('Paris \xff', 'latin1')),
    { message: /entities\(\): invalid UTF-8 at byte 6/ },
  );
});

test('quotes() over a table', { skip: skipUnless('quotes') }, () => {
  const db = newsDb();
  const rows = db
    .prepare(
      `SELECT a.body, q.start, q."end", q.text, q.kind, q.speaker, q.speaker_key, q.cue
         FROM articles AS a, quotes(a.body) AS q ORDER BY a.id, q.start`,
    )
    .all();
  const direct = rows.filter((r) => r.kind === 'direct');
  assert.equal(direct.length, 2);
  for (const r of rows) assert.equal(slice(r.body, r.start, r.end), r.text);
  assert.equal(direct[0].text, 'Nous allons rouvrir le musée');
  assert.match(direct[0].speaker, /Montel/);
  assert.equal(direct[0].cue, 'a déclaré');
});

test("FTS5 tokenizer 'french'", { skip: skipUnless('french_terms') }, () => {
  const db = open();
  db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'french')");
  const ins = db.prepare('INSERT INTO t(rowid, body) VALUES (?, ?)');
  ARTICLES.forEach((a, i) => ins.run(i + 1, a));
  const hits = db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid').pluck();
  assert.deepEqual(hits.all('declaration'), [1]);
  assert.deepEqual(hits.all('Ministres'), [1]);
  assert.deepEqual(hits.all('entraîneurs'), [2]);
});

// -------------------------------------------------------------- corpus
test('corpus(): a missing directory names it', { skip: skipUnless('corpus') }, () => {
  assert.throws(() => open().prepare('SELECT * FROM corpus(?)').all('/no/such/dir'), {
    message: /corpus\(\).*\/no\/such\/dir/,
  });
});

test('corpus load with sql/schema.sql and sql/load.sql, then a report', { skip: skipUnless('corpus', 'entities', 'quotes') }, () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'presse-node-'));
  const db = open(path.join(tmp, 'news.db'));
  try {
    const script = (f) =>
      fs.readFileSync(path.join(ROOT, 'sql', f), 'utf8')
        .split('\n').filter((l) => !l.startsWith('.')).join('\n');
    db.exec(script('schema.sql'));
    // load.sql binds :dir, so it runs statement by statement.
    const dir = path.join(ROOT, 'corpus');
    let stmt = '';
    for (const line of script('load.sql').split('\n')) {
      stmt += line + '\n';
      if (!/;\s*$/.test(line) || /^\s*--/.test(line)) continue;
      // a trigger's body has statements of its own: it ends at END;
      if (/\bCREATE\s+(TEMP\s+)?TRIGGER\b/i.test(stmt) && !/\bEND;\s*$/i.test(line)) continue;
      const s = db.prepare(stmt);
      const params = stmt.includes(':dir') ? [{ dir }] : [];
      if (s.reader) s.all(...params); else s.run(...params);
      stmt = '';
    }
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
    assert.equal(db.prepare('SELECT count(*) FROM docs').pluck().get(), files.length);
    const top = db
      .prepare(
        `SELECT type, max(canonical) AS name, count(*) AS n FROM mentions
          GROUP BY key ORDER BY n DESC, name LIMIT 5`,
      )
      .all();
    assert.equal(top.length, 5);
    assert.ok(top[0].n >= top[4].n);
    assert.ok(db.prepare('SELECT count(*) FROM quotations').pluck().get() > 0);
    assert.ok(db.prepare("SELECT count(*) FROM docs_fts WHERE docs_fts MATCH 'ministre'").pluck().get() >= 1);
  } finally {
    db.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
