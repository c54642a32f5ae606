import { expect, test } from "@playwright/test";
import { generateMap } from "../../src/model/testing/generateMap";
import { serializeMap } from "../../src/model/format/serializeMap";
import { intersects, nodeBoxes } from "./helpers";

test.setTimeout(180_000);

test("a 2,000-claim map opens as an overview of its topics, shows a chosen claim at reading size without overlaps, and filters correctly", async ({
  page,
}) => {
  const map = generateMap({ claims: 2000, seed: 2000 });
  await page.route(
    (url) => url.pathname === "/generated/2000.json",
    (route) => route.fulfill({ body: serializeMap(map), contentType: "application/json" }),
  );
  await page.goto("/?map=/generated/2000.json");
  // It opens fitted whole, as an overview: each topic with its label, its claim count and its
  // most-linked claims, legible; no cards are drawn yet.
  const regions = page.locator(".map-overview__region");
  await expect(regions.first()).toBeVisible({ timeout: 90_000 });
  await expect(page.locator(".status").getByRole("status")).toHaveText(
    "Showing 2,000 of 2,000 claims · 24 speakers",
  );
  const topics = new Map<string, number>();
  for (const claim of map.claims) {
    const label = claim.topics?.[0]
      ? map.topics!.find((t) => t.id === claim.topics![0])!.label
      : "Claims without a topic";
    topics.set(label, (topics.get(label) ?? 0) + 1);
  }
  await expect(regions).toHaveCount(topics.size);
  for (const [label, count] of topics) {
    const region = page.getByRole("region", { name: `Topic: ${label}` });
    await expect(region.getByRole("heading", { name: label })).toBeVisible();
    await expect(region).toContainText(`${count.toLocaleString("en-US")} claims`);
  }
  expect(await page.locator(".react-flow__node").count()).toBe(0);
  // The topics' cards do not cover each other, and their words are drawn at 13 px or more.
  const cards = await regions.evaluateAll((els) =>
    els.map((el, i) => {
      const r = el.getBoundingClientRect();
      return { id: String(i), x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  for (let i = 0; i < cards.length; i++)
    for (let j = i + 1; j < cards.length; j++)
      expect(intersects(cards[i]!, cards[j]!), `topic cards ${i} × ${j}`).toBe(false);
  const smallest = await page
    .locator(".map-overview__claim")
    .evaluateAll((els) => Math.min(...els.map((el) => parseFloat(getComputedStyle(el).fontSize))));
  expect(smallest).toBeGreaterThanOrEqual(13);

  // The wheel zooms over a topic's card, its claims included, as it does over the pane.
  const scale = () =>
    page
      .locator(".react-flow__viewport")
      .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  const before = await scale();
  const over = (await page.locator(".map-overview__claim").first().boundingBox())!;
  await page.mouse.move(over.x + 20, over.y + 10);
  await page.mouse.wheel(0, -100);
  await expect.poll(scale).toBeGreaterThan(before * 1.1);
  const once = await scale();
  await page.mouse.wheel(0, -100);
  await expect.poll(scale).toBeGreaterThan(once * 1.1);

  // Choose a claim in the overview, by keyboard: its card is drawn at reading size, with its
  // neighbours, the keyboard is on it, and the cards in view do not overlap.
  const first = page.locator(".map-overview__claim").first();
  const chosen = (await first.textContent())!;
  await first.focus();
  await page.keyboard.press("Enter");
  const card = page.locator(".react-flow__node", { hasText: chosen }).first();
  await expect(card).toBeVisible();
  await expect(card).toBeFocused();
  await expect(page.locator(".map-overview__region")).toHaveCount(0);
  const zoom = await page
    .locator(".react-flow__viewport")
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  expect(zoom).toBeGreaterThanOrEqual(0.9);
  // The chosen claim's links are all drawn, to reasons near and far (React Flow is handed
  // only the cards near the view, and the far ends of the links it draws).
  const chosenId = map.claims.find((c) => c.text === chosen)!.id;
  const itsLinks = map.links.filter((l) => l.from === chosenId || l.to === chosenId);
  expect(itsLinks.length).toBeGreaterThan(3);
  const drawnLinks = await page
    .locator(".react-flow__edge")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-id")));
  for (const link of itsLinks) expect(drawnLinks, link.id).toContain(link.id);
  // Only the cards in view are drawn, and none of them overlap.
  const boxes = await nodeBoxes(page);
  expect(boxes.length).toBeGreaterThan(1);
  expect(boxes.length).toBeLessThan(2000);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      expect(intersects(boxes[i]!, boxes[j]!), `${boxes[i]!.id} × ${boxes[j]!.id}`).toBe(false);

  // Filter to one speaker, hidden: the count and the drawn cards follow.
  const theirs = map.claims.filter((c) => c.speaker === "s0").map((c) => c.id);
  await page.getByRole("button", { name: "Only Speaker 1", exact: true }).click({ force: true });
  await page.getByRole("radio", { name: "hide" }).check();
  await expect(page.locator(".status").getByRole("status")).toHaveText(
    `Showing ${theirs.length} of 2,000 claims · 1 speaker`,
  );
  // Go to one of the links among their claims (search for the claim at its tail, Enter
  // centres on it): the drawn cards must be theirs only, and must include both ends; the
  // drawn links must be among theirs, and include this one. Non-empty sets: an empty set
  // would prove nothing.
  const topicOf = new Map(map.claims.map((c) => [c.id, c.topics?.[0]]));
  const allowed = new Set(
    map.links.filter((l) => theirs.includes(l.from) && theirs.includes(l.to)).map((l) => l.id),
  );
  const link = map.links.find(
    (l) => allowed.has(l.id) && topicOf.get(l.from) === topicOf.get(l.to),
  )!;
  expect(link).toBeDefined();
  const from = map.claims.find((c) => c.id === link.from)!;
  await page.getByRole("searchbox").fill(from.text);
  await page.getByRole("searchbox").press("Enter");
  const drawnIds = () =>
    page
      .locator(".react-flow__node")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-id") ?? ""));
  await expect.poll(async () => (await drawnIds()).includes(link.to)).toBe(true);
  const drawn = await drawnIds();
  expect(drawn).toContain(link.from);
  expect(drawn.filter((id) => !theirs.includes(id))).toEqual([]);
  const edges = await page
    .locator(".react-flow__edge")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-id") ?? ""));
  expect(edges).toContain(link.id);
  expect(edges.filter((id) => !allowed.has(id))).toEqual([]);
});
