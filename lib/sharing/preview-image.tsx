import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { COMMITMENT_TYPE_INFO, type CommitmentType, STANCE_INFO, STANCES, type Stance } from "@/lib/domain/taxonomy";
import { STANCE_PALETTE } from "@/lib/domain/stance-palette";
import { PREVIEW_SIZE } from "./preview-size";
import { quoteSentence } from "@/lib/text/quote";
import { standingLabel, type StandingStance } from "@/lib/positions/country-answer";

/**
 * Preview cards (1200 x 630) for shared links, drawn with next/og from the same query
 * functions as the pages. The Geist fonts are read from the `geist` package installed with
 * the app, so nothing is fetched over the network. Text is passed as React text nodes, so a
 * title with markup renders as its characters.
 */

let fontsPromise: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | null = null;

function loadFonts() {
  const dir = path.join(process.cwd(), "node_modules/geist/dist/fonts/geist-sans");
  fontsPromise ??= Promise.all([
    fs.readFile(path.join(dir, "Geist-Regular.ttf")),
    fs.readFile(path.join(dir, "Geist-Bold.ttf")),
  ]).then(([regular, bold]) => [
    { name: "Geist", data: regular, weight: 400, style: "normal" },
    { name: "Geist", data: bold, weight: 700, style: "normal" },
  ]);
  return fontsPromise;
}

async function flagDataUri(code: string): Promise<string | null> {
  if (!/^[A-Z]{2}$/.test(code) && code !== "EU") return null;
  try {
    const svg = await fs.readFile(path.join(process.cwd(), `node_modules/country-flag-icons/3x2/${code}.svg`), "utf8");
    return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  } catch {
    return null;
  }
}

function StanceChip({ stance, label }: { stance: Stance; label: string }) {
  const colours = STANCE_PALETTE[stance].light;
  return (
    <div
      style={{
        display: "flex",
        alignItems: "center",
        gap: 10,
        fontSize: 26,
        padding: "8px 14px",
        borderRadius: 10,
        background: "#f1f5f9",
      }}
    >
      <div
        style={{
          width: 22,
          height: 22,
          borderRadius: 6,
          background: colours.background,
          border: `2px solid ${colours.border}`,
        }}
      />
      <span style={{ color: "#0f172a" }}>{label}</span>
    </div>
  );
}

function Frame({
  kicker,
  title,
  subtitle,
  flag,
  children,
}: {
  kicker: string;
  title: string;
  subtitle: string;
  flag?: string | null;
  children: React.ReactNode;
}) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#ffffff",
        padding: 56,
        fontFamily: "Geist",
        color: "#0f172a",
      }}
    >
      <div style={{ display: "flex", fontSize: 24, color: "#475569", letterSpacing: 1 }}>{kicker}</div>
      <div style={{ display: "flex", alignItems: "center", gap: 24, marginTop: 16 }}>
        {flag ? (
          // next/og draws plain <img> elements; next/image cannot run inside it.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={flag} width={96} height={64} style={{ borderRadius: 6, border: "1px solid #e2e8f0" }} alt="" />
        ) : null}
        <div style={{ display: "flex", fontSize: 60, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
      </div>
      <div style={{ display: "flex", fontSize: 28, color: "#475569", marginTop: 12 }}>{subtitle}</div>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 12, marginTop: 36 }}>{children}</div>
    </div>
  );
}

async function render(element: React.ReactElement): Promise<ImageResponse> {
  return new ImageResponse(element, {
    ...PREVIEW_SIZE,
    fonts: await loadFonts(),
    headers: { "Cache-Control": "public, max-age=300, stale-while-revalidate=3600" },
  });
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export async function renderCountryPreview(input: {
  code: string;
  name: string;
  dateLabel: string;
  positions: StandingStance[];
}): Promise<ImageResponse> {
  const shown = input.positions.slice(0, 8);
  return render(
    <Frame
      kicker="SECURITY GUARANTEES FOR UKRAINE"
      title={clip(input.name, 40)}
      subtitle={
        input.positions.length > 0
          ? `Stance ${input.dateLabel}, and since when`
          : `No recorded positions ${input.dateLabel}`
      }
      flag={await flagDataUri(input.code)}
    >
      {shown.map((position) => (
        <StanceChip key={position.type} stance={position.stance} label={standingLabel(position)} />
      ))}
      {input.positions.length > shown.length ? (
        <div style={{ display: "flex", fontSize: 26, color: "#475569", padding: "8px 14px" }}>
          +{input.positions.length - shown.length} more
        </div>
      ) : null}
    </Frame>,
  );
}

export async function renderSummaryPreview(input: {
  title: string;
  subtitle: string;
  counts: Partial<Record<Stance, number>>;
  footnote: string;
}): Promise<ImageResponse> {
  return render(
    <Frame kicker="SECURITY GUARANTEES TRACKER" title={clip(input.title, 60)} subtitle={clip(input.subtitle, 90)}>
      {STANCES.filter((stance) => (input.counts[stance] ?? 0) > 0).map((stance) => (
        <StanceChip key={stance} stance={stance} label={`${STANCE_INFO[stance].label}: ${input.counts[stance]}`} />
      ))}
      <div style={{ display: "flex", width: "100%", fontSize: 24, color: "#64748b", marginTop: 12 }}>
        {clip(input.footnote, 110)}
      </div>
    </Frame>,
  );
}

export async function renderStatementPreview(input: {
  code: string;
  name: string;
  sentence: string;
  byline: string;
  positions: { type: CommitmentType; stance: Stance }[];
}): Promise<ImageResponse> {
  return render(
    <Frame
      kicker={clip(input.byline.toUpperCase(), 80)}
      title={clip(input.name, 40)}
      subtitle={quoteSentence(clip(input.sentence, 150))}
      flag={await flagDataUri(input.code)}
    >
      {input.positions.slice(0, 6).map((position) => (
        <StanceChip
          key={position.type}
          stance={position.stance}
          label={`${COMMITMENT_TYPE_INFO[position.type].shortLabel}: ${STANCE_INFO[position.stance].label}`}
        />
      ))}
    </Frame>,
  );
}
