import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  addClaim,
  addLink,
  addSource,
  addSpeaker,
  addTopic,
  deleteClaim,
  deleteLink,
  deleteSource,
  deleteSpeaker,
  deleteTopic,
  freshId,
  linksOfClaim,
  renameSpeaker,
  setMapDetails,
  updateClaim,
  updateLink,
  updateSourceDetails,
  type EditResult,
} from "./edits";
import { commit, HISTORY_LIMIT, redo, startHistory, undo, type History } from "./history";
import { loadMap } from "../format/loadMap";
import { serializeMap } from "../format/serializeMap";
import { sampleMap } from "../testing/testMaps";
import type { ArgumentMap } from "./types";

const valid = (map: ArgumentMap) => loadMap(JSON.parse(serializeMap(map))).ok;

describe("edits keep the document valid, or refuse with a reason", () => {
  test("claims", () => {
    const map = sampleMap();
    const added = addClaim(map, { id: "c9", text: "New", speaker: "ann", topics: ["t2"] });
    expect(added.ok && valid(added.map)).toBe(true);
    expect(addClaim(map, { id: "c1", text: "Again" })).toEqual({
      ok: false,
      message: 'There is already a claim "c1".',
    });
    expect(addClaim(map, { id: "x", text: "  " })).toMatchObject({ ok: false });
    expect(addClaim(map, { id: "x", text: "T", speaker: "ghost" })).toEqual({
      ok: false,
      message: 'There is no speaker "ghost".',
    });
    expect(updateClaim(map, "c1", { quote: { source: "src", text: "not there" } })).toMatchObject({
      ok: false,
    });
    const edited = updateClaim(map, "c1", { text: "Changed", note: "n", topics: [] });
    expect(edited.ok && edited.map.claims[0]).toEqual({
      id: "c1",
      text: "Changed",
      speaker: "ann",
      quote: map.claims[0]!.quote,
      note: "n",
    });
    const unspoken = updateClaim(map, "c1", { speaker: undefined });
    expect(unspoken.ok && "speaker" in unspoken.map.claims[0]!).toBe(false);
    // Its two links, and the claim disputing one of them (which has nothing left to dispute).
    expect(linksOfClaim(map, "c1")).toBe(3);
    const deleted = deleteClaim(map, "c1");
    expect(deleted.ok && deleted.map.links).toEqual([]);
    expect(deleted.ok && deleted.map.linkDisputes).toEqual([]);
    const unlinked = deleteLink(map, "l1");
    expect(unlinked.ok && unlinked.map.linkDisputes).toEqual([]);
    expect(unlinked.ok && valid(unlinked.map)).toBe(true);
  });

  test("links", () => {
    const map = sampleMap();
    expect(addLink(map, { from: "c1", to: "c1", type: "support" })).toMatchObject({ ok: false });
    expect(addLink(map, { from: "c2", to: "c1", type: "support" })).toEqual({
      ok: false,
      message: "These two claims are already linked.",
    });
    expect(addLink(map, { from: "c1", to: "zz", type: "support" })).toMatchObject({ ok: false });
    const added = addLink(map, { from: "c1", to: "c3", type: "dispute" });
    expect(added.ok && added.map.links.at(-1)).toEqual({
      id: "l2",
      from: "c1",
      to: "c3",
      type: "dispute",
    });
    const changed = updateLink(map, "l1", { type: "support", note: undefined });
    expect(changed.ok && changed.map.links[0]).toEqual({
      id: "l1",
      from: "c2",
      to: "c1",
      type: "support",
    });
    expect(deleteLink(map, "nope")).toMatchObject({ ok: false });
  });

  test("speakers and topics in use", () => {
    const map = sampleMap();
    const unassigned = deleteSpeaker(map, "ann", "unassign");
    expect(unassigned.ok && unassigned.map.claims[0]!.speaker).toBeUndefined();
    const reassigned = deleteSpeaker(map, "ann", { reassign: "bo" });
    expect(reassigned.ok && reassigned.map.claims[0]!.speaker).toBe("bo");
    expect(deleteSpeaker(map, "ann", { reassign: "ann" })).toMatchObject({ ok: false });
    const purged = deleteSpeaker(map, "ann", "delete-claims");
    expect(purged.ok && purged.map.claims.map((c) => c.id)).toEqual(["c2", "c3"]);
    const untagged = deleteTopic(map, "t1", "untag");
    expect(untagged.ok && untagged.map.claims.map((c) => c.topics)).toEqual([
      undefined,
      ["t2"],
      undefined,
    ]);
    for (const r of [unassigned, reassigned, purged, untagged])
      expect(r.ok && valid(r.map)).toBe(true);
    expect(renameSpeaker(map, "ann", "")).toMatchObject({ ok: false });
    expect(freshId("c", (id) => ["c1", "c2"].includes(id))).toBe("c3");
  });
});

describe("history", () => {
  test("undo and redo step back and forth; a new edit clears redo", () => {
    let h: History<number> = startHistory(0);
    h = commit(h, 1);
    h = commit(h, 2);
    h = undo(h);
    expect(h.present).toBe(1);
    h = redo(h);
    expect(h.present).toBe(2);
    h = undo(undo(h));
    expect(h.present).toBe(0);
    expect(undo(h)).toBe(h);
    h = commit(h, 5);
    expect(h.future).toEqual([]);
  });

  test("the history is bounded", () => {
    let h: History<number> = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 50; i++) h = commit(h, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
  });
});

type Command =
  | { kind: "addClaim"; speaker: number; text: string }
  | { kind: "editClaim"; pick: number; text: string }
  | { kind: "deleteClaim"; pick: number }
  | { kind: "link"; from: number; to: number; type: "support" | "dispute" }
  | { kind: "retype"; pick: number }
  | { kind: "unlink"; pick: number }
  | { kind: "addSpeaker"; name: string }
  | { kind: "dropSpeaker"; pick: number }
  | { kind: "addTopic"; label: string }
  | { kind: "dropTopic"; pick: number }
  | { kind: "undo" }
  | { kind: "redo" };

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== "");
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant("addClaim" as const), speaker: fc.nat(), text }),
  fc.record({ kind: fc.constant("editClaim" as const), pick: fc.nat(), text }),
  fc.record({ kind: fc.constant("deleteClaim" as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant("link" as const),
    from: fc.nat(),
    to: fc.nat(),
    type: fc.constantFrom("support" as const, "dispute" as const),
  }),
  fc.record({ kind: fc.constant("retype" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("unlink" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("addSpeaker" as const), name: text }),
  fc.record({ kind: fc.constant("dropSpeaker" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("addTopic" as const), label: text }),
  fc.record({ kind: fc.constant("dropTopic" as const), pick: fc.nat() }),
  fc.constant({ kind: "undo" as const }),
  fc.constant({ kind: "redo" as const }),
);

/** The reference: a deliberately naive model of the same document, as plain lists. */
interface Reference {
  claims: { id: string; text: string; speaker?: string }[];
  links: { id: string; from: string; to: string; type: string }[];
  speakers: string[];
  topics: string[];
  /** Names in use, folded: a new speaker or topic must not repeat one. */
  speakerNames: string[];
  topicLabels: string[];
}

/** Names that differ only in case, accents or spacing are the same name. */
const fold = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

const toReference = (map: ArgumentMap): Reference => ({
  claims: map.claims.map((c) => ({
    id: c.id,
    text: c.text,
    ...(c.speaker ? { speaker: c.speaker } : {}),
  })),
  links: map.links.map((l) => ({ id: l.id, from: l.from, to: l.to, type: l.type })),
  speakers: map.speakers.map((s) => s.id),
  topics: map.topics.map((t) => t.id),
  speakerNames: map.speakers.map((s) => fold(s.name)),
  topicLabels: map.topics.map((t) => fold(t.label)),
});

test("random sequences of edits, undo and redo match a reference model, and stay valid", () => {
  fc.assert(
    fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
      let history = startHistory(sampleMap());
      // The reference keeps its own undo stacks of plain snapshots.
      let refPast: Reference[] = [];
      let ref = toReference(history.present);
      let refFuture: Reference[] = [];
      /**
       * Applies an edit. The reference decides whether it must be accepted: an edit the
       * reference accepts must go through, and one it refuses must be refused.
       */
      const apply = (
        result: EditResult,
        expected: (r: Reference) => Reference,
        accepted = true,
      ) => {
        expect(result.ok, result.ok ? "accepted" : result.message).toBe(accepted);
        if (!result.ok) return;
        history = commit(history, result.map);
        refPast = [...refPast, ref];
        ref = expected(ref);
        refFuture = [];
      };
      for (const c of commands) {
        const map = history.present;
        const claimAt = (n: number) => map.claims[n % Math.max(1, map.claims.length)];
        switch (c.kind) {
          case "addClaim": {
            const speaker = map.speakers[c.speaker % Math.max(1, map.speakers.length)]?.id;
            const id = freshId("n", (x) => map.claims.some((k) => k.id === x));
            apply(addClaim(map, { id, text: c.text, ...(speaker ? { speaker } : {}) }), (r) => ({
              ...r,
              claims: [...r.claims, { id, text: c.text, ...(speaker ? { speaker } : {}) }],
            }));
            break;
          }
          case "editClaim": {
            const claim = claimAt(c.pick);
            if (!claim) break;
            apply(updateClaim(map, claim.id, { text: c.text }), (r) => ({
              ...r,
              claims: r.claims.map((k) => (k.id === claim.id ? { ...k, text: c.text } : k)),
            }));
            break;
          }
          case "deleteClaim": {
            const claim = claimAt(c.pick);
            if (!claim) break;
            apply(deleteClaim(map, claim.id), (r) => ({
              ...r,
              claims: r.claims.filter((k) => k.id !== claim.id),
              links: r.links.filter((l) => l.from !== claim.id && l.to !== claim.id),
            }));
            break;
          }
          case "link": {
            const from = claimAt(c.from);
            const to = claimAt(c.to);
            if (!from || !to) break;
            const result = addLink(map, { from: from.id, to: to.id, type: c.type });
            const refOk =
              from.id !== to.id && !ref.links.some((l) => l.from === from.id && l.to === to.id);
            const id = result.ok ? result.map.links.at(-1)!.id : "";
            apply(
              result,
              (r) => ({
                ...r,
                links: [...r.links, { id, from: from.id, to: to.id, type: c.type }],
              }),
              refOk,
            );
            break;
          }
          case "retype": {
            const link = map.links[c.pick % Math.max(1, map.links.length)];
            if (!link) break;
            const type = link.type === "support" ? "dispute" : "support";
            apply(updateLink(map, link.id, { type }), (r) => ({
              ...r,
              links: r.links.map((l) => (l.id === link.id ? { ...l, type } : l)),
            }));
            break;
          }
          case "unlink": {
            const link = map.links[c.pick % Math.max(1, map.links.length)];
            if (!link) break;
            apply(deleteLink(map, link.id), (r) => ({
              ...r,
              links: r.links.filter((l) => l.id !== link.id),
            }));
            break;
          }
          case "addSpeaker": {
            const id = freshId("s", (x) => map.speakers.some((s) => s.id === x));
            apply(
              addSpeaker(map, { id, name: c.name }),
              (r) => ({
                ...r,
                speakers: [...r.speakers, id],
                speakerNames: [...r.speakerNames, fold(c.name)],
              }),
              !ref.speakerNames.includes(fold(c.name)),
            );
            break;
          }
          case "dropSpeaker": {
            const speaker = map.speakers[c.pick % Math.max(1, map.speakers.length)];
            if (!speaker) break;
            apply(deleteSpeaker(map, speaker.id, "unassign"), (r) => ({
              ...r,
              speakers: r.speakers.filter((s) => s !== speaker.id),
              speakerNames: r.speakerNames.filter((n) => n !== fold(speaker.name)),
              claims: r.claims.map((k) =>
                k.speaker === speaker.id ? { id: k.id, text: k.text } : k,
              ),
            }));
            break;
          }
          case "addTopic": {
            const id = freshId("t", (x) => map.topics.some((t) => t.id === x));
            apply(
              addTopic(map, { id, label: c.label }),
              (r) => ({
                ...r,
                topics: [...r.topics, id],
                topicLabels: [...r.topicLabels, fold(c.label)],
              }),
              !ref.topicLabels.includes(fold(c.label)),
            );
            break;
          }
          case "dropTopic": {
            const topic = map.topics[c.pick % Math.max(1, map.topics.length)];
            if (!topic) break;
            apply(deleteTopic(map, topic.id, "untag"), (r) => ({
              ...r,
              topics: r.topics.filter((t) => t !== topic.id),
              topicLabels: r.topicLabels.filter((l) => l !== fold(topic.label)),
            }));
            break;
          }
          case "undo":
            if (refPast.length > 0) {
              refFuture = [ref, ...refFuture];
              ref = refPast[refPast.length - 1]!;
              refPast = refPast.slice(0, -1);
            }
            history = undo(history);
            break;
          case "redo":
            if (refFuture.length > 0) {
              refPast = [...refPast, ref];
              ref = refFuture[0]!;
              refFuture = refFuture.slice(1);
            }
            history = redo(history);
            break;
        }
        expect(valid(history.present)).toBe(true);
        expect(toReference(history.present)).toEqual(ref);
      }
    }),
    { numRuns: 150 },
  );
});

describe("sources and the map's details", () => {
  test("a source is added with its details, its address checked, its text within the limit", () => {
    const map = sampleMap();
    const added = addSource(map, {
      id: "s2",
      title: " Second ",
      publisher: "",
      url: "https://example.org/a",
      text: "Some words.",
    });
    expect(added.ok && added.map.sources.at(-1)).toEqual({
      id: "s2",
      title: "Second",
      url: "https://example.org/a",
      text: "Some words.",
    });
    expect(added.ok && valid(added.map)).toBe(true);
    expect(addSource(map, { id: "s3", title: "T", url: "javascript:alert(1)" })).toEqual({
      ok: false,
      message: "The address must be a web address (http:// or https://) or a mailto: address.",
    });
    expect(addSource(map, { id: "s3", title: "T", text: "   " })).toMatchObject({ ok: false });
    expect(addSource(map, { id: "src", title: "Again" })).toMatchObject({ ok: false });
    expect(addSource(map, { id: "s4", title: " " })).toMatchObject({ ok: false });
    // A long text is a source's point: only the details have the short limit.
    const article = "A sentence of an article. ".repeat(400);
    expect(addSource(map, { id: "s5", title: "Long", text: article })).toMatchObject({ ok: true });
    expect(addSource(map, { id: "s6", title: "x".repeat(501) })).toMatchObject({ ok: false });
  });

  test("a source's details change without touching its text", () => {
    const map = sampleMap();
    const changed = updateSourceDetails(map, "src", { title: "Renamed", date: "2005" });
    expect(changed.ok && changed.map.sources[0]).toEqual({
      id: "src",
      title: "Renamed",
      date: "2005",
      text: map.sources[0]!.text,
    });
  });

  test("deleting a source asks what its claims become: without a quote, or gone", () => {
    const map = sampleMap();
    const dropped = deleteSource(map, "src", "drop-quotes");
    expect(dropped.ok && dropped.map.claims.map((c) => c.quote)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(dropped.ok && valid(dropped.map)).toBe(true);
    const gone = deleteSource(map, "src", "delete-claims");
    expect(gone.ok && gone.map.claims.map((c) => c.id)).toEqual(["c3"]);
    expect(gone.ok && valid(gone.map)).toBe(true);
  });

  test("the map's title and description", () => {
    const map = sampleMap();
    const set = setMapDetails(map, { title: " New title ", description: "" });
    expect(set.ok && [set.map.title, set.map.description]).toEqual(["New title", undefined]);
    expect(setMapDetails(map, { title: "  " })).toEqual({
      ok: false,
      message: "A map needs a title.",
    });
  });
});
