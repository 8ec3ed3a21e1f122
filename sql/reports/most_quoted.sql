-- Most quoted speakers: who is quoted most, directly or in reported
-- speech, and in how many articles. Speakers are grouped by speaker_key
-- (french_normalize of the name), shown under their most frequent form.
-- Each quotation counts once: a fragment in quotation marks inside reported
-- speech (quotations.parent set) is part of its indirect quote.
-- Reads speaker_totals, stored by load.sql from the quotations table.
SELECT speaker, quotes, direct, indirect, articles
  FROM speaker_totals
 ORDER BY quotes DESC, articles DESC, speaker
 LIMIT 15;
