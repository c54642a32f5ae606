// The published JSON Schema, generated from the runtime schema so the two cannot drift.
// Pure: no DOM, no store.
import { z } from "zod";
import { argumentMapSchema } from "../core/schema";

/** The JSON Schema (draft 2020-12) of the argument-map format, version 1. */
export function argumentMapJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(argumentMapSchema, { unrepresentable: "any" });
  return {
    $schema: generated.$schema,
    title: "Argument map, version 1",
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== "$schema")),
  };
}
