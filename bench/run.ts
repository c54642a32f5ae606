// npm run bench: the app against bare React Flow, in headless Chromium, on the production
// build, for generated maps of 100 to 5,000 claims. Prints a table and writes bench/results/.
// Not part of npm test: timings belong here, never in assertions.
//
//   npm run bench:app             all sizes, 5 runs each (npm run bench runs every benchmark)
//   npm run bench:app -- 100 2000 some sizes (add built-in for the built-in map's row)
//   RUNS=3 npm run bench:app      fewer runs (the README's table uses 5)
import { execSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { gzipSync } from "node:zlib";
import { Graphviz } from "@hpcc-js/wasm-graphviz";
import { chromium, type Browser, type Page } from "@playwright/test";
import { estimateMeasure } from "../src/layout/cardSize";
import { dotEngine } from "../src/layout/dotLayout";
import { layOutRegions } from "../src/layout/packedRegions";
import { regionInputsOf } from "../src/layout/regionInputs";
import { generateMap } from "../src/model/testing/generateMap";
import { parseMap } from "../src/model/format/loadMap";
import { serializeMap } from "../src/model/format/serializeMap";
import type { ArgumentMap } from "../src/model/core/types";
import { CHROMIUM_ARGS, findChromium } from "../tests/e2e/chromium";
import { frameCostsScript, median, percentile, serve } from "./common";

const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.RUNS ?? 5);
const ARGS = process.argv.slice(2);
const SIZES = ARGS.map(Number).filter(Boolean);
const sizes = ARGS.length > 0 ? SIZES : [100, 500, 2000, 5000];
/** The built-in map's row: always, unless sizes are named without "built-in". */
const withBuiltIn = ARGS.length === 0 || ARGS.includes("built-in");

function build() {
  console.log("building the app and the baseline page…");
  execSync("npx vite build", { stdio: "ignore" });
  execSync("npx vite build --config bench/vite.baseline.config.ts", { stdio: "ignore" });
}

/** Initial JavaScript: the scripts index.html loads, gzipped; the worker is loaded lazily. */
function initialJsKb(): { initial: number; worker: number } {
  const html = readFileSync("dist/index.html", "utf8");
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = (file: string) => gzipSync(readFileSync(`dist/${file}`)).length / 1024;
  const worker = readdirSync("dist/assets").filter(
    (f) => f.includes("worker") && f.endsWith(".js"),
  );
  return {
    initial: scripts.reduce((sum, f) => sum + gz(f), 0),
    worker: worker.reduce((s, f) => s + statSync(`dist/assets/${f}`).size / 1024, 0),
  };
}

/** What bare React Flow is given: the app's own layout, precomputed in Node, and default nodes. */
async function baselineData(map: ArgumentMap) {
  // The app's own region inputs and first-layout pipeline, with estimated text widths.
  const laid = await layOutRegions(
    regionInputsOf(map, "TB"),
    dotEngine(() => Graphviz.load()),
    estimateMeasure,
    1.3,
  );
  return {
    /** The layout's bounding box, width over height (regions' frames included). */
    aspect: laid.width / laid.height,
    // Default nodes as wide as the app's cards, so both pages cover the same area.
    nodes: map.claims.map((c) => ({
      id: c.id,
      position: laid.positions[c.id],
      data: { label: c.text },
      style: { width: laid.sizes[c.id]?.width },
    })),
    edges: map.links.map((l) => ({ id: l.id, source: l.from, target: l.to })),
  };
}

/**
 * Injected into both pages: the longest main-thread task, and "interactive" by one end
 * condition for both: after the page has applied its first view (its own mark), the first
 * frame in which a card inside the map pane is laid out and visible in the DOM, plus the
 * frame that paints it. A big map (over 400 claims) opens in the app as an overview of its
 * topics, in the baseline at a reading zoom on its top-left cards: each page's first view.
 */
const PROBES = `
  window.__longest = 0;
  window.__longestAtInteractive = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: "longtask", buffered: true });
  const painted = () => {
    const pane = document.querySelector(".react-flow");
    if (!pane) return false;
    const box = pane.getBoundingClientRect();
    // A card, or (the app, on a big map) a topic of the overview the map opens as.
    for (const node of document.querySelectorAll(".react-flow__node, .map-overview__region")) {
      if (getComputedStyle(node).visibility !== "visible") continue;
      const r = node.getBoundingClientRect();
      if (r.width > 0 && r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom)
        return true;
    }
    return false;
  };
  const firstView = () =>
    performance.getEntriesByName("argmap:first-view").length > 0 ||
    performance.getEntriesByName("baseline:first-view").length > 0;
  const watch = () => {
    if (firstView() && painted())
      requestAnimationFrame(() => {
        window.__interactive = performance.now();
        window.__longestAtInteractive = window.__longest;
      });
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
`;

async function waitForInteractive(page: Page, timeout = 180_000): Promise<number> {
  await page.waitForFunction(
    () => (window as unknown as { __interactive?: number }).__interactive,
    null,
    {
      timeout,
      polling: 50,
    },
  );
  return page.evaluate(() => (window as unknown as { __interactive: number }).__interactive);
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/**
 * The cost of each frame during a programmatic pan, the same on both pages: every frame
 * moves the view by a few pixels (a synthetic drag on the pane, which React Flow's d3-zoom
 * takes like a real one) and measures from the start of that frame's animation callback
 * to a task queued from it, which runs once the frame's rendering (style, layout, paint)
 * is done. Not the frame interval: a cheap frame costs a few ms, whatever the refresh rate.
 */
async function panFrameCosts(page: Page): Promise<number[]> {
  return page.evaluate(
    frameCostsScript({
      setup: `
        const pane = document.querySelector(".react-flow__pane");
        const box = pane.getBoundingClientRect();
        const x0 = box.left + box.width / 2;
        const y0 = box.top + box.height / 2;
        const fire = (type, x, y, target) =>
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: type === "mouseup" ? 0 : 1 }));
        fire("mousedown", x0, y0, pane);`,
      act: 'const angle = frame / 15; fire("mousemove", x0 + Math.sin(angle) * 200, y0 + Math.cos(angle) * 120, window);',
      finish: 'fire("mouseup", x0, y0, window);',
    }),
  );
}

interface Sample {
  interactive: number;
  /** A big map: from choosing a claim in the overview to its card drawn at reading size. */
  toReading: number;
  /** Filter → paint once the cards are shown (a big map's first view is its overview). */
  filterCards: number;
  layout: number;
  longest: number;
  /** The same map opened again in the same browser: its layout is found stored. */
  reopened: number;
  reopenedLongest: number;
  filter: number;
  panMedian: number;
  panP95: number;
  exportMs: number;
  exportNote: string;
  heap: number;
}

const serveData = (page: Page) =>
  page.route(
    (url) => url.pathname.startsWith("/bench-data/"),
    (route) =>
      route.fulfill({
        path: `bench/.data${new URL(route.request().url()).pathname.slice("/bench-data".length)}`,
      }),
  );

/** The app's URL for a row: the built-in map as users meet it (`/`), the others by `?map=`. */
const appUrl = (size: string) =>
  size === "built-in" ? `${BASE}/` : `${BASE}/?map=/bench-data/map-${size}.json`;

/** The size of the app's map pane at the bench's window size, for the baseline page. */
async function appPaneSize(browser: Browser): Promise<{ width: number; height: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(appUrl("built-in"));
  await page.locator(".react-flow").waitFor();
  const box = (await page.locator(".react-flow").boundingBox())!;
  await context.close();
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

/** BENCH_DEBUG=1 says which step of a run it is at (a run that seems stuck shows where). */
const step = (what: string) => {
  if (process.env.BENCH_DEBUG) console.log(`    ${new Date().toISOString().slice(11, 19)} ${what}`);
};

async function appRun(browser: Browser, size: string, withExport: boolean): Promise<Sample> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.addInitScript(PROBES);
  await serveData(page);
  step("app: open");
  await page.goto(appUrl(size));
  const interactive = await waitForInteractive(page);
  const longest = await page.evaluate(
    () => (window as unknown as { __longestAtInteractive: number }).__longestAtInteractive,
  );
  const layout = await page.evaluate(
    () =>
      (performance.getEntriesByName("argmap:layout")[0] as PerformanceMark | undefined)?.detail
        ?.milliseconds as number | undefined,
  );
  step("app: wait for the layout to be stored");
  // Opened before: once the worker has stored the layout (the built-in map's ships with the
  // app), the same address is opened again in the same browser, as a user coming back would.
  if (size !== "built-in")
    await page.waitForFunction(
      () => performance.getEntriesByName("argmap:layout-stored").length > 0,
      null,
      { timeout: 60_000 },
    );
  step("app: open again");
  await page.goto(appUrl(size));
  const reopened = await waitForInteractive(page);
  const reopenedLongest = await page.evaluate(
    () => (window as unknown as { __longestAtInteractive: number }).__longestAtInteractive,
  );
  await page.waitForTimeout(300);
  const heap = await heapMb(page);
  // Filter: untick one speaker, then wait until the frame after it has been rendered.
  const toggleFilter = async () => {
    const ms = await page.evaluate(async () => {
      const box = document.querySelector<HTMLInputElement>(
        'nav[aria-label="Explore"] input[type="checkbox"]',
      )!;
      const t0 = performance.now();
      box.click();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - t0;
    });
    await page.evaluate(() =>
      document
        .querySelector<HTMLInputElement>('nav[aria-label="Explore"] input[type="checkbox"]')!
        .click(),
    );
    await page.waitForTimeout(200);
    return ms;
  };
  step("app: filter");
  const filter = await toggleFilter();
  // A big map: choose its first topic's most-linked claim in the overview; time until its
  // card is drawn at reading size (every card is handed to React Flow on the way).
  let toReading = NaN;
  let filterCards = filter;
  if (await page.locator(".map-overview__claim").count()) {
    toReading = await page.evaluate(async () => {
      const button = document.querySelector<HTMLButtonElement>(".map-overview__claim")!;
      const text = button.textContent;
      const t0 = performance.now();
      button.click();
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const card = [...document.querySelectorAll(".react-flow__node")].find(
          (n) => n.textContent?.includes(text ?? "\u0000") && n.getBoundingClientRect().width > 0,
        );
        if (card) break;
        if (performance.now() - t0 > 60_000) return NaN;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - t0;
    });
    await page.waitForTimeout(500);
    filterCards = await toggleFilter();
  }
  step("app: pan");
  const frames = await panFrameCosts(page);
  let exportMs = NaN;
  let exportNote = "";
  step("app: export");
  if (withExport) {
    await page.getByRole("button", { name: "Fit View" }).click();
    await page.getByRole("button", { name: "Export…" }).click();
    const download = page.waitForEvent("download", { timeout: 300_000 });
    const t0 = Date.now();
    await page.getByRole("button", { name: "Export PNG" }).click();
    await download;
    exportMs = Date.now() - t0;
    exportNote = (await page.locator(".export__status").textContent()) ?? "";
  }
  await context.close();
  return {
    interactive,
    layout: layout ?? NaN,
    longest,
    reopened,
    reopenedLongest,
    toReading,
    filterCards,
    filter,
    panMedian: median(frames),
    panP95: percentile(frames, 95),
    exportMs,
    exportNote,
    heap,
  };
}

async function baselineRun(
  browser: Browser,
  size: string,
  pane: { width: number; height: number },
): Promise<{ interactive: number; panMedian: number; panP95: number; heap: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(PROBES);
  await serveData(page);
  await page.goto(
    `${BASE}/bench-baseline/?data=/bench-data/baseline-${size}.json&w=${pane.width}&h=${pane.height}`,
  );
  const interactive = await waitForInteractive(page);
  await page.waitForTimeout(300);
  const heap = await heapMb(page);
  const frames = await panFrameCosts(page);
  await context.close();
  return { interactive, panMedian: median(frames), panP95: percentile(frames, 95), heap };
}

async function main() {
  build();
  const js = initialJsKb();
  mkdirSync("bench/.data", { recursive: true });
  const stop = await serve(PORT);
  const executablePath = findChromium();
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(executablePath ? { executablePath } : {}),
  });
  const results: Record<string, unknown>[] = [];
  const chromiumVersion = browser.version();
  try {
    const pane = await appPaneSize(browser);
    const builtIn = parseMap(readFileSync("data/south-korea-us-alliance.json", "utf8"));
    if (!builtIn.ok) throw new Error("the built-in map does not load");
    const entries: [string, ArgumentMap][] = [
      ...(withBuiltIn ? [["built-in", builtIn.map] as [string, ArgumentMap]] : []),
      ...sizes.map((n): [string, ArgumentMap] => [String(n), generateMap({ claims: n, seed: n })]),
    ];
    for (const [size, map] of entries) {
      writeFileSync(`bench/.data/map-${size}.json`, serializeMap(map));
      const data = await baselineData(map);
      writeFileSync(`bench/.data/baseline-${size}.json`, JSON.stringify(data));
      const app: Sample[] = [];
      const base: Awaited<ReturnType<typeof baselineRun>>[] = [];
      for (let run = 0; run < RUNS; run++) {
        base.push(await baselineRun(browser, size, pane));
        app.push(await appRun(browser, size, true));
        process.stdout.write(`  ${size} claims: run ${run + 1}/${RUNS}\r`);
      }
      const m = (key: keyof Sample) => median(app.map((s) => s[key] as number));
      const b = (key: "interactive" | "panMedian" | "panP95" | "heap") =>
        median(base.map((s) => s[key]));
      results.push({
        label: size,
        claims: map.claims.length,
        links: map.links.length,
        interactive: m("interactive"),
        baselineInteractive: b("interactive"),
        layout: m("layout"),
        longestTask: m("longest"),
        reopened: m("reopened"),
        reopenedLongestTask: m("reopenedLongest"),
        filter: m("filter"),
        filterCards: m("filterCards"),
        toReading: m("toReading"),
        panMedian: m("panMedian"),
        panP95: m("panP95"),
        baselinePanMedian: b("panMedian"),
        baselinePanP95: b("panP95"),
        exportMs: m("exportMs"),
        exportNote: app[0]?.exportNote,
        heapMb: m("heap"),
        baselineHeapMb: b("heap"),
        aspect: data.aspect,
        runs: RUNS,
      });
    }
  } finally {
    await browser.close();
    stop();
  }
  const f0 = (x: unknown) =>
    typeof x === "number" && Number.isFinite(x) ? Math.round(x).toLocaleString("en-US") : "–";
  const f1 = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? x.toFixed(1) : "–");
  const ratio = (a: unknown, b: unknown) =>
    typeof a === "number" && typeof b === "number" && b > 0 ? `${(a / b).toFixed(2)}×` : "–";
  const machine = `${cpus().length} CPUs (${cpus()[0]?.model ?? "?"}), ${process.platform} ${process.arch}, Node ${process.version}, Chromium ${chromiumVersion}`;
  const date = new Date().toISOString();
  const lines = [
    `${date.slice(0, 10)} · ${machine} · medians of ${RUNS} runs; times in ms.`,
    `Initial JavaScript: ${js.initial.toFixed(1)} KB gzipped (the workers, loaded when needed: ${js.worker.toFixed(0)} KB raw).`,
    "",
    "| claims | interactive | baseline | ratio | opened before (ratio) | layout (engine) | longest task to interactive (opened before) | filter → paint (cards) | overview → reading | pan frame cost median / p95 | baseline pan median / p95 | PNG export | heap MB (baseline) | layout width : height |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...results.map(
      (r) =>
        `| ${r.label === "built-in" ? `built-in (${r.claims as number})` : f0(r.claims)} | ${f0(r.interactive)} | ${f0(r.baselineInteractive)} | ${ratio(r.interactive, r.baselineInteractive)} | ${f0(r.reopened)} (${ratio(r.reopened, r.baselineInteractive)}) | ${f0(r.layout)} | ${f0(r.longestTask)} (${f0(r.reopenedLongestTask)}) | ${f0(r.filter)}${r.filterCards !== r.filter ? ` (${f0(r.filterCards)})` : ""} | ${f0(r.toReading)} | ${f1(r.panMedian)} / ${f1(r.panP95)} | ${f1(r.baselinePanMedian)} / ${f1(r.baselinePanP95)} | ${f0(r.exportMs)} | ${f0(r.heapMb)} (${f0(r.baselineHeapMb)}) | ${typeof r.aspect === "number" ? `${r.aspect.toFixed(2)} : 1` : "–"} |`,
    ),
  ];
  console.log(`\n${lines.join("\n")}`);
  for (const r of results)
    if (String(r.exportNote).includes("scaled down"))
      console.log(`${r.claims} claims: ${r.exportNote}`);
  mkdirSync("bench/results", { recursive: true });
  const stamp = date.replace(/[:.]/g, "-");
  const record = {
    date,
    machine,
    cpus: cpus().length,
    chromium: chromiumVersion,
    initialJsKb: js.initial,
    results,
    table: lines.join("\n"),
  };
  writeFileSync(`bench/results/${stamp}.json`, `${JSON.stringify(record, null, 2)}\n`);
  writeFileSync("bench/results/latest.json", `${JSON.stringify(record, null, 2)}\n`);
  console.log(`\nwrote bench/results/${stamp}.json`);
}

void main();
