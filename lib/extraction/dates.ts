/**
 * When a statement was made: the article's date unless the sentence says otherwise
 * ("on Tuesday", "on 6 January", "on Feb. 26", "On August 18").
 */
import { findDate, MONTHS } from "./article";
import { WEEKDAYS } from "./lexicon";

const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const ON_WEEKDAY = /\b(?:on|last|this)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
const BARE_WEEKDAY =
  /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening|afternoon))?\b/;
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`);
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?!,?\\s*\\d{4})`);

// A month alone dates a statement only as its reporting frame: "said in February", "In March, he said".
const SAID_IN_MONTH = new RegExp(
  `\\b(?:said|told|stated|announced|declared|pledged|promised|wrote)\\b[^.;]{0,40}?\\bin\\s+${MONTH}(?!\\s*\\d)`,
);
const IN_MONTH_SAID = new RegExp(`^\\s*In\\s+${MONTH},(?=[^.;]{0,80}\\b(?:said|told|stated|announced)\\b)`);

let lastIso = "";
let lastDate: Date | null = null;

function parseIso(iso: string): Date | null {
  if (iso === lastIso) return lastDate;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  lastIso = iso;
  lastDate = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  return lastDate;
}

// Sentences without a digit, a weekday or a month name cannot name a date.
const DATE_HINT = /\d|day\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function monthDay(published: Date, month: number, day: number): string | null {
  if (month < 1 || day < 1 || day > 31) return null;
  let year = published.getUTCFullYear();
  let candidate = new Date(Date.UTC(year, month - 1, day));
  // A date later than the article is last year's ("on December 30" in a January article).
  if (candidate.getTime() > published.getTime() + 86_400_000) {
    year -= 1;
    candidate = new Date(Date.UTC(year, month - 1, day));
  }
  return toIso(candidate);
}

/** "In February": the month's last day (a statement is never dated before it was made), at most the article's date. */
function monthOnly(published: Date, month: number): string | null {
  if (month < 1) return null;
  let year = published.getUTCFullYear();
  if (month - 1 > published.getUTCMonth()) year -= 1;
  const lastDay = new Date(Date.UTC(year, month, 0));
  return toIso(lastDay.getTime() > published.getTime() ? published : lastDay);
}

/** The date a statement was made, from the sentence and the article's publication date. */
export function resolveStatementDate(text: string, published: string | null | undefined): string | null {
  if (!DATE_HINT.test(text)) return published ?? null;
  const explicit = findDate(text);
  if (explicit) return explicit;
  const base = published ? parseIso(published) : null;
  if (!base) return null;
  const weekday = ON_WEEKDAY.exec(text) ?? BARE_WEEKDAY.exec(text);
  if (weekday) {
    const target = WEEKDAYS.indexOf(weekday[1]!.toLowerCase());
    // The most recent such day before the article ("said on Tuesday" in Wednesday's paper);
    // the same day when the article itself appeared on that weekday.
    const diff = (base.getUTCDay() - target + 7) % 7;
    return toIso(new Date(base.getTime() - diff * 86_400_000));
  }
  const md = MONTH_DAY.exec(text);
  if (md) return monthDay(base, MONTHS[md[1]!.slice(0, 3).toLowerCase()] ?? 0, Number(md[2]));
  const dm = DAY_MONTH.exec(text);
  if (dm) return monthDay(base, MONTHS[dm[2]!.slice(0, 3).toLowerCase()] ?? 0, Number(dm[1]));
  const inMonth = SAID_IN_MONTH.exec(text) ?? IN_MONTH_SAID.exec(text);
  if (inMonth) return monthOnly(base, MONTHS[inMonth[1]!.slice(0, 3).toLowerCase()] ?? 0);
  return published ?? null;
}
