# Loading a directory of articles into a database (docs/corpus.md).
#   make load DIR=articles DB=news.db [JOBS=N]
#       sql/schema.sql on DB when it has no tables yet, then
#       sql/load_parallel.sh with N worker processes (default: every core);
#       JOBS=1 runs sql/load.sql alone.
#   make bench-million
#       bench/bench_corpus.sh on 1,000,000 generated articles (about 3 GB
#       of text and 9 GB of database under BUILD/, deleted afterwards),
#       loaded by sql/load_parallel.sh with 2 workers: time and peak RSS.
#       Not part of `make bench` or CI.
JOBS ?= $(shell nproc)
.PHONY: load bench-million
load: all
	@if [ -z "$(DIR)" ] || [ -z "$(DB)" ]; then \
	    echo "load: usage: make load DIR=articles DB=news.db [JOBS=N]"; exit 2; fi
	@if [ ! -s "$(DB)" ]; then sqlite3 "$(DB)" -cmd ".load $(BUILD)/presse" < sql/schema.sql; fi
	@if [ "$(JOBS)" = 1 ]; then \
	    sqlite3 "$(DB)" -cmd ".load $(BUILD)/presse" -cmd ".param set :dir \"'$(subst ','',$(DIR))'\"" < sql/load.sql; \
	else sql/load_parallel.sh "$(DB)" "$(DIR)" "$(JOBS)" "$(BUILD)/presse"; fi

bench-million: all
	@df -h "$(BUILD)" | tail -1 | awk '{ print "bench-million: " $$4 " free on " $$6 " (needs about 16 GB)" }'
	@BENCH_ARTICLES=1000000 BENCH_JOBS=2 BENCH_SERIAL=0 BENCH_KEEP=0 bench/bench_corpus.sh $(BUILD)
