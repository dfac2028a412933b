// The theme's behaviour in a real browser: quick exit, language switch, navigation from file://
// and from a local server, no request leaving the machine, print, and working without JavaScript.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, fileUrl, guard, serve, FIXTURE, SHIPPED, EXIT_URL } from "./common.js";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function open(options = {}) {
  const context = await browser.newContext(options);
  const outside = await guard(context);
  const page = await context.newPage();
  return { context, page, outside };
}

test("quick exit is the first thing in keyboard order", async () => {
  const { context, page } = await open();
  await page.goto(fileUrl(FIXTURE, "ch/de/lessons/alpha/index.html"));
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.hasAttribute("data-quick-exit")), true);
  await context.close();
});

for (const how of ["button", "shortcut"]) {
  test(`quick exit by ${how} lands on the neutral site and Back does not return`, async () => {
    const { context, page } = await open();
    await page.goto("about:blank");
    await page.goto(fileUrl(FIXTURE, "ch/de/index.html"));
    await page.click(".site-nav a[href$='lessons/index.html']");
    await page.waitForURL(/lessons\/index\.html$/);
    await page.click("a[href$='alpha/index.html']");
    await page.waitForURL(/alpha\/index\.html$/);
    if (how === "button") {
      await page.click("[data-quick-exit]");
    } else {
      for (let i = 0; i < 3; i++) { await page.keyboard.press("Shift"); }
    }
    await page.waitForURL(EXIT_URL);
    await page.goBack().catch(() => {});
    assert.ok(!page.url().startsWith("file:"), `Back returned to ${page.url()}`);
    await context.close();
  });
}

test("without JavaScript, quick exit is a plain link to the neutral site", async () => {
  const { context, page } = await open({ javaScriptEnabled: false });
  await page.goto(fileUrl(FIXTURE, "ch/fr/lessons/alpha/index.html"));
  await page.click("[data-quick-exit]");
  await page.waitForURL(EXIT_URL);
  await context.close();
});

test("the language switch keeps the same lesson", async () => {
  const { context, page } = await open();
  await page.goto(fileUrl(FIXTURE, "ch/de/lessons/alpha/index.html"));
  await page.click(".language-switcher a[hreflang='fr']");
  await page.waitForURL(/\/ch\/fr\/lessons\/alpha\/index\.html$/);
  assert.equal(await page.locator("h1").textContent(), "Leçon alpha");
  await context.close();
});

async function walk(page, start) {
  await page.goto(start);
  await page.click("a[href$='ch/index.html']");
  await page.click("a[hreflang='fr']");
  await page.waitForURL(/ch\/fr\/index\.html$/);
  await page.click(".site-nav a[href$='lessons/index.html']");
  await page.click("a[href$='beta/index.html']");
  await page.waitForURL(/beta\/index\.html$/);
  await page.click(".site-nav__help");
  await page.waitForURL(/get-help\/index\.html$/);
  assert.match(await page.locator("h1").textContent(), /help/i);
}

test("navigation works from file:// and nothing leaves the machine", async () => {
  const { context, page, outside } = await open();
  await walk(page, fileUrl(FIXTURE, "index.html"));
  assert.deepEqual(outside, []);
  await context.close();
});

test("navigation works from a local HTTP server under a sub-path and nothing leaves the machine", async () => {
  const parent = fs.mkdtempSync(path.join(process.env.TMPDIR || "/tmp", "haven-serve-"));
  fs.cpSync(FIXTURE, path.join(parent, "sub", "path"), { recursive: true });
  const server = await serve(parent);
  const { context, page, outside } = await open();
  try {
    await walk(page, server.url + "sub/path/index.html");
    assert.deepEqual(outside, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test("an unpacked school bundle works from file://", async () => {
  const { context, page, outside } = await open();
  await page.goto(fileUrl(process.env.HAVEN_BUNDLE_OUT, "index.html"));
  await page.click("a[href$='ch/index.html']");
  await page.click("a[hreflang='de']");
  await page.click(".site-nav a[href$='lessons/index.html']");
  await page.click("a[href$='alpha/index.html']");
  await page.waitForURL(/alpha\/index\.html$/);
  assert.equal(await page.locator("h1").textContent(), "Lektion Alpha");
  assert.deepEqual(outside, []);
  await context.close();
});

test("a shipped lesson page loads nothing from another host", async () => {
  const { context, page, outside } = await open();
  for (const rel of ["jp/ja/lessons/grooming-8-10/index.html", "th/th/get-help/index.html", "be/nl/index.html"]) {
    await page.goto(fileUrl(SHIPPED, rel));
  }
  assert.deepEqual(outside, []);
  await context.close();
});

test("print hides navigation and quick exit and keeps the help contacts", async () => {
  const { context, page } = await open();
  await page.goto(fileUrl(FIXTURE, "ch/de/lessons/alpha/index.html"));
  await page.emulateMedia({ media: "print" });
  const shown = await page.evaluate(() => Object.fromEntries(
    [".quick-exit", ".site-nav", ".language-switcher", ".breadcrumbs", ".pager", ".help-box"].map((s) => {
      const el = document.querySelector(s);
      return [s, el ? getComputedStyle(el).display !== "none" : null];
    })));
  assert.deepEqual(shown, { ".quick-exit": false, ".site-nav": false, ".language-switcher": false, ".breadcrumbs": false, ".pager": false, ".help-box": true });
  await context.close();
});

test("a lesson page with its CSS and JavaScript stays under 60 KB", () => {
  const size = (rel) => fs.statSync(path.join(SHIPPED, rel)).size;
  for (const rel of ["gb/en/lessons/images-teachers/index.html", "th/th/lessons/online-risks-teachers/index.html", "jp/ja/lessons/grooming-teachers/index.html"]) {
    const total = size(rel) + size("assets/haven.css") + size("assets/haven.js");
    assert.ok(total < 60 * 1024, `${rel}: ${total} bytes`);
  }
});
