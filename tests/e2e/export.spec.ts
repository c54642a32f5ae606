import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { PNG } from "pngjs";
import { generateMap } from "../../src/model/testing/generateMap";
import { parseMap } from "../../src/model/format/loadMap";
import { serializeMap } from "../../src/model/format/serializeMap";
import { SPEAKER_PALETTE } from "../../src/model/core/speakerColours";
import { BUILT_IN, FIXTURE, openMap } from "./helpers";

async function exportFile(
  page: Page,
  format: "PNG" | "SVG" | "JSON",
  choose?: (dialog: ReturnType<Page["getByRole"]>) => Promise<void>,
) {
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  const label = { PNG: "PNG image", SVG: "SVG (vector)", JSON: "JSON (map file)" }[format];
  await dialog.getByRole("radio", { name: label }).check();
  if (choose) await choose(dialog);
  const download = page.waitForEvent("download", { timeout: 90_000 });
  await dialog.getByRole("button", { name: `Export ${format}` }).click();
  const file = await download;
  const path = await file.path();
  const status = (await dialog.getByRole("status").textContent()) ?? "";
  await dialog.getByRole("button", { name: "Close" }).click();
  return { name: file.suggestedFilename(), bytes: readFileSync(path), status };
}

const hex = (h: string) =>
  [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];

/** How many pixels of a PNG have (nearly) exactly this colour. */
function countColour(png: PNG, colour: string, tolerance = 1): number {
  const [r, g, b] = hex(colour);
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (
      Math.abs(png.data[i]! - r) <= tolerance &&
      Math.abs(png.data[i + 1]! - g) <= tolerance &&
      Math.abs(png.data[i + 2]! - b) <= tolerance &&
      png.data[i + 3]! > 250
    )
      count++;
  }
  return count;
}

function distinctColours(png: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7)
    seen.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  return seen.size;
}

const SUPPORT = "#2F6B4F";
const DISPUTE = "#B3261E";

test("PNG of the whole map: 2× the 1× size, many colours, every speaker's colour, both edge colours", async ({
  page,
}) => {
  await openMap(page);
  const two = await exportFile(page, "PNG");
  expect(two.name).toBe("the-south-korea-us-alliance-in-transition-2x.png");
  const one = await exportFile(page, "PNG", (d) => d.getByRole("radio", { name: "1×" }).check());
  expect(one.name).toBe("the-south-korea-us-alliance-in-transition-1x.png");
  const png2 = PNG.sync.read(two.bytes);
  const png1 = PNG.sync.read(one.bytes);
  expect(Math.abs(png2.width - 2 * png1.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(png2.height - 2 * png1.height)).toBeLessThanOrEqual(1);
  expect(two.status).toContain(
    `${png2.width.toLocaleString("en-US")} × ${png2.height.toLocaleString("en-US")} px`,
  );
  expect(distinctColours(png2)).toBeGreaterThan(200);
  BUILT_IN.speakers.forEach((speaker, i) => {
    expect(countColour(png2, SPEAKER_PALETTE[i]!), speaker.name).toBeGreaterThan(100);
  });
  expect(countColour(png2, SUPPORT)).toBeGreaterThan(500);
  expect(countColour(png2, DISPUTE)).toBeGreaterThan(500);
  // White background: the corner is opaque white.
  expect([...png2.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
});

test("PNG with a transparent background, at 3×", async ({ page }) => {
  await openMap(page);
  const three = await exportFile(page, "PNG", async (d) => {
    await d.getByRole("radio", { name: "3×" }).check();
    await d.getByRole("radio", { name: "Transparent" }).check();
  });
  expect(three.name).toMatch(/-3x\.png$/);
  const png = PNG.sync.read(three.bytes);
  expect(png.data[3]).toBe(0);
  expect(countColour(png, SUPPORT)).toBeGreaterThan(500);
});

test("filtered to one speaker, the PNG is smaller and the hidden speakers' colours are absent", async ({
  page,
}) => {
  await openMap(page);
  const whole = PNG.sync.read((await exportFile(page, "PNG")).bytes);
  await page.getByRole("button", { name: "Only Don Oberdorfer" }).click({ force: true });
  await page.getByRole("radio", { name: "hide" }).check();
  const only = PNG.sync.read((await exportFile(page, "PNG")).bytes);
  expect(only.width * only.height).toBeLessThan(whole.width * whole.height);
  const oberdorfer = BUILT_IN.speakers.findIndex((s) => s.id === "oberdorfer");
  expect(countColour(only, SPEAKER_PALETTE[oberdorfer]!)).toBeGreaterThan(100);
  BUILT_IN.speakers.forEach((speaker, i) => {
    if (i !== oberdorfer) expect(countColour(only, SPEAKER_PALETTE[i]!), speaker.name).toBe(0);
  });
});

test("viewport and selection scopes draw less than the whole map", async ({ page }) => {
  await openMap(page);
  await page.getByRole("button", { name: "Zoom In" }).click();
  await page.getByRole("button", { name: "Zoom In" }).click();
  const view = await exportFile(page, "SVG", (d) =>
    d.getByRole("radio", { name: "What the view shows" }).check(),
  );
  const viewTexts = (view.bytes.toString("utf8").match(/data-claim="text"/g) ?? []).length;
  expect(viewTexts).toBeGreaterThan(0);
  expect(viewTexts).toBeLessThan(BUILT_IN.claims.length);
  await page.getByRole("button", { name: "Fit View" }).click();
  await page.locator(".react-flow__node[data-id='ridiculous']").click();
  await page
    .locator(".react-flow__node[data-id='balancing-power']")
    .click({ modifiers: ["Shift"] });
  const selection = await exportFile(page, "SVG", (d) =>
    d.getByRole("radio", { name: "Selected claims" }).check(),
  );
  const svg = selection.bytes.toString("utf8");
  expect((svg.match(/data-claim="text"/g) ?? []).length).toBe(2);
  expect((svg.match(/marker-end=/g) ?? []).length).toBe(1);
  // The built-in map is small enough to read whole: it has no overview to export.
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await expect(dialog.getByRole("radio", { name: "Whole map, as filtered" })).toBeVisible();
  await expect(dialog.getByRole("radio", { name: /overview/i })).toHaveCount(0);
});

test("SVG: real text for every visible claim, and no script whatever the map says", async ({
  page,
  browser,
}) => {
  await openMap(page, "school-week.json");
  const exported = await exportFile(page, "SVG");
  expect(exported.name).toBe("a-four-day-school-week-b-test-fixture-b.svg");
  const svg = exported.bytes.toString("utf8");
  expect(svg).not.toMatch(/<script/i);
  expect(svg).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(svg).not.toMatch(/javascript:/i);
  expect(svg).not.toContain("<img");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      texts: [...doc.querySelectorAll('text[data-claim="text"]')].map((t) =>
        [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" "),
      ),
      scripts: doc.querySelectorAll("script, foreignObject").length,
      handlers: [...doc.querySelectorAll("*")].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
      ),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.scripts).toBe(0);
  expect(parsed.handlers).toEqual([]);
  expect(parsed.texts.sort()).toEqual(FIXTURE.claims.map((c) => c.text).sort());
  // The file opens on its own in a browser, with no errors and the hostile text as text.
  const alone = await browser.newPage();
  const errors: string[] = [];
  alone.on("pageerror", (e) => errors.push(e.message));
  let dialogs = 0;
  alone.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await alone.goto(`data:image/svg+xml;base64,${exported.bytes.toString("base64")}`);
  await expect(alone.locator("svg")).toHaveCount(1);
  expect(await alone.locator("svg").textContent()).toContain("<script>alert('x')</script>");
  expect(errors).toEqual([]);
  expect(dialogs).toBe(0);
});

test("JSON: the document re-imports identically; the view export holds exactly the visible claims", async ({
  page,
}) => {
  await openMap(page);
  const doc = await exportFile(page, "JSON");
  expect(doc.name).toBe("the-south-korea-us-alliance-in-transition.json");
  const original = parseMap(readFileSync("data/south-korea-us-alliance.json", "utf8"));
  expect(parseMap(doc.bytes.toString("utf8"))).toEqual(original);

  await page.getByRole("button", { name: "Only Peter Beck" }).click({ force: true });
  const view = await exportFile(page, "JSON", (d) =>
    d.getByRole("radio", { name: "Only the claims this view shows" }).check(),
  );
  expect(view.name).toBe("the-south-korea-us-alliance-in-transition-view.json");
  const loaded = parseMap(view.bytes.toString("utf8"));
  expect(loaded.ok).toBe(true);
  if (loaded.ok) {
    expect(loaded.map.claims.map((c) => c.id).sort()).toEqual(
      BUILT_IN.claims
        .filter((c) => c.speaker === "peter-beck")
        .map((c) => c.id)
        .sort(),
    );
    expect(loaded.map.speakers.map((s) => s.id)).toEqual(["peter-beck"]);
    expect(loaded.map.links.every((l) => loaded.map.claims.some((c) => c.id === l.from))).toBe(
      true,
    );
  }
});

test.describe("a 2,000-claim map", () => {
  test.setTimeout(240_000);
  test("exports as PNG, scaled down to fit the canvas limits, and says so; a long export can be cancelled", async ({
    page,
  }) => {
    const map = generateMap({ claims: 2000, seed: 11 });
    await page.route(
      (url) => url.pathname === "/generated/2000.json",
      (route) => route.fulfill({ body: serializeMap(map), contentType: "application/json" }),
    );
    await page.goto("/?map=/generated/2000.json");
    // It opens as an overview, with no cards drawn: the export draws every claim all the same.
    await expect(page.locator(".map-overview__region").first()).toBeVisible({ timeout: 60_000 });
    const exported = await exportFile(page, "PNG");
    expect(exported.status).toMatch(
      /scaled down from 2× to [\d.]+× to stay within the browser's canvas limits/,
    );
    const png = PNG.sync.read(exported.bytes);
    expect(Math.max(png.width, png.height)).toBeLessThanOrEqual(16_384);
    expect(png.width * png.height).toBeLessThanOrEqual(100_000_000);
    expect(distinctColours(png)).toBeGreaterThan(100);
    // Both relation styles are drawn (an exporter that drops edge styles draws neither). The
    // map is laid out near square and scaled far down, so its lines are a pixel or less wide.
    expect(countColour(png, SUPPORT, 12)).toBeGreaterThan(50);
    expect(countColour(png, DISPUTE, 12)).toBeGreaterThan(50);

    // The overview itself, as a picture for a slide: 900 px of map high at 1×, its topics, their
    // counts and main claims drawn (many colours of text on white), named as such.
    const overview = await exportFile(page, "PNG", async (dialog) => {
      await dialog
        .getByRole("radio", { name: "The overview: topics, counts, main claims" })
        .check();
      await dialog.getByRole("radio", { name: "1×" }).check();
    });
    expect(overview.name).toBe("generated-map-of-2000-claims-overview-1x.png");
    const picture = PNG.sync.read(overview.bytes);
    // As wide as the map's shape asks (this one is nearly square), within a slide's.
    expect(picture.width).toBeGreaterThanOrEqual(1000);
    expect(picture.width).toBeLessThanOrEqual(1600);
    expect(picture.height).toBeGreaterThan(900);
    expect(distinctColours(picture)).toBeGreaterThan(50);
    // Mostly white, with the topics' frames and cards on it: not a blank or a black picture.
    expect(countColour(picture, "#ffffff")).toBeGreaterThan(picture.width * picture.height * 0.2);
    expect(countColour(picture, "#eef1f6", 2)).toBeGreaterThan(
      picture.width * picture.height * 0.1,
    );

    // Cancel: the export stops, nothing is downloaded, and the dialog is ready again.
    await page.getByRole("button", { name: "Export…" }).click();
    const dialog = page.getByRole("dialog", { name: "Export" });
    await dialog.getByRole("radio", { name: "3×" }).check();
    let downloads = 0;
    page.on("download", () => downloads++);
    await dialog.getByRole("button", { name: "Export PNG" }).click();
    await dialog.getByRole("button", { name: "Cancel export" }).click();
    await expect(dialog.getByRole("button", { name: "Export PNG" })).toBeVisible({
      timeout: 60_000,
    });
    await page.waitForTimeout(1500);
    expect(downloads).toBe(0);
  });
});
