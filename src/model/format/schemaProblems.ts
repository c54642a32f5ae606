// Translates schema issues into problems a person understands. Pure: no DOM, no store.
import { z } from "zod";
import { didYouMean } from "./closest";
import { formatPath, valueAt, type PathSegment } from "./jsonPath";
import type { Problem } from "../core/types";

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return value.length > 40 ? `the text "${value.slice(0, 40)}…"` : `the text "${value}"`;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `${value}`;
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

const ARTICLE: Record<string, string> = {
  string: "a text (string)",
  number: "a number",
  array: "a list",
  object: "an object",
  boolean: "true or false",
};

/** The keys an object schema accepts, found by walking the schema along a data path. */
function keysAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current: z.ZodType = schema;
  for (const segment of [...path, null]) {
    for (;;) {
      if (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
      else break;
    }
    if (segment === null) break;
    if (current instanceof z.ZodArray && typeof segment === "number") {
      current = current.element as z.ZodType;
    } else if (current instanceof z.ZodObject && typeof segment === "string") {
      const next = (current.shape as Record<string, z.ZodType>)[segment];
      if (!next) return [];
      current = next;
    } else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** Problems from a failed schema check, each at its own path. */
export function schemaProblems(schema: z.ZodType, error: z.ZodError, input: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter(
      (s): s is PathSegment => typeof s === "string" || typeof s === "number",
    );
    const value = valueAt(input, path);
    switch (issue.code) {
      case "unrecognized_keys": {
        const known = keysAt(schema, path);
        for (const key of issue.keys) {
          problems.push({
            path: formatPath([...path, key]),
            message: `unknown field "${key}"${didYouMean(key, known)}${known.length ? ` (allowed: ${known.join(", ")})` : ""}`,
          });
        }
        continue;
      }
      case "invalid_type": {
        const parent = valueAt(input, path.slice(0, -1));
        const key = path[path.length - 1];
        const missing =
          value === undefined &&
          parent !== null &&
          typeof parent === "object" &&
          (key === undefined || !Object.prototype.hasOwnProperty.call(parent, key));
        const expected = ARTICLE[issue.expected] ?? issue.expected;
        problems.push({
          path: formatPath(path),
          message: missing
            ? `is required (${expected})`
            : `should be ${expected}, not ${describeValue(value)}`,
        });
        continue;
      }
      case "too_small":
        problems.push({
          path: formatPath(path),
          message:
            issue.origin === "string"
              ? "must not be empty"
              : `must have at least ${String(issue.minimum)} items`,
        });
        continue;
      case "too_big":
        problems.push({
          path: formatPath(path),
          message:
            issue.origin === "string"
              ? `is longer than the limit of ${Number(issue.maximum).toLocaleString("en-US")} characters`
              : `has ${Array.isArray(value) ? value.length.toLocaleString("en-US") : "too many"} items; the limit is ${Number(issue.maximum).toLocaleString("en-US")}`,
        });
        continue;
      case "invalid_value": {
        const allowed = issue.values.map((v) => JSON.stringify(v)).join(" or ");
        const suggestion =
          typeof value === "string"
            ? didYouMean(
                value,
                issue.values.filter((v): v is string => typeof v === "string"),
              )
            : "";
        problems.push({
          path: formatPath(path),
          message: `should be ${allowed}, not ${describeValue(value)}${suggestion}`,
        });
        continue;
      }
      case "invalid_format":
        problems.push({
          path: formatPath(path),
          message:
            issue.message === "url"
              ? `should be a web address (http:// or https://) or a mailto: address, not ${describeValue(value)}`
              : issue.message === "blank"
                ? "must contain words, not only spaces"
                : issue.message === "colour"
                  ? `should be a colour written #rrggbb (such as "#0072b2"), not ${describeValue(value)}`
                  : `has the wrong format (${issue.format})`,
        });
        continue;
      case "custom":
        if (issue.message === "url") {
          problems.push({
            path: formatPath(path),
            message: `should be a web address (http:// or https://) or a mailto: address, not ${describeValue(value)}`,
          });
          continue;
        }
        if (issue.message === "ext") {
          problems.push({
            path: formatPath(path),
            message: `should be an object, not ${describeValue(value)}`,
          });
          continue;
        }
        problems.push({ path: formatPath(path), message: issue.message });
        continue;
      default:
        problems.push({ path: formatPath(path), message: issue.message });
    }
  }
  // One value can fail two checks that say the same thing (a URL's pattern and its parse).
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
