// The runtime schema of the argument-map format, version 2 (a superset of version 1). Pure: no DOM, no React, no store.
// The published JSON Schema (data/argument-map.schema.json) is generated from these definitions.
import { z } from "zod";

/** Limits that keep a hostile or accidental file from freezing the tab. */
export const LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  claims: 20_000,
  idLength: 200,
  shortText: 500,
  longText: 10_000,
  sourceText: 5_000_000,
  nestingDepth: 64,
} as const;

// Zod compiles object parsers with `new Function` unless told not to; the app runs under a
// Content-Security-Policy without 'unsafe-eval', where even zod's probe for it is reported
// as a violation. Interpreted parsing it is, everywhere, so tests see what browsers run.
z.config({ jitless: true });

export const FORMAT_NAME = "argument-map";
export const FORMAT_VERSION = 2;
/** Versions this app reads. Version 2 adds `quote.at`, links that dispute a link, and `group`. */
export const READABLE_VERSIONS = [1, 2] as const;

const id = z
  .string()
  .min(1)
  .max(LIMITS.idLength)
  .describe("An identifier, unique among the map's ids of its kind.");
const shortText = z.string().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.longText);
/** The schemes a link in a map may use: never javascript:, data: or the like. */
export const URL_SCHEMES = ["http:", "https:", "mailto:"] as const;

/**
 * True when the text parses as a URL (with the platform's own parser, not a pattern) whose
 * scheme is http, https or mailto. `URL` is reached through globalThis: the model is
 * type-checked without the DOM library, but every JavaScript platform we run on has it.
 */
export function isSafeUrl(text: string): boolean {
  const Url = (globalThis as unknown as { URL?: new (input: string) => { protocol: string } }).URL;
  if (!Url) return false;
  try {
    return (URL_SCHEMES as readonly string[]).includes(new Url(text).protocol);
  } catch {
    return false;
  }
}

const webUrl = z
  .string()
  .max(2_000)
  .regex(/^(https?:\/\/|mailto:)\S+$/i, { message: "url" })
  .refine(isSafeUrl, { message: "url" })
  .describe("An http://, https:// or mailto: address.");
// Extras are taken as they are, not copied: a copy would drop keys such as "__proto__".
const ext = z
  .custom<Record<string, unknown>>(
    (value) => value !== null && typeof value === "object" && !Array.isArray(value),
    { message: "ext" },
  )
  .meta({ type: "object" })
  .describe("Free-form extras for other tools; kept unchanged on a round trip.");

export const speakerSchema = z.strictObject({
  id,
  name: shortText.min(1),
  role: shortText.optional(),
  affiliation: shortText.optional(),
  url: webUrl.optional(),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { message: "colour" })
    .optional()
    .describe(
      "Version 2. The speaker's colour, #rrggbb. Absent: a colour from the palette by the speaker's place in the list.",
    ),
  ext: ext.optional(),
});

export const topicSchema = z.strictObject({
  id,
  label: shortText.min(1),
  ext: ext.optional(),
});

export const sourceSchema = z.strictObject({
  id,
  title: shortText.min(1),
  publisher: shortText.optional(),
  date: shortText.optional(),
  url: webUrl.optional(),
  text: z.string().max(LIMITS.sourceText).optional().describe("The source's full text."),
  ext: ext.optional(),
});

export const quoteSchema = z.strictObject({
  source: id.describe("The id of a source in `sources`."),
  text: longText
    .min(1)
    .regex(/\S/, { message: "blank" })
    .describe("A verbatim excerpt of the source's text (not only spaces)."),
  at: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe(
      "Version 2. Where the quote starts in the source's text (in UTF-16 code units), when its words occur more than once.",
    ),
  detached: z
    .literal(true)
    .optional()
    .describe(
      "Version 2. The source's text was edited and these words no longer occur in it: the quote is kept for the user to fix, and not checked against the text.",
    ),
});

export const claimSchema = z.strictObject({
  id,
  text: longText.min(1),
  speaker: id.optional().describe("A speaker id; absent means the source's own framing."),
  topics: z.array(id).max(50).optional(),
  quote: quoteSchema.optional(),
  note: longText.optional(),
  ext: ext.optional(),
});

export const linkTypeSchema = z.enum(["support", "dispute"]);

export const linkSchema = z.strictObject({
  id: id.optional().describe("Optional; a stable id is derived from the ends when absent."),
  from: id.describe("The claim that supports or disputes."),
  to: id.optional().describe("The claim supported or disputed. Exactly one of `to` and `toLink`."),
  toLink: id
    .optional()
    .describe(
      'Version 2. The id of a link this one disputes: an undercut ("that does not follow") when the link is a support, an attack on the attack when it is a dispute.',
    ),
  type: linkTypeSchema,
  group: id
    .optional()
    .describe(
      "Version 2. Supports of one claim that share a group are premises that work together (a linked argument).",
    ),
  note: longText.optional(),
  ext: ext.optional(),
});

export const argumentMapSchema = z
  .strictObject({
    format: z.literal(FORMAT_NAME).optional(),
    version: z.union([z.literal(1), z.literal(2)]).optional(),
    title: shortText.min(1),
    description: longText.optional(),
    speakers: z.array(speakerSchema),
    topics: z.array(topicSchema).optional(),
    sources: z.array(sourceSchema).optional(),
    claims: z.array(claimSchema).max(LIMITS.claims),
    links: z.array(linkSchema),
    ext: ext.optional(),
  })
  .describe("An argument map: claims by speakers, and the support and dispute links between them.");

/** The map as written in a file. */
export type ArgumentMapFile = z.infer<typeof argumentMapSchema>;
