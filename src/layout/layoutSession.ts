// The map's automatic layout, kept outside React and keyed on what it depends on, region by
// region. No DOM, no React, no store: it follows a source of inputs. It follows the store: an edit that changes no geometry lays out nothing; an edit
// that changes one card lays out that card's region again while the old positions stay on
// screen; a new claim is put beside what it relates to without moving any other card.
// Only a new map, "Re-arrange" or a change of direction lays the whole map out afresh.
import { nearestFreeSpot } from "./freeSpot";
import type { LayoutDirection } from "./layoutTypes";
import type { LayoutJob, LayoutReply } from "./layoutWorkerProtocol";
import { packRegions, pushApart, type LaidRegion } from "./packedRegions";
import { SPACING } from "./dotLayout";
import {
  cardContentKey,
  regionChange,
  regionInputsOf,
  type CardInput,
  type RegionInput,
} from "./regionInputs";
import type { ArgumentMap, ClaimId } from "../model/core/types";
import type { Box, XY } from "../model/geometry/geometry";
import { frameAround } from "../model/geometry/regionFrame";
import { REGION } from "../model/geometry/tokens";

const REGION_PADDING = REGION.padding;

export interface Size {
  width: number;
  height: number;
}

export interface LayoutSnapshot {
  /** `pending` until the first layout of a map is ready; `error` if it could not be made. */
  status: "pending" | "ready" | "error";
  /** Where each claim sits by the automatic layout (the user's drags are applied later). */
  positions: ReadonlyMap<ClaimId, XY>;
  sizes: ReadonlyMap<ClaimId, Size>;
  /** Goes up when a fresh whole-map layout is ready: the only time the view may fit itself. */
  fitRequest: number;
  /** Goes up when regions were laid out again, so that the canvas can ease cards over. */
  settle: number;
  /** Regions being laid out again; their cards keep their old places meanwhile. */
  refreshing: boolean;
  message?: string;
}

/** What the layout follows: the map, the direction, and how often a fresh layout was asked for. */
export interface LayoutInputs {
  map: ArgumentMap;
  direction: LayoutDirection;
  epoch: number;
}

/** Where the inputs come from (the app's store). */
export interface LayoutSource {
  get(): LayoutInputs;
  subscribe(listener: () => void): () => void;
}

export interface LayoutSessionOptions {
  source: LayoutSource;
  /** Lays regions out (in the worker, in the app). */
  request: (job: Omit<LayoutJob, "requestId">) => Promise<LayoutReply>;
  /** A card's size, measured on this thread, for a card placed without a layout. */
  measureCard: (card: CardInput) => Size;
  /** Width over height of the screen the map is shown on; a fresh layout aims for it. */
  aspect: () => number;
  /** Where a new claim with nothing to stand beside should go: the middle of the view. */
  placementHint?: () => XY | undefined;
  /** Told how long a whole-map layout took in the layout engine (sizing cards included). */
  onFreshLayout?: (milliseconds: number) => void;
  /**
   * A region's layout known without laying it out (shipped with the app): asked first, and
   * when every region of a map is known, its first layout is ready at once, in the same task.
   */
  known?: (region: RegionInput) => LaidRegion | undefined;
}

export interface LayoutSession {
  getSnapshot(): LayoutSnapshot;
  subscribe(listener: () => void): () => void;
  /** Heights measured on screen that the estimate fell short of: their regions are redone. */
  reportHeights(heights: ReadonlyMap<ClaimId, number>): void;
  setPlacementHint(hint: (() => XY | undefined) | undefined): void;
  /** How many region layouts were asked for so far (for tests). */
  requests(): number;
  stop(): void;
}

interface RegionState {
  input: RegionInput;
  laid: LaidRegion;
  /** Where the frame's top-left corner sits on the map. */
  origin: XY;
  /** Cards put beside the others without a layout, and their sizes. */
  placed: Map<ClaimId, XY>;
  placedSizes: Map<ClaimId, Size>;
  /** Waiting to be laid out again: its cards keep their old places meanwhile. */
  stale: boolean;
}

interface Laid {
  map: ArgumentMap;
  direction: LayoutDirection;
  epoch: number;
  regions: Map<string, RegionState>;
}

const EMPTY: LayoutSnapshot = {
  status: "pending",
  positions: new Map(),
  sizes: new Map(),
  fitRequest: 0,
  settle: 0,
  refreshing: false,
};

function positionsOf(region: RegionState): [ClaimId, XY][] {
  return region.input.cards.map((card) => {
    const placed = region.placed.get(card.id);
    if (placed) return [card.id, placed];
    const p = region.laid.positions[card.id];
    return [card.id, p ? { x: region.origin.x + p.x, y: region.origin.y + p.y } : region.origin];
  });
}

function sizeOf(region: RegionState, id: ClaimId): Size | undefined {
  return region.placedSizes.get(id) ?? region.laid.sizes[id];
}

/** The frame around a region's cards as they stand (or only those given), label band included. */
function frameOf(region: RegionState, only?: (id: ClaimId) => boolean): Box {
  const boxes: Box[] = [];
  for (const [id, p] of positionsOf(region)) {
    const size = sizeOf(region, id);
    if (size && (!only || only(id))) boxes.push({ ...p, ...size });
  }
  return frameAround(boxes) ?? { ...region.origin, width: 0, height: 0 };
}

/** A region with no cards yet, for a topic that appears. */
function emptyRegion(input: RegionInput): RegionState {
  return {
    input: { ...input, cards: [], edges: [], key: JSON.stringify([input.direction, [], []]) },
    laid: { id: input.id, key: "", sizes: {}, positions: {}, width: 0, height: 0 },
    origin: { x: 0, y: 0 },
    placed: new Map(),
    placedSizes: new Map(),
    stale: false,
  };
}

/** Whether two maps have a claim in common: if not, the second is another map. */
function sharesClaims(a: ArgumentMap, b: ArgumentMap): boolean {
  if (a.claims.length === 0 || b.claims.length === 0) return false;
  const ids = new Set(a.claims.map((c) => c.id));
  return b.claims.some((c) => ids.has(c.id));
}

export function createLayoutSession(options: LayoutSessionOptions): LayoutSession {
  const { source, request, measureCard } = options;
  let placementHint = options.placementHint;
  let snapshot: LayoutSnapshot = EMPTY;
  let laid: Laid | null = null;
  // A whole-map layout on its way: edits meanwhile start another (cached parts are free).
  let freshPending = false;
  let sequence = 0;
  let requested = 0;
  const listeners = new Set<() => void>();
  // Heights measured on screen, by what was measured (a card's words and topics).
  let measured = new Map<string, number>();
  // Region layouts by everything they depend on: undo and redo find theirs here.
  const cache = new Map<string, Promise<LaidRegion>>();
  // The same, once they are ready: what can be used without waiting.
  const ready = new Map<string, LaidRegion>();
  const remember = (key: string, laid: Promise<LaidRegion>) => {
    if (cache.size >= 500) {
      const oldest = cache.keys().next().value as string;
      cache.delete(oldest);
      ready.delete(oldest);
    }
    cache.set(key, laid);
  };
  /** Every region's layout, if all are ready or known now; else undefined. */
  const readyNow = (regions: readonly RegionInput[]): LaidRegion[] | undefined => {
    const out: LaidRegion[] = [];
    let all = true;
    for (const region of regions) {
      let laid = ready.get(region.key);
      if (!laid && !cache.has(region.key)) {
        laid = options.known?.(region);
        if (laid) {
          ready.set(region.key, laid);
          remember(region.key, Promise.resolve(laid));
        }
      }
      if (laid) out.push(laid);
      else all = false;
    }
    return all ? out : undefined;
  };

  const publish = (next: LayoutSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };

  // How long the engine itself took for the last request (from its reply).
  let lastEngineMs: number | undefined;
  const layOut = (regions: RegionInput[]): Promise<LaidRegion[]> => {
    readyNow(regions);
    const missing = regions.filter((r) => !cache.has(r.key));
    lastEngineMs = missing.length === 0 ? 0 : undefined;
    if (missing.length > 0) {
      requested += missing.length;
      const reply = request({ regions: missing });
      void reply.then((r) => {
        if (r.ok) lastEngineMs = r.milliseconds;
      });
      missing.forEach((region, i) => {
        const one = reply.then((r) => {
          if (!r.ok) throw new Error(r.message);
          ready.set(region.key, r.regions[i]!);
          return r.regions[i]!;
        });
        // A failed layout is not remembered: the next edit tries again.
        one.catch(() => cache.delete(region.key));
        remember(region.key, one);
      });
    }
    return Promise.all(regions.map((r) => cache.get(r.key)!));
  };

  const snapshotOf = (state: Laid, extra: Partial<LayoutSnapshot> = {}): LayoutSnapshot => {
    const positions = new Map<ClaimId, XY>();
    const sizes = new Map<ClaimId, Size>();
    for (const region of state.regions.values()) {
      for (const [id, p] of positionsOf(region)) {
        const size = sizeOf(region, id);
        if (!size) continue;
        positions.set(id, p);
        sizes.set(id, size);
      }
    }
    return {
      status: "ready",
      positions,
      sizes,
      fitRequest: snapshot.fitRequest,
      settle: snapshot.settle,
      refreshing: false,
      ...extra,
    };
  };

  const fail = (error: unknown) =>
    publish({
      ...snapshot,
      status: snapshot.positions.size > 0 ? snapshot.status : "error",
      refreshing: false,
      message: error instanceof Error ? error.message : String(error),
    });

  /** Packs freshly laid-out regions into the screen's shape, and shows them. */
  const showFresh = (
    map: ArgumentMap,
    direction: LayoutDirection,
    epoch: number,
    inputs: readonly RegionInput[],
    regions: readonly LaidRegion[],
  ) => {
    const origins = packRegions(regions, options.aspect());
    laid = {
      map,
      direction,
      epoch,
      regions: new Map(
        inputs.map((input, i) => [
          input.id,
          {
            input,
            laid: regions[i]!,
            origin: origins.get(input.id)!,
            placed: new Map(),
            placedSizes: new Map(),
            stale: false,
          },
        ]),
      ),
    };
    publish(snapshotOf(laid, { fitRequest: snapshot.fitRequest + 1 }));
  };

  /** Lays the whole map out afresh and packs its regions into the screen's shape. */
  const fresh = async (map: ArgumentMap, direction: LayoutDirection, epoch: number) => {
    const mine = ++sequence;
    const inputs = regionInputsOf(map, direction, measured);
    const known = readyNow(inputs);
    if (known) {
      // Every region known or laid out before: shown now, without a pending state.
      freshPending = false;
      options.onFreshLayout?.(0);
      showFresh(map, direction, epoch, inputs, known);
      return;
    }
    freshPending = true;
    publish(
      laid !== null && sharesClaims(laid.map, map)
        ? { ...snapshot, refreshing: true }
        : { ...EMPTY, fitRequest: snapshot.fitRequest, settle: snapshot.settle },
    );
    try {
      const started = performance.now();
      const regions = await layOut(inputs);
      if (mine !== sequence) return;
      freshPending = false;
      options.onFreshLayout?.(lastEngineMs ?? performance.now() - started);
      showFresh(map, direction, epoch, inputs, regions);
    } catch (error) {
      if (mine === sequence) {
        freshPending = false;
        fail(error);
      }
    }
  };

  /** Puts a card beside what it relates to, or where the user is looking, on a free spot. */
  const place = (
    map: ArgumentMap,
    direction: LayoutDirection,
    card: CardInput,
    region: RegionState,
    all: Map<string, RegionState>,
  ): void => {
    const size = measureCard(card);
    const boxes: Box[] = [];
    const where = new Map<ClaimId, Box>();
    for (const r of all.values())
      for (const [id, p] of positionsOf(r)) {
        const s = sizeOf(r, id);
        if (!s || id === card.id) continue;
        const box = { ...p, ...s };
        boxes.push(box);
        where.set(id, box);
      }
    let at: XY | undefined;
    // Beside a claim it supports or disputes (its reasons sit below it, or to its left),
    // or beside one of its reasons.
    for (const link of map.links) {
      const other = link.from === card.id ? link.to : link.to === card.id ? link.from : undefined;
      const box = other === undefined ? undefined : where.get(other);
      if (!box) continue;
      const isReason = link.from === card.id;
      at =
        direction === "TB"
          ? {
              x: box.x,
              y: isReason ? box.y + box.height + SPACING.rank : box.y - size.height - SPACING.rank,
            }
          : {
              x: isReason ? box.x - size.width - SPACING.rank : box.x + box.width + SPACING.rank,
              y: box.y,
            };
      break;
    }
    if (!at && region.input.id !== "" && region.input.cards.length > 1) {
      // Below the other claims of its topic.
      const frame = frameOf(region, (id) => id !== card.id && where.has(id));
      if (frame.width > 0) at = { x: frame.x + REGION_PADDING.side, y: frame.y + frame.height };
    }
    at ??= placementHint?.();
    if (!at) {
      const right = boxes.reduce((m, b) => Math.max(m, b.x + b.width), 0);
      at = { x: right + SPACING.rank * 2, y: 0 };
    }
    region.placed.set(card.id, nearestFreeSpot({ ...at, ...size }, boxes, SPACING.node));
    region.placedSizes.set(card.id, size);
  };

  /** Follows an edit: keeps what did not change, places new cards, redoes changed regions. */
  const follow = async (map: ArgumentMap) => {
    const before = laid!;
    const mine = ++sequence;
    const inputs = regionInputsOf(map, before.direction, measured);
    const regions = new Map<string, RegionState>();
    const redo: RegionInput[] = [];
    const toPlace: [CardInput, RegionState][] = [];
    for (const input of inputs) {
      // A region that is new starts empty: new cards without links among them are placed.
      const old = before.regions.get(input.id) ?? emptyRegion(input);
      const change = old.stale ? ({ kind: "changed" } as const) : regionChange(old.input, input);
      if (change.kind !== "changed") {
        const members = new Set(input.cards.map((c) => c.id));
        const next: RegionState = {
          ...old,
          input,
          placed: new Map([...old.placed].filter(([id]) => members.has(id))),
          placedSizes: new Map(old.placedSizes),
        };
        regions.set(input.id, next);
        if (change.kind === "grown")
          for (const id of change.added)
            toPlace.push([input.cards.find((c) => c.id === id)!, next]);
        continue;
      }
      redo.push(input);
      // Until its new layout comes, the region's cards stay where they were; a card that
      // was elsewhere (another region) stays there, and a new one is placed.
      const state: RegionState = {
        ...old,
        input,
        placed: new Map(old.placed),
        placedSizes: new Map(old.placedSizes),
        stale: true,
      };
      regions.set(input.id, state);
      for (const card of input.cards) {
        if (state.laid.positions[card.id] || state.placed.has(card.id)) continue;
        const elsewhere = snapshot.positions.get(card.id);
        const size = snapshot.sizes.get(card.id);
        if (elsewhere && size) {
          state.placed.set(card.id, elsewhere);
          state.placedSizes.set(card.id, size);
        } else toPlace.push([card, state]);
      }
    }
    for (const [card, region] of toPlace) place(map, before.direction, card, region, regions);
    laid = { ...before, map, regions };
    publish(snapshotOf(laid, { refreshing: redo.length > 0 }));
    if (redo.length === 0) return;
    try {
      const results = await layOut(redo);
      if (mine !== sequence) return;
      const current = laid;
      const changed = new Set<string>();
      results.forEach((result, i) => {
        const input = redo[i]!;
        const state = current.regions.get(input.id)!;
        // A region laid out again keeps its place: its frame's top-left corner stays where
        // the frame of its remaining laid-out cards was. A new region starts where its first
        // card already stands.
        const kept = (id: ClaimId) => state.laid.positions[id] !== undefined;
        const frame = frameOf(state, kept);
        const first = state.placed.get(input.cards[0]!.id);
        const origin =
          frame.width > 0
            ? { x: frame.x, y: frame.y }
            : first
              ? { x: first.x - REGION_PADDING.side, y: first.y - REGION_PADDING.top }
              : state.origin;
        current.regions.set(input.id, {
          input,
          laid: result,
          origin,
          placed: new Map(),
          placedSizes: new Map(),
          stale: false,
        });
        changed.add(input.id);
      });
      // Regions that now overlap one that grew slide down out of its way.
      const frames = new Map([...current.regions].map(([id, r]) => [id, frameOf(r)]));
      for (const [id, dy] of pushApart(frames, changed)) {
        const r = current.regions.get(id)!;
        current.regions.set(id, {
          ...r,
          origin: { x: r.origin.x, y: r.origin.y + dy },
          placed: new Map([...r.placed].map(([c, p]) => [c, { x: p.x, y: p.y + dy }])),
        });
      }
      publish(snapshotOf(current, { settle: snapshot.settle + 1 }));
    } catch (error) {
      if (mine === sequence) fail(error);
    }
  };

  const update = () => {
    const { map, direction, epoch } = source.get();
    if (
      !laid ||
      freshPending ||
      laid.direction !== direction ||
      laid.epoch !== epoch ||
      !sharesClaims(laid.map, map)
    ) {
      // A first layout, another map, a change of direction, or "Re-arrange": start afresh.
      void fresh(map, direction, epoch);
      return;
    }
    if (laid.map !== map) void follow(map);
  };

  let last = source.get();
  const unsubscribe = source.subscribe(() => {
    const next = source.get();
    if (next.map === last.map && next.direction === last.direction && next.epoch === last.epoch)
      return;
    last = next;
    update();
  });
  update();

  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reportHeights: (heights) => {
      if (!laid || freshPending) return;
      const contents = new Map(
        [...laid.regions.values()].flatMap((r) => r.input.cards.map((c) => [c.id, c] as const)),
      );
      let grew = false;
      const next = new Map(measured);
      for (const [id, height] of heights) {
        const card = contents.get(id);
        if (!card) continue;
        const key = cardContentKey(card);
        if ((next.get(key) ?? 0) >= height) continue;
        next.set(key, height);
        grew = true;
      }
      if (!grew) return;
      measured = next;
      void follow(laid.map);
    },
    setPlacementHint: (hint) => {
      placementHint = hint;
    },
    requests: () => requested,
    stop: () => {
      unsubscribe();
      listeners.clear();
    },
  };
}
