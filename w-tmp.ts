import fs from "fs";
import { parseArticleFile, proposeArticleFields } from "./lib/extraction/article";
import { splitSentences } from "./lib/extraction/sentences";
const raw = fs.readFileSync("/work/shared/corpus/seed-raw.txt","utf8");
const p = proposeArticleFields(raw);
const a = parseArticleFile(fs.readFileSync("/work/shared/corpus/articles/000.txt","utf8"));
console.log(p.title, "|", p.outlet, "|", p.published, "| same body:", p.body === a.body, p.body.length, a.body.length);
console.log(JSON.stringify(p.body.slice(0,80)), JSON.stringify(a.body.slice(0,80)), JSON.stringify(p.body.slice(-40)), JSON.stringify(a.body.slice(-40)));
for (const f of ["010","043","013"]) { const b = parseArticleFile(fs.readFileSync(`/work/shared/corpus/articles/${f}.txt`,"utf8")); for (const s of splitSentences(b.body)) { if (b.body.slice(s.start,s.end)!==s.text) console.log("BAD"); console.log(f, JSON.stringify(s.text.slice(0,90))); } }
