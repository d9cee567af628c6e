"use client";

import { useQueryStates } from "nuqs";
import { useState, useTransition } from "react";
import { COMMITMENT_TYPE_INFO, COMMITMENT_TYPES, STANCE_INFO, STANCES } from "@/lib/domain/taxonomy";
import { BLOC_LABELS, BLOCS } from "@/lib/reference/countries";
import { DayInput } from "./day-input";
import { MATRIX_SORTS, matrixParams, REGIONS } from "@/lib/view-state/view-params";

const field = "rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900";

/**
 * The matrix's date and filter controls. They write the URL (through the page's nuqs parser
 * map) and the server renders the view from it, so every state is a link.
 */
export function MatrixControls({ today, earliest }: { today: string; earliest: string | null }) {
  const [isPending, startTransition] = useTransition();
  const [params, setParams] = useQueryStates(matrixParams, { shallow: false, history: "push", startTransition });
  const [q, setQ] = useState(params.q);
  const at = params.at ?? params.date ?? today;
  // The earliest record is the first day with anything to show (a later one than today's would be a bad guess).
  const min = earliest && earliest <= today ? earliest : undefined;
  const filtered = [
    params.q ? `“${params.q}”` : null,
    params.bloc ? BLOC_LABELS[params.bloc] : null,
    params.region,
    params.types.length > 0 ? params.types.map((type) => COMMITMENT_TYPE_INFO[type].shortLabel).join(", ") : null,
    params.stances.length > 0 ? params.stances.map((stance) => STANCE_INFO[stance].label).join(", ") : null,
    params.since ? `changes since ${params.since}` : null,
  ].filter((part): part is string => Boolean(part));
  const [isOpen, setOpen] = useState(filtered.length > 0);

  return (
    // Closed unless a filter is set: the table, which answers the question, starts high on a phone.
    <details
      className="group rounded-lg border border-slate-200 bg-white text-sm dark:border-slate-700 dark:bg-slate-900"
      open={isOpen}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="matrix-filters"
    >
      <summary className="cursor-pointer px-3 py-2 font-medium">
        Date and filters
        <span className="font-normal text-slate-600 dark:text-slate-300">
          {": "}
          {at === today ? "today" : `as of ${at}`}
          {filtered.length > 0 ? ` · ${filtered.join(" · ")}` : " · every country and type"}
        </span>
      </summary>
      <form
        role="search"
        aria-label="Filter the matrix"
        className="grid gap-3 border-t border-slate-200 p-3 md:grid-cols-2 lg:grid-cols-4 dark:border-slate-700"
        aria-busy={isPending}
        onSubmit={(event) => {
          event.preventDefault();
          void setParams({ q: q.trim() });
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="matrix-as-of" className="text-slate-600 dark:text-slate-300">
            As of
          </label>
          <DayInput
            id="matrix-as-of"
            name="at"
            min={min}
            max={today}
            value={at}
            className={field}
            aria-describedby={min ? "records-start" : undefined}
            onApply={(value) => void setParams({ at: value && value < today ? value : null, date: null })}
          />
          {min ? (
            <span id="records-start" className="text-xs text-slate-600 dark:text-slate-300">
              Records start on {min}.
            </span>
          ) : null}
        </div>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600 dark:text-slate-300">Changes since</span>
          <DayInput
            name="since"
            min={min}
            max={at}
            value={params.since ?? ""}
            className={field}
            onApply={(value) => void setParams({ since: value || null })}
          />
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600 dark:text-slate-300">Country</span>
          <span className="flex gap-1">
            <input
              type="search"
              name="q"
              value={q}
              placeholder="Name or code"
              className={`${field} min-w-0 flex-1`}
              onChange={(event) => setQ(event.target.value)}
            />
            <button
              type="submit"
              className="rounded bg-slate-900 px-2 py-1 text-white dark:bg-slate-100 dark:text-slate-900"
            >
              Find
            </button>
          </span>
        </label>
        <div className="grid grid-cols-3 gap-2">
          <ChoiceSelect
            label="Bloc"
            name="bloc"
            choices={BLOCS}
            value={params.bloc}
            allLabel="All"
            labelOf={(bloc) => BLOC_LABELS[bloc]}
            onChoose={(bloc) => void setParams({ bloc })}
          />
          <ChoiceSelect
            label="Region"
            name="region"
            choices={REGIONS}
            value={params.region}
            allLabel="All"
            labelOf={(region) => region}
            onChoose={(region) => void setParams({ region })}
          />
          <ChoiceSelect
            label="Sort by"
            name="sort"
            choices={MATRIX_SORTS}
            value={params.sort}
            labelOf={(sort) =>
              sort === "name" ? "Name" : sort === "commitments" ? "Most commitments" : COMMITMENT_TYPE_INFO[sort].label
            }
            onChoose={(sort) => void setParams({ sort: sort ?? "name" })}
          />
        </div>
        <CheckboxGroup
          legend="Commitment types (none ticked: all)"
          name="types"
          choices={COMMITMENT_TYPES}
          ticked={params.types}
          labelOf={(type) => COMMITMENT_TYPE_INFO[type].shortLabel}
          onTick={(types) => void setParams({ types })}
        />
        <CheckboxGroup
          legend="Stances (none ticked: all)"
          name="stances"
          choices={STANCES}
          ticked={params.stances}
          labelOf={(stance) => STANCE_INFO[stance].label}
          onTick={(stances) => void setParams({ stances })}
        />
      </form>
    </details>
  );
}

/**
 * One filter select. A garbled value (not among the choices) reads as "no choice", so the URL
 * only ever receives a known value; with `allLabel` the empty option clears the filter.
 */
function ChoiceSelect<T extends string>({
  label,
  name,
  choices,
  value,
  allLabel,
  labelOf,
  onChoose,
}: {
  label: string;
  name: string;
  choices: readonly T[];
  value: T | null;
  allLabel?: string;
  labelOf: (choice: T) => string;
  onChoose: (choice: T | null) => void;
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-slate-600 dark:text-slate-300">{label}</span>
      <select
        name={name}
        value={value ?? ""}
        className={field}
        onChange={(event) => onChoose(choices.find((choice) => choice === event.target.value) ?? null)}
      >
        {allLabel === undefined ? null : <option value="">{allLabel}</option>}
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labelOf(choice)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A group of checkboxes over a list filter: ticking one adds it to the list, unticking removes it. */
function CheckboxGroup<T extends string>({
  legend,
  name,
  choices,
  ticked,
  labelOf,
  onTick,
}: {
  legend: string;
  name: string;
  choices: readonly T[];
  ticked: readonly T[];
  labelOf: (choice: T) => string;
  onTick: (ticked: T[]) => void;
}) {
  return (
    <fieldset className="md:col-span-2">
      <legend className="text-slate-600 dark:text-slate-300">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
        {choices.map((choice) => (
          <label key={choice} className="inline-flex items-center gap-1">
            <input
              type="checkbox"
              name={name}
              value={choice}
              checked={ticked.includes(choice)}
              onChange={() =>
                onTick(ticked.includes(choice) ? ticked.filter((item) => item !== choice) : [...ticked, choice])
              }
            />
            {labelOf(choice)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
