/**
 * Getting an article out of a file or a raw page paste: header fields, body, and the page
 * furniture (dates, view counters, bylines, share buttons) that must not reach extraction.
 */

export interface ArticleInput {
  body: string;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** YYYY-MM-DD */
  published?: string | null;
}

export interface ProposedArticleFields {
  title: string | null;
  outlet: string | null;
  published: string | null;
  body: string;
}

const HEADER_KEYS = new Set(["title", "source", "outlet", "url", "published", "date"]);
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_NAME =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, "i");
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, "i");
const DOTTED_DATE = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function validDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The first calendar date written in `text`, as YYYY-MM-DD. */
export function findDate(text: string): string | null {
  let m = ISO_DATE.exec(text);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return validDate(Number(m[3]), MONTHS[m[2]!.slice(0, 3).toLowerCase()] ?? 0, Number(m[1]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return validDate(Number(m[3]), MONTHS[m[1]!.slice(0, 3).toLowerCase()] ?? 0, Number(m[2]));
  m = DOTTED_DATE.exec(text);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

function headerValue(value: string | undefined): string | null {
  const v = value?.trim();
  if (!v || v.toLowerCase() === "unknown") return null;
  return v;
}

/**
 * Reads the corpus file format (`key: value` header lines, a `---` line, the body) or, when
 * there is no such header, raw text: then the body is the text exactly as given (so offsets
 * index the file) and title, outlet and date are guessed from the page furniture.
 */
export function parseArticleFile(text: string): ArticleInput {
  const lines = text.split("\n");
  const separator = lines.slice(0, 12).findIndex((line) => line.trim() === "---");
  if (separator > 0) {
    const headers = new Map<string, string>();
    let isHeader = true;
    for (const line of lines.slice(0, separator)) {
      const m = /^\s*([A-Za-z]+)\s*:\s*(.*)$/.exec(line);
      if (!m || !HEADER_KEYS.has(m[1]!.toLowerCase())) {
        if (line.trim()) isHeader = false;
        continue;
      }
      headers.set(m[1]!.toLowerCase(), m[2]!);
    }
    if (isHeader && headers.size > 0) {
      const offset = lines.slice(0, separator + 1).join("\n").length + 1;
      const published = headerValue(headers.get("published") ?? headers.get("date"));
      return {
        title: headerValue(headers.get("title")),
        outlet: headerValue(headers.get("source") ?? headers.get("outlet")),
        url: headerValue(headers.get("url")),
        published: published ? findDate(published) : null,
        body: text.slice(Math.min(offset, text.length)),
      };
    }
  }
  const guess = proposeArticleFields(text);
  return { title: guess.title, outlet: guess.outlet, url: null, published: guess.published, body: text };
}

// Lines that are page furniture wherever they appear.
const COUNTER_LINE = /^[\s\p{P}\p{S}]*\d[\d\s.,k]*\s*(?:views?|reads?|comments?|shares?|переглядів)?[\s\p{P}\p{S}]*$/iu;
const VIEWS_LINE = /^[\s\p{P}\p{S}]*[\d\s.,k]+\s*(?:views?|reads?|comments?|shares?)\b/iu;
const NOISE_LINE =
  /^\s*(?:share|share this|tweet|print|subscribe|advertisement|ad|read also|read more|see also|related|photo|video|follow us|copy link|comments?|tags?|topics?)\b[^.]{0,80}$/iu;
// Breadcrumbs and menus: short words joined by "/", ">", "»" or "›" ("Home / World / Europe").
const NAVIGATION_LINE = /^\s*[\p{L}\p{N}'’ -]{1,30}(?:\s+[/>»›]\s+[\p{L}\p{N}'’ -]{1,30}){1,8}\s*$/u;
const DATE_LINE = /^\s*(?:date|published|updated|posted)?\s*[:\-–]?\s*\S*\d[\d\s.:/\-,a-z]*$/iu;
const BYLINE = /^\s*([^•|·—–]{1,40}?)\s*[•|·—–]\s*([^•|·—–]{1,40}?)\s*$/u;
const DATE_LABEL = /^\s*(?:date|published|updated|posted|last updated)\b/iu;
const AUTHOR_LINE = /^\s*by\s+[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}\s*$/u;

function wordCount(line: string): number {
  return line.trim().split(/\s+/u).filter(Boolean).length;
}

function isProse(line: string): boolean {
  return wordCount(line) >= 10 && /[.!?"”’»)]\s*$/u.test(line.trim());
}

/**
 * For a raw page paste: guesses the title (the first headline-like line), the outlet (a
 * "City • Outlet" byline) and the date (a date line above the text), and returns the body
 * from the first paragraph of prose on, without counters, share buttons and other noise.
 * Headings inside the article ("Details", a repeated headline) stay: they are part of the
 * published body and the extractor ignores them.
 */
export function proposeArticleFields(rawPaste: string): ProposedArticleFields {
  const text = rawPaste.replace(/\r\n?/gu, "\n");
  const lines = text.split("\n");
  let title: string | null = null;
  let outlet: string | null = null;
  let published: string | null = null;
  let bodyStart = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\u00a0/gu, " ");
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (isProse(trimmed)) {
      bodyStart = i;
      break;
    }
    const date = findDate(trimmed);
    if (date && (DATE_LINE.test(trimmed) || DATE_LABEL.test(trimmed) || wordCount(trimmed) <= 6)) {
      published ??= date;
      continue;
    }
    if (
      COUNTER_LINE.test(trimmed) ||
      VIEWS_LINE.test(trimmed) ||
      NOISE_LINE.test(trimmed) ||
      NAVIGATION_LINE.test(trimmed)
    )
      continue;
    const byline = BYLINE.exec(trimmed);
    if (byline && wordCount(trimmed) <= 6) {
      outlet ??= byline[2]!.trim();
      continue;
    }
    if (AUTHOR_LINE.test(trimmed)) continue;
    if (!title && wordCount(trimmed) >= 3) {
      title = trimmed;
      continue;
    }
  }
  const kept: string[] = [];
  for (const line of lines.slice(bodyStart)) {
    const t = line.replace(/\u00a0/gu, " ").trim();
    if (t && (COUNTER_LINE.test(t) || VIEWS_LINE.test(t) || NOISE_LINE.test(t))) continue;
    kept.push(line);
  }
  while (kept.length && !kept[kept.length - 1]!.trim()) kept.pop();
  const body = kept.join("\n");
  return { title, outlet, published, body: body ? `${body}\n` : "" };
}
