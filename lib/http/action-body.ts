/**
 * The shape check of a server action's request body, made in proxy.ts before Next decodes it.
 * Next answers a body its decoder (React's reply format) cannot read with a 500 and logs a
 * stack for it; this check answers such a body with a 400 and one log line instead.
 *
 * The app's actions take plain values and FormData only, so only those parts of the format
 * are accepted: JSON rows, escaped strings (`$$`), FormData references (`$K`), `$undefined`,
 * `$NaN`, `$Infinity`, `$-Infinity`, `$-0`, dates (`$D`), BigInts (`$n`), temporary references
 * (`$T`) and references to rows the body has (`$1`, `$0:path`). Promises, server references,
 * Maps, Sets, iterators, blobs, typed arrays and streams are never sent by the app's pages.
 */

/** Deeper than any argument the app's actions take; React's decoder recurses per level. */
export const MAX_ACTION_ARGUMENT_DEPTH = 64;

/** Why the body cannot be an action call of this app, in a few words; null when it can. */
export async function findMalformedActionBody(contentType: string | null, body: Blob): Promise<string | null> {
  if (contentType?.toLowerCase().startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(body, { headers: { "content-type": contentType } }).formData();
    } catch {
      return "the multipart body cannot be read";
    }
    const rows = new Map<string, string>();
    for (const [name, value] of form) {
      if (/^[0-9a-f]+$/.test(name)) {
        if (typeof value !== "string") return "a part of the arguments is a file";
        rows.set(name, value);
      }
    }
    const root = rows.get("0");
    if (root === undefined) return "the arguments part is missing";
    return findMalformedRows(rows);
  }
  return findMalformedRows(new Map([["0", await body.text()]]));
}

function findMalformedRows(rows: Map<string, string>): string | null {
  for (const [name, text] of rows) {
    const depth = nestingDepth(text);
    if (depth > MAX_ACTION_ARGUMENT_DEPTH) return `the arguments nest deeper than ${MAX_ACTION_ARGUMENT_DEPTH} levels`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return "the arguments are not JSON";
    }
    if (name === "0" && !Array.isArray(value)) return "the arguments are not a list";
    const problem = findBadReference(value, rows);
    if (problem) return problem;
  }
  return null;
}

/** The deepest nesting of arrays and objects in a JSON text, found without parsing it. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 92)
        index++; // backslash: skip the escaped character
      else if (char === 34) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 91 || char === 123) deepest = Math.max(deepest, ++depth);
    else if (char === 93 || char === 125) depth--;
  }
  return deepest;
}

const PLAIN_SPECIAL_VALUES = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0", "$T"]);

function findBadReference(root: unknown, rows: Map<string, string>): string | null {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === "string") {
      const problem = checkString(value, rows);
      if (problem) return problem;
    } else if (Array.isArray(value)) pending.push(...value);
    else if (value !== null && typeof value === "object") pending.push(...Object.values(value));
  }
  return null;
}

function checkString(value: string, rows: Map<string, string>): string | null {
  if (!value.startsWith("$") || value.startsWith("$$") || PLAIN_SPECIAL_VALUES.has(value)) return null;
  const kind = value[1];
  if (kind === "K" && /^\$K[0-9a-f]+$/.test(value)) return null;
  if (kind === "D") return Number.isNaN(Date.parse(value.slice(2))) ? "a date that is not one" : null;
  if (kind === "n") return /^\$n-?\d{1,300}$/.test(value) ? null : "a BigInt that is not a number";
  const reference = /^\$([0-9a-f]+)(?::[^:]+)*$/.exec(value);
  if (reference) return rows.has(reference[1]!) ? null : "a reference to a part the body does not have";
  return "a value of a kind the app's actions never take";
}
