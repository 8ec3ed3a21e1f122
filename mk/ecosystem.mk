# presse everywhere SQLite is (docs/install.md, docs/c-api.md):
#
#   make shell      build/sqlite3: SQLite's shell with presse compiled in, and
#                   build/libpresse-static.a (presse_register() for programs
#                   that link SQLite statically). SQLite comes from Debian's
#                   source package (fetched once into build/, see
#                   tools/fetch_sqlite.sh) or from SQLITE_AMALGAMATION=dir
#                   (a directory with sqlite3.c, sqlite3.h and shell.c).
#   make install    PREFIX=/usr/local (DESTDIR honoured): the extension in
#                   lib/sqlite3/presse.so, include/presse.h, lib/libpresse.a
#                   (the core, no SQLite needed) and lib/pkgconfig/presse.pc.
#   make uninstall  removes exactly those files.
#   make reference  regenerates docs/reference.md from docs/reference.md.in.
#   make plots      pictures of build/demo.db in build/plots/ (tools/plots.sh).

.PHONY: shell static-lib install uninstall reference ecosystem-force

# ------------------------------------------------------- build information
# presse_debug() reports the commit and flags. The header is rewritten only
# when its content changes, so a new commit recompiles sql_debug.c alone.
GIT_COMMIT = $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
BUILD_INFO_FLAGS = $(subst ",',$(strip $(CFLAGS) $(SAN_FLAGS)))

$(BUILD)/gen/presse_build.h: ecosystem-force | $(BUILD)/gen
	@printf '#define PRESSE_GIT_COMMIT "%s"\n#define PRESSE_BUILD_CC "%s"\n#define PRESSE_BUILD_FLAGS "%s"\n' \
	    '$(GIT_COMMIT)' '$(CC)' '$(BUILD_INFO_FLAGS)' > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi

$(BUILD)/obj/sqlite/sql_debug.o: $(BUILD)/gen/presse_build.h

# ------------------------------------------------------------ static shell
SQLITE_AMALGAMATION ?=
ifeq ($(strip $(SQLITE_AMALGAMATION)),)
AMALG := $(BUILD)/sqlite-amalgamation
# One fetch makes all three files: a grouped target, so make -j runs it once.
$(AMALG)/sqlite3.c $(AMALG)/shell.c $(AMALG)/sqlite3.h &:
	tools/fetch_sqlite.sh $(BUILD)
else
AMALG := $(SQLITE_AMALGAMATION)
$(AMALG)/sqlite3.c $(AMALG)/shell.c $(AMALG)/sqlite3.h &:
	@echo "SQLITE_AMALGAMATION=$(AMALG): no $(@F) there (an amalgamation has sqlite3.c, sqlite3.h, sqlite3ext.h, shell.c)" >&2; exit 1
endif

# SQLite options of the static shell: what Debian's shell enables that
# presse's users are likely to want (FTS5 is required by the tokenizer).
SQLITE_OPTS ?= -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_RTREE \
  -DSQLITE_ENABLE_MATH_FUNCTIONS -DSQLITE_ENABLE_DBSTAT_VTAB \
  -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_STAT4 -DSQLITE_THREADSAFE=1
# sqlite3_initialize() calls this, which installs presse as an automatic
# extension of every connection (tools/static_init.c).
SQLITE_INIT := -DSQLITE_EXTRA_INIT=presse_static_init
SHELL_LIBS := $(if $(wildcard /usr/include/readline/readline.h),-lreadline) -lpthread -ldl
SHELL_DEFS := $(if $(wildcard /usr/include/readline/readline.h),-DHAVE_READLINE=1)

STATIC_DIR := $(BUILD)/static
STATIC_SQL_OBJ := $(SQL_SRC:ext/sqlite/%.c=$(STATIC_DIR)/sqlite/%.o)
STATIC_CFLAGS = -I$(AMALG) $(ALL_CFLAGS) -DSQLITE_CORE

shell: $(BUILD)/sqlite3 $(BUILD)/libpresse-static.a
static-lib: $(BUILD)/libpresse-static.a

$(STATIC_DIR)/sqlite $(STATIC_DIR)/amalg:
	@mkdir -p $@

$(STATIC_DIR)/sqlite/sql_debug.o: $(BUILD)/gen/presse_build.h

# Which amalgamation the static objects come from: switching to another
# (SQLITE_AMALGAMATION=...) rebuilds them even when its files are older.
$(STATIC_DIR)/amalg/source: ecosystem-force | $(STATIC_DIR)/amalg
	@echo '$(abspath $(AMALG))' > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi

$(STATIC_DIR)/sqlite/%.o: ext/sqlite/%.c include/presse.h ext/sqlite/presse_sql.h $(GEN_HEADERS) $(AMALG)/sqlite3.h $(STATIC_DIR)/amalg/source | $(STATIC_DIR)/sqlite
	$(CC) $(STATIC_CFLAGS) -MMD -MP -c -o $@ $<

$(STATIC_DIR)/static_init.o: tools/static_init.c $(AMALG)/sqlite3.h $(STATIC_DIR)/amalg/source | $(STATIC_DIR)/sqlite
	$(CC) $(STATIC_CFLAGS) -c -o $@ $<

$(BUILD)/libpresse-static.a: $(CORE_OBJ) $(STATIC_SQL_OBJ) $(STATIC_DIR)/static_init.o
	@rm -f $@
	ar rcs $@ $^

# SQLite itself is compiled once per amalgamation (about a minute).
$(STATIC_DIR)/amalg/sqlite3.o: $(AMALG)/sqlite3.c $(STATIC_DIR)/amalg/source | $(STATIC_DIR)/amalg
	$(CC) -O2 -fPIC $(SQLITE_OPTS) $(SQLITE_INIT) -I$(AMALG) -c -o $@ $<

$(STATIC_DIR)/amalg/shell.o: $(AMALG)/shell.c $(STATIC_DIR)/amalg/source | $(STATIC_DIR)/amalg
	$(CC) -O2 $(SQLITE_OPTS) $(SHELL_DEFS) -I$(AMALG) -c -o $@ $<

$(BUILD)/sqlite3: $(STATIC_DIR)/amalg/shell.o $(STATIC_DIR)/amalg/sqlite3.o $(BUILD)/libpresse-static.a
	$(CC) -o $@ $^ $(LDLIBS) $(SHELL_LIBS)

-include $(STATIC_SQL_OBJ:.o=.d)

# ----------------------------------------------------------------- install
PREFIX     ?= /usr/local
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
EXTDIR     ?= $(LIBDIR)/sqlite3
PCDIR      ?= $(LIBDIR)/pkgconfig
INSTALL    ?= install

# presse.pc holds PREFIX: rewritten on every use.
$(BUILD)/presse.pc: ecosystem-force
	@{ echo 'prefix=$(PREFIX)'; \
	   echo 'libdir=$(LIBDIR)'; \
	   echo 'includedir=$(INCLUDEDIR)'; \
	   echo 'extensiondir=$(EXTDIR)'; \
	   echo '# the loadable extension, as .load and load_extension() take it'; \
	   echo 'extension=$${extensiondir}/presse'; \
	   echo; \
	   echo 'Name: presse'; \
	   echo 'Description: French news text core (normalisation, segmentation, entities, quotes) and SQLite extension'; \
	   echo 'Version: $(VERSION)'; \
	   echo 'Cflags: -I$${includedir}'; \
	   echo 'Libs: -L$${libdir} -lpresse $(PKG_LIBS) -lm'; \
	} > $@

install: all $(BUILD)/presse.pc
	$(INSTALL) -d $(DESTDIR)$(EXTDIR) $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(PCDIR)
	$(INSTALL) -m 755 $(BUILD)/presse.so $(DESTDIR)$(EXTDIR)/presse.so
	$(INSTALL) -m 644 $(BUILD)/libpresse.a $(DESTDIR)$(LIBDIR)/libpresse.a
	$(INSTALL) -m 644 include/presse.h $(DESTDIR)$(INCLUDEDIR)/presse.h
	$(INSTALL) -m 644 $(BUILD)/presse.pc $(DESTDIR)$(PCDIR)/presse.pc

uninstall:
	rm -f $(DESTDIR)$(EXTDIR)/presse.so $(DESTDIR)$(LIBDIR)/libpresse.a \
	      $(DESTDIR)$(INCLUDEDIR)/presse.h $(DESTDIR)$(PCDIR)/presse.pc
	-@rmdir $(DESTDIR)$(EXTDIR) 2>/dev/null || true

# --------------------------------------------------------------- reference
reference: all
	tools/gen_reference.sh $(BUILD)

# ------------------------------------------------------------------- plots
# Pictures of the demo database (tools/plots.sh): the co-mention graph
# (DOT, GraphML, SVG/PNG with graphviz) and mentions per month (gnuplot).
.PHONY: plots
plots: all
	@[ -f $(BUILD)/demo.db ] || $(MAKE) --no-print-directory demo
	@tools/plots.sh $(BUILD)/demo.db $(BUILD)/plots
