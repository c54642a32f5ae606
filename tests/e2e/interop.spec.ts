// Maps from other tools open through the Open dialog, each with its report, and come out
// right: the real files in ../shared/interop (read from there, never copied into the project).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { generateAif } from "../../src/model/testing/generateAif";
import { INTEROP_DIR, NO_INTEROP } from "../sharedFiles";
import { openMap, pasteMap } from "./helpers";

const INTEROP = INTEROP_DIR ?? "";

interface Expected {
  files: string[];
  claims: number;
  supports: number;
  disputes: number;
  undercuts: number;
  speakers: string[];
  report: RegExp;
}

const FIXTURES: Record<string, Expected> = {
  "AIFdb nodeset 6064 (BBC Moral Maze)": {
    files: ["arguebuf-python__6064-original.json"],
    claims: 9,
    supports: 5,
    disputes: 0,
    undercuts: 0,
    speakers: ["CL", "NL"],
    report: /9 I-nodes → 9 claims/,
  },
  "AIFdb nodeset 6064, reconstructed (dangling locutions)": {
    files: ["arguebuf-python__6064-reconstructed.json"],
    claims: 9,
    supports: 5,
    disputes: 0,
    undercuts: 0,
    speakers: [],
    report: /13 locutions point at missing nodes/,
  },
  "OVA3 / xAIF export": {
    files: ["arguebuf-typescript__data-xaif.json"],
    claims: 2,
    supports: 1,
    disputes: 0,
    undercuts: 0,
    speakers: ["Participant Rachel"],
    report: /I-nodes → 2 claims/,
  },
  "microtext 6443 with its text (an undercut)": {
    files: [
      "arguebase-public__microtexts__nodeset6443.json",
      "arguebase-public__microtexts__nodeset6443.txt",
    ],
    claims: 5,
    supports: 2,
    disputes: 1,
    undercuts: 1,
    speakers: [],
    report: /CA → 1 dispute \+ 1 undercut/,
  },
  "microtext 6463 with its text (an attack on an attack, a linked argument)": {
    files: [
      "arguebase-public__microtexts__nodeset6463.json",
      "arguebase-public__microtexts__nodeset6463.txt",
    ],
    claims: 6,
    supports: 3,
    disputes: 1,
    undercuts: 1,
    speakers: [],
    report: /6 I-nodes → 6 claims/,
  },
  "Argdown: legalisation of soft drugs": {
    files: ["argdown__examples__legalisation-softdrugs.argdown"],
    claims: 18,
    supports: 9,
    disputes: 8,
    undercuts: 2,
    speakers: [],
    report: /undercut/,
  },
  "Argdown: state censorship": {
    files: ["argdown__examples__state-censorship.argdown"],
    claims: 35,
    supports: 30,
    disputes: 4,
    undercuts: 0,
    speakers: [],
    report: /statements? .*→|→/,
  },
};

async function openFiles(page: Page, files: string[]) {
  await page.getByRole("button", { name: "Open…" }).click();
  const dialog = page.getByRole("dialog", { name: "Open a map" });
  await dialog
    .getByLabel("A map file (or a map and its text), or an article")
    .setInputFiles(files.map((f) => resolve(INTEROP, f)));
}

test.describe("maps from other tools", () => {
  test.skip(!INTEROP_DIR, NO_INTEROP);

  for (const [name, expected] of Object.entries(FIXTURES)) {
    test(`${name}: opens with its report, and its map is right`, async ({ page }) => {
      await openMap(page);
      await openFiles(page, expected.files);
      const report = page.getByRole("dialog", { name: /^Opened “.*” from / });
      await expect(report).toBeVisible();
      await expect(report).toContainText(expected.report);
      await report.getByRole("button", { name: "Close" }).click();
      await expect(page.locator(".react-flow__node")).toHaveCount(expected.claims);
      await expect(page.locator(".status [role=status]").first()).toContainText(
        `Showing ${expected.claims} of ${expected.claims} claims`,
      );
      await expect(page.locator(".react-flow__edge .relation-edge--support")).toHaveCount(
        expected.supports,
      );
      await expect(page.locator(".react-flow__edge .relation-edge--dispute")).toHaveCount(
        expected.disputes,
      );
      await expect(page.locator(".react-flow__edge .relation-edge--undercut")).toHaveCount(
        expected.undercuts,
      );
      for (const speaker of expected.speakers)
        await expect(page.getByRole("checkbox", { name: speaker, exact: true })).toBeVisible();
    });
  }

  test("a file that is none of the formats gets path-precise problems, and the map stays", async ({
    page,
  }) => {
    await openMap(page);
    await pasteMap(page, '{"nodes": [{"nodeID": 1}], "edges": "none"}');
    const problems = page.getByRole("dialog", { name: "The pasted text could not be opened" });
    await expect(problems).toBeVisible();
    await expect(problems.locator("code").first()).not.toBeEmpty();
  });

  test("Kialo text opens; the map goes back out as AIF, Argdown and Kialo, each saying what it lost", async ({
    page,
  }) => {
    await openMap(page);
    await pasteMap(
      page,
      [
        "Discussion Title: Should Seoul balance?",
        "",
        "1. South Korea should be a regional balancer.",
        "1.1. Pro: It reflects changing global realities.",
        "1.2. Con: Balancing China and Japan is beyond Seoul's reach.",
        "1.2.1. Con: The balancer is about peace, not power.",
        "1.3. Con: -> See 1.2.1.",
      ].join("\r\n"),
    );
    const report = page.getByRole("dialog", { name: /^Opened “Should Seoul balance\?” from / });
    await expect(report).toBeVisible();
    await report.getByRole("button", { name: "Close" }).click();
    await expect(page.locator(".react-flow__node")).toHaveCount(4);
    for (const [format, button] of [
      ["AIF (for OVA, AIFdb)", "Export AIF"],
      ["Argdown", "Export Argdown"],
      ["Kialo text", "Export Kialo text"],
    ] as const) {
      await page.getByRole("button", { name: "Export…" }).click();
      const dialog = page.getByRole("dialog", { name: "Export" });
      await dialog.getByRole("radio", { name: format }).check();
      const download = page.waitForEvent("download");
      await dialog.getByRole("button", { name: button }).click();
      const file = await download;
      const text = readFileSync((await file.path())!, "utf8");
      expect(text.length).toBeGreaterThan(20);
      await expect(dialog.getByRole("status")).toContainText("Saved");
      await dialog.getByRole("button", { name: "Close" }).click();
    }
  });
});

test("a big AIF file (2,000 I-nodes) is converted in a worker, and opens", async ({ page }) => {
  await openMap(page);
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await page.getByRole("button", { name: "Open…" }).click();
  await page.getByLabel("A map file (or a map and its text), or an article").setInputFiles({
    name: "generated.json",
    mimeType: "application/json",
    buffer: Buffer.from(generateAif(2000)),
  });
  const report = page.getByRole("dialog", { name: /^Opened “.*” from AIF/ });
  await expect(report).toContainText("2,000 I-nodes → 2,000 claims", { timeout: 60_000 });
  expect(workers.some((url) => url.includes("import.worker"))).toBe(true);
  await report.getByRole("button", { name: "Close" }).click();
  await expect(page.locator(".status [role=status]").first()).toContainText(
    "Showing 2,000 of 2,000 claims",
  );
});
