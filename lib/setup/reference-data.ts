import "server-only";
import type { Db } from "@/lib/db/client";
import { COUNTRIES } from "@/lib/reference/countries";
import { SPEAKERS } from "@/lib/reference/speakers";

export interface ReferenceDataResult {
  countries: number;
  countriesAdded: number;
  speakers: number;
  speakersAdded: number;
}

/**
 * Loads countries, actors, bloc memberships and the speaker gazetteer. Idempotent: rows
 * are upserted by their natural keys, so a second run adds nothing and a corrected
 * gazetteer entry updates in place.
 */
export async function loadReferenceData(db: Db): Promise<ReferenceDataResult> {
  const countriesBefore = await db.country.count();
  const speakersBefore = await db.speaker.count();
  const knownCodes = new Set(COUNTRIES.map((country) => country.code));

  await db.$transaction(
    async (tx) => {
      for (const country of COUNTRIES) {
        const data = {
          name: country.name,
          region: country.region,
          subregion: country.subregion,
          isActor: country.isActor,
        };
        await tx.country.upsert({
          where: { code: country.code },
          create: { code: country.code, ...data },
          update: data,
        });
      }
      await tx.countryMembership.deleteMany({});
      await tx.countryMembership.createMany({
        data: COUNTRIES.flatMap((country) => country.memberships.map((bloc) => ({ countryCode: country.code, bloc }))),
      });
      for (const speaker of SPEAKERS) {
        if (!knownCodes.has(speaker.country))
          throw new Error(`Speaker ${speaker.name} has unknown country ${speaker.country}`);
        const data = { countryCode: speaker.country, role: speaker.role };
        const row = await tx.speaker.upsert({
          where: { name: speaker.name },
          create: { name: speaker.name, ...data },
          update: data,
          select: { id: true },
        });
        await tx.speakerAlias.deleteMany({ where: { speakerId: row.id } });
        const aliases = [...new Set(speaker.aliases)];
        if (aliases.length > 0)
          await tx.speakerAlias.createMany({ data: aliases.map((alias) => ({ speakerId: row.id, alias })) });
      }
    },
    { timeout: 60_000 },
  );

  const countries = await db.country.count();
  const speakers = await db.speaker.count();
  return { countries, countriesAdded: countries - countriesBefore, speakers, speakersAdded: speakers - speakersBefore };
}
