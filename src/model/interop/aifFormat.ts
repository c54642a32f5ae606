// AIF JSON (AIFdb nodesets and OVA3's xAIF) as a format of the registry. Pure: no DOM, no store.
import { parseJsonText } from "../format/jsonText";
import { admitMap } from "./admitMap";
import { aifScore, readAifShape } from "./aifShape";
import { readAif } from "./aifRead";
import { writeAif } from "./aifWrite";
import { titleFromFileName, type MapFormat } from "./mapFormat";

/** AIF: I-nodes are claims, RA supports, CA disputes (and undercuts), L/YA speakers and quotes. */
export const aifFormat: MapFormat = {
  id: "aif",
  label: "AIF (AIFdb, OVA)",
  extensions: [".json"],
  mediaType: "application/json",
  detect: (sample) => aifScore(sample.json),
  parse(text, options = {}) {
    const json = parseJsonText(text);
    if (!json.ok) return Promise.resolve({ ok: false, problems: [json.problem] });
    const shape = readAifShape(json.value);
    if (!shape.ok) return Promise.resolve(shape);
    const title = titleFromFileName(options.fileName);
    const reading = readAif(shape.doc, {
      ...(options.sourceText === undefined ? {} : { sourceText: options.sourceText }),
      ...(options.sourceTitle === undefined ? {} : { sourceTitle: options.sourceTitle }),
      ...(title === undefined ? {} : { title }),
    });
    return Promise.resolve(admitMap(reading.map, reading.report, reading.origins));
  },
  serialise: (map) => writeAif(map),
};
