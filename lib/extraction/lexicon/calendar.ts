/** Weekday and month names, for the dates a sentence writes ("on Tuesday", "on Feb. 26"). */
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** A month as a sentence writes it ("March", "Feb."): the statement-date patterns' capture group. */
export const MONTH_AS_WRITTEN =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";

/** A month name in any case, full or cut short ("march", "Sept."): the article-date patterns' capture group. */
export const MONTH_NAME =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
