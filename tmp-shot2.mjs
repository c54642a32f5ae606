import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto("http://127.0.0.1:4173/");
await page.waitForTimeout(2500);
await page.screenshot({ path: "/tmp/pw/explore.png", clip: { x: 0, y: 90, width: 500, height: 810 } });
await browser.close();
