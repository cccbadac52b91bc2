#!/usr/bin/env node
// Search as a reader meets it: a lesson of the 1000-lesson corpus opened from disk (file://) in
// headless Chromium, "/" pressed, a query typed one key at a time. For every key it measures
// the time from the key's press to the frame that shows the results for what the box then
// holds (requestAnimationFrame after the list is filled), so the index's loading, evaluation
// and preparation count where a reader waits for them. A fresh browser context per query, so
// each query is a first query. --cpu N slows the CPU N times (Chrome's throttling), as for a
// mid-range phone in Lighthouse's terms (4).
//
//   node bench/Search/first-query.js                 # builds bench/.work/search/out first
//   NODE_PATH=~/.cache/sitegen-validate/node_modules node bench/Search/typing.mjs [--site DIR]
//       [--cpu 4] [--delay 120] [--runs 3] [query …]
//
// Prints, per query, the median over --runs of the time from pressing "/" until the index is
// loaded and prepared, the first key's wait (index loading included), the slowest wait for any
// later key, and the wait after the last key.
import { createRequire } from "module";
import path from "path";
import fs from "fs";
import { pathToFileURL, fileURLToPath } from "url";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

const args = process.argv.slice(2);
const option = require("./options.js")(args);
const site = path.resolve(option("--site", path.join(repo, "bench", ".work", "search", "out")));
const cpu = Number(option("--cpu", "1"));
const delay = Number(option("--delay", "120"));
const runs = Number(option("--runs", "3"));
const queries = args.length ? args : ["derivat", "optimzer", "\"dense projection\"", "x^2", "∇"];

const lessons = path.join(site, "lessons");
if (!fs.existsSync(lessons)) {
  console.error(`${site} holds no built corpus: run node bench/Search/first-query.js first, or pass --site`);
  process.exit(2);
}
const first = fs.readdirSync(lessons).sort()[0];
const url = pathToFileURL(path.join(lessons, first, "index.html")).href;

// In the page: each key's press time, and the frame after the results for the box's text.
const probe = () => {
  window.__keys = [];
  window.__shown = [];
  window.__opened = null;
  // When search.js has the index prepared (it sets window.sitegenSearch.index then).
  let api;
  Object.defineProperty(window, "sitegenSearch", { configurable: true, get: () => api, set: value => {
    api = value;
    let index;
    Object.defineProperty(value, "index", { configurable: true, enumerable: true, get: () => index,
      set: prepared => { index = prepared; window.__ready = performance.now(); } });
  } });
  document.addEventListener("keydown", e => { if (e.key === "/" && window.__opened === null) window.__opened = performance.now(); }, true);
  // beforeinput, not keydown: a character the keyboard lacks (∇) is typed with no key event.
  document.addEventListener("beforeinput", e => { if (e.target.id === "sg-search-input") window.__keys.push(performance.now()); }, true);
  new MutationObserver(() => {
    const list = document.getElementById("sg-search-results");
    if (!list || list.__watched) return;
    list.__watched = true;
    new MutationObserver(() => {
      const query = list.getAttribute("data-query");
      if (query === null) return;
      requestAnimationFrame(() => window.__shown.push({ query, at: performance.now(), count: list.children.length }));
    }).observe(list, { attributes: true, attributeFilter: ["data-query"] });
  }).observe(document, { childList: true, subtree: true });
};

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || "/usr/bin/chromium" });
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const ms = v => v.toFixed(0).padStart(5);
console.log(`${url.replace(/^file:\/\//, "")}: ${fs.statSync(path.join(site, "search-index.js")).size.toLocaleString("en")} B index`);
console.log(`ms from a key's press to the frame with its results; CPU ${cpu}× slower, ${delay} ms between keys, median of ${runs}:`);
for (const query of queries) {
  const opens = [], firsts = [], worsts = [], lasts = [];
  let found = 0;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    if (cpu > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
    }
    await page.addInitScript(probe);
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(300);
    await page.keyboard.press("/");
    await page.locator("#sg-search-input").waitFor();
    await page.keyboard.type(query, { delay });
    await page.waitForFunction(q => window.__shown.some(s => s.query === q), query, { timeout: 20000 });
    const { opened, ready, keys, shown } = await page.evaluate(() => ({ opened: window.__opened, ready: window.__ready, keys: window.__keys, shown: window.__shown }));
    // Key i is answered by the first frame, after its press, that shows results for the text
    // typed up to it or later (a later key's results answer an earlier key that was skipped).
    const waits = keys.map((at, i) => {
      const typed = query.slice(0, i + 1);
      const answer = shown.find(s => s.at >= at && s.query.length >= typed.length);
      return answer ? answer.at - at : NaN;
    });
    opens.push(ready - opened);
    firsts.push(waits[0]);
    worsts.push(Math.max(0, ...waits.slice(1)));
    lasts.push(waits[waits.length - 1]);
    found = shown[shown.length - 1].count;
    await context.close();
  }
  console.log(`${JSON.stringify(query).padEnd(22)} index ready ${ms(median(opens))} after "/",   first key ${ms(median(firsts))}   slowest later key ${ms(median(worsts))}   last key ${ms(median(lasts))}   (${found} shown)`);
}
await browser.close();
