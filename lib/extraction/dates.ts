/**
 * When a statement was made: the article's date unless the sentence says otherwise
 * ("on Tuesday", "on 6 January", "on Feb. 26", "On August 18").
 */
import { findDate, MONTHS } from "./article";
import { WEEKDAYS } from "./lexicon";
import { BARE_WEEKDAY } from "./rules/dates/bare-weekday";
import { DATE_HINT } from "./rules/dates/date-hint";
import { DAY_MONTH } from "./rules/dates/day-month";
import { IN_MONTH_SAID } from "./rules/dates/in-month-said";
import { ISO_DATE_ONLY } from "./rules/dates/iso-date-only";
import { MONTH_DAY } from "./rules/dates/month-day";
import { ON_WEEKDAY } from "./rules/dates/on-weekday";
import { SAID_IN_MONTH } from "./rules/dates/said-in-month";

let lastIso = "";
let lastDate: Date | null = null;

function parseIso(iso: string): Date | null {
  if (iso === lastIso) return lastDate;
  const m = ISO_DATE_ONLY.re.exec(iso);
  lastIso = iso;
  lastDate = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  return lastDate;
}

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
  if (!DATE_HINT.re.test(text)) return published ?? null;
  const explicit = findDate(text);
  if (explicit) return explicit;
  const base = published ? parseIso(published) : null;
  if (!base) return null;
  const weekday = ON_WEEKDAY.re.exec(text) ?? BARE_WEEKDAY.re.exec(text);
  if (weekday) {
    const target = WEEKDAYS.indexOf(weekday[1]!.toLowerCase());
    // The most recent such day before the article ("said on Tuesday" in Wednesday's paper);
    // the same day when the article itself appeared on that weekday.
    const diff = (base.getUTCDay() - target + 7) % 7;
    return toIso(new Date(base.getTime() - diff * 86_400_000));
  }
  const md = MONTH_DAY.re.exec(text);
  if (md) return monthDay(base, MONTHS[md[1]!.slice(0, 3).toLowerCase()] ?? 0, Number(md[2]));
  const dm = DAY_MONTH.re.exec(text);
  if (dm) return monthDay(base, MONTHS[dm[2]!.slice(0, 3).toLowerCase()] ?? 0, Number(dm[1]));
  const inMonth = SAID_IN_MONTH.re.exec(text) ?? IN_MONTH_SAID.re.exec(text);
  if (inMonth) return monthOnly(base, MONTHS[inMonth[1]!.slice(0, 3).toLowerCase()] ?? 0);
  return published ?? null;
}
