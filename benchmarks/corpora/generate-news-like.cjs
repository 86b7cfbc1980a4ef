// Writes benchmarks/corpora/news-like.jsonl: invented news articles for the speed benchmarks, with a realistic
// vocabulary, so that a fresh clone can measure the analyzer on text whose words are not all in its caches.
// No corpus text: sentences are built from templates written for this file, filled from @faker-js/faker's (MIT)
// English word lists (1,000 nouns, verbs and adjectives each), thousands of rare person names, invented
// cities, streets, companies, airlines and real country names, with money, percentages, dates and long
// sentences joined by clauses. The same seed gives the same file.
// Usage (from a folder where `npm install @faker-js/faker@10.6.0` was run):
//   node benchmarks/corpora/generate-news-like.cjs <node_modules dir> benchmarks/corpora/news-like.jsonl [articles = 120]
const path = require('path');
const fs = require('fs');
const [modules, out, countArg] = process.argv.slice(2);
const { fakerEN: f } = require(path.resolve(modules, '@faker-js/faker'));
f.seed(17);
const count = Number(countArg || 120);

const pick = (a) => a[f.number.int({ min: 0, max: a.length - 1 })];
const int = (min, max) => f.number.int({ min, max });
const person = () => `${f.person.firstName()} ${f.person.lastName()}`;
const surname = () => f.person.lastName();
const city = () => f.location.city();
const country = () => f.location.country();
const company = () => pick([
  () => f.company.name(),
  () => `${surname()} ${pick(['Holdings', 'Group', 'Capital', 'Industries', 'Logistics', 'Bancorp', 'Energy', 'Pharmaceuticals'])} ${pick(['Inc.', 'Ltd', 'plc', 'AG', 'SA', 'Corp.', 'LLC', 'NV'])}`,
  () => f.airline.airline().name,
])();
const noun = () => f.word.noun();
const nouns = () => `${f.word.adjective()} ${f.word.noun()}`;
const verb = () => f.word.verb();
const money = () => pick([`$${int(1, 950)}.${int(0, 9)} million`, `US$${int(2, 80)}bn`, `€${int(1, 999)},${int(100, 999)}`, `${int(2, 90)} billion yen`, `£${int(1, 40)}.${int(10, 99)}m`]);
const pct = () => `${int(0, 40)}.${int(0, 9)}${pick(['%', ' percent', ' per cent'])}`;
const month = () => f.date.month();
const weekday = () => f.date.weekday();
const date = () => pick([`${month()} ${int(1, 28)}`, `${month()} ${int(1, 28)}, ${int(1998, 2026)}`, `last ${weekday()}`, `in ${month()}`, `${int(1990, 2026)}`]);
const official = () => `${pick(['Prime Minister', 'Finance Minister', 'Senator', 'Governor', 'Mayor', 'Judge', 'General', 'Chief Executive', 'Professor', 'Dr.', 'Mr.', 'Ms.'])} ${person()}`;
const body = () => pick([`the ${country()} central bank`, `the Ministry of ${f.commerce.department()}`, `${city()} City Council`, `the ${surname()} Commission`, `the ${f.location.state()} Supreme Court`, `the United Nations`, `the ${f.company.buzzNoun()} Authority`]);

const clauses = [
  () => `${official()} said ${date()} that ${body()} would ${verb()} the ${nouns()} before ${month()}`,
  () => `${company()} reported a net profit of ${money()} for the quarter, up ${pct()} from a year earlier`,
  () => `shares of ${company()} fell ${pct()} to ${int(2, 400)}.${int(10, 99)} in ${city()} trading`,
  () => `about ${int(2, 90)},${int(100, 999)} people ${pick(['gathered', 'marched', 'waited', 'protested'])} outside the ${nouns()} on ${f.location.street()} in ${city()}`,
  () => `the ${int(2, 400)}-${pick(['page', 'member', 'year', 'kilometre', 'day'])} ${noun()} was ${pick(['approved', 'rejected', 'delayed', 'criticised', 'welcomed'])} by ${body()}`,
  () => `${person()}, a ${int(24, 81)}-year-old ${f.person.jobTitle().toLowerCase()} from ${city()}, told reporters that the ${nouns()} "${pick(['was never going to', 'could not', "won't", 'might still'])} ${verb()} the ${noun()}"`,
  () => `talks between ${country()} and ${country()} over the ${nouns()} ended without agreement after ${int(2, 19)} hours`,
  () => `${company()} agreed to buy a ${int(5, 75)}% stake in ${company()} for ${money()}, according to a filing with ${body()}`,
  () => `the ${noun()} index rose ${pct()} in ${month()}, the ${pick(['fastest', 'slowest', 'largest', 'smallest'])} ${pick(['rise', 'change', 'gain'])} since ${int(1981, 2022)}`,
  () => `${official()} of ${country()} arrived in ${city()} ${pick(['on', 'late on', 'early on'])} ${weekday()} for ${int(2, 6)} days of talks on ${nouns()} and ${nouns()}`,
  () => `police in ${city()} arrested ${int(2, 40)} people at ${f.location.streetAddress()} after a ${nouns()} ${pick(['turned violent', 'went wrong', 'was reported'])} at ${int(1, 12)}:${pick(['00', '15', '30', '45'])} ${pick(['a.m.', 'p.m.'])}`,
  () => `${person()} of ${company()} said the ${nouns()} had cost about ${money()} and that ${int(2, 900)} jobs were at risk`,
];
const joiners = [', and ', ', while ', ', but ', '; meanwhile, ', ', although ', ' after ', ', even as '];
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = () => {
  let s = pick(clauses)();
  for (let extra = int(0, 2); extra > 0; extra--) s += pick(joiners) + pick(clauses)();
  return cap(s) + '.';
};
const quote = () => `"${cap(verb())} the ${nouns()} and the ${nouns()} will follow," ${pick([person(), official()])} said.`;
const headline = () => `${city()} ${pick(['faces', 'backs', 'rejects', 'weighs'])} ${nouns()} as ${company()} ${pick(['expands', 'retreats', 'cuts jobs', 'raises prices'])}`;

const lines = [];
for (let a = 0; a < count; a++) {
  const paragraphs = [headline(), `${city().toUpperCase()}, ${month()} ${int(1, 28)} - ${sentence()}`];
  for (let p = int(4, 9); p > 0; p--) {
    const sentences = [];
    for (let s = int(1, 3); s > 0; s--) sentences.push(int(0, 5) === 0 ? quote() : sentence());
    paragraphs.push(sentences.join(' '));
  }
  lines.push(JSON.stringify({ id: `news-like-${a}`, text: paragraphs.join('\n\n') }));
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${out}: ${count} articles, ${fs.statSync(out).size} bytes`);
