// The shape of an AIF JSON file, checked: AIFdb's nodeset (`nodes`, `edges`, `locutions`) or
// OVA3's xAIF (`AIF` with those and `participants`, plus `OVA` layout and `text`). Reads
// plain JSON values only. Pure: no DOM, no store. Never throws.
import { formatPath, type PathSegment } from "../format/jsonPath";
import type { Problem } from "../core/types";

type Json = Record<string, unknown>;

export interface AifNode {
  nodeID: string;
  type: string;
  text: string;
  /** Where it sits in the file, for reports: `nodes[3]` or `AIF.nodes[3]`. */
  path: string;
  /** The node as written, every field kept. */
  raw: Json;
}

export interface AifEdge {
  fromID: string;
  toID: string;
  path: string;
  raw: Json;
}

export interface AifLocution {
  nodeID: string;
  /** `personID` as a string, whether the file wrote a number or a string. */
  personID?: string;
  path: string;
  raw: Json;
}

export interface AifParticipant {
  participantID: string;
  name: string;
  path: string;
  raw: Json;
}

/** An AIF document whose every node, edge, locution and participant is well-formed. */
export interface AifDocument {
  shape: "aifdb" | "xaif";
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: AifLocution[];
  participants: AifParticipant[];
  /** OVA's source text, as markup. */
  markup?: string;
  /** Everything else at the top (and in `AIF`), kept for the way back: `OVA` layout, schemefulfillments… */
  rest: Json;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function own(object: Json, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** An id written as a string or a finite number, as a string; else undefined. */
function idOf(value: unknown): string | undefined {
  if (typeof value === "string" && value !== "") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The nodes of a value that looks like AIF, without checking them: for detection. */
export function aifNodesOf(value: unknown): unknown[] | undefined {
  if (!isObject(value)) return undefined;
  const inner = own(value, "AIF");
  const body = isObject(inner) ? inner : value;
  const nodes = own(body, "nodes");
  return Array.isArray(nodes) ? nodes : undefined;
}

/** How sure we are that a parsed JSON value is AIF: 0 (no) to 1 (its nodes say so). */
export function aifScore(value: unknown): number {
  const nodes = aifNodesOf(value);
  if (!nodes) return 0;
  const body = isObject(value) && isObject(own(value, "AIF")) ? (value.AIF as Json) : value;
  if (!isObject(body) || !Array.isArray(own(body, "edges"))) return 0;
  if (nodes.length === 0) return 0.6;
  const sample = nodes.slice(0, 20);
  const typed = sample.filter(
    (n) => isObject(n) && own(n, "nodeID") !== undefined && typeof own(n, "type") === "string",
  );
  return typed.length === sample.length ? 0.95 : typed.length > 0 ? 0.7 : 0.3;
}

/**
 * Checks the structure of an AIF document and reads it, or lists every problem with its
 * path (`AIF.edges[3].toID: is missing`). Dangling references are not problems here: the
 * converter tolerates and reports them.
 */
export function readAifShape(
  value: unknown,
): { ok: true; doc: AifDocument } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (segments: PathSegment[], message: string) =>
    problems.push({ path: formatPath(segments), message });
  if (!isObject(value)) {
    return {
      ok: false,
      problems: [{ path: "(top level)", message: "should be an AIF object with nodes and edges" }],
    };
  }
  const inner = own(value, "AIF");
  const xaif = isObject(inner);
  const body: Json = xaif ? (inner as Json) : value;
  const base: PathSegment[] = xaif ? ["AIF"] : [];

  const list = (key: string, required: boolean): unknown[] => {
    const v = own(body, key);
    if (v === undefined || (v === null && !required)) {
      if (required) problem([...base, key], "is missing; an AIF file lists its nodes and edges");
      return [];
    }
    if (!Array.isArray(v)) {
      problem([...base, key], `should be a list, not ${v === null ? "null" : typeof v}`);
      return [];
    }
    return v;
  };

  const nodes: AifNode[] = [];
  list("nodes", true).forEach((raw, i) => {
    const at = [...base, "nodes", i];
    if (!isObject(raw)) return problem(at, "should be an object with nodeID, type and text");
    const nodeID = idOf(own(raw, "nodeID"));
    const type = own(raw, "type");
    const text = own(raw, "text");
    if (nodeID === undefined)
      problem([...at, "nodeID"], "is missing or empty; every node needs an id");
    if (typeof type !== "string")
      problem([...at, "type"], 'should be a node type such as "I", "RA" or "CA"');
    if (text !== undefined && text !== null && typeof text !== "string") {
      problem([...at, "text"], `should be text, not ${typeof text}`);
    }
    if (nodeID === undefined || typeof type !== "string") return;
    nodes.push({
      nodeID,
      type,
      text: typeof text === "string" ? text : "",
      path: formatPath(at),
      raw,
    });
  });

  const edges: AifEdge[] = [];
  list("edges", true).forEach((raw, i) => {
    const at = [...base, "edges", i];
    if (!isObject(raw)) return problem(at, "should be an object with fromID and toID");
    const fromID = idOf(own(raw, "fromID"));
    const toID = idOf(own(raw, "toID"));
    if (fromID === undefined)
      problem([...at, "fromID"], "is missing or empty; an edge goes from a node");
    if (toID === undefined) problem([...at, "toID"], "is missing or empty; an edge goes to a node");
    if (fromID === undefined || toID === undefined) return;
    edges.push({ fromID, toID, path: formatPath(at), raw });
  });

  const locutions: AifLocution[] = [];
  list("locutions", false).forEach((raw, i) => {
    const at = [...base, "locutions", i];
    if (!isObject(raw)) return problem(at, "should be an object with nodeID and personID");
    const nodeID = idOf(own(raw, "nodeID"));
    if (nodeID === undefined)
      return problem([...at, "nodeID"], "is missing or empty; a locution names its L-node");
    const personID = idOf(own(raw, "personID"));
    locutions.push({
      nodeID,
      ...(personID === undefined ? {} : { personID }),
      path: formatPath(at),
      raw,
    });
  });

  const participants: AifParticipant[] = [];
  list("participants", false).forEach((raw, i) => {
    const at = [...base, "participants", i];
    if (!isObject(raw))
      return problem(at, "should be an object with participantID, firstname and surname");
    const participantID = idOf(own(raw, "participantID"));
    if (participantID === undefined)
      return problem([...at, "participantID"], "is missing or empty");
    const first = own(raw, "firstname");
    const last = own(raw, "surname");
    const name = [first, last]
      .filter((s): s is string => typeof s === "string" && s.trim() !== "")
      .map((s) => s.trim())
      .join(" ");
    participants.push({ participantID, name, path: formatPath(at), raw });
  });

  if (problems.length > 0) return { ok: false, problems };
  const rest: Json = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === "AIF" || key === "text") continue;
    if (!xaif && ["nodes", "edges", "locutions", "participants"].includes(key)) continue;
    Object.defineProperty(rest, key, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (xaif) {
    const aifRest: Json = {};
    for (const [key, v] of Object.entries(body)) {
      if (["nodes", "edges", "locutions", "participants"].includes(key)) continue;
      Object.defineProperty(aifRest, key, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    if (Object.keys(aifRest).length > 0) rest.AIF = aifRest;
  }
  const text = own(value, "text");
  return {
    ok: true,
    doc: {
      shape: xaif ? "xaif" : "aifdb",
      nodes,
      edges,
      locutions,
      participants,
      ...(typeof text === "string" ? { markup: text } : {}),
      rest,
    },
  };
}
