// Runs axe-core (light and dark at 1280 px, light at 375 px), a sideways-scroll check at 320 px and Lighthouse
// on every page of a built site, and joins them with the Nu checker's report into one line a
// page. Called by validate-site, which installs the tools and serves the site.
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
const require = createRequire(path.join(args.cache, "node_modules", "x.js"));
const { chromium } = require("playwright-core");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const lighthouseRuns = Math.max(1, Number(args["lighthouse-runs"] ?? 3));

const pages = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file);
    else if (name.endsWith(".html")) pages.push(path.relative(args.site, file).split(path.sep).join("/"));
  }
})(args.site);

// Nu: errors per page.
const nu = {};
try {
  for (const m of JSON.parse(readFileSync(path.join(args.reports, "nu.json"), "utf8")).messages) {
    if (m.type !== "error") continue;
    const page = path.relative(args.site, new URL(m.url).pathname).split(path.sep).join("/");
    (nu[page] ??= []).push(`${m.lastLine}: ${m.message}`);
  }
} catch (e) { console.error("no Nu report: " + e.message); }

// The 404 page is served at any address, so it names the site's own address in <base href>,
// here the deployed one: the browser is sent to the local server for it, and Lighthouse,
// which cannot be, gets a copy that names the local server instead.
const notFound = path.join(args.site, "404.html");
const baseHref = (readFileSync(notFound, "utf8").match(/<base href="([^"]+)"/) ?? [])[1];
const lighthouseCopy = path.join(args.site, "..", "404-check.html");
if (baseHref) writeFileSync(lighthouseCopy, readFileSync(notFound, "utf8").replace(`<base href="${baseHref}"`, `<base href="${args.url}"`));
async function newContext(options) {
  const context = await browser.newContext(options);
  if (baseHref && !baseHref.startsWith(args.url))
    await context.route(baseHref + "**", async route => {
      // A request still in flight when its page is closed has nothing to answer.
      try { await route.fulfill({ response: await route.fetch({ url: route.request().url().replace(baseHref, args.url) }) }); }
      catch { /* closed */ }
    });
  return context;
}
function pageUrl(page) {
  return page === "404.html" ? args.url + "no-such-page/" : args.url + page.replace(/index\.html$/, "");
}

// A missing page is answered with the 404 page by the server, as GitHub Pages does.
async function open(tab, page, url) {
  await tab.goto(url, { waitUntil: "load" });
  await tab.evaluate(() => document.fonts.ready);
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH, args: ["--no-sandbox"] });
const rows = [];
const details = {};
for (const page of pages) {
  const url = pageUrl(page);
  const row = { page, nu: (nu[page] ?? []).length };
  details[page] = { nu: nu[page] ?? [] };
  for (const [scheme, width] of [["light", 1280], ["dark", 1280], ["phone", 375]]) {
    const context = await newContext({ viewport: { width, height: 900 }, colorScheme: scheme === "dark" ? "dark" : "light" });
    const tab = await context.newPage();
    await open(tab, page, url);
    await tab.addScriptTag({ content: axeSource });
    const result = await tab.evaluate(() => axe.run(document, { resultTypes: ["violations"] }));
    row[`axe-${scheme}`] = result.violations.reduce((n, v) => n + v.nodes.length, 0);
    details[page][`axe-${scheme}`] = result.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(" ")) }));
    await context.close();
  }
  const narrow = await newContext({ viewport: { width: 320, height: 640 } });
  const tab = await narrow.newPage();
  await open(tab, page, url);
  row["320px"] = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await narrow.close();
  if (args.lighthouse === "1") {
    try {
      const audited = page === "404.html" && baseHref ? new URL(args.url).origin + "/404-check.html" : url;
      // Lighthouse's performance score moves from run to run (its own documentation advises the
      // median of several): each page is audited `runs` times and the run of median performance kept.
      const runs = [];
      for (let run = 0; run < lighthouseRuns; run++) {
        const report = path.join(args.reports, "lighthouse-" + page.replace(/[/.]/g, "_") + (run ? "-" + run : "") + ".json");
        execFileSync(path.join(args.cache, "node_modules", ".bin", "lighthouse"), [audited, "--quiet", "--output=json",
          "--output-path=" + report, "--only-categories=performance,accessibility,best-practices,seo",
          "--chrome-flags=--headless --no-sandbox"], { stdio: ["ignore", "ignore", "inherit"] });
        runs.push(JSON.parse(readFileSync(report, "utf8")));
      }
      runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
      const lh = runs[Math.floor((runs.length - 1) / 2)];
      for (const [key, short] of [["performance", "perf"], ["accessibility", "a11y"], ["best-practices", "bp"], ["seo", "seo"]])
        row[short] = Math.round(lh.categories[key].score * 100);
      if (runs.length > 1) row["perf-runs"] = runs.map(r => Math.round(r.categories.performance.score * 100)).join("/");
      details[page].lighthouse = Object.values(lh.audits)
        .filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual")
        .map(a => `${a.id}: ${a.title}${a.displayValue ? " (" + a.displayValue + ")" : ""}`);
    } catch (e) { row.perf = row.a11y = row.bp = row.seo = "failed"; }
  }
  rows.push(row);
  console.log(Object.entries(row).map(([k, v]) => k === "page" ? v.padEnd(34) : `${k} ${v}`).join("  "));
}
await browser.close();
writeFileSync(path.join(args.reports, "summary.json"), JSON.stringify({ rows, details }, null, 2));
const faults = rows.filter(r => r.nu || r["axe-light"] || r["axe-dark"] || r["axe-phone"] || r["320px"] > 0 ||
  ["perf", "a11y", "bp", "seo"].some(k => k in r && r[k] !== 100));
console.log(faults.length ? `${faults.length} of ${rows.length} pages short of the goal; details in ${args.reports}/summary.json`
  : `all ${rows.length} pages: Nu 0, axe 0, no sideways scrolling at 320 px` + (args.lighthouse === "1" ? ", Lighthouse 100 × 4" : ""));
process.exitCode = faults.length ? 1 : 0;
