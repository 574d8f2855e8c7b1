# supervisord in Rust — everyday commands. Everything builds offline from vendor/.
CARGO     ?= cargo
SHARED    ?= ../shared
GNU       := x86_64-unknown-linux-gnu
MUSL      := x86_64-unknown-linux-musl
STATIC    := target/static/supervisord
CARGOFLAGS := --offline --locked

.PHONY: all build static run run-hint test clear-skips skips fmt-check clippy unit doc conformance conformance-shared bench clean

all: static

build:
	$(CARGO) build --release $(CARGOFLAGS)

# A statically linked release binary: musl when that target is installed, else glibc +crt-static.
static:
	@if rustup target list --installed 2>/dev/null | grep -qx $(MUSL); then \
		$(CARGO) build --release $(CARGOFLAGS) --target $(MUSL) && \
		mkdir -p target/static && cp target/$(MUSL)/release/supervisord $(STATIC); \
	else \
		RUSTFLAGS="-C target-feature=+crt-static" $(CARGO) build --release $(CARGOFLAGS) --target $(GNU) && \
		mkdir -p target/static && cp target/$(GNU)/release/supervisord $(STATIC); \
	fi
	@ldd $(STATIC) 2>&1 | grep -Eq 'not a dynamic executable|statically linked' || { echo "$(STATIC) is not static"; exit 1; }
	@echo "built $(STATIC) ($$(stat -c %s $(STATIC)) bytes, static)"

# Run the daemon in the foreground on the bundled example (state under examples/run/),
# after printing the web UI's address and three commands to try (run-hint; its commands are
# run as printed by tests/example_run.rs, on a copy of the example).
RUN_CONF    ?= examples/supervisord.conf
SUPERVISORD ?= ./target/release/supervisord
RUN_PORT     = $(shell sed -n 's/^port *= *127\.0\.0\.1:\([0-9]*\).*/\1/p' $(RUN_CONF))

run: build
	@mkdir -p $(dir $(RUN_CONF))run/log
	@$(MAKE) --no-print-directory run-hint
	@$(SUPERVISORD) -n -c $(RUN_CONF)

run-hint:
	@echo "== supervisord on $(RUN_CONF) (Ctrl-C stops it); its log follows."
	@echo "== web UI: http://127.0.0.1:$(RUN_PORT)/   In another terminal, try:"
	@echo "   \$$ $(SUPERVISORD) ctl -c $(RUN_CONF) status"
	@echo "   \$$ curl http://127.0.0.1:$(RUN_PORT)/readyz"
	@echo "   \$$ curl http://127.0.0.1:$(RUN_PORT)/metrics"

# Everything a fresh clone can run: formatting, lints, unit + integration tests (the
# conformance corpus in tests/conformance/ included) and the rustdoc check. Tests that skip
# (a tool or privilege missing) record why in $(SKIPS) (tests/support/skip.rs); the list is
# printed at the end, since `cargo test` hides the output of passing tests. Under CI=true a
# missing tool that .ci/run installs fails its test instead.
SKIPS := $(or $(CARGO_TARGET_DIR),target)/test-skips.txt

test: clear-skips fmt-check clippy
	@status=0; $(MAKE) --no-print-directory unit doc || status=$$?; \
		$(MAKE) --no-print-directory skips; exit $$status

clear-skips:
	@mkdir -p $(dir $(SKIPS)) && rm -f $(SKIPS)

# What the last test run skipped, and why.
skips:
	@if [ -s $(SKIPS) ]; then \
		echo "== skipped ($$(wc -l < $(SKIPS))):"; sort $(SKIPS); \
	else \
		echo "== nothing skipped"; \
	fi

fmt-check:
	$(CARGO) fmt --check

clippy:
	$(CARGO) clippy $(CARGOFLAGS) --all-targets -- -D warnings

unit:
	$(CARGO) test $(CARGOFLAGS)

doc:
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --no-deps $(CARGOFLAGS)

# The config conformance corpus (tests/conformance/) on its own; `make unit` runs it too.
conformance:
	$(CARGO) test $(CARGOFLAGS) --test conformance

# The full corpus, with the files held back from tests/conformance/, when ../shared is
# beside this repository: its compare.py on the static release binary.
conformance-shared:
	@if [ -f $(SHARED)/conformance/compare.py ]; then \
		$(MAKE) --no-print-directory static && python3 $(SHARED)/conformance/compare.py $(STATIC); \
	else \
		echo "$(SHARED)/conformance not found: nothing to compare (set SHARED=...)"; exit 2; \
	fi

bench: static
	python3 bench/run.py --binary $(STATIC) $(BENCHFLAGS)

clean:
	$(CARGO) clean

# --- fuzzing ---------------------------------------------------------------------------------
# `make fuzz` runs every cargo-fuzz target (nightly + libFuzzer, one at a time) for
# FUZZ_SECONDS each, then minimises its corpus in fuzz/corpus/<target>/ (commit it).
# Crashes land in fuzz/artifacts/<target>/; `make unit` replays corpora and artifacts on
# stable (tests/fuzz_replay.rs). Installs cargo-fuzz if missing.
FUZZ_SECONDS   ?= 60
FUZZ_TARGETS   ?= pattern ready_spec listener_protocol capture ini config_load xmlrpc http_auth json_body env_dict command_split http_request
FUZZ_SANITIZER ?= none
FUZZ_ARGS      ?= -rss_limit_mb=1024 -timeout=5 -max_len=4096

.PHONY: fuzz fuzz-tool
fuzz-tool:
	@command -v cargo-fuzz >/dev/null 2>&1 || $(CARGO) install cargo-fuzz

fuzz: fuzz-tool
	@failed=""; for t in $(FUZZ_TARGETS); do \
		mkdir -p fuzz/corpus/$$t; \
		echo "== fuzz $$t for $(FUZZ_SECONDS) s"; \
		(cd fuzz && $(CARGO) +nightly fuzz run -s $(FUZZ_SANITIZER) $$t corpus/$$t -- \
			-max_total_time=$(FUZZ_SECONDS) $(FUZZ_ARGS)) || failed="$$failed $$t"; \
		(cd fuzz && $(CARGO) +nightly fuzz cmin -s $(FUZZ_SANITIZER) $$t corpus/$$t -- -set_cover_merge=1 \
			$(FUZZ_ARGS)) >/dev/null 2>&1 || failed="$$failed $$t(cmin)"; \
		echo "   corpus: $$(ls fuzz/corpus/$$t | wc -l) files"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz failures:$$failed (see fuzz/artifacts/)"; exit 1; fi
# --- end of fuzzing block -------------------------------------------------------------------

# --- reliability soak ------------------------------------------------------------------------
# `make soak` runs the fault/load/security tests (tests/reliability_*, load_*, security_*)
# in release mode, one at a time, with SOAK=1: the crash storm and the HTTP load run 60 s
# instead of 10 s. Figures are appended to target/reliability-figures.txt (see
# docs/RELIABILITY.md). The short variants run in `make unit` / `make test`.
SOAK_TESTS ?= reliability_crash_storm load_http load_programs reliability_reload reliability_limits \
	reliability_children reliability_daemon_kill security_http security_privdrop

.PHONY: soak
soak:
	@mkdir -p target && rm -f target/reliability-figures.txt
	SOAK=1 RELIAB_FIGURES=$(CURDIR)/target/reliability-figures.txt $(CARGO) test --release $(CARGOFLAGS) \
		$(foreach t,$(SOAK_TESTS),--test $(t)) -- --nocapture --test-threads=1
	@echo "== figures"; cat target/reliability-figures.txt
# --- end of reliability soak block ---------------------------------------------------------
