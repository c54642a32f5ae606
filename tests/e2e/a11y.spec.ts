// Accessibility in every state of the app: axe-core finds nothing, of any impact.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import {
  axeViolations,
  BUILT_IN,
  FIXTURE,
  FIXTURE_PATH,
  failSaves,
  openMap,
  pasteMap,
} from "./helpers";
import {
  announced,
  dimmedTextContrast,
  markLiveRegions,
  focusRing,
  labelInName,
  relationLineContrast,
  smallTargets,
  clippedText,
  spaceText,
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
      await pasteMap(page, '{"title": 1}');
      await expect(
        page.getByRole("dialog", { name: "The pasted text could not be opened" }),
      ).toBeVisible();
    },
  },
  {
    name: "the import report",
    reach: async (page) => {
      await pasteMap(
        page,
        [
          "Discussion Title: Should Seoul balance?",
          "",
          "1. South Korea should be a regional balancer.",
          "1.1. Pro: It reflects changing global realities.",
          "1.2. Con: -> See 1.1.",
        ].join("\n"),
      );
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
      await expect(page.getByRole("region", { name: /Changes are not being saved/ })).toBeVisible();
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

/** Starts recording every transform the map's viewport and its cards take, as they change. */
async function recordMotion(page: Page) {
  await page.evaluate(() => {
    const seen = new Map<string, string[]>();
    (window as unknown as { __motion: Map<string, string[]> }).__motion = seen;
    const note = (key: string, transform: string) => {
      const list = seen.get(key) ?? [];
      if (list[list.length - 1] !== transform) list.push(transform);
      seen.set(key, list);
    };
    new MutationObserver((records) => {
      for (const { target } of records) {
        if (!(target instanceof HTMLElement)) continue;
        if (target.classList.contains("react-flow__viewport"))
          note("viewport", target.style.transform);
        else if (target.classList.contains("react-flow__node"))
          note(target.dataset.id ?? "", target.style.transform);
      }
    }).observe(document.querySelector(".react-flow")!, {
      attributes: true,
      attributeFilter: ["style"],
      subtree: true,
    });
  });
}

/** Waits until nothing on the map has moved for 30 frames in a row (a glide takes about 16). */
const stillness = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let quiet = 0;
        const observer = new MutationObserver(() => (quiet = 0));
        observer.observe(document.querySelector(".react-flow")!, {
          attributes: true,
          attributeFilter: ["style"],
          subtree: true,
        });
        const frame = () => {
          if (++quiet >= 30) {
            observer.disconnect();
            resolve();
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );

/** How many transforms each recorded element went through. */
const motion = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...(window as unknown as { __motion: Map<string, string[]> }).__motion].map(([k, v]) => [
        k,
        v.length,
      ]),
    ),
  );

/** Whether the claim's card sits in the middle of the map's pane. */
const centred = (page: Page, id: string) =>
  page.evaluate((id) => {
    const card = document.querySelector(`.react-flow__node[data-id="${id}"]`)!;
    const pane = document.querySelector(".react-flow")!.getBoundingClientRect();
    const box = card.getBoundingClientRect();
    return (
      Math.abs(box.x + box.width / 2 - (pane.x + pane.width / 2)) < 2 &&
      Math.abs(box.y + box.height / 2 - (pane.y + pane.height / 2)) < 2
    );
  }, id);

for (const reduced of [true, false]) {
  test(`${reduced ? "with" : "without"} prefers-reduced-motion, the viewport and the cards ${reduced ? "jump" : "glide"}`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: reduced ? "reduce" : "no-preference" });
    await openMap(page);
    // Stylesheet transitions are off too.
    const transition = await page
      .locator(".react-flow__node[data-id='ridiculous'] .claim-card")
      .evaluate((card) => getComputedStyle(card).transitionDuration);
    if (reduced) expect(transition).toMatch(/^0s(, 0s)*$/);
    else expect(transition).not.toMatch(/^0s(, 0s)*$/);

    // Centre on a claim (search, Enter): the viewport moves in one step, or in many.
    await recordMotion(page);
    await page.getByRole("searchbox").fill("plainly ridiculous");
    await page.getByRole("searchbox").press("Enter");
    await expect.poll(() => centred(page, "ridiculous")).toBe(true);
    const viewportMoves = (await motion(page)).viewport ?? 0;
    if (reduced) expect(viewportMoves).toBe(1);
    else expect(viewportMoves).toBeGreaterThan(2);

    // A new link lays its region out again: the cards jump to their places, or ease there.
    await recordMotion(page);
    await details(page).getByRole("button", { name: "Supports…" }).click();
    const picker = page.getByRole("dialog", { name: /supports…$/ });
    await picker.getByRole("combobox").fill("soft power");
    await picker.getByRole("combobox").press("Enter");
    await expect.poll(async () => (await motion(page)).ridiculous ?? 0).toBeGreaterThan(0);
    await stillness(page);
    const moves = await motion(page);
    expect(Object.keys(moves).length).toBeGreaterThan(1);
    // One new place per card (a second measured layout may add one more jump), or a glide.
    if (reduced)
      for (const [id, count] of Object.entries(moves)) expect(count, id).toBeLessThanOrEqual(2);
    else expect(moves.ridiculous).toBeGreaterThan(2);
  });
}

test("in forced colours (high contrast), cards, relation styles, dimming, matches and the selection stay distinguishable", async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: "active" });
  await openMap(page);
  expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
  const style = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => {
        const s = getComputedStyle(element);
        return {
          border: `${s.borderTopStyle} ${s.borderTopWidth}`,
          outline: s.outlineStyle === "none" ? "none" : `${s.outlineStyle} ${s.outlineColor}`,
          dash: s.strokeDasharray,
          marker: element.getAttribute("marker-end") ?? "",
        };
      });
  // Support is solid with an arrow, dispute dashed with a bar; each line keeps 3:1.
  const support = await style(".relation-edge--support");
  const dispute = await style(".relation-edge--dispute");
  expect(support.dash).toBe("none");
  expect(dispute.dash).not.toBe("none");
  expect(support.marker).not.toBe(dispute.marker);
  const lines = await relationLineContrast(page);
  expect(lines.checked).toBeGreaterThan(40);
  expect(lines.worst.ratio, lines.worst.where).toBeGreaterThanOrEqual(3);
  // The checked view and a pressed toggle look different from their neighbours.
  const background = (name: string, role: "radio" | "button") =>
    page
      .getByRole(role, { name, exact: true })
      .evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await background("Map", "radio")).not.toBe(await background("Outline", "radio"));
  expect(await background("Hide source", "button")).not.toBe(await background("Open…", "button"));

  // Selected, the current search match, another match, dimmed, plain: five looks, none by
  // colour alone.
  await filterSpeakers(page, "dim");
  await page.getByRole("searchbox").fill("Oberdorfer");
  await select(page, "ridiculous");
  const card = (id: string) => `.react-flow__node[data-id="${id}"] .claim-card`;
  await expect(page.locator(card("about-autonomy"))).toHaveClass(/is-current-match/);
  await expect(page.locator(card("flexibility-understandable"))).toHaveClass(/is-match-match/);
  const selected = await style(card("ridiculous"));
  const current = await style(card("about-autonomy"));
  const match = await style(card("flexibility-understandable"));
  const dimmed = await style(".react-flow__node.is-dimmed .claim-card");
  await page.getByRole("searchbox").fill("");
  await expect(page.locator(card("about-autonomy"))).not.toHaveClass(/match/);
  const plain = await style(card("about-autonomy"));
  expect(plain.border).toMatch(/^solid [1-9]/);
  expect(dimmed.border).toMatch(/^dotted [1-9]/);
  expect(plain.outline).toBe("none");
  expect(new Set([selected.outline, current.outline, match.outline, plain.outline]).size).toBe(4);
});

test("status messages are read out by polite live regions that were there before: filter and search results, undo and redo, a failed save, an opened map", async ({
  page,
}) => {
  await failSaves(page);
  await openMap(page);
  const says = async (text: string, action: () => Promise<void>) => {
    expect(await markLiveRegions(page)).toBeGreaterThan(0);
    await action();
    await expect.poll(() => announced(page, text), text).toBe(true);
  };
  await says(`Showing 3 of ${BUILT_IN.claims.length} claims`, () =>
    explore(page).getByRole("button", { name: "Only Don Oberdorfer" }).click(),
  );
  await says("1 of 3", () => page.getByRole("searchbox").fill("Oberdorfer"));
  await page.getByRole("searchbox").fill("");
  await select(page, "ridiculous");
  await details(page).getByRole("button", { name: "Edit claim" }).click();
  await details(page).getByRole("textbox", { name: "Text" }).fill("An edit to undo.");
  await details(page).getByRole("button", { name: "Save" }).click();
  await says("Undone.", () => page.getByRole("button", { name: "Undo", exact: true }).click());
  await says("Redone.", () => page.getByRole("button", { name: "Redo", exact: true }).click());
  // Undo twice in a row is said twice.
  await says("Undone.", () => page.getByRole("button", { name: "Undo", exact: true }).click());
  await says("Changes are not being saved", async () => {
    await page.evaluate(() => {
      (window as unknown as { __failPuts?: boolean }).__failPuts = true;
    });
    await details(page).getByRole("button", { name: "Edit claim" }).click();
    await details(page).getByRole("textbox", { name: "Text" }).fill("An edit not saved.");
    await details(page).getByRole("button", { name: "Save" }).click();
  });
  await says(`Opened “${FIXTURE.title}”`, async () => {
    await pasteMap(page, readFileSync(FIXTURE_PATH, "utf8"));
  });
});

/** The phone layout's own states: the map alone, the menu, the filters' and details' sheets. */
const PHONE_STATES: State[] = [
  { name: "the phone layout", reach: async () => {} },
  {
    name: "the phone layout's menu",
    reach: async (page) => {
      await page.getByRole("button", { name: "Menu" }).tap();
      await expect(page.getByRole("toolbar", { name: "Map actions" })).toBeVisible();
    },
  },
  {
    name: "the phone layout's filters",
    reach: async (page) => {
      await page.getByRole("button", { name: "Filters", exact: true }).tap();
      await expect(explore(page)).toBeVisible();
    },
  },
  {
    name: "the phone layout's details",
    reach: async (page) => {
      await node(page, "ridiculous").tap();
      await expect(details(page).getByRole("heading", { level: 2 })).toBeVisible();
    },
  },
  {
    name: "the phone layout's outline",
    reach: async (page) => {
      await page.getByRole("radio", { name: "Outline" }).tap();
      await expect(page.locator(".outline")).toBeVisible();
    },
  },
];

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const state of PHONE_STATES) {
    test(`axe finds nothing in ${state.name}; names hold their text; targets are 24 px`, async ({
      page,
    }) => {
      await openMap(page);
      await state.reach(page);
      expect(await axeViolations(page)).toEqual([]);
      const names = await labelInName(page);
      expect(names.mismatches).toEqual([]);
      expect(names.checked).toBeGreaterThanOrEqual(3);
      const targets = await smallTargets(page);
      expect(targets.small).toEqual([]);
      expect(targets.checked).toBeGreaterThanOrEqual(3);
    });
  }
});

/** The map's viewport as React Flow draws it: x, y and zoom. */
const viewport = (page: Page) =>
  page.locator(".react-flow__viewport").evaluate((el) => {
    const m = new DOMMatrix(getComputedStyle(el).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });

test("nothing needs a drag (2.5.7): Alt+arrow moves a card, one undo step a press; Shift+arrow and the pan buttons move the view", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await openMap(page);
  const card = node(page, "ridiculous");
  await card.focus();
  const before = (await card.boundingBox())!;
  const { zoom } = await viewport(page);

  // Move the card: right by one nudge (24 map px), then down by five (Ctrl as well).
  await page.keyboard.press("Alt+ArrowRight");
  await expect.poll(async () => (await card.boundingBox())!.x).toBeCloseTo(before.x + 24 * zoom, 0);
  await page.keyboard.press("Control+Alt+ArrowDown");
  await expect
    .poll(async () => (await card.boundingBox())!.y)
    .toBeCloseTo(before.y + 120 * zoom, 0);
  await expect(card).toBeFocused();
  // Each press is one undo step.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(async () => (await card.boundingBox())!.y).toBeCloseTo(before.y, 0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(async () => (await card.boundingBox())!.x).toBeCloseTo(before.x, 0);

  // Pan from the keyboard: Shift+arrow moves the view, not the card and not the selection.
  await card.focus();
  const start = await viewport(page);
  await page.keyboard.press("Shift+ArrowDown");
  await expect.poll(async () => (await viewport(page)).y).toBeCloseTo(start.y - 120, 0);
  await page.keyboard.press("Shift+ArrowLeft");
  await expect.poll(async () => (await viewport(page)).x).toBeCloseTo(start.x + 120, 0);
  await expect(page.getByRole("button", { name: "Undo" })).toBeDisabled();

  // Pan with a pointer, one click a step: the four buttons beside the zoom buttons.
  const moved = await viewport(page);
  await page.getByRole("button", { name: "Pan right" }).click();
  await expect.poll(async () => (await viewport(page)).x).toBeCloseTo(moved.x - 120, 0);
  await page.getByRole("button", { name: "Pan up" }).click();
  await expect.poll(async () => (await viewport(page)).y).toBeCloseTo(moved.y + 120, 0);
  expect((await viewport(page)).zoom).toBeCloseTo(zoom, 5);

  // Moved far, the card brings the view along: it never leaves the pane or goes under the
  // minimap.
  const inSight = async () => {
    const box = (await card.boundingBox())!;
    const pane = (await page.locator(".react-flow").boundingBox())!;
    const mini = (await page.locator(".react-flow__minimap").boundingBox())!;
    const underMinimap =
      box.x < mini.x + mini.width &&
      box.x + box.width > mini.x &&
      box.y < mini.y + mini.height &&
      box.y + box.height > mini.y;
    return (
      !underMinimap &&
      box.x >= pane.x &&
      box.y >= pane.y &&
      box.x + box.width <= pane.x + pane.width &&
      box.y + box.height <= pane.y + pane.height
    );
  };
  await card.focus();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Control+Alt+ArrowRight");
    await page.keyboard.press("Control+Alt+ArrowDown");
    await expect.poll(inSight).toBe(true);
  }
});

test("a card reached by keyboard is not left under the minimap or off the pane (2.4.11)", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await openMap(page);
  const card = node(page, "ridiculous");
  const minimap = (await page.locator(".react-flow__minimap").boundingBox())!;
  // Put the card under the minimap: move the view so its middle lands on the minimap's.
  const box = (await card.boundingBox())!;
  const dx = minimap.x + minimap.width / 2 - (box.x + box.width / 2);
  const dy = minimap.y + minimap.height / 2 - (box.y + box.height / 2);
  // A drag on the empty pane beside the card (the test may drag; users need not).
  const pane = (await page.locator(".react-flow__pane").boundingBox())!;
  const from = { x: pane.x + 30, y: pane.y + 30 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 8 });
  await page.mouse.up();
  const hidden = (await card.boundingBox())!;
  expect(hidden.x + hidden.width / 2).toBeGreaterThan(minimap.x);
  expect(hidden.y + hidden.height / 2).toBeGreaterThan(minimap.y);

  // Reach it by keyboard: it comes out from under the minimap, into the pane.
  await page.keyboard.press("Shift");
  await card.focus();
  await expect
    .poll(async () => {
      const seen = (await card.boundingBox())!;
      const overlaps =
        seen.x < minimap.x + minimap.width &&
        seen.x + seen.width > minimap.x &&
        seen.y < minimap.y + minimap.height &&
        seen.y + seen.height > minimap.y;
      return !overlaps && seen.x >= pane.x && seen.y >= pane.y;
    })
    .toBe(true);
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
])
  test(`with WCAG's text spacing (1.4.12), no text is cut off at ${viewport.width} × ${viewport.height}: the map, a claim's details, its editor, the Open dialog`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openMap(page);
    await spaceText(page);
    const expectNoneCut = async (least: number) => {
      const { checked, found } = await clippedText(page);
      expect(found).toEqual([]);
      expect(checked).toBeGreaterThan(least);
    };
    await expectNoneCut(5);
    await select(page, "balancing-power");
    await expectNoneCut(30);
    await details(page).getByRole("button", { name: "Edit claim" }).click();
    await expect(details(page).getByRole("textbox", { name: "Text" })).toBeVisible();
    await expectNoneCut(20);
    await details(page).getByRole("button", { name: "Cancel" }).click();
    const menu = page.getByRole("button", { name: "Menu" });
    if (await menu.isVisible()) await menu.click();
    await page.getByRole("button", { name: "Open…" }).click();
    await expect(page.getByRole("dialog", { name: "Open a map" })).toBeVisible();
    await expectNoneCut(5);
  });
