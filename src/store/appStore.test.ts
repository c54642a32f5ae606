import { expect, test } from "vitest";
import { sampleMap } from "../model/testing/testMaps";
import { createAppStore } from "./appStore";
import { selectDragged, selectMap } from "./selectors";
import { onViewCommand } from "./viewCommands";

test("each store is fresh", () => {
  const a = createAppStore(sampleMap());
  const b = createAppStore(sampleMap());
  a.getState().selectClaim("c1");
  expect(b.getState().selectedId).toBeNull();
});

test("selection keeps an id, refuses unknown ids, and centres only when asked", () => {
  const store = createAppStore(sampleMap());
  const centred: string[] = [];
  onViewCommand(store, (command) => centred.push(command.id));
  store.getState().selectClaim("c2");
  expect(store.getState().selectedId).toBe("c2");
  expect(store.getState().selectedIds).toEqual(new Set(["c2"]));
  expect(centred).toEqual([]);
  store.getState().selectClaim("c1", { centre: true });
  expect(centred).toEqual(["c1"]);
  store.getState().selectClaim("nope");
  expect(store.getState().selectedId).toBeNull();
  expect(store.getState().selectedIds.size).toBe(0);
});

test("several claims can be selected; the details show one of them", () => {
  const store = createAppStore(sampleMap());
  store.getState().setSelection(new Set(["c1", "c3", "ghost"]), "c3");
  expect(store.getState().selectedIds).toEqual(new Set(["c1", "c3"]));
  expect(store.getState().selectedId).toBe("c3");
});

test("moved claims stay until re-arrange, per direction, and each move is undoable", () => {
  const store = createAppStore(sampleMap());
  const dragged = () => selectDragged(store.getState());
  store.getState().moveClaims(new Map([["c1", { x: 5, y: 6 }]]));
  expect(dragged().get("c1")).toEqual({ x: 5, y: 6 });
  store.getState().undo();
  expect(dragged().size).toBe(0);
  store.getState().redo();
  expect(dragged().get("c1")).toEqual({ x: 5, y: 6 });
  // Another direction has places of its own; coming back finds these again.
  store.getState().setDirection("LR");
  expect(dragged().size).toBe(0);
  store.getState().setDirection("TB");
  expect(dragged().get("c1")).toEqual({ x: 5, y: 6 });
  // Re-arrange lets them go, and Undo brings them back.
  store.getState().rearrange();
  expect(dragged().size).toBe(0);
  expect(store.getState().layoutGeneration).toBe(1);
  store.getState().undo();
  expect(dragged().get("c1")).toEqual({ x: 5, y: 6 });
});

test("opening a map resets the view", () => {
  const store = createAppStore(sampleMap());
  store.getState().selectClaim("c1");
  store.getState().openMap({ ...sampleMap(), title: "Other" });
  expect(store.getState().selectedId).toBeNull();
  expect(selectMap(store.getState()).title).toBe("Other");
  // The map that was open is one Undo away, so opening the wrong file loses nothing.
  store.getState().undo();
  expect(selectMap(store.getState()).title).toBe("Sample");
  store.getState().redo();
  expect(selectMap(store.getState()).title).toBe("Other");
});

test("edits go through the history; undo and redo restore documents; view state follows", async () => {
  const { addClaim, deleteClaim } = await import("../model/core/edits");
  const store = createAppStore(sampleMap());
  expect(store.getState().edit((m) => addClaim(m, { id: "c9", text: "New" }))).toBe(true);
  expect(selectMap(store.getState()).claims).toHaveLength(4);
  store.getState().selectClaim("c9");
  store.getState().undo();
  expect(selectMap(store.getState()).claims).toHaveLength(3);
  expect(store.getState().selectedId).toBeNull();
  store.getState().redo();
  expect(selectMap(store.getState()).claims).toHaveLength(4);
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
  expect(selectMap(store.getState()).speakers.map((s) => s.id)).toContain("bo");
});

test("another tab's document replaces this one's with a fresh history, keeping the view", async () => {
  const { updateClaim } = await import("../model/core/edits");
  const store = createAppStore(sampleMap());
  store.getState().edit((m) => updateClaim(m, "c1", { text: "Mine" }));
  store.getState().selectClaim("c2");
  store.getState().setSpeakerHidden("ann", true);
  const theirs = { ...sampleMap(), claims: sampleMap().claims.filter((c) => c.id !== "c2") };
  store.getState().replaceDocument(theirs);
  expect(selectMap(store.getState())).toBe(theirs);
  expect(store.getState().history.past).toHaveLength(0);
  // The selection pointed at a claim that is gone; the filter still applies.
  expect(store.getState().selectedId).toBeNull();
  expect(store.getState().filter.hiddenSpeakers.has("ann")).toBe(true);
});
