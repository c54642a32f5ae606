// npx tsx bench/authoring.ts: mapping an article, in headless Chromium on the production build.
//   - a 50,000-word source shown in the source pane (target ≤ 300 ms);
//   - scrolling it: the cost of each frame while it scrolls;
//   - "Claim from selection" on it, to the editor drawn (target ≤ 100 ms);
//   - a 100-page text PDF, made here with page.pdf(), read into a source (target ≤ 5 s), and
//     whether progress was shown while it was read.
// Not part of npm test: timings belong here, never in assertions.
//
//   npx tsx bench/authoring.ts            5 runs each
//   RUNS=3 npx tsx bench/authoring.ts
import { execSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { serializeMap } from "../src/model/format/serializeMap";
import type { ArgumentMap } from "../src/model/core/types";
import { CHROMIUM_ARGS, findChromium } from "../tests/e2e/chromium";
import { progressSeen, recordProgress } from "../tests/e2e/progress";
import { sharedDir } from "../tests/sharedFiles";
import { frameCostsScript, median, percentile, serve } from "./common";

const PORT = 4181;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.RUNS ?? 5);
const WORDS = 50_000;
const PAGES = 100;

/** The built-in article's paragraphs, numbered and repeated until the text has `words` words. */
function longSource(words: number): string {
  const sources = sharedDir("sources");
  if (!sources)
    throw new Error("shared/sources/ is not beside the project: the bench needs the article");
  const article = readFileSync(join(sources, "south-korea-us-alliance.txt"), "utf8");
  const paragraphs = article.split(/\n\s*\n/).filter((p) => p.trim() !== "");
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const paragraph = `Part ${i + 1}. ${paragraphs[i % paragraphs.length]!.trim()}`;
    out.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return out.join("\n\n");
}

function mapWith(text: string): ArgumentMap {
  const first = text.slice(text.indexOf(". ") + 2, text.indexOf(".", text.indexOf(". ") + 2) + 1);
  return {
    title: "A long source",
    speakers: [],
    topics: [],
    sources: [{ id: "long", title: "The article, many times over", text }],
    claims: [{ id: "c1", text: "The first sentence.", quote: { source: "long", text: first } }],
    links: [],
    linkDisputes: [],
  } as unknown as ArgumentMap;
}

/** A frame's cost while the source text scrolls by a few lines each frame (as run.ts pans). */
const SCROLL_COSTS = frameCostsScript({
  setup: 'const text = document.querySelector(".source-pane__text");',
  act: "text.scrollTop += 120;",
});

interface Sample {
  show: number;
  scrollMedian: number;
  scrollP95: number;
  claim: number;
}

async function sourceRun(browser: Browser): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.route(
    (url) => url.pathname === "/bench-data/long-source.json",
    (route) => route.fulfill({ path: "bench/.data/long-source.json" }),
  );
  await page.goto(`${BASE}/?map=/bench-data/long-source.json`);
  await page.locator(".react-flow__node").first().waitFor();
  await page.getByRole("button", { name: "Hide source" }).click();
  await page.locator(".source-pane__text").waitFor({ state: "detached" });
  await page.waitForTimeout(300);
  // Show: from the click to the frame after the text is in the pane.
  const show = await page.evaluate(async () => {
    const button = [...document.querySelectorAll("button")].find(
      (b) => b.textContent === "Show source",
    )!;
    const t0 = performance.now();
    button.click();
    while (!document.querySelector(".source-pane__text p")) {
      await new Promise((r) => requestAnimationFrame(r));
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  });
  await page.waitForTimeout(300);
  const costs = (await page.evaluate(SCROLL_COSTS)) as number[];
  // Claim from selection: a sentence four fifths of the way through, to the editor drawn.
  const claim = await page.evaluate(async () => {
    const paragraphs = document.querySelectorAll(".source-pane__text p");
    const paragraph = paragraphs[Math.floor(paragraphs.length * 0.8)]!;
    paragraph.scrollIntoView({ block: "center" });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const node = paragraph.firstChild!.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(node.data.length, node.data.indexOf(".", 10) + 1));
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    const button = [...document.querySelectorAll("button")].find(
      (b) => b.textContent === "Claim from selection",
    )!;
    const t0 = performance.now();
    button.click();
    while (!document.querySelector('form[aria-label="Edit claim"] textarea')) {
      await new Promise((r) => requestAnimationFrame(r));
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  });
  await context.close();
  return { show, scrollMedian: median(costs), scrollP95: percentile(costs, 95), claim };
}

async function pdfOf(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage();
  const text = longSource(PAGES * 1100);
  await page.setContent(
    `<body style="font: 12px serif">${text
      .split("\n\n")
      .map((p) => `<p>${p.replace(/[<&]/g, " ")}</p>`)
      .join("")}</body>`,
  );
  const pdf = await page.pdf({ format: "A4" });
  await page.close();
  return pdf;
}

async function pdfRun(
  browser: Browser,
  pdf: Buffer,
): Promise<{ ms: number; pages: number; progress: boolean }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  await page.locator(".react-flow__node").first().waitFor();
  await page.getByRole("button", { name: "Add source…" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a source" });
  // Progress messages, as they are shown.
  await recordProgress(page);
  const t0 = Date.now();
  await dialog.getByLabel("A file (.txt, .md, .html or .pdf)").setInputFiles({
    name: "long.pdf",
    mimeType: "application/pdf",
    buffer: pdf,
  });
  await page.getByRole("dialog", { name: "Speakers in this source" }).waitFor({ timeout: 120_000 });
  const ms = Date.now() - t0;
  const progress = await progressSeen(page);
  const pages = Math.max(
    0,
    ...progress.map((p) => Number(/of (\d+)/.exec(p)?.[1] ?? 0)).filter(Number.isFinite),
  );
  await context.close();
  return { ms, pages, progress: progress.some((p) => /Reading page \d+ of \d+/.test(p)) };
}

async function main() {
  console.log("building the app…");
  execSync("npx vite build", { stdio: "ignore" });
  mkdirSync("bench/.data", { recursive: true });
  const text = longSource(WORDS);
  writeFileSync("bench/.data/long-source.json", serializeMap(mapWith(text)));
  const stop = await serve(PORT);
  const executablePath = findChromium();
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(executablePath ? { executablePath } : {}),
  });
  try {
    const samples: Sample[] = [];
    for (let run = 0; run < RUNS; run++) {
      samples.push(await sourceRun(browser));
      process.stdout.write(`  source: run ${run + 1}/${RUNS}\r`);
    }
    const pdf = await pdfOf(browser);
    const pdfs: Awaited<ReturnType<typeof pdfRun>>[] = [];
    for (let run = 0; run < RUNS; run++) {
      pdfs.push(await pdfRun(browser, pdf));
      process.stdout.write(`  pdf: run ${run + 1}/${RUNS}\r`);
    }
    const m = (key: keyof Sample) => median(samples.map((s) => s[key]));
    const words = text.split(/\s+/).length;
    const lines = [
      `${new Date().toISOString().slice(0, 10)} · Chromium ${browser.version()} · medians of ${RUNS} runs; times in ms.`,
      "",
      "| measure | result | target |",
      "|---|---|---|",
      `| ${words.toLocaleString("en-US")}-word source (${(text.length / 1e6).toFixed(2)} MB) shown in the pane | ${m("show").toFixed(0)} | ≤ 300 |`,
      `| scrolling it: frame cost median / p95 | ${m("scrollMedian").toFixed(1)} / ${m("scrollP95").toFixed(1)} | well under 16.7 |`,
      `| Claim from selection on it, to the editor drawn | ${m("claim").toFixed(0)} | ≤ 100 |`,
      `| ${pdfs[0]?.pages ?? "?"}-page text PDF (${(pdf.length / 1e6).toFixed(1)} MB) to a source | ${median(pdfs.map((p) => p.ms)).toFixed(0)} | ≤ 5,000 |`,
      `| progress shown while the PDF is read | ${pdfs.every((p) => p.progress) ? "yes, page by page" : "no"} | yes |`,
    ];
    console.log(`\n${lines.join("\n")}`);
    mkdirSync("bench/results", { recursive: true });
    writeFileSync(
      "bench/results/authoring-latest.json",
      `${JSON.stringify({ date: new Date().toISOString(), samples, pdfs, table: lines.join("\n") }, null, 2)}\n`,
    );
  } finally {
    await browser.close();
    stop();
  }
}

void main();
