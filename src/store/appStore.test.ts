import { expect, test } from "vitest";
import { sampleMap } from "../model/testing/testMaps";
import { createAppStore } from "./appStore";

test("each store is fresh", () => {
  const a = createAppStore(sampleMap());
  const b = createAppStore(sampleMap());
  a.getState().selectClaim("c1");
  expect(b.getState().selectedId).toBeNull();
});

test("selection keeps an id, refuses unknown ids, and centres only when asked", () => {
  const store = createAppStore(sampleMap());
  store.getState().selectClaim("c2");
  expect(store.getState().selectedId).toBe("c2");
  expect(store.getState().centreRequest).toBe(0);
  store.getState().selectClaim("c1", { centre: true });
  expect(store.getState().centreRequest).toBe(1);
  store.getState().selectClaim("nope");
  expect(store.getState().selectedId).toBeNull();
});

test("dragged positions persist until re-arrange, and a new direction drops them", () => {
  const store = createAppStore(sampleMap());
  store.getState().moveClaim("c1", { x: 5, y: 6 });
  expect(store.getState().dragged.get("c1")).toEqual({ x: 5, y: 6 });
  store.getState().rearrange();
  expect(store.getState().dragged.size).toBe(0);
  expect(store.getState().layoutGeneration).toBe(1);
  store.getState().moveClaim("c1", { x: 1, y: 1 });
  store.getState().setDirection("LR");
  expect(store.getState().dragged.size).toBe(0);
});

test("opening a map resets the view", () => {
  const store = createAppStore(sampleMap());
  store.getState().selectClaim("c1");
  store.getState().openMap({ ...sampleMap(), title: "Other" });
  expect(store.getState().selectedId).toBeNull();
  expect(store.getState().map.title).toBe("Other");
  // The map that was open is one Undo away, so opening the wrong file loses nothing.
  store.getState().undo();
  expect(store.getState().map.title).toBe("Sample");
  store.getState().redo();
  expect(store.getState().map.title).toBe("Other");
});

test("edits go through the history; undo and redo restore documents; view state follows", async () => {
  const { addClaim, deleteClaim } = await import("../model/core/edits");
  const store = createAppStore(sampleMap());
  expect(store.getState().edit((m) => addClaim(m, { id: "c9", text: "New" }))).toBe(true);
  expect(store.getState().map.claims).toHaveLength(4);
  store.getState().selectClaim("c9");
  store.getState().undo();
  expect(store.getState().map.claims).toHaveLength(3);
  expect(store.getState().selectedId).toBeNull();
  store.getState().redo();
  expect(store.getState().map.claims).toHaveLength(4);
  expect(store.getState().edit((m) => deleteClaim(m, "nope"))).toBe(false);
  expect(store.getState().notice).toBe('There is no claim "nope".');
  expect(store.getState().history.past).toHaveLength(1);
  // Filters, selection and zoom are not in the history.
  store.getState().setSpeakerHidden("ann", true);
  expect(store.getState().history.past).toHaveLength(1);
});

test("a deleted speaker takes its lens and speaker pair with it; undo brings the speaker back", async () => {
  const { deleteSpeaker } = await import("../model/core/edits");
  const store = createAppStore(sampleMap());
  store.getState().setLens("bo");
  store.getState().setPair({ from: "ann", to: "bo" });
  const filterBefore = store.getState().filter;
  store.getState().edit((m) => deleteSpeaker(m, "bo", "unassign"));
  expect(store.getState().lens).toBeNull();
  expect(store.getState().filter.pair).toBeNull();
  expect(store.getState().filter).not.toBe(filterBefore);
  store.getState().undo();
  expect(store.getState().map.speakers.map((s) => s.id)).toContain("bo");
});

test("another tab's document replaces this one's with a fresh history, keeping the view", async () => {
  const { updateClaim } = await import("../model/core/edits");
  const store = createAppStore(sampleMap());
  store.getState().edit((m) => updateClaim(m, "c1", { text: "Mine" }));
  store.getState().selectClaim("c2");
  store.getState().setSpeakerHidden("ann", true);
  const theirs = { ...sampleMap(), claims: sampleMap().claims.filter((c) => c.id !== "c2") };
  store.getState().replaceDocument(theirs);
  expect(store.getState().map).toBe(theirs);
  expect(store.getState().history.past).toHaveLength(0);
  // The selection pointed at a claim that is gone; the filter still applies.
  expect(store.getState().selectedId).toBeNull();
  expect(store.getState().filter.hiddenSpeakers.has("ann")).toBe(true);
});
