// Takes a screenshot of the running app: npx tsx scripts/screenshot.ts [url] [out.png] [width] [height]
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../tests/e2e/chromium";

const [
  url = "http://127.0.0.1:4173/",
  out = "docs/screenshot.png",
  width = "1440",
  height = "900",
] = process.argv.slice(2);
const executablePath = findChromium();
const browser = await chromium.launch({
  args: CHROMIUM_ARGS,
  ...(executablePath ? { executablePath } : {}),
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on("console", (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on("pageerror", (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url);
await page.locator(".react-flow__node").first().waitFor();
await page.waitForTimeout(800);
const node = process.env.SELECT;
if (node) {
  await page.locator(`.react-flow__node[data-id="${node}"]`).click();
  await page.waitForTimeout(800);
}
const zoom = process.env.ZOOM;
if (zoom) {
  for (let i = 0; i < Number(zoom); i++)
    await page.getByRole("button", { name: "Zoom In" }).click();
  await page.waitForTimeout(600);
}
await page.screenshot({ path: out });
await browser.close();
console.log(`saved ${out}`);
