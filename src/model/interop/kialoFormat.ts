// Kialo's plain-text export: "Discussion Title: T", then numbered entries ("1.2. Con: …")
// whose parent is their number minus the last part; "-> See 1.3." links to an entry already
// there. Pure: no DOM, no store. Never throws.
import type { ArgumentMap, Claim, Link } from "../core/types";
import { admitMap, emptyMap } from "./admitMap";
import { countLost, type ExportOutcome } from "./exportOutcome";
import { IdAllocator } from "./idAllocator";
import { tally, WarningLog, type ReportLine } from "./importReport";
import { titleFromFileName, type MapFormat } from "./mapFormat";

const ENTRY = /^((?:\d+\.)+)\s*(?:(Pro|Con):\s*)?(.*)$/;
const SEE = /^->\s*See\s+((?:\d+\.)+)\s*$/i;
const ELSEWHERE = /^->\s*See\s+(?:discussion|https?:\/\/)|https?:\/\/\S*kialo\.com/i;

/** Kialo escapes Markdown: `\*`, `\_`, `\-`, `\.`… are the characters themselves. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, "$1");
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]#|~<>]/g, (c) => `\\${c}`);
}

/** How sure we are that the text is a Kialo export. */
export function kialoScore(text: string, json: unknown): number {
  if (json !== undefined) return 0;
  const head = text.slice(0, 100_000).replace(/^\uFEFF/, "");
  if (/^\s*Discussion Title:/.test(head)) return 1;
  const entries = head.match(/^(?:\d+\.){2,}\s+(?:Pro|Con):/gm)?.length ?? 0;
  return entries >= 2 && /^1\.\s+\S/m.test(head) ? 0.7 : 0;
}

interface Entry {
  number: string;
  stance?: "Pro" | "Con";
  lines: string[];
  line: number;
}

/** Reads Kialo's text into a map (before the loader sees it). */
export function readKialo(text: string, fallbackTitle: string) {
  const warnings = new WarningLog();
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  let title = fallbackTitle;
  const entries: Entry[] = [];
  let pendingBlank = 0;
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    const heading = /^\s*Discussion Title:\s*(.*)$/.exec(line);
    if (heading && entries.length === 0) {
      title = unescapeMarkdown(heading[1] ?? "").trim() || fallbackTitle;
      return;
    }
    if (line.trim() === "") {
      pendingBlank++;
      return;
    }
    const entry = ENTRY.exec(line);
    if (entry) {
      const [, number, stance, words] = entry as unknown as [
        string,
        string,
        "Pro" | "Con" | undefined,
        string,
      ];
      entries.push({ number, ...(stance ? { stance } : {}), lines: [words], line: i + 1 });
    } else if (entries.length > 0) {
      const last = entries[entries.length - 1] as Entry;
      for (; pendingBlank > 0; pendingBlank--) last.lines.push("");
      last.lines.push(line);
    } else {
      warnings.add(
        "stray-line",
        "line before the first entry (ignored)",
        "lines before the first entry (ignored)",
        {
          path: `line ${i + 1}`,
          message: "is neither the title nor a numbered entry",
        },
      );
    }
    pendingBlank = 0;
  });

  const map: ArgumentMap = emptyMap(title.slice(0, 500));
  const ids = new IdAllocator();
  const byNumber = new Map<string, Claim>();
  const origins: string[] = [];
  const references: { entry: Entry; target: string }[] = [];
  const elsewhere: Entry[] = [];
  const placed: { entry: Entry; claim: Claim }[] = [];
  for (const entry of entries) {
    const words = unescapeMarkdown(entry.lines.join("\n")).trim();
    const see = SEE.exec(words);
    if (see) {
      references.push({ entry, target: see[1] as string });
      continue;
    }
    if (ELSEWHERE.test(words)) {
      elsewhere.push(entry);
      warnings.add(
        "other-discussion",
        "reference to another discussion (kept as text)",
        "references to other discussions (kept as text)",
        {
          path: `line ${entry.line}`,
          message: `"${words.slice(0, 80)}" points outside this file`,
        },
      );
    }
    const number = entry.number.replace(/\.$/, "");
    if (byNumber.has(number)) {
      warnings.add(
        "repeated-number",
        "entry number used twice (second renamed)",
        "entry numbers used twice (second renamed)",
        {
          path: `line ${entry.line}`,
          message: `${entry.number} is already taken`,
        },
      );
    }
    const claim: Claim = {
      id: ids.allocate(number, "entry"),
      text: words === "" ? `(entry ${entry.number} is empty)` : words,
    };
    if (!byNumber.has(number)) byNumber.set(number, claim);
    map.claims.push(claim);
    origins.push(`line ${entry.line}`);
    placed.push({ entry, claim });
  }
  const links: Link[] = [];
  const pairs = new Set<string>();
  const link = (from: Claim, to: Claim, stance: "Pro" | "Con" | undefined, entry: Entry) => {
    if (!stance) {
      warnings.add(
        "no-stance",
        "entry without Pro or Con (not linked)",
        "entries without Pro or Con (not linked)",
        {
          path: `line ${entry.line}`,
          message: `${entry.number} says neither Pro: nor Con:`,
        },
      );
      return;
    }
    const pair = JSON.stringify([from.id, to.id]);
    if (from.id === to.id || pairs.has(pair)) return;
    pairs.add(pair);
    links.push({
      id: `${from.id}->${to.id}`,
      from: from.id,
      to: to.id,
      type: stance === "Pro" ? "support" : "dispute",
    });
  };
  const parentOf = (number: string) => number.replace(/\.$/, "").split(".").slice(0, -1).join(".");
  for (const { entry, claim } of placed) {
    const parentNumber = parentOf(entry.number);
    if (parentNumber === "") continue;
    const parent = byNumber.get(parentNumber);
    if (!parent) {
      warnings.add(
        "orphan",
        "entry whose parent is missing (not linked)",
        "entries whose parents are missing (not linked)",
        {
          path: `line ${entry.line}`,
          message: `${entry.number} has no entry ${parentNumber}.`,
        },
      );
      continue;
    }
    link(claim, parent, entry.stance, entry);
  }
  for (const { entry, target } of references) {
    const parent = byNumber.get(parentOf(entry.number));
    const seen = byNumber.get(target.replace(/\.$/, ""));
    if (!parent || !seen) {
      warnings.add(
        "see-missing",
        '"-> See" to a missing entry (ignored)',
        '"-> See" to missing entries (ignored)',
        {
          path: `line ${entry.line}`,
          message: `${entry.number} points at ${target}, which is not in the file`,
        },
      );
      continue;
    }
    link(seen, parent, entry.stance, entry);
  }
  map.links = links;
  const supports = links.filter((l) => l.type === "support").length;
  const reportLines: ReportLine[] = [
    {
      kind: "became",
      from: tally(placed.length, "entry", "entries"),
      to: [tally(map.claims.length, "claim")],
    },
    {
      kind: "became",
      from: tally(placed.length - 1 + references.length, "Pro/Con", "Pros and Cons"),
      to: [tally(supports, "support"), tally(links.length - supports, "dispute")],
    },
  ];
  if (references.length > 0) {
    reportLines.push({
      kind: "kept",
      what: [tally(references.length, '"-> See" line')],
      where: "read as second parents",
    });
  }
  return {
    map,
    report: { format: "kialo", lines: reportLines, warnings: warnings.list() },
    origins: { claims: origins },
  };
}

/** The claim at the top of the tree: one that supports or disputes nothing, with most below it. */
export function defaultKialoRoot(map: ArgumentMap): string | undefined {
  const below = new Map<string, string[]>();
  const hasOut = new Set<string>();
  for (const l of map.links) {
    hasOut.add(l.from);
    const list = below.get(l.to) ?? [];
    list.push(l.from);
    below.set(l.to, list);
  }
  const size = (id: string) => {
    const seen = new Set([id]);
    const stack = [id];
    while (stack.length > 0) {
      for (const next of below.get(stack.pop() as string) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return seen.size;
  };
  const candidates = map.claims.filter((c) => !hasOut.has(c.id));
  let best: { id: string; size: number } | undefined;
  for (const c of candidates.length > 0 ? candidates : map.claims) {
    const s = size(c.id);
    if (!best || s > best.size) best = { id: c.id, size: s };
  }
  return best?.id;
}

/** Writes the tree under `root` as Kialo text; other parents become "-> See" lines. */
export function writeKialo(map: ArgumentMap, root = defaultKialoRoot(map)): ExportOutcome {
  const out = [`Discussion Title: ${escapeMarkdown(map.title).replace(/\s*\n\s*/g, " ")}`, ""];
  const claims = new Map(map.claims.map((c) => [c.id, c]));
  const children = new Map<string, Link[]>();
  for (const l of map.links) {
    const list = children.get(l.to) ?? [];
    list.push(l);
    children.set(l.to, list);
  }
  const numberOf = new Map<string, string>();
  const entryText = (text: string) =>
    escapeMarkdown(text.trim())
      .split(/\r\n|\r|\n/)
      .map((line, i) => (i > 0 && ENTRY.test(line) ? line.replace(/^(\s*\d+)\./, "$1\\.") : line))
      .join("\n")
      .replace(/^(\d+)\./, "$1\\.")
      .replace(/^->/, "\\->");
  const seeLater: { number: string; stance: string; target: string }[] = [];
  if (root !== undefined && claims.has(root)) {
    const rootClaim = claims.get(root) as Claim;
    numberOf.set(root, "1.");
    out.push(`1. ${entryText(rootClaim.text)}`);
    const visit = (id: string, number: string) => {
      let k = 0;
      for (const l of children.get(id) ?? []) {
        const child = `${number}${++k}.`;
        const stance = l.type === "support" ? "Pro" : "Con";
        const earlier = numberOf.get(l.from);
        if (earlier !== undefined) {
          out.push(`${child} ${stance}: -> See ${earlier}`);
          seeLater.push({ number: child, stance, target: earlier });
          continue;
        }
        numberOf.set(l.from, child);
        out.push(`${child} ${stance}: ${entryText((claims.get(l.from) as Claim).text)}`);
        visit(l.from, child);
      }
    };
    visit(root, "1.");
  }
  const reached = numberOf.size;
  const linkReached = map.links.filter((l) => numberOf.has(l.to)).length;
  const lost = countLost([
    [
      map.claims.length - reached,
      "claim not reachable from the root",
      "claims not reachable from the root",
    ],
    [map.links.length - linkReached, "link outside the tree", "links outside the tree"],
    [
      map.linkDisputes.length,
      "undercut or attack on an attack",
      "undercuts and attacks on attacks",
    ],
    [
      map.claims.filter((c) => c.speaker !== undefined).length,
      "claim's speaker",
      "claims' speakers",
    ],
    [map.claims.filter((c) => c.quote !== undefined).length, "quote", "quotes"],
    [
      map.claims.filter((c) => (c.topics?.length ?? 0) > 0).length,
      "claim's topics",
      "claims' topics",
    ],
    [map.claims.filter((c) => c.note !== undefined).length, "claim note", "claim notes"],
    [
      new Set(map.links.flatMap((l) => (l.group === undefined ? [] : [l.group]))).size,
      "group of linked premises",
      "groups of linked premises",
    ],
    [map.sources.length, "source", "sources"],
  ]);
  return { text: `${out.join("\n")}\n`, lost };
}

/** Kialo's text export as a format of the registry. */
export const kialoFormat: MapFormat = {
  id: "kialo",
  label: "Kialo (text export)",
  extensions: [".txt"],
  mediaType: "text/plain",
  detect: ({ text, json }) => kialoScore(text, json),
  parse(text, options = {}) {
    try {
      const reading = readKialo(text, titleFromFileName(options.fileName) ?? "Kialo discussion");
      return Promise.resolve(admitMap(reading.map, reading.report, reading.origins));
    } catch (error) {
      return Promise.resolve({
        ok: false,
        problems: [
          {
            path: "(file)",
            message: `could not be read as Kialo text: ${error instanceof Error ? error.message : String(error)}`,
          },
        ],
      });
    }
  },
  serialise: (map, options = {}) => writeKialo(map, options.root),
};
