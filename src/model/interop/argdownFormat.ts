// Argdown as a format of the registry. @argdown/core is loaded on first use, so it costs
// nothing until an Argdown file is opened. Pure: no DOM, no store.
import { admitMap } from "./admitMap";
import { argdownProblems, readArgdown, runArgdown } from "./argdownRead";
import { writeArgdown } from "./argdownWrite";
import { titleFromFileName, type MapFormat } from "./mapFormat";

/** Marks of Argdown: definitions, relations, premise–conclusion structures, front matter. */
const SIGNS: readonly RegExp[] = [
  /^===\s*$/m,
  /^\s*\[[^\]\n]+\]:\s/m,
  /^\s*<[^>\n]+>:\s/m,
  /^\s*(?:[+-]|<_|_>|<\+|<-|\+>|->|><)\s*[[<][^\]>\n]+[\]>]/m,
  /^\s*\(\d+\)\s+\S/m,
];

/** How much the text looks like Argdown: each kind of mark adds to the score. */
export function argdownScore(text: string, json: unknown): number {
  if (json !== undefined) return 0;
  const head = text.slice(0, 200_000);
  if (/^\s*Discussion Title:/.test(head)) return 0;
  const found = SIGNS.filter((sign) => sign.test(head)).length;
  return found === 0 ? 0 : Math.min(0.9, 0.3 * found);
}

/** Argdown: statements and arguments, relations, undercuts, tags and data. */
export const argdownFormat: MapFormat = {
  id: "argdown",
  label: "Argdown",
  extensions: [".argdown", ".ad"],
  mediaType: "text/plain",
  detect: ({ text, json }) => argdownScore(text, json),
  async parse(text, options = {}) {
    try {
      const argdown = await import("@argdown/core");
      const response = runArgdown(argdown, text.replace(/\r\n?/g, "\n"));
      const problems = argdownProblems(response);
      if (problems.length > 0) return { ok: false, problems };
      const reading = readArgdown(response, titleFromFileName(options.fileName) ?? "Argdown map");
      return admitMap(reading.map, reading.report, reading.origins);
    } catch (error) {
      return {
        ok: false,
        problems: [
          {
            path: "(file)",
            message: `could not be read as Argdown: ${error instanceof Error ? error.message : String(error)}`,
          },
        ],
      };
    }
  },
  serialise: (map) => writeArgdown(map),
};
