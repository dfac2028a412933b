// Every page of the shipped campaign, and of the right-to-left fixture, passes the Nu HTML
// Checker (vnu-jar, run with the machine's Java) with zero errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { SHIPPED, FIXTURE } from "./common.js";

const require = createRequire(import.meta.url);
const VNU = require.resolve("vnu-jar/build/dist/vnu.jar");

for (const [name, dir] of [["shipped campaign", SHIPPED], ["fixture", FIXTURE]]) {
  test(`Nu HTML Checker: every page of the ${name}`, () => {
    // vnu writes its JSON report to stderr.
    const run = spawnSync("java", ["-Xss4m", "-jar", VNU, "--errors-only", "--skip-non-html", "--format", "json", "--exit-zero-always", dir], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    assert.equal(run.status, 0, run.stderr);
    const { messages } = JSON.parse(run.stderr);
    const errors = messages.filter((m) => m.type === "error").map((m) => `${m.url}:${m.lastLine}: ${m.message}`);
    assert.deepEqual(errors.slice(0, 20), [], `${errors.length} errors`);
  });
}
