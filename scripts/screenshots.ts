// Regenerates the README's screenshots from a running preview:
//   npm run build && npx vite preview --port 4173 & npx tsx scripts/screenshots.ts
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../tests/e2e/chromium";
import { dragOver } from "../tests/e2e/sourceText";
import { generateMap } from "../src/model/testing/generateMap";
import { serializeMap } from "../src/model/format/serializeMap";

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

/** Centres the view on a claim at a zoom, as the map's own controls would. */
async function zoomTo(page: Page, id: string, zoom: number) {
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  const pane = await page.locator(".react-flow").boundingBox();
  if (!box || !pane) return;
  // Zoom with the wheel around the card until the card is at reading size.
  for (let i = 0; i < 12; i++) {
    const now = await page.evaluate(() => {
      const t = document.querySelector(".react-flow__viewport") as HTMLElement | null;
      return Number(/scale\(([\d.]+)\)/.exec(t?.style.transform ?? "")?.[1] ?? 1);
    });
    if (now >= zoom * 0.95) break;
    const b = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
    if (!b) break;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(300);
}

const ARTICLE = `City council weighs a new tram line

The city council debated on Tuesday whether to build a tram line along the river. "A tram would take ten thousand cars off the road every day," said Mayor Lena Fischer. She added that the line would pay for itself within twenty years.

Opposition councillor Raj Patel disagrees. "The cost estimates are fantasy," Patel said. "Every tram project in this region has run over budget."

According to the Chamber of Commerce, shops along the route would lose trade during years of construction. The chamber said it would prefer an express bus, which could start next year.

Transport researcher Amira Haddad says both sides overstate their case. "Trams attract riders that buses do not, but only where the service is frequent," she said. Haddad added that the council has not published its ridership model.

The council will vote in March. Residents can comment on the plan until the end of February.`;

const PASSAGES = [
  "A tram would take ten thousand cars off the road every day",
  "She added that the line would pay for itself within twenty years.",
  "The cost estimates are fantasy",
  "Every tram project in this region has run over budget.",
  "shops along the route would lose trade during years of construction",
  "Trams attract riders that buses do not, but only where the service is frequent",
];

const LINKS: [string, "Supports" | "Disputes", string][] = [
  ["cost estimates are fantasy", "Disputes", "pay for itself"],
  ["run over budget", "Supports", "cost estimates are fantasy"],
  ["lose trade", "Disputes", "ten thousand cars"],
  ["Trams attract riders", "Disputes", "ten thousand cars"],
];

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

// What stands: the balancer claim that falls, its reason and the tree of its dispute.
const evaluation = await open("#sel=balancing-power");
await evaluation.getByRole("button", { name: "Why?" }).click();
await evaluation.getByRole("button", { name: "Hide source" }).click();
await zoomTo(evaluation, "balancing-power", 1);
await evaluation.screenshot({ path: "docs/evaluation.png" });

// Mapping an article: a new map, the article added, half of it made into claims.
const authoring = await open();
await authoring.getByRole("button", { name: "Open…" }).click();
await authoring.getByRole("button", { name: "New map" }).click();
await authoring.getByRole("button", { name: "Add a source…" }).click();
await authoring.getByRole("textbox", { name: "Title" }).fill("City council weighs a tram line");
await authoring.getByRole("textbox", { name: "Or paste its text" }).fill(ARTICLE);
await authoring.getByRole("button", { name: "Add pasted text" }).click();
await authoring.getByRole("button", { name: /^Add \d+ speakers?$/ }).click();
for (const passage of PASSAGES) {
  await dragOver(authoring, passage);
  await authoring.getByRole("button", { name: "Claim from selection" }).click();
  const use = authoring.getByRole("button", { name: /^Use / });
  if (await use.count()) await use.click();
  await authoring.getByRole("button", { name: "Save" }).click();
}
await authoring
  .locator(".react-flow__node")
  .nth(PASSAGES.length - 1)
  .waitFor();
// A few links, made with the picker.
for (const [from, kind, to] of LINKS) {
  await authoring.locator(".react-flow__node", { hasText: from }).click();
  await authoring.getByRole("button", { name: `${kind}…` }).click();
  await authoring.getByRole("combobox", { name: /^Find the claim it/ }).fill(to);
  await authoring.keyboard.press("Enter");
}
await authoring.getByRole("button", { name: "Edit title…" }).click();
await authoring.getByRole("textbox", { name: "Title" }).fill("The tram debate");
await authoring.getByRole("button", { name: "Save" }).click();
await authoring.getByRole("button", { name: "Re-arrange" }).click();
await authoring.locator(".react-flow__pane").click({ position: { x: 20, y: 200 } });
await authoring.locator(".source-pane__text").evaluate((el) => el.scrollTo(0, 0));
await authoring.waitForTimeout(900);
await authoring.screenshot({ path: "docs/authoring.png" });

// An AIFdb debate (BBC Moral Maze, nodeset 6064) imported, filtered to one speaker.
const imported = await open();
await imported.getByRole("button", { name: "Open…" }).click();
await imported
  .getByLabel("A map file (or a map and its text), or an article")
  .setInputFiles("../shared/interop/arguebuf-python__6064-original.json");
const report = imported.getByRole("dialog", { name: /Opened/ });
await report.waitFor();
await imported.screenshot({ path: "/tmp/interop-report.png" });
await report.getByRole("button", { name: "Close" }).click();
await imported.getByRole("button", { name: "Only CL" }).click({ force: true });
await imported.waitForTimeout(900);
await imported.screenshot({ path: "docs/interop.png" });

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

// A 2,000-claim generated map's first view: fitted whole, as an overview of its topics.
const large = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const generated = serializeMap(generateMap({ claims: 2000, seed: 2000 }));
await large.route(
  (url) => url.pathname === "/generated/2000.json",
  (route) => route.fulfill({ body: generated, contentType: "application/json" }),
);
await large.goto(`${base}?map=/generated/2000.json`);
await large.locator(".map-overview__region").first().waitFor({ timeout: 90_000 });
await large.waitForTimeout(900);
await large.screenshot({ path: "docs/screenshot-large.png" });
await browser.close();
console.log(
  "saved docs/screenshot.png, explore.png, export.png, evaluation.png, authoring.png, interop.png, phone.png and screenshot-large.png",
);
