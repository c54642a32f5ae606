// HTML to plain text, inertly: the page is parsed by DOMParser into a document that has no
// browsing context, so no script in it runs, no handler fires and nothing loads. Only its
// text is read, with paragraphs kept; nothing of it is ever rendered as markup.

/** Elements whose content is not text a reader sees. */
const SKIPPED = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "HEAD",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "SVG",
  "CANVAS",
  "BUTTON",
  "SELECT",
  "NAV",
  "FORM",
]);

/** Elements that stand on their own line: a paragraph break before and after. */
const BLOCKS = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "BLOCKQUOTE",
  "PRE",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "UL",
  "OL",
  "DL",
  "DT",
  "DD",
  "TABLE",
  "TR",
  "FIGURE",
  "FIGCAPTION",
  "HR",
]);

export interface HtmlText {
  title: string | undefined;
  text: string;
}

/** The readable text of an HTML page, paragraphs kept, and its title. */
export function htmlToText(html: string): HtmlText {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push((node.nodeValue ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (SKIPPED.has(element.tagName)) return;
    if (element.getAttribute("hidden") !== null || element.getAttribute("aria-hidden") === "true")
      return;
    if (element.tagName === "BR") {
      parts.push("\n");
      return;
    }
    const block = BLOCKS.has(element.tagName);
    if (block) parts.push("\n\n");
    if (element.tagName === "PRE") {
      parts.push(element.textContent ?? "");
    } else for (const child of element.childNodes) walk(child);
    if (block) parts.push("\n\n");
  };
  if (doc.body) walk(doc.body);
  const text = parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const title =
    doc.title.trim() || doc.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim();
  return { title: title || undefined, text };
}
