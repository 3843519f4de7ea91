/**
 * XML text safety for the SVG export. Titles come from untrusted files: a title such as
 * `</text><script>` must stay text, and control characters that XML 1.0 forbids would make the
 * whole image unreadable, so they are dropped rather than escaped.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// Characters XML 1.0 does not allow at all, escaped or not (C0 controls except tab/LF/CR,
// lone surrogates, U+FFFE/U+FFFF).
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g; // eslint-disable-line no-control-regex

/** Makes any string safe as XML text or as a double- or single-quoted attribute value. */
export function escapeXml(value: string): string {
  return value.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

type AttrValue = string | number | undefined;

/** Formats numbers compactly (two decimals at most) so 10k-element SVGs stay small. */
function attrText(value: string | number): string {
  return typeof value === 'number' ? String(Math.round(value * 100) / 100) : escapeXml(value);
}

function attrList(attrs: Readonly<Record<string, AttrValue>>): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${attrText(value)}"`)
    .join('');
}

/**
 * One SVG element as a string, attributes escaped, undefined attributes left out. Children are
 * already-built markup; use `text()` for data. The single place markup is assembled, so no
 * caller can forget to escape.
 */
export function tag(
  name: string,
  attrs: Readonly<Record<string, AttrValue>>,
  children: readonly string[] = [],
): string {
  const open = `<${name}${attrList(attrs)}`;
  return children.length ? `${open}>${children.join('')}</${name}>` : `${open}/>`;
}

/** A `<text>` element holding escaped data, optionally with a `<title>` tooltip for the full text. */
export function text(attrs: Readonly<Record<string, AttrValue>>, content: string, tooltip?: string): string {
  const title = tooltip === undefined ? '' : `<title>${escapeXml(tooltip)}</title>`;
  return `<text${attrList(attrs)}>${title}${escapeXml(content)}</text>`;
}
