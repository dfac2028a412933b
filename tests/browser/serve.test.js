// `haven serve` in a real browser: the page reloads itself after an edit, shows a build error
// over the page, and recovers when the file is fixed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { spawn } from "node:child_process";
import { launch } from "./common.js";

const repo = path.resolve(import.meta.dirname, "../..");
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

function startServe(dir) {
  const child = spawn(path.join(repo, "target/debug/haven"), ["serve", "--port", "0"], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
  return new Promise((resolve, reject) => {
    let text = "";
    child.stderr.on("data", (chunk) => {
      text += chunk;
      const m = text.match(/serving (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) { resolve({ child, url: m[1] }); }
    });
    child.on("exit", () => reject(new Error(text)));
  });
}

test("live reload, error overlay and recovery", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "haven-serve-browser-"));
  fs.cpSync(path.join(repo, "tests/testsuite/fixtures/basic"), dir, { recursive: true });
  fs.cpSync(path.join(repo, "themes"), path.join(dir, "themes"), { recursive: true });
  fs.copyFileSync(path.join(repo, "locales/en/main.ftl"), path.join(dir, "locales/en/main.ftl"));
  const lesson = path.join(dir, "content/lessons/beta/en.md");
  const original = fs.readFileSync(lesson, "utf8");
  const { child, url } = await startServe(dir);
  const page = await browser.newPage();
  try {
    await page.goto(url + "ch/de/lessons/beta/index.html", { waitUntil: "domcontentloaded" });
    assert.match(await page.locator(".prose").textContent(), /zebrafish/);
    // The page's text changes only when live.js reloads it.
    const shows = (word) => page.waitForFunction((w) => document.querySelector(".prose")?.textContent.includes(w), word);
    fs.writeFileSync(lesson, original.replace("zebrafish", "seahorse"));
    await shows("seahorse");

    fs.writeFileSync(lesson, "---\ntitle: [unclosed\n---\n");
    const overlay = page.locator("#haven-build-error");
    await overlay.waitFor({ state: "visible" });
    assert.match(await overlay.textContent(), /content\/lessons\/beta\/en\.md/);

    fs.writeFileSync(lesson, original.replace("zebrafish", "octopus"));
    await shows("octopus");
    assert.equal(await page.locator("#haven-build-error").count(), 0);
  } finally {
    await page.close();
    child.kill();
  }
});
