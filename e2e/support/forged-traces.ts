// Prints, as one JSON line, how many rows in the e2e server's database carry the markers the
// inventory and fuzz journeys put in their forged requests: any but 0 means one got through.
import { createDb } from "@/lib/db/dialect";

async function main(): Promise<void> {
  const db = createDb(process.env.DATABASE_URL!);
  const marker = process.argv[2] ?? "Forged";
  const traces = {
    articles: await db.article.count({ where: { title: { contains: marker } } }),
    drafts: await db.ingestDraft.count({ where: { title: { contains: marker } } }),
    users: await db.user.count({ where: { name: { contains: marker } } }),
    auditEvents: await db.auditEvent.count({ where: { note: { contains: marker } } }),
  };
  await db.$disconnect();
  console.log(JSON.stringify(traces));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
