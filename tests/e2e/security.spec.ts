import { copyFileSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { openMap, watchErrors } from "./helpers";

/** Markup and script in one string: any of it running sets window.__pwned to `where`. */
const hostile = (where: string) =>
  `${where} <img src=x onerror="window.__pwned='${where}'"><script>window.__pwned='${where}'</script>` +
  `"'><svg onload="window.__pwned='${where}'"></svg> {{constructor.constructor('window.__pwned=1')()}}`;
/** Short enough for an id (200 characters at most). */
const hostileId = (where: string) => `"'><img src=x onerror="window.__pwned='${where}'">${where}`;
/** Hostile but valid: the URL parser accepts it as https. */
const hostileUrl = (where: string) =>
  `https://example.org/${where}/"><img/src/onerror=window.__pwned='${where}'>`;

/** A valid map with a payload in every string field, ids and references included. */
function hostileMap() {
  const quote = hostile("quote");
  const speaker = (n: number) => ({
    id: hostileId(`speaker-id-${n}`),
    name: hostile(`speaker-name-${n}`),
    role: hostile(`role-${n}`),
    affiliation: hostile(`affiliation-${n}`),
    url: hostileUrl(`speaker-url-${n}`),
    ext: { [hostile("ext-key")]: hostile("ext-value") },
  });
  const speakers = [speaker(1), speaker(2)];
  const topic = { id: hostileId("topic-id"), label: hostile("topic-label") };
  const source = {
    id: hostileId("source-id"),
    title: hostile("source-title"),
    publisher: hostile("publisher"),
    date: hostile("date"),
    url: hostileUrl("source-url"),
    text: `${hostile("source-text")} ${quote} ${hostile("more-source-text")}`,
  };
  const claim = (n: number, speakerIndex: number) => ({
    id: hostileId(`claim-id-${n}`),
    text: hostile(`claim-text-${n}`),
    speaker: speakers[speakerIndex]!.id,
    topics: [topic.id],
    note: hostile(`claim-note-${n}`),
    ...(n === 1 ? { quote: { source: source.id, text: quote } } : {}),
  });
  const claims = [claim(1, 0), claim(2, 1), claim(3, 0)];
  return {
    format: "argument-map",
    version: 1,
    title: hostile("title"),
    description: hostile("description"),
    speakers,
    topics: [topic],
    sources: [source],
    claims,
    links: [
      {
        id: hostileId("link-id-1"),
        from: claims[1]!.id,
        to: claims[0]!.id,
        type: "dispute",
        note: hostile("link-note-1"),
      },
      {
        id: hostileId("link-id-2"),
        from: claims[2]!.id,
        to: claims[0]!.id,
        type: "support",
        note: hostile("link-note-2"),
      },
    ],
    ext: { note: hostile("map-ext") },
  };
}

/** Elements that only draw: an exported SVG holds these and nothing else. */
const SVG_DRAWING = new Set(
  "svg g defs clipPath marker rect circle line polyline polygon path text tspan title desc style".split(
    " ",
  ),
);

/** Canary, dialogs and CSP violations, watched from before the app's first script. */
async function watchAttacks(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      w.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
    });
  });
  return {
    dialogs,
    pwned: () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    violations: () =>
      page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

async function exportAs(page: Page, format: "PNG" | "SVG" | "JSON") {
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  const label = { PNG: "PNG image", SVG: "SVG (vector)", JSON: "JSON (map file)" }[format];
  await dialog.getByRole("radio", { name: label }).check();
  const download = page.waitForEvent("download", { timeout: 90_000 });
  await dialog.getByRole("button", { name: `Export ${format}` }).click();
  const path = await (await download).path();
  await dialog.getByRole("button", { name: "Close" }).click();
  return path;
}

test("map text is never markup: a payload in every field stays inert through load, hover, select, edit and export", async ({
  page,
  context,
}) => {
  const errors = watchErrors(page);
  const attacks = await watchAttacks(page);
  await openMap(page);
  const map = hostileMap();
  await page.getByRole("button", { name: "Open…" }).click();
  await page.getByLabel("A map file (or a map and its text), or an article").setInputFiles({
    name: "hostile.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(map)),
  });
  const nodes = page.locator(".react-flow__node");
  await expect(nodes).toHaveCount(3);
  // The title is shown as the very characters of the file.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(map.title);
  await expect(page.locator("img[src='x'], script:not([src]), svg[onload]")).toHaveCount(0);

  // Hover and select every claim; hover every link.
  for (let i = 0; i < 3; i++) {
    await nodes.nth(i).hover();
    await nodes.nth(i).click();
    await expect(page.getByRole("complementary", { name: "Claim details" })).toContainText(
      "claim-text",
    );
  }
  const edges = page.locator(".react-flow__edge");
  for (let i = 0; i < (await edges.count()); i++) await edges.nth(i).hover({ force: true });
  // The speaker's link is a plain https link, opened without an opener.
  const details = page.getByRole("complementary", { name: "Claim details" });
  const links = details.locator("a[href]");
  for (let i = 0; i < (await links.count()); i++) {
    expect(await links.nth(i).getAttribute("href")).toMatch(/^https:\/\//);
    expect(await links.nth(i).getAttribute("rel")).toContain("noopener");
  }
  await page.getByRole("radio", { name: "Outline" }).click();
  await expect(page.locator(".outline")).toContainText("claim-text-2");
  await page.getByRole("radio", { name: "Map" }).click();
  await expect(nodes).toHaveCount(3);

  // Edit: new hostile text through the editor and the speakers dialog.
  await nodes.first().click();
  await details.getByRole("button", { name: "Edit claim" }).click();
  await details.getByRole("textbox", { name: "Text" }).fill(hostile("edited-text"));
  await details.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".claim-card__text", { hasText: "edited-text" })).toHaveText(
    hostile("edited-text"),
  );
  await page.getByRole("button", { name: "Speakers & topics…" }).click();
  const cast = page.getByRole("dialog", { name: "Speakers and topics" });
  await cast.getByRole("textbox", { name: "New speaker’s name" }).fill(hostile("new-speaker"));
  await cast.getByRole("button", { name: "Add speaker" }).click();
  await cast.getByRole("button", { name: "Close", exact: true }).click();

  // Export: the SVG is opened as a document of its own, where script would run if present.
  const svgPath = await exportAs(page, "SVG");
  const svg = readFileSync(svgPath, "utf8");
  // No markup got through: angle brackets of map text are escaped, never elements.
  expect(svg).not.toMatch(/<(script|img|foreignObject|iframe|a)\b/i);
  expect(svg).toContain("claim-text-2");
  await exportAs(page, "PNG");
  const json = JSON.parse(readFileSync(await exportAs(page, "JSON"), "utf8")) as {
    title: string;
  };
  expect(json.title).toBe(map.title);
  const svgPage = await context.newPage();
  const svgDialogs: string[] = [];
  svgPage.on("dialog", (d) => {
    svgDialogs.push(d.message());
    void d.dismiss();
  });
  // Downloads are saved without an extension; as .svg, the browser parses it as an image document.
  const asSvg = test.info().outputPath("export.svg");
  copyFileSync(svgPath, asSvg);
  await svgPage.goto(`file://${asSvg}`);
  // Parsed by the browser: only drawing elements, and no event-handler attributes.
  const parsed = await svgPage.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    return {
      tags: [...new Set(all.map((e) => e.localName))].sort(),
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name))).length,
    };
  });
  expect(parsed.handlers).toBe(0);
  expect(parsed.tags.filter((t) => !SVG_DRAWING.has(t))).toEqual([]);
  expect(await svgPage.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBe(
    undefined,
  );
  expect(svgDialogs).toEqual([]);

  expect(await attacks.pwned()).toBeUndefined();
  expect(attacks.dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test("the built app is served with a strict policy and breaks none of it during load, edit and export", async ({
  page,
}) => {
  const errors = watchErrors(page);
  const consoleCsp: string[] = [];
  // Violations inside the layout worker reach the console, not the document's event.
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) consoleCsp.push(m.text());
  });
  const attacks = await watchAttacks(page);
  const response = await page.goto("/");
  const header = response?.headers()["content-security-policy"] ?? "";
  expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(header).toContain("object-src 'none'");
  expect(header).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    "content",
    /script-src 'self' 'wasm-unsafe-eval'; .*object-src 'none'/,
  );
  await openMap(page);

  // Edit, link, undo: the ordinary work of a session.
  const node = page.locator('.react-flow__node[data-id="ridiculous"]');
  await node.click();
  const details = page.getByRole("complementary", { name: "Claim details" });
  await details.getByRole("button", { name: "Edit claim" }).click();
  await details.getByRole("textbox", { name: "Text" }).fill("Edited under the policy.");
  await details.getByRole("button", { name: "Save" }).click();
  await expect(node).toContainText("Edited under the policy.");
  await page.getByRole("button", { name: "Add claim" }).click();
  await details.getByRole("textbox", { name: "Text" }).fill("A new claim.");
  await details.getByRole("button", { name: "Save" }).click();
  await page.getByRole("button", { name: "Re-arrange" }).click();
  await exportAs(page, "PNG");
  await exportAs(page, "SVG");
  await exportAs(page, "JSON");

  expect(await attacks.violations()).toEqual([]);
  expect(consoleCsp).toEqual([]);
  expect(errors).toEqual([]);

  // And the policy is really in force: an inline script is refused.
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__pwned = 'inline'";
    document.body.append(script);
  });
  await expect.poll(async () => (await attacks.violations()).length).toBeGreaterThan(0);
  expect(await attacks.pwned()).toBeUndefined();
});
