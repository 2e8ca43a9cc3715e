#!/usr/bin/env bash
# Lighthouse (mobile form factor, simulated slow 4G) on a running MoHinh: performance and accessibility
# scores and bytes transferred per URL. Not part of CI: it takes minutes and its scores vary with the
# machine; PageWeightIT is the guard that runs in CI (docs/benchmarks.md, "Public pages").
#
#   npm install --prefix /work/tools/lighthouse lighthouse      # once, outside the repository
#   MOHINH_DATA_DIR=/tmp/perf-data ./mvnw -o spring-boot:run -Dspring-boot.run.arguments=--server.port=8097
#   scripts/lighthouse.sh http://localhost:8097 /login /portal ...
#
# LIGHTHOUSE (path of the lighthouse binary), CHROME_PATH and OUT (folder of the JSON reports) may be set.
set -euo pipefail

base="${1:?usage: scripts/lighthouse.sh BASE_URL PATH...}"
shift
[ "$#" -gt 0 ] || set -- /login
lighthouse="${LIGHTHOUSE:-/work/tools/lighthouse/node_modules/.bin/lighthouse}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
out="${OUT:-$(mktemp -d -t mohinh-lighthouse.XXXXXX)}"
mkdir -p "$out"

# A just started server compiles templates and code on the first requests, which Lighthouse would take
# for the server's usual response time: two unmeasured requests per URL first.
for path in "$@"; do
  for _ in 1 2; do curl -s -o /dev/null --compressed "${base}${path}" || true; done
done

printf '%-45s %11s %13s %12s\n' "URL" "performance" "accessibility" "transferred"
for path in "$@"; do
  name="$(printf '%s' "$path" | tr -c 'A-Za-z0-9' '_')"
  report="$out/${name}.json"
  # The Chromium flags of the browser tests; mobile is Lighthouse's default form factor.
  "$lighthouse" "${base}${path}" --quiet --output=json --output-path="$report" \
    --only-categories=performance,accessibility --locale=en-US \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    >/dev/null 2>"$out/${name}.log" || { echo "lighthouse failed on $path: see $out/${name}.log" >&2; continue; }
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const score = c => r.categories[c] && r.categories[c].score !== null ? Math.round(r.categories[c].score * 100) : "n/a";
    const bytes = r.audits["total-byte-weight"] ? r.audits["total-byte-weight"].numericValue : 0;
    const pad = (s, n) => String(s).padStart(n);
    console.log(String(process.argv[2]).padEnd(45) + " " + pad(score("performance"), 11) + " "
      + pad(score("accessibility"), 13) + " " + pad((bytes / 1024).toFixed(1) + " KB", 12));
    for (const c of ["performance", "accessibility"]) {
      for (const ref of (r.categories[c] ? r.categories[c].auditRefs : [])) {
        const a = r.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 0.9) {
          console.log("    " + c + ": " + a.id + " " + (a.displayValue || "") + " (" + a.score + ")");
        }
      }
    }' "$report" "$path"
done
echo "JSON reports: $out"
