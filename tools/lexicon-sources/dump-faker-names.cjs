// Writes the English person-name and company-suffix lists of @faker-js/faker (MIT) as plain JSON,
// so that the C# gazetteer builder can read them. Usage (from the folder holding node_modules):
//   node tools/lexicon-sources/dump-faker-names.cjs <node_modules dir> <out.json>
const path = require('path');
const fs = require('fs');
const [modules, out] = process.argv.slice(2);
const { fakerEN } = require(path.resolve(modules, '@faker-js/faker'));
const d = fakerEN.rawDefinitions;
const flat = (v) => (Array.isArray(v) ? v : Object.values(v).flat());
const data = {
  firstNames: [...new Set(flat(d.person.first_name))].sort(),
  lastNames: [...new Set(flat(d.person.last_name))].sort(),
  legalEntityTypes: [...new Set(flat(d.company.legal_entity_type))].sort(),
};
fs.writeFileSync(out, JSON.stringify(data, null, 1));
console.log(`first ${data.firstNames.length}, last ${data.lastNames.length}, legal ${data.legalEntityTypes.length}`);
