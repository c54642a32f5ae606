// Fetches a map file from a URL, refusing oversized responses before reading them whole.
import { LIMITS } from "../../model/core/schema";
import { parseMap } from "../../model/format/loadMap";
import type { LoadResult } from "../../model/core/types";
import type { ImportReport } from "../../model/interop/importReport";

/** Why a fetch may fail before any answer, in words a user can act on. */
function fetchHint(url: string): string {
  let target: URL;
  try {
    target = new URL(url, globalThis.location?.href);
  } catch {
    return "The address is not a valid URL.";
  }
  const here = globalThis.location;
  if (here && here.protocol === "https:" && target.protocol === "http:")
    return "This page is served over https, so the browser refuses an http:// address: use https://.";
  if (here && target.origin !== here.origin)
    return `The address is on another site (${target.host}); it must exist and allow this page to read it (CORS), or be on this page's own site.`;
  return "The address may be wrong, or the network down.";
}

/** Loads `?map=<url>`: every failure, network or format, comes back as problems. */
export async function loadMapFromUrl(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<LoadResult & { imported?: { format: string; report: ImportReport } }> {
  const where = `map URL ${url}`;
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          path: where,
          message: `could not be fetched (${error instanceof Error ? error.message : String(error)}). ${fetchHint(url)}`,
        },
      ],
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      problems: [
        { path: where, message: `answered ${response.status} ${response.statusText}`.trim() },
      ],
    };
  }
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > LIMITS.fileBytes) {
    return {
      ok: false,
      problems: [
        { path: where, message: `is larger than the ${LIMITS.fileBytes / 1024 / 1024} MB limit` },
      ],
    };
  }
  const text = await response.text();
  // A server that answers every address with its home page (many do) sends HTML, not a map.
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("text/html") || /^\s*<(!doctype|html)/i.test(text)) {
    return {
      ok: false,
      problems: [
        {
          path: where,
          message:
            "answered with a web page, not a map file: check the address (the file may not be there)",
        },
      ],
    };
  }
  // The app's own format needs no registry; any other (AIF, Argdown, Kialo) loads it.
  if (/^\s*\{[\s\S]{0,400}"format"\s*:\s*"argument-map"/.test(text)) return parseMap(text);
  const { importMap, formatById } = await import("../../model/interop/formats");
  const imported = await importMap(text, {
    fileName: url.split(/[?#]/)[0]!.split("/").pop() ?? "",
  });
  if (!imported.ok) return imported;
  return imported.format === "argument-map"
    ? { ok: true, map: imported.map }
    : {
        ok: true,
        map: imported.map,
        imported: {
          format: formatById(imported.format)?.label ?? imported.format,
          report: imported.report,
        },
      };
}
