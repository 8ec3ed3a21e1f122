"""presse from Python's sqlite3 module, the way a data person uses it.

Run with a Python whose sqlite3 module can load extensions (Debian's
/usr/bin/python3 can): tests/check_python.sh, or
    PRESSE_BUILD=build /usr/bin/python3 -m pytest tests/python

Every function and table-valued function the build registers is found by
comparing a plain connection with one that loaded the extension, and gets
the generic checks (bad argument count, NULL); the explicit tests of a
feature are skipped while that feature is not in the build.
"""

import collections
import os
import pathlib
import re
import sqlite3

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BUILD = pathlib.Path(os.environ.get("PRESSE_BUILD", ROOT / "build"))
if not BUILD.is_absolute():
    BUILD = ROOT / BUILD
EXT = str(BUILD / "presse")  # load_extension() adds .so itself
VERSION = (ROOT / "VERSION").read_text().strip()


def connect(path=":memory:"):
    conn = sqlite3.connect(path)
    conn.enable_load_extension(True)
    conn.load_extension(EXT)
    # Loading is only needed once: close the door SQL could use.
    conn.enable_load_extension(False)
    return conn


def catalogue(conn):
    funcs = {
        (name, narg)
        for name, narg in conn.execute(
            "SELECT name, narg FROM pragma_function_list"
        )
    }
    mods = {name for (name,) in conn.execute("SELECT name FROM pragma_module_list")}
    return funcs, mods


def registered():
    plain = sqlite3.connect(":memory:")
    f0, m0 = catalogue(plain)
    f1, m1 = catalogue(connect())
    return sorted(f1 - f0), sorted(m1 - m0)


FUNCS, MODULES = registered()
NAMES = {name for name, _ in FUNCS} | set(MODULES)


def need(name):
    if name not in NAMES:
        pytest.skip(f"{name} is not in this build yet")


@pytest.fixture
def db():
    conn = connect()
    yield conn
    conn.close()


# ------------------------------------------------------------- generic


def test_something_is_registered():
    assert "presse_version" in NAMES
    assert len(NAMES) >= 2


@pytest.mark.parametrize("name,narg", FUNCS)
def test_wrong_argument_count_names_the_function(db, name, narg):
    # narg -1 means any count: nothing to get wrong.
    if narg < 0:
        pytest.skip(f"{name} takes any number of arguments")
    args = ", ".join(["'x'"] * (narg + 3))
    with pytest.raises(sqlite3.OperationalError, match=re.escape(name)):
        db.execute(f"SELECT {name}({args})").fetchall()


@pytest.mark.parametrize("name,narg", [f for f in FUNCS if f[1] >= 1])
def test_null_in_null_out(db, name, narg):
    args = ", ".join(["NULL"] * narg)
    (value,) = db.execute(f"SELECT {name}({args})").fetchone()
    assert value is None


@pytest.mark.parametrize("name", MODULES)
def test_table_function_needs_its_argument(db, name):
    with pytest.raises(sqlite3.OperationalError, match=re.escape(f"{name}()")):
        db.execute(f"SELECT * FROM {name}()").fetchall()


@pytest.mark.parametrize("name", MODULES)
def test_table_function_null_gives_no_rows(db, name):
    assert db.execute(f"SELECT * FROM {name}(NULL)").fetchall() == []


# ------------------------------------------------------ version, debug


def test_version_is_the_version_file(db):
    assert db.execute("SELECT presse_version()").fetchone() == (VERSION,)


def test_debug_reports_versions(db):
    need("presse_debug")
    (text,) = db.execute("SELECT presse_debug()").fetchone()
    info = dict(line.split(": ", 1) for line in text.splitlines())
    assert info["version"] == VERSION
    assert info["linkage"] == "loadable extension"
    # The runtime SQLite is the one this Python links, not the build's.
    assert info["sqlite"].split()[0] == sqlite3.sqlite_version
    assert re.fullmatch(r"[0-9a-f]{4,40}|unknown", info["commit"])
    assert re.match(r"\d+\.\d+", info["utf8proc"])
    assert info["libstemmer"].startswith("yes")


# ---------------------------------------------------- french_normalize

NAMES_AS_TYPED = [
    ("Œuvre", "oeuvre"),
    ("L’ÉTAT", "l'etat"),
    ("  Jean\u00a0–\u202fPierre  ", "jean - pierre"),
    ("«\u00a0Ça\u00a0»", '" ca "'),
    ("naïve Ægée", "naive aegee"),
]


@pytest.mark.parametrize("text,key", NAMES_AS_TYPED)
def test_normalize_bound_parameter(db, text, key):
    need("french_normalize")
    assert db.execute("SELECT french_normalize(?)", (text,)).fetchone() == (key,)


def test_normalize_named_parameters_and_options(db):
    need("french_normalize")
    row = db.execute(
        "SELECT french_normalize(:t), french_normalize(:t, :o), french_normalize(:t, NULL)",
        {"t": "Élysée", "o": "keep_accents"},
    ).fetchone()
    assert row == ("elysee", "élysée", "elysee")


def test_normalize_groups_spellings_in_an_index(db):
    need("french_normalize")
    db.execute("CREATE TABLE people(name TEXT)")
    db.executemany(
        "INSERT INTO people VALUES (?)",
        [("Hélène Durand",), ("HELENE DURAND",), ("hélène  durand",), ("Paul",)],
    )
    # Deterministic: allowed in an index on an expression, which the
    # query below then uses.
    db.execute("CREATE INDEX people_key ON people(french_normalize(name))")
    plan = " ".join(
        r[-1]
        for r in db.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM people WHERE french_normalize(name) = ?",
            ("helene durand",),
        )
    )
    assert "people_key" in plan
    groups = db.execute(
        "SELECT french_normalize(name) AS k, count(*) FROM people GROUP BY k ORDER BY k"
    ).fetchall()
    assert groups == [("helene durand", 3), ("paul", 1)]


def test_normalize_unknown_option_is_an_error(db):
    need("french_normalize")
    with pytest.raises(sqlite3.OperationalError, match=r"french_normalize\(\).*'shout'"):
        db.execute("SELECT french_normalize('a', 'shout')").fetchone()


def test_normalize_never_garbles_bytes(db):
    need("french_normalize")
    # Invalid UTF-8 bound as a BLOB: the documented replacement, no error.
    (key,) = db.execute("SELECT french_normalize(?)", (b"caf\xc3\xa9 \xff",)).fetchone()
    assert key == "cafe \ufffd"


# ------------------------------------------------------------ articles

# Written for these tests (not from any corpus).
ARTICLES = [
    (
        1,
        "La ministre de la Culture, Claire Montel, s'est rendue mardi à Lyon. "
        "« Nous allons rouvrir le musée », a déclaré Claire Montel. "
        "Selon la mairie de Lyon, les travaux coûteront deux millions d'euros.",
    ),
    (
        2,
        "Le club de l'Olympique de Marseille a battu Nantes samedi. "
        "« C'était un match difficile », a reconnu l'entraîneur Marc Lenoir. "
        "Montel était présente au stade.",
    ),
]


@pytest.fixture
def news(db):
    db.execute("CREATE TABLE articles(id INTEGER PRIMARY KEY, body TEXT)")
    db.executemany("INSERT INTO articles VALUES (?, ?)", ARTICLES)
    db.execute("INSERT INTO articles VALUES (3, NULL)")
    return db


def test_entities_over_a_table(news):
    need("entities")
    rows = news.execute(
        """SELECT a.id, a.body, e.start, e."end", e.text, e.type, e.canonical, e.key
             FROM articles AS a, entities(a.body) AS e ORDER BY a.id, e.start"""
    ).fetchall()
    assert rows, "no entity found in two news paragraphs"
    for doc, body, start, end, text, typ, canonical, key in rows:
        assert body[start:end] == text  # code-point offsets, end exclusive
        assert typ in ("PER", "LOC", "ORG", "MISC")
        assert key == news.execute("SELECT french_normalize(?)", (canonical,)).fetchone()[0]
    found = {(doc, text, typ) for doc, _, _, _, text, typ, _, _ in rows}
    assert (1, "Lyon", "LOC") in found
    assert any(d == 1 and t == "Claire Montel" and ty == "PER" for d, t, ty in found)


def test_entities_in_python_order(news):
    need("entities")
    (body,) = news.execute("SELECT body FROM articles WHERE id = 1").fetchone()
    starts = [r[0] for r in news.execute("SELECT start FROM entities(?)", (body,))]
    assert starts == sorted(starts)


def test_entities_invalid_utf8_is_an_error(db):
    need("entities")
    with pytest.raises(sqlite3.OperationalError, match=r"entities\(\): invalid UTF-8 at byte 6"):
        db.execute("SELECT * FROM entities(CAST(? AS TEXT))", (b"Paris \xff",)).fetchall()


def test_quotes_over_a_table(news):
    need("quotes")
    rows = news.execute(
        """SELECT a.id, a.body, q.start, q."end", q.text, q.kind, q.speaker,
                  q.speaker_key, q.cue
             FROM articles AS a, quotes(a.body) AS q ORDER BY a.id, q.start"""
    ).fetchall()
    direct = [r for r in rows if r[5] == "direct"]
    assert len(direct) == 2
    for doc, body, start, end, text, kind, speaker, key, cue in rows:
        assert body[start:end] == text
        assert kind in ("direct", "indirect")
        if speaker is None:
            assert key is None
        else:
            assert key == news.execute("SELECT french_normalize(?)", (speaker,)).fetchone()[0]
    first = direct[0]
    assert first[4] == "Nous allons rouvrir le musée"
    assert first[6] is not None and "Montel" in first[6]
    assert first[8] == "a déclaré"


def test_quotes_invalid_utf8_is_an_error(db):
    need("quotes")
    with pytest.raises(sqlite3.OperationalError, match=r"quotes\(\): invalid UTF-8"):
        db.execute("SELECT * FROM quotes(CAST(? AS TEXT))", (b"\xc3\x28",)).fetchall()


# ---------------------------------------------------------- full text


def test_fts5_french_tokenizer(db):
    need("french_terms")  # registered with the tokenizer
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'french')")
    db.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)", ARTICLES)
    hits = lambda q: [r for (r,) in db.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", (q,))]
    assert hits("declaration") == [1]  # the noun finds the verb: same stem
    assert hits("Ministres") == [1]
    assert hits("musée") == [1]
    assert hits("stade") == [2]
    assert hits("entraîneurs") == [2]
    assert hits("olympique NOT musée") == [2]


def test_fts5_query_typed_without_accents(db):
    need("french_terms")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'french')")
    db.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)", ARTICLES)
    assert db.execute("SELECT rowid FROM t WHERE t MATCH 'MUSEE'").fetchall() == [(1,)]


def test_french_terms_shows_what_is_indexed(db):
    need("french_terms")
    (terms,) = db.execute("SELECT french_terms(?)", ("Les déclarations de l'État",)).fetchone()
    assert terms.split()[-1] == "etat"
    assert "l" not in terms.split()


# -------------------------------------------------------------- corpus


def sql_script(path):
    """The SQL of a shell script: dot-commands (.print, .bail) dropped."""
    lines = pathlib.Path(path).read_text().splitlines()
    return "\n".join(l for l in lines if not l.startswith("."))


def statements(script):
    stmt = ""
    for line in script.splitlines(keepends=True):
        stmt += line
        if sqlite3.complete_statement(stmt):
            yield stmt
            stmt = ""


def load_corpus(conn, directory):
    conn.executescript(sql_script(ROOT / "sql" / "schema.sql"))
    # load.sql uses :dir: run it statement by statement to bind it.
    conn.isolation_level = None  # the script has its own BEGIN / COMMIT
    for stmt in statements(sql_script(ROOT / "sql" / "load.sql")):
        params = {"dir": directory} if ":dir" in stmt else {}
        conn.execute(stmt, params).fetchall()


@pytest.fixture
def corpus_db(tmp_path):
    for name in ("corpus", "entities", "quotes"):
        need(name)
    conn = connect(str(tmp_path / "news.db"))
    load_corpus(conn, "corpus")
    yield conn
    conn.close()


def test_corpus_reads_a_directory(db, tmp_path):
    need("corpus")
    (tmp_path / "a.txt").write_text("Un titre\n\nLe maire de Brest a parlé.\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    rows = db.execute("SELECT path, raw, body FROM corpus(?)", (str(tmp_path),)).fetchall()
    assert [r[0] for r in rows] == ["a.txt"]
    assert "Brest" in rows[0][1] and "Brest" in rows[0][2]


def test_corpus_missing_directory_names_it(db):
    need("corpus")
    with pytest.raises(sqlite3.OperationalError, match=r"corpus\(\).*/no/such/dir"):
        db.execute("SELECT * FROM corpus(?)", ("/no/such/dir",)).fetchall()


def test_corpus_load_and_reports(corpus_db, monkeypatch):
    monkeypatch.chdir(ROOT)
    files = sorted(p.name for p in (ROOT / "corpus").glob("*.txt"))
    docs = corpus_db.execute("SELECT path FROM docs ORDER BY path").fetchall()
    assert [p for (p,) in docs] == files
    n_mentions, n_quotes = corpus_db.execute(
        "SELECT (SELECT count(*) FROM mentions), (SELECT count(*) FROM quotations)"
    ).fetchone()
    assert n_mentions > 10 * len(files) / 2
    assert n_quotes >= len(files) / 2

    # A report without pandas: the most named entities, as a text table.
    cur = corpus_db.execute(
        """SELECT type, max(canonical) AS name, count(DISTINCT doc) AS docs, count(*) AS n
             FROM mentions GROUP BY key ORDER BY n DESC, name LIMIT 5"""
    )
    header = [d[0] for d in cur.description]
    rows = cur.fetchall()
    table = "\n".join(" | ".join(str(v) for v in r) for r in [header, *rows])
    assert header == ["type", "name", "docs", "n"] and len(rows) == 5
    assert rows[0][3] >= rows[-1][3]
    assert "PER" in table or "LOC" in table or "ORG" in table

    # Loading the same directory again adds nothing (incremental load).
    load_corpus(corpus_db, "corpus")
    assert corpus_db.execute("SELECT count(*) FROM docs").fetchone()[0] == len(files)
    assert corpus_db.execute("SELECT count(*) FROM mentions").fetchone()[0] == n_mentions

    # Full-text search over the loaded bodies, with a bound MATCH.
    hits = corpus_db.execute(
        "SELECT count(*) FROM docs_fts WHERE docs_fts MATCH ?", ("ministre",)
    ).fetchone()[0]
    assert hits >= 1


@pytest.mark.parametrize(
    "report", sorted(p.name for p in (ROOT / "sql" / "reports").glob("*.sql"))
)
def test_every_report_runs(corpus_db, report):
    sql = sql_script(ROOT / "sql" / "reports" / report)
    # Reports take shell parameters (:speaker, :q...): a value for the
    # known ones, NULL (the report's default) for any other.
    params = collections.defaultdict(lambda: None, speaker="Lebrun", q="ministre")
    for stmt in statements(sql):
        cur = corpus_db.execute(stmt, params)
        cur.fetchall()
        assert cur.description is None or len(cur.description) >= 1


# --------------------------------------------------------------- plots


def report_lines(conn, name):
    sql = sql_script(ROOT / "sql" / "reports" / name)
    return [row[0] for stmt in statements(sql) for row in conn.execute(stmt)]


def test_graph_exports(corpus_db):
    import shutil
    import subprocess
    import xml.dom.minidom

    pairs = corpus_db.execute("SELECT count(*) FROM pair_totals").fetchone()[0]
    nodes = corpus_db.execute(
        """SELECT count(*) FROM (SELECT key_a, type_a FROM pair_totals
                                 UNION SELECT key_b, type_b FROM pair_totals)"""
    ).fetchone()[0]
    assert pairs > 0

    graphml = xml.dom.minidom.parseString("\n".join(report_lines(corpus_db, "graph_graphml.sql")))
    assert len(graphml.getElementsByTagName("node")) == nodes
    assert len(graphml.getElementsByTagName("edge")) == pairs
    ids = {n.getAttribute("id") for n in graphml.getElementsByTagName("node")}
    for e in graphml.getElementsByTagName("edge"):
        assert e.getAttribute("source") in ids and e.getAttribute("target") in ids

    dot = report_lines(corpus_db, "graph_dot.sql")
    assert dot[0] == "graph comentions {" and dot[-1] == "}"
    assert sum(" -- " in l for l in dot) == pairs
    if shutil.which("dot"):
        svg = subprocess.run(["dot", "-Tsvg"], input="\n".join(dot), capture_output=True, text=True)
        assert svg.returncode == 0, svg.stderr
        assert svg.stdout.count('class="node"') == nodes


def test_mentions_timeline(corpus_db):
    cur = corpus_db.execute(sql_script(ROOT / "sql" / "reports" / "mentions_timeline.sql"))
    assert [d[0] for d in cur.description] == ["month", "PER", "LOC", "ORG", "MISC"]
    rows = cur.fetchall()
    assert rows and all(re.fullmatch(r"\d{4}-\d\d", r[0]) for r in rows)
    dated = corpus_db.execute(
        "SELECT count(*) FROM mentions JOIN docs ON docs.id = mentions.doc WHERE length(docs.date) >= 7"
    ).fetchone()[0]
    assert sum(sum(r[1:]) for r in rows) == dated
