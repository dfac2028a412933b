// axe-core on every page type, in six locales: English, German, Ukrainian, Japanese, Thai and
// the right-to-left Arabic fixture. Zero violations of the WCAG 2.0/2.1/2.2 A and AA rules.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import { launch, fileUrl, SHIPPED, FIXTURE } from "./common.js";

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

const PAGES = [
  [SHIPPED, "index.html"],
  [SHIPPED, "404.html"],
  [SHIPPED, "ch/index.html"],
  [FIXTURE, "lb/ar/index.html"],
  [FIXTURE, "lb/ar/lessons/index.html"],
  [FIXTURE, "lb/ar/lessons/beta/index.html"],
  [FIXTURE, "lb/ar/get-help/index.html"],
];
for (const [cc, locale] of [["gb", "en"], ["ch", "de"], ["ua", "uk"], ["jp", "ja"], ["th", "th"]]) {
  for (const rel of ["index.html", "lessons/index.html", "lessons/grooming-11-13/index.html", "lessons/images-teachers/index.html", "get-help/index.html"]) {
    PAGES.push([SHIPPED, `${cc}/${locale}/${rel}`]);
  }
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

for (const [root, rel] of PAGES) {
  test(`axe: ${root === FIXTURE ? "fixture" : "shipped"} ${rel}`, async () => {
    // The CSP forbids injected scripts, rightly; axe is injected with the CSP bypassed.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(fileUrl(root, rel));
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }), TAGS);
    const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
    assert.deepEqual(found, [], `${rel}`);
    await context.close();
  });
}
