import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "vitest";
import { argumentMapJsonSchema } from "./jsonSchema";

const file = new URL("../../../data/argument-map.schema.json", import.meta.url);

test("the published JSON Schema is the one generated from the runtime schema", () => {
  const generated = `${JSON.stringify(argumentMapJsonSchema(), null, 2)}\n`;
  if (process.env.UPDATE_SCHEMA === "1") writeFileSync(file, generated);
  // Run `npm run schema` after changing src/model/schema.ts.
  expect(readFileSync(file, "utf8")).toBe(generated);
});

test("the schema forbids unknown keys and requires the core fields", () => {
  const schema = argumentMapJsonSchema() as {
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, unknown>;
  };
  expect(schema.required).toEqual(["title", "speakers", "claims", "links"]);
  expect(schema.additionalProperties).toBe(false);
  expect(Object.keys(schema.properties)).toContain("ext");
});
