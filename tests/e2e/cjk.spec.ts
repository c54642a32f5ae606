// Korean, Chinese and Japanese names are drawn with real glyphs, on screen and in exports,
// not as empty boxes. The test draws the name, then the same number of U+10FFFD (a private
// code point no font has a glyph for, so it is always the missing-glyph box) in its place:
// with a font for Hangul the two pictures differ; without one both are rows of the same box.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { PNG } from "pngjs";

const NAME = "김서연";
const BOXES = "\u{10FFFD}".repeat([...NAME].length);

/** A small map whose one speaker is called `name`. */
function mapText(name: string): string {
  return JSON.stringify({
    format: "argument-map",
    title: "Seoul's regional role",
    speakers: [{ id: "kim", name }],
    claims: [
      { id: "balancer", text: "Seoul should act as a regional balancer.", speaker: "kim" },
      { id: "reach", text: "Balancing China and Japan is beyond Seoul's reach." },
    ],
    links: [{ from: "reach", to: "balancer", type: "dispute" }],
  });
}

/** Opens the app on the map with the speaker called `name`, served as if from the web. */
async function openNamed(page: Page, name: string) {
  await page.route(
    (url) => url.pathname === "/named-map.json",
    (route) => route.fulfill({ body: mapText(name), contentType: "application/json" }),
  );
  await page.goto("/?map=/named-map.json");
  await expect(page.locator(".react-flow__node")).toHaveCount(2);
  await expect(page.locator(".react-flow__node").last()).toBeVisible();
}

async function download(page: Page, format: "PNG" | "SVG"): Promise<Buffer> {
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await dialog
    .getByRole("radio", { name: format === "PNG" ? "PNG image" : "SVG (vector)" })
    .check();
  if (format === "PNG") await dialog.getByRole("radio", { name: "1×" }).check();
  const file = page.waitForEvent("download", { timeout: 90_000 });
  await dialog.getByRole("button", { name: `Export ${format}` }).click();
  const bytes = readFileSync(await (await file).path());
  await dialog.getByRole("button", { name: "Close" }).click();
  return bytes;
}

/** Screenshots of an element showing `text`, then the same element showing `other`. */
async function twoPictures(page: Page, selector: string, text: string, other: string) {
  const found = page.locator(selector).filter({ hasText: text }).first();
  await expect(found).toBeVisible();
  await found.evaluate((e) => e.setAttribute("data-glyph-check", ""));
  const element = page.locator("[data-glyph-check]");
  const first = await element.screenshot();
  await element.evaluate((e, other) => (e.textContent = other), other);
  const second = await element.screenshot();
  await element.evaluate((e) => e.removeAttribute("data-glyph-check"));
  return [first, second];
}

test("a Korean speaker's name is drawn with real glyphs on the card, in the SVG and in the PNG", async ({
  page,
}) => {
  await openNamed(page, NAME);
  const card = page.locator('.react-flow__node[data-id="balancer"] .claim-card__speaker');
  await expect(card).toHaveText(NAME);
  // On screen: a copy of the card, in the app's styles, shows the name, then the boxes.
  await card.evaluate((speaker) => {
    const copy = speaker.closest(".claim-card")!.cloneNode(true) as HTMLElement;
    copy.id = "glyph-check";
    Object.assign(copy.style, { position: "fixed", top: "8px", left: "8px", zIndex: "999" });
    document.body.append(copy);
  });
  const [name, boxes] = await twoPictures(page, "#glyph-check .claim-card__speaker", NAME, BOXES);
  expect(name!.equals(boxes!), "the name looks like missing-glyph boxes on screen").toBe(false);

  // The SVG holds the name as text, and a browser draws it with real glyphs.
  const svg = (await download(page, "SVG")).toString("utf8");
  expect(svg).toContain(`>${NAME}<`);
  const viewer = await page.context().newPage();
  await viewer.setContent(svg);
  const [inSvg, boxesInSvg] = await twoPictures(viewer, "text", NAME, BOXES);
  expect(inSvg!.equals(boxesInSvg!), "the name looks like missing-glyph boxes in the SVG").toBe(
    false,
  );
  await viewer.close();

  // The PNG: the same map with the boxes for a name comes out different.
  const png = PNG.sync.read(await download(page, "PNG"));
  const other = await page.context().newPage();
  await openNamed(other, BOXES);
  const pngOfBoxes = PNG.sync.read(await download(other, "PNG"));
  expect(png.width).toBeGreaterThan(300);
  const same =
    png.width === pngOfBoxes.width &&
    png.height === pngOfBoxes.height &&
    png.data.equals(pngOfBoxes.data);
  expect(same, "the name looks like missing-glyph boxes in the PNG").toBe(false);
});
