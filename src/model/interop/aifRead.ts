// AIF → ArgumentMap. I-nodes become claims, RA nodes supports, CA nodes disputes, undercuts
// and attacks on attacks; speakers come from participants through locutions, or from the
// "Name : text" of L-nodes. What has no home (MA, YA, TA, L nodes, OVA's layout) stays in
// `ext.aif`. Pure: no DOM, no store. Never throws on a well-formed document.
import type { ArgumentMap, Claim, Link, LinkDispute, Speaker } from "../core/types";
import type { AifDocument, AifEdge, AifNode } from "./aifShape";
import { emptyMap, type Origins } from "./admitMap";
import { IdAllocator, slug } from "./idAllocator";
import { tally, WarningLog, type ImportReport, type ReportLine } from "./importReport";
import { LIMITS } from "../core/schema";
import { readMarkup } from "./sourceMarkup";

/** What an import may be given besides the file: the text it analyses, from a `.txt` opened with it. */
export interface AifReadOptions {
  sourceText?: string;
  sourceTitle?: string;
  /** The map's title when the file has none (AIF has none): usually from the file name. */
  title?: string;
}

type Json = Record<string, unknown>;

/** Node types whose meaning is known; others are kept and reported. */
const KNOWN_TYPES = new Set(["I", "L", "RA", "CA", "MA", "PA", "YA", "TA"]);

/** The analyst's own layer in OVA: "Analysing" illocutions, which no speaker performed. */
function isAnalysing(node: AifNode): boolean {
  return /^analys/i.test(node.text.trim()) || /^analys/i.test(String(node.raw.scheme ?? ""));
}

/** "CL : words" or "Participant Rachel: words" → name and words; undefined when there is no prefix. */
export function splitSpeakerPrefix(text: string): { name: string; words: string } | undefined {
  const match = /^\s*([^:\n]{1,80}?) ?: ([\s\S]*)$/.exec(text);
  if (!match) return undefined;
  const [, name, words] = match as unknown as [string, string, string];
  if (/[.!?]$/.test(name) || name.trim() === "" || name.split(/\s+/).length > 6) return undefined;
  return { name: name.trim(), words };
}

/** Words after the speaker's name: "Participant Rachel: A" → "A"; undefined if the name is not there. */
function withoutName(text: string, name: string): string | undefined {
  if (!text.startsWith(name)) return splitSpeakerPrefix(text)?.words;
  const separator = /^ ?: /.exec(text.slice(name.length));
  return separator ? text.slice(name.length + separator[0].length) : undefined;
}

/** The words as a quote: verbatim in the source, as written or trimmed; else undefined. */
function verbatim(words: string, source: string): string | undefined {
  for (const candidate of [words, words.trim()]) {
    if (
      candidate.trim() !== "" &&
      candidate.length <= LIMITS.longText &&
      source.includes(candidate)
    ) {
      return candidate;
    }
  }
  return undefined;
}

/** The node without its text and type: what is worth keeping about it besides. */
function nodeExtras(raw: Json): Json {
  // Rest properties define own keys (never calling a "__proto__" setter), and fast.
  const { text: _text, type: _type, ...extras } = raw;
  return extras;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The result of reading: a map not yet through the loader, its report and origins. */
export interface AifReading {
  map: ArgumentMap;
  report: ImportReport;
  origins: Origins;
}

/** Converts a checked AIF document into a map (before the loader sees it). */
export function readAif(doc: AifDocument, options: AifReadOptions = {}): AifReading {
  const warnings = new WarningLog();
  const map = emptyMap(options.title?.trim() || "AIF map");
  const claimOrigins: string[] = [];
  const linkOrigins: string[] = [];
  const disputeOrigins: string[] = [];

  // Nodes by id; the first of two with one id wins.
  const nodes = new Map<string, AifNode>();
  for (const node of doc.nodes) {
    if (nodes.has(node.nodeID)) {
      warnings.add(
        "duplicate-node",
        "node repeats an id (ignored)",
        "nodes repeat an id (ignored)",
        {
          path: `${node.path}.nodeID`,
          message: `"${node.nodeID}" is also the id of ${nodes.get(node.nodeID)?.path}`,
        },
      );
    } else nodes.set(node.nodeID, node);
  }
  const byType = new Map<string, AifNode[]>();
  for (const node of nodes.values())
    pushTo(byType, KNOWN_TYPES.has(node.type) ? node.type : "?", node);
  for (const node of byType.get("?") ?? []) {
    warnings.add(
      "unknown-type",
      "node of unknown type (kept in ext)",
      "nodes of unknown type (kept in ext)",
      {
        path: `${node.path}.type`,
        message: `"${node.type}" is not an AIF node type`,
      },
    );
  }

  // Edges: dangling ones and repeats are reported; the rest indexed both ways.
  const into = new Map<string, AifEdge[]>();
  const outOf = new Map<string, AifEdge[]>();
  const seenEdges = new Set<string>();
  const usableEdges: AifEdge[] = [];
  const keptEdges: Json[] = [];
  for (const edge of doc.edges) {
    const missing = [edge.fromID, edge.toID].filter((id) => !nodes.has(id));
    if (missing.length > 0) {
      warnings.add(
        "dangling-edge",
        "edge points at a missing node (kept in ext)",
        "edges point at missing nodes (kept in ext)",
        {
          path: edge.path,
          message: `there is no node "${missing[0]}"`,
        },
      );
      keptEdges.push(edge.raw);
      continue;
    }
    const key = JSON.stringify([edge.fromID, edge.toID]);
    if (seenEdges.has(key)) {
      warnings.add("duplicate-edge", "duplicate edge (ignored)", "duplicate edges (ignored)", {
        path: edge.path,
        message: `repeats an edge from "${edge.fromID}" to "${edge.toID}"`,
      });
      continue;
    }
    seenEdges.add(key);
    usableEdges.push(edge);
    pushTo(outOf, edge.fromID, edge);
    pushTo(into, edge.toID, edge);
  }
  const typeOf = (id: string) => nodes.get(id)?.type;
  const sources = (id: string) => (into.get(id) ?? []).map((e) => e.fromID);
  const targets = (id: string) => (outOf.get(id) ?? []).map((e) => e.toID);
  /** Edges that became supports, disputes or claims' speakers; the rest are kept. */
  const consumedEdges = new Set<AifEdge>();
  const consume = (from: string, to: string) => {
    for (const e of outOf.get(from) ?? []) if (e.toID === to) consumedEdges.add(e);
  };

  // Claims from I-nodes; their ids are the node ids where those are usable.
  const claimIds = new IdAllocator();
  const claimOf = new Map<string, Claim>();
  const iNodes = byType.get("I") ?? [];
  for (const node of iNodes) {
    const text = node.text.trim();
    if (text === "") {
      warnings.add("empty-i-node", "I-node without text", "I-nodes without text", {
        path: `${node.path}.text`,
        message: "is empty; the claim says so",
      });
    }
    const claim: Claim = {
      id: claimIds.allocate(node.nodeID, "claim"),
      text: text === "" ? `(I-node ${node.nodeID} has no text)` : text,
      ext: { aif: nodeExtras(node.raw) },
    };
    claimOf.set(node.nodeID, claim);
    map.claims.push(claim);
    claimOrigins.push(node.path);
  }

  for (const edge of usableEdges) {
    if (typeOf(edge.fromID) === "I" && typeOf(edge.toID) === "I") {
      warnings.add("i-to-i", "I → I edge (kept in ext)", "I → I edges (kept in ext)", {
        path: edge.path,
        message: `goes from I-node "${edge.fromID}" straight to I-node "${edge.toID}", with no RA or CA between`,
      });
    }
    if (typeOf(edge.fromID) === "MA" && typeOf(edge.toID) === "MA") {
      warnings.add("ma-chain", "MA → MA edge (kept in ext)", "MA → MA edges (kept in ext)", {
        path: edge.path,
        message: `chains MA "${edge.fromID}" to MA "${edge.toID}"`,
      });
    }
  }

  // Supports from RA nodes: each premise to each conclusion; premises of one RA are linked.
  const linkIds = new IdAllocator();
  const pairs = new Map<string, string>();
  const inferenceOf = new Map<string, string>();
  let supports = 0;
  const raNodes = byType.get("RA") ?? [];
  const keptSNodes = new Set<AifNode>();
  for (const ra of raNodes) {
    const premises = sources(ra.nodeID).filter((id) => typeOf(id) === "I");
    const conclusions = targets(ra.nodeID).filter((id) => typeOf(id) === "I");
    if (conclusions.length === 0 || premises.length === 0) {
      warnings.add(
        conclusions.length === 0 ? "ra-no-conclusion" : "ra-no-premise",
        conclusions.length === 0
          ? "RA without a conclusion (kept in ext)"
          : "RA without premises (kept in ext)",
        conclusions.length === 0
          ? "RA without a conclusion (kept in ext)"
          : "RA without premises (kept in ext)",
        {
          path: ra.path,
          message:
            conclusions.length === 0 ? "has no I-node to conclude" : "has no I-node as premise",
        },
      );
      keptSNodes.add(ra);
      continue;
    }
    if (conclusions.length > 1) {
      warnings.add(
        "ra-conclusions",
        "RA with two or more conclusions (a support to each)",
        "RA with two or more conclusions (a support to each)",
        {
          path: ra.path,
          message: `concludes ${conclusions.length} I-nodes: ${conclusions.map((c) => `"${c}"`).join(", ")}`,
        },
      );
    }
    conclusions.forEach((conclusion, k) => {
      const group =
        premises.length >= 2 ? (k === 0 ? ra.nodeID : `${ra.nodeID}#${k + 1}`) : undefined;
      for (const premise of premises) {
        const from = claimOf.get(premise)?.id as string;
        const to = claimOf.get(conclusion)?.id as string;
        consume(premise, ra.nodeID);
        consume(ra.nodeID, conclusion);
        if (from === to) {
          warnings.add(
            "self-support",
            "RA from an I-node to itself (ignored)",
            "RA from an I-node to itself (ignored)",
            {
              path: ra.path,
              message: `has "${premise}" as premise and conclusion`,
            },
          );
          continue;
        }
        const pair = JSON.stringify([from, to]);
        const earlier = pairs.get(pair);
        if (earlier !== undefined) {
          warnings.add(
            "repeated-link",
            "relation repeated by another S-node (merged)",
            "relations repeated by other S-nodes (merged)",
            {
              path: ra.path,
              message: `links "${premise}" to "${conclusion}" again`,
            },
          );
          if (!inferenceOf.has(ra.nodeID)) inferenceOf.set(ra.nodeID, earlier);
          continue;
        }
        const link: Link = {
          id: linkIds.allocate(`${ra.nodeID}:${from}`, "support"),
          from,
          to,
          type: "support",
          ...(group === undefined ? {} : { group }),
          ext: { aif: { ...nodeExtras(ra.raw), text: ra.text } },
        };
        pairs.set(pair, link.id);
        if (!inferenceOf.has(ra.nodeID)) inferenceOf.set(ra.nodeID, link.id);
        map.links.push(link);
        linkOrigins.push(ra.path);
        supports++;
      }
    });
  }

  // Conflicts from CA nodes: on an I-node a dispute, on an RA an undercut, on a CA an attack
  // on that attack. A CA on a CA needs that CA's link first, hence the resolution on demand.
  const caNodes = byType.get("CA") ?? [];
  const caLinks = new Map<string, string | null>();
  const resolving = new Set<string>();
  let disputes = 0;
  let undercuts = 0;
  let counterAttacks = 0;
  const disputePairs = new Set<string>();
  const resolveCa = (ca: AifNode): string | null => {
    const done = caLinks.get(ca.nodeID);
    if (done !== undefined) return done;
    if (resolving.has(ca.nodeID)) {
      warnings.add(
        "ca-cycle",
        "CA in a circle of attacks on attacks (kept in ext)",
        "CA in circles of attacks on attacks (kept in ext)",
        {
          path: ca.path,
          message: "attacks an attack that leads back to itself",
        },
      );
      return null;
    }
    resolving.add(ca.nodeID);
    const attackers = sources(ca.nodeID).filter((id) => typeOf(id) === "I");
    const aims = targets(ca.nodeID).filter((id) => ["I", "RA", "CA"].includes(typeOf(id) ?? ""));
    let first: string | null = null;
    if (attackers.length === 0 || aims.length === 0) {
      warnings.add(
        attackers.length === 0 ? "ca-no-attacker" : "ca-no-target",
        attackers.length === 0
          ? "CA without an attacking I-node (kept in ext)"
          : "CA without a target (kept in ext)",
        attackers.length === 0
          ? "CA without an attacking I-node (kept in ext)"
          : "CA without a target (kept in ext)",
        {
          path: ca.path,
          message:
            attackers.length === 0
              ? "no I-node attacks through it"
              : "attacks no I-, RA or CA node",
        },
      );
    }
    for (const aim of aims) {
      const aimNode = nodes.get(aim) as AifNode;
      let toLink: string | null = null;
      if (aimNode.type === "RA") {
        toLink = inferenceOf.get(aim) ?? null;
        if (toLink === null) {
          warnings.add(
            "undercut-nothing",
            "CA on an RA that became no support (kept in ext)",
            "CA on RA nodes that became no support (kept in ext)",
            {
              path: ca.path,
              message: `attacks RA "${aim}", which has no premise or conclusion`,
            },
          );
          continue;
        }
      } else if (aimNode.type === "CA") {
        toLink = resolveCa(aimNode);
        if (toLink === null) continue;
      }
      for (const attacker of attackers) {
        const from = claimOf.get(attacker)?.id as string;
        consume(attacker, ca.nodeID);
        consume(ca.nodeID, aim);
        if (toLink === null) {
          const to = claimOf.get(aim)?.id as string;
          const pair = JSON.stringify([from, to]);
          if (from === to) {
            warnings.add(
              "self-attack",
              "CA from an I-node to itself (ignored)",
              "CA from an I-node to itself (ignored)",
              {
                path: ca.path,
                message: `has "${attacker}" attacking itself`,
              },
            );
            continue;
          }
          const earlier = pairs.get(pair);
          if (earlier !== undefined) {
            warnings.add(
              "repeated-link",
              "relation repeated by another S-node (merged)",
              "relations repeated by other S-nodes (merged)",
              {
                path: ca.path,
                message: `links "${attacker}" to "${aim}" again`,
              },
            );
            first ??= earlier;
            continue;
          }
          const link: Link = {
            id: linkIds.allocate(`${ca.nodeID}:${from}`, "dispute"),
            from,
            to,
            type: "dispute",
            ext: { aif: { ...nodeExtras(ca.raw), text: ca.text } },
          };
          pairs.set(pair, link.id);
          map.links.push(link);
          linkOrigins.push(ca.path);
          disputes++;
          first ??= link.id;
        } else {
          const pair = JSON.stringify([from, toLink]);
          if (disputePairs.has(pair)) continue;
          disputePairs.add(pair);
          const dispute: LinkDispute = {
            id: linkIds.allocate(`${ca.nodeID}:${from}`, "dispute"),
            from,
            toLink,
            type: "dispute",
            ext: { aif: { ...nodeExtras(ca.raw), text: ca.text } },
          };
          map.linkDisputes.push(dispute);
          disputeOrigins.push(ca.path);
          if (aimNode.type === "RA") undercuts++;
          else counterAttacks++;
          first ??= dispute.id;
        }
      }
    }
    resolving.delete(ca.nodeID);
    caLinks.set(ca.nodeID, first);
    if (first === null) keptSNodes.add(ca);
    return first;
  };
  for (const ca of caNodes) resolveCa(ca);

  // Speakers: who asserted which I-node, through L → YA → I.
  const participants = new Map(doc.participants.map((p) => [p.participantID, p]));
  /** The person of each L-node with a locution; `null` for a locution that names no one. */
  const locutionOf = new Map<string, string | null>();
  for (const locution of doc.locutions) {
    if (!nodes.has(locution.nodeID)) {
      warnings.add(
        "dangling-locution",
        "locution points at a missing node (ignored)",
        "locutions point at missing nodes (ignored)",
        {
          path: `${locution.path}.nodeID`,
          message: `there is no node "${locution.nodeID}"`,
        },
      );
      continue;
    }
    if (!locutionOf.has(locution.nodeID) || locutionOf.get(locution.nodeID) === null) {
      locutionOf.set(locution.nodeID, locution.personID ?? null);
    }
  }
  const speakerIds = new IdAllocator();
  const speakerByKey = new Map<string, Speaker>();
  const speakerFor = (key: string, name: string, ext: Json): Speaker => {
    let speaker = speakerByKey.get(key);
    if (!speaker) {
      speaker = {
        id: speakerIds.allocate(slug(name, "speaker")),
        name: name.slice(0, 500),
        ext: { aif: ext },
      };
      speakerByKey.set(key, speaker);
      map.speakers.push(speaker);
    }
    return speaker;
  };
  const read =
    options.sourceText === undefined && doc.markup !== undefined
      ? readMarkup(doc.markup)
      : undefined;
  const sourceText = options.sourceText ?? read?.text;
  const spans = read?.spans ?? new Map<string, { start: number; end: number }>();
  const hasSource = sourceText !== undefined && sourceText.trim() !== "";
  const source = hasSource ? sourceText : "";
  if (hasSource) {
    map.sources.push({
      id: "source",
      title: (
        options.sourceTitle?.trim() ||
        (options.sourceText === undefined ? "OVA text" : "Source text")
      ).slice(0, 500),
      text: sourceText,
    });
  }
  let quotes = 0;
  let wordsKept = 0;
  const asserted = new Set<string>();
  for (const l of byType.get("L") ?? []) {
    for (const ya of targets(l.nodeID)) {
      const yaNode = nodes.get(ya) as AifNode;
      if (yaNode.type !== "YA" || isAnalysing(yaNode)) continue;
      for (const iId of targets(ya).filter((id) => typeOf(id) === "I")) {
        const claim = claimOf.get(iId) as Claim;
        const aifExt = claim.ext?.aif as Json;
        if (asserted.has(iId)) {
          warnings.add(
            "asserted-twice",
            "I-node anchored in two or more L-nodes (first kept)",
            "I-nodes anchored in two or more L-nodes (first kept)",
            {
              path: l.path,
              message: `also anchors I-node "${iId}"`,
            },
          );
          continue;
        }
        asserted.add(iId);
        aifExt.locution = l.nodeID;
        aifExt.illocution = yaNode.text;
        const personID = locutionOf.get(l.nodeID);
        const participant = typeof personID === "string" ? participants.get(personID) : undefined;
        let words = l.text;
        if (participant) {
          const name = participant.name || `Participant ${participant.participantID}`;
          words = withoutName(l.text, name) ?? l.text;
          claim.speaker = speakerFor(`p:${participant.participantID}`, name, {
            participantID: participant.raw.participantID,
          }).id;
        } else if (typeof personID === "string") {
          const prefix = splitSpeakerPrefix(l.text);
          if (prefix) words = prefix.words;
          claim.speaker = speakerFor(`p:${personID}`, prefix?.name ?? `Person ${personID}`, {
            personID,
          }).id;
        } else if (personID === undefined) {
          // No locution at all (AIFdb often has none): the name is in the text, if anywhere.
          const prefix = splitSpeakerPrefix(l.text);
          if (prefix) {
            words = prefix.words;
            claim.speaker = speakerFor(`n:${prefix.name}`, prefix.name, {}).id;
          }
        }
        // OVA's highlight says where the words are: no search needed when it agrees.
        const span = spans.get(l.nodeID);
        const spanned =
          span !== undefined && words !== "" && source.startsWith(words, span.start)
            ? words
            : undefined;
        const found = spanned ?? (hasSource ? verbatim(words, source) : undefined);
        if (found !== undefined) {
          claim.quote = {
            source: "source",
            text: found,
            ...(spanned !== undefined && span !== undefined ? { at: span.start } : {}),
          };
          quotes++;
        } else if (words.trim() !== "") {
          aifExt.words = words;
          wordsKept++;
        }
      }
    }
  }
  // Microtexts and the like have no L-nodes: the I-node's own words may be the quote.
  if (hasSource) {
    for (const [iId, claim] of claimOf) {
      if (asserted.has(iId) || claim.quote) continue;
      if (claim.text.length <= LIMITS.longText && source.includes(claim.text)) {
        claim.quote = { source: "source", text: claim.text };
        quotes++;
      }
    }
  }
  // Everything that became nothing is kept, with the edges that are not implied by the map.
  const convertedTypes = new Set(["I"]);
  const keptNodes: Json[] = [];
  const keptCounts = new Map<string, number>();
  for (const node of nodes.values()) {
    if (convertedTypes.has(node.type)) continue;
    if ((node.type === "RA" || node.type === "CA") && !keptSNodes.has(node)) continue;
    keptNodes.push(node.raw);
    const label = KNOWN_TYPES.has(node.type) ? node.type : "unknown";
    keptCounts.set(label, (keptCounts.get(label) ?? 0) + 1);
  }
  // An edge between an I-node and a converted RA or CA is implied by the links; others stay.
  for (const edge of usableEdges) if (!consumedEdges.has(edge)) keptEdges.push(edge.raw);
  const aifExt: Json = { shape: doc.shape, nodes: keptNodes, edges: keptEdges };
  if (doc.locutions.length > 0) aifExt.locutions = doc.locutions.map((l) => l.raw);
  if (doc.participants.length > 0) aifExt.participants = doc.participants.map((p) => p.raw);
  if (Object.keys(doc.rest).length > 0) aifExt.rest = doc.rest;
  map.ext = { aif: aifExt };

  // The report, in the order a reader thinks of the file.
  const lines: ReportLine[] = [
    {
      kind: "became",
      from: tally(iNodes.length, "I-node"),
      to: [tally(map.claims.length, "claim")],
    },
  ];
  if (raNodes.length > 0) {
    lines.push({
      kind: "became",
      from: tally(raNodes.length, "RA", "RA"),
      to: [tally(supports, "support")],
    });
  }
  if (caNodes.length > 0) {
    lines.push({
      kind: "became",
      from: tally(caNodes.length, "CA", "CA"),
      to: [
        tally(disputes, "dispute"),
        tally(undercuts, "undercut"),
        tally(counterAttacks, "attack on an attack", "attacks on attacks"),
      ],
    });
  }
  const lCount = byType.get("L")?.length ?? 0;
  if (doc.locutions.length > 0 || lCount > 0) {
    lines.push({
      kind: "became",
      from:
        doc.locutions.length > 0
          ? tally(doc.locutions.length, "locution")
          : tally(lCount, "L-node"),
      to: [tally(map.speakers.length, "speaker")],
    });
  }
  if (quotes > 0)
    lines.push({
      kind: "kept",
      what: [tally(quotes, "quote")],
      where: "found verbatim in the source text",
    });
  if (wordsKept > 0) {
    lines.push({
      kind: "kept",
      what: [tally(wordsKept, "locution text", "locution texts")],
      where: hasSource
        ? "not verbatim in the source text, kept in ext"
        : "kept in ext (no source text)",
    });
  }
  const keptOrder = ["MA", "YA", "TA", "L", "PA", "RA", "CA", "unknown"];
  const kept = keptOrder
    .filter((t) => keptCounts.has(t))
    .map((t) =>
      tally(
        keptCounts.get(t) as number,
        t === "unknown" ? "node of unknown type" : t,
        t === "unknown" ? "nodes of unknown type" : t,
      ),
    );
  if (kept.length > 0) lines.push({ kind: "kept", what: kept, where: "kept in ext" });

  return {
    map,
    report: { format: "aif", lines, warnings: warnings.list() },
    origins: { claims: claimOrigins, links: [...linkOrigins, ...disputeOrigins] },
  };
}
