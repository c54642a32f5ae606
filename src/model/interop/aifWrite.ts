// ArgumentMap → xAIF, the JSON that OVA3 opens: I-nodes for claims, an RA ("Default
// Inference") per support or per group of linked premises, a CA ("Default Conflict") per
// dispute, CA → RA for undercuts and CA → CA for attacks on attacks, and for each claim
// with a speaker or a quote an L-node, a YA "Asserting", a locution and a participant.
// Pure: no DOM, no store.
import type { ArgumentMap, Claim, Link, LinkDispute, Speaker } from "../core/types";
import { highlightedMarkup } from "./sourceMarkup";
import type { ExportOutcome } from "./exportOutcome";
import { countLost } from "./exportOutcome";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** What an import from AIF kept in `map.ext.aif`, read defensively (the user may have edited it). */
function keptAif(map: ArgumentMap): {
  nodes: Json[];
  edges: Json[];
  locutions: Json[];
  participants: Json[];
  rest: Json;
} {
  const aif = isObject(map.ext?.aif) ? (map.ext.aif as Json) : {};
  const objects = (v: unknown) => (Array.isArray(v) ? v.filter(isObject) : []);
  return {
    nodes: objects(aif.nodes),
    edges: objects(aif.edges),
    locutions: objects(aif.locutions),
    participants: objects(aif.participants),
    rest: isObject(aif.rest) ? aif.rest : {},
  };
}

function aifExtOf(item: { ext?: Record<string, unknown> }): Json {
  return isObject(item.ext?.aif) ? (item.ext.aif as Json) : {};
}

/** Node fields to carry over from an import (scheme, timestamp…), never the ones we set. */
function extrasOf(ext: Json): Json {
  const out: Json = {};
  for (const key of ["scheme", "schemeID", "timestamp"]) {
    if (typeof ext[key] === "string" || typeof ext[key] === "number") out[key] = ext[key];
  }
  return out;
}

/** Splits a name for OVA's participant fields; `firstname + " " + surname` gives it back. */
function splitName(name: string): { firstname: string; surname: string } {
  const trimmed = name.trim();
  const space = trimmed.search(/\s/);
  return space === -1
    ? { firstname: trimmed, surname: "" }
    : { firstname: trimmed.slice(0, space), surname: trimmed.slice(space).trim() };
}

/**
 * Writes the map as xAIF. Node ids are kept from an AIF import (`ext.aif.nodeID`) or taken
 * from claim ids, so that the way back finds the same claims; what AIF cannot hold is listed
 * in `lost`.
 */
export function writeAif(map: ArgumentMap): ExportOutcome {
  const kept = keptAif(map);
  const taken = new Set<string>();
  for (const node of kept.nodes) if (node.nodeID !== undefined) taken.add(String(node.nodeID));
  let counter = 1;
  const fresh = (): string => {
    while (taken.has(String(counter))) counter++;
    const id = String(counter++);
    taken.add(id);
    return id;
  };
  const claim = (wish: unknown): string | undefined => {
    if ((typeof wish === "string" && wish !== "") || typeof wish === "number") {
      const id = String(wish);
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
    return undefined;
  };

  const nodes: Json[] = [];
  const edges: Json[] = [];
  const keptEdgeIds = new Set(kept.edges.map((e) => String(e.edgeID)));
  let edgeCounter = 1;
  const edge = (fromID: string, toID: string) => {
    while (keptEdgeIds.has(String(edgeCounter))) edgeCounter++;
    edges.push({ edgeID: edgeCounter++, fromID, toID });
  };

  // I-nodes.
  const nodeOfClaim = new Map<string, string>();
  for (const c of map.claims) {
    const ext = aifExtOf(c);
    const id = claim(ext.nodeID) ?? claim(c.id) ?? fresh();
    nodeOfClaim.set(c.id, id);
    nodes.push({ nodeID: id, text: c.text, type: "I", ...extrasOf(ext) });
  }

  // S-nodes: one RA per group of linked premises (or per lone support), one CA per dispute.
  const sNodeOfLink = new Map<string, string>();
  const raOfGroup = new Map<string, string>();
  const pending: [string, string][] = [];
  for (const link of map.links) {
    const ext = aifExtOf(link);
    if (link.type === "support") {
      const key = link.group === undefined ? undefined : JSON.stringify([link.group, link.to]);
      let ra = key === undefined ? undefined : raOfGroup.get(key);
      if (ra === undefined) {
        ra = claim(ext.nodeID) ?? fresh();
        if (key !== undefined) raOfGroup.set(key, ra);
        const text =
          typeof ext.text === "string" && ext.text !== "" ? ext.text : "Default Inference";
        nodes.push({ nodeID: ra, text, type: "RA", ...extrasOf(ext) });
        pending.push([ra, nodeOfClaim.get(link.to) as string]);
      }
      sNodeOfLink.set(link.id, ra);
      pending.push([nodeOfClaim.get(link.from) as string, ra]);
    } else {
      const ca = claim(ext.nodeID) ?? fresh();
      const text = typeof ext.text === "string" && ext.text !== "" ? ext.text : "Default Conflict";
      nodes.push({ nodeID: ca, text, type: "CA", ...extrasOf(ext) });
      sNodeOfLink.set(link.id, ca);
      pending.push(
        [nodeOfClaim.get(link.from) as string, ca],
        [ca, nodeOfClaim.get(link.to) as string],
      );
    }
  }
  const disputes: LinkDispute[] = map.linkDisputes;
  for (const dispute of disputes) {
    const ext = aifExtOf(dispute);
    const ca = claim(ext.nodeID) ?? fresh();
    const text = typeof ext.text === "string" && ext.text !== "" ? ext.text : "Default Conflict";
    nodes.push({ nodeID: ca, text, type: "CA", ...extrasOf(ext) });
    sNodeOfLink.set(dispute.id, ca);
  }
  for (const dispute of disputes) {
    const ca = sNodeOfLink.get(dispute.id) as string;
    const target = sNodeOfLink.get(dispute.toLink);
    pending.push([nodeOfClaim.get(dispute.from) as string, ca]);
    if (target !== undefined) pending.push([ca, target]);
  }
  for (const [from, to] of pending) edge(from, to);

  // Speakers and quotes: L-node "Name : words", YA "Asserting", a locution, a participant.
  const firstSource = map.sources[0];
  const keptNodeIds = new Set(kept.nodes.map((n) => String(n.nodeID)));
  const participantOf = new Map<string, number>();
  const participants: Json[] = [...kept.participants];
  let participantCounter = 1;
  const takenParticipants = new Set(kept.participants.map((p) => String(p.participantID)));
  const speakers = new Map(map.speakers.map((s) => [s.id, s]));
  const participantFor = (speaker: Speaker): number => {
    let id = participantOf.get(speaker.id);
    if (id !== undefined) return id;
    const earlier = aifExtOf(speaker).participantID;
    const match = kept.participants.find(
      (p) => earlier !== undefined && String(p.participantID) === String(earlier),
    );
    if (match && typeof match.participantID === "number") id = match.participantID;
    else {
      while (takenParticipants.has(String(participantCounter))) participantCounter++;
      id = participantCounter++;
      takenParticipants.add(String(id));
      participants.push({ participantID: id, ...splitName(speaker.name) });
    }
    participantOf.set(speaker.id, id);
    return id;
  };
  const locutions: Json[] = [...kept.locutions];
  const spans: { start: number; end: number; nodeID: string }[] = [];
  const speaking = (c: Claim) =>
    c.speaker !== undefined || (c.quote !== undefined && c.quote.source === firstSource?.id);
  for (const c of map.claims) {
    const ext = aifExtOf(c);
    // An L-node kept from an import still anchors this claim: do not say it twice.
    if (typeof ext.locution === "string" && keptNodeIds.has(ext.locution)) continue;
    if (!speaking(c)) continue;
    const speaker = c.speaker === undefined ? undefined : speakers.get(c.speaker);
    const quoted = c.quote !== undefined && c.quote.source === firstSource?.id;
    const words = quoted ? (c.quote?.text as string) : c.text;
    const l = fresh();
    const ya = fresh();
    nodes.push(
      { nodeID: l, text: speaker ? `${speaker.name} : ${words}` : words, type: "L" },
      { nodeID: ya, text: "Asserting", type: "YA" },
    );
    edge(l, ya);
    edge(ya, nodeOfClaim.get(c.id) as string);
    locutions.push(speaker ? { nodeID: l, personID: participantFor(speaker) } : { nodeID: l });
    if (quoted && firstSource?.text !== undefined && c.quote) {
      const start = c.quote.at ?? firstSource.text.indexOf(c.quote.text);
      if (start >= 0) spans.push({ start, end: start + c.quote.text.length, nodeID: l });
    }
  }

  // What an import kept (YA, TA, MA, L… and their edges) goes back where it was.
  const present = new Set(nodes.map((n) => String(n.nodeID)));
  for (const node of kept.nodes) present.add(String(node.nodeID));
  let droppedEdges = 0;
  const keptEdges = kept.edges.filter((e) => {
    const ok = present.has(String(e.fromID)) && present.has(String(e.toID));
    if (!ok) droppedEdges++;
    return ok;
  });
  const allNodes = [...nodes, ...kept.nodes];
  const allEdges = [...edges, ...keptEdges];

  const restAif = isObject(kept.rest.AIF) ? (kept.rest.AIF as Json) : {};
  const ova = isObject(kept.rest.OVA) ? (kept.rest.OVA as Json) : undefined;
  const ovaNodes = new Map(
    (Array.isArray(ova?.nodes) ? (ova.nodes as unknown[]) : [])
      .filter(isObject)
      .map((n) => [String(n.nodeID), n] as const),
  );
  const layout = allNodes.map((n, i) => {
    const id = String(n.nodeID);
    return (
      ovaNodes.get(id) ?? {
        nodeID: id,
        visible: true,
        x: 100 + (i % 8) * 250,
        y: 100 + Math.floor(i / 8) * 150,
        timestamp: "",
      }
    );
  });
  const { AIF: _aif, OVA: _ova, ...restTop } = kept.rest;
  const document: Json = {
    ...restTop,
    AIF: {
      ...restAif,
      nodes: allNodes,
      edges: allEdges,
      schemefulfillments: Array.isArray(restAif.schemefulfillments)
        ? restAif.schemefulfillments
        : [],
      descriptorfulfillments: Array.isArray(restAif.descriptorfulfillments)
        ? restAif.descriptorfulfillments
        : [],
      participants,
      locutions,
    },
    text: firstSource?.text === undefined ? "" : highlightedMarkup(firstSource.text, spans),
    OVA: {
      firstname: typeof ova?.firstname === "string" ? ova.firstname : "",
      surname: typeof ova?.surname === "string" ? ova.surname : "",
      url: typeof ova?.url === "string" ? ova.url : "",
      nodes: layout,
      edges: allEdges.map((e) => ({ fromID: e.fromID, toID: e.toID, visible: true })),
    },
  };

  const lost = [
    "the map's title (AIF has none)",
    ...(map.description === undefined ? [] : ["the map's description"]),
  ];
  lost.push(
    ...countLost([
      [
        map.claims.filter((c) => (c.topics?.length ?? 0) > 0).length,
        "claim's topics",
        "claims' topics",
      ],
      [map.claims.filter((c) => c.note !== undefined).length, "claim note", "claim notes"],
      [
        [...map.links, ...map.linkDisputes].filter((l: Link | LinkDispute) => l.note !== undefined)
          .length,
        "link note",
        "link notes",
      ],
      [
        map.claims.filter((c) => c.quote !== undefined && c.quote.source !== firstSource?.id)
          .length,
        "quote from a source other than the first",
        "quotes from sources other than the first",
      ],
      [Math.max(0, map.sources.length - 1), "source after the first", "sources after the first"],
      [
        firstSource?.publisher !== undefined ||
        firstSource?.date !== undefined ||
        firstSource?.url !== undefined
          ? 1
          : 0,
        "publisher, date or url of the source",
        "publisher, date or url of the source",
      ],
      [
        map.speakers.filter(
          (s) => s.role !== undefined || s.affiliation !== undefined || s.url !== undefined,
        ).length,
        "speaker's role, affiliation or url",
        "speakers' roles, affiliations or urls",
      ],
      [
        map.speakers.filter((s) => !map.claims.some((c) => c.speaker === s.id)).length,
        "speaker with no claim",
        "speakers with no claim",
      ],
      [map.topics.length, "topic", "topics"],
      [droppedEdges, "kept AIF edge whose node is gone", "kept AIF edges whose nodes are gone"],
    ]),
  );
  return { text: `${JSON.stringify(document, null, 2)}\n`, lost };
}
