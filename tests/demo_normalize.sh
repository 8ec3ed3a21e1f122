#!/usr/bin/env bash
# demo_normalize.sh BUILD: french_normalize() on a few French lines, as
# `make demo` shows it until the corpus pipeline (sql/demo.sh) exists.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
sqlite3 -batch -cmd ".load $build/presse" :memory: <<'SQL'
CREATE TABLE lines(text);
INSERT INTO lines VALUES
  ('« C’est un jour historique », a déclaré le Premier ministre.'),
  ('L’ŒUVRE de Molière — jouée à la Comédie‑Française — fait salle comble !'),
  ('Prix@: 12#000~€ TTC@; réservation conseillée.'),
  ('Ｌｅ　ＰＳＧ s’impose 3–1 à l’Allianz Arena@; ﬁn de série.'),
  ('Straße, İstanbul, Ægée@: les mots étrangers sont aussi repliés.');
-- @ and # stand for U+202F (narrow no-break space), ~ for U+00A0.
UPDATE lines SET text = replace(replace(replace(text, '@', char(0x202F)),
                                        '#', char(0x202F)), '~', char(0xA0));
SELECT 'text:             ' || text || char(10) ||
       'default:          ' || french_normalize(text) || char(10) ||
       'keep_accents:     ' || french_normalize(text, 'keep_accents') || char(10) ||
       'keep_case:        ' || french_normalize(text, 'keep_case') || char(10)
  FROM lines;
SELECT 'same key for L’État and l''etat: ' ||
       (french_normalize('L’État') = french_normalize('l''etat'));
SQL
