"use client";

import { useQueryStates } from "nuqs";
import { useState, useTransition } from "react";
import { COMMITMENT_TYPE_INFO, COMMITMENT_TYPES, STANCE_INFO, STANCES } from "@/lib/domain/taxonomy";
import { BLOC_LABELS, BLOCS } from "@/lib/reference/countries";
import { MATRIX_SORTS, matrixParams, REGIONS } from "@/lib/view-state/view-params";

const field = "rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900";

/**
 * The matrix's date and filter controls. They write the URL (through the page's nuqs parser
 * map) and the server renders the view from it, so every state is a link.
 */
export function MatrixControls({ today }: { today: string }) {
  const [isPending, startTransition] = useTransition();
  const [params, setParams] = useQueryStates(matrixParams, { shallow: false, history: "push", startTransition });
  const [q, setQ] = useState(params.q);
  const at = params.at ?? params.date ?? today;

  const toggle = <T extends string>(list: readonly T[], value: T): T[] =>
    list.includes(value) ? list.filter((item) => item !== value) : [...list, value];

  return (
    <form
      role="search"
      aria-label="Filter the matrix"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm md:grid-cols-2 lg:grid-cols-4 dark:border-slate-700 dark:bg-slate-900"
      aria-busy={isPending}
      onSubmit={(event) => {
        event.preventDefault();
        void setParams({ q: q.trim() });
      }}
    >
      <label className="flex flex-col gap-1">
        <span className="text-slate-600 dark:text-slate-300">As of</span>
        <input
          type="date"
          name="at"
          max={today}
          value={at}
          className={field}
          onChange={(event) => {
            const value = event.target.value;
            void setParams({ at: value && value < today ? value : null, date: null });
          }}
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-slate-600 dark:text-slate-300">Changes since</span>
        <input
          type="date"
          name="since"
          max={at}
          value={params.since ?? ""}
          className={field}
          onChange={(event) => void setParams({ since: event.target.value || null })}
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
        <label className="flex flex-col gap-1">
          <span className="text-slate-600 dark:text-slate-300">Bloc</span>
          <select
            name="bloc"
            value={params.bloc ?? ""}
            className={field}
            onChange={(event) => void setParams({ bloc: BLOCS.find((bloc) => bloc === event.target.value) ?? null })}
          >
            <option value="">All</option>
            {BLOCS.map((bloc) => (
              <option key={bloc} value={bloc}>
                {BLOC_LABELS[bloc]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600 dark:text-slate-300">Region</span>
          <select
            name="region"
            value={params.region ?? ""}
            className={field}
            onChange={(event) =>
              void setParams({ region: REGIONS.find((region) => region === event.target.value) ?? null })
            }
          >
            <option value="">All</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {region}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-slate-600 dark:text-slate-300">Sort by</span>
          <select
            name="sort"
            value={params.sort}
            className={field}
            onChange={(event) =>
              void setParams({ sort: MATRIX_SORTS.find((sort) => sort === event.target.value) ?? "name" })
            }
          >
            {MATRIX_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {sort === "name"
                  ? "Name"
                  : sort === "commitments"
                    ? "Most commitments"
                    : COMMITMENT_TYPE_INFO[sort].label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="md:col-span-2">
        <legend className="text-slate-600 dark:text-slate-300">Commitment types (none ticked: all)</legend>
        <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
          {COMMITMENT_TYPES.map((type) => (
            <label key={type} className="inline-flex items-center gap-1">
              <input
                type="checkbox"
                name="types"
                value={type}
                checked={params.types.includes(type)}
                onChange={() => void setParams({ types: toggle(params.types, type) })}
              />
              {COMMITMENT_TYPE_INFO[type].shortLabel}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="md:col-span-2">
        <legend className="text-slate-600 dark:text-slate-300">Stances (none ticked: all)</legend>
        <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
          {STANCES.map((stance) => (
            <label key={stance} className="inline-flex items-center gap-1">
              <input
                type="checkbox"
                name="stances"
                value={stance}
                checked={params.stances.includes(stance)}
                onChange={() => void setParams({ stances: toggle(params.stances, stance) })}
              />
              {STANCE_INFO[stance].label}
            </label>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
