import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parseMap } from "../../src/model/format/loadMap";
import { evaluateMap } from "../../src/model/evaluate/evaluateMap";
import { acceptSpeakers } from "../../src/model/evaluate/speakerPosition";
import { BUILT_IN, openMap, watchErrors } from "./helpers";

const loaded = parseMap(readFileSync("data/south-korea-us-alliance.json", "utf8"));
if (!loaded.ok) throw new Error("the built-in map does not load");
const MAP = loaded.map;
const EVALUATION = evaluateMap(MAP);
const withStatus = (status: string) =>
  [...EVALUATION.claimStatus].filter(([, s]) => s === status).map(([id]) => id);

const card = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const details = (page: Page) => page.getByRole("complementary", { name: "Claim details" });

test("every card carries its status as a word and a shape, in its name; the badges can be turned off", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openMap(page);
  // The figures the map shows are the model's: 42 stand, 5 fall on the built-in map.
  expect(withStatus("falls").length).toBeGreaterThan(0);
  for (const [id, status] of EVALUATION.claimStatus) {
    const badge = card(page, id).locator(".status-badge");
    await expect(badge).toHaveText(
      `${{ stands: "✓", falls: "✗", undecided: "?" }[status]} ${status}`,
    );
    await expect(card(page, id)).toHaveAccessibleName(new RegExp(`\\b${status}\\b`));
  }
  const explore = page.getByRole("region", { name: "What stands" });
  await expect(explore.getByRole("checkbox", { name: /^stands/ })).toHaveAccessibleName(
    `stands ${withStatus("stands").length}`,
  );
  await expect(explore.getByRole("checkbox", { name: /^falls/ })).toHaveAccessibleName(
    `falls ${withStatus("falls").length}`,
  );
  // Off: the plain map.
  await explore.getByRole("checkbox", { name: "Show on the claims" }).uncheck();
  await expect(page.locator(".react-flow__node .status-badge")).toHaveCount(0);
  await explore.getByRole("checkbox", { name: "Show on the claims" }).check();
  await expect(page.locator(".react-flow__node .status-badge")).toHaveCount(MAP.claims.length);
  expect(errors).toEqual([]);
});

test("the details give the reason with its deciding claims as links; the keyboard reaches Why?", async ({
  page,
}) => {
  await openMap(page);
  await card(page, "peace-balancer").click();
  const status = details(page).getByRole("region", { name: "Whether this claim stands" });
  await expect(status).toContainText(
    "Falls: disputed by “The balancer theory is mostly about aspirations for more autonomy fr…”, which stands.",
  );
  // The deciding claim is a link to it.
  await status.getByRole("link", { name: /The balancer theory is mostly about/ }).click();
  await expect(details(page).getByRole("heading", { level: 2 })).toContainText(
    "The balancer theory is mostly about aspirations for more autonomy",
  );
  await expect(
    details(page).getByRole("region", { name: "Whether this claim stands" }),
  ).toContainText("Stands: nothing disputes it.");

  // Keyboard only: back to the claim that falls, then Tab to Why? and open it.
  await page.keyboard.press("/");
  await page.keyboard.type("strive to be a balancing power");
  await page.keyboard.press("Enter");
  await expect(details(page).getByRole("heading", { level: 2 })).toContainText(
    "South Korea should strive to be a",
  );
  let reached = false;
  for (let i = 0; i < 150 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.textContent === "Why?");
  }
  expect(reached).toBe(true);
  await page.keyboard.press("Enter");
  const why = details(page).getByRole("button", { name: "Hide why" });
  await expect(why).toHaveAttribute("aria-expanded", "true");
  const tree = details(page).locator(".details__tree");
  // The tree goes down to claims nothing disputes: for a claim that falls, the one disputer
  // that stands (the shortest justification), then that disputer's own case, to the leaves.
  await expect(tree).toContainText("disputed by “Seoul has offered very few specifics");
  const leaves = await tree.locator("li:not(:has(ul)) > a").allTextContents();
  expect(leaves.length).toBeGreaterThan(0);
  for (const leaf of leaves) {
    const claim = MAP.claims.find((c) => leaf.startsWith(`“${c.text.slice(0, 40)}`))!;
    expect(claim, leaf).toBeDefined();
    expect(
      MAP.links.some((l) => l.to === claim.id && l.type === "dispute"),
      leaf,
    ).toBe(false);
  }
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveClass(/details__claim-link/);
});

test("an edit that removes a dispute updates the status at once, and undo brings it back", async ({
  page,
}) => {
  await openMap(page);
  const disputes = MAP.links.filter((l) => l.to === "peace-balancer" && l.type === "dispute");
  expect(disputes).toHaveLength(1);
  await expect(card(page, "peace-balancer").locator(".status-badge")).toHaveText("✗ falls");
  await card(page, "peace-balancer").click();
  const row = details(page)
    .getByRole("listitem")
    .filter({ has: page.locator(".details__relation--dispute") })
    .filter({ hasText: "The balancer theory is mostly about" });
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: "Remove this link" }).click();
  await expect(card(page, "peace-balancer").locator(".status-badge")).toHaveText("✓ stands");
  await expect(
    details(page).getByRole("region", { name: "Whether this claim stands" }),
  ).toContainText("Stands: nothing disputes it.");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(card(page, "peace-balancer").locator(".status-badge")).toHaveText("✗ falls");
});

test("show only what falls; the outline and the search know the statuses too", async ({ page }) => {
  await openMap(page);
  const explore = page.getByRole("region", { name: "What stands" });
  await page.getByRole("radio", { name: "hide" }).check();
  await explore.getByRole("checkbox", { name: /^stands/ }).uncheck();
  await explore.getByRole("checkbox", { name: /^undecided/ }).uncheck();
  const falling = withStatus("falls");
  await expect(page.locator(".react-flow__node")).toHaveCount(falling.length);
  for (const id of falling) await expect(card(page, id)).toBeVisible();
  await page.getByRole("button", { name: "Reset view" }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(MAP.claims.length);

  // The search: "falls" finds the claims that fall (and any that say "falls").
  await page.getByRole("searchbox", { name: "Search claims" }).fill("roh falls");
  const rohFalling = falling.filter(
    (id) => MAP.claims.find((c) => c.id === id)?.speaker === "roh-moo-hyun",
  );
  await expect(page.getByRole("search").getByRole("status")).toHaveText(
    `1 of ${rohFalling.length}`,
  );
  await page.getByRole("searchbox", { name: "Search claims" }).fill("");

  await page.getByRole("radio", { name: "Outline" }).check();
  for (const id of falling) {
    await expect(page.locator(`.outline li[data-claim-id="${id}"] > .status-badge`)).toHaveText(
      "✗ falls",
    );
  }
  await expect(page.locator(".outline .status-badge")).toHaveCount(MAP.claims.length);
});

test("a speaker's position lists what changes, internal conflicts, unanswered objections and commitments, as computed", async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole("button", { name: "Lens on Roh Moo-hyun" }).click({ force: true });
  const lens = page.getByRole("region", { name: "Lens on Roh Moo-hyun" });
  await lens.getByRole("button", { name: "Accept their claims" }).click();
  const position = lens.getByRole("region", { name: "Roh Moo-hyun’s position" });
  const expected = acceptSpeakers(MAP, ["roh-moo-hyun"]);
  const parts = [
    ["What changes", expected.changes.length],
    ["Internal conflicts", expected.internalConflicts.length],
    ["Unanswered objections", expected.unansweredObjections.length],
    ["Commitments", expected.commitments.length],
  ] as const;
  for (const [title, count] of parts) {
    const part = position.getByRole("region", { name: title });
    await expect(part.getByRole("heading")).toHaveText(`${title} (${count})`);
    await expect(part.getByRole("listitem")).toHaveCount(count);
  }
  expect(expected.changes.length).toBeGreaterThan(0);
  // The map shows the position's statuses: a claim Roh makes that fell now stands.
  await expect(card(page, "balancing-power").locator(".status-badge")).toHaveText("✓ stands");
  // Beside another speaker's position: the claims that differ.
  await position.getByRole("combobox", { name: /Set beside another speaker/ }).selectOption({
    label: "Don Oberdorfer",
  });
  await expect(position.getByRole("region", { name: /differ/ })).toBeVisible();
  await position.getByRole("button", { name: "Back to the plain evaluation" }).click();
  await expect(card(page, "balancing-power").locator(".status-badge")).toHaveText("✗ falls");
  expect(BUILT_IN.claims.length).toBe(MAP.claims.length);
});
