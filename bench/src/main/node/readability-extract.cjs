// Runs Mozilla Readability (with jsdom) over a list of pages and prints one JSON object on stdout:
// {"predictions": {"<id>": "<textContent>"}, "errors": {"<id>": "..."}, "seconds": ..., "pages": ...,
//  "passes": ..., "peakHeapUsedBytes": ..., "peakRssBytes": ..., "versions": {...}}
// Usage: node readability-extract.cjs MODULES_DIR MANIFEST_JSON WARMUP_PASSES TIMED_PASSES
// MANIFEST_JSON lists [{"id", "path", "url"}]; each page is read as UTF-8 before the clock starts, so
// the time is parsing and extraction only, as on the Java side.
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const [modulesDir, manifestPath, warmupArg, passesArg] = process.argv.slice(2);
if (!modulesDir || !manifestPath) {
  process.stderr.write('usage: readability-extract.cjs MODULES_DIR MANIFEST_JSON [WARMUP] [PASSES]\n');
  process.exit(2);
}
const load = createRequire(path.join(path.resolve(modulesDir), 'package.json'));
const { JSDOM, VirtualConsole } = load('jsdom');
const { Readability } = load('@mozilla/readability');

const warmup = Number(warmupArg || 1);
const passes = Math.max(1, Number(passesArg || 1));
const pages = JSON.parse(fs.readFileSync(manifestPath, 'utf8')).map((p) => ({
  id: p.id,
  url: p.url || undefined,
  html: fs.readFileSync(p.path, 'utf8'),
}));

// Pages' CSS and markup errors are not ours to report.
const quiet = new VirtualConsole();

let peakHeap = 0;
let peakRss = 0;
function noteMemory() {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
}

function extract(page) {
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
  try {
    const article = new Readability(dom.window.document).parse();
    return article && article.textContent ? article.textContent : '';
  } finally {
    dom.window.close();
  }
}

const predictions = {};
const errors = {};
let nanos = 0n;
for (let pass = 0; pass < warmup + passes; pass++) {
  const timed = pass >= warmup;
  for (const page of pages) {
    const started = process.hrtime.bigint();
    let text = '';
    try {
      text = extract(page);
    } catch (e) {
      errors[page.id] = String(e && e.message ? e.message : e);
    }
    const took = process.hrtime.bigint() - started;
    if (timed) {
      nanos += took;
    }
    if (pass === warmup + passes - 1) {
      predictions[page.id] = text;
    }
    noteMemory();
  }
}

const versionOf = (name) => {
  try {
    return load(name + '/package.json').version;
  } catch (e) {
    return 'unknown';
  }
};
process.stdout.write(JSON.stringify({
  predictions,
  errors,
  pages: pages.length,
  passes,
  seconds: Number(nanos) / 1e9,
  peakHeapUsedBytes: peakHeap,
  peakRssBytes: peakRss,
  versions: { node: process.version, jsdom: versionOf('jsdom'), readability: versionOf('@mozilla/readability') },
}));
