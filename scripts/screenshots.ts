// Regenerates the README's screenshots from a running preview:
//   npm run build && npx vite preview --port 4173 & npx tsx scripts/screenshots.ts
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../tests/e2e/chromium";

const base = process.argv[2] ?? "http://127.0.0.1:4173/";
const executablePath = findChromium();
const browser = await chromium.launch({
  args: CHROMIUM_ARGS,
  ...(executablePath ? { executablePath } : {}),
});

async function open(hash = ""): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  await page.goto(`${base}${hash}`);
  await page.locator(".react-flow__node").first().waitFor();
  await page.waitForTimeout(900);
  return page;
}

// The whole app on the built-in map, one claim selected.
const main = await open("#sel=ridiculous");
await main.screenshot({ path: "docs/screenshot.png" });

// Filtered to the balancer debate's voices, with the lens and its matrix open.
const filtered = await open(
  "#hs=kongdan-oh&hs=kim-dae-jung&hs=kim-jong-il&hs=bush-administration&hs=nsc&hs=peter-beck&hs=steinberg&hs=~framing&lens=oberdorfer",
);
await filtered.getByRole("button", { name: "Who supports whom: the matrix" }).click();
await filtered.waitForTimeout(400);
await filtered.screenshot({ path: "docs/explore.png" });
// An export made by the app: the whole map as a 1× PNG.
const exporting = await open();
await exporting.getByRole("button", { name: "Export…" }).click();
await exporting.getByRole("radio", { name: "1×" }).check();
const download = exporting.waitForEvent("download");
await exporting.getByRole("button", { name: "Export PNG" }).click();
await (await download).saveAs("docs/export.png");

// On a phone (390 × 844, touch): the map, one claim tapped, its details in the sheet.
const phone = await browser.newPage({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
});
await phone.goto(base);
await phone.locator(".react-flow__node").first().waitFor();
await phone.waitForTimeout(900);
await phone.locator('.react-flow__node[data-id="ridiculous"]').tap();
await phone.waitForTimeout(900);
await phone.screenshot({ path: "docs/phone.png" });
await browser.close();
console.log("saved docs/screenshot.png, docs/explore.png, docs/export.png and docs/phone.png");
