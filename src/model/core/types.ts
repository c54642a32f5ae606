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
type LinkFile = z.infer<typeof linkSchema>;
/**
 * A link between two claims: `from` supports or disputes `to`. After normalisation it
 * always has an id.
 */
export type Link = Omit<LinkFile, "id" | "to" | "toLink"> & { id: LinkId; to: ClaimId };
/**
 * A claim that disputes a link rather than a claim (format version 2): an undercut when the
 * target is a support ("that does not follow"), an attack on the attack when it is a dispute.
 * In the file it is a link with `toLink`; in memory it is kept apart, so that code reading
 * `links` always finds a claim at both ends.
 */
export interface LinkDispute {
  id: LinkId;
  from: ClaimId;
  toLink: LinkId;
  type: "dispute";
  note?: string;
  ext?: Record<string, unknown>;
}

/**
 * A loaded map. Unlike the file form, every list is present, every link has an id,
 * and `format`/`version` are the current ones.
 */
export interface ArgumentMap {
  format: "argument-map";
  version: 2;
  title: string;
  description?: string;
  speakers: Speaker[];
  topics: Topic[];
  sources: Source[];
  claims: Claim[];
  links: Link[];
  /** Claims that dispute a link (undercuts and attacks on attacks); see `LinkDispute`. */
  linkDisputes: LinkDispute[];
  ext?: Record<string, unknown>;
}

/** One thing wrong with an input, at a JSON path such as `links[4].to`. */
export interface Problem {
  path: string;
  message: string;
}

export type LoadResult = { ok: true; map: ArgumentMap } | { ok: false; problems: Problem[] };
