import { findAttendees } from '/work/main/src/core/attendees/index';
import { loadAllCases } from '/work/main/tests/attendees/load-cases';
const only = process.argv[2];
let ok = 0, total = 0;
for (const c of loadAllCases()) {
  if (only && !c.slug.includes(only)) continue;
  total++;
  const got = findAttendees({ paragraphs: c.paragraphs, captions: c.captions, lang: c.lang });
  const g = got?.people.length ? got.people.map((p) => ({ name: p.name, roles: p.roles, parts: p.parts })) : null;
  const e = c.people?.map((p) => ({ name: p.name, roles: p.roles, parts: p.parts })) ?? null;
  const norm = (x: any) => x ? JSON.stringify([...x].sort((a: any, b: any) => a.name.localeCompare(b.name))) : 'null';
  if (norm(g) === norm(e)) { ok++; if (only) console.log('OK', c.slug, JSON.stringify(got, null, 1)); continue; }
  console.log('FAIL', c.slug);
  const gm = new Map((g ?? []).map((p) => [p.name, p])); const em = new Map((e ?? []).map((p) => [p.name, p]));
  for (const [n, p] of em) { const q = gm.get(n); if (!q) console.log('  missing', JSON.stringify(p)); else if (JSON.stringify(q) !== JSON.stringify(p)) console.log('  diff   ', JSON.stringify(p), '\n     got ', JSON.stringify(q)); }
  for (const [n, q] of gm) if (!em.has(n)) console.log('  extra  ', JSON.stringify(q));
  if (only) console.log(JSON.stringify(got?.groups), '\n expected groups', JSON.stringify(c.groups));
}
console.log(`${ok}/${total}`);
