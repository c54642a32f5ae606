// Argdown → ArgumentMap, through @argdown/core's own parser and model (loaded only when an
// Argdown file is opened). Statements and arguments become claims; support and entails
// become supports; attack, contrary and contradictory disputes; undercuts disputes of the
// argument's inference; #tags topics; {…} data ext. Pure: no DOM, no store. Never throws.
import type {
  IArgument,
  IEquivalenceClass,
  IInference,
  IRelation,
  IArgdownResponse,
  RelationMember,
} from "@argdown/core";
import type {
  ArgumentMap,
  Claim,
  Link,
  LinkDispute,
  Problem,
  Source,
  Speaker,
  Topic,
} from "../core/types";
import { emptyMap, type Origins } from "./admitMap";
import { IdAllocator, slug } from "./idAllocator";
import { tally, WarningLog, type ImportReport, type ReportLine } from "./importReport";

type Json = Record<string, unknown>;
type ArgdownModule = typeof import("@argdown/core");

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function own(object: unknown, key: string): unknown {
  return isObject(object) && Object.prototype.hasOwnProperty.call(object, key)
    ? object[key]
    : undefined;
}

/** Keys of `{…}` data that this app writes and reads back into the claim itself. */
const CLAIM_KEYS = new Set(["id", "text", "speaker", "quote", "note", "ext", "topics"]);

const silentLogger = { log: () => undefined, setLevel: () => undefined };

/** Runs @argdown/core's parse and model stages on the text, without logging. */
export function runArgdown(argdown: ArgdownModule, text: string): IArgdownResponse {
  const app = new argdown.ArgdownApplication(silentLogger);
  app.addPlugin(new argdown.ParserPlugin(), "parse-input");
  app.addPlugin(new argdown.DataPlugin(), "build-model");
  app.addPlugin(new argdown.ModelPlugin(), "build-model");
  return app.run({
    input: text,
    process: ["parse-input", "build-model"],
    logger: silentLogger,
    throwExceptions: false,
    model: { removeTagsFromText: true },
  });
}

/** Problems for what the parser could not read, each at its line and column. */
export function argdownProblems(response: IArgdownResponse): Problem[] {
  const problems: Problem[] = [];
  for (const e of response.lexerErrors ?? []) {
    problems.push({ path: `line ${e.line ?? "?"}, column ${e.column ?? "?"}`, message: e.message });
  }
  for (const e of response.parserErrors ?? []) {
    const token = e.token;
    const where = Number.isFinite(token.startLine)
      ? `line ${token.startLine}, column ${token.startColumn}`
      : "(end of file)";
    problems.push({ path: where, message: e.message });
  }
  for (const e of response.exceptions ?? []) problems.push({ path: "(file)", message: e.message });
  return problems;
}

/** The data an argument carries on its main inference, where this app marks linked premises. */
function inferenceData(argument: IArgument): Json | undefined {
  const last = argument.pcs[argument.pcs.length - 1] as { inference?: IInference } | undefined;
  const data = last?.inference?.data as unknown;
  return isObject(data) && own(data, "inference") === true ? data : undefined;
}

/** The reading, before the loader sees it. */
export interface ArgdownReading {
  map: ArgumentMap;
  report: ImportReport;
  origins: Origins;
}

/** Converts @argdown/core's model of a document into a map. */
export function readArgdown(response: IArgdownResponse, fallbackTitle: string): ArgdownReading {
  const warnings = new WarningLog();
  const front = isObject(response.frontMatter) ? response.frontMatter : {};
  const ours = isObject(own(front, "argumentMap")) ? (own(front, "argumentMap") as Json) : {};
  const title = own(front, "title");
  const map = emptyMap(
    typeof title === "string" && title !== "" ? title.slice(0, 500) : fallbackTitle,
  );
  const description = own(ours, "description");
  if (typeof description === "string") map.description = description;
  const frontRest: Json = {};
  for (const [key, value] of Object.entries(front)) {
    if (key === "title" || key === "argumentMap") continue;
    Object.defineProperty(frontRest, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const mapExt = own(ours, "ext");
  map.ext = { ...(isObject(mapExt) ? mapExt : {}) };
  if (Object.keys(frontRest).length > 0) map.ext.argdown = { frontMatter: frontRest };
  if (Object.keys(map.ext).length === 0) delete map.ext;

  // Speakers, topics and sources this app wrote in the front matter.
  const speakerIds = new IdAllocator();
  const speakerById = new Map<string, Speaker>();
  const speakerByName = new Map<string, Speaker>();
  const addSpeaker = (speaker: Speaker) => {
    speakerIds.reserve(speaker.id);
    speakerById.set(speaker.id, speaker);
    if (!speakerByName.has(speaker.name)) speakerByName.set(speaker.name, speaker);
    map.speakers.push(speaker);
  };
  for (const s of Array.isArray(own(ours, "speakers"))
    ? (own(ours, "speakers") as unknown[])
    : []) {
    if (
      isObject(s) &&
      typeof s.id === "string" &&
      typeof s.name === "string" &&
      !speakerById.has(s.id)
    ) {
      addSpeaker(s as unknown as Speaker);
    }
  }
  const topicById = new Map<string, Topic>();
  for (const t of Array.isArray(own(ours, "topics")) ? (own(ours, "topics") as unknown[]) : []) {
    if (
      isObject(t) &&
      typeof t.id === "string" &&
      typeof t.label === "string" &&
      !topicById.has(t.id)
    ) {
      topicById.set(t.id, t as unknown as Topic);
      map.topics.push(t as unknown as Topic);
    }
  }
  const sourceIds = new Set<string>();
  for (const s of Array.isArray(own(ours, "sources")) ? (own(ours, "sources") as unknown[]) : []) {
    if (isObject(s) && typeof s.id === "string" && !sourceIds.has(s.id)) {
      sourceIds.add(s.id);
      map.sources.push(s as unknown as Source);
    }
  }
  const speakerOf = (value: string): string => {
    const known = speakerById.get(value) ?? speakerByName.get(value);
    if (known) return known.id;
    const speaker: Speaker = {
      id: speakerIds.allocate(slug(value, "speaker")),
      name: value.slice(0, 500),
    };
    addSpeaker(speaker);
    return speaker.id;
  };
  const topicOf = (tag: string): string => {
    if (!topicById.has(tag)) {
      const topic: Topic = { id: tag, label: tag.slice(0, 500) };
      topicById.set(tag, topic);
      map.topics.push(topic);
    }
    return tag;
  };

  // Claims: statements first, then arguments (but not this app's inference-only arguments).
  const claimIds = new IdAllocator();
  const origins: string[] = [];
  const claimOfStatement = new Map<string, Claim>();
  const claimOfArgument = new Map<string, Claim>();
  const statements = Object.entries(response.statements ?? {});
  const argumentsList = Object.entries(response.arguments ?? {});
  const inferenceOnly = new Map<string, Json>();
  for (const [title, argument] of argumentsList) {
    const data = inferenceData(argument);
    if (data) inferenceOnly.set(title, data);
  }
  const makeClaim = (
    title: string,
    element: IEquivalenceClass | IArgument,
    text: string | undefined,
    kind: "statement" | "argument",
  ): Claim => {
    const data = isObject(element.data) ? element.data : {};
    const wantedId = typeof own(data, "id") === "string" ? (own(data, "id") as string) : title;
    const exactText = own(data, "text");
    const claimText =
      typeof exactText === "string" && exactText !== "" ? exactText : text?.trim() || title;
    const claim: Claim = { id: claimIds.allocate(wantedId, kind), text: claimText };
    const speaker = own(data, "speaker");
    if (typeof speaker === "string" && speaker.trim() !== "") claim.speaker = speakerOf(speaker);
    const quote = own(data, "quote");
    if (
      isObject(quote) &&
      typeof quote.source === "string" &&
      typeof quote.text === "string" &&
      sourceIds.has(quote.source)
    ) {
      claim.quote = {
        source: quote.source,
        text: quote.text,
        ...(typeof quote.at === "number" ? { at: quote.at } : {}),
      };
    } else if (quote !== undefined) {
      warnings.add(
        "quote-without-source",
        "quote with no source in the file (kept in ext)",
        "quotes with no source in the file (kept in ext)",
        {
          path: `${kind} "${title}"`,
          message: "its quote names no source of the front matter's argumentMap.sources",
        },
      );
    }
    const note = own(data, "note");
    if (typeof note === "string") claim.note = note;
    const dataTopics = own(data, "topics");
    const tags = [
      ...(Array.isArray(dataTopics)
        ? dataTopics.filter((t): t is string => typeof t === "string")
        : []),
      ...(element.tags ?? []),
    ];
    const topics = [...new Set(tags.map(topicOf))];
    if (topics.length > 0) claim.topics = topics;
    const ext = own(data, "ext");
    const rest: Json = {};
    for (const [key, value] of Object.entries(data)) {
      if (CLAIM_KEYS.has(key) && !(key === "quote" && claim.quote === undefined)) continue;
      Object.defineProperty(rest, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    const argdownExt: Json = { [kind]: title };
    if (Object.keys(rest).length > 0) argdownExt.data = rest;
    claim.ext = { ...(isObject(ext) ? ext : {}) };
    if (Object.keys(rest).length > 0 || kind === "argument") claim.ext.argdown = argdownExt;
    if (Object.keys(claim.ext).length === 0) delete claim.ext;
    map.claims.push(claim);
    origins.push(`${kind} ${JSON.stringify(title)}`);
    return claim;
  };
  for (const [title, ec] of statements) {
    claimOfStatement.set(
      title,
      makeClaim(title, ec, ec.members.length > 0 ? argdownText(ec) : undefined, "statement"),
    );
  }
  for (const [title, argument] of argumentsList) {
    if (inferenceOnly.has(title)) continue;
    claimOfArgument.set(title, makeClaim(title, argument, argumentText(argument), "argument"));
  }

  const claimOf = (member: RelationMember | undefined): Claim | undefined => {
    if (!member) return undefined;
    if (member.type === "equivalence-class") return claimOfStatement.get(member.title ?? "");
    if (member.type === "argument") return claimOfArgument.get(member.title ?? "");
    return claimOfArgument.get((member as IInference).argumentTitle ?? "");
  };

  // Links: first those the premise–conclusion structures imply, then the explicit ones.
  const linkIds = new IdAllocator();
  const pairs = new Map<string, string>();
  const inferenceOf = new Map<string, string>();
  const counts = { implicit: 0, supports: 0, disputes: 0, undercuts: 0, inferences: 0 };
  const addLink = (
    from: Claim,
    to: Claim,
    type: "support" | "dispute",
    group?: string,
  ): string | undefined => {
    if (from.id === to.id) return undefined;
    const pair = JSON.stringify([from.id, to.id]);
    const earlier = pairs.get(pair);
    if (earlier !== undefined) return earlier;
    const link: Link = {
      id: linkIds.allocate(`${from.id}->${to.id}`, "link"),
      from: from.id,
      to: to.id,
      type,
      ...(group === undefined ? {} : { group }),
    };
    pairs.set(pair, link.id);
    map.links.push(link);
    return link.id;
  };
  let pcsArguments = 0;
  for (const [title, argument] of argumentsList) {
    if (argument.pcs.length === 0) continue;
    const premises = argument.pcs
      .filter((s) => s.role !== "main-conclusion")
      .map((s) => claimOfStatement.get(s.title ?? ""))
      .filter((c): c is Claim => c !== undefined);
    const conclusionTitle = argument.pcs.find((s) => s.role === "main-conclusion")?.title;
    const conclusion =
      conclusionTitle === undefined ? undefined : claimOfStatement.get(conclusionTitle);
    const data = inferenceOnly.get(title);
    if (data) {
      // This app's way of writing linked premises: premises → conclusion, one group.
      counts.inferences++;
      const group = typeof data.group === "string" ? data.group : undefined;
      for (const premise of premises) {
        if (!conclusion) break;
        const id = addLink(premise, conclusion, "support", group);
        if (id !== undefined) counts.implicit++;
        if (id !== undefined && !inferenceOf.has(title)) inferenceOf.set(title, id);
      }
      continue;
    }
    pcsArguments++;
    const self = claimOfArgument.get(title) as Claim;
    const group = premises.length >= 2 ? `pcs:${title}`.slice(0, 190) : undefined;
    for (const premise of premises)
      if (addLink(premise, self, "support", group) !== undefined) counts.implicit++;
    if (conclusion) {
      const id = addLink(self, conclusion, "support");
      if (id !== undefined) {
        counts.implicit++;
        inferenceOf.set(title, id);
      }
    }
  }
  const relations: IRelation[] = response.relations ?? [];
  const undercuts: IRelation[] = [];
  for (const relation of relations) {
    if (relation.relationType === "undercut") {
      undercuts.push(relation);
      continue;
    }
    const from = claimOf(relation.from);
    const to = claimOf(relation.to);
    if (!from || !to) {
      warnings.add(
        "relation-unplaced",
        "relation with an end that is no claim (ignored)",
        "relations with an end that is no claim (ignored)",
        {
          path: relationLabel(relation),
          message: "one end is an inference written only to group premises",
        },
      );
      continue;
    }
    const support = relation.relationType === "support" || relation.relationType === "entails";
    if (addLink(from, to, support ? "support" : "dispute") === undefined) continue;
    if (support) counts.supports++;
    else counts.disputes++;
    if (
      !support &&
      (relation.relationType === "contradictory" || relation.relationType === "contrary") &&
      relationIsSymmetric(relation)
    ) {
      if (addLink(to, from, "dispute") !== undefined) counts.disputes++;
    }
    // An argument without premises and conclusion: its first relation out is its inference
    // (undercutting a con argument attacks its attack).
    const fromTitle = relation.from?.type === "argument" ? relation.from.title : undefined;
    if (fromTitle !== undefined && !inferenceOf.has(fromTitle)) {
      inferenceOf.set(fromTitle, pairs.get(JSON.stringify([from.id, to.id])) as string);
    }
  }
  const disputePairs = new Set<string>();
  for (const relation of undercuts) {
    const from = claimOf(relation.from);
    const target = relation.to;
    const targetTitle =
      target?.type === "inference"
        ? (target as IInference).argumentTitle
        : target?.type === "argument"
          ? target.title
          : undefined;
    const toLink = targetTitle === undefined ? undefined : inferenceOf.get(targetTitle);
    if (!from || toLink === undefined) {
      const to = claimOf(target);
      warnings.add(
        "undercut-as-dispute",
        "undercut of something with no inference (read as a dispute)",
        "undercuts of things with no inference (read as disputes)",
        {
          path: relationLabel(relation),
          message: "its target has no conclusion to undercut the way to",
        },
      );
      if (from && to && addLink(from, to, "dispute") !== undefined) counts.disputes++;
      continue;
    }
    const pair = JSON.stringify([from.id, toLink]);
    if (disputePairs.has(pair)) continue;
    disputePairs.add(pair);
    const dispute: LinkDispute = {
      id: linkIds.allocate(`${from.id}->${toLink}`, "undercut"),
      from: from.id,
      toLink,
      type: "dispute",
    };
    map.linkDisputes.push(dispute);
    counts.undercuts++;
  }

  const lines: ReportLine[] = [
    {
      kind: "became",
      from: tally(statements.length, "statement"),
      to: [tally(claimOfStatement.size, "claim")],
    },
    {
      kind: "became",
      from: tally(argumentsList.length - inferenceOnly.size, "argument"),
      to: [tally(claimOfArgument.size, "claim")],
    },
    {
      kind: "became",
      from: tally(relations.length, "relation"),
      to: [
        tally(counts.supports, "support"),
        tally(counts.disputes, "dispute"),
        tally(counts.undercuts, "undercut"),
      ],
    },
  ];
  if (pcsArguments > 0) {
    lines.push({
      kind: "became",
      from: tally(pcsArguments, "premise–conclusion structure"),
      to: [tally(counts.implicit, "implicit support")],
    });
  } else if (counts.inferences > 0) {
    lines.push({
      kind: "became",
      from: tally(counts.inferences, "inference"),
      to: [tally(counts.implicit, "support")],
    });
  }
  const tagCount = Object.keys(response.tags ?? {}).length;
  if (tagCount > 0)
    lines.push({
      kind: "became",
      from: tally(tagCount, "tag"),
      to: [tally(map.topics.length, "topic")],
    });
  if (map.speakers.length > 0)
    lines.push({
      kind: "kept",
      what: [tally(map.speakers.length, "speaker")],
      where: "from {speaker: …} data",
    });
  return {
    map,
    report: { format: "argdown", lines, warnings: warnings.list() },
    origins: { claims: origins },
  };
}

function argdownText(ec: IEquivalenceClass): string | undefined {
  const member = [...ec.members]
    .reverse()
    .find((m) => m.text !== undefined && m.text.trim() !== "");
  return member?.text;
}

function argumentText(argument: IArgument): string | undefined {
  const member = [...argument.members]
    .reverse()
    .find((m) => m.text !== undefined && m.text.trim() !== "");
  return member?.text;
}

function relationIsSymmetric(relation: IRelation): boolean {
  return relation.relationType === "contradictory" || relation.relationType === "contrary";
}

function relationLabel(relation: IRelation): string {
  const name = (m: RelationMember | undefined) =>
    m === undefined
      ? "?"
      : m.type === "inference"
        ? `<${(m as IInference).argumentTitle ?? "?"}>`
        : m.type === "argument"
          ? `<${m.title ?? "?"}>`
          : `[${m.title ?? "?"}]`;
  return `relation ${name(relation.from)} ${relation.relationType} ${name(relation.to)}`;
}
