// Opening a map from a file, pasted text or a URL: all through the one loader. The shell.
import { selectMap } from "../../store/selectors";
import { parseMap } from "../../model/format/loadMap";
import { LIMITS } from "../../model/core/schema";
import type { ArgumentMap } from "../../model/core/types";
import type { AppStore } from "../../store/appStore";

const MB = 1024 * 1024;

/** Shows an opened map, and says how to get back the one it replaced. */
function opened(store: AppStore, map: ArgumentMap) {
  const before = selectMap(store.getState());
  store.getState().openMap(map);
  store.getState().setNotice(`Opened “${map.title}”. Undo (Ctrl+Z) brings back “${before.title}”.`);
}

/** Opens the text as a map, or reports its problems; the map on screen is untouched on failure. */
export function openText(store: AppStore, text: string, where: string): boolean {
  const result = parseMap(text);
  if (result.ok) {
    opened(store, result.map);
    return true;
  }
  store
    .getState()
    .setOpenProblems({ title: `${where} could not be opened`, problems: result.problems });
  return false;
}

/** Checks a file's size before reading it, then opens it. */
export async function openFile(store: AppStore, file: File): Promise<boolean> {
  const name = `“${file.name}”`;
  if (file.size > LIMITS.fileBytes) {
    store.getState().setOpenProblems({
      title: `${name} could not be opened`,
      problems: [
        {
          path: "(file)",
          message: `is ${(file.size / MB).toFixed(1)} MB, larger than the ${LIMITS.fileBytes / MB} MB limit`,
        },
      ],
    });
    return false;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    store.getState().setOpenProblems({
      title: `${name} could not be opened`,
      problems: [
        {
          path: "(file)",
          message: `could not be read (${error instanceof Error ? error.message : String(error)})`,
        },
      ],
    });
    return false;
  }
  return openText(store, text, name);
}

/**
 * Whether a file is a map (to open) or an article (to add as a source), from its content:
 * a PDF or a web page is an article; JSON is a map; anything else by its name.
 */
export async function fileKind(file: File): Promise<"map" | "source"> {
  const head = (await file.slice(0, 512).text()).trimStart();
  if (head.startsWith("%PDF-") || /^<(!doctype html|html)/i.test(head)) return "source";
  if (head.startsWith("{") || head.startsWith("[")) return "map";
  if (/\.(json|argdown|ad)$/i.test(file.name) || /^Discussion Title:/i.test(head)) return "map";
  return "source";
}
