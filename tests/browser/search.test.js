// Offline search from file://, in scripts without spaces (Thai, Japanese), in Korean, with
// accent-less Polish and Turkish dotted and dotless i, in a page shown as a fallback, by
// keyboard, and without JavaScript.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, fileUrl, guard, SHIPPED, FIXTURE } from "./common.js";

const repo = path.resolve(import.meta.dirname, "../..");
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function query(root, page, text) {
  const context = await browser.newContext();
  const outside = await guard(context);
  const tab = await context.newPage();
  await tab.goto(fileUrl(root, page));
  await tab.fill("#search-input", text);
  await tab.locator(".search__status").filter({ hasText: /\S/ }).waitFor();
  const hrefs = await tab.locator(".search__results a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  const marks = await tab.locator(".search__results mark").allTextContents();
  const status = await tab.locator(".search__status").textContent();
  return { context, tab, hrefs, marks, status, outside };
}

function lessonHas(slug, locale, word) {
  return fs.readFileSync(path.join(repo, `content/lessons/${slug}/${locale}.md`), "utf8").includes(word);
}

for (const [cc, locale, word, q] of [
  ["th", "th", "การขู่กรรโชกทางเพศ", "การขู่กรรโชกทางเพศ"],
  ["jp", "ja", "セクストーション", "セクストーション"],
  ["kr", "ko", "섹스토션", "섹스토션"],
  ["pl", "pl", "szantaż", "szantaz"],
]) {
  test(`search in ${locale} finds "${q}" where it is, and not elsewhere`, async () => {
    assert.ok(lessonHas("images-14-17", locale, word) && !lessonHas("grooming-8-10", locale, word));
    const r = await query(SHIPPED, `${cc}/${locale}/index.html`, q);
    assert.ok(r.hrefs.some((h) => h.endsWith("lessons/images-14-17/index.html")), `${r.hrefs}`);
    assert.ok(!r.hrefs.some((h) => h.endsWith("lessons/grooming-8-10/index.html")), `${r.hrefs}`);
    assert.ok(r.marks.length > 0, "the match is highlighted");
    assert.deepEqual(r.outside, []);
    await r.context.close();
  });
}

test("Turkish: dotted İ and dotless I both find i", async () => {
  const word = "istismar";
  assert.ok(lessonHas("grooming-parents", "tr", word));
  for (const q of ["İSTİSMAR", "ISTISMAR", "istismar"]) {
    const r = await query(SHIPPED, "tr/tr/index.html", q);
    assert.ok(r.hrefs.length > 0, q);
    await r.context.close();
  }
});

test("prefixes match while typing", async () => {
  const r = await query(SHIPPED, "gb/en/index.html", "sextort");
  assert.ok(r.hrefs.some((h) => h.endsWith("lessons/images-14-17/index.html")), `${r.hrefs}`);
  await r.context.close();
});

test("a page shown as a fallback is found in the language it is shown in", async () => {
  const r = await query(FIXTURE, "ch/de/lessons/alpha/index.html", "zebrafish");
  assert.deepEqual(r.hrefs, ["../../../../ch/de/lessons/beta/index.html"]);
  assert.equal(await r.tab.locator(".search__results a").getAttribute("lang"), "en");
  assert.match(await r.tab.locator(".search__meta").textContent(), /Shown in Englisch/, "named in the page's language");
  await r.context.close();
});

test("results are announced, keyboard operable, and lead to the lesson", async () => {
  const r = await query(SHIPPED, "gb/en/lessons/index.html", "trusted adult");
  assert.match(r.status, /\d+ lessons? match your search\./);
  assert.equal(await r.tab.locator(".search__status").getAttribute("role"), "status");
  await r.tab.focus("#search-input");
  await r.tab.keyboard.press("ArrowDown");
  const focused = await r.tab.evaluate(() => document.activeElement.getAttribute("href"));
  assert.equal(focused, r.hrefs[0]);
  await r.tab.keyboard.press("Enter");
  await r.tab.waitForURL(/\/gb\/en\/(lessons\/[a-z0-9-]+|[a-z-]+)\/index\.html$/);
  await r.context.close();
});

test("with no result, the status says so", async () => {
  const r = await query(SHIPPED, "gb/en/index.html", "qwxzv");
  assert.equal(r.hrefs.length, 0);
  assert.equal(r.status, "No lessons match your search.");
  await r.context.close();
});

test("without JavaScript the search box is a link to the lesson list", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto(fileUrl(SHIPPED, "gb/en/index.html"));
  assert.equal(await tab.locator(".search__form").isVisible(), false);
  const link = tab.locator(".search__browse");
  assert.equal(await link.isVisible(), true);
  assert.equal(await link.getAttribute("href"), "../../gb/en/lessons/index.html");
  await context.close();
});
