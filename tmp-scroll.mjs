import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
for (const [w,h] of [[1440,900],[1366,768],[1280,720]]) {
const page = await browser.newPage({ viewport: { width: w, height: h } });
await page.goto("http://127.0.0.1:4173/");
await page.waitForTimeout(2000);
await page.locator('.react-flow__node[data-id="balancing-power"]').click({force:true});
await page.waitForTimeout(800);
const info = await page.evaluate(() => {
  const out = { scrollTop: document.scrollingElement.scrollTop, scrollHeight: document.scrollingElement.scrollHeight, inner: innerHeight };
  const tall = [];
  for (const el of document.querySelectorAll(".app, .app-main, .app-side, .details, .source, .app-map, .app-explore")) {
    const r = el.getBoundingClientRect(); tall.push([el.className.slice(0,40), Math.round(r.top), Math.round(r.height), el.scrollHeight]);
  }
  out.tall = tall; return out;
});
console.log(w,h, JSON.stringify(info));
await page.close();
}
await browser.close();
