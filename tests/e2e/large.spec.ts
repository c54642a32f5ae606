import { expect, test } from "@playwright/test";
import { generateMap } from "../../src/model/testing/generateMap";
import { serializeMap } from "../../src/model/format/serializeMap";
import { intersects, nodeBoxes } from "./helpers";

test.setTimeout(180_000);

test("a 2,000-claim map loads, draws its first view without overlaps, and filters correctly", async ({
  page,
}) => {
  const map = generateMap({ claims: 2000, seed: 2000 });
  await page.route(
    (url) => url.pathname === "/generated/2000.json",
    (route) => route.fulfill({ body: serializeMap(map), contentType: "application/json" }),
  );
  await page.goto("/?map=/generated/2000.json");
  await expect(page.locator(".react-flow__node").first()).toBeVisible({ timeout: 90_000 });
  await expect(page.locator(".status").getByRole("status")).toHaveText(
    "Showing 2,000 of 2,000 claims · 24 speakers",
  );
  // Only the cards in view are drawn, and none of them overlap.
  const boxes = await nodeBoxes(page);
  expect(boxes.length).toBeGreaterThan(5);
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
