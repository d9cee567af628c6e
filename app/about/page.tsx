import type { Metadata } from "next";
import Link from "next/link";
import { StanceLegend } from "@/components/stance-legend";
import { formatDay } from "@/lib/dates/iso-day";
import { COMMITMENT_TYPE_INFO, COMMITMENT_TYPES } from "@/lib/domain/taxonomy";
import { getAboutFactsCached } from "@/lib/cache/cached-queries";
import { SHIPPED_MODEL } from "@/lib/extraction/shipped-model";
import type { EngineDecisions } from "@/lib/queries/get-about-facts";

export const metadata: Metadata = { title: "About the data" };

export default async function AboutPage() {
  const facts = await getAboutFactsCached();
  return (
    <article className="max-w-3xl space-y-6 text-sm leading-relaxed" data-dark-ready>
      <h1 className="text-2xl font-semibold tracking-tight">About the data</h1>
      <p data-testid="last-change">
        {facts.lastChange
          ? `The data last changed on ${formatDay(facts.lastChange)}: ${facts.articles} articles, ${facts.positions} standing positions.`
          : "No article has been published yet."}
      </p>

      <section aria-labelledby="derivation">
        <h2 id="derivation" className="text-lg font-semibold">
          How positions are derived
        </h2>
        <p>
          Editors paste news articles; each quoted statement is attributed to a country and reviewed before it counts.
          The stance a country takes on a commitment type at a date is the one of its latest accepted, unretracted
          statement made on or before that date (calendar days, UTC). When several statements on one type fall on the
          same day, the one recorded last stands; if they disagree, the cell is marked contested (⚑) and the country
          page lists them. A correction or retraction changes the history at once, for every date. &ldquo;Changes
          since&rdquo; compares the stance at two dates: a repeated stance is not a change.
        </p>
      </section>

      <StanceLegend title="Stances" headingId="stances" />

      <section aria-labelledby="types">
        <h2 id="types" className="text-lg font-semibold">
          Commitment types
        </h2>
        <dl className="mt-2 space-y-2">
          {COMMITMENT_TYPES.map((type) => (
            <div key={type}>
              <dt className="font-medium">
                <Link href={`/commitments/${type}`} className="underline">
                  {COMMITMENT_TYPE_INFO[type].label}
                </Link>
              </dt>
              <dd>{COMMITMENT_TYPE_INFO[type].description}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="precision">
        <h2 id="precision" className="text-lg font-semibold">
          How often editors accept the engine&rsquo;s proposals
        </h2>
        <p>
          The extraction engine proposes positions; editors accept each one as proposed, edit it (change its country,
          type, stance, condition, speaker, evidence or date) and accept it, or reject it. Per type as published, the
          share accepted as proposed is the engine&rsquo;s measured precision on published articles; an edited proposal
          counts as a miss.
        </p>
        <p data-testid="model-figures">
          Beside it, what the engine&rsquo;s learned model scored on articles it had not seen: trained on{" "}
          {SHIPPED_MODEL.trainedOn.articles} hand-labelled news articles ({SHIPPED_MODEL.trainedOn.positions} positions)
          {SHIPPED_MODEL.trainedOn.editorDecisions > 0
            ? ` and ${SHIPPED_MODEL.trainedOn.editorDecisions} editor decisions`
            : ""}
          , and scored by 5-fold cross-validation by article (each article judged by a model trained without it), it
          found country, type and stance right for {formatShare(SHIPPED_MODEL.figures.strictPrecision)} of its proposals
          and {formatShare(SHIPPED_MODEL.figures.strictRecall)} of the labelled positions (F1{" "}
          {SHIPPED_MODEL.figures.strictF1.toFixed(2)}); two careful human annotators agree at F1 0.82.
        </p>
        {/* A data table may scroll inside its own box on a narrow screen; the page never does. */}
        {/* Focusable, so that a keyboard can scroll it too. */}
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label="Editors' decisions per type">
          <table className="w-full border-collapse" data-testid="precision-table">
            <thead>
              <tr className="border-b border-slate-300 text-left dark:border-slate-600">
                <th scope="col" className="py-1">
                  Type
                </th>
                <th scope="col">Accepted as proposed</th>
                <th scope="col">Edited</th>
                <th scope="col">Rejected</th>
                <th scope="col">Precision</th>
                <th scope="col">Cross-validated precision</th>
              </tr>
            </thead>
            <tbody>
              {facts.decisions.map((row) => (
                <tr key={row.type} className="border-b border-slate-100 dark:border-slate-800">
                  <th scope="row" className="py-1 text-left font-normal">
                    {COMMITMENT_TYPE_INFO[row.type].label}
                  </th>
                  <td>{row.acceptedAsProposed}</td>
                  <td>{row.edited}</td>
                  <td>{row.rejected}</td>
                  <td>{formatPrecision(row)}</td>
                  <td>{formatModelPrecision(row.type)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="licence">
        <h2 id="licence" className="text-lg font-semibold">
          Licence
        </h2>
        <p>
          The positions, their derivation and the quoted statements as recorded here are offered under the Creative
          Commons Attribution 4.0 licence (CC BY 4.0): reuse them with a link to the tracker. Quotations remain the
          words of their speakers and the articles belong to their publishers; follow the link to each source.
        </p>
      </section>
    </article>
  );
}

function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function formatModelPrecision(type: string): string {
  const row = SHIPPED_MODEL.figures.byType[type];
  return row && row.proposed > 0 ? `${formatShare(row.precision)} of ${row.proposed}` : "no proposals";
}

function formatPrecision(row: EngineDecisions): string {
  const decided = row.acceptedAsProposed + row.edited + row.rejected;
  return decided > 0 ? `${Math.round((100 * row.acceptedAsProposed) / decided)}%` : "no decisions yet";
}
