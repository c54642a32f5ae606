// Accessibility in every state of the app: axe-core finds nothing, of any impact.
import { expect, test, type Page } from "@playwright/test";
import { axeViolations, openMap } from "./helpers";
import {
  dimmedTextContrast,
  focusRing,
  labelInName,
  relationLineContrast,
  smallTargets,
} from "./wcag";

const details = (page: Page) => page.getByRole("complementary", { name: "Claim details" });
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const explore = (page: Page) => page.getByRole("navigation", { name: "Explore" });

async function openFilters(page: Page) {
  const toggle = page.getByRole("button", { name: "Filters", exact: true });
  if (await toggle.isVisible()) await toggle.click();
}

async function filterSpeakers(page: Page, mode: "dim" | "hide") {
  await openFilters(page);
  await explore(page)
    .getByRole("button", { name: /^only\b.*Don Oberdorfer/i })
    .click();
  await explore(page).getByRole("radio", { name: mode }).check();
}

async function select(page: Page, id: string) {
  await node(page, id).click();
  await expect(details(page).getByRole("heading", { level: 2 })).toBeVisible();
}

/** Fails every IndexedDB write from the moment the page sets `__failPuts`. */
async function failSaves(page: Page) {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      if ((window as unknown as { __failPuts?: boolean }).__failPuts)
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return put.apply(this, args);
    } as typeof put;
  });
}

interface State {
  name: string;
  before?: (page: Page) => Promise<void>;
  reach: (page: Page) => Promise<void>;
}

export const STATES: State[] = [
  { name: "the default view", reach: async () => {} },
  { name: "speakers filtered, dimmed", reach: (page) => filterSpeakers(page, "dim") },
  { name: "speakers filtered, hidden", reach: (page) => filterSpeakers(page, "hide") },
  { name: "a selected claim with its details", reach: (page) => select(page, "ridiculous") },
  {
    name: "the lens and the matrix",
    reach: async (page) => {
      await openFilters(page);
      await explore(page)
        .getByRole("button", { name: /^lens\b.*Don Oberdorfer/i })
        .click();
      await page.getByRole("button", { name: "Who supports whom: the matrix" }).click();
      await expect(page.getByRole("region", { name: "Who supports whom" })).toBeVisible();
    },
  },
  {
    name: "focus mode",
    reach: async (page) => {
      await select(page, "ridiculous");
      await details(page).getByRole("button", { name: "Focus on this claim" }).click();
      await expect(page.locator(".react-flow__node.is-dimmed").first()).toBeAttached();
    },
  },
  {
    name: "a search with matches",
    reach: async (page) => {
      await page.getByRole("searchbox").fill("balancer");
      await expect(page.locator(".claim-card.is-current-match")).toHaveCount(1);
    },
  },
  {
    name: "the outline",
    reach: async (page) => {
      await page.getByRole("radio", { name: "Outline" }).click();
      await expect(page.locator(".outline")).toBeVisible();
    },
  },
  {
    name: "the Open dialog",
    reach: async (page) => {
      await page.getByRole("button", { name: "Open…" }).click();
      await expect(page.getByRole("dialog", { name: "Open a map" })).toBeVisible();
    },
  },
  {
    name: "the Export dialog",
    reach: async (page) => {
      await page.getByRole("button", { name: "Export…" }).click();
      await expect(page.getByRole("dialog", { name: "Export" })).toBeVisible();
    },
  },
  {
    name: "the Speakers & topics dialog",
    reach: async (page) => {
      await page.getByRole("button", { name: "Speakers & topics…" }).click();
      await expect(page.getByRole("dialog", { name: "Speakers and topics" })).toBeVisible();
    },
  },
  {
    name: "the problems dialog",
    reach: async (page) => {
      await page.getByRole("button", { name: "Open…" }).click();
      await page.getByRole("textbox", { name: "Or paste a map" }).fill('{"title": 1}');
      await page.getByRole("button", { name: "Open pasted map" }).click();
      await expect(
        page.getByRole("dialog", { name: "The pasted text could not be opened" }),
      ).toBeVisible();
    },
  },
  {
    name: "the import report",
    reach: async (page) => {
      await page.getByRole("button", { name: "Open…" }).click();
      await page
        .getByRole("textbox", { name: "Or paste a map" })
        .fill(
          [
            "Discussion Title: Should Seoul balance?",
            "",
            "1. South Korea should be a regional balancer.",
            "1.1. Pro: It reflects changing global realities.",
            "1.2. Con: -> See 1.1.",
          ].join("\n"),
        );
      await page.getByRole("button", { name: "Open pasted map" }).click();
      await expect(page.getByRole("dialog", { name: /^Opened “/ })).toBeVisible();
    },
  },
  {
    name: "the link chooser (after a drag between cards)",
    reach: async (page) => {
      const from = node(page, "ridiculous");
      await from.hover();
      const a = (await from.locator(".react-flow__handle.source").boundingBox())!;
      await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
      await page.mouse.down();
      const to = node(page, "need-the-us");
      await to.hover();
      const b = (await to.locator(".react-flow__handle.target").boundingBox())!;
      await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
      await page.mouse.up();
      await expect(page.getByRole("dialog", { name: "New link" })).toBeVisible();
    },
  },
  {
    name: "the link picker (Supports…)",
    reach: async (page) => {
      await select(page, "ridiculous");
      await details(page).getByRole("button", { name: "Supports…" }).click();
      await expect(page.getByRole("dialog", { name: /supports…$/ })).toBeVisible();
    },
  },
  {
    name: "the link picker (Disputes…) with a query",
    reach: async (page) => {
      await select(page, "ridiculous");
      await details(page).getByRole("button", { name: "Disputes…" }).click();
      const picker = page.getByRole("dialog", { name: /disputes…$/ });
      await picker.getByRole("combobox").fill("balancer");
      await expect(picker.getByRole("option").first()).toBeVisible();
    },
  },
  {
    name: "the Add a source dialog",
    reach: async (page) => {
      await page.getByRole("button", { name: "Add source…" }).click();
      await expect(page.getByRole("dialog", { name: "Add a source" })).toBeVisible();
    },
  },
  {
    name: "the map details dialog",
    reach: async (page) => {
      await page.getByRole("button", { name: "Edit title…" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
    },
  },
  {
    name: "the source's details dialog",
    reach: async (page) => {
      await page
        .getByRole("region", { name: "Source text" })
        .getByRole("button", { name: "Details…" })
        .click();
      await expect(page.getByRole("dialog")).toBeVisible();
    },
  },
  {
    name: "the claim editor",
    reach: async (page) => {
      await select(page, "ridiculous");
      await details(page).getByRole("button", { name: "Edit claim" }).click();
      await expect(details(page).getByRole("textbox", { name: "Text" })).toBeVisible();
    },
  },
  {
    name: "the storage banner",
    before: failSaves,
    reach: async (page) => {
      await page.evaluate(() => {
        (window as unknown as { __failPuts?: boolean }).__failPuts = true;
      });
      await select(page, "ridiculous");
      await details(page).getByRole("button", { name: "Edit claim" }).click();
      await details(page).getByRole("textbox", { name: "Text" }).fill("Not saved.");
      await details(page).getByRole("button", { name: "Save" }).click();
      await expect(
        page.getByRole("alert").filter({ hasText: "Changes are not being saved" }),
      ).toBeVisible();
    },
  },
];

for (const state of STATES) {
  test(`axe finds nothing in ${state.name}`, async ({ page }) => {
    await state.before?.(page);
    await openMap(page);
    await state.reach(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}

/** States whose controls are walked for Label in Name (2.5.3). */
const NAMED_STATES = [
  "the default view",
  "a selected claim with its details",
  "the lens and the matrix",
  "focus mode",
  "the outline",
  "the Export dialog",
  "the Speakers & topics dialog",
  "the link picker (Disputes…) with a query",
  "the claim editor",
  "the storage banner",
];

for (const state of STATES.filter((s) => NAMED_STATES.includes(s.name))) {
  test(`every control's name contains its visible text in ${state.name}`, async ({ page }) => {
    await state.before?.(page);
    await openMap(page);
    await state.reach(page);
    const { checked, mismatches } = await labelInName(page);
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(3);
  });
}

test("dimmed claims stay readable: their words keep 4.5:1, on the map and in the outline", async ({
  page,
}) => {
  await openMap(page);
  await filterSpeakers(page, "dim");
  const cards = await dimmedTextContrast(page);
  // Every claim but Don Oberdorfer's three is dimmed: speaker, words, topics, badge each.
  expect(cards.checked).toBeGreaterThan(100);
  expect(cards.worst.ratio, cards.worst.where).toBeGreaterThanOrEqual(4.5);
  await page.getByRole("radio", { name: "Outline" }).click();
  await expect(page.locator(".outline li.is-dimmed").first()).toBeVisible();
  const outline = await dimmedTextContrast(page);
  expect(outline.checked).toBeGreaterThan(20);
  expect(outline.worst.ratio, outline.worst.where).toBeGreaterThanOrEqual(4.5);
});

test("relation lines keep 3:1 against the canvas and the regions: plain, around a selection, dimmed", async ({
  page,
}) => {
  await openMap(page);
  const plain = await relationLineContrast(page);
  expect(plain.checked).toBeGreaterThan(40);
  expect(plain.worst.ratio, plain.worst.where).toBeGreaterThanOrEqual(3);
  // A selection thickens its own links and thins the others.
  await select(page, "ridiculous");
  await expect(page.locator(".relation-edge.is-far").first()).toBeAttached();
  const selected = await relationLineContrast(page);
  expect(selected.worst.ratio, selected.worst.where).toBeGreaterThanOrEqual(3);
  await page.getByRole("button", { name: "Close details" }).click();
  await filterSpeakers(page, "dim");
  await expect(page.locator(".react-flow__edge.is-dimmed").first()).toBeAttached();
  const dimmed = await relationLineContrast(page);
  expect(dimmed.checked).toBeGreaterThan(40);
  expect(dimmed.worst.ratio, dimmed.worst.where).toBeGreaterThanOrEqual(3);
});

test("focus rings are 2 px or more and keep 3:1: on a card, a button, a checkbox", async ({
  page,
}) => {
  await openMap(page);
  // The map's one Tab stop, reached by the skip link, then the keyboard.
  await page.keyboard.press("Tab");
  await page.getByRole("button", { name: "Skip to the map" }).press("Enter");
  await expect(page.locator(".react-flow__node:focus")).toHaveCount(1);
  const rings = [await focusRing(page)];
  await page.getByRole("button", { name: "Open…" }).focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  rings.push(await focusRing(page));
  await explore(page).getByRole("checkbox", { name: "Peter Beck" }).focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  rings.push(await focusRing(page));
  for (const ring of rings) {
    expect(ring.width, ring.what).toBeGreaterThanOrEqual(2);
    expect(ring.ratio, ring.what).toBeGreaterThanOrEqual(3);
  }
});

/** States whose controls are measured for Target Size (2.5.8). */
const SIZED_STATES = [
  "the default view",
  "a selected claim with its details",
  "the lens and the matrix",
  "a search with matches",
  "the outline",
  "the Open dialog",
  "the Export dialog",
  "the Speakers & topics dialog",
  "the link picker (Disputes…) with a query",
  "the claim editor",
  "the storage banner",
];

for (const state of STATES.filter((s) => SIZED_STATES.includes(s.name))) {
  test(`every control is 24 × 24 px or more in ${state.name}`, async ({ page }) => {
    await state.before?.(page);
    await openMap(page);
    await state.reach(page);
    const { checked, small } = await smallTargets(page);
    expect(small).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(3);
  });
}
