/**
 * Just enough XML writing for UBL: elements in the order the schema's sequences demand, text
 * escaped, empty optional elements left out.
 */

export type Content = string | null | undefined | false | Content[];

function escape(value: string): string {
  return value.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

const join = (content: Content): string => (Array.isArray(content) ? content.map(join).join("") : content || "");

/** An aggregate element: left out when it has no children. */
export function el(name: string, ...children: Content[]): string {
  const inner = join(children);
  return inner === "" ? "" : `<${name}>${inner}</${name}>`;
}

/** A basic element with text: left out when the value is empty. */
export function val(name: string, value: string | number | null | undefined, attributes: Record<string, string> = {}): string {
  if (value === null || value === undefined || value === "") return "";
  const attrs = Object.entries(attributes)
    .map(([key, v]) => ` ${key}="${escape(v)}"`)
    .join("");
  return `<${name}${attrs}>${escape(String(value))}</${name}>`;
}

/** A whole UBL 2.1 document with its namespaces. */
export function document(root: string, ...children: Content[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2"` +
    ` xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"` +
    ` xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">` +
    `<cbc:UBLVersionID>2.1</cbc:UBLVersionID>${join(children)}</${root}>\n`
  );
}
