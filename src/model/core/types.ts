// The normalised, in-memory argument map. Pure types: no DOM, no React, no store.
import type { z } from "zod";
import type {
  claimSchema,
  linkSchema,
  linkTypeSchema,
  quoteSchema,
  sourceSchema,
  speakerSchema,
  topicSchema,
} from "./schema";

export type ClaimId = string;
export type SpeakerId = string;
export type TopicId = string;
export type SourceId = string;
export type LinkId = string;

export type Speaker = z.infer<typeof speakerSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type LinkType = z.infer<typeof linkTypeSchema>;
/** A link after normalisation always has an id. */
export type Link = z.infer<typeof linkSchema> & { id: LinkId };

/**
 * A loaded map. Unlike the file form, every list is present, every link has an id,
 * and `format`/`version` are the current ones.
 */
export interface ArgumentMap {
  format: "argument-map";
  version: 1;
  title: string;
  description?: string;
  speakers: Speaker[];
  topics: Topic[];
  sources: Source[];
  claims: Claim[];
  links: Link[];
  ext?: Record<string, unknown>;
}

/** One thing wrong with an input, at a JSON path such as `links[4].to`. */
export interface Problem {
  path: string;
  message: string;
}

export type LoadResult = { ok: true; map: ArgumentMap } | { ok: false; problems: Problem[] };
