import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto("http://127.0.0.1:4173/");
await page.waitForTimeout(2500);
await page.locator('.react-flow__node[data-id="balancing-power"]').click();
await page.waitForTimeout(800);
console.log(await page.evaluate(() => {
  const p = document.querySelector(".details__status p");
  const b = p.querySelector(".details__claim-link");
  return [getComputedStyle(p).display, getComputedStyle(b).display, getComputedStyle(b).width, b.parentElement.className, getComputedStyle(b).whiteSpace];
}));
await browser.close();
