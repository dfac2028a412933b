// Search speed on the shipped campaign: loads a locale's page from file:// in Debian's
// Chromium and times queries through the page's own search. Run after `haven build`:
//   node bench/search.mjs [public/th/th/index.html] (needs tests/browser's npm packages)
import { chromium } from "../tests/browser/node_modules/playwright-core/index.mjs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const page = process.argv[2] || "public/th/th/index.html";
const queries = process.argv.slice(3).length ? process.argv.slice(3) : ["การ", "ช่วยเหลือ", "ความปลอดภัย", "a", "online", "help"];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const tab = await browser.newPage();
await tab.goto(pathToFileURL(path.resolve(page)).href);
await tab.fill("#search-input", queries[0]);
await tab.locator(".search__status").filter({ hasText: /\S/ }).waitFor();
const times = [];
for (let round = 0; round < 20; round++) {
  for (const q of queries) {
    times.push(await tab.evaluate((q) => {
      const input = document.getElementById("search-input");
      const start = performance.now();
      input.value = q;
      input.form.requestSubmit();
      return performance.now() - start;
    }, q));
  }
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`${page}: ${times.length} queries, median ${median.toFixed(2)} ms, slowest ${times[times.length - 1].toFixed(2)} ms (search and rendering of the results)`);
await browser.close();
