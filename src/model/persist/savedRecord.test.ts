import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideWrite, makeRecord, mapTextOf, pendingVerdict, readSaved } from "./savedRecord";
import { sampleMap } from "../testing/testMaps";

const text = mapTextOf(sampleMap());
const record = (fields: Partial<Parameters<typeof makeRecord>[0]> = {}) =>
  makeRecord({
    revision: 3,
    savedAt: "2026-11-29T08:00:00.000Z",
    tab: "t1",
    mapText: text,
    view: "sel=c1",
    positions: [["c1", 10, 20]],
    ...fields,
  });

describe("readSaved", () => {
  it("reads back what was written, through the one loader", () => {
    const read = readSaved(record());
    expect(read.kind).toBe("ok");
    if (read.kind !== "ok") return;
    expect(read.map).toEqual(sampleMap());
    expect(read.record.revision).toBe(3);
    expect(read.record.positions).toEqual([["c1", 10, 20]]);
  });

  it("treats nothing stored as empty", () => {
    expect(readSaved(undefined)).toEqual({ kind: "empty" });
    expect(readSaved(null)).toEqual({ kind: "empty" });
  });

  it("says why a record is unreadable", () => {
    const reason = (raw: unknown) => {
      const read = readSaved(raw);
      return read.kind === "unreadable" ? read.reason : `read as ${read.kind}`;
    };
    expect(reason("garbage")).toMatch(/not a saved map/);
    expect(reason({ ...record(), format: 2 })).toMatch(/newer version of this app \(format 2/);
    expect(reason({ ...record(), revision: "3" })).toMatch(/revision/);
    expect(reason({ ...record(), mapText: 42 })).toMatch(/no map text/);
    expect(reason({ ...record(), positions: [["c1", "x", 0]] })).toMatch(/positions/);
    expect(reason({ ...record(), mapText: "{ not json" })).toMatch(/^its map is not valid: /);
    expect(
      reason({ ...record(), mapText: text.replace('"speaker": "ann"', '"speaker": "ghost"') }),
    ).toMatch(/claims\[\d+\]\.speaker/);
  });

  it("never throws, whatever is stored", () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const read = readSaved(raw);
        expect(["empty", "ok", "unreadable"]).toContain(read.kind);
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.integer(), (mapText, revision) => {
        readSaved({ ...record(), mapText, revision });
      }),
    );
  });
});

describe("decideWrite", () => {
  it("writes over the revision this tab last saw", () => {
    expect(decideWrite(record({ revision: 3 }), { revision: 3, mapText: text })).toEqual({
      kind: "write",
      revision: 4,
    });
  });

  it("writes when nothing is stored", () => {
    expect(decideWrite(undefined, { revision: 0, mapText: null })).toEqual({
      kind: "write",
      revision: 1,
    });
  });

  it("refuses to write over a different document saved by another tab", () => {
    const theirs = record({ revision: 5, mapText: text.replace("Sample", "Theirs") });
    expect(decideWrite(theirs, { revision: 3, mapText: text })).toEqual({
      kind: "conflict",
      revision: 5,
    });
  });

  it("lets a tab write when another tab changed only the view", () => {
    expect(
      decideWrite(record({ revision: 5, view: "lens=s1" }), { revision: 3, mapText: text }),
    ).toEqual({ kind: "write", revision: 6 });
  });

  it("never writes over a record it cannot read", () => {
    expect(decideWrite({ ...record(), format: 9 }, { revision: 3, mapText: text }).kind).toBe(
      "unreadable",
    );
    expect(decideWrite("junk", { revision: 0, mapText: null }).kind).toBe("unreadable");
  });
});

describe("pendingVerdict", () => {
  const stored = (revision: number, mapText = text) => readSaved(record({ revision, mapText }));
  const pending = (revision: number, mapText = text.replace("Sample", "Pending")) =>
    record({ revision, mapText });

  it("adopts a closing tab's copy that was built on the stored one", () => {
    expect(pendingVerdict(stored(3), pending(4))).toBe("adopt");
    expect(pendingVerdict({ kind: "empty" }, pending(1))).toBe("adopt");
  });

  it("drops a copy whose write did finish", () => {
    const same = pending(4);
    expect(pendingVerdict(stored(4, same.mapText), same)).toBe("already-saved");
  });

  it("calls a copy stale when another tab saved since, and does not adopt it", () => {
    expect(pendingVerdict(stored(6), pending(4))).toBe("stale");
    expect(pendingVerdict({ kind: "empty" }, pending(5))).toBe("stale");
  });
});
