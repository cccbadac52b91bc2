#!/usr/bin/env node
// The first search query on a site, as a reader waits for it: each query in a fresh Node process,
// which evaluates search-index.js (parse), prepares it (prepare) and answers the query (query),
// timed in CPU milliseconds (process.cpuUsage, every thread of the process, the engine's
// compiler threads included). Prints the best of --runs processes per query and the index's
// size raw and gzipped. No npm packages.
//
//   node bench/Search/first-query.js                      # builds the 1000-lesson corpus first
//   node bench/Search/first-query.js --index out/search-index.js [--search path/to/search.js]
//   node bench/Search/first-query.js --runs 9 --results results.json derivat 'x^2'
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");

const repo = path.resolve(__dirname, "..", "..");
// The course's typo and phrase (sofplus, "directional derivative") are not words of the generated
// corpus; optimzer and "dense projection" are the same kinds of query that find sections there.
const QUERIES = ["derivat", "sofplus", "optimzer", "\"directional derivative\"", "\"dense projection\"", "leaky-relu", "x^2", "∇"];

function cpu() { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }

// Child: one first query.
if (process.argv[2] === "--child") {
  const [searchJs, indexJs, query] = process.argv.slice(3);
  global.window = {};
  global.document = { getElementById: () => null }; // search.js sets up no search box without one
  (0, eval)(fs.readFileSync(searchJs, "utf8"));
  const source = fs.readFileSync(indexJs, "utf8");
  const t0 = cpu();
  (0, eval)(source);
  const t1 = cpu();
  const api = window.sitegenSearch, index = api.prepare(window.sitegenSearchIndex);
  const t2 = cpu();
  const found = api.search(index, query, 30);
  const t3 = cpu();
  process.stdout.write(JSON.stringify({
    parse: t1 - t0, prepare: t2 - t1, query: t3 - t2, total: t3 - t0, count: found.total,
    results: found.results.map(r => [r.section, r.score.toFixed(6)]),
  }));
  process.exit(0);
}

const args = process.argv.slice(2);
const option = require("./options")(args);
let indexJs = option("--index", null);
const searchJs = path.resolve(option("--search", path.join(repo, "themes", "default", "assets", "js", "search.js")));
const runs = Number(option("--runs", "5"));
const resultsFile = option("--results", null);
const lessons = option("--lessons", "1000");
const queries = args.length ? args : QUERIES;

if (!indexJs) {
  const work = path.join(repo, "bench", ".work", "search");
  const content = path.join(work, "corpus", "content");
  const run = (file, argv) => execFileSync(file, argv, { cwd: repo, stdio: ["ignore", "ignore", "inherit"] });
  if (!fs.existsSync(content) || fs.readdirSync(path.join(content, "lessons")).length !== Number(lessons)) {
    console.error(`generating a ${lessons}-lesson corpus in ${path.relative(repo, work)}/corpus …`);
    fs.rmSync(path.join(work, "corpus"), { recursive: true, force: true });
    run("dotnet", ["run", "bench/GenerateCorpus.cs", "--", path.join(work, "corpus"), lessons]);
  }
  console.error("building it …");
  run("dotnet", ["run", "--project", "src/SiteGen.Cli", "--", "build", "--content", content, "--out", path.join(work, "out"),
    "--theme", path.join(repo, "themes", "default"), "--quiet"]);
  indexJs = path.join(work, "out", "search-index.js");
}
indexJs = path.resolve(indexJs);

const bytes = fs.readFileSync(indexJs);
const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
const results = {};
const ms = v => v.toFixed(1).padStart(6);
console.log(`${path.relative(process.cwd(), indexJs)}: ${bytes.length.toLocaleString("en")} B raw, ${gzip.toLocaleString("en")} B gzip -9`);
console.log(`first query, CPU ms, best of ${runs} fresh processes (node ${process.version}):`);
for (const query of queries) {
  let best = null;
  for (let i = 0; i < runs; i++) {
    const out = JSON.parse(execFileSync(process.execPath, [__filename, "--child", searchJs, indexJs, query], { encoding: "utf8" }));
    if (!best || out.total < best.total) best = out;
  }
  results[query] = { total: best.count, results: best.results };
  console.log(`${JSON.stringify(query).padEnd(26)} parse ${ms(best.parse)}  prepare ${ms(best.prepare)}  query ${ms(best.query)}  total ${ms(best.total)}  (${best.count} sections)`);
}
console.log(`load average ${os.loadavg().map(l => l.toFixed(2)).join(" ")} on ${os.cpus().length} cores`);
if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify(results, null, 1) + "\n");
