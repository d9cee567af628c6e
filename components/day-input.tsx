"use client";

import { useEffect, useRef, useState } from "react";

/** How long typing must pause before a complete day is applied. */
const TYPING_PAUSE_MS = 900;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date field that applies a day only when it is complete: a pick from the calendar at
 * once, typed segments when typing pauses, on Enter or on leaving the field, and only a day
 * within [min, max]. A native date input reports every typed segment as a valid day (typing
 * 03/15/2025 over 2026-03-06 passes 2026-03-06, 0002-03-15, 0020-03-15…), and each one would
 * load a view and leave it in the history.
 */
export function DayInput({
  value,
  min,
  max,
  onApply,
  ...rest
}: {
  value: string;
  min?: string;
  max?: string;
  /** The complete day chosen, or "" when the field was cleared. */
  onApply: (day: string) => void;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "value" | "min" | "max" | "onChange" | "type">) {
  const [draft, setDraft] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  const isTyping = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const applied = useRef(value);

  // A new value from the URL (back button, another control) replaces the field's.
  if (value !== shownValue) {
    setShownValue(value);
    setDraft(value);
  }
  useEffect(() => {
    applied.current = value;
  }, [value]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  function isApplicable(day: string): boolean {
    if (day === "") return true;
    return ISO_DAY.test(day) && (!min || day >= min) && (!max || day <= max);
  }

  function apply(day: string) {
    window.clearTimeout(timer.current);
    if (day === applied.current || !isApplicable(day)) return;
    applied.current = day;
    onApply(day);
  }

  return (
    <input
      {...rest}
      type="date"
      value={draft}
      min={min}
      max={max}
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          apply(event.currentTarget.value);
          return;
        }
        // Digits, arrows and deletions edit one segment at a time: wait for the whole day.
        if (event.key.length === 1 || event.key.startsWith("Arrow") || event.key === "Backspace") {
          isTyping.current = true;
        }
      }}
      onChange={(event) => {
        const day = event.target.value;
        setDraft(day);
        window.clearTimeout(timer.current);
        if (isTyping.current) {
          isTyping.current = false;
          timer.current = window.setTimeout(() => apply(day), TYPING_PAUSE_MS);
        } else {
          apply(day);
        }
      }}
      onBlur={(event) => apply(event.currentTarget.value)}
    />
  );
}
