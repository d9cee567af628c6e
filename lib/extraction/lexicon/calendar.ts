/** Weekday names, for dates written as "on Tuesday". */
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
